/** The batched audit log: one write per batch, a bound on what waits, one bad entry loses only itself. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Writable } from 'node:stream';
import { AuditWriter } from '../../src/anticheat/audit-writer.ts';
import { createLogger } from '../../src/ops/logger.ts';
import type { AuditRecord } from '../../src/store/store.ts';

function capturingLog(): { log: ReturnType<typeof createLogger>; messages: () => string[] } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const log = createLogger({ logLevel: 'warn', logPretty: false }, sink);
  return { log, messages: () => chunks.join('').split('\n').filter((line) => line !== '').map((line) => String((JSON.parse(line) as { msg: unknown }).msg)) };
}

function entry(n: number, occurrences = 1): AuditRecord {
  return { id: `id${n}`, at: n, accountId: 'a', characterId: undefined, kind: 'detection', name: 'input_flood', suspicion: n, sent: 's', expected: 'e', occurrences, actor: 'anticheat' };
}

describe('AuditWriter', () => {
  it('writes entries that arrive together in one batch, after a short delay, and settles each add when written', async () => {
    const writes: string[][] = [];
    const { log } = capturingLog();
    const writer = new AuditWriter({ write: (records) => { writes.push(records.map((r) => r.id)); return Promise.resolve(); }, log, delayMs: 20 });
    const settled = [writer.add(entry(1)), writer.add(entry(2)), writer.add(entry(3))];
    assert.deepEqual(writes, [], 'nothing is written at once');
    await Promise.all(settled);
    assert.deepEqual(writes, [['id1', 'id2', 'id3']]);
    assert.equal(writer.pending, 0);
  });

  it('splits a large backlog into batches of batchSize and flushes on demand', async () => {
    const sizes: number[] = [];
    const { log } = capturingLog();
    const writer = new AuditWriter({ write: (records) => { sizes.push(records.length); return Promise.resolve(); }, log, batchSize: 4, delayMs: 60_000 });
    for (let i = 0; i < 10; i++) void writer.add(entry(i));
    await writer.flush();
    assert.deepEqual(sizes, [4, 4, 2]);
  });

  it('drops past the bound, counts and logs it, and never queues without limit', async () => {
    let written = 0;
    const { log, messages } = capturingLog();
    const writer = new AuditWriter({ write: (records) => { written += records.length; return Promise.resolve(); }, log, maxPending: 5, delayMs: 60_000 });
    const adds = Array.from({ length: 8 }, (_, i) => writer.add(entry(i)));
    assert.equal(writer.pending, 5);
    assert.equal(writer.dropped, 3);
    await writer.flush();
    await Promise.all(adds);
    assert.equal(written, 5);
    assert.deepEqual(messages(), ['audit log queue full: detections dropped']);
  });

  it('retries a refused batch entry by entry, so one bad entry loses only itself', async () => {
    const stored: string[] = [];
    const { log, messages } = capturingLog();
    const writer = new AuditWriter({
      write: (records) => {
        if (records.some((r) => r.occurrences === 0)) return Promise.reject(new Error('CHECK constraint failed'));
        stored.push(...records.map((r) => r.id));
        return Promise.resolve();
      },
      log,
      delayMs: 1,
    });
    await Promise.all([writer.add(entry(1)), writer.add(entry(2, 0)), writer.add(entry(3))]);
    assert.deepEqual(stored, ['id1', 'id3']);
    assert.equal(writer.failed, 1);
    assert.deepEqual(messages(), ['writing an audit entry failed']);
  });

  it('writes what arrives while a batch is being written in a following batch', async () => {
    const writes: string[][] = [];
    const { log } = capturingLog();
    const writer: AuditWriter = new AuditWriter({
      write: (records) => {
        writes.push(records.map((r) => r.id));
        if (writes.length === 1) void writer.add(entry(9));
        return Promise.resolve();
      },
      log,
      delayMs: 60_000,
    });
    void writer.add(entry(1));
    await writer.flush();
    assert.deepEqual(writes, [['id1'], ['id9']]);
  });
});
