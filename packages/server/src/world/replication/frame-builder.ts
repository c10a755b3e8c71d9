/**
 * Builds each player's WorldFrame for a tick: entities entering view (full state), leaving
 * (ids), and visible entities that changed (changed fields only), plus the tick number and
 * the last input applied. At most one frame per player per tick; none when nothing changed.
 * Entity encodings come from {@link EntitySegments} and are shared by all observers; frames
 * are written into large slabs, not one buffer per player, and the slabs are reused: a slab
 * last written by build N is written again no earlier than build N + 2 (sinks may read a frame
 * only until the next tick starts, FrameSink's contract, and a frame that waits for the player's
 * next one is read at the next build), so a crowded zone's ~2 MB of frames a tick makes no
 * garbage (fresh slabs each tick made most of its major GCs). The ring grows when a build needs
 * more, and slabs no build needed over a while are let go, so a dispersed crowd gives its memory
 * back.
 *
 * Routing is per observer: a player's frame walks its own visible set and takes the segments
 * of the entities that changed, so the cost is the number of visible pairs with no per-pair
 * map or list bookkeeping. The walk reads only typed arrays indexed by handle (the segment
 * table, the "already sent in full" stamps), never the entity objects, except the first time an
 * entity is asked for in a tick; a frame is a list of (start, length) runs of the segment arena,
 * adjacent runs merged (neighbours see their shared entities in similar order), copied once.
 *
 * Each frame says whether it is urgent (a reset, a new input acknowledgement, or any change
 * other than positions and view changes): the world's FramePacer lets the others wait one tick to
 * share the player's next socket write.
 *
 * Distant entities: with a distant stride S > 1 (the world's `distantUpdateStride`, 2 by
 * default, raised by graceful degradation), position-only changes of entities farther than half
 * the view radius are not sent every tick; instead every entity that moved within the last S
 * ticks gets a position refresh on its turn ((tick + handle) % S == 0), so a distant entity's
 * position is at most S ticks stale and never lost.
 *
 * Not every tick is built: a world whose clock fell behind runs catch-up ticks without
 * replication (Zone.step), and the next built tick carries everything they changed. So a turn
 * that fell on a tick not built is taken at the next build (EntitySegments.beginTick), and slab
 * reuse counts builds, not ticks: a frame waits for the player's next frame (FramePacer), which
 * comes with the next build however many ticks later.
 *
 * Nor is every player served at every build: a saturated world serves them by cohorts
 * (CohortSchedule), a share at each tick. A player's frame carries what changed since its own
 * last frame ({@link PlayerEntity.servedTick}): the segments are encoded for a window of ticks
 * (the zone's ChangeHistory, the combat events' ticks), and players with different windows are
 * built in groups, one window each. Cohort ticks defer nothing for distant observers and owe no
 * refresh turns; instead a player whose last build deferred distant positions gets a window that
 * reaches back over them.
 * @module
 */
import type { Entity } from '../entity.ts';
import type { ChangeBuffers } from '../observer-views.ts';
import type { PlayerEntity } from '../player-entity.ts';
import { grownInt32 } from '../spatial-hash.ts';
import type { FrameHandoff, OutgoingFrame, Zone } from '../zone.ts';
import { CHANGE_HISTORY_TICKS } from './change-history.ts';
import { inCohorts } from './cohort-schedule.ts';
import type { Cohorts } from './cohort-schedule.ts';
import { EntitySegments } from './entity-segments.ts';
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
/** A slab last written by build N is written again no earlier than build N + this. */
const SLAB_REUSE_BUILDS = 2;
/** Every this many builds, free slabs that no build of the period needed are let go (10 s at 20 Hz). */
const SLAB_RELEASE_BUILDS = 200;
/**
 * Runs at least this long are copied by Buffer#copy (a memcpy behind a ~40 ns call), shorter
 * ones four bytes at a time (~0.5 ns a byte): the break-even measured on the bench machine.
 */
const MEMCPY_MIN_BYTES = 96;
/** Frame stamps restart (and the per-handle stamps are cleared) before reaching int32's limit. */
const MAX_STAMP = 2 ** 30;

const utf8 = new TextEncoder();

