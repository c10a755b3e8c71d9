/**
 * Loads zones from Tiled maps and checks that the world they make is whole: every zone has the
 * layers and properties the engine needs, spawn points stand in the open, and every portal leads
 * to a spawn point that exists. All of it runs once at start; a content mistake stops the server
 * with a message naming the file and the problem instead of surfacing as a stuck player later.
 * The conventions are documented for content authors in docs/content.md.
 * @module
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CollisionGrid } from './collision-grid.ts';
import { readSpawners } from './npc-spawners.ts';
import { ContentError, decodeTileLayer, findLayer, objectShape, propertyValue, readObjects, readTiledMap, requireLayer } from './tiled-json.ts';
import type { TiledObject } from './tiled-json.ts';
import { DEFAULT_SPAWN } from './zone-map.ts';
import type { Portal, SpawnPoint, ZoneMap } from './zone-map.ts';

/**
 * How much room, in metres, a spawn point needs: the circle of this radius around it must be
 * free of walls and must not touch any portal, so a body placed there can move and does not
 * travel again on arrival. Larger than any body the engine simulates.
 */
export const DEFAULT_SPAWN_CLEARANCE = 0.5;

/** Options for loading zones. */
export interface ZoneMapOptions {
  /** Radius in metres that must be clear around each spawn point; {@link DEFAULT_SPAWN_CLEARANCE}. */
  readonly spawnClearance?: number;
}

/** Zone ids travel on the wire and into the database, so they are kept plain. */
const ZONE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MAX_TILE_SIZE_METRES = 1000;

