/**
 * A short fuzzing run (tools/fuzz, the same code as `npm run fuzz`): the regression corpus,
 * then tens of thousands of mutated inputs against the decoder and against a real server over
 * real sockets. It must find nothing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ErrorCode } from '@realmforge/protocol';
import { loadCorpus, replayCorpus, CorpusError } from '../../../tools/fuzz/corpus.ts';
import { checkBody, checkStream } from '../../../tools/fuzz/decoder-fuzz.ts';
import { LogWatch, startFuzzServer } from '../../../tools/fuzz/fuzz-server.ts';
import type { FuzzServer } from '../../../tools/fuzz/fuzz-server.ts';
import { FuzzRandom } from '../../../tools/fuzz/random.ts';
import { CORPUS_DIR, runFuzz } from '../../../tools/fuzz/run.ts';
import { runServerFuzz } from '../../../tools/fuzz/server-fuzz.ts';

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
    // sanction, a ban, follows it. The ban's Disconnect is written in the same batch as the
    // round's barrier Pong (the audit and ban writes finish within the turn that handles the
    // round), which is how the full run met it.
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
