/**
 * The per-observer half of {@link InterestGrid}: each observer's visible set and the changes of
 * the last update (and, through {@link InverseIndex}, who sees an entity). Used only by the
 * interest grid, which owns positions and decides which observers to recompute.
 *
 * Layout, chosen for the update's hot loop (measured in bench/aoi.bench.ts):
 * - iteration: a dense Int32Array list per observer, rebuilt by a full recomputation (written
 *   to a shared scratch buffer, then copied) or patched by pair updates (appended on enter,
 *   compacted once after leaves);
 * - a full recomputation needs no set lookups: one per-entity mark array (4 bytes per id,
 *   shared by all observers) is stamped "was visible" from the previous list, then "visible
 *   now" during the scan, and leaves are the previous list's entries not stamped again;
 * - membership for pair updates and isVisible(): an {@link IdSet} per observer, sized to its
 *   view. (A bitset per observer was tried first: one bit per id in the zone, so its rows
 *   outgrew the caches as the zone grew and the cost per moved entity doubled from 5,000 to
 *   20,000 entities at the same density.)
 * - with a view cap, a recomputation notes each candidate's key as it scans (for views the cap
 *   cut last time) and keeps the nearest (ViewCap); a saturated view scans a nearer reach
 *   first and the rest only when that reach cannot hold its nearest. When the cap cuts a view,
 *   the observer's priority entities ({@link ViewPriorities}) are stamped in a second per-entity
 *   mark array, found directly by id when the nearer reach left them out, and kept first.
 * @module
 */
import { IdSet } from './id-set.ts';
import { InverseIndex } from './inverse-index.ts';
import { ViewCap } from './view-cap.ts';
import type { ViewPriorities } from './view-cap.ts';
import type { SpatialHash } from './spatial-hash.ts';
import { grownInt32 } from './spatial-hash.ts';

const NO_IDS = new Int32Array(0);

/**
 * One observer's changes at the last update: ids in the first `count` entries of a buffer
 * reused from update to update. (They were JS arrays emptied with `length = 0` each update,
 * which drops an array's backing store: every observer whose view changed re-grew one per
 * tick, the largest garbage source left in the interest update.)
 */
class ChangeList {
  ids = new Int32Array(4);
  count = 0;

  push(id: number): void {
    if (this.count === this.ids.length) this.ids = grownInt32(this.ids, this.count * 2);
    this.ids[this.count++] = id;
  }

  /** The list as a new read-only view of `ids` (for changesFor; the tick reads changesInto). */
  view(): Int32Array {
    return this.count === 0 ? NO_IDS : this.ids.subarray(0, this.count);
  }
}

/**
 * Where one observer's changes of the last update are: the first `enteredCount` entries of
 * `entered` and the first `leftCount` of `left`, ascending. The buffers are the interest grid's
 * own: read only, valid until the next update() or until the observer is removed.
 */
export interface ChangeBuffers {
  /** Holds the entities that became visible. */
  entered: Int32Array;
  /** How many entries of `entered` are this update's. */
  enteredCount: number;
  /** Holds the entities that stopped being visible (including removed ones). */
  left: Int32Array;
  /** How many entries of `left` are this update's. */
  leftCount: number;
}

/** Changes of one observer at the last update. */
interface MutableChanges {
  readonly entered: ChangeList;
  readonly left: ChangeList;
}

const EMPTY_VIEW: { readonly entered: Int32Array; readonly left: Int32Array } = Object.freeze({ entered: NO_IDS, left: NO_IDS });
const NO_POSITIONS = new Float64Array(0);

/**
 * Metres beyond a saturated view's last cap-th nearest (plus the hysteresis) that its next
 * recomputation scans: room for the observer and the crowd to move meanwhile, so the nearer
 * reach usually still holds its nearest (when not, the rest is scanned too).
 */
const REACH_MARGIN = 3;

/** Slot flag: not scheduled for full recomputation. */
const PARTIAL = 0;
/**
 * Slot flag: scheduled for full recomputation (the observer moved or was added), at the first
 * update that is its turn (see {@link ObserverViews.takeFullSlots}); until then pair updates
 * skip it.
 */
const SCHEDULED = 1;
/** Slot flag: being recomputed in full by the current update (skip it in pair updates). */
const RECOMPUTING = 2;

/** Visible sets of all observers, indexed by observer slot (slots are reused after removal). */
export class ObserverViews {
  readonly #r2: number;
  readonly #outer2: number;
  /** Most entities a view holds (0: no cap); see {@link ObserverViews.finishRecompute}. */
  readonly #cap: number;
  readonly #hysteresis: number;
  readonly #viewCap = new ViewCap();
  readonly #priorities: ViewPriorities | undefined;

  /** Number of observers. */
  count = 0;

  // Per entity id.
  #capacity = 0;
  #slotOfId = new Int32Array(0);
  /** 1 while an entity removed since the last update still appears in lists and sets. */
  #removed = new Uint8Array(0);
  #removedList: number[] = [];
  /** Per-entity stamps of full recomputations and compactions (see #nextSerial). */
  #mark = new Int32Array(0);
  #serial = 0;
  /** Per-entity: the recomputation's "visible now" stamp when the entity is a priority of its observer. */
  #priorityMark = new Int32Array(0);

