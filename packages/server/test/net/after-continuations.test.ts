/**
 * afterContinuations: the callback runs after promise continuations chained several awaits
 * deep, queued before it was asked, and before the event loop's next phase (an immediate queued
 * in the same callback, a timer, I/O).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { afterContinuations } from '../../src/net/after-continuations.ts';

describe('afterContinuations', () => {
  it('runs after a settled promise\'s continuations, however deep, and before the next immediate', async () => {
    const order: string[] = [];
    await new Promise<void>((done) => {
      setImmediate(() => {
        // What a tick does: settle a promise a handler awaits through several async layers.
        let settle: (value: number) => void = () => undefined;
        const request = new Promise<number>((resolve) => {
          settle = resolve;
        });
        const layer = async (p: Promise<number>): Promise<number> => (await p) + 1;
        void layer(layer(layer(layer(request)))).then((answer) => {
          order.push(`answered ${answer}`);
        });
        setImmediate(() => {
          order.push('next turn');
          done();
        });
        settle(0);
        afterContinuations(() => order.push('flush'));
        order.push('tick ends');
      });
    });
    assert.deepEqual(order, ['tick ends', 'answered 4', 'flush', 'next turn']);
  });

  it('sees what the continuations queued, even ones scheduled before it was asked', async () => {
    const queued: number[] = [];
    const seen = await new Promise<number[]>((resolve) => {
      void Promise.resolve().then(async () => {
        await Promise.resolve();
        await Promise.resolve();
        queued.push(1);
      });
      afterContinuations(() => {
        resolve([...queued]);
      });
    });
    assert.deepEqual(seen, [1]);
  });
});
