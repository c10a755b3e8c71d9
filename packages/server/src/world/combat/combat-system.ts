/**
 * The combat zone system. Each tick, in order: players without a combat profile get their
 * class's; requests queued by sessions since the last tick are resolved (select a target, use
 * a skill, weapon swing on/off, release spirit) and each request's answer is settled; then for
 * every living fighter: a cast is interrupted if the caster moved this tick or completes when
 * due, periodic auras pulse and expired ones end, the weapon swings when due, and the resource
 * regenerates once a second. Everything is a function of the zone's state, the queued requests
 * and `zone.random`: no clocks, no I/O.
 * @module
 */
import { ErrorCode } from '@realmforge/protocol';
import { EntityKinds } from '../entity.ts';
import type { Entity } from '../entity.ts';
import type { PlayerEntity } from '../player-entity.ts';
import type { ZoneSystem } from '../systems/zone-system.ts';
import type { Zone } from '../zone.ts';
import type { CombatContent } from './combat-content.ts';
import { combatEvents, CombatEvents } from './combat-event.ts';
import { dealDamage, emit, heal, interrupt } from './combat-outcomes.ts';
import { inRange, inSight, isHostile, ticksFor } from './combat-rules.ts';
import { equip } from './experience.ts';
import { respawnAtGraveyard } from './graveyard.ts';
import { actorError, completeCast, startSkill, targetError } from './use-skill.ts';
import { attachCombatContent, combatContentOf } from './zone-combat.ts';

/** A player's combat request, resolved at the zone's next tick. */
export type CombatRequest =
  | { readonly kind: 'target'; readonly entity: number }
  | { readonly kind: 'cast'; readonly skill: number; readonly target: number }
  | { readonly kind: 'autoAttack'; readonly enabled: boolean }
  | { readonly kind: 'release' };

/** How a request was resolved: an error code (nothing changed), or what the answer reports. */
export type CombatAnswer =
  | { readonly ok: false; readonly error: ErrorCode }
  | {
    readonly ok: true;
    /** The selected target, or the skill's aim. */
    readonly entity: number;
    /** Ticks of casting (0: instant). */
    readonly castTicks: number;
    /** Whether the weapon swings now. */
    readonly autoAttack: boolean;
    /** The graveyard the spirit came back at. */
    readonly graveyard: string;
  };

interface Pending {
  readonly player: PlayerEntity;
  readonly request: CombatRequest;
  readonly settle: (answer: CombatAnswer) => void;
}

/** Whether the entity is alive (a call, so it is read anew after whatever may have killed it). */
function alive(entity: Entity): boolean {
  return !entity.combat.dead;
}

function failed(error: ErrorCode): CombatAnswer {
  return { ok: false, error };
}

function done(entity: number, castTicks = 0, autoAttack = false, graveyard = ''): CombatAnswer {
  return { ok: true, entity, castTicks, autoAttack, graveyard };
}

/** Combat for every zone of a world (one instance in the world's system list). */
export class CombatSystem implements ZoneSystem {
  /** Name for metrics and logs. */
  readonly name = 'combat';
  /** The content it fights by. */
  readonly content: CombatContent;
  readonly #pending = new Map<Zone, Pending[]>();

  /** @param content - skills, auras, classes and levels */
  constructor(content: CombatContent) {
    this.content = content;
  }

  /**
   * Queues a player's request for its zone's next tick. The promise settles at that tick with
   * the answer; one queued request per session at a time (sessions handle requests in order),
   * so the queue is bounded by the number of players.
   */
  request(zone: Zone, player: PlayerEntity, request: CombatRequest): Promise<CombatAnswer> {
    return new Promise((settle) => {
      let queue = this.#pending.get(zone);
      if (queue === undefined) {
        queue = [];
        this.#pending.set(zone, queue);
      }
      queue.push({ player, request, settle });
    });
  }