/** A number for messages: at most three decimals, no trailing zeros. */
function metres(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

/** "a rectangle", "an ellipse". */
function article(word: string): string {
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

function describeObject(object: TiledObject): string {
  return object.name === '' ? `object ${object.id}` : `object ${object.id} ("${object.name}")`;
}

/** Distance in metres from (x, y) to the portal's rectangle; 0 inside it. */
function distanceToPortal(portal: Portal, x: number, y: number): number {
  const dx = Math.max(portal.x - x, 0, x - portal.x - portal.width);
  const dy = Math.max(portal.y - y, 0, y - portal.y - portal.height);
  return Math.hypot(dx, dy);
}

/** The spawn clearance from options, validated. */
function clearanceOf(options: ZoneMapOptions): number {
  const clearance = options.spawnClearance ?? DEFAULT_SPAWN_CLEARANCE;
  if (!(clearance > 0) || !Number.isFinite(clearance)) throw new RangeError(`spawnClearance must be a positive number of metres, got ${clearance}`);
  return clearance;
}

/**
 * Builds a zone from a parsed Tiled map (.tmj). Conventions (see docs/content.md): orthogonal,
 * finite map; map properties `zoneId` (required), `name` and `tileSizeMetres` (default 1); tile
 * layer `collision` (any non-zero tile blocks); object layer `spawns` of named points including
 * `default`; map property `pvp` (bool, default false: players cannot fight players); optional object layer `portals` of rectangles with string properties `targetZone`
 * and `targetSpawn`; optional object layer `spawners` of NPC spawner points (npc-spawners.ts).
 * Other layers (such as `ground`) are for looks and ignored.
 * @param json - the parsed file
 * @param file - where it came from; every error message starts with it
 * @throws ContentError naming the file and the first problem found
 */
export function parseZoneMap(json: unknown, file: string, options: ZoneMapOptions = {}): ZoneMap {
  const clearance = clearanceOf(options);
  const tiled = readTiledMap(json, file);

  const id = propertyValue(tiled.properties, 'zoneId');
  if (id === undefined) throw new ContentError(file, 'map property "zoneId" is missing (a string naming the zone, e.g. "meadow")');
  if (typeof id !== 'string' || !ZONE_ID.test(id)) {
    throw new ContentError(file, `map property "zoneId" must be 1 to 64 letters, digits, "-" or "_", got ${JSON.stringify(id)}`);
  }
  const name = propertyValue(tiled.properties, 'name') ?? id;
  if (typeof name !== 'string' || name.trim() === '') throw new ContentError(file, `map property "name" must be a non-empty string, got ${JSON.stringify(name)}`);
  const tileSize = propertyValue(tiled.properties, 'tileSizeMetres') ?? 1;
  if (typeof tileSize !== 'number' || !(tileSize > 0) || tileSize > MAX_TILE_SIZE_METRES) {
    throw new ContentError(file, `map property "tileSizeMetres" must be a number above 0 and at most ${MAX_TILE_SIZE_METRES}, got ${JSON.stringify(tileSize)}`);
  }

  const pvp = propertyValue(tiled.properties, 'pvp') ?? false;
  if (typeof pvp !== 'boolean') throw new ContentError(file, `map property "pvp" must be a bool, got ${JSON.stringify(pvp)}`);

  const gids = decodeTileLayer(tiled, requireLayer(tiled, 'collision', 'tilelayer', file), file);
  const cells = new Uint8Array(gids.length);
  for (let i = 0; i < gids.length; i++) cells[i] = gids[i] === 0 ? 0 : 1;
  const collision = new CollisionGrid(tiled.width, tiled.height, tileSize, cells);
  const toMetresX = (px: number): number => (px / tiled.tilewidth) * tileSize;
  const toMetresY = (px: number): number => (px / tiled.tileheight) * tileSize;
  const size = `${metres(collision.width)} x ${metres(collision.height)} m`;

  const portals: Portal[] = [];
  const portalsLayer = findLayer(tiled, 'portals', 'objectgroup', file);
  for (const object of portalsLayer === undefined ? [] : readObjects(portalsLayer, file)) {
    const portalId = object.name === '' ? `portal-${object.id}` : object.name;
    const shape = objectShape(object);
    const what = `portal ${describeObject(object)}`;
    if (shape !== 'rectangle') throw new ContentError(file, `${what} is ${article(shape)}, expected a rectangle`);
    if (object.rotation !== 0) throw new ContentError(file, `${what} is rotated; portals must be axis-aligned rectangles`);
    if (object.width <= 0 || object.height <= 0) throw new ContentError(file, `${what} has no area (${object.width} x ${object.height} px)`);
    if (portals.some((portal) => portal.id === portalId)) throw new ContentError(file, `portal id "${portalId}" is used twice; give each portal a unique name`);
    const targetZone = propertyValue(object.properties, 'targetZone');
    const targetSpawn = propertyValue(object.properties, 'targetSpawn');
    if (typeof targetZone !== 'string' || targetZone === '') throw new ContentError(file, `${what} needs a string property "targetZone"`);
    if (typeof targetSpawn !== 'string' || targetSpawn === '') throw new ContentError(file, `${what} needs a string property "targetSpawn"`);
    const portal: Portal = Object.freeze({
      id: portalId,
      x: toMetresX(object.x),
      y: toMetresY(object.y),
      width: toMetresX(object.width),
      height: toMetresY(object.height),
      targetZone,
      targetSpawn,
    });
    const right = portal.x + portal.width;
    const bottom = portal.y + portal.height;
    const span = `(${metres(portal.x)}..${metres(right)}, ${metres(portal.y)}..${metres(bottom)} m)`;
    if (portal.x < 0 || portal.y < 0 || right > collision.width || bottom > collision.height) {
      throw new ContentError(file, `${what} ${span} is outside the map (${size})`);
    }
    if (!coversFreeTile(collision, portal)) throw new ContentError(file, `${what} ${span} covers only blocked tiles, so nobody can enter it`);
    portals.push(portal);
  }

  const spawnPoints = new Map<string, SpawnPoint>();
  for (const object of readObjects(requireLayer(tiled, 'spawns', 'objectgroup', file), file)) {
    const shape = objectShape(object);
    if (shape !== 'point') throw new ContentError(file, `spawn ${describeObject(object)} is ${article(shape)}, expected a point`);
    if (object.name === '') throw new ContentError(file, `spawn object ${object.id} has no name`);
    if (spawnPoints.has(object.name)) throw new ContentError(file, `spawn "${object.name}" is defined twice`);
    const spawn: SpawnPoint = Object.freeze({ name: object.name, x: toMetresX(object.x), y: toMetresY(object.y) });
    const at = `spawn "${spawn.name}" at (${metres(spawn.x)}, ${metres(spawn.y)}) m`;
    if (!(spawn.x >= 0 && spawn.y >= 0 && spawn.x < collision.width && spawn.y < collision.height)) {
      throw new ContentError(file, `${at} is outside the map (${size})`);
    }
    if (collision.isBlocked(spawn.x, spawn.y)) {
      throw new ContentError(file, `${at} is inside a wall (tile ${Math.floor(spawn.x / tileSize)}, ${Math.floor(spawn.y / tileSize)} of layer "collision")`);
    }
    if (!collision.isFree(spawn.x, spawn.y, clearance)) throw new ContentError(file, `${at} is closer than ${metres(clearance)} m to a wall or the map edge`);
    const portal = portals.find((candidate) => distanceToPortal(candidate, spawn.x, spawn.y) < clearance);
    if (portal !== undefined) {
      throw new ContentError(file, `${at} is within ${metres(clearance)} m of portal "${portal.id}"; whoever appears there would travel again at once`);
    }
    spawnPoints.set(spawn.name, spawn);
  }
  if (!spawnPoints.has(DEFAULT_SPAWN)) throw new ContentError(file, `has no spawn point named "${DEFAULT_SPAWN}" in layer "spawns"`);
  const spawners = Object.freeze(readSpawners(tiled, file, collision, tileSize));

  return Object.freeze({
    id,
    name,
    width: collision.width,
    height: collision.height,
    tileSize,
    pvp,
    collision,
    spawnPoints,
    portals: Object.freeze(portals),
    spawners,
    file,
  });
}

/** Whether any tile under the portal's rectangle is free. */
function coversFreeTile(collision: CollisionGrid, portal: Portal): boolean {
  const size = collision.tileSize;
  const colHi = Math.ceil((portal.x + portal.width) / size) - 1;
  const rowHi = Math.ceil((portal.y + portal.height) / size) - 1;
  for (let row = Math.floor(portal.y / size); row <= rowHi; row++) {
    for (let col = Math.floor(portal.x / size); col <= colHi; col++) if (!collision.isBlockedTile(col, row)) return true;
  }
  return false;
}

/**
 * Reads and parses one Tiled map file.
 * @throws ContentError when the file cannot be read, is not JSON, or breaks a convention
 */
export async function loadZoneMap(file: string, options: ZoneMapOptions = {}): Promise<ZoneMap> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ContentError(file, `cannot be read: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ContentError(file, `is not valid JSON: ${(error as Error).message}`);
  }
  return parseZoneMap(json, file, options);
}

/**
 * Checks that zones form one world: zone ids are unique, every portal leads to an existing zone
 * and spawn point, and no portal's arrival spawn lies in or next to (within the spawn clearance
 * of) a portal of the zone it leads to, which would bounce travellers back and forth.
 * @returns the zones by id
 * @throws ContentError naming the file of the zone at fault
 */
export function validateWorld(zones: Iterable<ZoneMap>, options: ZoneMapOptions = {}): Map<string, ZoneMap> {
  const clearance = clearanceOf(options);
  const byId = new Map<string, ZoneMap>();
  for (const zone of zones) {
    const other = byId.get(zone.id);
    if (other !== undefined) throw new ContentError(zone.file, `zone id "${zone.id}" is also used by ${other.file}`);
    byId.set(zone.id, zone);
  }
  const known = [...byId.keys()].sort().join(', ');
  for (const zone of byId.values()) {
    for (const portal of zone.portals) {
      const target = byId.get(portal.targetZone);
      const what = `portal "${portal.id}" leads to`;
      if (target === undefined) throw new ContentError(zone.file, `${what} zone "${portal.targetZone}", which does not exist (zones: ${known})`);
      const spawn = target.spawnPoints.get(portal.targetSpawn);
      if (spawn === undefined) {
        const names = [...target.spawnPoints.keys()].join(', ');
        throw new ContentError(zone.file, `${what} spawn "${portal.targetSpawn}" of zone "${target.id}" (${target.file}), which has no such spawn (spawns: ${names})`);
      }
      const trap = target.portals.find((candidate) => distanceToPortal(candidate, spawn.x, spawn.y) < clearance);
      if (trap !== undefined) {
        throw new ContentError(zone.file, `${what} spawn "${spawn.name}" of zone "${target.id}", which lies within ${metres(clearance)} m of that zone's portal "${trap.id}"; travellers would bounce back and forth`);
      }
    }
  }
  return byId;
}

/**
 * Loads every `.tmj` file directly in `dir` (sorted by name, so the first error reported is
 * always the same one) and validates them as one world with {@link validateWorld}.
 * @returns the zones by id
 * @throws ContentError naming the file at fault, or `dir` when it holds no maps
 */
export async function loadWorldContent(dir: string, options: ZoneMapOptions = {}): Promise<Map<string, ZoneMap>> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isFile() && entry.name.endsWith('.tmj')).map((entry) => entry.name);
  } catch (error) {
    throw new ContentError(dir, `cannot be read: ${(error as Error).message}`);
  }
  if (names.length === 0) throw new ContentError(dir, 'holds no .tmj maps');
  names.sort();
  const results = await Promise.allSettled(names.map((name) => loadZoneMap(join(dir, name), options)));
  const zones: ZoneMap[] = [];
  for (const result of results) {
    if (result.status === 'rejected') throw result.reason;
    zones.push(result.value);
  }
  return validateWorld(zones, options);
}
