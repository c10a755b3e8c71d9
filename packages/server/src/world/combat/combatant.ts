/**
 * An entity's combat state, the same for players and NPCs: class resource, selected target,
 * the cast in progress, active auras, cooldowns, the weapon swing, and death. Setters mark the
 * owner's dirty bits so replication sends only what changed.
 * @module
 */
import type { Entity } from '../entity.ts';
import { DIRTY_AURAS, DIRTY_CAST, DIRTY_DEAD, DIRTY_EVENTS, DIRTY_MAX_RESOURCE, DIRTY_RESOURCE, DIRTY_TARGET } from '../entity.ts';
import type { AuraDefinition, CombatProfile, SkillDefinition } from './combat-content.ts';
import type { CombatEvent } from './combat-event.ts';

/** A buff or debuff on an entity. */
export interface ActiveAura {
  /** What it is. */
  readonly aura: AuraDefinition;
  /** Handle of the entity that applied it (credited with its pulses). */
  source: number;
  /** Stacks (1 unless the aura stacks). */
  stacks: number;
  /** Tick at which it ends. */
  expiresTick: number;
  /** Tick of its next pulse (periodic auras). */
  nextPulseTick: number;
}

/** A cast in progress. */
export interface Cast {
  /** The skill. */
  readonly skill: SkillDefinition;
  /** Handle of the target entity. */
  readonly target: number;
  /** Tick the cast started. */
  readonly startTick: number;
  /** Tick at which it completes. */
  readonly endTick: number;
}

/** What a character brings from storage: resource and long cooldowns. */
export interface SavedCombat {
  /** Resource when saved; negative means "the class's starting value". */
  readonly resource: number;
  /** Milliseconds left on long cooldowns, by skill id. */
  readonly cooldowns: Readonly<Record<string, number>>;
}

/** An entity's combat state. */
export class Combatant {
  readonly #owner: Entity;
  #resource = 0;
  #maxResource = 0;
  #target = 0;
  #cast: Cast | undefined;
  #dead = false;
  /** What it fights with; undefined until equipped (an entity without one neither fights nor is attacked). */
  profile: CombatProfile | undefined;
  /** Active auras, in the order they were applied. Change through the combat rules only. */
  readonly auras: ActiveAura[] = [];
  /** Tick at which each skill (by id) is ready again. */
  readonly cooldowns = new Map<number, number>();
  /** Whether the weapon swings at the selected target. */
  autoAttack = false;
  /** Earliest tick of the next weapon swing. */
  nextSwingTick = 0;
  /** Experience a killer earns (NPC templates set it; players are worth none). */
  experienceValue = 0;
  /** The party the entity is in (same party: allies, share experience). */
  party: string | undefined;
  /** The last tick the combat system ran for the entity's zone. */
  tick = 0;
  /** State loaded from storage, applied when the entity is equipped. */
  saved: SavedCombat | undefined;
  /**
   * Combat events that happened to this entity in the last ticks, oldest first, for
   * replication: a player's frame carries those since its last frame. Kept as long as the zone's
   * change history reaches back (CHANGE_HISTORY_TICKS); {@link Combatant.eventTicks} says when
   * each happened.
   */
  readonly events: CombatEvent[] = [];
  /**
   * The tick of each of {@link Combatant.events}, same index; events recorded since the zone
   * last sealed a tick have none yet ({@link Combatant.sealEvents}).
   */
  readonly eventTicks: number[] = [];

  /** @param owner - the entity whose state this is */
  constructor(owner: Entity) {
    this.#owner = owner;
  }

  /** Class resource now. */
  get resource(): number {
    return this.#resource;
  }

  /** Class resource at most. */
  get maxResource(): number {
    return this.#maxResource;
  }

  /** Handle of the selected target; 0 for none. */
  get target(): number {
    return this.#target;
  }

  /** The cast in progress. */
  get cast(): Cast | undefined {
    return this.#cast;
  }

  /** Whether the entity is dead. */
  get dead(): boolean {
    return this.#dead;
  }

