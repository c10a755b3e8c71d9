/**
 * What NPC AI needs from combat, as a small interface of its own: the combat module owns the
 * damage rules (skills, cooldowns, range, line of sight, death); AI only asks it to ready a new
 * NPC, to turn an NPC's weapon on a target or off, to use a skill, whether an entity may act,
 * and what damage was dealt this tick (which becomes threat). `CombatForNpcs`
 * (combat-for-npcs.ts) is the real one.
 * @module
 */
import type { Entity } from '../entity.ts';
import type { Zone } from '../zone.ts';
import type { NpcEntity } from './npc-entity.ts';

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
  /** Readies a freshly spawned NPC for fighting (its template's combat profile and experience worth). */
  equip(zone: Zone, npc: NpcEntity): void;
  /** Selects `target` and swings the weapon at it whenever it is in reach. */
  engage(zone: Zone, npc: NpcEntity, target: Entity): void;
  /** Stops the weapon and drops the selected target (evading). */
  disengage(npc: NpcEntity): void;
  /**
   * Uses a skill (by wire id) of `caster` on `target`, under every combat rule.
   * @returns undefined when the skill was used, else the error code why not
   */
  useSkill(zone: Zone, caster: Entity, skillId: number, target: Entity): number | undefined;
  /** Whether the entity may act (alive, not stunned). */
  canAct(entity: Entity): boolean;
  /** The damage dealt in the zone during the current tick so far. */
  damageThisTick(zone: Zone): Iterable<NpcDamage>;
}
