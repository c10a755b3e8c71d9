/**
 * The admin dashboard end to end, in headless Chromium driven by playwright-core, against a
 * real server with a player connected over TCP: without a token the page shows only the
 * sign-in form and a wrong token is refused; with the token (in the URL fragment, which is
 * then removed from the address bar) every uPlot chart receives data points, the minimap
 * shows the player, the lookup finds it, a broadcast typed into the page reaches the player
 * (and the browser game client shows it), and the kick button disconnects it. A screenshot goes to test-artifacts/admin-dashboard.png.
 *
 * Needs Chromium at /usr/bin/chromium or at REALMFORGE_CHROMIUM; skipped (and says so) without.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { GameClient } from '@realmforge/client';
import { ServerError } from '@realmforge/client';
import { ErrorCode, serverPayload } from '@realmforge/protocol';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { playerInWorld, startTestServer, uniqueCharacterName, uniqueName } from '../../server/test/helpers/test-server.ts';
import type { TestServer } from '../../server/test/helpers/test-server.ts';

const chromiumPath = process.env.REALMFORGE_CHROMIUM ?? '/usr/bin/chromium';
const skip = existsSync(chromiumPath)
  ? false
  : `no Chromium at ${chromiumPath}: the admin dashboard browser test is skipped (apt-get install chromium, or set REALMFORGE_CHROMIUM)`;
if (skip !== false) console.warn(`# ${skip}`);

const artifacts = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));
const TOKEN = 'e2e-admin-token-5f0c2d7a9b1e4c3d8a6f';

describe('the admin dashboard in headless Chromium', { skip }, () => {
  let t: TestServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let player: GameClient | undefined;
  let playerName = '';
  const notices: string[] = [];
  const pageErrors: string[] = [];

  const server = (): TestServer => {
    assert.ok(t, 'the test server started');
    return t;
  };
  const dashboard = (): string => `http://127.0.0.1:${server().ports.admin}/admin/`;

  before(async () => {
    t = await startTestServer({ adminToken: TOKEN });
    player = await t.connect();
    const { characterId } = await playerInWorld(player);
    playerName = (await player.listCharacters()).find((c) => c.id === characterId)?.name ?? '';
    player.onPush((message) => {
      const payload = serverPayload(message);
      if (payload?.kind === 'serverNotice') notices.push(payload.value.text);
    });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context = await browser.newContext({ viewport: { width: 1500, height: 1100 } });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  after(async () => {
    player?.close();
    try {
      await context?.close();
      await browser?.close();
    } finally {
      await t?.close();
    }
  });

  it('shows only the sign-in form without a token, and refuses a wrong one', async () => {
    await page.goto(dashboard());
    await page.waitForSelector('#screen-sign-in:not([hidden])');
    assert.equal(await page.isVisible('#screen-dashboard'), false);
    await page.fill('#token', 'not-the-token');
    await page.click('#sign-in-form button');
    await page.waitForFunction(() => document.getElementById('sign-in-message')?.textContent === 'That token was refused.');
    assert.equal(await page.evaluate(() => window.__realmforgeAdmin?.signedIn()), false);
    assert.equal(await page.isVisible('#screen-dashboard'), false);
  });

  it('signs in with the token from the URL fragment, which leaves the address bar', async () => {
    await page.goto(`${dashboard()}#token=${TOKEN}`);
    await page.waitForFunction(() => window.__realmforgeAdmin?.signedIn() === true);
    assert.equal(new URL(page.url()).hash, '');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('realmforge-admin-token')), TOKEN);
    assert.equal(await page.isVisible('#screen-dashboard'), true);
  });

  it('fills every chart with data points and draws the player on the minimap', async () => {
    await page.waitForFunction(
      () => {
        const points = window.__realmforgeAdmin?.chartPoints() ?? {};
        const ids = ['players', 'messages', 'bytes', 'ticks', 'degradation', 'lag', 'memory', 'cpu', 'database'];
        return ids.every((id) => (points[id] ?? 0) >= 3);
      },
      undefined,
      { timeout: 15_000 },
    );
    assert.equal(await page.locator('.uplot').count(), 9);
    // The charts plot the server's figures: one session, its player in the world, a heap.
    const values = await page.evaluate(() => window.__realmforgeAdmin?.chartValues() ?? {});
    assert.deepEqual(values.players, { sessions: 1, 'in world': 1 });
    assert.ok((values.memory?.['heap used'] ?? 0) > 1, JSON.stringify(values.memory));
    assert.ok((values.ticks?.['meadow p99'] ?? -1) >= 0, JSON.stringify(values.ticks));
    // The configured stride 2, or twice or four times it if this machine's load degraded a tick.
    assert.ok([2, 4, 8].includes(values.degradation?.stride ?? 0), JSON.stringify(values.degradation));
    await page.waitForFunction((name) => window.__realmforgeAdmin?.minimap()?.names.includes(name) === true, playerName);
    assert.equal(await page.evaluate(() => window.__realmforgeAdmin?.minimap()?.zone), 'meadow');
  });

  it('looks the player up, broadcasts to it (the browser game client shows the notice too), and saves a screenshot', async () => {
    assert.ok(context);
    const game = await context.newPage();
    await game.goto(`http://127.0.0.1:${server().ports.http}/`);
    await game.waitForFunction(() => window.__realmforge?.state() === 'online');
    await game.fill('#username', uniqueName('adm'));
    await game.fill('#password', 'correct horse');
    await game.click('#register-button');
    await game.waitForSelector('#screen-characters:not([hidden])');
    const gameCharacter = uniqueCharacterName();
    await game.fill('#character-name', gameCharacter);
    await game.click('#create-button');
    await game.click(`button[data-character-name="${gameCharacter}"]`);
    await game.waitForFunction(() => window.__realmforge?.phase() === 'world');
    await page.fill('#lookup-name', playerName);
    await page.click('#lookup-form button');
    await page.waitForSelector('#player-actions:not([hidden])');
    const details = await page.locator('#player').textContent();
    assert.match(details ?? '', new RegExp(playerName));
    assert.match(details ?? '', /connected from 127\.0\.0\.1/);
    await page.fill('#broadcast-text', 'Maintenance in 5 minutes');
    await page.click('#broadcast-form button');
    await page.waitForFunction(() => window.__realmforgeAdmin?.status().startsWith('Notice sent to 2 ') === true);
    await game.waitForFunction(() => window.__realmforge?.chat().some((line) => line.channel === 'notice' && line.text === 'Maintenance in 5 minutes') === true);
    assert.equal(await game.locator('#chat-messages li.notice').textContent(), '[server] Maintenance in 5 minutes');
    await game.close();
    const deadline = Date.now() + 5_000;
    while (notices.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    assert.deepEqual(notices, ['Maintenance in 5 minutes']);
    mkdirSync(artifacts, { recursive: true });
    const file = join(artifacts, 'admin-dashboard.png');
    await page.screenshot({ path: file, fullPage: true });
    assert.ok(statSync(file).size > 20_000, `screenshot at ${file}`);
  });

  it('kicks the player from the page', async () => {
    assert.ok(player);
    await page.fill('#action-reason', 'end-to-end test');
    await page.click('#kick');
    const reason = await player.closed;
    assert.ok(reason instanceof ServerError);
    assert.equal(reason.code, ErrorCode.ERROR_CODE_KICKED);
    await page.waitForFunction(() => window.__realmforgeAdmin?.status().startsWith('Kicked') === true);
    assert.deepEqual(pageErrors, []);
  });
});
