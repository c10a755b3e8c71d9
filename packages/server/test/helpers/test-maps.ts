/**
 * Small hand-made zone maps for tests.
 */
import { CollisionGrid } from '../../src/world/map/collision-grid.ts';
import type { Portal, SpawnPoint, ZoneMap } from '../../src/world/map/zone-map.ts';

/** An open square zone with walls around the border and an optional inner wall. */
export function openZone(id: string, options: { size?: number; tileSize?: number; wallColumn?: number; portals?: Portal[]; spawns?: SpawnPoint[]; pvp?: boolean } = {}): ZoneMap {
  const tiles = options.size ?? 64;
  const tileSize = options.tileSize ?? 2;
  const lines: string[] = [];
  for (let row = 0; row < tiles; row++) {
    let line = '';
    for (let col = 0; col < tiles; col++) {
      const border = row === 0 || col === 0 || row === tiles - 1 || col === tiles - 1;
      const wall = options.wallColumn !== undefined && col === options.wallColumn && row > 2 && row < tiles - 3;
      line += border || wall ? '#' : '.';
    }
    lines.push(line);
  }
  const spawns: SpawnPoint[] = [{ name: 'default', x: 10, y: 10 }, ...(options.spawns ?? [])];
  return {
    id,
    name: id,
    width: tiles * tileSize,
    height: tiles * tileSize,
    tileSize,
    pvp: options.pvp ?? false,
    collision: CollisionGrid.fromAscii(lines, tileSize),
    spawnPoints: new Map(spawns.map((s) => [s.name, s])),
    portals: options.portals ?? [],
    file: `${id}.test`,
  };
}

/** Two linked zones: a portal near the east edge of "alpha" leads to "beta", and back. */
export function linkedZones(): Map<string, ZoneMap> {
  const alpha = openZone('alpha', {
    portals: [{ id: 'to-beta', x: 110, y: 60, width: 4, height: 8, targetZone: 'beta', targetSpawn: 'from-alpha' }],
    spawns: [{ name: 'from-beta', x: 100, y: 64 }],
  });
  const beta = openZone('beta', {
    portals: [{ id: 'to-alpha', x: 6, y: 60, width: 4, height: 8, targetZone: 'alpha', targetSpawn: 'from-beta' }],
    spawns: [{ name: 'from-alpha', x: 20, y: 64 }],
  });
  return new Map([
    ['alpha', alpha],
    ['beta', beta],
  ]);
}