/** Assembles frames for one zone. */
export class FrameBuilder {
  readonly #zone: Zone;
  readonly #nearSquared: number;
  readonly #segments: EntitySegments;
  readonly #zoneName: Uint8Array;
  /** The frame being built: (start, length) pairs of runs of the segment arena, adjacent runs merged. */
  #runs = new Int32Array(256);
  #runCount = 0;
  #runBytes = 0;
  /** Where the last run ends (-1: no run yet). */
  #runEnd = -1;
  /** Per handle: the stamp of the frame that already holds the entity's full state. */
  #sent = new Int32Array(0);
  #stamp = 0;
  #slab = new Uint8Array(0);
  #slabView: DataView = new DataView(this.#slab.buffer);
  #slabAt = 0;
  /** Builds so far; the current slab's frames belong to the latest. */
  #builds = 0;
  /** The tick of the last build (the tick before the first one, before any). */
  #builtTick = -1;
  /** Full slabs with the build that last wrote them, waiting out their reuse delay. */
  readonly #retired: { slab: Uint8Array<ArrayBuffer>; used: number; build: number }[] = [];
  /** Slabs past their reuse delay, with how many of their bytes were written (zeroed on reuse). */
  readonly #free: { slab: Uint8Array<ArrayBuffer>; used: number }[] = [];
  /** The fewest free slabs left over after a build, this release period: none of them was needed. */
  #spareLow = Number.POSITIVE_INFINITY;
  #releaseAt = SLAB_RELEASE_BUILDS;
  /** A DataView and a Buffer over the segment arena's current buffer (remade when the arena grows). */
  #arenaView: DataView = new DataView(new ArrayBuffer(0));
  #arenaBuffer: Buffer = Buffer.alloc(0);
  /** Where the current player's view changes are (filled by InterestGrid.changesInto). */
  readonly #changes: ChangeBuffers = { entered: new Int32Array(0), enteredCount: 0, left: new Int32Array(0), leftCount: 0 };
  /** Entity handles of one interest cell (scratch of #encodeCellOf). */
  #order = new Int32Array(0);
  #refreshStride = 1;
  #refreshUntil = -1;
  /** The outbox's entries, reused from tick to tick (a tick makes no objects per frame). */
  readonly #outgoing: { player: PlayerEntity; bytes: Uint8Array; urgent: boolean; reset: boolean }[] = [];
  /** Whether the frame being built must not wait (see OutgoingFrame.urgent). */
  #urgent = false;
  /** Whether the frame being built is a reset. */
  #reset = false;
  /** The build under way: its tick, distant stride, outbox and hand-off, frames so far and handed over. */
  #tick = 0;
  #stride = 1;
  /** How many ticks stale a distant position may be after this build: its stride, or the refreshes' while owed. */
  #staleness = 1;
  #cohortTick = false;
  #outbox: OutgoingFrame[] = [];
  #handoff: FrameHandoff | undefined;
  #count = 0;
  #handed = 0;
  /**
   * Per observer: entities it was never told of because they were gone by its frame (removed
   * after the views' update its frame took, or missing from its reset); the leave a later update
   * reports for one of them is not sent. Only players served between updates (cohorts) have any.
   */
  readonly #untold = new Map<number, number[]>();
  /** The leaves of the frame being built, when some of the update's are left out (#untold). */
  #leaves = new Int32Array(0);
  /** The players a serve picks (indices into the zone's player list) and their change windows (#windowOf). */
  #picked = new Int32Array(0);
  #windows = new Int32Array(0);

  /**
   * @param zone - the zone whose frames are built
   * @param viewRadius - the view radius; "distant" is beyond half of it
   */
  constructor(zone: Zone, viewRadius: number) {
    this.#zone = zone;
    this.#nearSquared = (viewRadius / 2) ** 2;
    this.#zoneName = utf8.encode(zone.id);
    this.#segments = new EntitySegments(zone.changes);
  }

