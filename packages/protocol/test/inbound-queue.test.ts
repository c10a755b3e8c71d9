import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { InboundQueue } from '../src/inbound-queue.ts';
import type { InboundFlow } from '../src/inbound-queue.ts';

/** A flow that records what the queue asked of the transport. */
function recordingFlow(): InboundFlow & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
    stopped: () => calls.push('stopped'),
  };
}

const body = (n: number, bytes = 1): Uint8Array => new Uint8Array(bytes).fill(n & 0xff);

async function drain(queue: InboundQueue): Promise<number[]> {
  const seen: number[] = [];
  for await (const b of queue) seen.push(b[0] ?? -1);
  return seen;
}

describe('InboundQueue', () => {
  it('hands bodies to the reader in arrival order, queued or awaited', async () => {
    const queue = new InboundQueue(recordingFlow(), { maxMessages: 1000, maxBytes: 1 << 20 });
    queue.push(body(1));
    queue.push(body(2));
    const reading = drain(queue);
    queue.push(body(3));
    await Promise.resolve();
    queue.push(body(4));
    setImmediate(() => {
      queue.push(body(5));
      queue.end();
    });
    assert.deepEqual(await reading, [1, 2, 3, 4, 5]);
  });

  it('keeps order however pushes and reads interleave (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 40 }), async (bursts) => {
        const queue = new InboundQueue(recordingFlow(), { maxMessages: 3, maxBytes: 1 << 20 });
        const reading = drain(queue);
        let n = 0;
        for (const burst of bursts) {
          for (let i = 0; i < burst; i++) queue.push(body(n++));
          await new Promise((resolve) => setImmediate(resolve));
        }
        queue.end();
        assert.deepEqual(await reading, Array.from({ length: n }, (_, i) => i & 0xff));
      }),
      { numRuns: 50 },
    );
  });

  it('pauses the transport at the message bound and resumes it at half', async () => {
    const flow = recordingFlow();
    const queue = new InboundQueue(flow, { maxMessages: 4, maxBytes: 1 << 20 });
    for (let i = 0; i < 3; i++) queue.push(body(i));
    assert.deepEqual(flow.calls, []);
    queue.push(body(3));
    assert.deepEqual(flow.calls, ['pause']);
    assert.ok(queue.paused);
    // A chunk already read still lands in the queue after the pause.
    queue.push(body(4));
    assert.deepEqual(flow.calls, ['pause']);
    await queue.next();
    await queue.next();
    assert.equal(queue.length, 3);
    assert.deepEqual(flow.calls, ['pause']);
    await queue.next();
    assert.equal(queue.length, 2);
    assert.deepEqual(flow.calls, ['pause', 'resume']);
    assert.ok(!queue.paused);
  });

  it('pauses at the byte bound too, and resumes only when both are at half', async () => {
    const flow = recordingFlow();
    const queue = new InboundQueue(flow, { maxMessages: 100, maxBytes: 100 });
    queue.push(body(1, 60));
    queue.push(body(2, 60));
    assert.deepEqual(flow.calls, ['pause']);
    await queue.next();
    assert.deepEqual(flow.calls, ['pause'], '60 bytes left is above half of 100');
    queue.push(body(3, 10));
    await queue.next();
    assert.deepEqual(flow.calls, ['pause', 'resume']);
  });

  it('resumes at the share of the bounds the transport chose', async () => {
    const flow = recordingFlow();
    const queue = new InboundQueue(flow, { maxMessages: 8, maxBytes: 1 << 20, resumeShare: 1 / 4 });
    for (let i = 0; i < 8; i++) queue.push(body(i));
    assert.deepEqual(flow.calls, ['pause']);
    for (let i = 0; i < 5; i++) await queue.next();
    assert.deepEqual(flow.calls, ['pause'], 'three left is above a quarter of eight');
    await queue.next();
    assert.deepEqual(flow.calls, ['pause', 'resume']);
  });

  it('throws the failure after the bodies queued before it, once', async () => {
    const queue = new InboundQueue(recordingFlow(), { maxMessages: 10, maxBytes: 1 << 20 });
    queue.push(body(1));
    queue.push(body(2));
    queue.fail(new Error('bad framing'));
    queue.push(body(3));
    const seen: number[] = [];
    await assert.rejects(
      (async () => {
        for await (const b of queue) seen.push(b[0] ?? -1);
      })(),
      /bad framing/,
    );
    assert.deepEqual(seen, [1, 2]);
    assert.deepEqual(await queue.next(), { done: true, value: undefined });
  });

  it('wakes a waiting reader with the end or the failure', async () => {
    const ended = new InboundQueue(recordingFlow(), { maxMessages: 10, maxBytes: 1 << 20 });
    const reading = drain(ended);
    setImmediate(() => {
      ended.end();
    });
    assert.deepEqual(await reading, []);
    const failed = new InboundQueue(recordingFlow(), { maxMessages: 10, maxBytes: 1 << 20 });
    const waiting = failed.next();
    failed.fail(new Error('socket reset'));
    failed.fail(new Error('a second failure is ignored'));
    await assert.rejects(waiting, /socket reset/);
    assert.deepEqual(await failed.next(), { done: true, value: undefined });
  });

  it('tells the transport once when the reader leaves early, and drops what comes after', async () => {
    const flow = recordingFlow();
    const queue = new InboundQueue(flow, { maxMessages: 10, maxBytes: 1 << 20 });
    queue.push(body(1));
    queue.push(body(2));
    for await (const b of queue) {
      assert.equal(b[0], 1);
      break;
    }
    assert.deepEqual(flow.calls, ['stopped']);
    assert.ok(queue.finished);
    queue.push(body(3));
    assert.equal(queue.length, 0);
    await queue.return();
    assert.deepEqual(flow.calls, ['stopped']);
    assert.deepEqual(await queue.next(), { done: true, value: undefined });
  });

  it('does not call stopped when the reader leaves after the stream ended', async () => {
    const flow = recordingFlow();
    const queue = new InboundQueue(flow, { maxMessages: 10, maxBytes: 1 << 20 });
    queue.push(body(1));
    queue.end();
    assert.deepEqual(await drain(queue), [1]);
    await queue.return();
    assert.deepEqual(flow.calls, []);
  });

  it('stays in order across compactions of a queue that never empties', async () => {
    const queue = new InboundQueue(recordingFlow(), { maxMessages: 1 << 20, maxBytes: 1 << 30 });
    queue.push(body(0));
    for (let i = 1; i < 10_000; i++) {
      queue.push(body(i));
      const next = await queue.next();
      assert.ok(next.done !== true);
      assert.equal(next.value[0], (i - 1) & 0xff);
      assert.equal(queue.length, 1);
    }
  });
});
