/**
 * Replication cohorts: a saturated main thread serves a share of the players at every tick. What
 * a client is told must not depend on when it was served: every cohort takes each views'
 * update's changes exactly once, a served client mirrors exactly what its player sees (every
 * position included), combat events arrive once and in order, and the period changes only where
 * nobody would miss an update or take one twice.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { WorldMirror } from '@realmforge/client';
import type { ServerPayloads } from '@realmforge/protocol';
import { loadConfig } from '../../src/config/config.ts';
import { quantise } from '../../src/world/entity.ts';
import { LoopPressure, LOOP_PRESSURE_DEFAULTS } from '../../src/world/loop-pressure.ts';
import { CohortSchedule, inCohorts, MAX_COHORT_PERIOD } from '../../src/world/replication/cohort-schedule.ts';
import type { Cohorts } from '../../src/world/replication/cohort-schedule.ts';
import { MAX_TICKS_PER_TURN } from '../../src/world/world-clock.ts';
import { World } from '../../src/world/world.ts';
import { openZone } from '../helpers/test-maps.ts';
import { clockLike, CloseFight, combatAction, heard, ScriptedPlayers } from './scripted-world.ts';

/** Nothing leaves that was never there (an entity that came and went between two frames is never mentioned). */
function noStrangerLeaves(frame: ServerPayloads['worldFrame'], mirror: WorldMirror): void {
  for (const id of frame.leaves) assert.ok(mirror.entities.has(id), `a leave of ${id}, which the client never had`);
}

/** Busy readings: one that raises the cohorts (once the distant factor is at its top), one that lowers them. */
const SATURATED = 1;
const IDLE = 0.1;

