/**
 * Graveyards: spawn points of a zone's map whose name starts with `graveyard` (see
 * docs/content.md). A released spirit comes back to life at the one nearest its body.
 * @module
 */
import type { Entity } from '../entity.ts';
import { DEFAULT_SPAWN } from '../map/zone-map.ts';
import type { SpawnPoint } from '../map/zone-map.ts';
import type { Zone } from '../zone.ts';
import type { CombatContent } from './combat-content.ts';

/** Names of graveyard spawn points start with this. */
export const GRAVEYARD_PREFIX = 'graveyard';

/** The graveyard nearest to (x, y); the default spawn when the zone has none. */
export function nearestGraveyard(zone: Zone, x: number, y: number): SpawnPoint | undefined {
  let best: SpawnPoint | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const spawn of zone.map.spawnPoints.values()) {
    if (!spawn.name.startsWith(GRAVEYARD_PREFIX)) continue;
    const distance = Math.hypot(spawn.x - x, spawn.y - y);
    if (distance < bestDistance) {
      best = spawn;
      bestDistance = distance;
    }
  }
  return best ?? zone.map.spawnPoints.get(DEFAULT_SPAWN);
}

/**
 * Brings a dead entity back to life at the nearest graveyard with the content's share of its
 * hit points and its class's starting resource.
 * @returns the graveyard's name
 */
export function respawnAtGraveyard(zone: Zone, content: CombatContent, entity: Entity): string {
  const graveyard = nearestGraveyard(zone, entity.x, entity.y);
  if (graveyard !== undefined) zone.moveEntity(entity, graveyard.x, graveyard.y);
  const combat = entity.combat;
  combat.setDead(false);
  entity.setHitPoints(Math.max(1, Math.round(entity.maxHitPoints * content.respawnHealthFraction)));
  const startsFull = combat.profile?.resource.startsFull ?? false;
  combat.setResource(startsFull ? combat.maxResource : 0);
  combat.setTarget(0);
  return graveyard?.name ?? '';
}
