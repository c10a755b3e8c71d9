/**
 * Choosing a target: the entity under a click (the nearest body within a pick radius of the
 * point), and Tab's cycle through living NPCs nearest first. Pure.
 * @module
 */
import type { Point } from '@realmforge/client';

/** What targeting reads of an entity. */
export interface Targetable {
  /** Entity id. */
  readonly id: number;
  /** EntityKind wire value: 1 player, 2 NPC. */
  readonly kind: number;
  /** Metres. */
  readonly x: number;
  /** Metres. */
  readonly y: number;
  /** Whether it is dead. */
  readonly dead: boolean;
}

/** How far from a body's centre a click still picks it (metres): the body plus a finger. */
export const PICK_RADIUS_METRES = 0.9;
/** Tab only cycles through NPCs this close (metres). */
export const TAB_RANGE_METRES = 40;
const NPC = 2;

/** The entity under a point (the nearest within the pick radius), excluding `selfId`. */
export function entityAt<T extends Targetable>(entities: Iterable<T>, at: Point, selfId: number): T | undefined {
  let best: T | undefined;
  let bestDistance = PICK_RADIUS_METRES;
  for (const entity of entities) {
    if (entity.id === selfId) continue;
    const distance = Math.hypot(entity.x - at.x, entity.y - at.y);
    if (distance <= bestDistance) {
      best = entity;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The next enemy for Tab: living NPCs within {@link TAB_RANGE_METRES}, nearest first; the one
 * after `currentId` in that order (wrapping), or the nearest when the current one is not in it.
 */
export function nextEnemy<T extends Targetable>(entities: Iterable<T>, from: Point, currentId: number): T | undefined {
  const near = [...entities]
    .filter((e) => e.kind === NPC && !e.dead && Math.hypot(e.x - from.x, e.y - from.y) <= TAB_RANGE_METRES)
    .sort((a, b) => Math.hypot(a.x - from.x, a.y - from.y) - Math.hypot(b.x - from.x, b.y - from.y) || a.id - b.id);
  const index = near.findIndex((e) => e.id === currentId);
  return near[(index + 1) % Math.max(1, near.length)];
}