  /**
   * Starts building this tick's frames into outbox, replacing what it held (written in place
   * and then cut to length at {@link FrameBuilder.finish}: emptying a JS array with
   * `length = 0` drops its storage, and a thousand pushes re-grew it every tick). Then
   * {@link FrameBuilder.serve} builds the frames of some players (once or twice: before and after
   * the views' update, see ReplicationPlan), and finish() ends the build. Each player's frame
   * carries every change since the last build that served it (ChangeHistory). With `handoff`,
   * the frames are also handed over as they are built, `handoff.every` at a time.
   * @param cohortTick - true when the tick serves players by cohorts: distant movement is then
   *   not deferred (stride 1), a player's window reaches back over the positions its last build
   *   deferred, and no refresh is owed afterwards
   */
  begin(tick: number, stride: number, cohortTick: boolean, outbox: OutgoingFrame[], handoff?: FrameHandoff): void {
    // The ticks since the last build, (previous, tick], each have a refresh turn to honour.
    const previous = this.#builtTick < 0 ? tick - 1 : this.#builtTick;
    this.#builtTick = tick;
    // Refreshes go on at the old stride until its last turn is past: through refreshUntil.
    // Cohort ticks owe none: a player's window then covers what its last build deferred.
    if (cohortTick) this.#refreshUntil = -1;
    const refreshOwed = previous < this.#refreshUntil;
    if (stride > 1) {
      this.#refreshStride = Math.max(stride, refreshOwed ? this.#refreshStride : 1);
      this.#refreshUntil = tick + stride;
    }
    const refreshing = stride > 1 || refreshOwed ? this.#refreshStride : 0;
    this.#recycle();
    const handles = this.#zone.handleLimit;
    this.#segments.beginTick(tick, previous, handles, refreshing);
    if (this.#sent.length < handles) this.#sent = grownInt32(this.#sent, Math.max(handles, this.#sent.length * 2, 64));
    if (this.#order.length < this.#zone.interest.size) this.#order = new Int32Array(Math.max(this.#zone.interest.size, this.#order.length * 2));
    this.#tick = tick;
    this.#stride = stride;
    this.#staleness = Math.max(stride, refreshing, 1);
    this.#cohortTick = cohortTick;
    this.#outbox = outbox;
    this.#handoff = handoff;
    this.#count = 0;
    this.#handed = 0;
  }

  /**
   * Builds the frames of the players in `cohorts` who have a sink. Players whose last frames are
   * of different ticks (cohorts of another period, catch-up ticks between) need different change
   * windows: they are built in groups, one window each; when all share one, as they do but at a
   * change of period, in the zone's player order.
   */
  serve(cohorts: Cohorts): void {
    const players = this.#zone.playerList();
    if (this.#picked.length < players.length) {
      this.#picked = new Int32Array(Math.max(players.length, this.#picked.length * 2));
      this.#windows = new Int32Array(this.#picked.length);
    }
    const picked = this.#picked;
    const windows = this.#windows;
    let n = 0;
    let first = -1;
    let mixed = false;
    for (let i = 0; i < players.length; i++) {
      const player = players[i] as PlayerEntity;
      if (player.sink === undefined || !inCohorts(player.handle, cohorts)) continue;
      const window = this.#windowOf(player);
      picked[n] = i;
      windows[n] = window;
      n++;
      if (window < 0) continue;
      if (first < 0) first = window;
      else if (window !== first) mixed = true;
    }
    if (!mixed) {
      this.#pass(players, n, first, true);
      return;
    }
    // Each window in turn, the resets with the first.
    let done = -1;
    for (;;) {
      let next = -1;
      for (let k = 0; k < n; k++) {
        const window = windows[k] ?? 0;
        if (window > done && (next < 0 || window < next)) next = window;
      }
      if (next < 0) return;
      this.#pass(players, n, next, done < 0);
      done = next;
    }
  }

  /** Ends the build: the outbox holds its frames, the rest are handed over. */
  finish(): void {
    const outbox = this.#outbox;
    const count = this.#count;
    outbox.length = count;
    if (this.#handoff !== undefined && count > this.#handed) this.#handoff.take(outbox, this.#handed, count);
    // Entries beyond this tick's would keep departed players alive: let them go.
    if (this.#outgoing.length > count) this.#outgoing.length = count;
    this.#handoff = undefined;
    this.#outbox = [];
    this.#releaseSpare();
  }

  /**
   * The player's change window, as (state ticks) × 64 + (event ticks) back from this tick: its
   * events since its last frame, its state fields since then too, or since as far back as its
   * last build deferred distant positions when no refresh follows (cohort ticks); -1 for a
   * reset (a new player, or one served longer ago than the change history reaches).
   */
  #windowOf(player: PlayerEntity): number {
    if (player.needsReset || player.servedTick < 0) return -1;
    const events = this.#tick - player.servedTick;
    const state = this.#cohortTick && player.servedStride > 1 ? events + player.servedStride : events;
    if (state > CHANGE_HISTORY_TICKS) {
      player.needsReset = true;
      return -1;
    }
    return state * 64 + events;
  }

  /** Builds the frames of the picked players with this window (and the resets, when `resets`). */
  #pass(players: readonly PlayerEntity[], n: number, window: number, resets: boolean): void {
    if (window >= 0) this.#segments.window(this.#tick - (window >> 6), this.#tick - (window & 63));
    const picked = this.#picked;
    const windows = this.#windows;
    const pool = this.#outgoing;
    const outbox = this.#outbox;
    const handoff = this.#handoff;
    const tick = this.#tick;
    for (let k = 0; k < n; k++) {
      const w = windows[k] ?? 0;
      if (w !== window && !(resets && w < 0)) continue;
      const player = players[picked[k] ?? 0] as PlayerEntity;
      player.servedTick = tick;
      player.servedStride = this.#staleness;
      const bytes = this.#frameFor(player, tick, this.#stride);
      if (bytes === undefined) continue;
      const urgent = this.#urgent;
      const reset = this.#reset;
      const count = this.#count;
      let frame = pool[count];
      if (frame === undefined) {
        frame = { player, bytes, urgent, reset };
        pool.push(frame);
      } else {
        frame.player = player;
        frame.bytes = bytes;
        frame.urgent = urgent;
        frame.reset = reset;
      }
      outbox[count] = frame;
      this.#count = count + 1;
      if (handoff !== undefined && this.#count - this.#handed >= handoff.every) {
        handoff.take(outbox, this.#handed, this.#count);
        this.#handed = this.#count;
      }
    }
  }

  /** Starts a build: slabs whose reuse delay has passed join the free list. */
  #recycle(): void {
    const build = ++this.#builds;
    const retired = this.#retired;
    let kept = 0;
    for (let i = 0; i < retired.length; i++) {
      const entry = retired[i];
      if (entry === undefined) continue;
      if (build - entry.build >= SLAB_REUSE_BUILDS) this.#free.push({ slab: entry.slab, used: entry.used });
      else retired[kept++] = entry;
    }
    retired.length = kept;
  }

  /** Lets go of the free slabs that no build of the last release period needed. */
  #releaseSpare(): void {
    const free = this.#free;
    this.#spareLow = Math.min(this.#spareLow, free.length);
    if (this.#builds < this.#releaseAt) return;
    free.length -= this.#spareLow;
    this.#spareLow = Number.POSITIVE_INFINITY;
    this.#releaseAt = this.#builds + SLAB_RELEASE_BUILDS;
  }

  /**
   * Encodes the changes of every entity in `handle`'s interest cell not encoded yet this tick,
   * in the order a recomputed view lists them (InterestGrid.entitiesInCellOf), and returns the
   * length of `handle`'s. The first view to meet a cell lays the cell out in one piece, and it
   * meets a row of cells in order, so a recomputed view's changed neighbours are a few long
   * runs of the arena (about one per row of cells, broken where the view circle cuts a cell),
   * not one run per entity, and its frame a few memcpys. Only cells someone sees are encoded.
   */
  #encodeCellOf(handle: number): number {
    const zone = this.#zone;
    const order = this.#order;
    const n = zone.interest.entitiesInCellOf(handle, order);
    const segments = this.#segments;
    for (let k = 0; k < n; k++) {
      const entity = zone.entity(order[k] ?? 0);
      if (entity !== undefined) segments.changes(entity);
    }
    return segments.changeLength[handle] ?? 0;
  }

  /** Appends a run of the segment arena to the frame, merging it with the previous run when adjacent. */
  #add(start: number, length: number): void {
    this.#runBytes += length;
    const n = this.#runCount;
    if (start === this.#runEnd) {
      this.#runs[n - 1] = (this.#runs[n - 1] ?? 0) + length;
    } else {
      if (n + 2 > this.#runs.length) this.#runs = grownInt32(this.#runs, this.#runs.length * 2);
      this.#runs[n] = start;
      this.#runs[n + 1] = length;
      this.#runCount = n + 2;
    }
    this.#runEnd = start + length;
  }

  #addEnter(entity: Entity): void {
    const length = this.#segments.enter(entity);
    this.#add(this.#segments.enterStart[entity.handle] ?? 0, length);
  }

