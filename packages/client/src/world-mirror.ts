/**
 * The client's mirror of the world: every entity it can see with its latest state, kept up to
 * date by applying WorldFrames, with events for entities entering, changing and leaving view.
 * Positions are converted from the wire's 1/16 m units to metres.
 * @module
 */
import type { ServerPayloads } from '@realmforge/protocol';

/** Wire units per metre of positions (1/16 m precision). */
export const POSITION_UNITS_PER_METRE = 16;

/** How many combat events the mirror keeps in its log. */
export const COMBAT_LOG_SIZE = 200;

/** An entity as the client knows it. */
export interface MirroredEntity {
  /** Zone-local entity id. */
  readonly id: number;
  /** EntityKind wire value (1 player, 2 NPC). */
  kind: number;
  /** Display name. */
  name: string;
  /** Metres. */
  x: number;
  /** Metres. */
  y: number;
  /** Current hit points. */
  hitPoints: number;
  /** Hit points at full health. */
  maxHitPoints: number;
  /** CharacterClass wire value. */
  classId: number;
  /** Level. */
  level: number;
  /** Class resource now (rage, mana, focus). */
  resource: number;
  /** Class resource at most. */
  maxResource: number;
  /** The entity it has selected; 0 for none. */
  targetId: number;
  /** The skill it is casting; 0 when not casting. */
  castSkillId: number;
  /** Tick its cast started. */
  castStartTick: number;
  /** Tick its cast completes. */
  castEndTick: number;
  /** Whether it is dead. */
  dead: boolean;
  /** Active aura ids (buffs and debuffs). */
  auras: number[];
  /** The tick of the last change. */
  updatedTick: number;
}

/** What a frame changed, for listeners. */
export interface MirrorEvents {
  /** Called for each entity that came into view (or is in view after a reset). */
  onEnter?: (entity: MirroredEntity) => void;
  /** Called for each visible entity that changed. */
  onUpdate?: (entity: MirroredEntity) => void;
  /** Called for each entity that left view. */
  onLeave?: (entity: MirroredEntity) => void;
  /** Called when the mirror was reset (entered the world, resumed, changed zone). */
  onReset?: (zone: string) => void;
  /** Called for each combat event (damage, heal, miss, interrupt, death, experience, level up). */
  onCombatEvent?: (event: MirroredCombatEvent) => void;
}

/** A combat event as the client got it (CombatEvent with defaults filled in). */
export interface MirroredCombatEvent {
  /** CombatEventKind wire value. */
  readonly kind: number;
  /** Who caused it; 0 when nobody. */
  readonly sourceId: number;
  /** Who it happened to. */
  readonly targetId: number;
  /** Hit points, experience or the new level, by kind. */
  readonly amount: number;
  /** The skill; 0 for a weapon swing or an aura pulse. */
  readonly skillId: number;
  /** The aura whose pulse it was; 0 otherwise. */
  readonly auraId: number;
  /** The tick it happened in. */
  readonly tick: number;
}

type WorldFrame = ServerPayloads['worldFrame'];

/** The client-side copy of everything in view. */
export class WorldMirror {
  /** Entities in view, by id (the player's own character included). */
  readonly entities = new Map<number, MirroredEntity>();
  /** The zone the player is in ('' before the first frame). */
  zone = '';
  /** The player's own entity id. */
  selfId = 0;
  /** The tick of the last frame applied. */
  tick = 0;
  /** The last input sequence the server acknowledged. */
  ackSequence = 0;
  /** The most recent combat events, oldest first (at most `COMBAT_LOG_SIZE`, 200). */
  readonly combatLog: MirroredCombatEvent[] = [];
  readonly #events: MirrorEvents;

  /** @param events - optional listeners */
  constructor(events: MirrorEvents = {}) {
    this.#events = events;
  }

  /** The player's own entity, once known. */
  get self(): MirroredEntity | undefined {
    return this.entities.get(this.selfId);
  }

  /** Applies one frame. Frames must be applied in the order they arrive. */
  apply(frame: WorldFrame): void {
    this.tick = frame.tick;
    this.ackSequence = frame.ackSequence;
    if (frame.reset) {
      this.entities.clear();
      this.zone = frame.zone;
      this.selfId = frame.selfEntityId;
      this.#events.onReset?.(this.zone);
    }
    for (const e of frame.enters) {
      const entity: MirroredEntity = {
        id: e.entityId ?? 0,
        kind: e.kind ?? 0,
        name: e.name ?? '',
        x: (e.x ?? 0) / POSITION_UNITS_PER_METRE,
        y: (e.y ?? 0) / POSITION_UNITS_PER_METRE,
        hitPoints: e.hitPoints ?? 0,
        maxHitPoints: e.maxHitPoints ?? 0,
        classId: e.class ?? 0,
        level: e.level ?? 0,
        resource: e.resource ?? 0,
        maxResource: e.maxResource ?? 0,
        targetId: e.targetEntityId ?? 0,
        castSkillId: e.castSkillId ?? 0,
        castStartTick: e.castStartTick ?? 0,
        castEndTick: e.castEndTick ?? 0,
        dead: e.dead ?? false,
        auras: [...(e.auras ?? [])],
        updatedTick: frame.tick,
      };
      this.entities.set(entity.id, entity);
      this.#events.onEnter?.(entity);
    }
    for (const u of frame.updates) {
      const entity = this.entities.get(u.entityId ?? 0);
      if (entity === undefined) continue;
      if (u.x !== undefined && u.x !== null) entity.x = u.x / POSITION_UNITS_PER_METRE;
      if (u.y !== undefined && u.y !== null) entity.y = u.y / POSITION_UNITS_PER_METRE;
      if (u.hitPoints !== undefined && u.hitPoints !== null) entity.hitPoints = u.hitPoints;
      if (u.maxHitPoints !== undefined && u.maxHitPoints !== null) entity.maxHitPoints = u.maxHitPoints;
      if (u.level !== undefined && u.level !== null) entity.level = u.level;
      if (u.resource !== undefined && u.resource !== null) entity.resource = u.resource;
      if (u.maxResource !== undefined && u.maxResource !== null) entity.maxResource = u.maxResource;
      if (u.targetEntityId !== undefined && u.targetEntityId !== null) entity.targetId = u.targetEntityId;
      if (u.castSkillId !== undefined && u.castSkillId !== null) entity.castSkillId = u.castSkillId;
      if (u.castStartTick !== undefined && u.castStartTick !== null) entity.castStartTick = u.castStartTick;
      if (u.castEndTick !== undefined && u.castEndTick !== null) entity.castEndTick = u.castEndTick;
      if (u.dead !== undefined && u.dead !== null) entity.dead = u.dead;
      if (u.auras !== undefined && u.auras !== null) entity.auras = [...(u.auras.ids ?? [])];
      entity.updatedTick = frame.tick;
      this.#events.onUpdate?.(entity);
    }
    for (const e of frame.events) {
      const event: MirroredCombatEvent = {
        kind: e.kind ?? 0,
        sourceId: e.sourceEntityId ?? 0,
        targetId: e.targetEntityId ?? 0,
        amount: e.amount ?? 0,
        skillId: e.skillId ?? 0,
        auraId: e.auraId ?? 0,
        tick: frame.tick,
      };
      this.combatLog.push(event);
      if (this.combatLog.length > COMBAT_LOG_SIZE) this.combatLog.shift();
      this.#events.onCombatEvent?.(event);
    }
    for (const id of frame.leaves) {
      const entity = this.entities.get(id);
      if (entity === undefined) continue;
      this.entities.delete(id);
      this.#events.onLeave?.(entity);
    }
  }
}