  /** Sets the resource, clamped to 0..max and rounded. */
  setResource(value: number): void {
    const clamped = Math.max(0, Math.min(this.#maxResource, Math.round(value)));
    if (clamped !== this.#resource) this.#owner.dirty |= DIRTY_RESOURCE;
    this.#resource = clamped;
  }

  /** Sets the maximum resource (the resource is clamped to it). */
  setMaxResource(value: number): void {
    if (value !== this.#maxResource) this.#owner.dirty |= DIRTY_MAX_RESOURCE;
    this.#maxResource = value;
    if (this.#resource > value) this.setResource(value);
  }

  /** Selects a target by handle (0 clears). */
  setTarget(handle: number): void {
    if (handle !== this.#target) this.#owner.dirty |= DIRTY_TARGET;
    this.#target = handle;
  }

  /** Starts or ends (undefined) a cast. */
  setCast(cast: Cast | undefined): void {
    if (cast !== this.#cast) this.#owner.dirty |= DIRTY_CAST;
    this.#cast = cast;
  }

  /** Marks the entity dead or alive. */
  setDead(dead: boolean): void {
    if (dead !== this.#dead) this.#owner.dirty |= DIRTY_DEAD;
    this.#dead = dead;
  }

  /** Marks the aura list as changed. */
  aurasChanged(): void {
    this.#owner.dirty |= DIRTY_AURAS;
  }

  /** Records an event that happened to this entity (sent with the zone's next frames). */
  record(event: CombatEvent): void {
    this.events.push(event);
    this.#owner.dirty |= DIRTY_EVENTS;
  }

  /**
   * Gives the events recorded since the last call the tick `tick`, and lets go of those from
   * ticks at or before `forgetThrough`. The zone calls it at every tick for entities that hold
   * events.
   */
  sealEvents(tick: number, forgetThrough: number): void {
    const events = this.events;
    const ticks = this.eventTicks;
    while (ticks.length < events.length) ticks.push(tick);
    let old = 0;
    while (old < ticks.length && (ticks[old] ?? 0) <= forgetThrough) old++;
    if (old === 0) return;
    events.splice(0, old);
    ticks.splice(0, old);
  }

  /** Whether an aura with this property is active. */
  has(property: 'stun'): boolean {
    for (const active of this.auras) if (active.aura[property]) return true;
    return false;
  }

  /** Product of the active auras' multiplier (per stack). */
  multiplier(property: 'damageDone' | 'damageTaken' | 'slow'): number {
    let product = 1;
    for (const active of this.auras) product *= active.aura[property] ** (property === 'slow' ? 1 : active.stacks);
    return product;
  }

  /** Walking speed factor: 0 while dead or stunned, the slows' product otherwise. */
  get speedFactor(): number {
    if (this.#dead || (this.auras.length > 0 && this.has('stun'))) return 0;
    return this.auras.length === 0 ? 1 : this.multiplier('slow');
  }

  /** Everything that defines the combat state, for the zone's state hash. */
  stateKey(): string {
    const cast = this.#cast === undefined ? '' : `${this.#cast.skill.id}@${this.#cast.target}:${this.#cast.endTick}`;
    let auras = '';
    for (const active of this.auras) auras += `${active.aura.id}x${active.stacks}:${active.expiresTick}:${active.nextPulseTick}:${active.source}/`;
    let cooldowns = '';
    for (const [skill, ready] of this.cooldowns) cooldowns += `${skill}:${ready}/`;
    return `${this.#resource}/${this.#maxResource}|${this.#target}|${cast}|${this.#dead ? 1 : 0}|${this.autoAttack ? 1 : 0}:${this.nextSwingTick}|${auras}|${cooldowns}`;
  }

  /**
   * Takes over the state a character carries into another zone (resource, cooldowns, death,
   * auras), from its entity in the zone it left. Target and cast are zone-local and dropped.
   */
  carryOver(from: Combatant): void {
    this.profile = from.profile;
    this.#maxResource = from.#maxResource;
    this.#resource = from.#resource;
    this.#dead = from.#dead;
    this.experienceValue = from.experienceValue;
    this.party = from.party;
    this.saved = from.saved;
    this.tick = from.tick;
    for (const [skill, ready] of from.cooldowns) this.cooldowns.set(skill, ready);
    for (const active of from.auras) this.auras.push({ ...active, source: 0 });
  }
}
