/**
 * Flooding and exhaustion attacks over real sockets: a chat flood (rate limited, then warned,
 * muted and kicked as `message_flood` detections add up), a password brute force from one
 * address (exponential backoff per account and address, while the owner logs in from another
 * address at once; addresses come from X-Forwarded-For through a trusted proxy), and
 * slowloris clients on the HTTP/WebSocket and TLS ports (closed by the handshake deadline or
 * the idle timeout). An honest player in the same zone plays on normally throughout.
 * Slowloris on the plain TCP port is proved by lifecycle.test.ts.
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ServerError } from '@realmforge/client';
import type { GameClient } from '@realmforge/client/node';
import { ChatChannel, ErrorCode, SanctionKind } from '@realmforge/protocol';
import WebSocket from 'ws';
import { connectFrom } from '../helpers/forwarded-client.ts';
import { playerInWorld, startTestServer, uniqueName } from '../helpers/test-server.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { auditOf, HonestPlayer, heroInWorld, sanctionsSeen, until } from './cheat-kit.ts';

const SAY = ChatChannel.CHAT_CHANNEL_SAY;
const IDLE_MS = 800;

function codeOf(error: unknown): ErrorCode | undefined {
  return error instanceof ServerError ? error.code : undefined;
}

/**
 * Opens a raw socket to a port and writes `drip` to it one byte every 100 ms (nothing when it
 * is empty); resolves how long the server took to close it.
 */
function closedAfter(port: number, drip = ''): Promise<number> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect({ host: '127.0.0.1', port });
    let timer: NodeJS.Timeout | undefined;
    socket.on('error', () => undefined);
    socket.resume();
    socket.on('connect', () => {
      if (drip === '') return;
      let i = 0;
      timer = setInterval(() => {
        socket.write(Buffer.from([drip.charCodeAt(i % drip.length)]));
        i++;
      }, 100);
    });
    socket.on('close', () => {
      clearInterval(timer);
      resolve(Date.now() - started);
    });
  });
}

