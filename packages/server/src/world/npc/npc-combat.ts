/**
 * What NPC AI needs from combat, as a small interface of its own: the combat module owns the
 * damage rules (skills, cooldowns, range, line of sight, death); AI only asks it to use a skill,
 * whether an entity may act, and what damage was dealt this tick (which becomes threat).
 * @module
 */
import type { Entity } from '../entity.ts';
import type { Zone } from '../zone.ts';

/** One hit dealt in a zone this tick. */
export interface NpcDamage {
  /** Handle of the entity that dealt it. */
  readonly attacker: number;
  /** Handle of the entity that took it. */
  readonly victim: number;
  /** Hit points taken. */
  readonly amount: number;
}

/** The combat operations AI drives. */
export interface NpcCombat {
  /**
   * Uses a skill of `caster` on `target`, under every combat rule.
   * @returns undefined when the skill was used, else the error code why not
   */
  useSkill(zone: Zone, caster: Entity, skillId: string, target: Entity): number | undefined;
  /** Whether the entity may act (alive, not stunned). */
  canAct(entity: Entity): boolean;
  /** The damage dealt in the zone during the current tick so far. */
  damageThisTick(zone: Zone): Iterable<NpcDamage>;
}
