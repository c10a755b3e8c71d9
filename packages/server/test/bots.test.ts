/**
 * The headless bots (tools/bots, `npm run bots`) run in process against a real server on
 * ephemeral ports. Behaviour only, no timing: every bot connects and enters the world, gets
 * world frames, sees its inputs acknowledged, and logs out; failures are reported as failures.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { AlarmClock } from '../../../tools/bots/alarm-clock.ts';
import { Bot } from '../../../tools/bots/bot.ts';
import { nextInputGapMs } from '../../../tools/bots/random-walk.ts';
import { parseBotArgs } from '../../../tools/bots/cli.ts';
import { characterNameFor, PREFIX_PATTERN, usernameFor } from '../../../tools/bots/names.ts';
import { formatInterval, formatSummary } from '../../../tools/bots/report.ts';
import { BotOptionError, resolveBotOptions, runBots, seededRandom } from '../../../tools/bots/run.ts';
import { BotStats } from '../../../tools/bots/stats.ts';
import type { IntervalReport } from '../../../tools/bots/stats.ts';
import { USERNAME_PATTERN } from '../src/accounts/account-rules.ts';
import { CHARACTER_NAME_PATTERN } from '../src/characters/character-service.ts';
import { startTestServer } from './helpers/test-server.ts';
import type { TestServer } from './helpers/test-server.ts';

async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => { resolve(); }));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('headless bots against a real server', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  after(() => t.close());

  it('twenty bots register, enter the world, get frames and acks, and log out cleanly', async () => {
    const intervals: IntervalReport[] = [];
    const result = await runBots({
      count: 20,
      host: '127.0.0.1',
      port: t.ports.tcp,
      durationS: 3,
      rampPerS: 40,
      inputHz: 4,
      prefix: 'tcpbot',
      reportIntervalS: 1,
      onReport: (r) => intervals.push(r),
    });
    const s = result.summary;
    assert.deepEqual(result.problems, []);
    assert.equal(result.ok, true);
    assert.equal(s.connected, 20);
    assert.equal(s.enteredWorld, 20);
    assert.equal(s.botsWithFrames, 20, 'every bot received world frames');
    assert.equal(s.accountsRegistered, 20, 'the accounts did not exist, so every bot registered');
    assert.equal(s.charactersCreated, 20);
    assert.equal(s.handledErrors.AUTH_FAILED, 20, 'each bot tried to log in before registering');
    assert.ok(s.inputsSent >= 20, `inputs sent: ${s.inputsSent}`);
    assert.ok(s.inputsAcked > 0 && s.inputsAcked <= s.inputsSent);
    assert.equal(s.latency.count, s.inputsAcked, 'every acknowledged input is a latency sample');
    assert.ok(s.latency.p50 > 0 && s.latency.p50 <= s.latency.p99 && s.latency.p99 <= s.latency.max);
    assert.deepEqual(s.disconnects, {});
    assert.deepEqual(s.errors, {});
    assert.deepEqual(s.setupFailures, {});
    assert.ok(s.inbound.messages >= s.worldFrames && s.worldFrames > 0);
    assert.ok(s.inbound.bytes > s.inbound.messages && s.outbound.bytes > s.outbound.messages);
    assert.ok(s.outbound.messages >= s.inputsSent);
    assert.ok(intervals.length >= 2, 'progress was reported during the run');
    assert.deepEqual(result.intervals, intervals);
    assert.ok(intervals.some((r) => r.inWorld === 20 && r.latency.count > 0));
    assert.match(formatInterval(intervals[0] ?? assert.fail('no interval')), /connected \d+\/20/);
    assert.match(formatSummary(result), /entered world +20\/20[\s\S]*result: OK/);
    // Every bot enters at the spawn point, so each sees the others there.
    assert.ok(s.view.samples >= 20 && s.view.max >= 1 && s.view.mean > 0, 'the bots counted the entities in their view');
    assert.match(formatSummary(result), /in view +\d+(\.\d)? other entities per player/);
    await until(() => t.server.sessionCount === 0, 'the server to see every bot leave');
  });

  it('a second run with the same prefix logs the existing accounts in and plays their characters', async () => {
    const result = await runBots({ count: 5, host: '127.0.0.1', port: t.ports.tcp, durationS: 2, rampPerS: 50, prefix: 'tcpbot' });
    assert.deepEqual(result.problems, []);
    assert.equal(result.summary.enteredWorld, 5);
    assert.equal(result.summary.accountsRegistered, 0);
    assert.equal(result.summary.charactersCreated, 0);
    assert.deepEqual(result.summary.handledErrors, {});
  });

  it('bots play over WebSocket too', async () => {
    const result = await runBots({ count: 5, host: '127.0.0.1', port: t.ports.http, transport: 'ws', durationS: 2, rampPerS: 50, inputHz: 5, prefix: 'wsbot' });
    assert.deepEqual(result.problems, []);
    assert.equal(result.summary.enteredWorld, 5);
    assert.equal(result.summary.botsWithFrames, 5);
    assert.ok(result.summary.latency.count > 0);
    assert.deepEqual(result.summary.disconnects, {});
  });

  it('bots with datagram channels get their frames and acknowledgements by datagram', async () => {
    const result = await runBots({ count: 8, host: '127.0.0.1', port: t.ports.tcp, durationS: 2, rampPerS: 50, inputHz: 5, prefix: 'udpbot', datagrams: true });
    const s = result.summary;
    assert.deepEqual(result.problems, []);
    assert.equal(s.enteredWorld, 8);
    assert.equal(s.datagrams.channels, 8);
    assert.equal(s.datagrams.bound, 8, 'every channel bound');
    assert.equal(s.datagrams.gaveUp + s.datagrams.fellBack, 0);
    assert.ok(s.datagrams.taken > 0, 'frames came by datagram');
    assert.equal(s.botsWithFrames, 8);
    assert.ok(s.latency.count > 0, 'inputs sent by datagram were acknowledged');
    assert.deepEqual(s.disconnects, {});
    assert.throws(() => resolveBotOptions({ count: 1, host: '127.0.0.1', port: 1, transport: 'ws', datagrams: true }), BotOptionError);
  });

  it('bots play over TLS, trusting the server\'s certificate, with sealed datagram channels', async () => {
    const before = await fetch(`http://127.0.0.1:${t.ports.admin}/metrics`).then((r) => r.text());
    const ca = t.server.tlsCertificate;
    assert.ok(ca !== undefined && t.ports.tls !== undefined);
    const result = await runBots({ count: 6, host: '127.0.0.1', port: t.ports.tls, transport: 'tls', tlsCa: ca, durationS: 2, rampPerS: 50, inputHz: 5, prefix: 'tlsbot', datagrams: true });
    const s = result.summary;
    assert.deepEqual(result.problems, []);
    assert.equal(s.enteredWorld, 6);
    assert.equal(s.datagrams.bound, 6, 'every channel bound: the server opened the sealed hellos');
    assert.ok(s.datagrams.taken > 0, 'sealed frames came and opened');
    assert.ok(s.latency.count > 0, 'sealed moves were acknowledged');
    assert.deepEqual(s.disconnects, {});
    const after = await fetch(`http://127.0.0.1:${t.ports.admin}/metrics`).then((r) => r.text());
    const badSeals = (text: string): number => Number(/realmforge_datagrams_dropped_total\{reason="bad_seal"\} (\d+)/.exec(text)?.[1] ?? 0);
    assert.equal(badSeals(after), badSeals(before), 'no datagram failed its seal');
    const untrusted = await runBots({ count: 1, host: '127.0.0.1', port: t.ports.tls, transport: 'tls', durationS: 1, prefix: 'tlsno', connectTimeoutMs: 2000 });
    assert.equal(untrusted.summary.enteredWorld, 0, 'a self-signed certificate the bot was not told to trust is refused');
    assert.notDeepEqual(untrusted.problems, []);
  });

  it('bots whose server cannot be reached fail the run and say why', async () => {
    const port = await closedPort();
    const result = await runBots({ count: 3, host: '127.0.0.1', port, durationS: 1, rampPerS: 100 });
    assert.equal(result.ok, false);
    assert.equal(result.summary.connected, 0);
    assert.equal(result.summary.enteredWorld, 0);
    const failures = Object.entries(result.summary.setupFailures);
    assert.equal(failures.reduce((n, [, count]) => n + count, 0), 3);
    assert.ok(failures.every(([reason]) => reason.startsWith('connect: ')), JSON.stringify(failures));
    assert.match(result.problems.join(' '), /only 0 of 3 bots entered the world/);
  });
});

describe('headless bots when the server goes away', () => {
  it('reports each lost connection as an unexpected disconnect with the server\'s reason', async () => {
    // A short grace period: sessions that drop while the server stops still arm a grace timer,
    // which would otherwise hold this test process open for the default 30 s.
    const t = await startTestServer({ resumeGraceMs: 200 });
    let stopping: Promise<void> | undefined;
    try {
      const result = await runBots({
        count: 5,
        host: '127.0.0.1',
        port: t.ports.tcp,
        durationS: 20,
        rampPerS: 50,
        reportIntervalS: 0.1,
        onReport: (r) => {
          if (r.inWorld === 5) stopping ??= t.server.stop('test shutdown');
        },
      });
      assert.ok(stopping, 'the bots got into the world before the server stopped');
      assert.equal(result.ok, false);
      assert.equal(result.summary.enteredWorld, 5);
      assert.deepEqual(result.summary.disconnects, { SERVER_SHUTTING_DOWN: 5 });
      assert.ok(result.summary.durationS < 20, 'the run ends when every bot is gone, not at the end of the duration');
      assert.match(result.problems.join(' '), /5 unexpected disconnects \(SERVER_SHUTTING_DOWN ×5\)/);
    } finally {
      await stopping;
      await t.close();
    }
  });
});

describe('a bot whose run ends while it connects', () => {
  /** A raw TCP server that counts the connections it accepted and those still open. */
  async function countingServer(): Promise<{ port: number; accepted: () => number; open: () => number; close: () => Promise<void> }> {
    let accepted = 0;
    let open = 0;
    const server = createNetServer((socket) => {
      accepted++;
      open++;
      socket.on('error', () => undefined);
      socket.on('close', () => {
        open--;
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    return {
      port: address.port,
      accepted: () => accepted,
      open: () => open,
      close: () => new Promise<void>((resolve) => server.close(() => { resolve(); })),
    };
  }

  function botFor(port: number): Bot {
    return new Bot({
      index: 0, prefix: 'late', endpoint: { host: '127.0.0.1', port, transport: 'tcp' }, behaviour: () => Promise.resolve(),
      characterClass: undefined, watchesWorld: false, partnerIndex: undefined, registerFirst: true,
      connectTimeoutMs: 2000, requestTimeoutMs: 2000, random: seededRandom(1), clock: new AlarmClock(), stats: new BotStats(1),
    });
  }

  it('opens no connection once the run has ended, and closes one that opens after it gave up', async () => {
    const server = await countingServer();
    try {
      // Ended before it starts (a churn bot reconnecting as the run ends): no connection at all.
      const ended = new AbortController();
      ended.abort();
      await botFor(server.port).run(ended.signal);
      await sleep(200);
      assert.equal(server.accepted(), 0, 'no socket opened after the run ended');
      // Ended while its socket connects: the socket, once open, is closed rather than left
      // silent on the server until its idle timeout.
      const ending = new AbortController();
      const running = botFor(server.port).run(ending.signal);
      ending.abort();
      await running;
      await until(() => server.accepted() === 1 && server.open() === 0, 'the late socket to be closed');
    } finally {
      await server.close();
    }
  });
});

describe('bot options, names and pacing', () => {
  it('parses the command line and fills in defaults', () => {
    const command = parseBotArgs(['--count', '200', '--duration', '20', '--transport', 'ws', '--json', 'out.json']);
    assert.equal(command.jsonFile, 'out.json');
    const options = resolveBotOptions(command.options);
    assert.equal(options.count, 200);
    assert.equal(options.durationS, 20);
    assert.equal(options.host, '127.0.0.1');
    assert.equal(options.port, 8080);
    assert.equal(options.inputHz, 1);
    assert.equal(options.prefix, 'bot');
    assert.equal(resolveBotOptions({ count: 10, host: 'h' }).port, 7777);
    assert.equal(resolveBotOptions({ count: 10, host: 'h', transport: 'tls', datagrams: true }).port, 7778);
    const ca = join(mkdtempSync(join(tmpdir(), 'bots-ca-')), 'ca.pem');
    writeFileSync(ca, 'PEM');
    assert.equal(parseBotArgs(['--count', '1', '--transport', 'tls', '--tls-ca', ca]).options.tlsCa, 'PEM');
    assert.throws(() => parseBotArgs(['--count', '1', '--transport', 'tcp', '--tls-ca', ca]), /--tls-ca needs --transport tls/);
    assert.throws(() => parseBotArgs(['--count', '1', '--transport', 'tls', '--tls-ca', `${ca}.missing`]), /--tls-ca .*missing/);
  });

  it('rejects bad options with a message naming the option', () => {
    assert.throws(() => parseBotArgs([]), /--count is required/);
    assert.throws(() => parseBotArgs(['--count', '5', '--bogus']), BotOptionError);
    assert.throws(() => parseBotArgs(['--count', 'many']), /--count must be a number/);
    assert.throws(() => parseBotArgs(['--count', '5', '--transport', 'udp']), /--transport must be tcp, tls or ws/);
    assert.throws(() => resolveBotOptions({ count: 10_001, host: 'h' }), /count must be an integer from 1 to 10000/);
    assert.throws(() => resolveBotOptions({ count: 1, host: 'h', inputHz: 100 }), /input-hz/);
    assert.throws(() => resolveBotOptions({ count: 1, host: 'h', prefix: 'no spaces' }), /prefix/);
  });

  it('names are valid for the server and distinct per index', () => {
    fc.assert(
      fc.property(fc.stringMatching(PREFIX_PATTERN), fc.nat(9_999), fc.nat(9_999), (prefix, i, j) => {
        assert.match(usernameFor(prefix, i), USERNAME_PATTERN);
        assert.match(characterNameFor(prefix, i), CHARACTER_NAME_PATTERN);
        if (i !== j) assert.notEqual(characterNameFor(prefix, i).toLowerCase(), characterNameFor(prefix, j).toLowerCase());
      }),
    );
  });

  it('input gaps stay within 0.5-3 average gaps and average the asked-for rate', () => {
    const random = seededRandom(42);
    for (const hz of [1, 4]) {
      let sum = 0;
      const n = 20_000;
      for (let i = 0; i < n; i++) {
        const gap = nextInputGapMs(hz, random);
        assert.ok(gap >= 500 / hz && gap <= 3000 / hz, `gap ${gap}`);
        sum += gap;
      }
      const mean = sum / n;
      assert.ok(Math.abs(mean - 1000 / hz) < 0.05 * (1000 / hz), `mean gap ${mean} ms at ${hz} Hz`);
    }
  });
});
