/**
 * What the bots know of the zones before they see anything, as a game client ships its maps:
 * the Tiled maps in content/zones, read once per process. For each zone: whether players may
 * fight each other there, where the NPC spawners are (combat bots head for the nearest) and
 * where the vendors stand and what they sell (traders meet at one).
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Point } from '../../bots/behaviour.ts';

/** Where the maps are: the engine's default content. */
const ZONES_DIR = fileURLToPath(new URL('../../../content/zones/', import.meta.url));

/** A vendor standing in a zone. */
export interface VendorPlace extends Point {
  /** The vendor's id (its map object's name), as vendor requests name it. */
  readonly id: string;
  /** Item template ids it sells. */
  readonly stock: readonly string[];
}

/** One zone as the bots know it. */
export interface ZoneGuide {
  /** The map file (Tiled JSON), for a closer look (its walls: scenarios/zone-paths.ts). */
  readonly file: string;
  /** Players may fight players here. */
  readonly pvp: boolean;
  /** NPC spawner points, metres. */
  readonly spawners: readonly Point[];
  /** Vendors. */
  readonly vendors: readonly VendorPlace[];
}

interface TiledProperty { readonly name: string; readonly value: unknown }
interface TiledObject { readonly name: string; readonly x: number; readonly y: number; readonly properties?: readonly TiledProperty[] }
interface TiledMap {
  readonly tilewidth: number;
  readonly tileheight: number;
  readonly properties?: readonly TiledProperty[];
  readonly layers: readonly { readonly name: string; readonly objects?: readonly TiledObject[] }[];
}

function property(properties: readonly TiledProperty[] | undefined, name: string): unknown {
  return properties?.find((p) => p.name === name)?.value;
}

function stockOf(value: unknown): string[] {
  return typeof value === 'string' ? value.split(',').filter((s) => s !== '') : [];
}

function readZone(file: string): [string, ZoneGuide] {
  const map = JSON.parse(readFileSync(file, 'utf8')) as TiledMap;
  const zoneId = property(map.properties, 'zoneId');
  if (typeof zoneId !== 'string') throw new Error(`${file}: the map has no zoneId`);
  const tileSize = Number(property(map.properties, 'tileSizeMetres') ?? 1);
  const place = (o: TiledObject): Point => ({ x: (o.x / map.tilewidth) * tileSize, y: (o.y / map.tileheight) * tileSize });
  const layer = (name: string): readonly TiledObject[] => map.layers.find((l) => l.name === name)?.objects ?? [];
  return [zoneId, {
    file,
    pvp: property(map.properties, 'pvp') === true,
    spawners: layer('spawners').map(place),
    vendors: layer('vendors').map((o) => ({ ...place(o), id: o.name, stock: stockOf(property(o.properties, 'stock')) })),
  }];
}

/** Every zone of the default content, by zone id. */
export const ZONES: ReadonlyMap<string, ZoneGuide> = new Map(
  readdirSync(ZONES_DIR).filter((f) => f.endsWith('.tmj')).map((f) => readZone(join(ZONES_DIR, f))),
);

/** The point of `points` nearest to `from`, or undefined when there are none. */
export function nearest<T extends Point>(points: readonly T[], from: Point): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const point of points) {
    const distance = Math.hypot(point.x - from.x, point.y - from.y);
    if (distance < bestDistance) {
      best = point;
      bestDistance = distance;
    }
  }
  return best;
}
