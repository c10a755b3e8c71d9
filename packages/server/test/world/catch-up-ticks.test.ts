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
import { WorldMirror } from '@realmforge/client';
import type { MirroredCombatEvent } from '@realmforge/client';
import { CharacterClass, decodeServerMessage, serverPayload } from '@realmforge/protocol';
import { quantise } from '../../src/world/entity.ts';
import { CombatSystem } from '../../src/world/combat/combat-system.ts';
import type { CombatRequest } from '../../src/world/combat/combat-system.ts';
import type { PlayerEntity, PlayerSpec } from '../../src/world/player-entity.ts';
import { movementSystem } from '../../src/world/systems/movement.ts';
import { MAX_TICKS_PER_TURN } from '../../src/world/world-clock.ts';
import { World } from '../../src/world/world.ts';
import { Zone } from '../../src/world/zone.ts';
import { characterRecord } from '../helpers/test-characters.ts';
import { openZone } from '../helpers/test-maps.ts';
import { content } from './combat/combat-fixture.ts';

/** The most catch-up ticks in a row a clock runs (the rest of a turn is the replicated tick). */
const MAX_CATCH_UP_RUN = MAX_TICKS_PER_TURN - 1;

/** The catch-up flags as a clock could run them: never more than a turn's worth in a row. */
function clockLike(flags: readonly boolean[]): boolean[] {
  let run = 0;
  return flags.map((catchUp) => {
    run = catchUp && run < MAX_CATCH_UP_RUN ? run + 1 : 0;
    return run > 0;
  });
}

/** A player's frames, decoded into a mirror as they arrive. */
function mirrored(): { mirror: WorldMirror; sink: { deliverFrame: (bytes: Uint8Array) => void } } {
  const mirror = new WorldMirror();
  return {
    mirror,
    sink: {
      deliverFrame: (bytes) => {
        const payload = serverPayload(decodeServerMessage(bytes));
        assert.ok(payload?.kind === 'worldFrame');
        mirror.apply(payload.value);
      },
    },
  };
}

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
        const live = new Map<PlayerEntity, WorldMirror>();
        let joined = 0;
        const join = (): void => {
          const n = joined++;
          const { mirror, sink } = mirrored();
          live.set(world.enter(characterRecord(n, 'alpha', 6 + ((n * 13) % 80), 6 + ((n * 29) % 80)), sink), mirror);
        };
        for (let i = 0; i < 8; i++) join();
        let sequence = 0;
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
          const players = [...live.keys()];
          const p = players[s.who % players.length];
          if (p !== undefined) {
            world.queueInput(p, { sequence: ++sequence, directionX: s.dx, directionY: s.dy, targetX: Number.NaN, targetY: Number.NaN });
            if (s.hurt) p.setHitPoints(p.hitPoints - 7);
            if (s.churn === 0 && live.size > 2) {
              world.leave(p.id);
              live.delete(p);
            }
          }
          if (s.churn === 1) join();
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
        for (const player of live.keys()) world.queueInput(player, { sequence: ++sequence, directionX: 0, directionY: 0, targetX: Number.NaN, targetY: Number.NaN });
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
    const classes = [CharacterClass.CHARACTER_CLASS_WARRIOR, CharacterClass.CHARACTER_CLASS_MAGE, CharacterClass.CHARACTER_CLASS_RANGER];
    const who = fc.integer({ min: 0, max: 3 });
    const action = fc.oneof(
      fc.record({ who, cast: fc.integer({ min: 0, max: 4 }), at: who }),
      fc.record({ who, select: who }),
      fc.record({ who, swing: fc.boolean() }),
    );
    let events = 0;
    fc.assert(
      fc.property(fc.array(fc.record({ actions: fc.array(action, { maxLength: 2 }), catchUp: fc.boolean() }), { minLength: 60, maxLength: 160 }), (ticks) => {
        // Two copies of one fight among four players standing close together (everyone always
        // in everyone's view, so targeting does not depend on when views were recomputed): the
        // first replicates every tick, the second catches some up.
        const runs = [0, 1].map(() => {
          const combat = new CombatSystem(content);
          const zone = new Zone(openZone('z', { pvp: true }), { tickRateHz: 20, viewRadius: 30, hysteresis: 4, cellSize: 10, seed: 3, systems: [movementSystem, combat] });
          const fighters = Array.from({ length: 4 }, (_, n) => zone.addPlayer({ ...spec(n), classId: classes[n % 3] ?? CharacterClass.CHARACTER_CLASS_WARRIOR }, 20 + n * 1.5, 20 + n));
          const mirrors = fighters.map((fighter) => {
            const { mirror, sink } = mirrored();
            fighter.sink = sink;
            return mirror;
          });
          // A replicated tick first: the fighters see each other from then on (a player can
          // target only what it was shown). Then each picks the next as its target and swings.
          zone.step();
          fighters.forEach((fighter, n) => {
            void combat.request(zone, fighter, { kind: 'target', entity: fighters[(n + 1) % 4]?.handle ?? 0 });
            void combat.request(zone, fighter, { kind: 'autoAttack', enabled: true });
          });
          zone.step();
          return { combat, zone, fighters, mirrors };
        });
        const catchUps = clockLike(ticks.map((t) => t.catchUp));
        const deliver = (zone: Zone): void => {
          for (const frame of zone.outbox) frame.player.sink?.deliverFrame(frame.bytes, frame.player.ackSequence, frame.reset);
        };
        ticks.forEach((tick, i) => {
          for (const [r, run] of runs.entries()) {
            for (const a of tick.actions) {
              const player = run.fighters[a.who];
              if (player === undefined) continue;
              const target = (n: number): number => run.fighters[n]?.handle ?? 0;
              const request: CombatRequest = 'cast' in a
                ? { kind: 'cast', skill: [...(content.classes.get(player.classId)?.skills.keys() ?? [])][a.cast] ?? 0, target: target(a.at) }
                : 'select' in a ? { kind: 'target', entity: target(a.select) } : { kind: 'autoAttack', enabled: a.swing };
              void run.combat.request(run.zone, player, request);
            }
            run.zone.step(r === 0 || !(catchUps[i] ?? false));
            deliver(run.zone);
          }
          assert.equal(runs[1]?.zone.stateHash(), runs[0]?.zone.stateHash(), `tick ${i + 1}`);
        });
        // The last tick of the second run may have been caught up: one more replicated tick each.
        for (const run of runs) {
          run.zone.step();
          deliver(run.zone);
        }
        // What each client heard happen to each entity, in order (a frame lists one entity's
        // events together, so across entities a frame of several ticks orders them differently).
        const heard = (log: readonly MirroredCombatEvent[], target: number): string[] =>
          log.filter((e) => e.targetId === target).map((e) => `${e.kind}:${e.sourceId}:${e.amount}:${e.skillId}:${e.auraId}`);
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

function spec(n: number): PlayerSpec {
  return {
    characterId: `C${n}`, accountId: `A${n}`, name: `P${n}`, classId: CharacterClass.CHARACTER_CLASS_WARRIOR,
    level: 1, experience: 0, hitPoints: 100, maxHitPoints: 100, speed: 5,
  };
}
