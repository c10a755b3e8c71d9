/**
 * Catch-up ticks: a world whose clock fell behind runs the overdue ticks' simulation without
 * replication, and the next replicated tick's frames carry what they changed. What a client is
 * told must not depend on which ticks were caught up: after every replicated tick it mirrors
 * exactly what its player sees (distant positions within their refresh stride), a distant
 * walker's last position still arrives, combat events of caught-up ticks arrive with the next
 * frame, and a zone whose systems read no views reaches the same states either way.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { quantise } from '../../src/world/entity.ts';
import { movementSystem } from '../../src/world/systems/movement.ts';
import { MAX_TICKS_PER_TURN } from '../../src/world/world-clock.ts';
import { World } from '../../src/world/world.ts';
import { Zone } from '../../src/world/zone.ts';
import { openZone } from '../helpers/test-maps.ts';
import { clockLike, CloseFight, combatAction, heard, ScriptedPlayers, spec } from './scripted-world.ts';

const step = fc.record({
  who: fc.integer({ min: 0, max: 9 }),
  dx: fc.integer({ min: -1, max: 1 }),
  dy: fc.integer({ min: -1, max: 1 }),
  hurt: fc.boolean(),
  catchUp: fc.boolean(),
  slow: fc.boolean(),
  churn: fc.integer({ min: 0, max: 7 }),
});

describe('catch-up ticks', () => {
  it('after every replicated tick each client mirrors what its player sees, whichever ticks were caught up (pacing, degraded strides, comings and goings)', () => {
    let checked = 0;
    let exactChecked = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 100 }), fc.constantFrom(1, 2), fc.boolean(), (script, stride, framePacing) => {
        // Each time read costs 30 ms while a step is "slow": slow ticks raise the distant stride.
        let clock = 0;
        let slow = false;
        const world = new World(new Map([['alpha', openZone('alpha', { size: 48 })]]), {
          tickRateHz: 20, viewRadius: 20, hysteresis: 3, cellSize: 8, seed: 5, startZone: 'alpha',
          distantUpdateStride: stride, framePacing, now: () => (clock += slow ? 30 : 0),
        });
        const zone = world.zones.get('alpha');
        assert.ok(zone !== undefined);
        const players = new ScriptedPlayers(world);
        const live = players.live;
        for (let i = 0; i < 8; i++) players.join();
        // The last tick built at a stride above 1: distant positions may lag for a while after it.
        let degradedAt = Number.NEGATIVE_INFINITY;
        const check = (positions: boolean): void => {
          for (const [player, mirror] of live) {
            // A frame that waits for the player's next one is not applied yet.
            if (player.waitingFrame !== undefined) continue;
            const expected: Set<number> = new Set([player.handle, ...zone.interest.visibleTo(player.handle)]);
            assert.deepEqual(new Set(mirror.entities.keys()), expected);
            for (const handle of expected) {
              const e = zone.entity(handle);
              const m = mirror.entities.get(handle);
              assert.ok(e && m);
              assert.equal(m.hitPoints, e.hitPoints);
              assert.equal(m.maxHitPoints, e.maxHitPoints);
              assert.equal(m.level, e.level);
              if (positions || handle === player.handle) {
                assert.equal(m.x * 16, quantise(e.x), `x of ${handle} seen by ${player.handle} at tick ${world.tick}`);
                assert.equal(m.y * 16, quantise(e.y), `y of ${handle} seen by ${player.handle} at tick ${world.tick}`);
                exactChecked++;
              }
              checked++;
            }
            assert.equal(mirror.selfId, player.handle);
            assert.equal(mirror.ackSequence, player.ackSequence);
          }
        };
        const catchUps = clockLike(script.map((s) => s.catchUp));
        script.forEach((s, i) => {
          players.act(s);
          slow = s.slow;
          const replicate = !(catchUps[i] ?? false);
          world.step(replicate);
          slow = false;
          if (!replicate) return;
          if (zone.distantStride > 1) degradedAt = world.tick;
          // Every distant position is sent within a stride of 8 ticks, and a refresh turn may
          // fall on caught-up ticks: its build comes within another 8.
          check(stride === 1 && world.tick - degradedAt > 2 * MAX_TICKS_PER_TURN);
        });
        // Everyone stops; after quiet ticks (a catch-up tick in three) every last position is there.
        players.stopAll();
        for (let i = 0; i < 4 * MAX_TICKS_PER_TURN; i++) world.step(i % 3 !== 1);
        for (let i = 0; i < 3 && [...live.keys()].some((p) => p.waitingFrame !== undefined); i++) world.step();
        check(true);
      }),
      { numRuns: 60 },
    );
    // The property compared real views, not empty ones.
    assert.ok(checked > 3_000 && exactChecked > 1_500, `only ${checked} entity views compared (${exactChecked} with positions)`);
  });

  it('a zone whose systems read no views reaches the same state at every tick, caught up or replicated', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 120 }), (script) => {
        const zones = [0, 1].map(() => new Zone(openZone('z', { wallColumn: 30 }), { tickRateHz: 20, viewRadius: 30, hysteresis: 4, cellSize: 10, seed: 9, systems: [movementSystem] }));
        const players = zones.map((zone) => Array.from({ length: 10 }, (_, n) => zone.addPlayer(spec(n), 10 + n * 9, 20 + n * 5)));
        const catchUps = clockLike(script.map((s) => s.catchUp));
        let sequence = 0;
        script.forEach((s, i) => {
          sequence++;
          zones.forEach((zone, z) => {
            const p = players[z]?.[s.who];
            if (p !== undefined) zone.queueInput(p, { sequence, directionX: s.dx, directionY: s.dy, targetX: Number.NaN, targetY: Number.NaN });
          });
          zones[0]?.step();
          zones[1]?.step(!(catchUps[i] ?? false));
          assert.equal(zones[1]?.stateHash(), zones[0]?.stateHash(), `tick ${i + 1}`);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('combat events of caught-up ticks arrive with the next frame, each entity\'s in the order they happened', () => {
    let events = 0;
    fc.assert(
      fc.property(fc.array(fc.record({ actions: fc.array(combatAction(4), { maxLength: 2 }), catchUp: fc.boolean() }), { minLength: 60, maxLength: 160 }), (ticks) => {
        // Two copies of one fight among four players standing close together (everyone always
        // in everyone's view, so targeting does not depend on when views were recomputed): the
        // first replicates every tick, the second catches some up.
        const runs = [new CloseFight(4), new CloseFight(4)];
        const catchUps = clockLike(ticks.map((t) => t.catchUp));
        ticks.forEach((tick, i) => {
          for (const [r, run] of runs.entries()) {
            for (const a of tick.actions) run.request(a);
            run.zone.step(r === 0 || !(catchUps[i] ?? false));
            run.deliver();
          }
          assert.equal(runs[1]?.zone.stateHash(), runs[0]?.zone.stateHash(), `tick ${i + 1}`);
        });
        // The last tick of the second run may have been caught up: one more replicated tick each.
        for (const run of runs) {
          run.zone.step();
          run.deliver();
        }
        // What each client heard happen to each entity, in order.
        for (let f = 0; f < 4; f++) {
          const [replicated, caughtUp] = runs.map((run) => run.mirrors[f]?.combatLog ?? []);
          assert.ok(replicated !== undefined && caughtUp !== undefined && replicated.length < 200, 'the mirror kept every event');
          assert.equal(caughtUp.length, replicated.length);
          for (let target = 1; target <= 4; target++) assert.deepEqual(heard(caughtUp, target), heard(replicated, target));
          events += replicated.length;
        }
      }),
      { numRuns: 40 },
    );
    assert.ok(events > 500, `only ${events} combat events compared`);
  });
});
