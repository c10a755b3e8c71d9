/**
 * Builds each player's WorldFrame for a tick: entities entering view (full state), leaving
 * (ids), and visible entities that changed (changed fields only), plus the tick number and
 * the last input applied. At most one frame per player per tick; none when nothing changed.
 * Entity encodings come from {@link EntitySegmentEncoder} and are shared by all observers;
 * frames are written into a per-tick slab, so a tick allocates a few large buffers rather than
 * one per player.
 *
 * Routing is per observer: a player's frame walks its own visible set and takes the segments
 * of the entities that changed, so the cost is the number of visible pairs with no per-pair
 * map or list bookkeeping.
 *
 * Graceful degradation: with a distant stride S > 1, position-only changes of entities
 * farther than half the view radius are not sent every tick; instead every entity that moved
 * within the last S ticks gets a position refresh on its turn ((tick + handle) % S == 0), so a
 * distant entity's position is at most S ticks stale and never lost.
 * @module
 */
import { DIRTY_EVENTS, DIRTY_POSITION } from '../entity.ts';
import type { Entity } from '../entity.ts';
import type { PlayerEntity } from '../player-entity.ts';
import type { OutgoingFrame, Zone } from '../zone.ts';
import { EntitySegmentEncoder } from './entity-segments.ts';
import { putVarint, varintSize } from './wire-writer.ts';

/** ServerMessage.world_frame field number. */
const SERVER_MESSAGE_WORLD_FRAME = 40;
const ENVELOPE_TAG = (SERVER_MESSAGE_WORLD_FRAME << 3) | 2;
const TAG_TICK = (1 << 3) | 0;
const TAG_ACK = (2 << 3) | 0;
const TAG_RESET = (3 << 3) | 0;
const TAG_ZONE = (4 << 3) | 2;
const TAG_SELF = (5 << 3) | 0;
const TAG_LEAVES = (8 << 3) | 2;

/** Size of the buffers frames are written into. */
const SLAB_BYTES = 256 * 1024;

const utf8 = new TextEncoder();

/** Assembles frames for one zone. */
export class FrameBuilder {
  readonly #zone: Zone;
  readonly #nearSquared: number;
  readonly #encoder = new EntitySegmentEncoder();
  readonly #zoneName: Uint8Array;
  /** Segments of the frame being built (reused). */
  readonly #segments: Uint8Array[] = [];
  #segmentBytes = 0;
  #stamp = 0;
  #slab = new Uint8Array(0);
  #slabAt = 0;
  #refreshStride = 1;
  #refreshUntil = -1;

  /**
   * @param zone - the zone whose frames are built
   * @param viewRadius - the view radius; "distant" is beyond half of it
   */
  constructor(zone: Zone, viewRadius: number) {
    this.#zone = zone;
    this.#nearSquared = (viewRadius / 2) ** 2;
    this.#zoneName = utf8.encode(zone.id);
  }

  /** Builds this tick's frames into outbox. Call after the interest grid's update. */
  build(tick: number, stride: number, outbox: OutgoingFrame[]): void {
    this.#encoder.beginTick(tick);
    if (stride > 1) {
      this.#refreshStride = Math.max(stride, tick <= this.#refreshUntil ? this.#refreshStride : 1);
      this.#refreshUntil = tick + stride;
    }
    const refreshing = tick <= this.#refreshUntil ? this.#refreshStride : 0;
    for (const player of this.#zone.players()) {
      if (player.sink === undefined) continue;
      const frame = this.#frameFor(player, tick, stride, refreshing);
      if (frame !== undefined) outbox.push({ player, bytes: frame });
    }
  }