  /** Advances combat in the zone by one tick. */
  step(zone: Zone): void {
    if (combatContentOf(zone) !== this.content) attachCombatContent(zone, this.content);
    const content = this.content;
    combatEvents(zone).length = 0;
    // Dense lists, not the map's iterators (garbage per entity per tick): combat adds and
    // removes no entities, so each list holds exactly what the iterator would visit.
    const entities = zone.entityList();
    for (let i = 0; i < entities.length; i++) {
      const entity = entities[i] as Entity;
      if (entity.combat.profile === undefined && entity.kind === EntityKinds.player) {
        const profile = content.classes.get(entity.classId);
        if (profile !== undefined) equip(zone, entity, profile);
      }
    }
    const queue = this.#pending.get(zone);
    if (queue !== undefined && queue.length > 0) {
      const batch = queue.splice(0);
      for (const pending of batch) pending.settle(this.#resolve(zone, pending.player, pending.request));
    }
    const tick = zone.tick;
    const regen = tick % Math.max(1, Math.round(1 / zone.dt)) === 0;
    const list = zone.entityList();
    for (let i = 0; i < list.length; i++) {
      const entity = list[i] as Entity;
      const combat = entity.combat;
      const profile = combat.profile;
      if (profile === undefined) continue;
      combat.tick = tick;
      if (combat.dead) continue;
      const cast = combat.cast;
      if (cast !== undefined) {
        if (entity.lastMovedTick === tick) interrupt(zone, entity);
        else if (tick >= cast.endTick) completeCast(zone, content, entity);
      }
      if (combat.auras.length > 0) this.#auras(zone, entity);
      // Casts, pulses and swings above may have killed it.
      if (combat.autoAttack && alive(entity)) this.#swing(zone, entity);
      if (regen && alive(entity) && profile.resource.regenPerSecond !== 0) combat.setResource(combat.resource + profile.resource.regenPerSecond);
    }
  }

  #resolve(zone: Zone, player: PlayerEntity, request: CombatRequest): CombatAnswer {
    if (zone.entity(player.handle) !== player) return failed(ErrorCode.ERROR_CODE_NOT_IN_WORLD);
    if (zone.recording) zone.recordInput({ tick: zone.tick, handle: player.handle, combat: request });
    const combat = player.combat;
    switch (request.kind) {
      case 'target': {
        if (request.entity === 0) {
          combat.setTarget(0);
          return done(0, 0, combat.autoAttack);
        }
        const target = zone.entity(request.entity);
        if (target === undefined || (target !== player && !zone.interest.isVisible(player.handle, target.handle))) return failed(ErrorCode.ERROR_CODE_COMBAT_TARGET_NOT_FOUND);
        combat.setTarget(target.handle);
        return done(target.handle, 0, combat.autoAttack);
      }
      case 'cast': {
        let target: Entity | undefined;
        if (request.target !== 0) {
          target = zone.entity(request.target);
          if (target === undefined || (target !== player && !zone.interest.isVisible(player.handle, target.handle))) return failed(ErrorCode.ERROR_CODE_COMBAT_TARGET_NOT_FOUND);
        }
        const started = startSkill(zone, player, request.skill, target);
        return typeof started === 'number' ? failed(started) : done(started.aim.handle, started.castTicks, combat.autoAttack);
      }
      case 'autoAttack': {
        if (!request.enabled) {
          combat.autoAttack = false;
          return done(combat.target, 0, false);
        }
        const notAble = actorError(player);
        if (notAble !== undefined) return failed(notAble);
        const target = zone.entity(combat.target);
        if (target === undefined) return failed(ErrorCode.ERROR_CODE_COMBAT_INVALID_TARGET);
        const error = targetError(zone, player, target, true, Number.POSITIVE_INFINITY);
        if (error !== undefined && error !== ErrorCode.ERROR_CODE_COMBAT_NO_LINE_OF_SIGHT) return failed(error);
        combat.autoAttack = true;
        combat.nextSwingTick = Math.max(combat.nextSwingTick, zone.tick);
        return done(target.handle, 0, true);
      }
      case 'release': {
        if (!combat.dead) return failed(ErrorCode.ERROR_CODE_COMBAT_NOT_DEAD);
        return done(player.handle, 0, false, respawnAtGraveyard(zone, this.content, player));
      }
    }
  }

  /** Pulses due periodic auras and removes expired ones. */
  #auras(zone: Zone, entity: Entity): void {
    const combat = entity.combat;
    const tick = zone.tick;
    for (let i = 0; i < combat.auras.length && !combat.dead; i++) {
      const active = combat.auras[i];
      if (active === undefined) break;
      const periodic = active.aura.periodic;
      if (periodic !== undefined && tick >= active.nextPulseTick) {
        active.nextPulseTick = tick + ticksFor(zone, periodic.everyMs);
        const source = zone.entity(active.source);
        const amount = periodic.amount * active.stacks;
        if (periodic.effect === 'damage') dealDamage(zone, this.content, source, entity, amount, 0, active.aura.id);
        else heal(zone, source, entity, amount, 0, active.aura.id);
      }
    }
    if (combat.dead) return;
    const before = combat.auras.length;
    let kept = 0;
    for (const active of combat.auras) if (active.expiresTick > tick) combat.auras[kept++] = active;
    combat.auras.length = kept;
    if (kept !== before) combat.aurasChanged();
  }

  /** The weapon swing at the selected target, when due and possible. */
  #swing(zone: Zone, entity: Entity): void {
    const combat = entity.combat;
    const profile = combat.profile;
    const target = zone.entity(combat.target);
    if (target === undefined || target.combat.dead || !isHostile(zone, entity, target)) {
      combat.autoAttack = false;
      return;
    }
    if (profile === undefined || zone.tick < combat.nextSwingTick || combat.cast !== undefined || actorError(entity) !== undefined) return;
    const swing = profile.autoAttack;
    if (!inRange(entity, target, swing.range) || !inSight(zone, entity, target)) return;
    combat.nextSwingTick = zone.tick + ticksFor(zone, swing.intervalMs);
    if (profile.resource.perSwing > 0) combat.setResource(combat.resource + profile.resource.perSwing);
    if (zone.random.next() < this.content.missChance) {
      emit(zone, CombatEvents.miss, entity, target, 0, 0, 0);
      return;
    }
    dealDamage(zone, this.content, entity, target, swing.min + zone.random.below(swing.max - swing.min + 1), 0, 0);
  }
}