  #frameFor(player: PlayerEntity, tick: number, stride: number): Uint8Array | undefined {
    const zone = this.#zone;
    const interest = zone.interest;
    const segments = this.#segments;
    this.#runCount = 0;
    this.#runBytes = 0;
    this.#runEnd = -1;
    const reset = player.needsReset;
    // A reset, a new acknowledgement or any change beyond positions must not wait (FramePacer).
    let urgent = reset || player.ackSent !== player.ackSequence;
    const changes = this.#changes;
    changes.leftCount = 0;
    let leaves = changes.left;
    if (reset) {
      this.#addEnter(player);
      this.#untold.delete(player.handle);
      // The raw list: an entity removed since the views' update is left out, and so is its leave.
      const view = interest.visibleBuffer(player.handle);
      const count = interest.visibleCount(player.handle);
      for (let i = 0; i < count; i++) {
        const handle = view[i] ?? 0;
        const entity = zone.entity(handle);
        if (entity !== undefined) this.#addEnter(entity);
        else this.#untell(player.handle, handle);
      }
    } else {
      const stamp = this.#nextStamp();
      const sent = this.#sent;
      interest.changesInto(player.handle, changes);
      leaves = changes.leftCount > 0 && this.#untold.size > 0 ? this.#toldLeaves(player.handle, changes) : changes.left;
      const entered = changes.entered;
      for (let i = 0; i < changes.enteredCount; i++) {
        const handle = entered[i] ?? 0;
        const entity = zone.entity(handle);
        if (entity === undefined) {
          this.#untell(player.handle, handle);
          continue;
        }
        sent[handle] = stamp;
        this.#addEnter(entity);
      }
      // A player always hears about its own character: that is what it reconciles against.
      const own = segments.changes(player);
      if (own > 0) {
        this.#add(segments.changeStart[player.handle] ?? 0, own);
        if (segments.positionOnly[player.handle] === 0) urgent = true;
      }
      const px = player.x;
      const py = player.y;
      const nearSquared = this.#nearSquared;
      const deferDistant = stride > 1;
      const changeStart = segments.changeStart;
      const changeLength = segments.changeLength;
      const refreshStart = segments.refreshStart;
      const refreshLength = segments.refreshLength;
      const positionOnly = segments.positionOnly;
      const deferrable = segments.deferrable;
      const ex = segments.x;
      const ey = segments.y;
      const visible = interest.visibleBuffer(player.handle);
      const visibleCount = interest.visibleCount(player.handle);
      // The per-pair loop: #add's work inlined on locals (the builder's fields written back
      // once), so the run state stays in registers (about 5% of the crowded tick, measured).
      // Room for a run per pair up front, so the loop has no growth check.
      let runCount = this.#runCount;
      if (runCount + 2 * visibleCount > this.#runs.length) this.#runs = grownInt32(this.#runs, Math.max(this.#runs.length * 2, runCount + 2 * visibleCount));
      const runs = this.#runs;
      let runEnd = this.#runEnd;
      let runBytes = this.#runBytes;
      // Only entities that entered view this frame carry this frame's stamp.
      const checkSent = changes.enteredCount > 0;
      for (let i = 0; i < visibleCount; i++) {
        const handle = visible[i] ?? 0;
        if (checkSent && sent[handle] === stamp) continue;
        let length = changeLength[handle] ?? 0;
        if (length < 0) {
          if (zone.entity(handle) === undefined) continue;
          length = this.#encodeCellOf(handle);
        }
        let start: number;
        if (length === 0 || (deferDistant && deferrable[handle] === 1 && distanceSquared(px, py, ex[handle] ?? 0, ey[handle] ?? 0) > nearSquared)) {
          length = refreshLength[handle] ?? 0;
          if (length <= 0) continue;
          start = refreshStart[handle] ?? 0;
        } else {
          start = changeStart[handle] ?? 0;
          if (positionOnly[handle] === 0) urgent = true;
        }
        runBytes += length;
        if (start === runEnd) {
          runs[runCount - 1] = (runs[runCount - 1] ?? 0) + length;
        } else {
          runs[runCount] = start;
          runs[runCount + 1] = length;
          runCount += 2;
        }
        runEnd = start + length;
      }
      this.#runCount = runCount;
      this.#runEnd = runEnd;
      this.#runBytes = runBytes;
    }
    if (!reset && this.#runCount === 0 && changes.leftCount === 0 && player.ackSent === player.ackSequence) return undefined;
    this.#urgent = urgent;
    this.#reset = reset;
    player.needsReset = false;
    player.ackSent = player.ackSequence;
    return this.#assemble(player, tick, reset, leaves, changes.leftCount);
  }

  /** Notes that `observer` was not told of entity `handle` (gone by its frame). */
  #untell(observer: number, handle: number): void {
    const untold = this.#untold.get(observer);
    if (untold === undefined) this.#untold.set(observer, [handle]);
    else untold.push(handle);
  }

