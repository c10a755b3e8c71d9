/**
 * The browser client end to end, in headless Chromium driven by playwright-core, against a
 * real server: register and log in, create a character, enter the world and see the map,
 * walk with the keys and by clicking, see a bot (an SDK client over TCP) come into view and
 * walk, chat both ways, target a weak NPC by clicking it and kill it with a skill and
 * auto-attack, see its loot in the inventory panel and wear it, buy from and sell to a vendor,
 * trade gold with the bot through the trade window, survive a dropped WebSocket (reconnect and
 * resume), and leave screenshots in test-artifacts/. The server runs on a copy of the default
 * content whose meadow holds one NPC: a rat near the spawn that always drops a leather cap.
 *
 * Needs Chromium at /usr/bin/chromium (Debian's `chromium` package; .ci/run installs it) or
 * at REALMFORGE_CHROMIUM; without one the suite is skipped and says so.
 */
import assert from 'node:assert/strict';
import { cpSync, existsSync, rmSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { ChatMessage, GameClient } from '@realmforge/client';
import { ChatChannel } from '@realmforge/protocol';
import type { ServerPayloads } from '@realmforge/protocol';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { playerInWorld, startTestServer, tempDir, uniqueCharacterName, uniqueName } from '../../server/test/helpers/test-server.ts';
import type { TestServer } from '../../server/test/helpers/test-server.ts';

const chromiumPath = process.env.REALMFORGE_CHROMIUM ?? '/usr/bin/chromium';
const skip = existsSync(chromiumPath)
  ? false
  : `no Chromium at ${chromiumPath}: the browser end-to-end test is skipped (apt-get install chromium, or set REALMFORGE_CHROMIUM)`;
if (skip !== false) console.warn(`# ${skip}`);

const artifacts = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));
const password = 'correct horse';

const RAT = 'Meadow Rat';

/**
 * A copy of the default content whose meadow has one spawner: a rat 8 m north of the spawn that
 * stands its ground and always drops a leather cap (and 3 gold). Returns the content root.
 */