  /** The segments of a visible entity that changed: its fields, and its combat events. */
  #changed(entity: Entity): void {
    const dirty = entity.dirty;
    if ((dirty & ~DIRTY_EVENTS) !== 0) this.#add(this.#encoder.update(entity));
    if ((dirty & DIRTY_EVENTS) !== 0) this.#add(this.#encoder.events(entity));
  }

  #add(segment: Uint8Array): void {
    this.#segments.push(segment);
    this.#segmentBytes += segment.length;
  }

  #frameFor(player: PlayerEntity, tick: number, stride: number, refreshing: number): Uint8Array | undefined {
    const zone = this.#zone;
    const encoder = this.#encoder;
    const interest = zone.interest;
    this.#segments.length = 0;
    this.#segmentBytes = 0;
    const reset = player.needsReset;
    let leaves: readonly number[] = [];
    if (reset) {
      this.#add(encoder.enter(player));
      for (const handle of interest.visibleTo(player.handle)) {
        const entity = zone.entity(handle);
        if (entity !== undefined) this.#add(encoder.enter(entity));
      }
    } else {
      const stamp = ++this.#stamp;
      const changes = interest.changesFor(player.handle);
      leaves = changes.left;
      for (const handle of changes.entered) {
        const entity = zone.entity(handle);
        if (entity === undefined) continue;
        entity.frameStamp = stamp;
        this.#add(encoder.enter(entity));
      }
      // A player always hears about its own character: that is what it reconciles against.
      if (player.dirty !== 0) this.#changed(player);
      const px = player.x;
      const py = player.y;
      const nearSquared = this.#nearSquared;
      for (const handle of interest.visibleTo(player.handle)) {
        const entity = zone.entity(handle);
        if (entity === undefined || entity.frameStamp === stamp) continue;
        const refreshTurn = refreshing > 0 && (tick + handle) % refreshing === 0 && entity.lastMovedTick > tick - refreshing;
        const dirty = entity.dirty;
        if (dirty === 0) {
          if (refreshTurn) this.#add(encoder.position(entity));
          continue;
        }
        if (stride > 1 && (dirty & ~DIRTY_POSITION) === 0 && distanceSquared(px, py, entity) > nearSquared) {
          if (refreshTurn) this.#add(encoder.position(entity));
          continue;
        }
        this.#changed(entity);
      }
    }
    if (!reset && this.#segments.length === 0 && leaves.length === 0 && player.ackSent === player.ackSequence) return undefined;
    player.needsReset = false;
    player.ackSent = player.ackSequence;
    return this.#assemble(player, tick, reset, leaves);
  }

  #assemble(player: PlayerEntity, tick: number, reset: boolean, leaves: readonly number[]): Uint8Array {
    let leavesBody = 0;
    for (const handle of leaves) leavesBody += varintSize(handle);
    let frameBytes = 1 + varintSize(tick) + this.#segmentBytes;
    if (player.ackSequence !== 0) frameBytes += 1 + varintSize(player.ackSequence);
    if (reset) frameBytes += 2 + 1 + varintSize(this.#zoneName.length) + this.#zoneName.length + 1 + varintSize(player.handle);
    if (leaves.length > 0) frameBytes += 1 + varintSize(leavesBody) + leavesBody;
    const total = varintSize(ENVELOPE_TAG) + varintSize(frameBytes) + frameBytes;
    const out = this.#take(total);
    let at = putVarint(out, 0, ENVELOPE_TAG);
    at = putVarint(out, at, frameBytes);
    out[at++] = TAG_TICK;
    at = putVarint(out, at, tick);
    if (player.ackSequence !== 0) {
      out[at++] = TAG_ACK;
      at = putVarint(out, at, player.ackSequence);
    }
    if (reset) {
      out[at++] = TAG_RESET;
      out[at++] = 1;
      out[at++] = TAG_ZONE;
      at = putVarint(out, at, this.#zoneName.length);
      out.set(this.#zoneName, at);
      at += this.#zoneName.length;
      out[at++] = TAG_SELF;
      at = putVarint(out, at, player.handle);
    }
    for (const s of this.#segments) {
      // Segments are a few bytes; a plain loop beats TypedArray.set's call overhead there.
      if (s.length > 32) {
        out.set(s, at);
        at += s.length;
      } else {
        for (let i = 0; i < s.length; i++) out[at++] = s[i] ?? 0;
      }
    }
    if (leaves.length > 0) {
      out[at++] = TAG_LEAVES;
      at = putVarint(out, at, leavesBody);
      for (const handle of leaves) at = putVarint(out, at, handle);
    }
    return out;
  }

  /** A view of `bytes` fresh bytes from the current slab (a new slab when it is full). */
  #take(bytes: number): Uint8Array {
    if (this.#slabAt + bytes > this.#slab.length) {
      this.#slab = new Uint8Array(Math.max(SLAB_BYTES, bytes));
      this.#slabAt = 0;
    }
    const view = this.#slab.subarray(this.#slabAt, this.#slabAt + bytes);
    this.#slabAt += bytes;
    return view;
  }
}

function distanceSquared(x: number, y: number, entity: Entity): number {
  const dx = x - entity.x;
  const dy = y - entity.y;
  return dx * dx + dy * dy;
}