describe('flood and exhaustion attacks', () => {
  let t: TestServer;
  let honest: HonestPlayer;
  let honestClient: GameClient;
  const clients: GameClient[] = [];

  before(async () => {
    t = await startTestServer({
      // 127.0.0.1 is a trusted proxy: X-Forwarded-For names each WebSocket client's address.
      trustedProxies: ['127.0.0.1'],
      anticheatReportIntervalMs: 0,
      loginBackoffBaseMs: 200,
      // Isolate the login throttle from the per-session login rate.
      messageRateLimits: { login: { burst: 1000, perSecond: 1000 } },
      heartbeatIntervalMs: 100,
      idleTimeoutMs: IDLE_MS,
      // The message limiter's own disconnect of a flooder is proved by message-limits.test.ts;
      // here it stays out of the way of the sanction ladder.
      maxRateLimitRejections: 1000,
    });
    honestClient = await t.connect();
    await playerInWorld(honestClient);
    await until(() => honestClient.world.self !== undefined, 'honest player in the world');
    honest = new HonestPlayer(honestClient);
    honest.start();
  });

  after(async () => {
    try {
      honest.stopAndCheck();
    } finally {
      for (const client of [...clients, honestClient]) client.close();
      await t.close();
    }
  });

  it('chat flood: refused RATE_LIMITED past the rate, then warned, muted and kicked as message_flood adds up', async () => {
    const { client, accountId } = await heroInWorld(t);
    clients.push(client);
    const seen = sanctionsSeen(client);
    const heard: string[] = [];
    honestClient.onChat((message) => {
      if (message.text.startsWith(`${accountId} `)) heard.push(message.text);
    });
    // A burst of 12: chatBurst (5) go out, the other 7 are refused; 7 × 3 = 21 passes the warning at 20.
    const burst = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => client.chat(SAY, `${accountId} spam ${i}`)));
    assert.equal(burst.filter((r) => r.status === 'fulfilled').length, 5);
    for (const r of burst) if (r.status === 'rejected') assert.equal(codeOf(r.reason), ErrorCode.ERROR_CODE_RATE_LIMITED);
    await until(() => seen.some((m) => m.sanctionNotice?.kind === SanctionKind.SANCTION_KIND_WARN), 'a warning');
    // Ten more (a token or two may have come back meanwhile): past the mute at 40; chat is refused CHAT_MUTED from then on.
    const more = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => client.chat(SAY, `${accountId} more ${i}`)));
    const delivered = 5 + more.filter((r) => r.status === 'fulfilled').length;
    assert.ok(delivered <= 8, `the rate held (${delivered} delivered)`);
    await until(() => seen.some((m) => m.sanctionNotice?.kind === SanctionKind.SANCTION_KIND_MUTE), 'a mute');
    // After a pause for the session's message limit (20 at once, 10/s) to let one through:
    await sleep(250);
    await assert.rejects(client.chat(SAY, `${accountId} muted?`), (e) => codeOf(e) === ErrorCode.ERROR_CODE_CHAT_MUTED);
    // The flood goes on: the session's message limit refuses it and the count reaches the kick at 60.
    for (let i = 0; i < 200 && !seen.some((m) => m.disconnect != null); i++) {
      await client.chat(SAY, `${accountId} still ${i}`).catch(() => undefined);
    }
    const closed = await client.closed;
    assert.equal(closed?.code, ErrorCode.ERROR_CODE_KICKED);
    assert.equal(heard.length, delivered, 'only what the rate allowed reached the others');
    // The kick is audited once the kicked player's character is saved; detections are written in batches.
    await until(async () => {
      const entries = await auditOf(t.server, accountId);
      return entries.some((e) => e.kind === 'sanction' && e.name === 'kick') && entries.filter((e) => e.name === 'message_flood').length >= 20;
    }, 'the kick and the floods audited');
    const audit = await auditOf(t.server, accountId);
    assert.deepEqual(audit.filter((e) => e.kind === 'sanction').map((e) => e.name).reverse(), ['warn', 'mute', 'kick']);
    const floods = audit.filter((e) => e.name === 'message_flood');
    assert.ok(floods.length >= 20, `each refusal counted (${floods.length})`);
    assert.ok(floods.some((e) => /^sendChat .*spam/.test(e.sent) && /send again in/.test(e.expected)), 'the chat rate refusals, with the text sent');
    assert.ok(floods.some((e) => /^sendChat over its rate/.test(e.sent)), 'the message limit refusals');
  });

  it('password brute force: exponential backoff for the guesser, while the owner logs in from another address at once', async () => {
    const username = uniqueName('owner');
    const setup = await t.connect();
    await setup.register(username, 'correct horse');
    setup.close();

    const guesser = await connectFrom(t.ports.http, '203.0.113.7');
    clients.push(guesser);
    for (let i = 0; i < 3; i++) await assert.rejects(guesser.login(username, `guess ${i}`), (e) => codeOf(e) === ErrorCode.ERROR_CODE_AUTH_FAILED);
    // Backing off: even the right password waits, the throttle answers before looking at it.
    await assert.rejects(guesser.login(username, 'correct horse'), (e) => codeOf(e) === ErrorCode.ERROR_CODE_RATE_LIMITED && /try again in 1 s/.test((e as Error).message));
    // Hammering: a guess every 10 ms for 2 s. Only the first guess after each wait reaches the
    // password check, and each wait doubles (200, 400, 800 ms after the 3rd, 4th, 5th failure).
    const checkedAt: number[] = [];
    let refused = 0;
    const started = Date.now();
    for (let n = 0; Date.now() - started < 2000; n++) {
      try {
        await guesser.login(username, `hammer ${n}`);
        assert.fail('a wrong password logged in');
      } catch (error) {
        if (codeOf(error) === ErrorCode.ERROR_CODE_RATE_LIMITED) refused++;
        else {
          assert.equal(codeOf(error), ErrorCode.ERROR_CODE_AUTH_FAILED);
          checkedAt.push(Date.now() - started);
        }
      }
      await sleep(10);
    }
    assert.ok(refused > 50, `throttled guesses (${refused})`);
    assert.ok(checkedAt.length >= 2 && checkedAt.length <= 4, `guesses checked at ${checkedAt.join(', ')} ms`);
    // The time between checked guesses is at least the doubled wait (less a round trip of slack);
    // the first is measured from a later start, so it is left out.
    const gaps = checkedAt.map((at, i) => at - (checkedAt[i - 1] ?? 0));
    for (let i = 1; i < gaps.length; i++) assert.ok((gaps[i] ?? 0) >= 0.8 * 200 * 2 ** i, `the wait doubles: gaps ${gaps.join(', ')} ms`);
    assert.ok((await guesser.ping()) >= 0, 'throttled, not disconnected');

    // The owner, from another address, gets in at once.
    const owner = await connectFrom(t.ports.http, '198.51.100.9');
    clients.push(owner);
    assert.ok((await owner.login(username, 'correct horse')).resumeToken.length > 0);
  });

  it('slowloris: a silent or dripping client on the HTTP/WebSocket and TLS ports is closed by the deadlines', async () => {
    const limit = IDLE_MS + 1500;
    const tlsPort = t.ports.tls;
    assert.ok(tlsPort !== undefined, 'TLS is on in the test server');
    const silentHttp = closedAfter(t.ports.http);
    const drippingHttp = closedAfter(t.ports.http, 'GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nX-Padding: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx');
    const silentTls = closedAfter(tlsPort);
    // The start of a TLS ClientHello record, a byte at a time.
    const drippingTls = closedAfter(tlsPort, '\u0016\u0003\u0001\u0002\u0000\u0001\u0000\u00fc\u0003\u0003'.repeat(4));
    // Upgraded to a WebSocket, then nothing: not even the hello.
    const silentWs = new Promise<number>((resolve) => {
      const started = Date.now();
      const ws = new WebSocket(`ws://127.0.0.1:${t.ports.http}/ws`, { headers: { 'x-forwarded-for': '192.0.2.44' } });
      ws.on('error', () => undefined);
      ws.on('close', () => {
        resolve(Date.now() - started);
      });
    });
    const times = await Promise.all([silentHttp, drippingHttp, silentTls, drippingTls, silentWs]);
    for (const [i, ms] of times.entries()) {
      assert.ok(ms < limit, `${['silent HTTP', 'dripping HTTP', 'silent TLS', 'dripping TLS', 'silent WebSocket'][i] ?? ''} closed after ${ms} ms (limit ${limit})`);
    }
  });
});
