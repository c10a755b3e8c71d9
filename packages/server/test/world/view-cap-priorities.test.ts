import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CharacterClass } from '@realmforge/protocol';
import { Entity, EntityKinds } from '../../src/world/entity.ts';
import { InterestGrid } from '../../src/world/interest-grid.ts';
import type { PlayerSpec } from '../../src/world/player-entity.ts';
import { movementSystem } from '../../src/world/systems/movement.ts';
import { ViewCap } from '../../src/world/view-cap.ts';
import type { ViewPriorities } from '../../src/world/view-cap.ts';
import { Zone } from '../../src/world/zone.ts';
import { openZone } from '../helpers/test-maps.ts';
import { CAPPED_OPTIONS as OPTIONS, sorted } from '../helpers/capped-view-model.ts';
import { crowdArbitraries, walkCappedCrowd } from '../helpers/capped-crowd.ts';

/** Priorities set by hand per observer; counts the questions. */
class FixedPriorities implements ViewPriorities {
  readonly of = new Map<number, number[]>();
  asked = 0;

  prioritiesOf(observer: number, out: number[]): void {
    this.asked++;
    for (const id of this.of.get(observer) ?? []) out.push(id);
  }
}

describe('ViewCap.chooseWithPriorities', () => {
  it('keeps every priority entry and the nearest others up to the cap, or the nearest priority entries when they alone fill it', () => {
    const cases = fc.integer({ min: 2, max: 60 }).chain((n) => fc.record({
      keys: fc.array(fc.integer({ min: -3, max: 6 }).map((k) => k / 2), { minLength: n, maxLength: n }),
      ids: fc.uniqueArray(fc.nat({ max: 10_000 }), { minLength: n, maxLength: n }),
      priority: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      cap: fc.integer({ min: 1, max: n - 1 }),
    }));
    const viewCap = new ViewCap();
    fc.assert(fc.property(cases, ({ keys, ids, priority, cap }) => {
      const n = keys.length;
      const flags = Uint8Array.from(priority.map((p) => (p ? 1 : 0)));
      const count = priority.filter(Boolean).length;
      fc.pre(count > 0);
      const chosen = new Uint8Array(n).fill(9);
      const threshold = viewCap.chooseWithPriorities(Float64Array.from(keys), Int32Array.from(ids), n, cap, chosen, flags, count);
      const order = (list: number[]): number[] => list.sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || (ids[a] ?? 0) - (ids[b] ?? 0));
      const first = [...keys.keys()].filter((i) => priority[i]);
      const others = [...keys.keys()].filter((i) => !priority[i]);
      const expectedOthers = count >= cap ? [] : order(others).slice(0, cap - count);
      const expected = count >= cap ? order(first).slice(0, cap) : [...first, ...expectedOthers];
      assert.deepEqual(sorted([...chosen.keys()].filter((i) => chosen[i] === 1)), sorted(expected));
      assert.equal(threshold, expectedOthers.length === 0 ? Number.NEGATIVE_INFINITY : Math.max(...expectedOthers.map((i) => keys[i] ?? 0)));
    }), { numRuns: 300 });
  });
});

