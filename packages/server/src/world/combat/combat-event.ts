/**
 * Combat events: what happened in fights during one tick. The combat system appends them to the
 * zone's list ({@link combatEvents}) in the order they happened; other systems read that list
 * after combat ran in the same tick (NPC AI builds threat tables from damage and heals, loot and
 * quest credit hang off deaths), and replication sends each to the players who see its target.
 * The list is cleared at the start of the next combat step.
 * @module
 */
import { v1 } from '@realmforge/protocol';
import type { Entity } from '../entity.ts';
import type { Zone } from '../zone.ts';

/** The kinds of combat event, with their wire values. */
export const CombatEvents = {
  damage: v1.CombatEventKind.COMBAT_EVENT_KIND_DAMAGE,
  heal: v1.CombatEventKind.COMBAT_EVENT_KIND_HEAL,
  miss: v1.CombatEventKind.COMBAT_EVENT_KIND_MISS,
  interrupt: v1.CombatEventKind.COMBAT_EVENT_KIND_INTERRUPT,
  death: v1.CombatEventKind.COMBAT_EVENT_KIND_DEATH,
  experience: v1.CombatEventKind.COMBAT_EVENT_KIND_EXPERIENCE,
  levelUp: v1.CombatEventKind.COMBAT_EVENT_KIND_LEVEL_UP,
} as const;

/** One of {@link CombatEvents}. */
export type CombatEventKindValue = (typeof CombatEvents)[keyof typeof CombatEvents];

/** Something that happened in a fight. */
export interface CombatEvent {
  /** What happened. */
  readonly kind: CombatEventKindValue;
  /** Who caused it: attacker, healer, killer (undefined when nobody did). */
  readonly source: Entity | undefined;
  /** Who it happened to: the victim, the healed, the dead, the one gaining experience. */
  readonly target: Entity;
  /** Hit points (damage, heal), experience points, or the new level. 0 otherwise. */
  readonly amount: number;
  /** The skill's wire id; 0 for a weapon swing or an aura's pulse. */
  readonly skillId: number;
  /** The aura's wire id when an aura's pulse did it; 0 otherwise. */
  readonly auraId: number;
}

const lists = new WeakMap<Zone, CombatEvent[]>();

/**
 * The combat events of the zone's current tick, oldest first: damage and heals with source,
 * target and amount, deaths with their killer as source, experience and level-ups. Valid after
 * the combat system's step until the next one.
 */
export function combatEvents(zone: Zone): CombatEvent[] {
  let list = lists.get(zone);
  if (list === undefined) {
    list = [];
    lists.set(zone, list);
  }
  return list;
}