function contentWithRat(): string {
  const root = tempDir();
  cpSync(fileURLToPath(new URL('../../../content/', import.meta.url)), root, { recursive: true });
  const edit = (file: string, change: (json: Record<string, unknown>) => void): void => {
    const json = JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;
    change(json);
    writeFileSync(join(root, file), JSON.stringify(json));
  };
  edit('zones/meadow.tmj', (meadow) => {
    const layers = meadow.layers as { name: string; objects?: unknown[] }[];
    const spawn = layers.find((l) => l.name === 'spawns')?.objects?.find((o) => (o as { name: string }).name === 'default') as { x: number; y: number } | undefined;
    const spawners = layers.find((l) => l.name === 'spawners');
    assert.ok(spawn !== undefined && spawners !== undefined);
    spawners.objects = [{
      id: 9001, name: 'rat-test', type: 'spawner', point: true, x: spawn.x, y: spawn.y - 8 * 16, width: 0, height: 0, rotation: 0, visible: true,
      properties: [{ name: 'template', type: 'string', value: 'rat' }, { name: 'count', type: 'int', value: 1 }, { name: 'radius', type: 'float', value: 0 }],
    }];
  });
  edit('npcs.json', (npcs) => {
    (npcs.templates as Record<string, unknown>).rat = {
      name: RAT, level: 1, hitPoints: 20, speed: 3, aggroRadius: 0, leashRadius: 30, attack: { min: 1, max: 1, intervalMs: 2000, range: 2 },
      behaviour: 'stand-ground', experience: 30, lootTable: 'rat', respawnSeconds: 600, corpseSeconds: 120, faction: 'vermin', hostile: false,
    };
  });
  edit('behaviours.json', (behaviours) => {
    (behaviours.trees as Record<string, unknown>)['stand-ground'] = { type: 'sequence', children: [{ type: 'hasTarget' }, { type: 'useSkill' }] };
  });
  edit('loot.json', (loot) => {
    (loot.tables as unknown[]).push({ id: 'rat', gold: { min: 3, max: 3 }, entries: [{ item: 'leather_cap', chance: 1, count: { min: 1, max: 1 } }] });
  });
  return root;
}

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
  let content: string | undefined;
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
    content = contentWithRat();
    t = await startTestServer({ contentDir: join(content, 'zones'), combatContentFile: join(content, 'combat.json') });
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
      if (content !== undefined) rmSync(content, { recursive: true, force: true });
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
    const names = async (): Promise<string[]> => (await hook.entities()).filter((e) => e.kind === 1).map((e) => e.name);
    assert.equal((await names()).length, 1, 'the only player at first');
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

  /** Clicks the canvas where a world point (metres) is drawn: the camera follows the drawn self, 16 px per metre. */
  const clickWorld = async (x: number, y: number): Promise<void> => {
    const box = await page.locator('#world-canvas').boundingBox();
    const self = await hook.self();
    assert.ok(box && self?.drawn);
    await page.mouse.click(box.x + box.width / 2 + (x - self.drawn.x) * 16, box.y + box.height / 2 + (y - self.drawn.y) * 16);
  };
  const near = async (x: number, y: number, metres: number): Promise<boolean> => {
    const self = await hook.self();
    return self !== undefined && Math.hypot(self.x - x, self.y - y) <= metres;
  };
  const inventory = () => page.evaluate(() => window.__realmforge?.inventory() ?? { gold: -1, bag: [], equipment: [] });

  it('walks to an NPC, targets it by clicking, kills it with a skill and auto-attack, loots and wears the loot', async () => {
    const rat = (await hook.entities()).find((e) => e.kind === 2 && e.name === RAT);
    assert.ok(rat, 'the rat is in view');
    assert.equal(rat.dead, false);
    // Walk to 4 m south of it (a click on open ground walks), then click on it (a click on a body targets).
    await clickWorld(rat.x, rat.y + 4);
    await until(() => near(rat.x, rat.y + 4, 0.5), 'the character to walk to the rat', 15_000);
    await sleep(150);
    await clickWorld(rat.x, rat.y);
    await until(async () => (await page.evaluate(() => window.__realmforge?.target())) === rat.id, 'the rat to be targeted');
    await page.waitForSelector('#target-frame:not([hidden])');
    assert.match((await page.textContent('#target-name')) ?? '', /Meadow Rat/);
    assert.equal(await page.isVisible('#target-trade'), false, 'no trading with an NPC');
    // The skill bar shows the ranger's five skills, ready.
    const bar = await page.evaluate(() => window.__realmforge?.skillBar() ?? []);
    assert.deepEqual(bar.map((s) => s.skill), ['aimed-shot', 'serpent-sting', 'concussive-shot', 'volley', 'mend-wounds']);
    assert.ok(bar.every((s) => s.cooldownLeftMs === 0));
    await page.keyboard.press('KeyR');
    await until(async () => (await page.evaluate(() => window.__realmforge?.autoAttack())) === true, 'auto-attack on');
    assert.equal(await page.getAttribute('#auto-attack', 'aria-pressed'), 'true');
    await page.keyboard.press('Digit1');
    await until(async () => (await hook.entities()).find((e) => e.id === rat.id)?.dead === true, 'the rat to die', 20_000);
    const log = await page.locator('#combat-log li').allTextContents();
    assert.ok(log.some((line) => line.startsWith('You hit Meadow Rat for')), log.join('\n'));
    assert.ok(log.includes('Meadow Rat dies'), log.join('\n'));
    const aimed = (await page.evaluate(() => window.__realmforge?.skillBar() ?? [])).find((s) => s.skill === 'aimed-shot');
    assert.ok(aimed !== undefined && aimed.cooldownLeftMs > 0, 'Aimed Shot is cooling down after it hit');

    // The loot arrives in the inventory panel; clicking the cap wears it.
    await until(async () => (await inventory()).bag.some((i) => i.templateId === 'leather_cap'), 'the loot');
    await page.keyboard.press('KeyI');
    await page.waitForSelector('#inventory-panel:not([hidden])');
    await page.click('#bag-slots button[data-template="leather_cap"]');
    await until(async () => (await inventory()).equipment.some((i) => i.slot === 'Head' && i.name === 'Leather Cap'), 'the cap to be worn');
    await page.waitForFunction(() => document.querySelector('#equipment-slots li[data-slot="Head"]')?.textContent.includes('Leather Cap') === true);
    assert.ok(!(await inventory()).bag.some((i) => i.templateId === 'leather_cap'), 'the cap left the bag');
    mkdirSync(artifacts, { recursive: true });
    const file = join(artifacts, 'web-client-combat.png');
    await page.screenshot({ path: file });
    assert.ok(statSync(file).size > 10_000, `screenshot at ${file}`);
  });

  it('buys from a vendor near the spawn and sells back', async () => {
    const smith = { x: 4880 / 16, y: 4816 / 16 };
    await clickWorld(smith.x, smith.y + 2);
    await until(() => near(smith.x, smith.y + 2, 0.5), 'the character to walk to the smith', 15_000);
    await page.waitForSelector('#vendor-prompt:not([hidden])');
    assert.match((await page.textContent('#vendor-prompt')) ?? '', /Smith Aldric/);
    await page.keyboard.press('KeyV');
    await page.waitForSelector('#vendor-window:not([hidden]) #vendor-offers button[data-template="leather_boots"]');
    const gold = (await inventory()).gold;
    await page.click('#vendor-offers button[data-template="leather_boots"]');
    await until(async () => (await inventory()).bag.some((i) => i.templateId === 'leather_boots'), 'the boots');
    assert.equal((await inventory()).gold, gold - 10);
    const boots = (await inventory()).bag.find((i) => i.templateId === 'leather_boots');
    assert.ok(boots);
    await page.click(`#vendor-sell button[data-item-id="${boots.itemId}"]`);
    await until(async () => !(await inventory()).bag.some((i) => i.itemId === boots.itemId), 'the boots to be sold');
    assert.equal((await inventory()).gold, gold - 10 + 2);
  });

  it('trades gold with the bot through the trade window', async () => {
    const client = bot;
    assert.ok(client);
    const botName = client.world.self?.name ?? '';
    const botAt = (await hook.entities()).find((e) => e.name === botName);
    assert.ok(botAt);
    const states: ServerPayloads['tradeState'][] = [];
    client.economy.onTradeState((state) => states.push(state));
    client.economy.onTradeInvitation((invitation) => {
      void client.economy.tradeRespond(invitation.tradeId, true);
    });
    await clickWorld(botAt.x, botAt.y);
    await until(async () => (await page.evaluate(() => window.__realmforge?.target())) === botAt.id, 'the bot to be targeted');
    await page.click('#target-trade');
    await page.waitForSelector('#trade-window:not([hidden])');
    assert.equal(await page.textContent('#trade-partner'), botName);
    const gold = (await inventory()).gold;
    const botGold = client.economy.gold;
    await client.economy.tradeSetOffer(states.at(-1)?.tradeId ?? '', [], 5);
    await page.waitForFunction(() => document.querySelector('#trade-theirs')?.textContent.includes('5 gold') === true);
    await page.fill('#trade-gold', '1');
    await page.click('#trade-offer');
    await until(() => states.at(-1)?.theirOffer?.gold === 1, 'the bot to see the offer');
    const last = states.at(-1);
    assert.ok(last);
    await client.economy.tradeConfirm(last.tradeId, last.revision);
    await until(async () => (await page.evaluate(() => window.__realmforge?.trade()))?.theyConfirmed === true, 'the page to see the bot confirm');
    await page.click('#trade-confirm');
    await until(async () => (await page.evaluate(() => window.__realmforge?.trade())) === undefined, 'the trade to end');
    await until(async () => (await inventory()).gold === gold - 1 + 5, 'the gold to change hands');
    await until(() => client.economy.gold === botGold - 5 + 1, "the bot's gold");
    assert.equal(await page.isVisible('#trade-window'), false);
    assert.match((await page.textContent('#action-message')) ?? '', /trade completed/);
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