  // Per slot.
  #slotHigh = 0;
  #slotCapacity = 0;
  #freeSlots: number[] = [];
  #slotId = new Int32Array(0);
  #lists: Int32Array[] = [];
  /** Per slot: the last view of the list handed out by visibleTo(), and the list it views. */
  #views: (Int32Array | undefined)[] = [];
  #viewed: (Int32Array | undefined)[] = [];
  #listLength = new Int32Array(0);
  #full = new Uint8Array(0);
  #fullSlots = new Int32Array(16);
  #fullCount = 0;
  /** Per slot: 1 when its recomputation may not wait for its turn (a jump, or recompute-all). */
  #urgent = new Uint8Array(0);
  /** Slots still SCHEDULED after the current update's takeFullSlots(): not their turn. */
  #deferredSlots = new Int32Array(16);
  #deferredCount = 0;
  #stale = new Uint8Array(0);
  #changed = new Uint8Array(0);
  #changedSlots = new Int32Array(16);
  #changedCount = 0;
  #changes: MutableChanges[] = [];
  #sets: IdSet[] = [];

  #scratch = new Int32Array(64);
  /** Per slot: 1 when more entities qualified for its view than the cap at its last recomputation, or an entity waits for room. */
  #saturated = new Uint8Array(0);
  /** Slots that were refused an entity by the cap in this update's pair updates. */
  #overflowSlots = new Int32Array(16);
  #overflowCount = 0;
  /**
   * With a cap, per candidate of the recomputation (parallel to the scratch list): its key (its
   * distance, less the hysteresis when it was visible), whether it was visible, and whether the
   * cap chose it.
   */
  #keys = new Float64Array(0);
  #seen = new Uint8Array(0);
  #chosen = new Uint8Array(0);
  /** Per candidate, with a cap and priorities: 1 when it is a priority of the observer. */
  #priority = new Uint8Array(0);
  /** What the priority source wrote for the observer being recomputed. */
  readonly #priorityIds: number[] = [];
  /** Per slot: how far its next recomputation scans (the outer radius unless saturated). */
  #reach = new Float64Array(0);
  readonly #outer: number;
  // The recomputation in progress (beginRecompute to finishRecompute).
  #recomputing = 0;
  #observer = 0;
  #was = 0;
  /** Candidates found so far: the first entries of the scratch list. */
  #found = 0;
  /** Entries of the old list found still visible. */
  #kept = 0;
  /** The cap-th nearest key chosen by reachHolds(), NaN when no choice stands. */
  #threshold = Number.NaN;
  /** Whether the scans noted the candidates' keys (the view was saturated). */
  #keyed = false;
  /** Whether this recomputation asked for its observer's priorities. */
  #prioritiesNoted = false;
  /** How many entities this recomputation stamped as priorities. */
  #priorityCount = 0;

  readonly #inverse = new InverseIndex();

  /**
   * @param viewRadius entities within it become visible
   * @param outerRadius visible entities beyond it stop being visible
   * @param cap most entities a view holds; 0 for no cap
   * @param priorities what each observer keeps in view when the cap cuts it; none when omitted (or without a cap)
   */
  constructor(viewRadius: number, outerRadius: number, cap = 0, priorities?: ViewPriorities) {
    // Priorities matter only to views a cap cuts: without a cap they keep no per-entity marks.
    this.#priorities = cap > 0 ? priorities : undefined;
    this.#r2 = viewRadius * viewRadius;
    this.#outer2 = outerRadius * outerRadius;
    this.#cap = cap;
    this.#hysteresis = outerRadius - viewRadius;
    this.#outer = outerRadius;
  }

