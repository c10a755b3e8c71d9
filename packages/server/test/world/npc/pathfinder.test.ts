/**
 * A*: shortest paths (checked against brute-force Dijkstra on random grids), never through walls
 * or across wall corners, the per-tick budget, the search bound and the cache.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { Pathfinder, pathCost } from '../../../src/world/ai/pathfinder.ts';
import { CollisionGrid } from '../../../src/world/map/collision-grid.ts';

/** Every tile's distance from `start` over the same graph as the pathfinder (8-connected, no corner cutting). */
function bruteForce(grid: CollisionGrid, start: number): Float64Array {
  const { columns, rows } = grid;
  const dist = new Float64Array(columns * rows).fill(Infinity);
  dist[start] = 0;
  const done = new Uint8Array(columns * rows);
  for (;;) {
    let best = -1;
    for (let i = 0; i < dist.length; i++) if (done[i] === 0 && Number.isFinite(dist[i]) && (best < 0 || (dist[i] ?? 0) < (dist[best] ?? 0))) best = i;
    if (best < 0) return dist;
    done[best] = 1;
    const col = best % columns;
    const row = Math.floor(best / columns);
    for (let dr = -1; dr <= 1; dr++) {
      for (let dc = -1; dc <= 1; dc++) {
        if (dr === 0 && dc === 0) continue;
        const c = col + dc;
        const r = row + dr;
        if (grid.isBlockedTile(c, r)) continue;
        if (dr !== 0 && dc !== 0 && (grid.isBlockedTile(col + dc, row) || grid.isBlockedTile(col, row + dr))) continue;
        const next = r * columns + c;
        const cost = (dist[best] ?? 0) + (dr !== 0 && dc !== 0 ? Math.SQRT2 : 1);
        if (cost < (dist[next] ?? Infinity)) dist[next] = cost;
      }
    }
  }
}

const gridArbitrary = fc.record({
  columns: fc.integer({ min: 2, max: 12 }),
  rows: fc.integer({ min: 2, max: 12 }),
}).chain(({ columns, rows }) => fc.record({
  columns: fc.constant(columns),
  rows: fc.constant(rows),
  cells: fc.array(fc.boolean(), { minLength: columns * rows, maxLength: columns * rows }),
  start: fc.integer({ min: 0, max: columns * rows - 1 }),
  goal: fc.integer({ min: 0, max: columns * rows - 1 }),
}));

/** Runs steps until the request is answered. */
function solve(finder: Pathfinder, request: ReturnType<Pathfinder['request']>): void {
  for (let i = 0; i < 10_000 && request.status === 'pending'; i++) finder.step();
}

describe('Pathfinder', () => {
  it('finds a shortest path whenever one exists, walking only free tiles and never cutting a corner', () => {
    fc.assert(fc.property(gridArbitrary, ({ columns, rows, cells, start, goal }) => {
      const bytes = Uint8Array.from(cells, (blocked, i) => (i === start || i === goal ? 0 : blocked ? 1 : 0));
      const grid = new CollisionGrid(columns, rows, 1, bytes);
      const finder = new Pathfinder(grid, { nodesPerTick: 7, maxNodesPerSearch: 10_000, cacheEntries: 0 });
      const request = finder.request((start % columns) + 0.5, Math.floor(start / columns) + 0.5, (goal % columns) + 0.5, Math.floor(goal / columns) + 0.5);
      solve(finder, request);
      const expected = bruteForce(grid, start)[goal] ?? Infinity;
      if (!Number.isFinite(expected)) {
        assert.equal(request.status, 'unreachable');
        return;
      }
      assert.equal(request.status, 'found');
      assert.ok(Math.abs(request.cost - expected) < 1e-9, `cost ${request.cost} vs shortest ${expected}`);
      assert.ok(Math.abs(pathCost(request.tiles, start, columns) - expected) < 1e-9);
      assert.equal(request.tiles.at(-1) ?? start, goal);
      let previous = start;
      for (const tile of request.tiles) {
        assert.equal(bytes[tile], 0, 'the path only crosses free tiles');
        const dc = (tile % columns) - (previous % columns);
        const dr = Math.floor(tile / columns) - Math.floor(previous / columns);
        assert.ok(Math.abs(dc) <= 1 && Math.abs(dr) <= 1, 'steps go to a neighbour');
        if (dc !== 0 && dr !== 0) assert.ok(bytes[previous + dc] === 0 && bytes[previous + dr * columns] === 0, 'no corner cutting');
        previous = tile;
      }
    }), { numRuns: 300 });
  });

  it('does not go through a wall: the way round is taken', () => {
    const grid = CollisionGrid.fromAscii(['.....', '.###.', '.#.#.', '.###.', '.....'], 1);
    const finder = new Pathfinder(grid);
    const request = finder.request(2.5, 2.5, 0.5, 0.5);
    solve(finder, request);
    assert.equal(request.status, 'unreachable', 'the pocket is closed at the top');
    const around = finder.request(0.5, 2.5, 4.5, 2.5);
    solve(finder, around);
    assert.equal(around.status, 'found');
    for (const tile of around.tiles) assert.equal(grid.cells[tile], 0);
  });

  it('spends at most its budget per tick; a search over budget continues on later ticks', () => {
    const grid = new CollisionGrid(200, 200, 1);
    const finder = new Pathfinder(grid, { nodesPerTick: 50, maxNodesPerSearch: 100_000, cacheEntries: 16 });
    const requests = [finder.request(0.5, 0.5, 199.5, 150.5), finder.request(199.5, 0.5, 0.5, 199.5), finder.request(10.5, 10.5, 190.5, 190.5)];
    let ticks = 0;
    while (requests.some((r) => r.status === 'pending')) {
      const spent = finder.step();
      assert.ok(spent <= 50, `spent ${spent}`);
      ticks++;
    }
    assert.ok(ticks > 3, 'the work was spread over several ticks');
    for (const request of requests) assert.equal(request.status, 'found');
    assert.equal(finder.pending, 0);
  });

  it('gives up after maxNodesPerSearch, answers cached paths at once, and drops cancelled requests', () => {
    const grid = CollisionGrid.fromAscii(['..........', '########.#', '..........'], 1);
    const finder = new Pathfinder(grid, { nodesPerTick: 1000, maxNodesPerSearch: 3, cacheEntries: 8 });
    const far = finder.request(0.5, 0.5, 0.5, 2.5);
    solve(finder, far);
    assert.equal(far.status, 'unreachable', 'too far for 3 expansions');
    const roomy = new Pathfinder(grid, { nodesPerTick: 1000, maxNodesPerSearch: 1000, cacheEntries: 8 });
    const first = roomy.request(0.5, 0.5, 0.5, 2.5);
    solve(roomy, first);
    const again = roomy.request(0.7, 0.2, 0.1, 2.9);
    assert.equal(again.status, 'found', 'same tiles: from the cache without a search');
    assert.deepEqual([...again.tiles], [...first.tiles]);
    assert.equal(roomy.stats.cacheHits, 1);
    const cancelled = roomy.request(0.5, 0.5, 5.5, 2.5);
    roomy.cancel(cancelled);
    roomy.step();
    assert.equal(cancelled.status, 'cancelled');
    assert.equal(roomy.pending, 0);
  });
});
