/**
 * What the dashboard's minimap draws: every entity of a zone with its kind, position, health
 * and name, read from the zone between ticks (the admin request runs on the event loop, never
 * during a tick). Entities are compact arrays, so a crowded zone's snapshot stays small, and
 * the count is capped.
 * @module
 */
import { EntityKinds } from '../world/entity.ts';
import type { World } from '../world/world.ts';

/** Most entities one snapshot lists; a larger zone is cut and says so. */
export const MAX_SNAPSHOT_ENTITIES = 20_000;

/** One entity: `[kind ("player" | "npc"), x m, y m, hit points / max (0..1), name]`. */
export type EntityMark = [kind: 'player' | 'npc', x: number, y: number, health: number, name: string];

/** A zone as the minimap shows it. */
export interface ZoneSnapshot {
  /** Zone id. */
  readonly zone: string;
  /** Map size, metres. */
  readonly width: number;
  /** Map size, metres. */
  readonly height: number;
  /** The zone's tick when read. */
  readonly tick: number;
  /** Its entities (at most {@link MAX_SNAPSHOT_ENTITIES}). */
  readonly entities: EntityMark[];
  /** True when the zone had more entities than were listed. */
  readonly truncated: boolean;
}

/** A zone's id, size and counts, for the dashboard's zone list. */
export interface ZoneSummary {
  /** Zone id. */
  readonly zone: string;
  /** Map size, metres. */
  readonly width: number;
  /** Map size, metres. */
  readonly height: number;
  /** Player characters in it. */
  readonly players: number;
  /** Entities in it. */
  readonly entities: number;
}

/** Every zone of the world, by id. */
export function zoneSummaries(world: World): ZoneSummary[] {
  return [...world.zones.values()].map((zone) => ({
    zone: zone.id,
    width: zone.map.width,
    height: zone.map.height,
    players: zone.playerCount,
    entities: zone.population,
  }));
}

/** The zone's entities now, or undefined for an unknown zone id. */
export function zoneSnapshot(world: World, zoneId: string): ZoneSnapshot | undefined {
  const zone = world.zones.get(zoneId);
  if (zone === undefined) return undefined;
  const entities: EntityMark[] = [];
  let truncated = false;
  for (const entity of zone.entities()) {
    if (entities.length === MAX_SNAPSHOT_ENTITIES) {
      truncated = true;
      break;
    }
    const health = entity.maxHitPoints > 0 ? Math.round((entity.hitPoints / entity.maxHitPoints) * 100) / 100 : 0;
    entities.push([entity.kind === EntityKinds.player ? 'player' : 'npc', Math.round(entity.x * 10) / 10, Math.round(entity.y * 10) / 10, health, entity.name]);
  }
  return { zone: zone.id, width: zone.map.width, height: zone.map.height, tick: zone.tick, entities, truncated };
}
