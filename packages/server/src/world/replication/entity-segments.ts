/**
 * Encodes each entity's WorldFrame fields at most once per tick (and change window: what changed
 * since a player's last frame, from the zone's ChangeHistory and the combat events' ticks; players
 * last served at different ticks need different windows, see FrameBuilder). Each segment is a whole
 * protobuf field (tag, length, EntityEnter or EntityUpdate; or the entity's `events` fields),
 * so a frame is assembled by concatenating the segments of the entities an observer sees:
 * encode once, send many.
 *
 * Layout, chosen for the frame builder's per-pair loop (measured with bench/world.bench.ts): all
 * of a tick's segments are written into one byte arena, and each entity's are found through
 * typed arrays indexed by handle (start and length), filled lazily the first time any observer
 * asks. So the loop over an observer's visible set reads a few numbers per pair from dense
 * arrays instead of dereferencing each entity object (scattered on the heap: a cache miss per
 * pair), and a tick allocates nothing per entity. An entity's change run is its `updates` field
 * followed by its `events` fields, contiguous, so it is one copy.
 * @module
 */
import {
  DIRTY_AURAS,
  DIRTY_CAST,
  DIRTY_DEAD,
  DIRTY_EVENTS,
  DIRTY_HIT_POINTS,
  DIRTY_LEVEL,
  DIRTY_MAX_HIT_POINTS,
  DIRTY_MAX_RESOURCE,
  DIRTY_POSITION,
  DIRTY_RESOURCE,
  DIRTY_TARGET,
  DIRTY_X,
  DIRTY_Y,
} from '../entity.ts';
import type { CombatEvent } from '../combat/combat-event.ts';
import type { Entity } from '../entity.ts';
import { grownFloat64, grownInt32 } from '../spatial-hash.ts';
import { CHANGE_HISTORY_TICKS } from './change-history.ts';
import type { ChangeHistory } from './change-history.ts';
import { varintSize, WIRE_LEN, WireWriter } from './wire-writer.ts';

/** WorldFrame.enters. */
export const FRAME_ENTERS_FIELD = 6;
/** WorldFrame.updates. */
export const FRAME_UPDATES_FIELD = 7;
/** WorldFrame.events. */
export const FRAME_EVENTS_FIELD = 9;

/** Length of a segment not yet encoded this tick. */
const NOT_YET = -1;

const NO_BYTES = new Uint8Array(0);
const NO_EVENTS: readonly CombatEvent[] = [];
const utf8 = new TextEncoder();

/**
 * The tick's segments of every entity, by handle. Read `bytes` from `…Start[handle]` for
 * `…Length[handle]` bytes; a length of -1 means "not asked for yet this tick" (call the method
 * of the same name), 0 means "nothing to send".
 */
export class EntitySegments {
  /** Start of each entity's change run (its update, then its events) in {@link EntitySegments.bytes}. */
  changeStart = new Int32Array(0);
  /** Length of each entity's change run; 0 when it did not change. */
  changeLength = new Int32Array(0);
  /** 1 when the entity's only change is its position (what a distant observer may get later). */
  positionOnly = new Uint8Array(0);
  /**
   * 1 when a distant observer may get the entity's position refresh (or, off its turn, nothing)
   * instead of its change run: the change is position-only and differs from the refresh. 0 when
   * every observer takes the change run: other changes, or any change on the entity's refresh
   * turn (it then carries both coordinates and is the refresh itself).
   */
  deferrable = new Uint8Array(0);
  /** The entity's position when its change run was made, metres. */
  x = new Float64Array(0);
  /** The entity's position when its change run was made, metres. */
  y = new Float64Array(0);
  /** Start of each entity's position refresh (graceful degradation). */
  refreshStart = new Int32Array(0);
  /** Length of each entity's position refresh; 0 when it gets none this tick. */
  refreshLength = new Int32Array(0);
  /** Start of each entity's full state (an `enters` field). */
  enterStart = new Int32Array(0);
  /** Length of each entity's full state. */
  enterLength = new Int32Array(0);

  /** By handle: the name last encoded, and its UTF-8 (a handle reused by another entity is re-encoded). */
  readonly #names: (string | undefined)[] = [];
  readonly #nameUtf8: (Uint8Array | undefined)[] = [];
  readonly #arena = new WireWriter(64 * 1024);
  readonly #body = new WireWriter(256);
  #tick = 0;
  /** The tick built before this one: the refresh turns of the ticks between are owed now. */
  #previousTick = -1;
  #refreshStride = 0;
  readonly #history: ChangeHistory;
  /** A change run holds the state fields changed after this tick, and the events after {@link EntitySegments.#eventsSince}. */
  #stateSince = -1;
  #eventsSince = -1;

