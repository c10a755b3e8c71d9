/**
 * Using a skill: every check the server makes before anything changes (caster able to act and
 * not casting, skill in its kit and off cooldown, enough resource, a target valid for the
 * skill's rule, alive, in range and in sight), then either starting the cast or applying the
 * skill at once. A rejected skill changes nothing; a cast spends its cost and starts its
 * cooldown only when it completes, after the same checks pass again.
 * @module
 */
import { ErrorCode } from '@realmforge/protocol';
import { EntityKinds } from '../entity.ts';
import type { Entity } from '../entity.ts';
import type { Zone } from '../zone.ts';
import type { CombatContent, SkillDefinition } from './combat-content.ts';
import { CombatEvents } from './combat-event.ts';
import { canAct, inRange, inSight, isAlly, isHostile, ticksFor } from './combat-rules.ts';
import { applyAura, dealDamage, emit, heal } from './combat-outcomes.ts';
import { powerOf } from './experience.ts';
import { combatContentOf } from './zone-combat.ts';

/** A skill that passed its checks: who it is aimed at and how long the cast takes. */
export interface SkillStarted {
  /** The entity it is aimed at (the caster for self and caster-area skills). */
  readonly aim: Entity;
  /** Ticks of casting; 0 when it was applied at once. */
  readonly castTicks: number;
}

/** Why an entity cannot act, or undefined when it can. */
export function actorError(entity: Entity): ErrorCode | undefined {
  if (entity.combat.profile === undefined || entity.combat.dead) return ErrorCode.ERROR_CODE_COMBAT_CASTER_DEAD;
  if (!canAct(entity)) return ErrorCode.ERROR_CODE_COMBAT_CASTER_STUNNED;
  return undefined;
}

/** Why `target` is not a valid target of `caster` for a hostile or helpful action, or undefined. */
export function targetError(zone: Zone, caster: Entity, target: Entity, hostile: boolean, range: number): ErrorCode | undefined {
  if (target.combat.profile === undefined) return ErrorCode.ERROR_CODE_COMBAT_INVALID_TARGET;
  if (target.combat.dead) return ErrorCode.ERROR_CODE_COMBAT_TARGET_DEAD;
  if (hostile && !isHostile(zone, caster, target)) {
    const players = caster.kind === EntityKinds.player && target.kind === EntityKinds.player && caster !== target;
    return players && !zone.map.pvp ? ErrorCode.ERROR_CODE_COMBAT_PVP_DISABLED : ErrorCode.ERROR_CODE_COMBAT_INVALID_TARGET;
  }
  if (!hostile && !isAlly(zone, caster, target)) return ErrorCode.ERROR_CODE_COMBAT_INVALID_TARGET;
  if (!inRange(caster, target, range)) return ErrorCode.ERROR_CODE_COMBAT_OUT_OF_RANGE;
  if (!inSight(zone, caster, target)) return ErrorCode.ERROR_CODE_COMBAT_NO_LINE_OF_SIGHT;
  return undefined;
}

/** The entity a skill is aimed at: the caster, the given target, or the selected one. */
function aimOf(zone: Zone, caster: Entity, skill: SkillDefinition, target: Entity | undefined): Entity | undefined {
  if (skill.target === 'self' || skill.target === 'caster-area') return caster;
  const chosen = target ?? zone.entity(caster.combat.target);
  if (chosen === undefined && skill.target === 'ally') return caster;
  return chosen;
}

/** Checks that hold both when a skill starts and when its cast completes. */
function skillError(zone: Zone, caster: Entity, skill: SkillDefinition, aim: Entity | undefined): ErrorCode | undefined {
  if ((caster.combat.cooldowns.get(skill.id) ?? 0) > zone.tick) return ErrorCode.ERROR_CODE_COMBAT_ON_COOLDOWN;
  if (caster.combat.resource < skill.cost) return ErrorCode.ERROR_CODE_COMBAT_NOT_ENOUGH_RESOURCE;
  if (aim === undefined) return ErrorCode.ERROR_CODE_COMBAT_INVALID_TARGET;
  if (aim === caster) return undefined;
  return targetError(zone, caster, aim, skill.target === 'enemy' || skill.target === 'target-area', skill.range);
}

/**
 * Tries a skill and says how it went: what it is aimed at and its cast ticks, or the error.
 * See {@link useSkill}.
 */
