import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { WorldMirror } from '@realmforge/client';
import { CharacterClass, decodeServerMessage, serverPayload } from '@realmforge/protocol';
import { Entity, EntityKinds, quantise } from '../../src/world/entity.ts';
import { CombatSystem } from '../../src/world/combat/combat-system.ts';
import type { CombatRequest } from '../../src/world/combat/combat-system.ts';
import { replayInputs } from '../../src/world/input-replay.ts';
import type { PlayerEntity, PlayerSpec } from '../../src/world/player-entity.ts';
import { movementSystem } from '../../src/world/systems/movement.ts';
import { Zone } from '../../src/world/zone.ts';
import { openZone } from '../helpers/test-maps.ts';
import { content } from './combat/combat-fixture.ts';

const options = { tickRateHz: 20, viewRadius: 30, hysteresis: 4, cellSize: 10, seed: 7, systems: [movementSystem] };

function spec(n: number): PlayerSpec {
  return {
    characterId: `C${n}`, accountId: `A${n}`, name: `P${n}`, classId: CharacterClass.CHARACTER_CLASS_WARRIOR,
    level: 1, experience: 0, hitPoints: 100, maxHitPoints: 100, speed: 5,
  };
}

function intent(sequence: number, directionX: number, directionY: number) {
  return { sequence, directionX, directionY, targetX: Number.NaN, targetY: Number.NaN };
}

