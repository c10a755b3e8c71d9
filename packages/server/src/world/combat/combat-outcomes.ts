/**
 * What combat does to entities: damage, healing, auras with their stacking rules, interrupts
 * and death. Every change here is already validated; each records a combat event on the zone
 * and on the entity it happened to.
 * @module
 */
import type { Entity } from '../entity.ts';
import type { Zone } from '../zone.ts';
import type { AuraDefinition, CombatContent } from './combat-content.ts';
import { combatEvents, CombatEvents } from './combat-event.ts';
import type { CombatEventKindValue } from './combat-event.ts';
import { ticksFor } from './combat-rules.ts';
import { awardKill } from './experience.ts';

/** Records an event on the zone's list and on its target. */
export function emit(zone: Zone, kind: CombatEventKindValue, source: Entity | undefined, target: Entity, amount: number, skillId: number, auraId: number): void {
  const event = { kind, source, target, amount, skillId, auraId };
  combatEvents(zone).push(event);
  target.combat.record(event);
}

/** Ends the entity's cast without effect (nothing was spent: cost and cooldown apply at completion). */
export function interrupt(zone: Zone, entity: Entity): void {
  const cast = entity.combat.cast;
  if (cast === undefined) return;
  entity.combat.setCast(undefined);
  emit(zone, CombatEvents.interrupt, entity, entity, 0, cast.skill.id, 0);
}

/**
 * Deals damage: `base` scaled by the source's damage-done and the target's damage-taken
 * auras, clamped at the target's hit points. Damage interrupts a cast that says so, feeds a
 * resource that grows when hit, and kills at 0.
 */
export function dealDamage(zone: Zone, content: CombatContent, source: Entity | undefined, target: Entity, base: number, skillId: number, auraId: number): void {
  const combat = target.combat;
  if (combat.dead) return;
  const scaled = base * (source === undefined ? 1 : source.combat.multiplier('damageDone')) * combat.multiplier('damageTaken');
  const amount = Math.min(target.hitPoints, Math.max(0, Math.round(scaled)));
  target.setHitPoints(target.hitPoints - amount);
  emit(zone, CombatEvents.damage, source, target, amount, skillId, auraId);
  if (amount > 0) {
    const perHit = combat.profile?.resource.perHitTaken ?? 0;
    if (perHit > 0) combat.setResource(combat.resource + perHit);
    if (combat.cast?.skill.interruptedByDamage === true) interrupt(zone, target);
  }
  if (target.hitPoints === 0) die(zone, content, target, source);
}

/** Heals up to the target's maximum; the event carries what was actually restored. */
export function heal(zone: Zone, source: Entity | undefined, target: Entity, base: number, skillId: number, auraId: number): void {
  if (target.combat.dead) return;
  const amount = Math.min(target.maxHitPoints - target.hitPoints, Math.max(0, Math.round(base)));
  target.setHitPoints(target.hitPoints + amount);
  emit(zone, CombatEvents.heal, source, target, amount, skillId, auraId);
}

/**
 * Applies an aura by its stacking rule: `refresh` restarts the duration of the one already
 * there, `stack` adds a stack (up to its maximum) and restarts the duration, `replace` throws
 * the old one away (its stacks and pulse timer too). A stun interrupts any cast.
 */
export function applyAura(zone: Zone, source: Entity, target: Entity, aura: AuraDefinition): void {
  const combat = target.combat;
  if (combat.dead) return;
  const expiresTick = zone.tick + ticksFor(zone, aura.durationMs);
  const pulse = aura.periodic === undefined ? 0 : zone.tick + ticksFor(zone, aura.periodic.everyMs);
  const index = combat.auras.findIndex((active) => active.aura === aura);
  const existing = combat.auras[index];
  if (existing === undefined) {
    combat.auras.push({ aura, source: source.handle, stacks: 1, expiresTick, nextPulseTick: pulse });
  } else if (aura.stacking === 'replace') {
    combat.auras[index] = { aura, source: source.handle, stacks: 1, expiresTick, nextPulseTick: pulse };
  } else {
    existing.expiresTick = expiresTick;
    existing.source = source.handle;
    if (aura.stacking === 'stack') existing.stacks = Math.min(aura.maxStacks, existing.stacks + 1);
  }
  combat.aurasChanged();
  if (aura.stun) interrupt(zone, target);
}

/**
 * Kills the entity: it stops, its cast, swing and auras end, and the killer (when there is one
 * and it is an entity of this zone) earns its experience.
 */
export function die(zone: Zone, content: CombatContent, victim: Entity, killer: Entity | undefined): void {
  const combat = victim.combat;
  combat.setDead(true);
  combat.setCast(undefined);
  combat.autoAttack = false;
  combat.setTarget(0);
  if (combat.auras.length > 0) {
    combat.auras.length = 0;
    combat.aurasChanged();
  }
  victim.stop();
  emit(zone, CombatEvents.death, killer, victim, 0, 0, 0);
  if (killer !== undefined && killer !== victim) awardKill(zone, content, killer, victim);
}
