/**
 * The real {@link NpcCombat}: NPC AI driving the combat module. Each template's combat profile
 * (its weapon swing, power, energy and skills) is built once from content; a spawned NPC is
 * equipped with it and is worth its template's experience to its killer. Skills are used with
 * combat's own `useSkill` (every check of the server applies to NPCs too), the weapon swing is
 * combat's auto-attack, and this tick's damage is read from combat's event list.
 * @module
 */
import type { Entity } from '../entity.ts';
import type { CombatContent, CombatProfile, SkillDefinition } from '../combat/combat-content.ts';
import { combatEvents, CombatEvents } from '../combat/combat-event.ts';
import { canAct } from '../combat/combat-rules.ts';
import { equip } from '../combat/experience.ts';
import { useSkill } from '../combat/use-skill.ts';
import type { Zone } from '../zone.ts';
import type { NpcCombat, NpcDamage } from './npc-combat.ts';
import type { NpcContent } from './npc-content.ts';
import type { NpcEntity } from './npc-entity.ts';
import type { NpcTemplate } from './npc-template.ts';

/** Skill wire ids by name: what NPC content names skills by (see parseNpcContent). */
export function skillIdsByName(content: CombatContent): ReadonlyMap<string, number> {
  return new Map([...content.skills.values()].map((skill) => [skill.name, skill.id]));
}

/**
 * The combat profile of an NPC template: its energy (full at spawn, regained each second), its
 * power and weapon swing, and its skills in order of preference. NPCs do not level, so nothing
 * grows per level.
 * @throws Error when the template names a skill id the combat content does not have
 */
export function npcProfile(template: NpcTemplate, skills: ReadonlyMap<number, SkillDefinition>): CombatProfile {
  const kit = new Map<number, SkillDefinition>();
  for (const id of template.skills) {
    const skill = skills.get(id);
    if (skill === undefined) throw new Error(`NPC template "${template.id}": no skill with id ${id} in the combat content`);
    kit.set(id, skill);
  }
  return Object.freeze({
    resource: { name: 'energy', max: template.energy.max, maxPerLevel: 0, startsFull: true, regenPerSecond: template.energy.perSecond, perSwing: 0, perHitTaken: 0 },
    hitPointsPerLevel: 0,
    power: template.power,
    powerPerLevel: 0,
    autoAttack: template.attack,
    skills: kit,
  });
}

/** Combat as NPC AI drives it, for one world. */
export class CombatForNpcs implements NpcCombat {
  readonly #profiles = new Map<NpcTemplate, CombatProfile>();
  readonly #damage: NpcDamage[] = [];

  /**
   * @param combat - the combat content the world fights by
   * @param npcs - the NPC templates to build profiles for
   */
  constructor(combat: CombatContent, npcs: NpcContent) {
    for (const template of npcs.templates.values()) this.#profiles.set(template, npcProfile(template, combat.skills));
  }

  /**
   * Equips the NPC with its template's profile and experience worth.
   * @throws Error when the template is not from the content this was built with
   */
  equip(zone: Zone, npc: NpcEntity): void {
    const profile = this.#profiles.get(npc.template);
    if (profile === undefined) throw new Error(`NPC template "${npc.template.id}" is not in the content combat was readied for`);
    equip(zone, npc, profile);
    npc.combat.experienceValue = npc.template.experience;
  }

  /** Selects the target and keeps the weapon swinging at it. */
  engage(zone: Zone, npc: NpcEntity, target: Entity): void {
    const combat = npc.combat;
    combat.setTarget(target.handle);
    if (!combat.autoAttack) {
      combat.autoAttack = true;
      combat.nextSwingTick = Math.max(combat.nextSwingTick, zone.tick);
    }
  }

  /** Stops swinging and drops the target. */
  disengage(npc: NpcEntity): void {
    npc.combat.autoAttack = false;
    npc.combat.setTarget(0);
  }

  /** Combat's useSkill, with every check it makes for players. */
  useSkill(zone: Zone, caster: Entity, skillId: number, target: Entity): number | undefined {
    return useSkill(zone, caster, skillId, target);
  }

  /** Alive, equipped and not stunned. */
  canAct(entity: Entity): boolean {
    return canAct(entity);
  }

  /** The damage events of the zone's tick so far (the returned list is reused by the next call). */
  damageThisTick(zone: Zone): readonly NpcDamage[] {
    const hits = this.#damage;
    hits.length = 0;
    for (const event of combatEvents(zone)) {
      if (event.kind === CombatEvents.damage && event.source !== undefined) hits.push({ attacker: event.source.handle, victim: event.target.handle, amount: event.amount });
    }
    return hits;
  }
}
