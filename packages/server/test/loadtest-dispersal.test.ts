/**
 * The load harness's wander dispersal and density report (tools/loadtest/scenarios/zone-paths.ts,
 * tools/bots/view-census.ts): paths found on the shipped maps are walkable by the server's own
 * collision rules from end to end, and the census of entities in view samples each bot once.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seededRandom } from '../../../tools/bots/run.ts';
import { summariseView, ViewCensus } from '../../../tools/bots/view-census.ts';
import { ZONES } from '../../../tools/loadtest/scenarios/zone-guide.ts';
import { MAX_SEGMENT_TILES, ZonePaths, zonePaths } from '../../../tools/loadtest/scenarios/zone-paths.ts';
import { PLAYER_RADIUS } from '../src/world/entity.ts';
import { loadZoneMap } from '../src/world/map/tiled-map.ts';
import { DEFAULT_SPAWN, portalAt } from '../src/world/map/zone-map.ts';
import type { ZoneMap } from '../src/world/map/zone-map.ts';

interface Point { readonly x: number; readonly y: number }

/** Walks from `from` to `to` in short steps with the server's collision; where the body ends up. */
function walk(map: ZoneMap, from: Point, to: Point): Point {
  const steps = Math.max(1, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / 0.2));
  let at = from;
  for (let k = 0; k < steps; k++) at = map.collision.moveWithCollision(at.x, at.y, (to.x - from.x) / steps, (to.y - from.y) / steps, PLAYER_RADIUS);
  return at;
}

async function shipped(zone: string): Promise<ZoneMap> {
  const file = ZONES.get(zone)?.file;
  assert.ok(file !== undefined, `the shipped maps have ${zone}`);
  return loadZoneMap(file);
}

describe('wander dispersal paths', () => {
  for (const zone of ['meadow', 'ironwood']) {
    it(`${zone}: paths from the spawn and from elsewhere are walked to the end by the server's collision, never through a portal`, async () => {
      const map = await shipped(zone);
      const paths = new ZonePaths(map);
      const spawn = map.spawnPoints.get(DEFAULT_SPAWN);
      assert.ok(spawn !== undefined);
      assert.ok(paths.reachable > map.collision.cells.length / 2, 'most of the map is reachable');
      const random = seededRandom(7);
      const tileSize = map.collision.tileSize;
      for (let n = 0; n < 60; n++) {
        // Half the walks start at the spawn (fresh characters), half at a reachable tile elsewhere.
        const from: Point = n % 2 === 0 ? spawn : paths.centre(paths.destination(random()));
        const destination = paths.destination(random());
        const waypoints = paths.path(from, destination);
        assert.ok(waypoints !== undefined && waypoints.length >= 1);
        assert.deepEqual(waypoints[0], paths.centre(paths.tileAt(from) ?? -1), 'the first waypoint is the centre of the tile it starts on');
        assert.deepEqual(waypoints.at(-1), paths.centre(destination), 'the last waypoint is the destination');
        let at: Point = from;
        for (const waypoint of waypoints) {
          assert.ok(Math.max(Math.abs(waypoint.x - at.x), Math.abs(waypoint.y - at.y)) <= (MAX_SEGMENT_TILES + 1) * tileSize, 'a waypoint at least every few tiles');
          const reached = walk(map, at, waypoint);
          assert.ok(Math.hypot(reached.x - waypoint.x, reached.y - waypoint.y) < 1e-3, `${zone}: walk ${n} from (${at.x}, ${at.y}) to (${waypoint.x}, ${waypoint.y}) is blocked at (${reached.x}, ${reached.y})`);
          assert.equal(portalAt(map, waypoint.x, waypoint.y), undefined);
          at = waypoint;
        }
      }
    });
  }

  it('keeps every segment 0.5 m clear of blocked tiles (checked every 2 cm)', async () => {
    const map = await shipped('meadow');
    const paths = new ZonePaths(map);
    const { cells, columns, tileSize } = map.collision;
    const blockedAt = (x: number, y: number): boolean => cells[Math.floor(y / tileSize) * columns + Math.floor(x / tileSize)] !== 0;
    const random = seededRandom(11);
    let segments = 0;
    for (let n = 0; n < 100; n++) {
      const from = paths.centre(paths.destination(random()));
      const waypoints = paths.path(from, paths.destination(random())) ?? [];
      for (let i = 1; i < waypoints.length; i++) {
        const a = waypoints[i - 1] ?? from;
        const b = waypoints[i] ?? from;
        const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 0.02);
        for (let k = 0; k <= steps; k++) {
          const x = a.x + ((b.x - a.x) * k) / steps;
          const y = a.y + ((b.y - a.y) * k) / steps;
          for (const [cx, cy] of [[-0.5, -0.5], [0.5, -0.5], [-0.5, 0.5], [0.5, 0.5]] as const) {
            if (blockedAt(x + cx, y + cy)) assert.fail(`segment (${a.x}, ${a.y}) -> (${b.x}, ${b.y}) comes within 0.5 m of a blocked tile at (${x}, ${y})`);
          }
        }
        segments++;
      }
    }
    assert.ok(segments > 500, `${segments} segments checked`);
  });

  it('finds no path from a blocked tile or off the map, and none in a zone the shipped maps lack', async () => {
    const map = await shipped('meadow');
    const paths = new ZonePaths(map);
    const blocked = map.collision.cells.findIndex((cell) => cell !== 0);
    assert.ok(blocked >= 0);
    assert.equal(paths.path(paths.centre(blocked), paths.destination(0.5)), undefined);
    assert.equal(paths.path({ x: -5, y: 10 }, paths.destination(0.5)), undefined);
    assert.equal(paths.tileAt({ x: map.width + 1, y: 0 }), undefined);
    assert.equal(await zonePaths('no-such-zone'), undefined);
    const once = zonePaths('meadow');
    assert.equal(zonePaths('meadow'), once, 'a zone is searched once per process');
    assert.equal((await once)?.reachable, paths.reachable);
  });

  it('draws destinations uniformly over the reachable tiles', async () => {
    const paths = new ZonePaths(await shipped('meadow'));
    const random = seededRandom(3);
    const draws = 20_000;
    let east = 0;
    for (let n = 0; n < draws; n++) if (paths.centre(paths.destination(random())).x > 512) east++;
    // The meadow is 1,024 m wide and open on both halves: about half the draws land east of 512 m.
    assert.ok(east > draws * 0.4 && east < draws * 0.6, `east ${east} of ${draws}`);
  });
});

describe('view census', () => {
  it('samples each bot in view once per report, forgets bots that left, and summarises', () => {
    const census = new ViewCensus();
    census.set(1, 10);
    census.set(2, 0);
    census.set(2, 30);
    census.set(3, 5);
    census.forget(3);
    census.sample();
    assert.deepEqual(summariseView(census.interval), { samples: 2, mean: 20, p50: 10, p99: 30, max: 30 });
    census.resetInterval();
    census.set(1, 0);
    census.sample();
    assert.deepEqual(summariseView(census.interval), { samples: 2, mean: 15, p50: 0, p99: 30, max: 30 });
    assert.equal(summariseView(census.total).samples, 4);
    assert.deepEqual(summariseView(new ViewCensus().total), { samples: 0, mean: 0, p50: 0, p99: 0, max: 0 });
  });
});