describe('zone tick', () => {
  it('replaying the recorded inputs (movement and combat) and catch-up ticks reproduces the state hash at every tick', () => {
    const classes = [CharacterClass.CHARACTER_CLASS_WARRIOR, CharacterClass.CHARACTER_CLASS_MAGE, CharacterClass.CHARACTER_CLASS_RANGER];
    const who = fc.integer({ min: 0, max: 5 });
    const direction = fc.double({ min: -1.5, max: 1.5, noNaN: true });
    const action = fc.oneof(
      fc.record({ who, move: fc.tuple(direction, direction) }),
      fc.record({ who, cast: fc.integer({ min: 0, max: 4 }), at: fc.integer({ min: -1, max: 5 }) }),
      fc.record({ who, select: fc.integer({ min: -1, max: 5 }) }),
      fc.record({ who, swing: fc.boolean() }),
      fc.record({ who, release: fc.constant(true) }),
    );
    const start = (zone: Zone): PlayerEntity[] => Array.from({ length: 6 }, (_, i) => zone.addPlayer({ ...spec(i), classId: classes[i % 3] ?? CharacterClass.CHARACTER_CLASS_WARRIOR }, 20 + i * 3, 20 + i * 2));
    fc.assert(
      fc.property(fc.array(fc.array(action, { maxLength: 3 }), { minLength: 1, maxLength: 120 }), fc.array(fc.boolean(), { maxLength: 120 }), (ticks, catchUps) => {
        const combat = new CombatSystem(content);
        const arena = (): Zone => new Zone(openZone('z', { wallColumn: 30, pvp: true }), { ...options, systems: [movementSystem, combat] });
        const live = arena();
        live.record();
        const players = start(live);
        const handle = (n: number): number => (n < 0 ? 0 : players[n]?.handle ?? 0);
        const hashes: string[] = [];
        let sequence = 0;
        let requests = 0;
        for (const [i, actions] of ticks.entries()) {
          for (const a of actions) {
            const player = players[a.who];
            if (player === undefined) continue;
            let request: CombatRequest | undefined;
            if ('move' in a) live.queueInput(player, intent(++sequence, a.move[0], a.move[1]));
            else if ('cast' in a) request = { kind: 'cast', skill: [...(content.classes.get(player.classId)?.skills.keys() ?? [])][a.cast] ?? 0, target: handle(a.at) };
            else if ('select' in a) request = { kind: 'target', entity: handle(a.select) };
            else if ('swing' in a) request = { kind: 'autoAttack', enabled: a.swing };
            else request = { kind: 'release' };
            if (request !== undefined) {
              requests++;
              void combat.request(live, player, request);
            }
          }
          // Catch-up ticks leave views as they were, and views decide what may be targeted.
          live.step(!(catchUps[i] ?? false));
          hashes.push(live.stateHash());
        }
        assert.equal(live.inputLog.filter((input) => 'combat' in input).length, requests, 'every combat request is in the log');
        assert.equal(live.inputLog.filter((input) => 'catchUp' in input).length, catchUps.slice(0, ticks.length).filter(Boolean).length, 'every catch-up tick is in the log');
        const replay = arena();
        start(replay);
        assert.deepEqual(replayInputs(replay, live.inputLog, ticks.length, combat), hashes);
      }),
      { numRuns: 40 },
    );
  });

  it('a recorded fight replays to the same state, and its log cannot be replayed without combat', () => {
    const combat = new CombatSystem(content);
    const arena = (): Zone => new Zone(openZone('z', { pvp: true }), { ...options, systems: [movementSystem, combat] });
    const duel = (zone: Zone): [PlayerEntity, PlayerEntity] => [zone.addPlayer({ ...spec(0), classId: CharacterClass.CHARACTER_CLASS_MAGE }, 20, 20), zone.addPlayer(spec(1), 30, 20)];
    const live = arena();
    live.record();
    const [mage, warrior] = duel(live);
    live.step();
    void combat.request(live, mage, { kind: 'cast', skill: 10, target: warrior.handle });
    for (let i = 0; i < 60; i++) live.step();
    assert.equal(mage.combat.resource, mage.combat.maxResource - 20 + 3, 'the fireball completed at tick 42 (20 mana), one regeneration at tick 60');
    assert.deepEqual(live.inputLog, [{ tick: 2, handle: mage.handle, combat: { kind: 'cast', skill: 10, target: warrior.handle } }]);
    const replay = arena();
    duel(replay);
    assert.deepEqual(replayInputs(replay, live.inputLog, 61, combat).at(-1), live.stateHash());
    const without = arena();
    duel(without);
    assert.throws(() => replayInputs(without, live.inputLog, 2), /combat system/);
  });

  it('a player cannot walk through a wall and never moves faster than its speed', () => {
    const zone = new Zone(openZone('z', { wallColumn: 20 }), options);
    const player = zone.addPlayer(spec(1), 60, 60);
    let sequence = 0;
    for (let tick = 0; tick < 200; tick++) {
      // A cheater floods inputs: many per tick, all pointing west into the wall.
      for (let i = 0; i < 10; i++) zone.queueInput(player, intent(++sequence, -50, 0));
      const before = { x: player.x, y: player.y };
      zone.step();
      const moved = Math.hypot(player.x - before.x, player.y - before.y);
      assert.ok(moved <= player.speed * zone.dt + 1e-9, `moved ${moved} m in one tick`);
      assert.ok(player.x >= 21 * 2, `crossed the wall at x=${player.x}`);
    }
    // It did reach the wall.
    assert.ok(player.x < 21 * 2 + 1);
  });

  it('walks to a target and stops there', () => {
    const zone = new Zone(openZone('z'), options);
    const player = zone.addPlayer(spec(1), 10, 10);
    zone.queueInput(player, { sequence: 1, directionX: 0, directionY: 0, targetX: 20, targetY: 10 });
    for (let i = 0; i < 60; i++) zone.step();
    assert.ok(Math.abs(player.x - 20) < 0.06);
    assert.equal(player.moving, false);
  });

  it('frames decoded by the SDK mirror reproduce what each player sees', () => {
    let checked = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.integer({ min: -1, max: 1 }), fc.integer({ min: -1, max: 1 }), fc.boolean()), { minLength: 5, maxLength: 120 }),
        (script) => {
          const zone = new Zone(openZone('z', { size: 48 }), { ...options, viewRadius: 20, hysteresis: 3, cellSize: 8 });
          const mirrors = new Map<PlayerEntity, WorldMirror>();
          const players = Array.from({ length: 8 }, (_, i) => zone.addPlayer(spec(i), 6 + (i % 4) * 20, 6 + Math.floor(i / 4) * 40));
          for (const p of players) {
            const mirror = new WorldMirror();
            mirrors.set(p, mirror);
            p.sink = {
              deliverFrame: (bytes) => {
                const payload = serverPayload(decodeServerMessage(bytes));
                assert.ok(payload?.kind === 'worldFrame');
                mirror.apply(payload.value);
              },
            };
          }
          let sequence = 0;
          for (const [who, dx, dy, hurt] of script) {
            const p = players[who];
            if (p !== undefined) {
              zone.queueInput(p, intent(++sequence, dx, dy));
              if (hurt) p.setHitPoints(p.hitPoints - 7);
            }
            zone.step();
            for (const frame of zone.outbox) frame.player.sink?.deliverFrame(frame.bytes, frame.player.ackSequence, frame.reset);
            for (const [player, mirror] of mirrors) {
              const expected = new Set([player.handle, ...zone.interest.visibleTo(player.handle)]);
              assert.deepEqual(new Set(mirror.entities.keys()), expected);
              for (const handle of expected) {
                const e = zone.entity(handle);
                const m = mirror.entities.get(handle);
                assert.ok(e && m);
                assert.equal(m.x * 16, quantise(e.x));
                assert.equal(m.y * 16, quantise(e.y));
                assert.equal(m.hitPoints, e.hitPoints);
              }
              checked += expected.size;
              assert.equal(mirror.selfId, player.handle);
              assert.equal(mirror.ackSequence, player.ackSequence);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
    // The property compared real views, not empty ones.
    assert.ok(checked > 10_000, `only ${checked} entity views compared`);
  });

  it('entityList and playerList are entities() and players(), in order, through adds and removals', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ add: fc.constantFrom('player', 'npc', 'none'), remove: fc.nat(20), step: fc.boolean() }), { maxLength: 60 }), (ops) => {
        const zone = new Zone(openZone('z'), options);
        let n = 0;
        for (const op of ops) {
          if (op.add === 'player') zone.addPlayer(spec(n++), 5 + (n % 20), 5);
          if (op.add === 'npc') zone.addEntity((handle) => new Entity(handle, { name: `N${n++}`, kind: EntityKinds.npc, classId: CharacterClass.CHARACTER_CLASS_UNSPECIFIED, x: 6, y: 6 + (n % 20), hitPoints: 5, maxHitPoints: 5, level: 1, speed: 1 }));
          const all = [...zone.entities()];
          const victim = all[op.remove % Math.max(1, all.length)];
          if (victim !== undefined && op.remove % 3 === 0) zone.remove(victim);
          if (op.step) zone.step();
          assert.deepEqual(zone.entityList(), [...zone.entities()]);
          assert.deepEqual(zone.playerList(), [...zone.players()]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('sends nothing to a player when nothing it sees changed', () => {
    const zone = new Zone(openZone('z'), options);
    const a = zone.addPlayer(spec(1), 10, 10);
    const frames: Uint8Array[] = [];
    a.sink = { deliverFrame: (b) => frames.push(b.slice()) };
    zone.step();
    for (const f of zone.outbox) f.player.sink?.deliverFrame(f.bytes, f.player.ackSequence, f.reset);
    assert.equal(frames.length, 1, 'the reset frame');
    for (let i = 0; i < 10; i++) {
      zone.step();
      for (const f of zone.outbox) f.player.sink?.deliverFrame(f.bytes, f.player.ackSequence, f.reset);
    }
    assert.equal(frames.length, 1);
  });
});