describe('InterestGrid with a view cap and priorities', () => {
  // Wide: crowds now and then; dense: every view cut, and priorities often beyond the nearer
  // reach a saturated view scans first (found by id), sometimes more of them than the cap.
  for (const [name, spread] of [['a wide zone', 120], ['a dense crowd', 25]] as const) it(`follows the rule exactly, random priorities changing at every update: ${name}`, () => {
    const { coordinate, step } = crowdArbitraries(spread);
    // Ids up to 45: some not in the grid (removed or never inserted), the observer itself, repeats.
    const priorityList = fc.array(fc.nat({ max: 45 }), { maxLength: 10 });
    const scenario = fc.record({
      cap: fc.integer({ min: 1, max: 8 }),
      start: fc.array(fc.tuple(coordinate, coordinate), { minLength: 4, maxLength: 40 }),
      observers: fc.integer({ min: 1, max: 4 }),
      priorities: fc.array(priorityList, { minLength: 4, maxLength: 4 }),
      steps: fc.array(fc.record({ ...step, priorities: fc.array(fc.option(priorityList, { nil: undefined }), { minLength: 4, maxLength: 4 }) }), { minLength: 1, maxLength: 8 }),
    });
    fc.assert(fc.property(scenario, ({ cap, start, observers, priorities, steps }) => {
      const source = new FixedPriorities();
      walkCappedCrowd({
        grid: new InterestGrid({ ...OPTIONS, maxVisible: cap, priorities: source }),
        cap, start, observers, steps,
        prioritiesOf: (o) => new Set(source.of.get(o)),
        onObservers: (watchers) => {
          for (const [k, o] of watchers.entries()) source.of.set(o, priorities[k] ?? []);
        },
        // A target switched, an attacker gone, a party joined: some observers' priorities change.
        onStep: ({ priorities: next }, watchers) => {
          for (const [i, o] of watchers.entries()) {
            const list = next[i];
            if (list !== undefined) source.of.set(o, list);
          }
        },
      });
    }), { numRuns: 150 });
  });

  it('never lets a view past the cap; a view the cap never cuts is the same as without priorities, which are never asked', () => {
    const coordinate = fc.integer({ min: -100, max: 100 });
    const scenario = fc.record({
      cap: fc.integer({ min: 1, max: 6 }),
      period: fc.integer({ min: 1, max: 3 }),
      start: fc.array(fc.tuple(coordinate, coordinate), { minLength: 4, maxLength: 30 }),
      priorities: fc.array(fc.array(fc.nat({ max: 30 }), { maxLength: 8 }), { minLength: 10, maxLength: 10 }),
      steps: fc.array(fc.array(fc.tuple(fc.nat({ max: 40 }), coordinate, coordinate), { maxLength: 10 }), { minLength: 1, maxLength: 10 }),
    });
    fc.assert(fc.property(scenario, ({ cap, period, start, priorities, steps }) => {
      const cappedSource = new FixedPriorities();
      const roomySource = new FixedPriorities();
      const capped = new InterestGrid({ ...OPTIONS, period, maxVisible: cap, priorities: cappedSource });
      const roomy = new InterestGrid({ ...OPTIONS, period, maxVisible: 1000, priorities: roomySource });
      const plain = new InterestGrid({ ...OPTIONS, period, maxVisible: 1000 });
      const observers = start.map((_, id) => id).filter((id) => id % 3 === 0);
      for (const grid of [capped, roomy, plain]) {
        for (const [id, [x, y]] of start.entries()) grid.insert(id, x, y);
        for (const o of observers) grid.addObserver(o);
      }
      for (const [k, o] of observers.entries()) {
        cappedSource.of.set(o, priorities[k] ?? []);
        roomySource.of.set(o, priorities[k] ?? []);
      }
      const update = (): void => {
        for (const grid of [capped, roomy, plain]) grid.update();
        for (const o of observers) {
          assert.ok(capped.visibleTo(o).length <= cap, `observer ${o} sees ${capped.visibleTo(o).length} > ${cap}`);
          assert.deepEqual(sorted(roomy.visibleTo(o)), sorted(plain.visibleTo(o)));
          assert.deepEqual(roomy.changesFor(o), plain.changesFor(o));
        }
        assert.equal(roomySource.asked, 0);
      };
      update();
      for (const moves of steps) {
        for (const [index, x, y] of moves) {
          for (const grid of [capped, roomy, plain]) grid.move(index % start.length, x, y);
        }
        update();
      }
    }), { numRuns: 150 });
  });

  it('more priority entities than the cap: the nearest of them, and no other', () => {
    const source = new FixedPriorities();
    const grid = new InterestGrid({ ...OPTIONS, maxVisible: 3, priorities: source });
    grid.insert(0, 0, 0);
    grid.addObserver(0);
    for (let id = 1; id <= 10; id++) grid.insert(id, id * 4, 0);
    source.of.set(0, [10, 9, 8, 7, 6]);
    grid.update();
    assert.deepEqual(sorted(grid.visibleTo(0)), [6, 7, 8]);
    // Keys as for the others: one already seen counts as the hysteresis (5 m) nearer.
    grid.move(9, 0, 31);
    grid.update();
    assert.deepEqual(sorted(grid.visibleTo(0)), [6, 7, 8], 'a newcomer less than the hysteresis nearer waits');
    grid.move(9, 0, 26);
    grid.update();
    assert.deepEqual(sorted(grid.visibleTo(0)), [6, 7, 9]);
    assert.deepEqual(grid.changesFor(0), { entered: Int32Array.of(9), left: Int32Array.of(8) });
    grid.remove(6);
    grid.update();
    assert.deepEqual(sorted(grid.visibleTo(0)), [7, 8, 9]);
  });

  it('a priority entity entering a full view displaces the farthest other at the next recomputation', () => {
    const source = new FixedPriorities();
    const grid = new InterestGrid({ ...OPTIONS, maxVisible: 2, priorities: source });
    grid.insert(0, 0, 0);
    grid.addObserver(0);
    grid.insert(1, 10, 0);
    grid.insert(2, 20, 0);
    source.of.set(0, [3]);
    grid.update();
    assert.deepEqual(sorted(grid.visibleTo(0)), [1, 2]);
    grid.insert(3, 45, 0);
    grid.update();
    assert.deepEqual(sorted(grid.visibleTo(0)), [1, 2], 'a full view waits for its recomputation');
    grid.update();
    assert.deepEqual(sorted(grid.visibleTo(0)), [1, 3]);
    assert.deepEqual(grid.changesFor(0), { entered: Int32Array.of(3), left: Int32Array.of(2) });
  });

  it('a saturated view of a player standing still follows a new priority by its next turn, and a dropped one may be cut again', () => {
    const source = new FixedPriorities();
    const grid = new InterestGrid({ ...OPTIONS, maxVisible: 4, period: 2, priorities: source });
    grid.insert(0, 0, 0);
    grid.addObserver(0);
    for (let id = 1; id <= 8; id++) grid.insert(id, id * 5, 0);
    grid.update();
    assert.deepEqual(sorted(grid.visibleTo(0)), [1, 2, 3, 4]);
    source.of.set(0, [8]);
    grid.update();
    grid.update();
    assert.deepEqual(sorted(grid.visibleTo(0)), [1, 2, 3, 8]);
    source.of.set(0, []);
    grid.update();
    grid.update();
    assert.deepEqual(sorted(grid.visibleTo(0)), [1, 2, 3, 4]);
  });
});

