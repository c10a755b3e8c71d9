/**
 * OutboundBatch: bodies queued in one event-loop turn go out in one write while batching is
 * on, each body in its own write while it is off; writes are counted in the shared policy;
 * the bound refuses what would exceed it.
 */
import assert from 'node:assert/strict';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { OutboundBatch } from '../../src/net/outbound-batch.ts';
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
