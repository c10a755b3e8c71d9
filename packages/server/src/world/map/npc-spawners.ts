/**
 * NPC spawners in Tiled maps: point objects in an object layer named `spawners`, each keeping
 * `count` NPCs of one template alive within `radius` metres of it. Read and checked here when a
 * map loads (shape, properties, position); whether the template exists is checked against the
 * NPC content once both are loaded (npc/npc-content.ts). See docs/content.md.
 * @module
 */
import type { CollisionGrid } from './collision-grid.ts';
import { ContentError, findLayer, objectShape, propertyValue, readObjects } from './tiled-json.ts';
import type { TiledMap } from './tiled-json.ts';

/** One spawner as placed in a map. */
export interface NpcSpawner {
  /** Unique within its zone: the object's name, or `spawner-<object id>` if unnamed. */
  readonly id: string;
  /** NPC template id (content/npcs.json). */
  readonly template: string;
  /** Metres. */
  readonly x: number;
  /** Metres. */
  readonly y: number;
  /** NPCs it keeps alive. */
  readonly count: number;
  /** NPCs appear at random free places within this many metres. */
  readonly radius: number;
  /** Seconds from a death to the respawn; the template's when undefined. */
  readonly respawnSeconds: number | undefined;
}

/** Room a spawner and the spots its NPCs appear at need around them, metres (more than any body). */
export const SPAWNER_CLEARANCE = 0.5;

/** Most NPCs one spawner may keep alive. */
export const MAX_SPAWNER_COUNT = 1000;
/** Largest spawner radius, metres. */
export const MAX_SPAWNER_RADIUS = 500;

/**
 * Reads the `spawners` layer of a map, if it has one.
 * @param tiled - the parsed map
 * @param file - named in errors
 * @param collision - the map's walls: a spawner must stand in the open
 * @param tileSize - metres per tile
 * @throws ContentError naming the file and spawner at fault
 */
export function readSpawners(tiled: TiledMap, file: string, collision: CollisionGrid, tileSize: number): NpcSpawner[] {
  const layer = findLayer(tiled, 'spawners', 'objectgroup', file);
  if (layer === undefined) return [];
  const spawners: NpcSpawner[] = [];
  for (const object of readObjects(layer, file)) {
    const id = object.name === '' ? `spawner-${object.id}` : object.name;
    const what = `spawner "${id}" (object ${object.id})`;
    const shape = objectShape(object);
    if (shape !== 'point') throw new ContentError(file, `${what} is a ${shape}, expected a point`);
    if (spawners.some((spawner) => spawner.id === id)) throw new ContentError(file, `spawner id "${id}" is used twice; give each spawner a unique name`);
    const template = propertyValue(object.properties, 'template');
    if (typeof template !== 'string' || template === '') throw new ContentError(file, `${what} needs a string property "template" (an NPC template id)`);
    const count = propertyValue(object.properties, 'count') ?? 1;
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_SPAWNER_COUNT) {
      throw new ContentError(file, `${what} property "count" must be an integer from 1 to ${MAX_SPAWNER_COUNT}, got ${JSON.stringify(count)}`);
    }
    const radius = propertyValue(object.properties, 'radius') ?? 0;
    if (typeof radius !== 'number' || !(radius >= 0) || radius > MAX_SPAWNER_RADIUS) {
      throw new ContentError(file, `${what} property "radius" must be metres from 0 to ${MAX_SPAWNER_RADIUS}, got ${JSON.stringify(radius)}`);
    }
    const respawnSeconds = propertyValue(object.properties, 'respawnSeconds');
    if (respawnSeconds !== undefined && (typeof respawnSeconds !== 'number' || !(respawnSeconds > 0) || !Number.isFinite(respawnSeconds))) {
      throw new ContentError(file, `${what} property "respawnSeconds" must be a positive number of seconds, got ${JSON.stringify(respawnSeconds)}`);
    }
    const x = (object.x / tiled.tilewidth) * tileSize;
    const y = (object.y / tiled.tileheight) * tileSize;
    if (!collision.isFree(x, y, SPAWNER_CLEARANCE)) throw new ContentError(file, `${what} at (${x}, ${y}) m is inside or closer than ${SPAWNER_CLEARANCE} m to a wall or the map edge`);
    spawners.push(Object.freeze({ id, template, x, y, count, radius, respawnSeconds }));
  }
  return spawners;
}
