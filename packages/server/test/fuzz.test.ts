/**
 * A short fuzzing run (tools/fuzz, the same code as `npm run fuzz`): the regression corpus,
 * then tens of thousands of mutated inputs against the decoder and against a real server over
 * real sockets. It must find nothing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { decodeServerMessage, encodeFrame, encodeServerMessage, ErrorCode } from '@realmforge/protocol';
import { loadCorpus, replayCorpus, CorpusError } from '../../../tools/fuzz/corpus.ts';
import { FuzzConnection } from '../../../tools/fuzz/fuzz-connection.ts';
import { checkBody, checkStream } from '../../../tools/fuzz/decoder-fuzz.ts';
import { LogWatch, startFuzzServer } from '../../../tools/fuzz/fuzz-server.ts';
import type { FuzzServer } from '../../../tools/fuzz/fuzz-server.ts';
import { FuzzRandom } from '../../../tools/fuzz/random.ts';
import { CORPUS_DIR, runFuzz } from '../../../tools/fuzz/run.ts';
import { runServerFuzz } from '../../../tools/fuzz/server-fuzz.ts';
import type { Connection } from '../src/net/connection.ts';
import { StreamConnection } from '../src/net/stream-connection.ts';
import { WsConnection } from '../src/net/ws-connection.ts';
import type { RequestHandler } from '../src/session/handler.ts';
import { handlers } from '../src/session/handler-table.ts';

describe('fuzzing', () => {
  it('a short run over the corpus, the decoder and a live server finds nothing', async () => {
    const report = await runFuzz({ inputs: 25_000, seconds: 240, seed: 20_251_125, workers: 16, honest: 2, maxHeapGrowthMiB: 256 });
    assert.deepEqual(report.problems, []);
    assert.equal(report.ok, true);
    const { corpus, decoder, server } = report;
    assert.ok(corpus.cases >= 100, `${corpus.cases} corpus cases replayed`);
    assert.equal(decoder.inputs, 25_000);
    assert.ok(decoder.decoded > 0 && Object.keys(decoder.protocolErrors).length >= 3, 'inputs both decode and fail to');
    assert.equal(server.inputs >= 25_000, true, `${server.inputs} server inputs`);
    assert.deepEqual(Object.keys(server.states).sort(), ['account', 'guest', 'handshake', 'world'], 'handlers were fuzzed in every session state');
    assert.deepEqual(Object.keys(server.transports).sort(), ['tcp', 'ws']);
    assert.ok(server.outcomes.fatal > 0 && server.outcomes.requestError > 0, 'offenders got protocol errors and request errors');
    assert.ok(server.honest.pings > 0, 'honest players kept getting answers');
    assert.equal(server.logs.requestFailed, 0);
    assert.equal(server.sessionsLeft, 0);
  });
});

describe('fuzzing machinery', () => {
  let target: FuzzServer;
  let dir: string;
  before(async () => {
    target = await startFuzzServer();
    dir = mkdtempSync(join(tmpdir(), 'realmforge-corpus-'));
  });
  after(async () => {
    await target.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the shipped corpus has hand-made cases and the fuzzer\'s findings, all parseable', () => {
    const cases = loadCorpus(CORPUS_DIR);
    const files = new Set(cases.map((c) => c.file));
    for (const seed of ['seed-truncated-login.hex', 'seed-max-size-frame.hex', 'seed-nan-movement.hex', 'seed-zero-length-frame.hex', 'seed-unknown-fields.hex']) assert.ok(files.has(seed), seed);
    assert.ok([...files].some((f) => f.startsWith('found-')), 'fuzzer findings are kept');
    assert.ok(cases.every((c) => c.note.length > 0), 'every file says why it is there');
  });

  it('reports a case whose outcome is not the expected one, and refuses malformed corpus files', async () => {
    writeFileSync(join(dir, 'wrong.hex'), '# a zero-length frame is fatal, not answered\n# state: guest\n# expect: answered\n00\n');
    const result = await replayCorpus(target, loadCorpus(dir));
    assert.equal(result.cases, 1);
    assert.match(result.failures[0]?.problems.join() ?? '', /expected the session to go on, got fatal/);
    writeFileSync(join(dir, 'bad.hex'), '# state: nowhere\n00\n');
    assert.throws(() => loadCorpus(dir), CorpusError);
    rmSync(join(dir, 'bad.hex'));
    writeFileSync(join(dir, 'bad2.hex'), '# not hex\nzz\n');
    assert.throws(() => loadCorpus(dir), /not hex/);
  });

  it('the decoder checks tell ProtocolErrors from anything else', () => {
    assert.deepEqual(checkBody(Uint8Array.of(0x0a, 0x05)), { ok: true, decoded: false, code: ErrorCode.ERROR_CODE_MALFORMED_MESSAGE });
    const stream = checkStream(Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x80, 0x01), new FuzzRandom(1), 65_536);
    assert.deepEqual(stream, { ok: true, codes: [ErrorCode.ERROR_CODE_MALFORMED_FRAME] });
  });

  it('a connection numbers what it receives from the first message, forgets old ones, and remembers the first Disconnect', async () => {
    // 5,000 pings (more than it keeps), a Disconnect, a fatal Error, then the end.
    const messages = Array.from({ length: 5_000 }, (_, i) => encodeFrame(encodeServerMessage({ requestId: 0, ping: { nonce: i } })));
    messages.push(encodeFrame(encodeServerMessage({ requestId: 0, disconnect: { reason: ErrorCode.ERROR_CODE_KICKED, message: 'bye' } })));
    messages.push(encodeFrame(encodeServerMessage({ requestId: 0, error: { code: ErrorCode.ERROR_CODE_INTERNAL, message: 'late', fatal: true } })));
    const server = createServer((socket) => socket.end(Buffer.concat(messages)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const connection = await FuzzConnection.open('tcp', '127.0.0.1', (server.address() as AddressInfo).port);
      await connection.done;
      assert.equal(connection.count, 5_002);
      assert.deepEqual(connection.since(4_998).map((m) => m.ping?.nonce ?? m.disconnect?.reason ?? m.error?.code), [4_998, 4_999, ErrorCode.ERROR_CODE_KICKED, ErrorCode.ERROR_CODE_INTERNAL]);
      assert.equal(connection.since(0).length <= 4_096, true, 'old messages are forgotten');
      assert.equal(connection.farewell?.index, 5_000);
      assert.equal(connection.farewell.message.disconnect?.reason, ErrorCode.ERROR_CODE_KICKED);
      assert.equal(await connection.waitFor((m) => m.ping?.nonce === 4_990, 100, 4_990), connection.since(4_990)[0]);
      assert.equal(await connection.waitFor((m) => m.ping?.nonce === 4_990, 100, 4_991), 'closed');
    } finally {
      server.close();
    }
  });

  it('the log watch counts unexpected request failures and errors', () => {
    const logs = new LogWatch();
    logs.write(JSON.stringify({ level: 50, msg: 'request failed', request: 'pong', err: { message: 'boom', stack: 'TypeError: boom\n    at x' } }));
    logs.write(JSON.stringify({ level: 50, msg: 'saving failed' }));
    logs.write(JSON.stringify({ level: 40, msg: 'slow' }));
    logs.write('not json');
    assert.equal(logs.requestFailedCount, 1);
    const failed = logs.requestFailed.at(0);
    assert.equal(failed?.request, 'pong');
    assert.match(String(failed.err), /TypeError: boom/);
    assert.equal(logs.errors.length, 2);
    assert.equal(logs.warnings.slow, 1);
  });
});

describe('fuzzing a server whose anti-cheat bans at the first impossible action', () => {
  let target: FuzzServer;
  before(async () => {
    // impossible_action weighs 3: the first one crosses every threshold, so the heaviest
    // sanction, a ban, follows it. The ban's store writes finish when they finish: its
    // Disconnect may come in the same write as the round's barrier Pong (how the full run met
    // it), in a later round, or, since a worker logs in with the same account again, with the
    // set-up answers of the account's next session (what the suite below makes certain).
    target = await startFuzzServer({ anticheatWarnAt: 0.5, anticheatMuteAt: 1, anticheatKickAt: 2, anticheatBanAt: 3 });
  });
  after(() => target.stop());

  it('a sanction that comes with a round\'s barrier Pong ends the session: no later round is blamed for the close', async () => {
    const result = await runServerFuzz(target, { inputs: 2_000, seconds: 60, seed: 7, workers: 4, honest: 0 });
    assert.ok((result.errorCodes['disconnect ERROR_CODE_ACCOUNT_BANNED'] ?? 0) > 0, 'sessions were banned');
    assert.deepEqual(result.findings, []);
    assert.equal(result.outcomes.closedWithoutError, 0);
    assert.equal(result.sessionsLeft, 0);
  });
});

describe('fuzzing sessions that are kicked in the same write as their last set-up answer', () => {
  let target: FuzzServer;
  const table = handlers as { enterWorld: RequestHandler<'enterWorld'> };
  const enterWorld = table.enterWorld;
  const transports = [StreamConnection.prototype, WsConnection.prototype].map((prototype) => ({ prototype, send: Object.getOwnPropertyDescriptor(prototype, 'send') }));
  before(async () => {
    target = await startFuzzServer();
    const moderation = target.server.moderation;
    assert.ok(moderation !== undefined);
    // Every session that enters the world is kicked as the EnteredWorld answer goes out: the
    // kick runs after the microtasks that queue the answer (it waits for the store, so this
    // continues in a microtask) and its Disconnect joins the same batch, so the fuzzer reads
    // both in one chunk, as it did a late ban's Disconnect in the flaky run.
    table.enterWorld = async (session, request) => {
      const answer = await enterWorld(session, request);
      const accountId = session.presence?.accountId ?? '';
      process.nextTick(() => void moderation.kick(accountId, 'kicked with the set-up answer', 'test'));
      return answer;
    };
  });
  after(async () => {
    table.enterWorld = enterWorld;
    for (const { prototype, send } of transports) if (send !== undefined) Object.defineProperty(prototype, 'send', send);
    await target.stop();
  });

  it('the close was announced before any round: none is blamed for it', async () => {
    const result = await runServerFuzz(target, { inputs: 600, seconds: 60, seed: 11, workers: 4, honest: 0 });
    assert.ok(result.toldToCloseBeforeARound > 0, 'sessions were kicked with their set-up');
    assert.ok((result.errorCodes['disconnect ERROR_CODE_KICKED'] ?? 0) >= result.toldToCloseBeforeARound);
    assert.deepEqual(result.findings, []);
    assert.equal(result.outcomes.closedWithoutError, 0);
    assert.equal(result.sessionsLeft, 0);
  });

  it('a kick whose Disconnect is lost is found: the connection closed without an Error or Disconnect', async () => {
    // The transports drop the Disconnect and close anyway: what the check is there to catch.
    for (const { prototype, send } of transports) {
      assert.ok(send !== undefined);
      const original = send.value as (this: Connection, body: Uint8Array) => boolean;
      const value = function (this: Connection, body: Uint8Array): boolean {
        return decodeServerMessage(body).disconnect?.reason === ErrorCode.ERROR_CODE_KICKED ? true : original.call(this, body);
      };
      Object.defineProperty(prototype, 'send', { ...send, value });
    }
    const result = await runServerFuzz(target, { inputs: 300, seconds: 60, seed: 12, workers: 4, honest: 0 });
    assert.equal(result.toldToCloseBeforeARound, 0);
    assert.ok(result.outcomes.closedWithoutError > 0, 'lost Disconnects were noticed');
    assert.ok(result.findings.some((f) => f.kind === 'closed-without-error' && f.state === 'world'));
  });
});
