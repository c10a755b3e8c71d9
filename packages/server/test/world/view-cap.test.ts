import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { WorldMirror } from '@realmforge/client';
import { decodeServerMessage, serverPayload } from '@realmforge/protocol';
import { ConfigError, loadConfig } from '@realmforge/server';
import { World } from '../../src/world/world.ts';
import { openZone } from '../helpers/test-maps.ts';
import { characterRecord } from '../helpers/test-characters.ts';
import { CAPPED_OPTIONS as OPTIONS, sorted } from '../helpers/capped-view-model.ts';
import { crowdArbitraries, walkCappedCrowd } from '../helpers/capped-crowd.ts';
import { InterestGrid } from '../../src/world/interest-grid.ts';
import { ViewCap } from '../../src/world/view-cap.ts';

describe('ViewCap.choose', () => {
  it('keeps the cap smallest keys, ties to the lower id, as a sort would', () => {
    const cases = fc.integer({ min: 2, max: 60 }).chain((n) => fc.record({
      // Few distinct keys, so ties are common.
      keys: fc.array(fc.integer({ min: -3, max: 6 }).map((k) => k / 2), { minLength: n, maxLength: n }),
      ids: fc.uniqueArray(fc.nat({ max: 10_000 }), { minLength: n, maxLength: n }),
      cap: fc.integer({ min: 1, max: n - 1 }),
    }));
    const viewCap = new ViewCap();
    fc.assert(fc.property(cases, ({ keys, ids, cap }) => {
      const n = keys.length;
      const chosen = new Uint8Array(n).fill(9);
      viewCap.choose(Float64Array.from(keys), Int32Array.from(ids), n, cap, chosen);
      const expected = [...keys.keys()].sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || (ids[a] ?? 0) - (ids[b] ?? 0)).slice(0, cap);
      assert.deepEqual(sorted([...chosen.keys()].filter((i) => chosen[i] === 1)), sorted(expected));
      assert.ok(chosen.every((c) => c === 0 || c === 1));
    }), { numRuns: 300 });
  });
});

