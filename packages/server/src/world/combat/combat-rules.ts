/**
 * The rules every combat action is checked against: who is hostile to whom, who may act,
 * range, line of sight, and milliseconds of content turned into ticks.
 * @module
 */
import { EntityKinds } from '../entity.ts';
import type { Entity } from '../entity.ts';
import type { Zone } from '../zone.ts';

/** Content milliseconds as whole ticks of the zone (rounded up: a cooldown is never shorter). */
export function ticksFor(zone: Zone, ms: number): number {
  return Math.ceil(ms / 1000 / zone.dt - 1e-9);
}

/** Whether the entity takes part in combat: it has a profile or hit points worth fighting for. */
export function fights(entity: Entity): boolean {
  return entity.combat.profile !== undefined;
}

/**
 * Whether `a` may attack `b`: players and NPCs are enemies; players fight players only in a
 * zone whose map is `pvp`, and never a member of their own party; NPCs never fight NPCs.
 */
export function isHostile(zone: Zone, a: Entity, b: Entity): boolean {
  if (a === b || !fights(b)) return false;
  if (a.kind !== b.kind) return true;
  if (a.kind === EntityKinds.npc) return false;
  return zone.map.pvp && (a.combat.party === undefined || a.combat.party !== b.combat.party);
}

/** Whether `a` may help `b` (heal, buff): itself, or a non-hostile entity of its own kind. */
export function isAlly(zone: Zone, a: Entity, b: Entity): boolean {
  if (a === b) return true;
  return fights(b) && a.kind === b.kind && !isHostile(zone, a, b);
}

/**
 * Whether the entity can act: it fights, is alive and is not stunned. Casting is a separate
 * check (an entity in the middle of a cast can act, but cannot start another).
 */
export function canAct(entity: Entity): boolean {
  const combat = entity.combat;
  return combat.profile !== undefined && !combat.dead && !combat.has('stun');
}

/** Whether b's edge is within `range` metres of a's centre. */
export function inRange(a: Entity, b: Entity, range: number): boolean {
  const reach = range + b.radius;
  const dx = a.x - b.x;
  const dy = a.y - b.y;
  return dx * dx + dy * dy <= reach * reach;
}

/** Whether nothing on the collision layer stands between the two centres. */
export function inSight(zone: Zone, a: Entity, b: Entity): boolean {
  return a === b || zone.map.collision.lineOfSight(a.x, a.y, b.x, b.y);
}