  /** Grows per-entity arrays so ids below `capacity` are valid. */
  ensureEntityCapacity(capacity: number): void {
    if (capacity <= this.#capacity) return;
    const slotOfId = new Int32Array(capacity).fill(-1);
    slotOfId.set(this.#slotOfId);
    this.#slotOfId = slotOfId;
    const removed = new Uint8Array(capacity);
    removed.set(this.#removed);
    this.#removed = removed;
    this.#mark = grownInt32(this.#mark, capacity);
    if (this.#priorities !== undefined) this.#priorityMark = grownInt32(this.#priorityMark, capacity);
    this.#capacity = capacity;
  }

  /** The slot of an observer, or -1. */
  slotOf(id: number): number {
    return id < this.#capacity ? (this.#slotOfId[id] ?? -1) : -1;
  }

  /** The observer in a slot, or -1 for a free slot. */
  observerAt(slot: number): number {
    return this.#slotId[slot] ?? -1;
  }

  /** Adds an observer with an empty view, scheduled for full recomputation. */
  add(id: number): void {
    let slot = this.#freeSlots.pop();
    if (slot === undefined) {
      slot = this.#slotHigh++;
      if (slot === this.#slotCapacity) this.#growSlots(Math.max(16, slot * 2));
    }
    this.#slotId[slot] = id;
    this.#slotOfId[id] = slot;
    this.#listLength[slot] = 0;
    this.#saturated[slot] = 0;
    this.#reach[slot] = this.#outer;
    this.#sets[slot] ??= new IdSet();
    this.count++;
    this.markFull(slot);
  }

  /** Removes an observer, clearing its view and changes. */
  remove(id: number): void {
    const slot = this.slotOf(id);
    this.#sets[slot]?.clear();
    if (this.#inverse.active) {
      const list = this.#lists[slot] ?? NO_IDS;
      for (let i = 0, n = this.#listLength[slot] ?? 0; i < n; i++) this.#inverse.left(id, list[i] ?? 0);
    }
    this.#listLength[slot] = 0;
    const changes = this.#changes[slot];
    if (changes !== undefined) {
      changes.entered.count = 0;
      changes.left.count = 0;
    }
    this.#slotId[slot] = -1;
    this.#slotOfId[id] = -1;
    this.#freeSlots.push(slot);
    this.count--;
  }

  /** Schedules an observer's full recomputation at the next update. */
  markFull(slot: number): void {
    if (this.#full[slot] !== PARTIAL) return;
    this.#full[slot] = SCHEDULED;
    if (this.#fullCount === this.#fullSlots.length) this.#fullSlots = grownInt32(this.#fullSlots, this.#fullCount * 2);
    this.#fullSlots[this.#fullCount++] = slot;
  }

  /**
   * Schedules an observer's full recomputation at the next update, whether or not it is its
   * turn (it jumped: a view that far behind would be wrong for several updates).
   */
  markUrgent(slot: number): void {
    this.markFull(slot);
    this.#urgent[slot] = 1;
  }

  /** Observers scheduled for full recomputation (an upper bound: it may count removed ones). */
  get scheduled(): number {
    return this.#fullCount;
  }

  /**
   * Schedules, at the next update and whatever the turn, the full recomputation of every
   * observer not scheduled yet: a cheaper way to the result of their pair updates, so it must
   * not wait (the observers already scheduled keep their turn).
   */
  markAllFull(): void {
    for (let slot = 0; slot < this.#slotHigh; slot++) {
      if ((this.#slotId[slot] ?? -1) >= 0 && this.#full[slot] === PARTIAL) this.markUrgent(slot);
    }
  }

  /** Records that an entity that existed at the last update was removed. */
  markRemoved(id: number): void {
    if (this.#removed[id] === 1) return;
    this.#removed[id] = 1;
    this.#removedList.push(id);
    this.#inverse.forget(id);
  }

  /** Clears the previous update's changes. */
  beginUpdate(): void {
    for (let k = 0; k < this.#changedCount; k++) {
      const slot = this.#changedSlots[k] ?? 0;
      this.#changed[slot] = 0;
      const changes = this.#changes[slot];
      if (changes !== undefined) {
        changes.entered.count = 0;
        changes.left.count = 0;
      }
    }
    this.#changedCount = 0;
  }

  /**
   * The live slots scheduled for full recomputation whose turn it is, each once, now marked as
   * being recomputed (so pair updates skip them). Valid until endUpdate(). A slot's turn is
   * every update `turn` with `(turn + slot) % period === 0` (slots are dense, so each turn
   * takes about 1 / period of the moving observers); an urgent slot, or one whose view was
   * empty after the last update (a new observer: its first view must not wait), does not wait.
   * The others stay scheduled: they are {@link ObserverViews.deferred}.
   */
  takeFullSlots(turn: number, period: number): { readonly slots: Int32Array; readonly count: number } {
    let count = 0;
    let deferred = 0;
    const slots = this.#fullSlots;
    for (let k = 0; k < this.#fullCount; k++) {
      const slot = slots[k] ?? 0;
      if (this.#full[slot] !== SCHEDULED) continue;
      if ((this.#slotId[slot] ?? -1) < 0) {
        this.#full[slot] = PARTIAL;
        this.#urgent[slot] = 0;
        continue;
      }
      if ((turn + slot) % period === 0 || this.#urgent[slot] === 1 || this.#listLength[slot] === 0) {
        this.#full[slot] = RECOMPUTING;
        this.#urgent[slot] = 0;
        slots[count++] = slot;
        continue;
      }
      if (deferred === this.#deferredSlots.length) this.#deferredSlots = grownInt32(this.#deferredSlots, deferred * 2);
      this.#deferredSlots[deferred++] = slot;
    }
    this.#fullCount = count;
    this.#deferredCount = deferred;
    return { slots, count };
  }

  /** Live observers scheduled for full recomputation that the current update defers (not their turn). */
  get deferred(): number {
    return this.#deferredCount;
  }

  /**
   * Applies the removals since the last update to the deferred observers. Neither pair updates
   * nor the search by a removed entity's position reach them reliably (their views lag: an
   * entity they still list may have walked anywhere since), so each is checked directly:
   * its list against the removal marks, or the removed ids against its set, whichever is
   * shorter.
   */
  applyRemovalsToDeferred(): void {
    const removedIds = this.#removedList;
    if (removedIds.length === 0) return;
    const removed = this.#removed;
    for (let k = 0; k < this.#deferredCount; k++) {
      const slot = this.#deferredSlots[k] ?? 0;
      const set = this.#sets[slot] ?? new IdSet();
      const length = this.#listLength[slot] ?? 0;
      let gone = 0;
      if (length <= removedIds.length) {
        const list = this.#lists[slot] ?? NO_IDS;
        for (let i = 0; i < length; i++) {
          const e = list[i] ?? 0;
          if (removed[e] === 1 && set.delete(e)) {
            this.#changesOf(slot).left.push(e);
            gone++;
          }
        }
      } else {
        for (const e of removedIds) {
          if (set.delete(e)) {
            this.#changesOf(slot).left.push(e);
            gone++;
          }
        }
      }
      if (gone === 0) continue;
      this.#stale[slot] = 1;
      this.#markChanged(slot);
    }
  }

  /** Whether a slot is being recomputed in full by the current update. */
  isRecomputing(slot: number): boolean {
    return slot >= 0 && this.#full[slot] === RECOMPUTING;
  }

  /**
   * How far from its observer a recomputation of the slot must scan: the outer radius, or for a
   * saturated view a nearer reach that held its nearest at the last recomputation (see
   * {@link ObserverViews.reachHolds}).
   */
  reachOf(slot: number): number {
    return this.#reach[slot] ?? this.#outer;
  }

  /**
   * Starts recomputing one observer's view: what it saw is stamped "was visible" and the scan
   * starts empty. Then {@link ObserverViews.scan} the cells near it (more than once if need be)
   * and {@link ObserverViews.finishRecompute}.
   */
  beginRecompute(slot: number, observer: number): void {
    const was = this.#nextSerial();
    this.#was = was;
    this.#recomputing = slot;
    this.#observer = observer;
    this.#found = 0;
    this.#kept = 0;
    this.#threshold = Number.NaN;
    this.#prioritiesNoted = false;
    this.#priorityCount = 0;
    const mark = this.#mark;
    const list = this.#lists[slot] ?? NO_IDS;
    const oldLength = this.#listLength[slot] ?? 0;
    for (let i = 0; i < oldLength; i++) mark[list[i] ?? 0] = was;
    this.#changesOf(slot);
    if (this.#scratch.length < this.#capacity) this.#scratch = new Int32Array(Math.max(this.#capacity, this.#scratch.length * 2));
    if (this.#cap > 0 && this.#keys.length < this.#scratch.length) {
      this.#keys = new Float64Array(this.#scratch.length);
      this.#seen = new Uint8Array(this.#scratch.length);
      this.#chosen = new Uint8Array(this.#scratch.length);
      if (this.#priorities !== undefined) this.#priority = new Uint8Array(this.#scratch.length);
    }
  }

  /**
   * Scans the given cells of `entities` for the view being recomputed, up to `within` metres of
   * the observer (`inner[k]` = 1 when cell k lies entirely within both `within` and the view
   * radius): an entity within the view radius, or one that was visible and is within the outer
   * radius, is a candidate. `again`: the cells may hold entities an earlier scan of this
   * recomputation took; they are skipped.
   */
  scan(ox: number, oy: number, entities: SpatialHash, cells: Int32Array, inner: Uint8Array, cellCount: number, within: number, again: boolean): void {
    const slot = this.#recomputing;
    const observer = this.#observer;
    const was = this.#was;
    const now = was + 1;
    const mark = this.#mark;
    const removed = this.#removed;
    const anyRemoved = this.#removedList.length > 0;
    const set = this.#sets[slot] ?? new IdSet();
    const r2 = this.#r2;
    const outer2 = Math.min(this.#outer2, within * within);
    const entered = this.#changesOf(slot).entered;
    const scratch = this.#scratch;
    let n = this.#found;
    /** Entries of the old list found still visible (each id is scanned at most once). */
    let kept = this.#kept;
    const cellStart = entities.cellStart;
    const cellEntities = entities.cellCount;
    // For a view the cap cut last time (likely to be cut again), each candidate's key and
    // whether it was visible are noted as it is found (the positions are at hand), and newcomers
    // enter only once the cap has chosen (finishRecompute). Other views scan as without a cap.
    const keyed = this.#cap > 0 && this.#saturated[slot] === 1;
    this.#keyed = keyed;
    const keys = this.#keys;
    const seen = this.#seen;
    const hysteresis = this.#hysteresis;
    for (let k = 0; k < cellCount; k++) {
      const g = cells[k] ?? 0;
      const ids = entities.chunkIds[g >> 8] ?? NO_IDS;
      const pos = entities.chunkPos[g >> 8] ?? NO_POSITIONS;
      const start = cellStart[g] ?? 0;
      const end = start + (cellEntities[g] ?? 0);
      if (inner[k] === 1) {
        for (let i = start; i < end; i++) {
          const e = ids[i] ?? 0;
          if (e === observer || (again && mark[e] === now)) continue;
          const visible = mark[e] === was && !(anyRemoved && removed[e] === 1);
          if (keyed) {
            const dx = (pos[2 * i] ?? 0) - ox;
            const dy = (pos[2 * i + 1] ?? 0) - oy;
            keys[n] = visible ? Math.sqrt(dx * dx + dy * dy) - hysteresis : Math.sqrt(dx * dx + dy * dy);
            seen[n] = visible ? 1 : 0;
          }
          scratch[n++] = e;
          if (visible) {
            kept++;
          } else if (!keyed) {
            entered.push(e);
            set.add(e);
          }
          mark[e] = now;
        }
        continue;
      }
      for (let i = start; i < end; i++) {
        const e = ids[i] ?? 0;
        if (e === observer || (again && mark[e] === now)) continue;
        const dx = (pos[2 * i] ?? 0) - ox;
        const dy = (pos[2 * i + 1] ?? 0) - oy;
        const d2 = dx * dx + dy * dy;
        if (d2 > outer2) continue;
        const visible = mark[e] === was && !(anyRemoved && removed[e] === 1);
        if (visible) {
          kept++;
        } else {
          if (d2 > r2) continue;
          if (!keyed) {
            entered.push(e);
            set.add(e);
          }
        }
        if (keyed) {
          keys[n] = visible ? Math.sqrt(d2) - hysteresis : Math.sqrt(d2);
          seen[n] = visible ? 1 : 0;
        }
        scratch[n++] = e;
        mark[e] = now;
      }
    }
    this.#found = n;
    this.#kept = kept;
    // A choice made before this scan did not see what it found.
    this.#threshold = Number.NaN;
  }

  /**
   * Whether a scan within `reach` of the observer found its nearest for sure: more candidates
   * than the cap (its priorities included, found by id wherever they are), and the largest key
   * the cap chose among the others within `reach - hysteresis`, so every entity beyond the
   * reach (key more than that) would lose to them. When not, the caller scans again without
   * the limit.
   */
  reachHolds(ox: number, oy: number, entities: SpatialHash, reach: number): boolean {
    if (!this.#keyed) return false;
    // Priorities the reach left out are found by id, so only the others need the reach to hold.
    this.#notePriorities(ox, oy, entities);
    if (this.#found <= this.#cap) return false;
    this.#threshold = this.#choose(this.#found);
    return this.#threshold <= reach - this.#hysteresis;
  }

  /** Finishes the recomputation: the cap's choice, what left, the new list. */
  finishRecompute(ox: number, oy: number, entities: SpatialHash): void {
    const slot = this.#recomputing;
    const now = this.#was + 1;
    const mark = this.#mark;
    const removed = this.#removed;
    const anyRemoved = this.#removedList.length > 0;
    const set = this.#sets[slot] ?? new IdSet();
    const changes = this.#changesOf(slot);
    const entered = changes.entered;
    const scratch = this.#scratch;
    if (this.#keyed) this.#notePriorities(ox, oy, entities);
    let n = this.#found;
    let kept = this.#kept;
    if (this.#cap > 0) {
      const over = n > this.#cap;
      this.#saturated[slot] = over ? 1 : 0;
      this.#reach[slot] = this.#outer;
      const keyed = this.#keyed;
      if (over) {
        if (!keyed) {
          this.#keysOf(ox, oy, entities, entered);
          this.#notePriorities(ox, oy, entities);
        }
        // The choice reachHolds() made stands unless a scan came after it.
        if (Number.isNaN(this.#threshold)) this.#threshold = this.#choose(n);
        kept -= this.#dropUnchosen(n, set, !keyed);
        n = this.#cap;
        // Keys are at least -hysteresis; -Infinity: priorities filled the cap, no other chosen.
        this.#reach[slot] = Math.min(this.#outer, Math.max(this.#threshold, -this.#hysteresis) + this.#hysteresis + REACH_MARGIN);
        if (!keyed) {
          // The scans let newcomers in: those the cap dropped (no longer marked) leave the list.
          let k = 0;
          for (let i = 0; i < entered.count; i++) {
            const e = entered.ids[i] ?? 0;
            if (mark[e] === now) entered.ids[k++] = e;
          }
          entered.count = k;
        }
      }
      if (keyed) {
        // The newcomers that stayed enter now (the scans left them out of the set).
        const seen = this.#seen;
        for (let i = 0; i < n; i++) {
          if (seen[i] === 1) continue;
          const e = scratch[i] ?? 0;
          entered.push(e);
          set.add(e);
        }
      }
    }
    const left = changes.left;
    let list = this.#lists[slot] ?? NO_IDS;
    const oldLength = this.#listLength[slot] ?? 0;
    // Every entry of the old list still visible (the common case): nothing left, no need to look.
    for (let i = 0; kept < oldLength && i < oldLength; i++) {
      const e = list[i] ?? 0;
      const stillVisible = mark[e] === now;
      if (stillVisible && !(anyRemoved && removed[e] === 1)) continue;
      left.push(e);
      if (!stillVisible) set.delete(e);
    }
    if (list.length < n) {
      list = new Int32Array(Math.max(n, list.length * 2, 16));
      this.#lists[slot] = list;
    }
    for (let i = 0; i < n; i++) list[i] = scratch[i] ?? 0;
    this.#listLength[slot] = n;
    if (entered.count > 0 || left.count > 0) this.#markChanged(slot);
  }

  /**
   * Applies the removal of `id` to the observers in the given cells of `observers` that are
   * neither recomputed nor deferred (see {@link ObserverViews.applyRemovalsToDeferred}).
   */
  applyRemoval(id: number, observers: SpatialHash, cells: Int32Array, cellCount: number): void {
    for (let k = 0; k < cellCount; k++) {
      const g = cells[k] ?? 0;
      const ids = observers.chunkIds[g >> 8] ?? NO_IDS;
      const start = observers.cellStart[g] ?? 0;
      const end = start + (observers.cellCount[g] ?? 0);
      for (let i = start; i < end; i++) {
        const slot = this.#slotOfId[ids[i] ?? 0] ?? 0;
        if (this.#full[slot] !== PARTIAL || this.#sets[slot]?.delete(id) !== true) continue;
        this.#changesOf(slot).left.push(id);
        this.#stale[slot] = 1;
        this.#markChanged(slot);
      }
    }
  }

  /**
   * Applies entity `id` now at (x, y) to the observers not being recomputed in the given cells
   * of `observers`: it enters a view within the view radius and leaves one beyond the outer
   * radius. Idempotent, so an observer may be offered twice.
   */
  applyMove(id: number, x: number, y: number, observers: SpatialHash, cells: Int32Array, cellCount: number): void {
    const r2 = this.#r2;
    const outer2 = this.#outer2;
    for (let k = 0; k < cellCount; k++) {
      const g = cells[k] ?? 0;
      const ids = observers.chunkIds[g >> 8] ?? NO_IDS;
      const pos = observers.chunkPos[g >> 8] ?? NO_POSITIONS;
      const start = observers.cellStart[g] ?? 0;
      const end = start + (observers.cellCount[g] ?? 0);
      for (let i = start; i < end; i++) {
        const observer = ids[i] ?? 0;
        if (observer === id) continue;
        const slot = this.#slotOfId[observer] ?? 0;
        if (this.#full[slot] !== PARTIAL) continue;
        const dx = x - (pos[2 * i] ?? 0);
        const dy = y - (pos[2 * i + 1] ?? 0);
        const d2 = dx * dx + dy * dy;
        const set = this.#sets[slot] ?? new IdSet();
        if (set.has(id)) {
          if (d2 <= outer2) continue;
          set.delete(id);
          this.#changesOf(slot).left.push(id);
          this.#stale[slot] = 1;
        } else {
          if (d2 > r2) continue;
          if (this.#cap > 0 && set.size >= this.#cap) {
            // A full view: the entity waits for the observer's next recomputation, which
            // chooses the nearest (it may displace one farther away).
            this.#overflow(slot);
            continue;
          }
          set.add(id);
          this.#changesOf(slot).entered.push(id);
          this.#append(slot, id);
        }
        this.#markChanged(slot);
      }
    }
  }

  /**
   * Finishes an update: compacts patched lists, sorts changes, forgets removals; the deferred
   * slots stay scheduled for the next update.
   */
  endUpdate(): void {
    for (let k = 0; k < this.#changedCount; k++) {
      const slot = this.#changedSlots[k] ?? 0;
      if (this.#stale[slot] === 1) this.#compact(slot);
      const changes = this.#changes[slot];
      if (changes !== undefined) {
        sortAscending(changes.entered);
        sortAscending(changes.left);
        if (this.#inverse.active) this.#follow(this.#slotId[slot] ?? -1, changes);
      }
    }
    for (let k = 0; k < this.#fullCount; k++) this.#full[this.#fullSlots[k] ?? 0] = PARTIAL;
    const recomputed = this.#fullSlots;
    const recomputedCount = this.#fullCount;
    this.#fullSlots = this.#deferredSlots;
    this.#fullCount = this.#deferredCount;
    this.#deferredSlots = recomputed;
    this.#deferredCount = 0;
    if (this.#cap > 0) {
      // A saturated view is recomputed at every turn of its observer, moving or not: which
      // entities are nearest changes whenever anything near it moves, and pair updates cannot
      // tell (nor can they let in an entity that waited for room when another leaves).
      for (let k = 0; k < recomputedCount; k++) {
        const slot = recomputed[k] ?? 0;
        if (this.#saturated[slot] === 1) this.markFull(slot);
      }
      for (let k = 0; k < this.#overflowCount; k++) this.markFull(this.#overflowSlots[k] ?? 0);
      this.#overflowCount = 0;
    }
    for (const id of this.#removedList) this.#removed[id] = 0;
    this.#removedList.length = 0;
  }

  /** The last update's changes of an observer (empty when `id` is -1 or not an observer). */
  changesFor(id: number): { readonly entered: Int32Array; readonly left: Int32Array } {
    const slot = id < 0 ? -1 : this.slotOf(id);
    const changes = slot < 0 ? undefined : this.#changes[slot];
    if (changes === undefined || (changes.entered.count === 0 && changes.left.count === 0)) return EMPTY_VIEW;
    return { entered: changes.entered.view(), left: changes.left.view() };
  }

  /**
   * Fills `out` with where an observer's changes of the last update are (the change lists'
   * own buffers and counts; empty for `id` -1 or a non-observer): no object made per call.
   */
  changesInto(id: number, out: ChangeBuffers): ChangeBuffers {
    const slot = id < 0 ? -1 : this.slotOf(id);
    // Most views do not change in a tick: the dense flag answers without touching the slot's
    // change lists (scattered objects; reading them was a cache miss per observer).
    const changes = slot < 0 || this.#changed[slot] !== 1 ? undefined : this.#changes[slot];
    out.entered = changes?.entered.ids ?? NO_IDS;
    out.enteredCount = changes?.entered.count ?? 0;
    out.left = changes?.left.ids ?? NO_IDS;
    out.leftCount = changes?.left.count ?? 0;
    return out;
  }

  /**
   * What an observer sees: a view of its list, or a filtered copy while removals are pending.
   * The view is kept and handed out again while the list's buffer and length are the same (it
   * shows the list's current contents), so asking every tick allocates nothing.
   */
  visibleTo(id: number): Int32Array {
    const slot = this.slotOf(id);
    if (slot < 0) return NO_IDS;
    const buffer = this.#lists[slot] ?? NO_IDS;
    const length = this.#listLength[slot] ?? 0;
    let list = this.#views[slot];
    if (list === undefined || this.#viewed[slot] !== buffer || list.length !== length) {
      list = buffer.subarray(0, length);
      this.#views[slot] = list;
      this.#viewed[slot] = buffer;
    }
    if (this.#removedList.length === 0) return list;
    return list.filter((e) => this.#removed[e] !== 1);
  }

  /**
   * The buffer holding an observer's list in its first {@link ObserverViews.listLengthOf}
   * entries (NO_IDS for a non-observer): no view object made. Removed entities still in the
   * list are not filtered out, so it is exact only while no removal is pending.
   */
  listOf(id: number): Int32Array {
    const slot = this.slotOf(id);
    return slot < 0 ? NO_IDS : (this.#lists[slot] ?? NO_IDS);
  }

  /** The length of an observer's list (0 for a non-observer); see {@link ObserverViews.listOf}. */
  listLengthOf(id: number): number {
    const slot = this.slotOf(id);
    return slot < 0 ? 0 : (this.#listLength[slot] ?? 0);
  }

  /** Whether observer `id` sees entity `target`. */
  isVisible(id: number, target: number): boolean {
    const slot = this.slotOf(id);
    if (slot < 0 || this.#removed[target] === 1) return false;
    return this.#sets[slot]?.has(target) === true;
  }

  /** The observers that see `id`, ascending (see {@link InverseIndex}). */
  observersOf(id: number): Int32Array {
    if (!this.#inverse.active) this.#inverse.build(this.#slotOfId, this.#lists, this.#listLength, this.#removed);
    return this.#inverse.observersOf(id);
  }

  /** Applies an observer's changes of this update to the inverse index (leaves first: a reused id may be in both). */
  #follow(observer: number, changes: MutableChanges): void {
    const { left, entered } = changes;
    for (let i = 0; i < left.count; i++) this.#inverse.left(observer, left.ids[i] ?? 0);
    for (let i = 0; i < entered.count; i++) this.#inverse.entered(observer, entered.ids[i] ?? 0);
  }

  /**
   * Notes the keys of the candidates found, and whether each was visible, for a view the scans
   * did not expect the cap to cut (its newcomers are the recomputation's entered list).
   */
  #keysOf(ox: number, oy: number, entities: SpatialHash, entered: ChangeList): void {
    const scratch = this.#scratch;
    const keys = this.#keys;
    const seen = this.#seen;
    const mark = this.#mark;
    const now = this.#was + 1;
    const xs = entities.x;
    const ys = entities.y;
    // Newcomers are told apart by a mark no stamp takes (-1), put back afterwards.
    for (let i = 0; i < entered.count; i++) mark[entered.ids[i] ?? 0] = -1;
    for (let i = 0; i < this.#found; i++) {
      const e = scratch[i] ?? 0;
      const dx = (xs[e] ?? 0) - ox;
      const dy = (ys[e] ?? 0) - oy;
      const distance = Math.sqrt(dx * dx + dy * dy);
      const visible = mark[e] !== -1;
      seen[i] = visible ? 1 : 0;
      keys[i] = visible ? distance - this.#hysteresis : distance;
    }
    for (let i = 0; i < entered.count; i++) mark[entered.ids[i] ?? 0] = now;
  }

  /**
   * Keeps the chosen of the `n` candidates at the front of the scratch list (with whether each
   * was visible). Dropped ones lose their "visible now" mark, so the pass over the old list
   * reports those that were visible as left; dropped newcomers leave the set when the scans put
   * them in it. Returns how many of those that were visible there were.
   */
  #dropUnchosen(n: number, set: IdSet, newcomersInSet: boolean): number {
    const scratch = this.#scratch;
    const mark = this.#mark;
    const chosen = this.#chosen;
    const seen = this.#seen;
    let m = 0;
    let droppedVisible = 0;
    for (let i = 0; i < n; i++) {
      const e = scratch[i] ?? 0;
      if (chosen[i] === 1) {
        seen[m] = seen[i] ?? 0;
        scratch[m++] = e;
        continue;
      }
      mark[e] = 0;
      if (seen[i] === 1) droppedVisible++;
      else if (newcomersInSet) set.delete(e);
    }
    return droppedVisible;
  }

  /**
   * Asks the priority source (once per recomputation) for the observer's priorities and stamps
   * them. In a view whose scans noted keys (it may have scanned only a nearer reach), a priority
   * the scans did not find is tested as a scan would test it and, if it qualifies, becomes a
   * candidate; other views scanned everything that could qualify.
   */
  #notePriorities(ox: number, oy: number, entities: SpatialHash): void {
    const source = this.#priorities;
    if (source === undefined || this.#prioritiesNoted) return;
    this.#prioritiesNoted = true;
    const ids = this.#priorityIds;
    ids.length = 0;
    source.prioritiesOf(this.#observer, ids);
    if (ids.length === 0) return;
    const was = this.#was;
    const now = was + 1;
    const mark = this.#mark;
    const priorityMark = this.#priorityMark;
    const removed = this.#removed;
    const anyRemoved = this.#removedList.length > 0;
    const scratch = this.#scratch;
    const keys = this.#keys;
    const seen = this.#seen;
    let n = this.#found;
    let kept = this.#kept;
    let count = this.#priorityCount;
    for (const e of ids) {
      if (!(Number.isInteger(e) && e >= 0 && e < this.#capacity) || e === this.#observer || priorityMark[e] === now || !entities.contains(e)) continue;
      priorityMark[e] = now;
      count++;
      if (mark[e] === now || !this.#keyed) continue;
      const dx = (entities.x[e] ?? 0) - ox;
      const dy = (entities.y[e] ?? 0) - oy;
      const d2 = dx * dx + dy * dy;
      const visible = mark[e] === was && !(anyRemoved && removed[e] === 1);
      if (d2 > (visible ? this.#outer2 : this.#r2)) continue;
      keys[n] = visible ? Math.sqrt(d2) - this.#hysteresis : Math.sqrt(d2);
      seen[n] = visible ? 1 : 0;
      scratch[n++] = e;
      mark[e] = now;
      if (visible) kept++;
    }
    this.#found = n;
    this.#kept = kept;
    this.#priorityCount = count;
  }

  /**
   * The cap's choice among the first `n` candidates (in the chosen flags), the observer's
   * priorities first; returns the largest key chosen among the others (-Infinity: none).
   */
  #choose(n: number): number {
    let priorities = 0;
    if (this.#priorityCount > 0) {
      const now = this.#was + 1;
      const priorityMark = this.#priorityMark;
      const scratch = this.#scratch;
      const priority = this.#priority;
      for (let i = 0; i < n; i++) {
        const flag = priorityMark[scratch[i] ?? 0] === now ? 1 : 0;
        priority[i] = flag;
        priorities += flag;
      }
    }
    if (priorities === 0) return this.#viewCap.choose(this.#keys, this.#scratch, n, this.#cap, this.#chosen);
    return this.#viewCap.chooseWithPriorities(this.#keys, this.#scratch, n, this.#cap, this.#chosen, this.#priority, priorities);
  }

  /** Notes that a full view refused an entity in a pair update: the observer is recomputed at its next turn. */
  #overflow(slot: number): void {
    if (this.#saturated[slot] === 1) return;
    this.#saturated[slot] = 1;
    if (this.#overflowCount === this.#overflowSlots.length) this.#overflowSlots = grownInt32(this.#overflowSlots, this.#overflowCount * 2);
    this.#overflowSlots[this.#overflowCount++] = slot;
  }

  /** Drops entries that left (and duplicates) from a patched list. */
  #compact(slot: number): void {
    this.#stale[slot] = 0;
    const seen = this.#nextSerial();
    const mark = this.#mark;
    const set = this.#sets[slot] ?? new IdSet();
    const list = this.#lists[slot] ?? NO_IDS;
    const length = this.#listLength[slot] ?? 0;
    let n = 0;
    for (let i = 0; i < length; i++) {
      const e = list[i] ?? 0;
      if (mark[e] === seen || !set.has(e)) continue;
      mark[e] = seen;
      list[n++] = e;
    }
    this.#listLength[slot] = n;
  }

  #append(slot: number, id: number): void {
    let list = this.#lists[slot] ?? NO_IDS;
    const length = this.#listLength[slot] ?? 0;
    if (length === list.length) {
      list = grownInt32(list, Math.max(16, length * 2));
      this.#lists[slot] = list;
    }
    list[length] = id;
    this.#listLength[slot] = length + 1;
  }

  #markChanged(slot: number): void {
    if (this.#changed[slot] === 1) return;
    this.#changed[slot] = 1;
    if (this.#changedCount === this.#changedSlots.length) this.#changedSlots = grownInt32(this.#changedSlots, this.#changedCount * 2);
    this.#changedSlots[this.#changedCount++] = slot;
  }

  #changesOf(slot: number): MutableChanges {
    let changes = this.#changes[slot];
    if (changes === undefined) {
      changes = { entered: new ChangeList(), left: new ChangeList() };
      this.#changes[slot] = changes;
    }
    return changes;
  }

  /** A fresh stamp value S, with S + 1 also fresh: no entity's mark equals either. */
  #nextSerial(): number {
    if (this.#serial >= 0x7ffffffd) {
      this.#mark.fill(0);
      this.#priorityMark.fill(0);
      this.#serial = 0;
    }
    const serial = this.#serial + 1;
    this.#serial += 2;
    return serial;
  }

  #growSlots(capacity: number): void {
    const slotId = new Int32Array(capacity).fill(-1);
    slotId.set(this.#slotId);
    this.#slotId = slotId;
    this.#listLength = grownInt32(this.#listLength, capacity);
    this.#full = grownUint8(this.#full, capacity);
    this.#urgent = grownUint8(this.#urgent, capacity);
    this.#saturated = grownUint8(this.#saturated, capacity);
    const reach = new Float64Array(capacity).fill(this.#outer);
    reach.set(this.#reach);
    this.#reach = reach;
    this.#stale = grownUint8(this.#stale, capacity);
    this.#changed = grownUint8(this.#changed, capacity);
    this.#slotCapacity = capacity;
  }

}

/**
 * Sorts a change list in place. Most observers gain or lose one or two entities per tick, and
 * for such short lists an insertion sort is several times cheaper than a library sort (with a
 * comparator that showed up at ~4% of update() in the high-density profile).
 */
function sortAscending(list: ChangeList): void {
  const n = list.count;
  const ids = list.ids;
  if (n > 24) {
    ids.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const value = ids[i] ?? 0;
    let j = i - 1;
    while (j >= 0 && (ids[j] ?? 0) > value) {
      ids[j + 1] = ids[j] ?? 0;
      j--;
    }
    ids[j + 1] = value;
  }
}

function grownUint8(array: Uint8Array, length: number): Uint8Array<ArrayBuffer> {
  const grown = new Uint8Array(length);
  grown.set(array);
  return grown;
}
