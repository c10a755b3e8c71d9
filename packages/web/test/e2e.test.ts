/**
 * The browser client end to end, in headless Chromium driven by playwright-core, against a
 * real server: register and log in, create a character, enter the world and see the map,
 * walk with the keys and by clicking, see a bot (an SDK client over TCP) come into view and
 * walk, chat both ways, survive a dropped WebSocket (reconnect and resume), and leave a
 * screenshot in test-artifacts/.
 *
 * Needs Chromium at /usr/bin/chromium (Debian's `chromium` package; .ci/run installs it) or
 * at REALMFORGE_CHROMIUM; without one the suite is skipped and says so.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { ChatMessage, GameClient } from '@realmforge/client';
import { ChatChannel } from '@realmforge/protocol';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { playerInWorld, startTestServer, uniqueCharacterName, uniqueName } from '../../server/test/helpers/test-server.ts';
import type { TestServer } from '../../server/test/helpers/test-server.ts';

const chromiumPath = process.env.REALMFORGE_CHROMIUM ?? '/usr/bin/chromium';
const skip = existsSync(chromiumPath)
  ? false
  : `no Chromium at ${chromiumPath}: the browser end-to-end test is skipped (apt-get install chromium, or set REALMFORGE_CHROMIUM)`;
if (skip !== false) console.warn(`# ${skip}`);

const artifacts = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));
const password = 'correct horse';

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

describe('the web client in headless Chromium', { skip }, () => {
  let t: TestServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let bot: GameClient | undefined;
  const pageErrors: string[] = [];
  const characterName = uniqueCharacterName();

  const server = (): TestServer => {
    assert.ok(t, 'the test server started');
    return t;
  };
  const hook = {
    self: () => page.evaluate(() => window.__realmforge?.self()),
    state: () => page.evaluate(() => window.__realmforge?.state()),
    entities: () => page.evaluate(() => window.__realmforge?.entities() ?? []),
  };

  before(async () => {
    t = await startTestServer();
    // launch() gives the browser a fresh temporary profile, removed when it closes.
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context = await browser.newContext({ viewport: { width: 1100, height: 760 } });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  });

  after(async () => {
    bot?.close();
    try {
      await context?.close();
      await browser?.close();
    } finally {
      await t?.close();
    }
  });

  it('loads the page and connects', async () => {
    await page.goto(`http://127.0.0.1:${server().ports.http}/`);
    await page.waitForFunction(() => window.__realmforge?.state() === 'online');
    assert.equal(await page.getAttribute('#connection', 'data-state'), 'online');
    assert.equal(await page.isVisible('#screen-auth'), true);
  });

  it('registers, logs in, creates a character and enters the world', async () => {
    await page.fill('#username', uniqueName('web'));
    await page.fill('#password', password);
    await page.click('#register-button');
    await page.waitForSelector('#screen-characters:not([hidden])');
    await page.fill('#character-name', characterName);
    await page.selectOption('#character-class', '3');
    await page.click('#create-button');
    await page.click(`button[data-character-name="${characterName}"]`);
    await page.waitForFunction(() => window.__realmforge?.phase() === 'world' && window.__realmforge.self() !== undefined && window.__realmforge.mapLoaded());
    assert.equal(await page.evaluate(() => window.__realmforge?.zone()), 'meadow');
    const self = await hook.self();
    assert.equal(self?.name, characterName);
    assert.equal(await page.isVisible('#screen-world'), true);
    // The map is drawn: the canvas shows many colours, not a blank fill.
    await page.waitForFunction(() => {
      const canvas = document.getElementById('world-canvas') as HTMLCanvasElement;
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      if (data === undefined) return false;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      return colours.size > 20;
    });
    const images = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    assert.ok(images.some((name) => name.endsWith('/content/tilesets/basic.png')), 'the tileset image was loaded');
  });

  it('walks with the keys and by clicking; the drawn position follows the server', async () => {
    const start = await hook.self();
    assert.ok(start);
    await page.keyboard.down('KeyD');
    await sleep(150);
    const early = await hook.self();
    assert.ok(early?.drawn && early.drawn.x > start.x, 'the drawn character moves while the key is held');
    await sleep(450);
    await page.keyboard.up('KeyD');
    await until(async () => ((await hook.self())?.x ?? 0) > start.x + 1.5, 'the server to move the character east');
    const walked = await hook.self();
    assert.ok(walked?.drawn && Math.abs(walked.drawn.x - walked.x) < 1, 'the drawn position converges on the server position');

    // Click 3 m south of the character (the camera is centred on it, 16 px per metre).
    const box = await page.locator('#world-canvas').boundingBox();
    assert.ok(box);
    const before = await hook.self();
    assert.ok(before?.drawn);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2 + 48);
    await until(async () => ((await hook.self())?.y ?? 0) > before.y + 2.5, 'the character to walk to the clicked point');
  });

  it('sees a bot come into view and walk', async () => {
    const names = async (): Promise<string[]> => (await hook.entities()).map((e) => e.name);
    assert.equal((await names()).length, 1, 'alone at first');
    bot = await server().connect('tcp');
    await playerInWorld(bot);
    const botName = await until(() => bot?.world.self !== undefined, 'the bot to enter').then(() => bot?.world.self?.name ?? '');
    await until(async () => (await names()).includes(botName), 'the page to see the bot');
    const seen = (await hook.entities()).find((e) => e.name === botName);
    assert.ok(seen);
    assert.equal(seen.kind, 1);
    bot.move(-1, 0);
    await sleep(500);
    bot.move(0, 0);
    await until(async () => ((await hook.entities()).find((e) => e.name === botName)?.x ?? Infinity) < seen.x - 1, 'the page to see the bot walk west');
  });

  it('chats both ways on the say channel', async () => {
    const received: ChatMessage[] = [];
    const client = bot;
    assert.ok(client);
    client.onChat((message) => received.push(message));
    await page.click('#world-canvas');
    await page.keyboard.press('Enter');
    await page.keyboard.type('hello from the browser');
    await page.keyboard.press('Enter');
    await until(() => received.some((m) => m.text === 'hello from the browser'), 'the bot to hear the page');
    const heard = received.find((m) => m.text === 'hello from the browser');
    assert.ok(heard);
    assert.equal(heard.senderName, characterName);
    assert.equal(heard.channel, ChatChannel.CHAT_CHANNEL_SAY);

    await client.chat(ChatChannel.CHAT_CHANNEL_SAY, 'hello from the bot');
    await until(async () => (await page.evaluate(() => window.__realmforge?.chat() ?? [])).some((m) => m.text === 'hello from the bot'), 'the page to hear the bot');
    const lines = await page.locator('#chat-messages li').allTextContents();
    assert.ok(lines.some((line) => line.includes('[say]') && line.includes('hello from the bot')), lines.join('\n'));
    assert.ok(lines.some((line) => line.includes(characterName) && line.includes('hello from the browser')), 'the page shows its own message too');

    mkdirSync(artifacts, { recursive: true });
    await sleep(300);
    const file = join(artifacts, 'web-client.png');
    await page.screenshot({ path: file });
    assert.ok(statSync(file).size > 10_000, `screenshot at ${file}`);
  });

  it('reconnects after the WebSocket drops and resumes the same character', async () => {
    const before = await hook.self();
    const character = await page.evaluate(() => window.__realmforge?.character());
    const statesBefore = (await page.evaluate(() => window.__realmforge?.states() ?? [])).length;
    await page.evaluate(() => {
      window.__realmforge?.dropConnection();
    });
    await until(async () => (await page.evaluate(() => window.__realmforge?.states() ?? [])).slice(statesBefore).includes('reconnecting'), 'the indicator to show reconnecting');
    await page.waitForFunction(() => window.__realmforge?.state() === 'online' && window.__realmforge.self() !== undefined);
    const after = await hook.self();
    assert.equal(after?.name, before?.name);
    assert.deepEqual(await page.evaluate(() => window.__realmforge?.character()), character);
    assert.deepEqual((await page.evaluate(() => window.__realmforge?.states() ?? [])).slice(statesBefore), ['reconnecting', 'online']);
    assert.equal(await page.getAttribute('#connection', 'data-state'), 'online');
    const lines = await page.locator('#chat-messages li.system').allTextContents();
    assert.deepEqual(lines.slice(-2), ['connection lost; reconnecting', 'reconnected']);
    // Inputs after the resume are accepted: the character walks again.
    const startX = after?.x ?? 0;
    await page.keyboard.down('ArrowLeft');
    await sleep(500);
    await page.keyboard.up('ArrowLeft');
    await until(async () => ((await hook.self())?.x ?? Infinity) < startX - 1, 'the resumed character to walk west');
    assert.deepEqual(pageErrors, []);
  });
});
