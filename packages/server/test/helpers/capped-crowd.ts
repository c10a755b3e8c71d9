/**
 * The crowd the view cap's model tests walk: random start spots, then updates of moves,
 * removals and spawns, every observer stepping a little each time (never more than a cell, so
 * all are recomputed at once), and after every update each observer's view, enters, leaves and
 * isVisible checked against the capped rule (capped-view-model.ts).
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { InterestGrid } from '../../src/world/interest-grid.ts';
import { expectedCappedView, sorted } from './capped-view-model.ts';

/** One update of the crowd. */
export interface CrowdStep {
  /** Entities moved: an index into the live entities (wrapped), and where to. */
  readonly moves: readonly (readonly [number, number, number])[];
  /** Entities removed, by index into the live entities (wrapped; observers stay). */
  readonly removals: readonly number[];
  /** Entities inserted, at these spots. */
  readonly spawns: readonly (readonly [number, number])[];
}

/**
 * Arbitraries for a crowd spread over `spread` metres each way: a spot coordinate, and the
 * fields of a {@link CrowdStep} (moves reach across the whole zone now and then).
 */
export function crowdArbitraries(spread: number): { coordinate: fc.Arbitrary<number>; step: { [K in keyof CrowdStep]: fc.Arbitrary<CrowdStep[K]> } } {
  const coordinate = fc.integer({ min: -spread, max: spread });
  const far = fc.integer({ min: -120, max: 120 });
  return {
    coordinate,
    step: {
      moves: fc.array(fc.tuple(fc.nat({ max: 39 }), fc.oneof(coordinate, far), fc.oneof(coordinate, far)), { maxLength: 12 }),
      removals: fc.array(fc.nat({ max: 39 }), { maxLength: 2 }),
      spawns: fc.array(fc.tuple(coordinate, coordinate), { maxLength: 3 }),
    },
  };
}

/** What one walk of the crowd is made of. */
export interface CrowdWalk<S extends CrowdStep> {
  /** The grid under test, capped at `cap`. */
  readonly grid: InterestGrid;
  readonly cap: number;
  /** Where the first entities stand; the first `observers` of them observe. */
  readonly start: readonly (readonly [number, number])[];
  readonly observers: number;
  readonly steps: readonly S[];
  /** An observer's priority entities as the model sees them; none when absent. */
  readonly prioritiesOf?: (observer: number) => ReadonlySet<number>;
  /** Told the observers once they are added, and each step after its moves, removals and spawns, before the observers step. */
  readonly onObservers?: (observers: readonly number[]) => void;
  readonly onStep?: (step: S, observers: readonly number[]) => void;
}

/** Walks the crowd, checking every observer against the capped rule after every update. */
export function walkCappedCrowd<S extends CrowdStep>(walk: CrowdWalk<S>): void {
  const { grid, cap } = walk;
  const positions = new Map<number, readonly [number, number]>();
  let nextId = 0;
  const insert = (x: number, y: number): void => {
    grid.insert(nextId, x, y);
    positions.set(nextId, [x, y]);
    nextId++;
  };
  for (const [x, y] of walk.start) insert(x, y);
  const watchers = [...positions.keys()].slice(0, walk.observers);
  const seen = new Map<number, Set<number>>();
  for (const o of watchers) {
    grid.addObserver(o);
    seen.set(o, new Set());
  }
  walk.onObservers?.(watchers);
  const check = (): void => {
    grid.update();
    for (const o of watchers) {
      const before = seen.get(o) ?? new Set<number>();
      const expected = expectedCappedView(positions, o, before, cap, walk.prioritiesOf?.(o));
      assert.deepEqual(sorted(grid.visibleTo(o)), sorted(expected), `observer ${o}`);
      const changes = grid.changesFor(o);
      assert.deepEqual([...changes.entered], sorted([...expected].filter((e) => !before.has(e))));
      assert.deepEqual([...changes.left], sorted([...before].filter((e) => !expected.has(e))));
      assert.ok(expected.size <= cap);
      for (const e of positions.keys()) assert.equal(grid.isVisible(o, e), expected.has(e), `isVisible(${o}, ${e})`);
      seen.set(o, expected);
    }
  };
  check();
  for (const [k, step] of walk.steps.entries()) {
    for (const [index, x, y] of step.moves) {
      const id = [...positions.keys()][index % positions.size] ?? 0;
      grid.move(id, x, y);
      positions.set(id, [x, y]);
    }
    for (const index of step.removals) {
      const id = [...positions.keys()][index % positions.size] ?? 0;
      if (watchers.includes(id)) continue;
      grid.remove(id);
      positions.delete(id);
    }
    for (const [x, y] of step.spawns) insert(x, y);
    walk.onStep?.(step, watchers);
    for (const o of watchers) {
      const [x, y] = positions.get(o) ?? [0, 0];
      const next = [x + (k % 2 === 0 ? 0.5 : -0.5), y] as const;
      grid.move(o, next[0], next[1]);
      positions.set(o, next);
    }
    check();
  }
}