  /** @param history - the zone's record of what changed at each tick */
  constructor(history: ChangeHistory) {
    this.#history = history;
  }

  /** The arena; valid until the next encoding (which may move it). */
  get bytes(): Uint8Array {
    return this.#arena.bytes;
  }

  /**
   * Starts a tick: forgets every segment. `handles` bounds the handles that will be asked for.
   * An entity's refresh turns are the ticks t with `(t + handle) % refreshStride == 0` (0: no
   * refreshes), and on a turn it gets a position refresh when it moved in the `refreshStride`
   * ticks up to the turn. The ticks since `previousTick`, the last built (`tick - 1` when every
   * tick is built), were not built, so their turns are taken now: the entity gets a refresh when
   * it moved in the `refreshStride` ticks up to the first of them, or since.
   */
  beginTick(tick: number, previousTick: number, handles: number, refreshStride: number): void {
    this.#tick = tick;
    this.#previousTick = previousTick;
    this.#refreshStride = refreshStride;
    if (this.changeLength.length < handles) this.#grow(Math.max(handles, this.changeLength.length * 2, 64));
    const since = Math.max(previousTick, tick - CHANGE_HISTORY_TICKS);
    this.#stateSince = since;
    this.#eventsSince = since;
    this.#forget();
  }

  /**
   * Sets what the change runs hold from now on: the state fields changed after tick
   * `stateSince` and the combat events after tick `eventsSince` (from {@link EntitySegments.beginTick}
   * on: both the previous tick built). Frames for players whose last frames are of different
   * ticks are built window by window; a new window forgets the segments made so far (copy what
   * you need of them first).
   */
  window(stateSince: number, eventsSince: number): void {
    if (stateSince === this.#stateSince && eventsSince === this.#eventsSince) return;
    this.#stateSince = stateSince;
    this.#eventsSince = eventsSince;
    this.#forget();
  }

  #forget(): void {
    this.#arena.reset();
    this.changeLength.fill(NOT_YET);
    this.enterLength.fill(NOT_YET);
  }

