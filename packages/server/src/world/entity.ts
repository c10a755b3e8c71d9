/**
 * Entities: everything with a position in a zone. The zone owns them and mutates them only
 * inside its tick; setters record which replicated fields changed so replication sends only
 * those.
 * @module
 */
import { CharacterClass } from '@realmforge/protocol';
import { Combatant } from './combat/combatant.ts';

/** Entity kinds, with the wire values of the EntityKind enum. */
export const EntityKinds = { player: 1, npc: 2 } as const;

/** One of {@link EntityKinds}. */
export type EntityKindValue = (typeof EntityKinds)[keyof typeof EntityKinds];

/** Quantisation of positions on the wire: 16 units per metre (6.25 cm). */
export const POSITION_UNITS_PER_METRE = 16;

/** Metres → wire units. Negative positions do not occur: maps start at 0. */
export function quantise(metres: number): number {
  return Math.max(0, Math.round(metres * POSITION_UNITS_PER_METRE));
}

/** Collision radius of characters, metres. */
export const PLAYER_RADIUS = 0.4;

/** Dirty bit: x changed (in wire units). */
export const DIRTY_X = 1;
/** Dirty bit: y changed (in wire units). */
export const DIRTY_Y = 2;
/** Dirty bit: hit points changed. */
export const DIRTY_HIT_POINTS = 4;
/** Dirty bit: maximum hit points changed. */
export const DIRTY_MAX_HIT_POINTS = 8;
/** Dirty bit: level changed. */
export const DIRTY_LEVEL = 16;
/** Dirty bit: resource changed. */
export const DIRTY_RESOURCE = 32;
/** Dirty bit: maximum resource changed. */
export const DIRTY_MAX_RESOURCE = 64;
/** Dirty bit: selected target changed. */
export const DIRTY_TARGET = 128;
/** Dirty bit: a cast started or ended. */
export const DIRTY_CAST = 256;
/** Dirty bit: died or came back to life. */
export const DIRTY_DEAD = 512;
/** Dirty bit: the set of active auras changed. */
export const DIRTY_AURAS = 1024;
/** Dirty bit: combat events happened to the entity since the last frames (not an entity field). */
export const DIRTY_EVENTS = 2048;
/** Dirty bits that are position only. */
export const DIRTY_POSITION = DIRTY_X | DIRTY_Y;

/** What an entity is created from. */
export interface EntitySpec {
  /** Display name. */
  readonly name: string;
  /** Player or NPC. */
  readonly kind: EntityKindValue;
  /** Class, for players (UNSPECIFIED for NPCs without one). */
  readonly classId: CharacterClass;
  /** Metres. */
  readonly x: number;
  /** Metres. */
  readonly y: number;
  /** Current hit points. */
  readonly hitPoints: number;
  /** Hit points at full health. */
  readonly maxHitPoints: number;
  /** Level. */
  readonly level: number;
  /** Walking speed, metres per second. */
  readonly speed: number;
}

/** Something with a position in a zone. */
export class Entity {
  /** Zone-local handle: the interest grid's id and the wire entity_id. */
  readonly handle: number;
  /** Player or NPC. */
  readonly kind: EntityKindValue;
  /** Display name. */
  readonly name: string;
  /** Class (UNSPECIFIED for NPCs). */
  readonly classId: CharacterClass;
  /** Walking speed, metres per second. */
  speed: number;
  /** Collision radius, metres. */
  readonly radius = PLAYER_RADIUS;
  #x: number;
  #y: number;
  #qx: number;
  #qy: number;
  #hitPoints: number;
  #maxHitPoints: number;
  #level: number;
  /** Movement intent: a direction (length ≤ 1), used when there is no target. */
  moveX = 0;
  /** Movement intent: a direction (length ≤ 1), used when there is no target. */
  moveY = 0;
  /** Movement intent: a point to walk to (NaN when none). */
  targetX = Number.NaN;
  /** Movement intent: a point to walk to (NaN when none). */
  targetY = Number.NaN;
  /**
   * Replicated fields changed in the current tick (DIRTY_* bits; changes between ticks count for
   * the next); the zone moves them into its change history at the end of the tick's simulation
   * and clears them (Zone.step, ChangeHistory).
   */
  dirty = 0;
  /** The last tick in which the quantised position changed. */
  lastMovedTick = Number.NEGATIVE_INFINITY;
  /** Combat state: resource, target, cast, auras, cooldowns (the same rules for players and NPCs). */
  readonly combat: Combatant = new Combatant(this);

  /**
   * @param handle - zone-local handle
   * @param spec - initial state
   */
  constructor(handle: number, spec: EntitySpec) {
    this.handle = handle;
    this.kind = spec.kind;
    this.name = spec.name;
    this.classId = spec.classId;
    this.speed = spec.speed;
    this.#x = spec.x;
    this.#y = spec.y;
    this.#qx = quantise(spec.x);
    this.#qy = quantise(spec.y);
    this.#hitPoints = spec.hitPoints;
    this.#maxHitPoints = spec.maxHitPoints;
    this.#level = spec.level;
  }

  /** Metres. */
  get x(): number {
    return this.#x;
  }

  /** Metres. */
  get y(): number {
    return this.#y;
  }

  /** Wire units (1/16 m). */
  get qx(): number {
    return this.#qx;
  }

  /** Wire units (1/16 m). */
  get qy(): number {
    return this.#qy;
  }

  /** Current hit points. */
  get hitPoints(): number {
    return this.#hitPoints;
  }

  /** Hit points at full health. */
  get maxHitPoints(): number {
    return this.#maxHitPoints;
  }

  /** Level. */
  get level(): number {
    return this.#level;
  }

  /** True while the entity has somewhere to go. */
  get moving(): boolean {
    return this.moveX !== 0 || this.moveY !== 0 || !Number.isNaN(this.targetX);
  }

  /** Moves the entity (the zone keeps the interest grid in step). */
  setPosition(x: number, y: number, tick: number): void {
    this.#x = x;
    this.#y = y;
    const qx = quantise(x);
    const qy = quantise(y);
    if (qx !== this.#qx) this.dirty |= DIRTY_X;
    if (qy !== this.#qy) this.dirty |= DIRTY_Y;
    if (qx !== this.#qx || qy !== this.#qy) this.lastMovedTick = tick;
    this.#qx = qx;
    this.#qy = qy;
  }

  /** Sets hit points (clamped to 0..max). */
  setHitPoints(value: number): void {
    const clamped = Math.max(0, Math.min(this.#maxHitPoints, Math.round(value)));
    if (clamped !== this.#hitPoints) this.dirty |= DIRTY_HIT_POINTS;
    this.#hitPoints = clamped;
  }

  /** Sets maximum hit points (current hit points are clamped to it). */
  setMaxHitPoints(value: number): void {
    if (value !== this.#maxHitPoints) this.dirty |= DIRTY_MAX_HIT_POINTS;
    this.#maxHitPoints = value;
    if (this.#hitPoints > value) this.setHitPoints(value);
  }

  /** Sets the level. */
  setLevel(value: number): void {
    if (value !== this.#level) this.dirty |= DIRTY_LEVEL;
    this.#level = value;
  }

  /** Stops all movement intent. */
  stop(): void {
    this.moveX = 0;
    this.moveY = 0;
    this.targetX = Number.NaN;
    this.targetY = Number.NaN;
  }
}
