import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { COLLISION_SKIN, CollisionGrid } from '../../src/world/map/collision-grid.ts';

/** A random grid: up to 24 x 24 tiles of a few sizes, with a random share of blocked tiles. */
const gridArbitrary = fc
  .record({
    columns: fc.integer({ min: 3, max: 24 }),
    rows: fc.integer({ min: 3, max: 24 }),
    tileSize: fc.constantFrom(0.5, 1, 2, 3, 0.7),
    density: fc.constantFrom(0, 0.1, 0.3, 0.5),
    seed: fc.integer(),
  })
  .map(({ columns, rows, tileSize, density, seed }) => {
    const cells = new Uint8Array(columns * rows);
    let state = seed >>> 0;
    for (let i = 0; i < cells.length; i++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      cells[i] = state / 4294967296 < density ? 1 : 0;
    }
    return new CollisionGrid(columns, rows, tileSize, cells);
  });

/**
 * A number spread evenly over [min, max]. (fc.double spreads over representable doubles, so
 * most of its values would be within a hair of zero.)
 */
function uniform(min: number, max: number): fc.Arbitrary<number> {
  return fc.integer({ min: 0, max: 1 << 30 }).map((n) => min + ((max - min) * n) / (1 << 30));
}

/** A coordinate as a fraction of the map, which the test scales by the grid's size. */
const fraction = fc.oneof(uniform(0, 1), fc.constantFrom(0, 0.5, 1));

/** Steps from tiny to far longer than any map, including exact zeros, negative zero and odd doubles. */
const delta = fc.oneof(
  uniform(-0.5, 0.5),
  uniform(-8, 8),
  uniform(-1e4, 1e4),
  fc.double({ min: -100, max: 100, noNaN: true }),
  fc.constantFrom(0, -0, 1e-9, -1e-9, 1e12, -1e12),
);

const radiusFraction = fc.constantFrom(0.05, 0.2, 0.4, 0.49, 0.75, 1.3);

/** Whether the point is in a blocked tile, or the circle pokes out of the map or into a blocked tile deeper than the skin. */
function overlapsWall(grid: CollisionGrid, x: number, y: number, radius: number): boolean {
  if (grid.isBlocked(x, y)) return true;
  const reach = radius - COLLISION_SKIN;
  if (x < reach || y < reach || x > grid.width - reach || y > grid.height - reach) return true;
  for (let row = 0; row < grid.rows; row++) {
    for (let col = 0; col < grid.columns; col++) {
      if (!grid.isBlockedTile(col, row)) continue;
      const nx = Math.min(Math.max(x, col * grid.tileSize), (col + 1) * grid.tileSize);
      const ny = Math.min(Math.max(y, row * grid.tileSize), (row + 1) * grid.tileSize);
      if (Math.hypot(x - nx, y - ny) < reach) return true;
    }
  }
  return false;
}

describe('CollisionGrid basics', () => {
  const grid = CollisionGrid.fromAscii(['....', '.#..', '....'], 2);

  it('knows its size and blocked tiles; outside the map is blocked', () => {
    assert.equal(grid.columns, 4);
    assert.equal(grid.rows, 3);
    assert.equal(grid.width, 8);
    assert.equal(grid.height, 6);
    assert.equal(grid.blockedTileCount(), 1);
    assert.equal(grid.isBlockedTile(1, 1), true);
    assert.equal(grid.isBlockedTile(0, 0), false);
    for (const [col, row] of [[-1, 0], [0, -1], [4, 0], [0, 3], [Number.NaN, 0]] as const) assert.equal(grid.isBlockedTile(col, row), true);
    assert.equal(grid.isBlocked(2.5, 2.5), true);
    assert.equal(grid.isBlocked(1.99, 2.5), false);
    assert.equal(grid.isBlocked(4, 4), false);
    assert.equal(grid.isBlocked(-0.01, 1), true);
    assert.equal(grid.isBlocked(8, 1), true);
    assert.equal(grid.isBlocked(Number.NaN, 1), true);
  });

  it('isFree accounts for the radius, corners and the map edge', () => {
    assert.equal(grid.isFree(1, 1, 0.5), true);
    assert.equal(grid.isFree(1.6, 3, 0.5), false, 'touches the blocked tile from the west');
    assert.equal(grid.isFree(1.5, 1.5, 0.5), true, 'the corner at (2, 2) is 0.707 m away');
    assert.equal(grid.isFree(1.7, 1.7, 0.5), false, 'the corner is 0.42 m away');
    assert.equal(grid.isFree(0.4, 1, 0.5), false, 'pokes out of the map');
    assert.equal(grid.isFree(0.5, 1, 0.5), true, 'touching the edge is allowed');
    assert.equal(grid.isFree(Number.NaN, 1, 0.5), false);
  });

  it('rejects bad dimensions and bad radii', () => {
    assert.throws(() => new CollisionGrid(0, 1, 1), /columns/);
    assert.throws(() => new CollisionGrid(1, 5000, 1), /rows/);
    assert.throws(() => new CollisionGrid(2, 2, 0), /tileSize/);
    assert.throws(() => new CollisionGrid(2, 2, Number.POSITIVE_INFINITY), /tileSize/);
    assert.throws(() => new CollisionGrid(2, 2, 1, new Uint8Array(3)), /3 entries, expected 4/);
    assert.throws(() => CollisionGrid.fromAscii(['..', '.'], 1), /row 1 has 1 tiles, expected 2/);
    assert.throws(() => grid.moveWithCollision(1, 1, 1, 0, 0), /radius/);
    assert.throws(() => grid.moveWithCollision(1, 1, 1, 0, Number.NaN), /radius/);
    assert.throws(() => grid.moveWithCollision(1, 1, 1, 0, Number.POSITIVE_INFINITY), /radius/);
  });
});

