/**
 * The heartbeat in rounds (session/heartbeat-rounds.ts): every session is visited exactly once
 * per interval, a slice at a time, with the slices even; a closed session is not visited again.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { HeartbeatRounds } from '../src/session/heartbeat-rounds.ts';

class Pinged {
  readonly visits: number[] = [];

  heartbeat(now: number): void {
    this.visits.push(now);
  }
}

describe('HeartbeatRounds', () => {
  it('cuts the interval into steps of at least 50 ms, at most 20 of them', () => {
    assert.equal(new HeartbeatRounds(5000).slices, 20);
    assert.equal(new HeartbeatRounds(500).slices, 10);
    assert.equal(new HeartbeatRounds(50).slices, 1);
    assert.equal(new HeartbeatRounds(10).slices, 1);
  });

  it('visits every session once per round of steps, in even slices, and no closed one', () => {
    fc.assert(fc.property(fc.integer({ min: 50, max: 10_000 }), fc.integer({ min: 0, max: 300 }), fc.array(fc.nat(), { maxLength: 50 }), (intervalMs, count, closing) => {
      const rounds = new HeartbeatRounds<Pinged>(intervalMs);
      const sessions = Array.from({ length: count }, () => new Pinged());
      for (const session of sessions) rounds.add(session);
      rounds.add(sessions[0] ?? new Pinged());
      const closed = new Set(closing.filter((i) => i < count).map((i) => sessions[i]));
      for (const session of closed) if (session !== undefined) rounds.delete(session);
      const perStep: number[] = [];
      for (let step = 0; step < rounds.slices * 2; step++) {
        const before = sessions.reduce((sum, s) => sum + s.visits.length, 0);
        rounds.step(step);
        perStep.push(sessions.reduce((sum, s) => sum + s.visits.length, 0) - before);
      }
      for (const session of sessions) {
        if (closed.has(session)) {
          assert.deepEqual(session.visits, []);
        } else {
          assert.equal(session.visits.length, 2, 'once a round, added twice or not');
          const [first = 0, second = 0] = session.visits;
          assert.equal(second - first, rounds.slices, 'a whole round apart');
        }
      }
      if (closed.size === 0) assert.ok(Math.max(...perStep) - Math.min(...perStep) <= 1, `even slices: ${perStep.join(',')}`);
    }));
  });
});
