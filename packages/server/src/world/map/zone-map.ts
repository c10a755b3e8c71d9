/**
 * A zone's static content once loaded: its size, walls, named spawn points and the portals that
 * lead to other zones. Loaded once at start (see tiled-map.ts) and shared read-only by the zone
 * that simulates it; nothing in it changes while the server runs.
 *
 * Coordinates are metres from the map's north-west corner, x growing east and y growing south
 * (Tiled's axes).
 * @module
 */
import type { CollisionGrid } from './collision-grid.ts';
import type { NpcSpawner } from './npc-spawners.ts';

/**
 * An axis-aligned rectangle that sends whoever enters it to a spawn point in another zone.
 * An entity is in a portal when its centre is (see {@link portalContains}).
 */
export interface Portal {
  /** Unique within its zone: the Tiled object's name, or `portal-<object id>` if unnamed. */
  readonly id: string;
  /** West edge, metres. */
  readonly x: number;
  /** North edge, metres. */
  readonly y: number;
  /** Metres, positive. */
  readonly width: number;
  /** Metres, positive. */
  readonly height: number;
  /** Id of the zone it leads to. */
  readonly targetZone: string;
  /** Name of the spawn point in the target zone where the traveller arrives. */
  readonly targetSpawn: string;
}

/** A named place where entities enter a zone: at login, on respawn, or arriving by portal. */
export interface SpawnPoint {
  /** Unique within its zone; every zone has one named {@link DEFAULT_SPAWN}. */
  readonly name: string;
  /** Metres. */
  readonly x: number;
  /** Metres. */
  readonly y: number;
}

/** A zone's static content: the map a zone simulates. */
export interface ZoneMap {
  /** Zone id, unique in the world; what characters' saved `zone` refers to. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** Metres (west to east). */
  readonly width: number;
  /** Metres (north to south). */
  readonly height: number;
  /** Metres per tile side. */
  readonly tileSize: number;
  /** The walls. */
  readonly collision: CollisionGrid;
  /** Spawn points by name; always holds {@link DEFAULT_SPAWN}. */
  readonly spawnPoints: ReadonlyMap<string, SpawnPoint>;
  /** Whether players may fight players here (map property `pvp`). */
  readonly pvp: boolean;
  /** Portals to other zones, in the order the map lists them. */
  readonly portals: readonly Portal[];
  /** NPC spawners, in the order the map lists them; none when absent. */
  readonly spawners?: readonly NpcSpawner[];
  /** The file it was loaded from, as given to the loader; error messages name it. */
  readonly file: string;
}

/** The spawn point every zone has: where characters without a better place enter it. */
export const DEFAULT_SPAWN = 'default';

/**
 * Whether the point (x, y) is in the portal. The rectangle is half-open, [x, x + width) ×
 * [y, y + height), so two portals sharing an edge never both contain a point.
 */
export function portalContains(portal: Portal, x: number, y: number): boolean {
  return x >= portal.x && x < portal.x + portal.width && y >= portal.y && y < portal.y + portal.height;
}

/** The first portal of `map` that contains the point (x, y), if any. */
export function portalAt(map: ZoneMap, x: number, y: number): Portal | undefined {
  // Indexed, not for-of: the zone asks for every player that moved, every tick, and the
  // iterator was garbage each time (measured in bench/world.bench.ts's heap profile).
  const portals = map.portals;
  for (let i = 0; i < portals.length; i++) {
    const portal = portals[i] as Portal;
    if (portalContains(portal, x, y)) return portal;
  }
  return undefined;
}
