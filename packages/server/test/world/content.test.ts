import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { buildDefaultPack } from '../../../../scripts/build-content.ts';
import { loadWorldContent } from '../../src/world/map/tiled-map.ts';
import { DEFAULT_SPAWN, portalAt, portalContains } from '../../src/world/map/zone-map.ts';
import type { ZoneMap } from '../../src/world/map/zone-map.ts';

const CONTENT = fileURLToPath(new URL('../../../../content/zones', import.meta.url));

/** Tiles reachable from the tile under (x, y), moving between edge-adjacent free tiles. */
function reachable(zone: ZoneMap, x: number, y: number): Uint8Array {
  const grid = zone.collision;
  const seen = new Uint8Array(grid.columns * grid.rows);
  const start = Math.floor(y / grid.tileSize) * grid.columns + Math.floor(x / grid.tileSize);
  const queue = [start];
  seen[start] = 1;
  for (let head = 0; head < queue.length; head++) {
    const i = queue[head] ?? 0;
    const col = i % grid.columns;
    const row = (i - col) / grid.columns;
    for (const [c, r] of [[col - 1, row], [col + 1, row], [col, row - 1], [col, row + 1]] as const) {
      const n = r * grid.columns + c;
      if (!grid.isBlockedTile(c, r) && seen[n] === 0) {
        seen[n] = 1;
        queue.push(n);
      }
    }
  }
  return seen;
}

describe('the default content pack', async () => {
  const zones = await loadWorldContent(CONTENT);
  const meadow = zones.get('meadow');
  const ironwood = zones.get('ironwood');

  it('has two zones of 1024 m x 1024 m in 2 m tiles', () => {
    assert.deepEqual([...zones.keys()].sort(), ['ironwood', 'meadow']);
    for (const zone of zones.values()) {
      assert.equal(zone.width, 1024);
      assert.equal(zone.height, 1024);
      assert.equal(zone.tileSize, 2);
      assert.equal(zone.collision.columns, 512);
      assert.ok(zone.spawnPoints.has(DEFAULT_SPAWN));
      const share = zone.collision.blockedTileCount() / zone.collision.cells.length;
      assert.ok(share > 0.03 && share < 0.25, `${zone.id}: ${share} of the tiles are blocked`);
    }
  });

  it('is walled in on every side', () => {
    for (const zone of zones.values()) {
      const grid = zone.collision;
      for (let i = 0; i < 512; i++) {
        for (const [col, row] of [[i, 0], [i, 511], [0, i], [511, i]] as const) assert.ok(grid.isBlockedTile(col, row), `${zone.id} (${col}, ${row})`);
      }
    }
  });

  it('links the zones both ways, arriving a few metres from the way back', () => {
    assert.ok(meadow && ironwood);
    for (const [from, to] of [[meadow, ironwood], [ironwood, meadow]] as const) {
      const portal = from.portals.find((candidate) => candidate.targetZone === to.id);
      assert.ok(portal, `${from.id} has a portal to ${to.id}`);
      assert.ok(portal.width >= 2 && portal.width <= 12 && portal.height >= 2 && portal.height <= 12, 'a few metres wide');
      const arrival = to.spawnPoints.get(portal.targetSpawn);
      assert.ok(arrival, `${to.id} has spawn ${portal.targetSpawn}`);
      assert.equal(portalAt(to, arrival.x, arrival.y), undefined);
      const back = to.portals.find((candidate) => candidate.targetZone === from.id);
      assert.ok(back);
      // Walking straight at the way back from the arrival spawn gets there within 15 m, unobstructed.
      const targetX = back.x + back.width / 2;
      const targetY = back.y + back.height / 2;
      const distance = Math.hypot(targetX - arrival.x, targetY - arrival.y);
      assert.ok(distance > 3 && distance < 15, `arrival is ${distance} m from the way back`);
      const end = to.collision.moveWithCollision(arrival.x, arrival.y, targetX - arrival.x, targetY - arrival.y, 0.4);
      assert.ok(portalContains(back, end.x, end.y), `walked to (${end.x}, ${end.y})`);
    }
  });

  it('lets a player walk from the default spawn to every spawn point and portal', () => {
    for (const zone of zones.values()) {
      const home = zone.spawnPoints.get(DEFAULT_SPAWN);
      assert.ok(home);
      const seen = reachable(zone, home.x, home.y);
      const size = zone.tileSize;
      const at = (x: number, y: number): number => seen[Math.floor(y / size) * zone.collision.columns + Math.floor(x / size)] ?? 0;
      for (const spawn of zone.spawnPoints.values()) assert.equal(at(spawn.x, spawn.y), 1, `${zone.id}: spawn ${spawn.name}`);
      for (const portal of zone.portals) assert.equal(at(portal.x + portal.width / 2, portal.y + portal.height / 2), 1, `${zone.id}: portal ${portal.id}`);
      // Long walls have gaps: most of the open ground is one connected area.
      let open = 0;
      let connected = 0;
      zone.collision.cells.forEach((cell, i) => {
        if (cell === 0) open++;
        if (seen[i] === 1) connected++;
      });
      assert.ok(connected / open > 0.9, `${zone.id}: only ${connected} of ${open} open tiles are connected`);
    }
  });

  it('is built deterministically by scripts/build-content.ts', () => {
    const first = buildDefaultPack();
    const second = buildDefaultPack();
    assert.deepEqual([...first.keys()].sort(), ['tilesets/basic.png', 'zones/ironwood.tmj', 'zones/meadow.tmj']);
    assert.deepEqual(first, second);
  });
});
