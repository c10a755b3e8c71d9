/**
 * Encodes an entity's WorldFrame fields once per tick. Each segment is a whole protobuf field
 * (tag, length, EntityEnter or EntityUpdate), so a frame is assembled by concatenating the
 * segments of the entities an observer sees: encode once, send many.
 * @module
 */
import {
  DIRTY_AURAS,
  DIRTY_CAST,
  DIRTY_DEAD,
  DIRTY_HIT_POINTS,
  DIRTY_LEVEL,
  DIRTY_MAX_HIT_POINTS,
  DIRTY_MAX_RESOURCE,
  DIRTY_RESOURCE,
  DIRTY_TARGET,
  DIRTY_X,
  DIRTY_Y,
} from '../entity.ts';
import type { Entity } from '../entity.ts';
import { varintSize, WIRE_LEN, WireWriter } from './wire-writer.ts';

/** WorldFrame.enters. */
export const FRAME_ENTERS_FIELD = 6;
/** WorldFrame.updates. */
export const FRAME_UPDATES_FIELD = 7;
/** WorldFrame.events. */
export const FRAME_EVENTS_FIELD = 9;

/** Makes and caches the per-tick segments of entities. */
export class EntitySegmentEncoder {
  readonly #writer = new WireWriter(256);
  #tick = -1;

  /** Starts a new tick: segments cached for earlier ticks are no longer used. */
  beginTick(tick: number): void {
    this.#tick = tick;
  }

  /** The entity's full state as a WorldFrame.enters field. */
  enter(entity: Entity): Uint8Array {
    const segments = this.#segments(entity);
    if (segments.enter !== undefined) return segments.enter;
    const w = this.#writer.reset();
    w.uint32Field(1, entity.handle)
      .uint32Field(2, entity.kind)
      .stringField(3, entity.name)
      .uint32Field(4, entity.qx)
      .uint32Field(5, entity.qy)
      .uint32Field(6, entity.hitPoints)
      .uint32Field(7, entity.maxHitPoints)
      .uint32Field(8, entity.classId)
      .uint32Field(9, entity.level);
    const combat = entity.combat;
    w.uint32Field(10, combat.resource).uint32Field(11, combat.maxResource).uint32Field(12, combat.target);
    const cast = combat.cast;
    if (cast !== undefined) w.uint32Field(13, cast.skill.id).uint32Field(14, cast.startTick).uint32Field(15, cast.endTick);
    w.uint32Field(16, combat.dead ? 1 : 0);
    if (combat.auras.length > 0) this.#auraIds(17, entity);
    segments.enter = w.finishAsField(FRAME_ENTERS_FIELD);
    return segments.enter;
  }

  /** The fields that changed this tick as a WorldFrame.updates field. */
  update(entity: Entity): Uint8Array {
    const segments = this.#segments(entity);
    if (segments.update !== undefined) return segments.update;
    const w = this.#writer.reset();
    const dirty = entity.dirty;
    w.uint32Field(1, entity.handle);
    if ((dirty & DIRTY_X) !== 0) w.uint32Field(2, entity.qx, true);
    if ((dirty & DIRTY_Y) !== 0) w.uint32Field(3, entity.qy, true);
    if ((dirty & DIRTY_HIT_POINTS) !== 0) w.uint32Field(4, entity.hitPoints, true);
    if ((dirty & DIRTY_MAX_HIT_POINTS) !== 0) w.uint32Field(5, entity.maxHitPoints, true);
    if ((dirty & DIRTY_LEVEL) !== 0) w.uint32Field(6, entity.level, true);
    const combat = entity.combat;
    if ((dirty & DIRTY_RESOURCE) !== 0) w.uint32Field(7, combat.resource, true);
    if ((dirty & DIRTY_MAX_RESOURCE) !== 0) w.uint32Field(8, combat.maxResource, true);
    if ((dirty & DIRTY_TARGET) !== 0) w.uint32Field(9, combat.target, true);
    if ((dirty & DIRTY_CAST) !== 0) {
      const cast = combat.cast;
      w.uint32Field(10, cast?.skill.id ?? 0, true).uint32Field(11, cast?.startTick ?? 0, true).uint32Field(12, cast?.endTick ?? 0, true);
    }
    if ((dirty & DIRTY_DEAD) !== 0) w.uint32Field(13, combat.dead ? 1 : 0, true);
    if ((dirty & DIRTY_AURAS) !== 0) {
      // AuraList{ids}: a nested message, present even when empty (the list became empty).
      const packed = packedAuraBytes(entity);
      w.tag(14, WIRE_LEN).varint(packed === 0 ? 0 : 1 + varintSize(packed) + packed);
      if (packed > 0) this.#auraIds(1, entity);
    }
    segments.update = w.finishAsField(FRAME_UPDATES_FIELD);
    return segments.update;
  }

  /**
   * The combat events that happened to the entity this tick, each a WorldFrame.events field,
   * concatenated: encoded once, shared by every observer who sees the entity.
   */
  events(entity: Entity): Uint8Array {
    const segments = this.#segments(entity);
    if (segments.events !== undefined) return segments.events;
    const w = this.#writer.reset();
    for (const event of entity.combat.events) {
      const source = event.source?.handle ?? 0;
      const body = fieldSize(event.kind) + fieldSize(source) + 1 + varintSize(event.target.handle) + fieldSize(event.amount) + fieldSize(event.skillId) + fieldSize(event.auraId);
      w.tag(FRAME_EVENTS_FIELD, WIRE_LEN).varint(body);
      w.uint32Field(1, event.kind).uint32Field(2, source).uint32Field(3, event.target.handle, true);
      w.uint32Field(4, event.amount).uint32Field(5, event.skillId).uint32Field(6, event.auraId);
    }
    segments.events = w.finish();
    return segments.events;
  }

  /** The current position as a WorldFrame.updates field. */
  position(entity: Entity): Uint8Array {
    const segments = this.#segments(entity);
    if (segments.position !== undefined) return segments.position;
    const w = this.#writer.reset();
    w.uint32Field(1, entity.handle).uint32Field(2, entity.qx, true).uint32Field(3, entity.qy, true);
    segments.position = w.finishAsField(FRAME_UPDATES_FIELD);
    return segments.position;
  }

  /** The entity's aura ids as a packed repeated field. */
  #auraIds(field: number, entity: Entity): void {
    const w = this.#writer;
    w.tag(field, WIRE_LEN).varint(packedAuraBytes(entity));
    for (const active of entity.combat.auras) w.varint(active.aura.id);
  }

  #segments(entity: Entity): Entity['segments'] {
    const segments = entity.segments;
    if (entity.segmentTick !== this.#tick) {
      entity.segmentTick = this.#tick;
      segments.enter = undefined;
      segments.update = undefined;
      segments.position = undefined;
      segments.events = undefined;
    }
    return segments;
  }
}

/** Bytes of a varint field that is omitted when zero. */
function fieldSize(value: number): number {
  return value === 0 ? 0 : 1 + varintSize(value);
}

/** Bytes of the entity's aura ids as packed varints. */
function packedAuraBytes(entity: Entity): number {
  let bytes = 0;
  for (const active of entity.combat.auras) bytes += varintSize(active.aura.id);
  return bytes;
}
