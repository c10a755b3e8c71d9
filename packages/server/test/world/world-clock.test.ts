/** WorldClock: each tick starts only after the flushes the tick before queued, and slow ticks catch up or skip. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { HANDLE_REUSE_DELAY_TICKS } from '../../src/world/entity-handles.ts';
import { flushOutboundDue, OutboundBatch } from '../../src/net/outbound-batch.ts';
import { MAX_TICKS_PER_TURN, WorldClock } from '../../src/world/world-clock.ts';
import { worldTicksPerSecond } from '../../../../tools/loadtest/world-tick-rate.ts';

/** Busy-waits, as a slow tick does (a sleeping tick would let the event loop run). */
function spin(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/**
 * A 20 Hz clock on a hand-driven time whose first tick, due at 50 ms, takes `costMs`: what it ran
 * (true: replicated) and skipped in the next 80 ms of real time (its timer still waits real time).
 */
async function afterOverrun(costMs: number): Promise<{ ran: boolean[]; skipped: number[] }> {
  let now = 0;
  const ran: boolean[] = [];
  const skipped: number[] = [];
  const clock = new WorldClock(20, (replicate) => {
    ran.push(replicate);
    if (ran.length === 1) now += costMs;
  }, (n) => skipped.push(n), () => now);
  clock.start();
  now = 50;
  await sleep(80);
  clock.stop();
  return { ran, skipped };
}

describe('WorldClock', () => {
  it('starts every tick after the setImmediate flushes queued by the replicated tick before, even when behind', async () => {
    const events: string[] = [];
    let ticks = 0;
    const replicated: number[] = [];
    const clock = new WorldClock(
      200,
      (replicate) => {
        const tick = ++ticks;
        events.push(`tick ${tick}`);
        // A catch-up tick builds no frames: nothing to flush.
        if (!replicate) return;
        replicated.push(tick);
        // A transport's flush of this tick's frames, as OutboundBatch queues it.
        setImmediate(() => events.push(`flush ${tick}`));
        // Now and then slower than the 5 ms interval: the clock catches up, and the timer it sets
        // after a late turn is due within a millisecond or so.
        spin(tick % 5 === 0 ? 12 : 2);
      },
      () => undefined,
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
    assert.ok(replicated.length < ticks, 'the slow ticks left the clock behind: some ticks were caught up');
    for (const tick of replicated) {
      if (tick === ticks) continue;
      const flushed = events.indexOf(`flush ${tick}`);
      const next = events.indexOf(`tick ${tick + 1}`);
      assert.ok(flushed !== -1 && flushed < next, `tick ${tick + 1} started before tick ${tick}'s flush: ${events.slice(Math.max(0, next - 4), next + 2).join(', ')}`);
    }
  });

  it('calls beforeTurn once at the start of every turn, ahead of its catch-up and replicated ticks', async () => {
    let now = 0;
    const events: string[] = [];
    const clock = new WorldClock(20, (replicate) => {
      events.push(replicate ? 'replicated' : 'catch-up');
      // The first tick overruns three intervals: the next turn catches them up.
      if (events.filter((e) => e !== 'turn').length === 1) now += 180;
    }, () => undefined, () => now, () => events.push('turn'));
    clock.start();
    now = 50;
    await sleep(80);
    clock.stop();
    assert.deepEqual(events, ['turn', 'replicated', 'turn', 'catch-up', 'catch-up', 'replicated']);
  });

  it('writes what was queued for the end of the loop turn before the turn\'s ticks, through beforeTurn', async () => {
    // An answer queued after the clock's timer queued its turn (in the server: read and answered
    // in the poll phase between the timers phase and the turn): its flush is an immediate queued
    // after the turn's, so it waited for the ticks unless the turn writes it first. Here it is
    // queued at the last moment before the ticks, when the turn reads the time.
    const order = async (beforeTurn: (() => void) | undefined): Promise<string[]> => {
      const events: string[] = [];
      const answer = new OutboundBatch({ writeBatch: () => events.push('answer written'), bufferedBytes: 0 }, 1024);
      let reads = 0;
      const clock = new WorldClock(50, () => {
        events.push('tick');
        clock.stop();
      }, () => undefined, () => {
        // start() reads the time twice (when the first tick falls due, then for its timer); the
        // turn's first read is the third.
        if (++reads === 3) answer.push(new Uint8Array(1));
        return reads < 3 ? 0 : 20;
      }, beforeTurn);
      clock.start();
      await sleep(60);
      return events;
    };
    assert.deepEqual(await order(undefined), ['tick', 'answer written'], 'without it the answer waits for the tick');
    assert.deepEqual(await order(flushOutboundDue), ['answer written', 'tick'], 'with the server\'s flush the answer goes first');
  });

  it('catches up on the intervals a slow tick overran with catch-up ticks, then one replicated tick, in one turn', async () => {
    // The first tick takes 180 ms: the 50 ms intervals ending at 100, 150 and 200 fall due meanwhile.
    const { ran, skipped } = await afterOverrun(180);
    assert.deepEqual(ran, [true, false, false, true], 'the overrun intervals as catch-up ticks, the last replicated');
    assert.deepEqual(skipped, []);
  });

  it('catches up at most a turn of ticks and skips the older ones; the bound is below the handles\' reuse delay', async () => {
    assert.ok(HANDLE_REUSE_DELAY_TICKS - MAX_TICKS_PER_TURN > 0, 'observers hear an entity left before its handle is reused');
    const { ran, skipped } = await afterOverrun(1000);
    // Due at 1,050 ms: the intervals ending at 100 … 1,050, twenty of them; the last eight run.
    assert.deepEqual(skipped, [20 - MAX_TICKS_PER_TURN]);
    assert.deepEqual(ran.slice(1), [...Array<boolean>(MAX_TICKS_PER_TURN - 1).fill(false), true]);
  });

  it('restarted from inside a tick, ticks once per interval: the new start\'s timer only', async () => {
    let now = 0;
    let ticks = 0;
    const clock = new WorldClock(20, () => {
      ticks++;
      if (ticks === 1) {
        clock.stop();
        clock.start();
      }
    }, () => undefined, () => now);
    clock.start();
    now = 50;
    await sleep(80);
    // The restart at 50 ms set its next tick for 100 ms: one tick due, not two.
    now = 100;
    await sleep(80);
    clock.stop();
    now = 150;
    await sleep(80);
    assert.equal(ticks, 2, 'one tick at 100 ms, and none after stop');
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
    // The clock reads real time plus what the ticks cost: a replicated tick takes 13 ms of a 5 ms
    // budget (200 Hz), every 4th 60 ms, a catch-up tick 1 ms, so the clock both catches up and
    // skips, without busy-waiting.
    let cost = 0;
    let ticks = 0;
    let replicated = 0;
    let skipped = 0;
    const now = (): number => performance.now() + cost;
    // The counts as of the last replicated tick: by then the clock had accounted for every
    // interval due when its turn began (the turn's catch-up ticks cost at most 7 ms more).
    let last = { at: 0, ticks: 0, skipped: 0 };
    const clock = new WorldClock(200, (replicate) => {
      ticks++;
      if (!replicate) {
        cost += 1;
        return;
      }
      replicated++;
      last = { at: now(), ticks, skipped };
      cost += replicated % 4 === 0 ? 60 : 13;
    }, (n) => { skipped += n; }, now);
    const startedAt = now();
    clock.start();
    while (now() - startedAt < 3_000) await sleep(1);
    clock.stop();
    const intervals = Math.floor((last.at - startedAt) / 5);
    const seconds = (last.at - startedAt) / 1000;
    assert.ok(last.skipped > 0 && ticks > replicated, `ticks were caught up (${ticks - replicated}) and skipped (${last.skipped})`);
    const unaccounted = intervals - (last.ticks + last.skipped);
    assert.ok(unaccounted >= -1 && unaccounted <= 2, `${last.ticks} run + ${last.skipped} skipped against ${intervals} intervals`);
    assert.ok(Math.abs(worldTicksPerSecond(200, last.skipped, seconds) - last.ticks / seconds) < 2, 'the harness derives the ticks run from the skipped');
  });
});
