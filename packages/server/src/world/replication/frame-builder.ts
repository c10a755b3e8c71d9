/**
 * Builds each player's WorldFrame for a tick: entities entering view (full state), leaving
 * (ids), and visible entities that changed (changed fields only), plus the tick number and
 * the last input applied. At most one frame per player per tick; none when nothing changed.
 * Entity encodings come from {@link EntitySegmentEncoder} and are shared by all observers.
 *
 * Graceful degradation: with a distant stride S > 1, position-only changes of entities
 * farther than half the view radius are not sent every tick; instead every entity that moved
 * within the last S ticks gets a position refresh on its turn ((tick + handle) % S == 0), so a
 * distant entity's position is at most S ticks stale and never lost.
 * @module
 */
import { DIRTY_POSITION, EntityKinds } from '../entity.ts';
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

const utf8 = new TextEncoder();

/** Assembles frames for one zone. */
export class FrameBuilder {
  readonly #zone: Zone;
  readonly #nearSquared: number;
  readonly #encoder = new EntitySegmentEncoder();
  readonly #zoneName: Uint8Array;
  /** Segments waiting for each observer this tick, by observer handle. */
  readonly #pending = new Map<number, Uint8Array[]>();
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
    this.#routeChanges(tick, stride, refreshing);
    for (const player of this.#zone.players()) {
      const pending = this.#pending.get(player.handle);
      const frame = player.sink === undefined ? undefined : this.#frameFor(player, tick, pending ?? []);
      if (pending !== undefined) pending.length = 0;
      if (frame !== undefined) outbox.push({ player, bytes: frame });
    }
  }

  #queue(observer: number, segment: Uint8Array): void {
    let list = this.#pending.get(observer);
    if (list === undefined) {
      list = [];
      this.#pending.set(observer, list);
    }
    list.push(segment);
  }

  /** Hands every changed entity's update to the observers that see it (and to itself). */
  #routeChanges(tick: number, stride: number, refreshing: number): void {
    const zone = this.#zone;
    for (const entity of zone.entities()) {
      const refreshTurn = refreshing > 0 && (tick + entity.handle) % refreshing === 0 && entity.lastMovedTick > tick - refreshing;
      if (entity.dirty === 0) {
        if (refreshTurn) {
          for (const observer of zone.interest.observersOf(entity.handle)) this.#queue(observer, this.#encoder.position(entity));
        }
        continue;
      }
      const positionOnly = (entity.dirty & ~DIRTY_POSITION) === 0;
      for (const observer of zone.interest.observersOf(entity.handle)) {
        if (stride > 1 && positionOnly && this.#distant(observer, entity)) {
          if (refreshTurn) this.#queue(observer, this.#encoder.position(entity));
          continue;
        }
        this.#queue(observer, this.#encoder.update(entity));
      }
      // A player always hears about its own character: that is what it reconciles against.
      if (entity.kind === EntityKinds.player) this.#queue(entity.handle, this.#encoder.update(entity));
    }
  }

  #distant(observerHandle: number, entity: Entity): boolean {
    const observer = this.#zone.entity(observerHandle);
    if (observer === undefined) return false;
    const dx = observer.x - entity.x;
    const dy = observer.y - entity.y;
    return dx * dx + dy * dy > this.#nearSquared;
  }

  #frameFor(player: PlayerEntity, tick: number, updates: Uint8Array[]): Uint8Array | undefined {
    const zone = this.#zone;
    const enters: Uint8Array[] = [];
    let leaves: readonly number[] = [];
    const reset = player.needsReset;
    if (reset) {
      enters.push(this.#encoder.enter(player));
      for (const handle of zone.interest.visibleTo(player.handle)) {
        const entity = zone.entity(handle);
        if (entity !== undefined) enters.push(this.#encoder.enter(entity));
      }
      updates = [];
    } else {
      const changes = zone.interest.changesFor(player.handle);
      leaves = changes.left;
      if (changes.entered.length > 0) {
        const entered = new Set(changes.entered);
        for (const handle of changes.entered) {
          const entity = zone.entity(handle);
          if (entity !== undefined) enters.push(this.#encoder.enter(entity));
        }
        // An entity that entered this tick is already sent in full.
        updates = updates.filter((segment) => !entered.has(segmentHandle(segment)));
      }
    }
    if (!reset && enters.length === 0 && updates.length === 0 && leaves.length === 0 && player.ackSent === player.ackSequence) {
      return undefined;
    }
    player.needsReset = false;
    player.ackSent = player.ackSequence;
    return this.#assemble(player, tick, reset, enters, updates, leaves);
  }

  #assemble(player: PlayerEntity, tick: number, reset: boolean, enters: Uint8Array[], updates: Uint8Array[], leaves: readonly number[]): Uint8Array {
    let leavesBody = 0;
    for (const handle of leaves) leavesBody += varintSize(handle);
    let frameBytes = 1 + varintSize(tick);
    if (player.ackSequence !== 0) frameBytes += 1 + varintSize(player.ackSequence);
    if (reset) frameBytes += 2 + 1 + varintSize(this.#zoneName.length) + this.#zoneName.length + 1 + varintSize(player.handle);
    for (const s of enters) frameBytes += s.length;
    for (const s of updates) frameBytes += s.length;
    if (leaves.length > 0) frameBytes += 1 + varintSize(leavesBody) + leavesBody;
    const out = new Uint8Array(varintSize(ENVELOPE_TAG) + varintSize(frameBytes) + frameBytes);
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
    for (const s of enters) {
      out.set(s, at);
      at += s.length;
    }
    for (const s of updates) {
      out.set(s, at);
      at += s.length;
    }
    if (leaves.length > 0) {
      out[at++] = TAG_LEAVES;
      at = putVarint(out, at, leavesBody);
      for (const handle of leaves) at = putVarint(out, at, handle);
    }
    return out;
  }
}

/** The entity_id inside an updates segment: tag, length, then field 1 (tag 0x08, varint). */
function segmentHandle(segment: Uint8Array): number {
  let at = 1; // the updates tag is one byte
  while ((segment[at] ?? 0) & 0x80) at++;
  at += 2; // last length byte, then the entity_id tag
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = segment[at++] ?? 0;
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return value;
    shift += 7;
  }
}
