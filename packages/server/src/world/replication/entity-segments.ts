/**
 * Encodes an entity's WorldFrame fields once per tick. Each segment is a whole protobuf field
 * (tag, length, EntityEnter or EntityUpdate), so a frame is assembled by concatenating the
 * segments of the entities an observer sees: encode once, send many.
 * @module
 */
import { DIRTY_HIT_POINTS, DIRTY_LEVEL, DIRTY_MAX_HIT_POINTS, DIRTY_X, DIRTY_Y } from '../entity.ts';
import type { Entity } from '../entity.ts';
import { WireWriter } from './wire-writer.ts';

/** WorldFrame.enters. */
export const FRAME_ENTERS_FIELD = 6;
/** WorldFrame.updates. */
export const FRAME_UPDATES_FIELD = 7;

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
    segments.update = w.finishAsField(FRAME_UPDATES_FIELD);
    return segments.update;
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

  #segments(entity: Entity): Entity['segments'] {
    const segments = entity.segments;
    if (entity.segmentTick !== this.#tick) {
      entity.segmentTick = this.#tick;
      segments.enter = undefined;
      segments.update = undefined;
      segments.position = undefined;
    }
    return segments;
  }
}