  /**
   * The update's leaves for `observer` less those of entities it was never told of (which it
   * then forgets); `changes.leftCount` becomes their number.
   */
  #toldLeaves(observer: number, changes: ChangeBuffers): Int32Array {
    const untold = this.#untold.get(observer);
    if (untold === undefined) return changes.left;
    if (this.#leaves.length < changes.leftCount) this.#leaves = new Int32Array(Math.max(changes.leftCount, this.#leaves.length * 2));
    const leaves = this.#leaves;
    let n = 0;
    for (let i = 0; i < changes.leftCount; i++) {
      const handle = changes.left[i] ?? 0;
      const at = untold.indexOf(handle);
      if (at < 0) leaves[n++] = handle;
      else untold.splice(at, 1);
    }
    if (untold.length === 0) this.#untold.delete(observer);
    changes.leftCount = n;
    return leaves;
  }

  #assemble(player: PlayerEntity, tick: number, reset: boolean, leaves: Int32Array, leaveCount: number): Uint8Array {
    let leavesBody = 0;
    for (let i = 0; i < leaveCount; i++) leavesBody += varintSize(leaves[i] ?? 0);
    let frameBytes = 1 + varintSize(tick) + this.#runBytes;
    if (player.ackSequence !== 0) frameBytes += 1 + varintSize(player.ackSequence);
    if (reset) frameBytes += 2 + 1 + varintSize(this.#zoneName.length) + this.#zoneName.length + 1 + varintSize(player.handle);
    if (leaveCount > 0) frameBytes += 1 + varintSize(leavesBody) + leavesBody;
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
    const bytes = this.#segments.bytes;
    if (this.#arenaView.buffer !== bytes.buffer) {
      this.#arenaView = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
      this.#arenaBuffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    }
    const from = this.#arenaView;
    const arena = this.#arenaBuffer;
    const slab = this.#slab;
    const to = this.#slabView;
    // `out` is a view of the slab from here: slab offsets are `base + at`.
    const base = out.byteOffset - this.#slab.byteOffset;
    const runs = this.#runs;
    for (let k = 0; k < this.#runCount; k += 2) {
      const start = runs[k] ?? 0;
      const end = start + (runs[k + 1] ?? 0);
      if (end - start >= MEMCPY_MIN_BYTES) {
        at += arena.copy(slab, base + at, start, end);
        continue;
      }
      // Short runs: four bytes at a time through DataViews beats both a byte loop and any
      // call's overhead there.
      let i = start;
      for (; i + 4 <= end; i += 4, at += 4) to.setUint32(base + at, from.getUint32(i, true), true);
      for (; i < end; i++) out[at++] = bytes[i] ?? 0;
    }
    if (leaveCount > 0) {
      out[at++] = TAG_LEAVES;
      at = putVarint(out, at, leavesBody);
      for (let i = 0; i < leaveCount; i++) at = putVarint(out, at, leaves[i] ?? 0);
    }
    return out;
  }

  /** A stamp no handle holds yet. */
  #nextStamp(): number {
    if (this.#stamp === MAX_STAMP) {
      this.#stamp = 0;
      this.#sent.fill(0);
    }
    return ++this.#stamp;
  }