describe('moveWithCollision', () => {
  it('moves exactly through free space', () => {
    const open = new CollisionGrid(50, 50, 2);
    assert.deepEqual(open.moveWithCollision(10.1, 20.2, 0.3, -0.7, 0.4), { x: 10.1 + 0.3, y: 20.2 - 0.7 });
    assert.deepEqual(open.moveWithCollision(10, 10, 37.3, 51.9, 0.4), { x: 10 + 37.3, y: 10 + 51.9 });
  });

  it('stops at a wall and slides along it', () => {
    // A wall along row 3 (y from 6 to 8 m); the body walks north-east into it from below.
    const grid = CollisionGrid.fromAscii(['..........', '..........', '..........', '##########', '..........'], 2);
    const end = grid.moveWithCollision(3, 9.5, 2, -2, 0.4);
    assert.equal(end.x, 5, 'x is not held up');
    assert.equal(end.y, 8 + 0.4 + COLLISION_SKIN);
    // Pressing straight into the wall again does not move, and does not get stuck: it can walk away.
    assert.deepEqual(grid.moveWithCollision(end.x, end.y, 0, -1, 0.4), end);
    assert.deepEqual(grid.moveWithCollision(end.x, end.y, 1, 1, 0.4), { x: end.x + 1, y: end.y + 1 });
  });

  it('does not tunnel through a thin wall, however long the step', () => {
    const grid = CollisionGrid.fromAscii(['.....#....', '.....#....', '.....#....'], 2);
    for (const dx of [7, 10, 100, 1e6, 1e300]) {
      const end = grid.moveWithCollision(3, 3, dx, 0, 0.4);
      assert.equal(end.x, 10 - 0.4 - COLLISION_SKIN, `dx ${dx}`);
      assert.equal(end.y, 3);
    }
    const back = grid.moveWithCollision(17, 3, -1e6, 0, 0.4);
    assert.equal(back.x, 12 + 0.4 + COLLISION_SKIN);
  });

  it('rounds a corner as a circle, not as a square', () => {
    // One blocked tile at (2, 2)..(4, 4). A body whose centre passes 0.1 m above its top edge
    // touches it only near the corner; it stops where the circle meets the corner.
    const grid = CollisionGrid.fromAscii(['.....', '.#...', '.....'], 2);
    const end = grid.moveWithCollision(0.5, 1.9, 3, 0, 0.4);
    const expected = 2 - Math.sqrt(0.4 * 0.4 - 0.1 * 0.1) - COLLISION_SKIN;
    assert.ok(Math.abs(end.x - expected) < 1e-12, `${end.x} vs ${expected}`);
  });

  it('passes through a gap just wide enough, and not through one too narrow', () => {
    const grid = CollisionGrid.fromAscii(['#####.####', '..........', '..........', '..........'], 1);
    assert.deepEqual(grid.moveWithCollision(5.5, 2.5, 0, -2, 0.49), { x: 5.5, y: 0.5 });
    // 0.02 m too wide: the circle meets both corners of the gap while its centre is still
    // sqrt(0.51² - 0.5²) ≈ 0.1 m short of the wall's edge.
    const stopped = grid.moveWithCollision(5.5, 2.5, 0, -2, 0.51);
    assert.equal(stopped.x, 5.5);
    assert.ok(Math.abs(stopped.y - (1 + Math.sqrt(0.51 ** 2 - 0.5 ** 2) + COLLISION_SKIN)) < 1e-12, String(stopped.y));
  });

  it('leaves a body that starts inside a wall, or gets a non-finite step, where it is', () => {
    const grid = CollisionGrid.fromAscii(['....', '.#..', '....'], 2);
    assert.deepEqual(grid.moveWithCollision(3, 3, 1, 1, 0.4), { x: 3, y: 3 });
    assert.deepEqual(grid.moveWithCollision(1, 1, Number.NaN, 1, 0.4), { x: 1, y: 1 });
    assert.deepEqual(grid.moveWithCollision(1, 1, 1, Number.POSITIVE_INFINITY, 0.4), { x: 1, y: 1 });
  });

  it('writes into the given point without allocating a new one', () => {
    const grid = new CollisionGrid(10, 10, 1);
    const point = { x: 2, y: 2 };
    const returned = grid.moveWithCollisionInto(point, point.x, point.y, 1, 1, 0.4);
    assert.equal(returned, point);
    assert.deepEqual(point, { x: 3, y: 3 });
  });

  it('never ends in a wall or outside the map, never overshoots, and is deterministic', () => {
    fc.assert(
      fc.property(gridArbitrary, fraction, fraction, radiusFraction, fc.array(fc.tuple(delta, delta), { minLength: 1, maxLength: 12 }), (grid, fx, fy, rf, moves) => {
        const radius = rf * grid.tileSize;
        let x = fx * grid.width;
        let y = fy * grid.height;
        fc.pre(grid.isFree(x, y, radius));
        const scratch = { x: 0, y: 0 };
        for (const [dx, dy] of moves) {
          const end = grid.moveWithCollision(x, y, dx, dy, radius);
          assert.ok(grid.isFree(end.x, end.y, radius), `(${x}, ${y}) + (${dx}, ${dy}) ended at (${end.x}, ${end.y}), which is not free`);
          assert.ok(!overlapsWall(grid, end.x, end.y, radius), `(${end.x}, ${end.y}) overlaps a wall`);
          const huge = Math.max(Math.abs(dx), Math.abs(dy)) > grid.width + grid.height;
          if (!huge) {
            // Each axis stays between the start and the requested end (both computed the same way).
            assert.ok(end.x >= Math.min(x, x + dx) && end.x <= Math.max(x, x + dx), `x overshot: ${x} + ${dx} -> ${end.x}`);
            assert.ok(end.y >= Math.min(y, y + dy) && end.y <= Math.max(y, y + dy), `y overshot: ${y} + ${dy} -> ${end.y}`);
          }
          const moved = Math.hypot(end.x - x, end.y - y);
          assert.ok(moved <= Math.hypot(dx, dy) * (1 + 1e-12) + 1e-12, `moved ${moved} for a step of ${Math.hypot(dx, dy)}`);
          assert.deepEqual(grid.moveWithCollisionInto(scratch, x, y, dx, dy, radius), end, 'same inputs, same output');
          x = end.x;
          y = end.y;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('moves exactly when the area the body sweeps is free', () => {
    fc.assert(
      fc.property(gridArbitrary, fraction, fraction, fraction, fraction, radiusFraction, (grid, fx0, fy0, fx1, fy1, rf) => {
        const radius = rf * grid.tileSize;
        const x = fx0 * grid.width;
        const y = fy0 * grid.height;
        const dx = fx1 * grid.width - x;
        const dy = fy1 * grid.height - y;
        const [left, right] = [Math.min(x, x + dx) - radius, Math.max(x, x + dx) + radius];
        const [top, bottom] = [Math.min(y, y + dy) - radius, Math.max(y, y + dy) + radius];
        fc.pre(left >= 0 && top >= 0 && right <= grid.width && bottom <= grid.height);
        const size = grid.tileSize;
        for (let row = Math.floor(top / size); row < Math.ceil(bottom / size); row++) {
          for (let col = Math.floor(left / size); col < Math.ceil(right / size); col++) fc.pre(!grid.isBlockedTile(col, row));
        }
        assert.deepEqual(grid.moveWithCollision(x, y, dx, dy, radius), { x: x + dx, y: y + dy });
      }),
      { numRuns: 300 },
    );
  });
});

/** Whether the segment touches the closed box grown by `grow` on every side (slab test). */
function segmentTouchesBox(x0: number, y0: number, x1: number, y1: number, box: readonly [number, number, number, number], grow: number): boolean {
  let t0 = 0;
  let t1 = 1;
  const axes = [
    [x0, x1 - x0, box[0] - grow, box[2] + grow],
    [y0, y1 - y0, box[1] - grow, box[3] + grow],
  ] as const;
  for (const [start, d, lo, hi] of axes) {
    if (d === 0) {
      if (start < lo || start > hi) return false;
      continue;
    }
    let a = (lo - start) / d;
    let b = (hi - start) / d;
    if (a > b) [a, b] = [b, a];
    t0 = Math.max(t0, a);
    t1 = Math.min(t1, b);
    if (t0 > t1) return false;
  }
  return true;
}

describe('lineOfSight', () => {
  const point = fc.tuple(uniform(-0.1, 1.1), uniform(-0.1, 1.1));

  it('sees across open ground and not through a wall', () => {
    const grid = CollisionGrid.fromAscii(['.....#....', '.....#....', '..........'], 2);
    assert.equal(grid.lineOfSight(1, 1, 9, 5), true);
    assert.equal(grid.lineOfSight(1, 1, 19, 1), false);
    assert.equal(grid.lineOfSight(19, 3, 1, 1), false);
    assert.equal(grid.lineOfSight(1, 5, 19, 5), true, 'along the open bottom row');
    assert.equal(grid.lineOfSight(13, 1, 13, 5), true, 'vertical');
    assert.equal(grid.lineOfSight(3, 3, 3, 3), true, 'a point sees itself');
    assert.equal(grid.lineOfSight(10.5, 1, 10.5, 1), false, 'from inside the wall');
    assert.equal(grid.lineOfSight(-1, 1, 3, 1), false, 'from outside the map');
    assert.equal(grid.lineOfSight(Number.NaN, 1, 3, 1), false);
  });

  it('is blocked at a corner when either tile beside it is blocked', () => {
    const grid = CollisionGrid.fromAscii(['.#', '..'], 1);
    assert.equal(grid.lineOfSight(0.5, 1.5, 1.5, 0.5), false, 'passes exactly through the corner (1, 1)');
    assert.equal(grid.lineOfSight(1.5, 0.5, 0.5, 1.5), false);
    assert.equal(grid.lineOfSight(0.5, 0.5, 1.5, 1.5), false, 'the other diagonal passes the corner too');
    assert.equal(grid.lineOfSight(0.5, 1.5, 1.5, 1.2), true);
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(gridArbitrary, point, point, (grid, [ax, ay], [bx, by]) => {
        const [x0, y0, x1, y1] = [ax * grid.width, ay * grid.height, bx * grid.width, by * grid.height];
        assert.equal(grid.lineOfSight(x0, y0, x1, y1), grid.lineOfSight(x1, y1, x0, y0));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with a brute-force check of the tiles the segment crosses', () => {
    fc.assert(
      fc.property(gridArbitrary, point, point, (grid, [ax, ay], [bx, by]) => {
        const [x0, y0, x1, y1] = [ax * grid.width, ay * grid.height, bx * grid.width, by * grid.height];
        const size = grid.tileSize;
        const seen = grid.lineOfSight(x0, y0, x1, y1);
        if (seen) {
          // No sample along the segment lies in a blocked tile (samples on a grid line are ambiguous and skipped).
          for (let i = 0; i <= 400; i++) {
            const x = x0 + ((x1 - x0) * i) / 400;
            const y = y0 + ((y1 - y0) * i) / 400;
            const onLine = Math.abs(x / size - Math.round(x / size)) < 1e-9 || Math.abs(y / size - Math.round(y / size)) < 1e-9;
            if (!onLine) assert.equal(grid.isBlocked(x, y), false, `sample (${x}, ${y}) is blocked`);
          }
        } else {
          // Something blocked really is on the way: an end point outside, or a blocked tile the segment touches.
          let blocker = grid.isBlocked(x0, y0) || grid.isBlocked(x1, y1);
          for (let row = 0; row < grid.rows && !blocker; row++) {
            for (let col = 0; col < grid.columns && !blocker; col++) {
              const box = [col * size, row * size, (col + 1) * size, (row + 1) * size] as const;
              blocker = grid.isBlockedTile(col, row) && segmentTouchesBox(x0, y0, x1, y1, box, 1e-6);
            }
          }
          assert.ok(blocker, 'no blocked tile on the segment');
        }
      }),
      { numRuns: 500 },
    );
  });
});
