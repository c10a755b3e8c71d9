/**
 * OutboundBatch: bodies queued in one event-loop turn go out in one write while batching is
 * on, each body in its own write while it is off; writes are counted in the shared policy;
 * the bound refuses what would exceed it.
 */
import assert from 'node:assert/strict';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { flushOutboundDue, flushOutboundNow, OutboundBatch, UNHURRIED_MAX_WAIT_MS } from '../../src/net/outbound-batch.ts';
import type { BatchSink, OutboundPolicy } from '../../src/net/outbound-batch.ts';

function recordingSink(): BatchSink & { readonly batches: number[][] } {
  const batches: number[][] = [];
  return {
    batches,
    writeBatch: (bodies) => {
      batches.push(bodies.map((b) => b.length));
    },
    bufferedBytes: 0,
  };
}

describe('OutboundBatch', () => {
  it('with batching on, a turn\'s bodies are one write, counted once', async () => {
    const sink = recordingSink();
    const policy: OutboundPolicy = { batching: true, writes: 0 };
    const batch = new OutboundBatch(sink, 1024, policy);
    assert.equal(batch.push(new Uint8Array(3)), true);
    assert.equal(batch.push(new Uint8Array(5)), true);
    assert.equal(batch.push(new Uint8Array(7)), true);
    assert.deepEqual(sink.batches, [], 'nothing is written before the turn ends');
    await nextTurn();
    assert.deepEqual(sink.batches, [[3, 5, 7]]);
    assert.equal(policy.writes, 1);
  });

  it('the batches of a turn are flushed together, in the order they first queued, and a flushed batch queues anew', async () => {
    const written: string[] = [];
    const policy: OutboundPolicy = { batching: true, writes: 0 };
    const named = (name: string): OutboundBatch => new OutboundBatch({ writeBatch: (bodies) => written.push(`${name}:${bodies.length}`), bufferedBytes: 0 }, 1024, policy);
    const [a, b, c] = [named('a'), named('b'), named('c')];
    b.push(new Uint8Array(1));
    a.push(new Uint8Array(1));
    b.push(new Uint8Array(1));
    c.push(new Uint8Array(1));
    c.flush();
    c.push(new Uint8Array(2));
    await nextTurn();
    assert.deepEqual(written, ['c:1', 'b:2', 'a:1', 'c:1'], 'an early flush (a close) writes at once; what is queued after it goes with the round');
    assert.equal(policy.writes, 4);
    a.push(new Uint8Array(1));
    await nextTurn();
    assert.deepEqual(written.slice(4), ['a:1']);
  });

  it('flushOutboundNow writes the batches due at once, in order, and the turn\'s end finds nothing left', async () => {
    const written: string[] = [];
    const policy: OutboundPolicy = { batching: true, writes: 0 };
    const named = (name: string): OutboundBatch => new OutboundBatch({ writeBatch: (bodies) => written.push(`${name}:${bodies.length}`), bufferedBytes: 0 }, 1024, policy);
    const [a, b] = [named('a'), named('b')];
    flushOutboundNow();
    assert.deepEqual(written, [], 'nothing due: nothing written');
    b.push(new Uint8Array(1));
    a.push(new Uint8Array(1));
    b.push(new Uint8Array(1));
    flushOutboundNow();
    assert.deepEqual(written, ['b:2', 'a:1'], 'written at once, in the order they first queued');
    // What is queued after it goes out at the turn's end, as usual, and only once.
    a.push(new Uint8Array(3));
    await nextTurn();
    await nextTurn();
    assert.deepEqual(written, ['b:2', 'a:1', 'a:1']);
    assert.equal(policy.writes, 3);
  });

  it('flushOutboundDue writes the batches due at once and leaves the unhurried ones for the next frames', async () => {
    const written: string[] = [];
    const policy: OutboundPolicy = { batching: true, writes: 0 };
    const named = (name: string): OutboundBatch => new OutboundBatch({ writeBatch: (bodies) => written.push(`${name}:${bodies.length}`), bufferedBytes: 0 }, 1024, policy);
    const [answer, heard] = [named('answer'), named('heard')];
    answer.push(new Uint8Array(1));
    heard.pushUnhurried(new Uint8Array(2));
    flushOutboundDue();
    assert.deepEqual(written, ['answer:1'], 'the due batch at once; the unhurried one waits');
    await nextTurn();
    assert.deepEqual(written, ['answer:1'], 'the turn\'s end finds nothing due left, and the unhurried body still waits');
    flushOutboundNow();
    assert.deepEqual(written, ['answer:1', 'heard:1'], 'the world\'s flush after its frames takes it');
    assert.equal(policy.writes, 2);
  });

  it('a batch whose write throws does not strand the batches due after it', async () => {
    const written: string[] = [];
    const failing = new OutboundBatch({ writeBatch: () => { throw new Error('the socket is gone'); }, bufferedBytes: 0 }, 1024);
    const after = new OutboundBatch({ writeBatch: (bodies) => written.push(`after:${bodies.length}`), bufferedBytes: 0 }, 1024);
    // The throw escapes the immediate as it would in the server; the test runner's own
    // uncaught-exception listeners are set aside meanwhile, so that it reaches this one.
    const runners = process.listeners('uncaughtException');
    process.removeAllListeners('uncaughtException');
    try {
      const thrown = new Promise<unknown>((resolve) => process.once('uncaughtException', resolve));
      failing.push(new Uint8Array(1));
      after.push(new Uint8Array(1));
      assert.match(String(await thrown), /the socket is gone/);
      await nextTurn();
    } finally {
      for (const listener of runners) process.on('uncaughtException', listener);
    }
    assert.deepEqual(written, ['after:1']);
  });

  it('with batching off, every body is its own write at once, counted each', () => {
    const sink = recordingSink();
    const policy: OutboundPolicy = { batching: false, writes: 0 };
    const batch = new OutboundBatch(sink, 1024, policy);
    batch.push(new Uint8Array(3));
    batch.push(new Uint8Array(5));
    assert.deepEqual(sink.batches, [[3], [5]]);
    assert.equal(policy.writes, 2);
    assert.equal(batch.queuedBytes, 0);
  });

  it('an unhurried body waits past the turn and goes out with the batch\'s next write, in order, in that one write', async () => {
    const sink = recordingSink();
    const policy: OutboundPolicy = { batching: true, writes: 0 };
    const batch = new OutboundBatch(sink, 1024, policy);
    assert.equal(batch.pushUnhurried(new Uint8Array(2)), true);
    assert.equal(batch.pushUnhurried(new Uint8Array(4)), true);
    await nextTurn();
    await nextTurn();
    assert.deepEqual(sink.batches, [], 'the end of the turn does not write it');
    assert.equal(batch.queuedBytes, 6);
    batch.push(new Uint8Array(9));
    await nextTurn();
    assert.deepEqual(sink.batches, [[2, 4, 9]], 'it shares the next write, queued before what came after it');
    assert.equal(policy.writes, 1);
    // The deadline finds the batch written: nothing more.
    await sleep(UNHURRIED_MAX_WAIT_MS + 20);
    assert.deepEqual(sink.batches, [[2, 4, 9]]);
    assert.equal(policy.writes, 1);
  });

  it('unhurried bodies go out at the world\'s flush, with the batches due, or by the deadline when none comes', async () => {
    const written: string[] = [];
    const policy: OutboundPolicy = { batching: true, writes: 0 };
    const named = (name: string): OutboundBatch => new OutboundBatch({ writeBatch: (bodies) => written.push(`${name}:${bodies.map((b) => b.length).join('+')}`), bufferedBytes: 0 }, 1024, policy);
    const [a, b, c] = [named('a'), named('b'), named('c')];
    a.pushUnhurried(new Uint8Array(1));
    b.push(new Uint8Array(2));
    b.pushUnhurried(new Uint8Array(3));
    flushOutboundNow();
    assert.deepEqual(written, ['b:2+3', 'a:1'], 'the due batch (with the unhurried body it took on), then the unhurried one');
    // Without a world flush, the deadline writes it.
    c.pushUnhurried(new Uint8Array(5));
    const queued = performance.now();
    await nextTurn();
    assert.deepEqual(written.slice(2), [], 'not at the end of the turn');
    const waiting = (): boolean => written.length < 3 && performance.now() - queued < 1000;
    while (waiting()) await sleep(5);
    assert.deepEqual(written.slice(2), ['c:5']);
    assert.ok(performance.now() - queued >= UNHURRIED_MAX_WAIT_MS - 2, 'not before the deadline');
    assert.equal(policy.writes, 3);
    // A batch closed (flushed) meanwhile is written once, and one cleared not at all.
    a.pushUnhurried(new Uint8Array(6));
    a.flush();
    b.pushUnhurried(new Uint8Array(7));
    b.clear();
    flushOutboundNow();
    assert.deepEqual(written.slice(3), ['a:6']);
  });

  it('an unhurried body is refused past the bound like any other, and is written at once with batching off', () => {
    const sink = recordingSink();
    const batch = new OutboundBatch(sink, 10, { batching: true, writes: 0 });
    assert.equal(batch.pushUnhurried(new Uint8Array(8)), true);
    assert.equal(batch.pushUnhurried(new Uint8Array(3)), false, 'the bound counts what waits');
    batch.clear();
    const off = recordingSink();
    new OutboundBatch(off, 10, { batching: false, writes: 0 }).pushUnhurried(new Uint8Array(4));
    assert.deepEqual(off.batches, [[4]]);
  });

  it('refuses a body that would cross the bound, batching on or off', () => {
    for (const batching of [true, false]) {
      const sink = recordingSink();
      const batch = new OutboundBatch(sink, 10, { batching, writes: 0 });
      assert.equal(batch.push(new Uint8Array(11)), false);
      assert.deepEqual(sink.batches, []);
      batch.clear();
    }
  });
});