  /**
   * A view of `bytes` unused bytes of the current slab; when it is full, it is retired (stamped
   * with this build) and the next comes from the free list, or is made when none is free.
   */
  #take(bytes: number): Uint8Array {
    if (this.#slabAt + bytes > this.#slab.length) {
      // Oversized slabs (a frame beyond SLAB_BYTES) are not kept for reuse.
      if (this.#slab.length === SLAB_BYTES) this.#retired.push({ slab: this.#slab, used: this.#slabAt, build: this.#builds });
      const free = bytes <= SLAB_BYTES ? this.#free.pop() : undefined;
      if (free === undefined) {
        this.#slab = new Uint8Array(Math.max(SLAB_BYTES, bytes));
      } else {
        // Zeroed, although every byte of a frame is written before it is handed out: were a
        // size ever miscounted, a client would get zeros, never an older frame's bytes.
        this.#slab = free.slab.fill(0, 0, free.used);
      }
      this.#slabView = new DataView(this.#slab.buffer);
      this.#slabAt = 0;
    }
    const view = this.#slab.subarray(this.#slabAt, this.#slabAt + bytes);
    this.#slabAt += bytes;
    return view;
  }
}

function distanceSquared(x: number, y: number, ex: number, ey: number): number {
  const dx = x - ex;
  const dy = y - ey;
  return dx * dx + dy * dy;
}
