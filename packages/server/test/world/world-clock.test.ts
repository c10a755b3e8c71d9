/** WorldClock: each tick starts only after the flushes the tick before queued, and slow ticks catch up or skip. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { WorldClock } from '../../src/world/world-clock.ts';
import { worldTicksPerSecond } from '../../../../tools/loadtest/world-tick-rate.ts';

/** Busy-waits, as a slow tick does (a sleeping tick would let the event loop run). */
function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('WorldClock', () => {
  it('starts every tick after the setImmediate flushes queued by the tick before, even when behind', async () => {
    const events: string[] = [];
    let ticks = 0;
    const skipped: number[] = [];
    const clock = new WorldClock(
      200,
      () => {
        const tick = ++ticks;
        events.push(`tick ${tick}`);
        // A transport's flush of this tick's frames, as OutboundBatch queues it.
        setImmediate(() => events.push(`flush ${tick}`));
        // Now and then slower than the 5 ms interval: the clock catches up, and the timer it sets
        // after a catch-up tick is due within a millisecond or so.
        spin(tick % 5 === 0 ? 12 : 2);
      },
      (n) => skipped.push(n),
    );
    // Other work in the same check phase, after the tick (sockets' reads queue such immediates):
    // it delays the loop's return to its timers phase, where a short timer set by the tick is
    // then already due, ahead of the tick's flush.
    const network = setInterval(() => setImmediate(() => { spin(3); }), 1);
    clock.start();
    while (ticks < 60) await sleep(5);
    clock.stop();
    clearInterval(network);
    await sleep(20);
    for (let tick = 1; tick < ticks; tick++) {
      const flushed = events.indexOf(`flush ${tick}`);
      const next = events.indexOf(`tick ${tick + 1}`);
      assert.ok(flushed !== -1 && flushed < next, `tick ${tick + 1} started before tick ${tick}'s flush: ${events.slice(Math.max(0, next - 4), next + 2).join(', ')}`);
    }
  });

  it('skips and reports ticks it is too far behind to catch up, and stops', async () => {
    let ticks = 0;
    const skipped: number[] = [];
    const clock = new WorldClock(
      100,
      () => {
        ticks++;
        if (ticks === 2) spin(120);
      },
      (n) => skipped.push(n),
    );
    clock.start();
    while (ticks < 8) await sleep(10);
    clock.stop();
    const stoppedAt = ticks;
    await sleep(50);
    assert.equal(ticks, stoppedAt, 'no tick after stop');
    assert.ok(skipped.length > 0 && skipped.every((n) => n > 0), `skips reported: ${skipped.join(',')}`);
  });

  it('runs or skips every interval, so the ticks run are the intervals less the skipped (what the load harness reports)', async () => {
    // The clock reads real time plus what the ticks cost: three ticks in four take 13 ms of a
    // 5 ms budget (200 Hz), so the clock both catches up and skips, without busy-waiting.
    let cost = 0;
    let ticks = 0;
    let skipped = 0;
    const now = (): number => performance.now() + cost;
    const clock = new WorldClock(200, () => {
      ticks++;
      cost += ticks % 4 === 0 ? 0 : 13;
    }, (n) => { skipped += n; }, now);
    const startedAt = now();
    clock.start();
    while (now() - startedAt < 3_000) await sleep(1);
    clock.stop();
    const intervals = Math.floor((now() - startedAt) / 5);
    const seconds = (now() - startedAt) / 1000;
    assert.ok(skipped > 0 && ticks > 0, `ticks were run (${ticks}) and skipped (${skipped})`);
    // The intervals that fell due since the clock's last turn are neither run nor skipped yet.
    assert.ok(intervals - (ticks + skipped) >= 0 && intervals - (ticks + skipped) <= 4, `${ticks} run + ${skipped} skipped against ${intervals} intervals`);
    assert.ok(Math.abs(worldTicksPerSecond(200, skipped, seconds) - ticks / seconds) < 2, 'the harness derives the ticks run from the skipped');
  });
});
