/**
 * The bots' alarm clock (tools/bots/alarm-clock.ts): one timer for every bot's sleeps. Alarms
 * ring in due order, never early, promptly enough for 10 inputs a
 * second, and a stopped bot's sleeps end at once while the others' go on.
 */
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { AlarmClock } from '../../../tools/bots/alarm-clock.ts';
import { isRunEnd, RunEnded } from '../../../tools/bots/bounded.ts';

describe('alarm clock', () => {
  it('rings alarms in due order and never early', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 40 }), async (steps) => {
      // Delays 5 ms apart. Due order is by when each alarm was set plus its delay: on a loaded
      // machine setting them can take longer than 5 ms, so the expected order comes from the due
      // times taken as each was set, not from the delays alone.
      const delays = steps.map((step) => step * 5);
      const clock = new AlarmClock();
      const sleeper = clock.sleeper(new AbortController().signal);
      const rang: number[] = [];
      const early: number[] = [];
      const dues: number[] = [];
      await Promise.all(delays.map(async (ms, i) => {
        const due = performance.now() + ms;
        dues[i] = due;
        await sleeper.sleep(ms);
        if (performance.now() < due) early.push(i);
        rang.push(i);
      }));
      const expected = dues.map((due, i) => ({ due, i })).sort((a, b) => a.due - b.due || a.i - b.i).map(({ i }) => i);
      assert.deepEqual(rang, expected);
      assert.deepEqual(early, []);
      assert.equal(clock.waiting, 0);
    }), { numRuns: 25 });
  });

  it('rings in due order across sleepers set at different times', async () => {
    const clock = new AlarmClock();
    const a = clock.sleeper(new AbortController().signal);
    const b = clock.sleeper(new AbortController().signal);
    const rang: string[] = [];
    const start = performance.now();
    const late = a.sleep(60).then(() => rang.push('a60'));
    const later = b.sleep(90).then(() => rang.push('b90'));
    // Set after a later alarm armed the timer: must ring first, not wait for the armed one.
    const soon = b.sleep(5).then(() => rang.push('b5'));
    await soon;
    assert.ok(performance.now() - start < 55, 'the earlier alarm rang before the later one the timer was armed for');
    await Promise.all([late, later]);
    assert.deepEqual(rang, ['b5', 'a60', 'b90']);
  });

  it('keeps a 100 ms pace: ten sleeps in about a second, none short', async () => {
    const clock = new AlarmClock();
    const bots = Array.from({ length: 20 }, () => clock.sleeper(new AbortController().signal));
    const lateness: number[] = [];
    await Promise.all(bots.map(async (sleeper, n) => {
      await sleeper.sleep(n * 5);
      for (let i = 0; i < 10; i++) {
        const due = performance.now() + 100;
        await sleeper.sleep(100);
        lateness.push(performance.now() - due);
      }
    }));
    assert.equal(lateness.length, 200);
    assert.ok(lateness.every((ms) => ms >= 0), 'no sleep ended early');
    lateness.sort((x, y) => x - y);
    // Node's own timers are late by about a millisecond; a busy test machine adds its share.
    assert.ok((lateness[100] ?? Infinity) < 10, `median lateness ${lateness[100]} ms`);
  });

  it('ends a stopped bot\'s sleeps at once with RunEnded; the other bots sleep on', async () => {
    const clock = new AlarmClock();
    const stop = new AbortController();
    const stopped = clock.sleeper(stop.signal);
    const other = clock.sleeper(new AbortController().signal);
    const start = performance.now();
    const walking = stopped.sleep(5000);
    const talking = stopped.sleep(8000);
    const otherDone = other.sleep(40).then(() => performance.now() - start);
    setTimeout(() => {
      stop.abort();
    }, 10);
    await assert.rejects(walking, (error) => error instanceof RunEnded && isRunEnd(error));
    await assert.rejects(talking, RunEnded);
    assert.ok(performance.now() - start < 1000, 'the stopped sleeps ended promptly');
    assert.equal(stopped.stopped, true);
    assert.equal(clock.waiting, 1, 'only the other bot\'s alarm waits');
    assert.ok((await otherDone) >= 40);
    await assert.rejects(stopped.sleep(1), RunEnded, 'a sleep after the stop ends at once');
    assert.equal(clock.waiting, 0);
  });

  it('rejects at once for a signal that already aborted', async () => {
    const clock = new AlarmClock();
    const sleeper = clock.sleeper(AbortSignal.abort());
    await assert.rejects(sleeper.sleep(10_000), RunEnded);
    assert.equal(clock.waiting, 0);
  });

  it('ends every bot\'s sleeps when the run ends, and the order of the rest holds', async () => {
    const clock = new AlarmClock();
    const end = new AbortController();
    const running = Array.from({ length: 50 }, () => clock.sleeper(end.signal));
    const staying = clock.sleeper(new AbortController().signal);
    const ended = running.map((sleeper, i) => sleeper.sleep(1000 + i));
    const rang: number[] = [];
    const stays = [30, 10, 20].map((ms) => staying.sleep(ms).then(() => rang.push(ms)));
    end.abort();
    const outcomes = await Promise.allSettled(ended);
    assert.ok(outcomes.every((outcome) => outcome.status === 'rejected' && outcome.reason instanceof RunEnded));
    await Promise.all(stays);
    assert.deepEqual(rang, [10, 20, 30]);
    assert.equal(clock.waiting, 0);
  });
});