export function startSkill(zone: Zone, caster: Entity, skillId: number, target: Entity | undefined): SkillStarted | ErrorCode {
  const content = combatContentOf(zone);
  const skill = caster.combat.profile?.skills.get(skillId);
  if (content === undefined || skill === undefined) return ErrorCode.ERROR_CODE_COMBAT_UNKNOWN_SKILL;
  const notAble = actorError(caster);
  if (notAble !== undefined) return notAble;
  if (caster.combat.cast !== undefined) return ErrorCode.ERROR_CODE_COMBAT_ALREADY_CASTING;
  const aim = aimOf(zone, caster, skill, target);
  const error = skillError(zone, caster, skill, aim);
  if (error !== undefined || aim === undefined) return error ?? ErrorCode.ERROR_CODE_COMBAT_INVALID_TARGET;
  const castTicks = ticksFor(zone, skill.castMs);
  if (castTicks > 0) {
    if (caster.moving) return ErrorCode.ERROR_CODE_COMBAT_CASTER_MOVING;
    caster.combat.setCast({ skill, target: aim.handle, startTick: zone.tick, endTick: zone.tick + castTicks });
    return { aim, castTicks };
  }
  resolveSkill(zone, content, caster, skill, aim);
  return { aim, castTicks: 0 };
}

/**
 * Uses a skill of the caster's kit, with every check of the server: the caster has the skill,
 * can act (alive, not stunned) and is not casting; the skill is off cooldown and affordable;
 * the target fits the skill's rule (an enemy for enemy and target-area skills, an ally for ally
 * skills; self and caster-area skills ignore `target`), is alive, in range and in line of
 * sight. `target` undefined means the caster's selected target (or the caster itself for ally
 * skills when none is selected). Skills with a cast time start casting (the caster must stand
 * still); instant ones apply now. Call it inside the zone's tick (NPC AI does; player requests
 * are resolved by the combat system at the tick).
 * @returns undefined when the skill started or was used; otherwise the error code, and nothing changed
 */
export function useSkill(zone: Zone, caster: Entity, skillId: number, target: Entity | undefined): ErrorCode | undefined {
  const outcome = startSkill(zone, caster, skillId, target);
  return typeof outcome === 'number' ? outcome : undefined;
}

/** Completes the caster's cast if its checks still pass; otherwise interrupts it (nothing spent). */
export function completeCast(zone: Zone, content: CombatContent, caster: Entity): void {
  const cast = caster.combat.cast;
  if (cast === undefined) return;
  const aim = cast.target === caster.handle ? caster : zone.entity(cast.target);
  caster.combat.setCast(undefined);
  if (actorError(caster) !== undefined || skillError(zone, caster, cast.skill, aim) !== undefined || aim === undefined) {
    emit(zone, CombatEvents.interrupt, caster, caster, 0, cast.skill.id, 0);
    return;
  }
  resolveSkill(zone, content, caster, cast.skill, aim);
}

const nearby: number[] = [];

/** The entities a validated skill touches. */
function targetsOf(zone: Zone, caster: Entity, skill: SkillDefinition, aim: Entity): Entity[] {
  if (skill.target !== 'caster-area' && skill.target !== 'target-area') return [aim];
  const hit: Entity[] = skill.target === 'target-area' ? [aim] : [];
  for (const handle of zone.interest.queryRadius(aim.x, aim.y, skill.radius, nearby)) {
    const entity = zone.entity(handle);
    if (entity === undefined || entity === aim || entity.combat.dead || !isHostile(zone, caster, entity)) continue;
    if (!zone.map.collision.lineOfSight(aim.x, aim.y, entity.x, entity.y)) continue;
    hit.push(entity);
  }
  return hit;
}

/** A roll in [min, max] plus the caster's power share. */
function amountOf(zone: Zone, caster: Entity, min: number, max: number, powerScaling: number): number {
  const profile = caster.combat.profile;
  const power = profile === undefined ? 0 : powerOf(caster, profile);
  return min + zone.random.below(max - min + 1) + Math.round(power * powerScaling);
}

/** Spends the cost, starts the cooldown and applies the effects to every target. */
function resolveSkill(zone: Zone, content: CombatContent, caster: Entity, skill: SkillDefinition, aim: Entity): void {
  const combat = caster.combat;
  combat.setResource(combat.resource - skill.cost);
  if (skill.cooldownMs > 0) combat.cooldowns.set(skill.id, zone.tick + ticksFor(zone, skill.cooldownMs));
  const hostile = skill.target !== 'self' && skill.target !== 'ally';
  for (const target of targetsOf(zone, caster, skill, aim)) {
    if (hostile && zone.random.next() < content.missChance) {
      emit(zone, CombatEvents.miss, caster, target, 0, skill.id, 0);
      continue;
    }
    for (const effect of skill.effects) {
      if (target.combat.dead) break;
      if (effect.type === 'aura') applyAura(zone, caster, target, effect.aura);
      else if (effect.type === 'damage') dealDamage(zone, content, caster, target, amountOf(zone, caster, effect.min, effect.max, effect.powerScaling), skill.id, 0);
      else heal(zone, caster, target, amountOf(zone, caster, effect.min, effect.max, effect.powerScaling), skill.id, 0);
    }
  }
}