describe('InterestGrid with a view cap', () => {
  it('rejects a cap that is not a non-negative integer', () => {
    assert.throws(() => new InterestGrid({ ...OPTIONS, maxVisible: -1 }), RangeError);
    assert.throws(() => new InterestGrid({ ...OPTIONS, maxVisible: 2.5 }), RangeError);
  });

  // Wide: crowds now and then; dense: views the cap cuts, found within a nearer reach (or not,
  // when the crowd thins or scatters) and recomputed at every update.
  for (const [name, spread] of [['a wide zone', 120], ['a dense crowd', 25]] as const) it(`follows the capped rule exactly when every observer is recomputed every update: ${name}`, () => {
    const { coordinate, step } = crowdArbitraries(spread);
    const scenario = fc.record({
      cap: fc.integer({ min: 1, max: 8 }),
      start: fc.array(fc.tuple(coordinate, coordinate), { minLength: 4, maxLength: 40 }),
      observers: fc.integer({ min: 1, max: 4 }),
      steps: fc.array(fc.record(step), { minLength: 1, maxLength: 8 }),
    });
    fc.assert(fc.property(scenario, ({ cap, start, observers, steps }) => {
      walkCappedCrowd({ grid: new InterestGrid({ ...OPTIONS, maxVisible: cap }), cap, start, observers, steps });
    }), { numRuns: 150 });
  });

  it('never lets a view past the cap, and a cap no crowd reaches changes nothing', () => {
    const coordinate = fc.integer({ min: -100, max: 100 });
    const scenario = fc.record({
      cap: fc.integer({ min: 1, max: 6 }),
      period: fc.integer({ min: 1, max: 3 }),
      start: fc.array(fc.tuple(coordinate, coordinate), { minLength: 4, maxLength: 30 }),
      steps: fc.array(fc.array(fc.tuple(fc.nat({ max: 40 }), coordinate, coordinate), { maxLength: 10 }), { minLength: 1, maxLength: 10 }),
    });
    fc.assert(fc.property(scenario, ({ cap, period, start, steps }) => {
      const capped = new InterestGrid({ ...OPTIONS, period, maxVisible: cap });
      const roomy = new InterestGrid({ ...OPTIONS, period, maxVisible: 1000 });
      const uncapped = new InterestGrid({ ...OPTIONS, period });
      for (const grid of [capped, roomy, uncapped]) {
        for (const [id, [x, y]] of start.entries()) grid.insert(id, x, y);
        for (let id = 0; id < start.length; id += 3) grid.addObserver(id);
      }
      const observers = start.map((_, id) => id).filter((id) => id % 3 === 0);
      const update = (): void => {
        for (const grid of [capped, roomy, uncapped]) grid.update();
        for (const o of observers) {
          assert.ok(capped.visibleTo(o).length <= cap, `observer ${o} sees ${capped.visibleTo(o).length} > ${cap}`);
          assert.deepEqual(sorted(roomy.visibleTo(o)), sorted(uncapped.visibleTo(o)));
          assert.deepEqual(roomy.changesFor(o), uncapped.changesFor(o));
        }
      };
      update();
      for (const moves of steps) {
        for (const [index, x, y] of moves) {
          for (const grid of [capped, roomy, uncapped]) grid.move(index % start.length, x, y);
        }
        update();
      }
    }), { numRuns: 150 });
  });

  it('a full view takes in a nearer newcomer at its next recomputation, in place of the farthest', () => {
    const grid = new InterestGrid({ ...OPTIONS, maxVisible: 2 });
    grid.insert(0, 0, 0);
    grid.addObserver(0);
    grid.insert(1, 10, 0);
    grid.insert(2, 20, 0);
    grid.update();
    assert.deepEqual(sorted(grid.visibleTo(0)), [1, 2]);
    grid.insert(3, 3, 0);
    grid.update();
    assert.deepEqual(sorted(grid.visibleTo(0)), [1, 2], 'a full view waits for its recomputation');
    assert.deepEqual(grid.changesFor(0), { entered: new Int32Array(0), left: new Int32Array(0) });
    grid.update();
    assert.deepEqual(sorted(grid.visibleTo(0)), [1, 3]);
    assert.deepEqual(grid.changesFor(0), { entered: Int32Array.of(3), left: Int32Array.of(2) });
  });

  it('a saturated view scans a nearer reach only when that reach holds its nearest for sure', () => {
    // Small cells, so what a nearer reach leaves out is exactly what lies beyond it.
    const grid = new InterestGrid({ cellSize: 2, viewRadius: 50, hysteresis: 5, maxVisible: 1 });
    grid.insert(0, 0, 0);
    grid.addObserver(0);
    grid.insert(1, 10, 0);
    grid.insert(2, 11, 0);
    grid.update();
    assert.deepEqual([...grid.visibleTo(0)], [1]);
    // The next scan reaches 18 m (10 + hysteresis 5 + margin 3). Within it, two newcomers at
    // 16.5 and 17 m; beyond it, the one already seen, at 20.5 m: 15.5 m counting the hysteresis,
    // nearer than both. The reach does not hold (16.5 > 18 - 5), so the rest is scanned too.
    grid.move(1, 20.5, 0);
    grid.move(2, 16.5, 0);
    grid.insert(3, 17, 0);
    grid.update();
    assert.deepEqual([...grid.visibleTo(0)], [1]);
    assert.deepEqual(grid.changesFor(0), { entered: new Int32Array(0), left: new Int32Array(0) });
  });

  it('a saturated view follows its crowd while its observer stands still, favouring what it already sees', () => {
    const grid = new InterestGrid({ ...OPTIONS, maxVisible: 2 });
    grid.insert(0, 0, 0);
    grid.addObserver(0);
    grid.insert(1, 10, 0);
    grid.insert(2, 20, 0);
    grid.insert(3, 30, 0);
    grid.update();
    assert.deepEqual(sorted(grid.visibleTo(0)), [1, 2]);
    // 3 comes nearer than 2, but not by the hysteresis (5 m): 2 stays.
    grid.move(3, 16, 0);
    grid.update();
    assert.deepEqual(sorted(grid.visibleTo(0)), [1, 2]);
    // Now by more than the hysteresis: 3 takes 2's place, the observer never having moved.
    grid.move(3, 14, 0);
    grid.update();
    assert.deepEqual(sorted(grid.visibleTo(0)), [1, 3]);
    assert.deepEqual(grid.changesFor(0), { entered: Int32Array.of(3), left: Int32Array.of(2) });
    // A removal frees room: the waiting entity comes back at the next update.
    grid.remove(1);
    grid.update();
    assert.deepEqual(sorted(grid.visibleTo(0)), [2, 3]);
    assert.deepEqual(grid.changesFor(0), { entered: Int32Array.of(2), left: Int32Array.of(1) });
  });
});

describe('view cap through the world', () => {
  it('the server caps views at 256 by default; a bad cap names the key', () => {
    assert.equal(loadConfig().viewCap, 256);
    assert.equal(loadConfig({ argv: ['--view-cap', '0'] }).viewCap, 0);
    for (const bad of ['-1', '2.5', 'many']) {
      assert.throws(() => loadConfig({ argv: ['--view-cap', bad] }), (error: unknown) => error instanceof ConfigError && /viewCap/.test(error.message));
    }
  });

  it('a player in a crowd is sent its nearest, up to the cap', () => {
    const world = new World(new Map([['alpha', openZone('alpha')]]), {
      tickRateHz: 20, viewRadius: 40, hysteresis: 4, cellSize: 10, seed: 3, startZone: 'alpha', framePacing: false, viewCap: 3, now: () => 0,
    });
    const mirror = new WorldMirror();
    const player = world.enter(characterRecord(0, 'alpha', 20, 20), {
      deliverFrame: (bytes) => {
        const payload = serverPayload(decodeServerMessage(bytes));
        assert.ok(payload?.kind === 'worldFrame');
        mirror.apply(payload.value);
      },
    });
    const others = [1, 2, 3, 4, 5, 6].map((n) => world.enter(characterRecord(n, 'alpha', 20 + n * 2, 20), undefined));
    world.step();
    world.step();
    const seen = sorted([...mirror.entities.keys()].filter((handle) => handle !== player.handle));
    assert.deepEqual(seen, sorted(others.slice(0, 3).map((o) => o.handle)));
  });
});