describe('replication cohorts', () => {
  it('the schedule serves every cohort exactly once between two views\' updates, whatever the catch-up ticks and changes of period', () => {
    const handles = 24;
    fc.assert(
      fc.property(fc.array(fc.record({ gap: fc.integer({ min: 1, max: MAX_TICKS_PER_TURN }), wanted: fc.integer({ min: 1, max: MAX_COHORT_PERIOD }) }), { minLength: 1, maxLength: 200 }), (turns) => {
        const schedule = new CohortSchedule();
        let tick = 0;
        let update = 0;
        const taken = new Array<number>(handles).fill(0);
        const servedAt = new Array<number>(handles).fill(0);
        const serve = (cohorts: Cohorts | undefined): void => {
          if (cohorts === undefined) return;
          assert.ok(cohorts.mask !== 0 && cohorts.mask < 1 << cohorts.period, 'a mask within its period');
          for (let h = 0; h < handles; h++) {
            if (!inCohorts(h, cohorts)) continue;
            assert.ok(taken[h] === update - 1 || taken[h] === update, `handle ${h} missed an update`);
            taken[h] = update;
            servedAt[h] = tick;
          }
        };
        for (const { gap, wanted } of turns) {
          tick += gap;
          const before = schedule.period;
          const plan = schedule.plan(tick, wanted);
          serve(plan.stale);
          if (plan.update) {
            // Everyone took the last update before this one.
            for (let h = 0; h < handles; h++) assert.equal(taken[h], update, `handle ${h} did not take update ${update} before the next`);
            update++;
          } else {
            assert.equal(plan.stale, undefined, 'stale cohorts only before an update');
          }
          serve(plan.fresh);
          if (schedule.period !== before) assert.ok(plan.update, 'the period changes only at an update');
          for (const [h, at] of servedAt.entries()) assert.ok(tick - at <= 2 * MAX_COHORT_PERIOD + MAX_TICKS_PER_TURN, `handle ${h} waited ${tick - at} ticks`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('without catch-up ticks each player is served every k ticks, a k-th of them at each tick', () => {
    const schedule = new CohortSchedule();
    assert.deepEqual(schedule.plan(1, 1), { stale: undefined, update: true, fresh: { period: 1, mask: 1 }, byCohorts: false });
    const plans = [2, 3, 4, 5, 6, 7, 8, 9].map((tick) => schedule.plan(tick, 4));
    assert.deepEqual(plans.map((p) => [p.update, p.fresh?.mask]), [[true, 1], [false, 2], [false, 4], [false, 8], [true, 1], [false, 2], [false, 4], [false, 8]]);
    assert.equal(schedule.period, 4);
    // Two ticks caught up (a cycle's first among them): the next replicated one serves their cohorts and its own.
    const late = schedule.plan(12, 4);
    assert.deepEqual([late.stale, late.update, late.fresh], [undefined, true, { period: 4, mask: 0b111 }]);
    // Caught up across a cycle's first tick: the old cycle's last cohort with the old views, then the new cycle's.
    const across = schedule.plan(15, 4);
    assert.deepEqual([across.stale, across.update, across.fresh], [{ period: 4, mask: 0b1000 }, true, { period: 4, mask: 0b11 }]);
    // Back to everyone at the next cycle's first tick.
    assert.deepEqual([schedule.plan(16, 1).fresh, schedule.plan(17, 1).fresh], [{ period: 4, mask: 0b100 }, { period: 4, mask: 0b1000 }]);
    assert.deepEqual(schedule.plan(18, 1), { stale: undefined, update: true, fresh: { period: 1, mask: 1 }, byCohorts: true }, 'the tick that ends the cohorts still serves by them');
    assert.equal(schedule.plan(19, 1).byCohorts, false);
    assert.equal(schedule.period, 1);
    assert.throws(() => schedule.plan(16, 0), /a cohort period must be a whole number from 1 to 8, got 0/);
    assert.throws(() => schedule.plan(16, MAX_COHORT_PERIOD + 1), RangeError);
  });

  it('loop pressure doubles the cohorts where it would thin, holds them in the dead band and halves them below it; never above maxCohorts', () => {
    const pressure = new LoopPressure({ ...LOOP_PRESSURE_DEFAULTS, maxCohorts: 8 });
    const readings = [1, 1, 1, 1, 1, 1, 0.8, 0.95, 0.7, 0.7, 0.7, 0.7];
    assert.deepEqual(readings.map((busy) => {
      pressure.observe(busy);
      return pressure.cohorts;
    }), [1, 1, 2, 4, 8, 8, 8, 8, 4, 2, 1, 1]);
    const off = new LoopPressure();
    for (let i = 0; i < 6; i++) off.observe(1);
    assert.equal(off.cohorts, 1, 'maxCohorts 1 (the default): never');
    assert.equal(off.thin, true, 'it thins instead');
    assert.throws(() => new LoopPressure({ ...LOOP_PRESSURE_DEFAULTS, maxCohorts: 0 }), /maxCohorts must be a whole number of at least 1/);
  });

  it('a served client mirrors exactly what its player sees, every position included, through catch-up ticks, comings and goings and changes of period', () => {
    let checked = 0;
    let cohortTicks = 0;
    const stepArb = fc.record({
      who: fc.integer({ min: 0, max: 11 }),
      dx: fc.integer({ min: -1, max: 1 }),
      dy: fc.integer({ min: -1, max: 1 }),
      hurt: fc.boolean(),
      catchUp: fc.boolean(),
      busy: fc.constantFrom(undefined, undefined, SATURATED, SATURATED, 0.8, IDLE),
      churn: fc.integer({ min: 0, max: 9 }),
    });
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 40, maxLength: 150 }), fc.integer({ min: 2, max: MAX_COHORT_PERIOD }), fc.constantFrom(1, 2), fc.boolean(), (script, maxCohorts, stride, framePacing) => {
        const world = new World(new Map([['alpha', openZone('alpha', { size: 48 })]]), {
          tickRateHz: 20, viewRadius: 20, hysteresis: 3, cellSize: 8, seed: 5, startZone: 'alpha',
          distantUpdateStride: stride, framePacing, replicationCohorts: maxCohorts, now: () => 0,
        });
        const zone = world.zones.get('alpha');
        assert.ok(zone !== undefined);
        const players = new ScriptedPlayers(world, noStrangerLeaves);
        const live = players.live;
        for (let i = 0; i < 10; i++) players.join();
        // The last tick built at a stride above 1 without cohorts: distant positions may lag for a while after it.
        let degradedAt = Number.NEGATIVE_INFINITY;
        // The world's plans, followed alongside: a player served before the views' update has its
        // mirror as the old views were, and takes the new ones at its next frame.
        const shadow = new CohortSchedule();
        let fresh: Cohorts | undefined;
        const check = (exactPositions: boolean): void => {
          for (const [player, mirror] of live) {
            if (player.servedTick !== world.tick || player.waitingFrame !== undefined) continue;
            if (fresh === undefined || !inCohorts(player.handle, fresh)) continue;
            // Its view as of the last update. An entity removed since leaves it at the next; the
            // client may still hold it (or never have been told of it, when it came and went).
            const view = zone.interest.visibleBuffer(player.handle).subarray(0, zone.interest.visibleCount(player.handle));
            const expected: Set<number> = new Set([player.handle, ...zone.interest.visibleTo(player.handle)]);
            const held = new Set(mirror.entities.keys());
            for (const handle of held) assert.ok(expected.has(handle) || (view.includes(handle) && zone.entity(handle) === undefined), `${player.handle} holds ${handle} at tick ${world.tick}`);
            for (const handle of expected) {
              const e = zone.entity(handle);
              const m = mirror.entities.get(handle);
              assert.ok(e && m, `${player.handle} is missing ${handle} at tick ${world.tick}`);
              assert.equal(m.hitPoints, e.hitPoints);
              if (exactPositions || handle === player.handle) {
                assert.equal(m.x * 16, quantise(e.x), `x of ${handle} seen by ${player.handle} at tick ${world.tick}`);
                assert.equal(m.y * 16, quantise(e.y), `y of ${handle} seen by ${player.handle} at tick ${world.tick}`);
              }
              checked++;
            }
            assert.equal(mirror.ackSequence, player.ackSequence);
          }
        };
        const catchUps = clockLike(script.map((s) => s.catchUp));
        script.forEach((s, i) => {
          players.act(s);
          if (s.busy !== undefined) world.observeLoopBusy(s.busy);
          const replicate = !(catchUps[i] ?? false);
          const plan = replicate ? shadow.plan(world.tick + 1, world.requestedCohorts) : undefined;
          fresh = plan?.fresh;
          world.step(replicate);
          if (plan === undefined) return;
          assert.equal(world.cohorts, shadow.period, 'the world follows the same plans');
          // A tick that served by cohorts (or ended them) sent every move; one without them may defer distant ones.
          const cohortTick = plan.byCohorts;
          if (cohortTick) cohortTicks++;
          else if (zone.distantStride > 1) degradedAt = world.tick;
          check(cohortTick || world.tick - degradedAt > 2 * MAX_TICKS_PER_TURN);
        });
        // The thread calms down: back to everyone at once, and every client converges.
        for (let i = 0; i < 4; i++) world.observeLoopBusy(IDLE);
        for (let i = 0; i < 2 * MAX_COHORT_PERIOD + 3; i++) {
          fresh = shadow.plan(world.tick + 1, world.requestedCohorts).fresh;
          world.step();
        }
        assert.equal(world.cohorts, 1);
        check(stride === 1 && world.tick - degradedAt > 2 * MAX_TICKS_PER_TURN);
      }),
      { numRuns: 80 },
    );
    assert.ok(checked > 5_000 && cohortTicks > 500, `only ${checked} entity views compared, ${cohortTicks} cohort ticks`);
  });

  it('combat events arrive once and in order when the fighters are served by cohorts', () => {
    let events = 0;
    fc.assert(
      fc.property(fc.array(fc.record({ actions: fc.array(combatAction(6), { maxLength: 2 }), catchUp: fc.boolean(), period: fc.integer({ min: 1, max: MAX_COHORT_PERIOD }) }), { minLength: 60, maxLength: 160 }), (ticks) => {
        // Two copies of one fight among six players standing close together (always in each
        // other's view): the first serves everyone every tick, the second serves cohorts.
        const runs = [new CloseFight(6), new CloseFight(6)];
        const schedule = new CohortSchedule();
        const catchUps = clockLike(ticks.map((t) => t.catchUp));
        ticks.forEach((tick, i) => {
          for (const [r, run] of runs.entries()) {
            for (const a of tick.actions) run.request(a);
            if (r === 0) {
              run.zone.step();
            } else if (catchUps[i] ?? false) {
              run.zone.step(false);
            } else {
              run.zone.step(true, undefined, schedule.plan(run.zone.tick + 1, tick.period));
            }
            run.deliver();
          }
          assert.equal(runs[1]?.zone.stateHash(), runs[0]?.zone.stateHash(), `tick ${i + 1}`);
        });
        // Everyone served once more: back to one cohort, then one more tick.
        const last = runs[1];
        assert.ok(last !== undefined);
        for (let i = 0; i <= 2 * MAX_COHORT_PERIOD && schedule.period > 1; i++) {
          last.zone.step(true, undefined, schedule.plan(last.zone.tick + 1, 1));
          last.deliver();
        }
        for (const run of runs) {
          run.zone.step();
          run.deliver();
        }
        for (let f = 0; f < 6; f++) {
          const [everyTick, byCohorts] = runs.map((run) => run.mirrors[f]?.combatLog ?? []);
          assert.ok(everyTick !== undefined && byCohorts !== undefined && everyTick.length < 200, 'the mirror kept every event');
          // The events of the last ticks may differ (the second run stepped more): compare those both heard.
          for (let target = 1; target <= 6; target++) {
            const a = heard(everyTick, target);
            const b = heard(byCohorts, target);
            assert.deepEqual(b.slice(0, a.length), a, `events of ${target} heard by fighter ${f}`);
          }
          events += everyTick.length;
        }
      }),
      { numRuns: 40 },
    );
    assert.ok(events > 500, `only ${events} combat events compared`);
  });

  it('refuses a number of cohorts outside 1..8, in the world and in the configuration', () => {
    const maps = new Map([['alpha', openZone('alpha')]]);
    for (const bad of [0, 1.5, MAX_COHORT_PERIOD + 1, Number.NaN]) {
      assert.throws(() => new World(maps, { tickRateHz: 20, viewRadius: 20, hysteresis: 3, cellSize: 8, seed: 5, startZone: 'alpha', replicationCohorts: bad }), /replicationCohorts must be an integer from 1 to 8/);
    }
    assert.throws(() => loadConfig({ argv: ['--replication-cohorts=9'], env: {} }), /replicationCohorts/);
    assert.equal(loadConfig({ argv: ['--replication-cohorts=1'], env: {} }).replicationCohorts, 1);
    assert.equal(loadConfig({ argv: [], env: {} }).replicationCohorts, 1, 'off by default');
  });
});
