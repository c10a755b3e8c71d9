/**
 * The admin dashboard's HTTP side against a real server: every API route refuses a missing or
 * wrong token with 401 and answers 200 with it; the player lookup finds a connected client;
 * kick disconnects it (and its character leaves the world, so it cannot resume); a broadcast
 * arrives at a client; a mute blocks its chat; a ban removes the player and refuses its login
 * until lifted; sanctions appear in the audit list; bad input gets 400 and an unknown player
 * 404; the samples behind the charts arrive; the page and script are served.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import type { GameClient } from '@realmforge/client';
import { ServerError } from '@realmforge/client';
import { ChatChannel, ErrorCode, serverPayload } from '@realmforge/protocol';
import { playerInWorld, startTestServer } from '../helpers/test-server.ts';
import type { TestServer } from '../helpers/test-server.ts';

const TOKEN = 'test-admin-token-0123456789abcdef';

interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly headers: Headers;
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

describe('admin dashboard API', () => {
  let t: TestServer;
  let base: string;
  before(async () => {
    t = await startTestServer({ adminToken: TOKEN, resumeGraceMs: 60_000 });
    base = `http://127.0.0.1:${t.ports.admin}`;
  });
  after(() => t.close());

  /** Calls the API; `token` null sends no Authorization header. */
  async function call(method: 'GET' | 'POST', route: string, body?: unknown, token: string | null = TOKEN, contentType = 'application/json'): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (token !== null) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = contentType;
    const response = await fetch(`${base}/admin/api/${route}`, { method, headers, body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as Record<string, unknown>, headers: response.headers };
  }

  async function player(): Promise<{ client: GameClient; name: string; accountId: string; resumeToken: string; username: string }> {
    const client = await t.connect();
    const { username, characterId, resumeToken } = await playerInWorld(client);
    const character = (await client.listCharacters()).find((c) => c.id === characterId);
    assert.ok(character?.name);
    const lookup = await call('GET', `players/${character.name}`);
    assert.equal(lookup.status, 200);
    return { client, name: character.name, accountId: String(lookup.body.accountId), resumeToken, username };
  }

  it('refuses every API route without the token or with a wrong one (401), and answers with it (200)', async () => {
    const { client, name, username } = await player();
    try {
      const routes: [method: 'GET' | 'POST', route: string, body?: unknown][] = [
        ['GET', 'vitals'],
        ['GET', 'zones'],
        ['GET', 'zones/meadow'],
        ['GET', `players/${name}`],
        ['POST', `players/${name}/mute`, { minutes: 1, reason: 'route test' }],
        ['POST', `players/${name}/unmute`, {}],
        ['POST', 'broadcast', { text: 'hello from the tests' }],
        ['POST', `players/${name}/kick`, { reason: 'route test' }],
        ['GET', 'bans'],
        ['GET', 'audit?limit=5'],
        ['POST', 'bans', { account: username, minutes: 1, reason: 'route test' }],
        ['POST', `bans/${username}/lift`, {}],
      ];
      for (const [method, route, body] of routes) {
        for (const token of [null, 'wrong-token', `${TOKEN}x`, '', TOKEN.toUpperCase()]) {
          const refused = await call(method, route, body, token);
          assert.equal(refused.status, 401, `${method} ${route} with token ${String(token)}`);
          assert.equal(refused.body.error, 'unauthorized');
          assert.match(refused.headers.get('www-authenticate') ?? '', /^Bearer/);
        }
        const answered = await call(method, route, body);
        assert.equal(answered.status, 200, `${method} ${route}: ${JSON.stringify(answered.body)}`);
      }
      // The kick removed the player (the 401s before it did not).
      assert.ok((await client.closed) instanceof ServerError);
    } finally {
      client.close();
    }
  });

  it('finds a connected player: zone, position, hit points, level, account, session and address', async () => {
    const { client, name, username } = await player();
    try {
      const { status, body } = await call('GET', `players/${name.toLowerCase()}`);
      assert.equal(status, 200);
      assert.equal(body.name, name);
      assert.equal(body.zone, 'meadow');
      assert.equal(typeof body.x, 'number');
      assert.equal(typeof body.y, 'number');
      assert.ok(Number(body.hitPoints) > 0);
      assert.equal(body.hitPoints, body.maxHitPoints);
      assert.equal(body.level, 1);
      assert.equal(body.username, username);
      assert.equal(body.connected, true);
      assert.equal(body.address, '127.0.0.1');
      assert.equal(typeof body.sessionId, 'string');
      assert.equal(body.mutedUntilMs, undefined);
      const missing = await call('GET', 'players/Nobodyhere');
      assert.equal(missing.status, 404);
      assert.equal(missing.body.error, 'player_not_found');
    } finally {
      client.close();
    }
  });

  it('kick disconnects the player with KICKED and takes the character out of the world', async () => {
    const { client, name, resumeToken } = await player();
    const kicked = await call('POST', `players/${name}/kick`, { reason: 'testing kicks' });
    assert.equal(kicked.status, 200);
    const reason = await client.closed;
    assert.ok(reason instanceof ServerError);
    assert.equal(reason.code, ErrorCode.ERROR_CODE_KICKED);
    assert.match(reason.message, /testing kicks/);
    assert.deepEqual(kicked.body, { kicked: true });
    assert.equal((await call('GET', `players/${name}`)).status, 404);
    const again = await t.connect();
    try {
      await assert.rejects(again.resume(resumeToken), (error: unknown) => error instanceof ServerError && error.code === ErrorCode.ERROR_CODE_RESUME_FAILED);
    } finally {
      again.close();
    }
  });

  it('a broadcast arrives at every connected player as a ServerNotice', async () => {
    const first = await player();
    const second = await player();
    const notices: string[][] = [[], []];
    [first, second].forEach(({ client }, i) => {
      client.onPush((message) => {
        const payload = serverPayload(message);
        if (payload?.kind === 'serverNotice') notices[i]?.push(payload.value.text);
      });
    });
    try {
      const sent = await call('POST', 'broadcast', { text: '  The realm restarts in 10 minutes.  ' });
      assert.equal(sent.status, 200);
      assert.ok(Number(sent.body.delivered) >= 2);
      await until(() => notices.every((n) => n.length > 0), 'both notices');
      assert.deepEqual(notices, [['The realm restarts in 10 minutes.'], ['The realm restarts in 10 minutes.']]);
      for (const text of ['', '   ', 'x'.repeat(256), 'two\nlines']) {
        const refused = await call('POST', 'broadcast', { text });
        assert.equal(refused.status, 400, JSON.stringify(text));
        assert.equal(refused.body.error, 'text_invalid');
      }
    } finally {
      first.client.close();
      second.client.close();
    }
  });

  it('a mute blocks the player chat until unmuted', async () => {
    const { client, name } = await player();
    try {
      await client.chat(ChatChannel.CHAT_CHANNEL_SAY, 'before the mute');
      const muted = await call('POST', `players/${name}/mute`, { minutes: 5, reason: 'spam' });
      assert.equal(muted.status, 200, JSON.stringify(muted.body));
      assert.equal(muted.status, 200);
      assert.ok(Number(muted.body.mutedUntilMs) > Date.now() + 4 * 60_000);
      await assert.rejects(client.chat(ChatChannel.CHAT_CHANNEL_SAY, 'while muted'), (error: unknown) => error instanceof ServerError && error.code === ErrorCode.ERROR_CODE_CHAT_MUTED);
      assert.equal((await call('GET', `players/${name}`)).body.mutedUntilMs, muted.body.mutedUntilMs);
      const unmuted = await call('POST', `players/${name}/unmute`, {});
      assert.deepEqual(unmuted.body, { wasMuted: true });
      await client.chat(ChatChannel.CHAT_CHANNEL_SAY, 'after the mute');
    } finally {
      client.close();
    }
  });

  it('refuses bad input with 400 (or 413/415) and unknown routes and zones with 404, changing nothing', async () => {
    const { client, name } = await player();
    try {
      const cases: [route: string, body: unknown, status: number, code: string, contentType?: string][] = [
        [`players/${name}/mute`, { minutes: 0, reason: 'r' }, 400, 'invalid_argument'],
        [`players/${name}/mute`, { minutes: 1.5, reason: 'r' }, 400, 'invalid_argument'],
        [`players/${name}/mute`, { minutes: 5 }, 400, 'invalid_argument'],
        [`players/${name}/mute`, { minutes: 5, reason: '   ' }, 400, 'invalid_argument'],
        [`players/${name}/mute`, {}, 400, 'invalid_argument'],
        [`players/${name}/mute`, { minutes: 5, reason: 'r', extra: true }, 400, 'invalid_argument'],
        [`players/${name}/mute`, '{not json', 400, 'bad_json'],
        [`players/${name}/mute`, 'minutes=5', 415, 'unsupported_media_type', 'application/x-www-form-urlencoded'],
        [`players/${name}/kick`, { reason: 'x'.repeat(201) }, 400, 'invalid_argument'],
        ['broadcast', { text: 'x'.repeat(20_000) }, 413, 'body_too_large'],
        ['players/Nobodyhere/kick', { reason: 'r' }, 404, 'player_not_found'],
        ['bans', { account: 'nobody-at-all', minutes: 5, reason: 'r' }, 404, 'account_not_found'],
        ['bans', { account: name, minutes: 0, reason: 'r' }, 400, 'invalid_argument'],
        ['bans/nobody-at-all/lift', {}, 404, 'account_not_found'],
        [`players/${name}/explode`, {}, 404, 'no_such_route'],
      ];
      for (const [route, body, status, code, contentType] of cases) {
        const answer = await call('POST', route, body, TOKEN, contentType);
        assert.equal(answer.status, status, `${route} ${JSON.stringify(body).slice(0, 40)}: ${JSON.stringify(answer.body)}`);
        assert.equal(answer.body.error, code);
      }
      assert.equal((await call('GET', 'zones/atlantis')).status, 404);
      assert.equal((await call('GET', 'zones/%E0%A4%A')).status, 400);
      const lookup = await call('GET', `players/${name}`);
      assert.equal(lookup.body.connected, true);
      assert.equal(lookup.body.mutedUntilMs, undefined);
    } finally {
      client.close();
    }
  });

  it('a ban removes the player and refuses its logins until lifted; sanctions are in the audit list', async () => {
    const { client, username } = await player();
    const banned = await call('POST', 'bans', { account: username.toUpperCase(), minutes: 30, reason: 'botting' });
    assert.equal(banned.status, 200, JSON.stringify(banned.body));
    const ban = banned.body.ban as { accountId: string; endsAt: number; reason: string; createdBy: string };
    assert.equal(ban.reason, 'botting');
    assert.equal(ban.createdBy, 'admin@127.0.0.1');
    assert.ok(ban.endsAt > Date.now() + 29 * 60_000);
    const closedWith = await client.closed;
    assert.ok(closedWith instanceof ServerError);
    assert.equal(closedWith.code, ErrorCode.ERROR_CODE_ACCOUNT_BANNED);
    const bans = (await call('GET', 'bans')).body.bans as { accountId: string }[];
    assert.ok(bans.some((b) => b.accountId === ban.accountId));
    const again = await t.connect();
    try {
      await assert.rejects(again.login(username, 'correct horse'), (error: unknown) => error instanceof ServerError && error.code === ErrorCode.ERROR_CODE_ACCOUNT_BANNED);
      const lifted = await call('POST', `bans/${ban.accountId}/lift`, {});
      assert.deepEqual(lifted.body, { lifted: 1 });
      assert.ok(!((await call('GET', 'bans')).body.bans as { accountId: string }[]).some((b) => b.accountId === ban.accountId));
      await again.login(username, 'correct horse');
    } finally {
      again.close();
    }
    const audit = (await call('GET', `audit?account=${username}&limit=10`)).body.entries as { name: string; actor: string; kind: string; accountId: string }[];
    assert.deepEqual(
      audit.map((e) => [e.name, e.kind, e.actor, e.accountId]),
      [
        ['unban', 'sanction', 'admin@127.0.0.1', ban.accountId],
        ['ban', 'sanction', 'admin@127.0.0.1', ban.accountId],
      ],
    );
    assert.equal((await call('GET', 'audit?account=nobody-at-all')).status, 404);
  });

  it('lists zones and a zone snapshot with the player in it', async () => {
    const { client, name } = await player();
    try {
      const zones = await call('GET', 'zones');
      const list = zones.body.zones as { zone: string; width: number; height: number; players: number }[];
      const meadow = list.find((z) => z.zone === 'meadow');
      assert.ok(meadow && meadow.width > 0 && meadow.height > 0 && meadow.players >= 1);
      const snapshot = await call('GET', 'zones/meadow');
      assert.equal(snapshot.body.zone, 'meadow');
      const marks = snapshot.body.entities as [string, number, number, number, string][];
      const mark = marks.find((m) => m[4] === name);
      assert.ok(mark, 'the player is on the minimap');
      assert.equal(mark[0], 'player');
      assert.equal(mark[3], 1);
      assert.ok(mark[1] >= 0 && mark[1] <= meadow.width && mark[2] >= 0 && mark[2] <= meadow.height);
    } finally {
      client.close();
    }
  });

  it('serves samples for the charts, only newer ones after a sequence number', async () => {
    await until(async () => ((await call('GET', 'vitals')).body.samples as unknown[]).length >= 2, 'two samples', 5_000);
    const { body } = await call('GET', 'vitals');
    assert.equal(body.intervalMs, 1000);
    const samples = body.samples as { seq: number; atMs: number; zones: Record<string, { p50Ms: number; p99Ms: number }>; rssBytes: number; mainThreadBusyPercent: number; distantStride: number; sampleCostUs: number }[];
    const last = samples.at(-1);
    assert.ok(last);
    assert.ok(last.rssBytes > 1_000_000);
    assert.ok(last.mainThreadBusyPercent > 0 && last.mainThreadBusyPercent <= 100, `the main thread's busy share: ${last.mainThreadBusyPercent}`);
    assert.ok(last.zones.meadow !== undefined && last.zones.meadow.p99Ms >= last.zones.meadow.p50Ms);
    assert.ok([2, 4, 8].includes(last.distantStride), `the distant stride: ${last.distantStride}`);
    assert.ok(last.sampleCostUs >= 0 && last.sampleCostUs < 50_000);
    const newer = (await call('GET', `vitals?after=${last.seq}`)).body.samples as { seq: number }[];
    assert.ok(newer.every((s) => s.seq > last.seq));
    assert.equal((await call('GET', 'vitals?after=nonsense')).status, 200);
  });

  it('serves the dashboard page and its script without a token, and redirects /admin to /admin/', async () => {
    const page = await fetch(`${base}/admin/`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /text\/html/);
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'self'/);
    assert.match(await page.text(), /dashboard\.js/);
    const script = await fetch(`${base}/admin/dashboard.js`);
    assert.equal(script.status, 200);
    assert.ok((await script.arrayBuffer()).byteLength > 10_000);
    const style = await fetch(`${base}/admin/dashboard.css`);
    assert.equal(style.status, 200);
    assert.match(style.headers.get('content-type') ?? '', /text\/css/);
    const bare = await fetch(`${base}/admin`, { redirect: 'manual' });
    assert.equal(bare.status, 308);
    assert.equal(bare.headers.get('location'), '/admin/');
    assert.equal((await fetch(`${base}/admin/nothing-here.js`)).status, 404);
  });
});