  /**
   * Encodes the entity's change run and position refresh (when not done yet this tick) and
   * returns the change run's length.
   */
  changes(entity: Entity): number {
    const h = entity.handle;
    const known = this.changeLength[h] ?? NOT_YET;
    if (known !== NOT_YET) return known;
    const arena = this.#arena;
    const changed = this.#history.since(h, this.#stateSince, this.#tick);
    // Events are looked for only where the history says some were recorded (most entities have
    // none, and reaching them is a cache miss per entity); the events' window is within the state's.
    let events: readonly CombatEvent[] = NO_EVENTS;
    let firstEvent = 0;
    if ((changed & DIRTY_EVENTS) !== 0) {
      events = entity.combat.events;
      const ticks = entity.combat.eventTicks;
      while (firstEvent < events.length && (ticks[firstEvent] ?? this.#tick) <= this.#eventsSince) firstEvent++;
    }
    const dirty = (changed & ~DIRTY_EVENTS) | (firstEvent < events.length ? DIRTY_EVENTS : 0);
    const stride = this.#refreshStride;
    const refreshDue = stride > 0 && entity.lastMovedTick > this.#firstTurn(h, stride) - stride;
    // On a refresh turn any change carries both coordinates and is the refresh, for every
    // observer: an observer that takes the change run (a change other than a position goes to
    // every observer, near or far; a near one, or any once the stride is back to 1, takes a move)
    // must not lose behind it a coordinate deferred while it was distant.
    const carriesPosition = refreshDue && dirty !== 0;
    const fields = carriesPosition ? dirty | DIRTY_POSITION : dirty;
    const start = arena.length;
    if ((fields & ~DIRTY_EVENTS) !== 0) arena.field(FRAME_UPDATES_FIELD, this.#update(entity, fields));
    if ((dirty & DIRTY_EVENTS) !== 0) this.#events(events, firstEvent);
    const length = arena.length - start;
    this.changeStart[h] = start;
    this.changeLength[h] = length;
    const positionOnly = dirty !== 0 && (dirty & ~DIRTY_POSITION) === 0 ? 1 : 0;
    this.positionOnly[h] = positionOnly;
    this.deferrable[h] = positionOnly;
    this.x[h] = entity.x;
    this.y[h] = entity.y;
    this.refreshLength[h] = 0;
    if (refreshDue) {
      if (carriesPosition) {
        // The change run holds both coordinates, so it is the refresh, and every observer takes
        // it (no distance test, no second encoding).
        this.refreshStart[h] = start;
        this.refreshLength[h] = length;
        this.deferrable[h] = 0;
      } else {
        this.refreshStart[h] = arena.length;
        const w = this.#body.reset();
        w.uint32Field(1, h).uint32Field(2, entity.qx, true).uint32Field(3, entity.qy, true);
        arena.field(FRAME_UPDATES_FIELD, w);
        this.refreshLength[h] = arena.length - (this.refreshStart[h] ?? 0);
      }
    }
    return length;
  }

  /**
   * The entity's first refresh turn after the last build (the tick itself, when every tick is
   * built and it is the entity's turn); beyond this tick (+Infinity) when none fell since.
   */
  #firstTurn(handle: number, stride: number): number {
    const after = this.#previousTick + 1;
    const turn = after + ((stride - ((after + handle) % stride)) % stride);
    return turn <= this.#tick ? turn : Number.POSITIVE_INFINITY;
  }

  /** Encodes the entity's full state (when not done yet this tick) and returns its length. */
  enter(entity: Entity): number {
    const h = entity.handle;
    const known = this.enterLength[h] ?? NOT_YET;
    if (known !== NOT_YET) return known;
    const w = this.#body.reset();
    w.uint32Field(1, h).uint32Field(2, entity.kind);
    const name = this.#nameBytes(entity);
    if (name.length > 0) w.bytesField(3, name);
    w.uint32Field(4, entity.qx)
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
    if (combat.auras.length > 0) auraIds(w, 17, entity);
    const arena = this.#arena;
    const start = arena.length;
    arena.field(FRAME_ENTERS_FIELD, w);
    this.enterStart[h] = start;
    this.enterLength[h] = arena.length - start;
    return arena.length - start;
  }

  /** The entity's name as UTF-8, encoded once per entity (names do not change). */
  #nameBytes(entity: Entity): Uint8Array {
    const h = entity.handle;
    if (this.#names[h] !== entity.name) {
      this.#names[h] = entity.name;
      this.#nameUtf8[h] = utf8.encode(entity.name);
    }
    return this.#nameUtf8[h] ?? NO_BYTES;
  }

  /** The fields named by `dirty` (DIRTY_* bits), as an EntityUpdate body in the scratch writer. */
  #update(entity: Entity, dirty: number): WireWriter {
    const w = this.#body.reset();
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
      if (packed > 0) auraIds(w, 1, entity);
    }
    return w;
  }

  /** Appends an entity's combat events from index `from` on (those in the window), each a WorldFrame.events field. */
  #events(events: readonly CombatEvent[], from: number): void {
    const arena = this.#arena;
    for (let i = from; i < events.length; i++) {
      const event = events[i] as CombatEvent;
      const w = this.#body.reset();
      w.uint32Field(1, event.kind).uint32Field(2, event.source?.handle ?? 0).uint32Field(3, event.target.handle, true);
      w.uint32Field(4, event.amount).uint32Field(5, event.skillId).uint32Field(6, event.auraId);
      arena.field(FRAME_EVENTS_FIELD, w);
    }
  }

  #grow(length: number): void {
    this.changeStart = grownInt32(this.changeStart, length);
    this.changeLength = grownInt32(this.changeLength, length);
    const positionOnly = new Uint8Array(length);
    positionOnly.set(this.positionOnly);
    this.positionOnly = positionOnly;
    const deferrable = new Uint8Array(length);
    deferrable.set(this.deferrable);
    this.deferrable = deferrable;
    this.x = grownFloat64(this.x, length);
    this.y = grownFloat64(this.y, length);
    this.refreshStart = grownInt32(this.refreshStart, length);
    this.refreshLength = grownInt32(this.refreshLength, length);
    this.enterStart = grownInt32(this.enterStart, length);
    this.enterLength = grownInt32(this.enterLength, length);
  }
}

/** Writes the entity's aura ids as a packed repeated field. */
function auraIds(w: WireWriter, field: number, entity: Entity): void {
  w.tag(field, WIRE_LEN).varint(packedAuraBytes(entity));
  for (const active of entity.combat.auras) w.varint(active.aura.id);
}

/** Bytes of the entity's aura ids as packed varints. */
function packedAuraBytes(entity: Entity): number {
  let bytes = 0;
  for (const active of entity.combat.auras) bytes += varintSize(active.aura.id);
  return bytes;
}