const zoneOptions = { tickRateHz: 20, viewRadius: 40, hysteresis: 4, cellSize: 10, seed: 5, systems: [movementSystem], viewCap: 256 };

function spec(n: number): PlayerSpec {
  return {
    characterId: `C${n}`, accountId: `A${n}`, name: `P${n}`, classId: CharacterClass.CHARACTER_CLASS_WARRIOR,
    level: 1, experience: 0, hitPoints: 100, maxHitPoints: 100, speed: 5,
  };
}

function npc(zone: Zone, x: number, y: number): Entity {
  return zone.addEntity((handle) => new Entity(handle, { name: `npc${handle}`, kind: EntityKinds.npc, classId: CharacterClass.CHARACTER_CLASS_UNSPECIFIED, x, y, hitPoints: 10, maxHitPoints: 10, level: 1, speed: 3 }));
}

/** A zone with a player at (20, 60), one entity of interest at 35 m and 300 NPCs crowding within 6 m of the player. */
function crowdedZone(): { zone: Zone; make: (kind: 'npc' | 'player') => Entity; crowd: () => void; player: Entity } {
  const zone = new Zone(openZone('z', { size: 64 }), zoneOptions);
  const player = zone.addPlayer(spec(0), 20, 60);
  return {
    zone,
    player,
    make: (kind) => (kind === 'npc' ? npc(zone, 55, 60) : zone.addPlayer(spec(1), 55, 60)),
    crowd: () => {
      for (let i = 0; i < 300; i++) npc(zone, 20 + 6 * Math.cos(i), 60 + 6 * Math.sin(i) * ((i % 7) / 7));
    },
  };
}

describe('a crowded player keeps what it must see (Zone, cap 256)', () => {
  it('its combat target, while 300 nearer entities crowd in; cleared, the target is cut', () => {
    const { zone, player, make, crowd } = crowdedZone();
    const target = make('npc');
    player.combat.setTarget(target.handle);
    zone.step();
    assert.ok(zone.interest.isVisible(player.handle, target.handle));
    crowd();
    zone.step();
    zone.step();
    assert.equal(zone.interest.visibleTo(player.handle).length, 256);
    assert.ok(zone.interest.isVisible(player.handle, target.handle), 'the target stays in view');
    player.combat.setTarget(0);
    zone.step();
    assert.equal(zone.interest.visibleTo(player.handle).length, 256);
    assert.ok(!zone.interest.isVisible(player.handle, target.handle), 'no longer a priority: the farthest, cut');
  });

  it('an NPC attacking it, and a player attacking it', () => {
    for (const kind of ['npc', 'player'] as const) {
      const { zone, player, make, crowd } = crowdedZone();
      const attacker = make(kind);
      attacker.combat.setTarget(player.handle);
      crowd();
      zone.step();
      zone.step();
      assert.equal(zone.interest.visibleTo(player.handle).length, 256);
      assert.ok(zone.interest.isVisible(player.handle, attacker.handle), `the attacking ${kind} stays in view`);
      attacker.combat.setTarget(0);
      zone.step();
      assert.ok(!zone.interest.isVisible(player.handle, attacker.handle), `an ${kind} that stopped attacking is cut`);
    }
  });

  it('a party member in the zone, and not a stranger in the same spot', () => {
    const { zone, player, make, crowd } = crowdedZone();
    const member = make('player');
    const stranger = zone.addPlayer(spec(2), 55, 61);
    player.combat.party = 'party-1';
    member.combat.party = 'party-1';
    stranger.combat.party = 'party-2';
    crowd();
    zone.step();
    zone.step();
    assert.equal(zone.interest.visibleTo(player.handle).length, 256);
    assert.ok(zone.interest.isVisible(player.handle, member.handle), 'the party member stays in view');
    assert.ok(zone.interest.isVisible(member.handle, player.handle), 'and the member sees the player');
    assert.ok(!zone.interest.isVisible(player.handle, stranger.handle), 'a stranger as far is cut');
  });
});
