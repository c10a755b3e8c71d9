/**
 * Spatial interest management (area of interest, AOI): which entities each observer (a player)
 * sees, recomputed incrementally once per tick. Pure and deterministic: no I/O, no clocks, no
 * randomness; the same sequence of calls gives the same results in the same order.
 *
 * Visibility rule, for observer O after an update() that recomputes it: an entity within
 * `viewRadius` of O is visible; one farther than `viewRadius + hysteresis` is not; one in
 * between keeps the status it had after the previous update(), so an entity walking along the
 * edge of view does not flicker. Distances are Euclidean, computed as `dx*dx + dy*dy` compared
 * with the squared radius, and the bounds are inclusive (an entity exactly at `viewRadius` is
 * visible).
 *
 * A view cap (`maxVisible`) bounds what one observer sees, and so what it is sent, in a crowd:
 * when more entities than the cap qualify by the rule above, O sees the `maxVisible` nearest,
 * where an entity O already saw counts as `hysteresis` nearer (it stays visible that much
 * farther out, so members of a crowd do not swap in and out of a full view as they jostle);
 * equal distances go to the lower id. Except for priorities ({@link InterestOptions.priorities}:
 * a player's target, what attacks it, its party): the observer's priority entities that qualify
 * by the rule above are seen first, whatever their distance, and the rest of the cap goes to the
 * nearest of the others; when the qualifying priority entities alone number more than the cap,
 * the `maxVisible` nearest of them are seen (same keys, same ties) and no other. Priorities are
 * asked, and matter, only for a view the cap cuts. A view the cap cut (saturated) is recomputed at every turn
 * of its observer, moving or not. An observer whose view is full and not saturated does not take
 * in an entity that comes within range between its recomputations; the entity waits for the
 * next one (its turn: at most `period` updates), which may let it displace one farther away.
 *
 * Which updates recompute O: with `period` 1 (the default), every one. With `period` p > 1, an
 * observer that moved waits for its turn (one update in p, staggered by its slot so each update
 * takes about 1 / p of the moving observers): until then its view is the one of its last
 * recomputation less the entities removed since, so it lags its movement (and the movement of
 * the entities near it) by at most p - 1 updates. Removals never lag: a removed entity leaves
 * every view in the update that follows its removal (a handle can be reused at once). An
 * observer whose view was empty after the last update (one just added, in particular) and one
 * that jumped more than `cellSize` since the last update do not wait, and an observer that did
 * not move follows the rule at every update. Engines commonly time-slice relevancy this way; at 1,000 walking players the full
 * recomputations were the largest part of the interest cost.
 *
 * How update() keeps cost proportional to activity, not population:
 * - An observer that moved (or was just added) is recomputed in full, on its turn: a scan of the
 *   cells within `viewRadius + hysteresis`. Cells entirely within `viewRadius` need no distance
 *   test.
 * - An observer that did not move can change its view only through entities that moved, spawned
 *   or despawned near it. Those are applied pair by pair: for each such entity, the unmoved
 *   observers near it (found in a second spatial hash that holds only observers) test that one
 *   entity. A quiet zone costs nothing; a crowd of idle players costs per mover, not per player.
 *   When most entities move, recomputing the unmoved observers too is cheaper than the pairs
 *   (see update()), and it is what update() does then (at once: it is the same result).
 * - An observer waiting for its turn gets no pair updates (its next recomputation scans
 *   everything near it); the entities removed since the last update are checked against its
 *   own set, since where they were says nothing about whether its lagging view holds them.
 * - Each observer's view is a dense id list (iteration) plus a small hash set of ids (O(1)
 *   membership), both sized to the view, not the zone. observersOf() is served from an inverse
 *   index (a set of observers per entity), built on first use and then kept up to date from
 *   each update's changes.
 * @module
 */
import { SpatialHash, grownFloat64, grownInt32 } from './spatial-hash.ts';
import { ObserverViews } from './observer-views.ts';
import type { ChangeBuffers } from './observer-views.ts';
import type { ViewPriorities } from './view-cap.ts';

/** Tuning of an {@link InterestGrid}; all distances in metres. */
export interface InterestOptions {
  /**
   * Edge of a spatial-hash cell. About half of `viewRadius` is a good choice: in
   * bench/aoi.bench.ts's sweep (50 m view) 20–32 m cells were best at both low and high density,
   * their order changing from run to run (differences ~10–25%, as large as the machine's noise);
   * 8 m cells were 1.3–1.9× slower than 25 m (more cells per view), 55 m cells ~1.5× slower at
   * high density (more distance tests outside the view circle).
   */
  readonly cellSize: number;
  /** Entities within this distance of an observer become visible to it. */
  readonly viewRadius: number;
  /** A visible entity stops being visible only beyond `viewRadius + hysteresis`. */
  readonly hysteresis: number;
  /**
   * Every how many updates a moving observer's view is recomputed (an integer >= 1; 1 when
   * omitted: at every update). With `period` p, an observer that moved is recomputed at the
   * first update that is its turn, one in p, staggered so each update takes about 1 / p of the
   * moving observers; its view lags its movement by at most p - 1 updates meanwhile (removals
   * never lag). A new observer and one that jumped more than `cellSize` since the last update
   * do not wait.
   */
  readonly period?: number;
  /**
   * Most entities one observer sees (a non-negative integer; 0 or absent: no cap). When more
   * qualify, the nearest are seen (see the visibility rule at the top of this module).
   */
  readonly maxVisible?: number;
  /**
   * What each observer keeps in view whatever the crowd when the cap cuts its view (see the
   * visibility rule); asked only then. None when omitted.
   */
  readonly priorities?: ViewPriorities;
}

/**
 * What changed in one observer's view at the last update(): entity ids in ascending order, as
 * read-only views of the grid's own buffers (do not write to them). An id is in both lists
 * only when that handle was removed and inserted again between two updates (the old entity
 * left, a new one entered): apply `left` before `entered`.
 */
export interface VisibilityChanges {
  /** Entities that became visible. */
  readonly entered: Int32Array;
  /** Entities that stopped being visible (including removed ones). */
  readonly left: Int32Array;
}

/** Largest entity id accepted: ids index typed arrays and must fit an int32. */
export const MAX_ENTITY_ID = 0x7fffffff;

/** Entity state since the last update(), by id. */
const STILL = 0;
const MOVED = 1;
const SPAWNED = 2;

/** Empty answer for ids that are not observers / not held. */
const NO_IDS = new Int32Array(0);

/**
 * The AOI structure of one zone. Entity ids are zone-local handles: small non-negative integers
 * (per-entity arrays are as long as the largest id, about 100 bytes per id in all; views take
 * memory in proportion to what observers see).
 *
 * Coordinates may be negative; they must be finite with magnitude at most `cellSize × 2^30`
 * (so cell coordinates fit an int32). Invalid ids, coordinates or options throw a RangeError;
 * misuse (duplicate insert, unknown id) throws an Error.
 */
export class InterestGrid {
  readonly #entities: SpatialHash;
  readonly #observerHash: SpatialHash;
  readonly #views: ObserverViews;
  readonly #radius: number;
  readonly #outerRadius: number;
  readonly #maxCoordinate: number;
  readonly #period: number;
  /** cellSize²: an observer that moves farther than a cell between updates is recomputed at once. */
  readonly #jump2: number;
  /** Updates done: whose turn it is. */
  #turn = 0;

  /** STILL / MOVED / SPAWNED, by id. */
  #state = new Uint8Array(0);
  /** Position at the last update() of entities that MOVED since, by id. */
  #prevX = new Float64Array(0);
  #prevY = new Float64Array(0);
  /** Ids that MOVED or SPAWNED since the last update() (may repeat; processing is idempotent). */
  #movers = new Int32Array(64);
  #moverCount = 0;
  /** Entities that existed at the last update() and were removed since: id and position then. */
  #removedIds: number[] = [];
  #removedX: number[] = [];
  #removedY: number[] = [];

  #cellScratch = new Int32Array(0);
  #innerScratch = new Uint8Array(0);
  #order = new Int32Array(0);

  /** @param options cell size, view radius, hysteresis, period and view cap; validated. */
  constructor(options: InterestOptions) {
    const { cellSize, viewRadius, hysteresis, period = 1, maxVisible = 0, priorities } = options;
    if (!(cellSize > 0 && Number.isFinite(cellSize))) throw new RangeError(`cellSize must be a positive finite number, got ${cellSize}`);
    if (!(viewRadius >= 0 && Number.isFinite(viewRadius))) throw new RangeError(`viewRadius must be a finite number >= 0, got ${viewRadius}`);
    if (!(hysteresis >= 0 && Number.isFinite(hysteresis))) throw new RangeError(`hysteresis must be a finite number >= 0, got ${hysteresis}`);
    if (!(Number.isSafeInteger(period) && period >= 1)) throw new RangeError(`period must be an integer >= 1, got ${period}`);
    if (!(Number.isSafeInteger(maxVisible) && maxVisible >= 0)) throw new RangeError(`maxVisible must be an integer >= 0, got ${maxVisible}`);
    this.#period = period;
    this.#jump2 = cellSize * cellSize;
    this.#radius = viewRadius;
    this.#outerRadius = viewRadius + hysteresis;
    this.#maxCoordinate = cellSize * 2 ** 30;
    this.#entities = new SpatialHash(cellSize);
    this.#observerHash = new SpatialHash(cellSize);
    this.#views = new ObserverViews(viewRadius, this.#outerRadius, maxVisible, priorities);
  }

  /** Number of entities in the grid. */
  get size(): number {
    return this.#entities.size;
  }

  /** Number of observers. */
  get observerCount(): number {
    return this.#views.count;
  }

  /** Whether the id is an entity in the grid. */
  has(id: number): boolean {
    return Number.isInteger(id) && id >= 0 && this.#entities.contains(id);
  }

  /** Whether the entity is an observer. */
  isObserver(id: number): boolean {
    return this.has(id) && this.#views.slotOf(id) >= 0;
  }

  /** Adds an entity at (x, y). Throws if the id is already in the grid. */
  insert(id: number, x: number, y: number): void {
    this.#checkId(id);
    this.#checkPosition(x, y);
    if (this.#entities.contains(id)) throw new Error(`entity ${id} is already in the grid`);
    this.#entities.insert(id, x, y);
    const capacity = this.#entities.cellOf.length;
    if (this.#state.length < capacity) {
      this.#state = grownUint8(this.#state, capacity);
      this.#prevX = grownFloat64(this.#prevX, capacity);
      this.#prevY = grownFloat64(this.#prevY, capacity);
      this.#views.ensureEntityCapacity(capacity);
    }
    this.#state[id] = SPAWNED;
    this.#pushMover(id);
  }

  /** Moves an entity to (x, y). Throws if the id is not in the grid. */
  move(id: number, x: number, y: number): void {
    this.#checkPosition(x, y);
    if (!this.has(id)) throw new Error(`entity ${id} is not in the grid`);
    const entities = this.#entities;
    if (entities.x[id] === x && entities.y[id] === y) return;
    if (this.#state[id] === STILL) {
      this.#state[id] = MOVED;
      this.#prevX[id] = entities.x[id] ?? 0;
      this.#prevY[id] = entities.y[id] ?? 0;
      this.#pushMover(id);
    }
    entities.move(id, x, y);
    const slot = this.#views.slotOf(id);
    if (slot >= 0) {
      this.#observerHash.move(id, x, y);
      if (this.#period > 1 && this.#state[id] === MOVED && this.#jumped(id, x, y)) this.#views.markUrgent(slot);
      else this.#views.markFull(slot);
    }
  }

  /**
   * Removes an entity. It leaves every observer's visible set at once (and is reported in their
   * `left` at the next update()); if it was an observer, it stops being one.
   */
  remove(id: number): void {
    if (!this.has(id)) throw new Error(`entity ${id} is not in the grid`);
    if (this.#views.slotOf(id) >= 0) this.removeObserver(id);
    const entities = this.#entities;
    const state = this.#state[id];
    if (state !== SPAWNED) {
      // Existed at the last update(), so observers may see it: they are near where it was then.
      this.#removedIds.push(id);
      this.#removedX.push(state === MOVED ? (this.#prevX[id] ?? 0) : (entities.x[id] ?? 0));
      this.#removedY.push(state === MOVED ? (this.#prevY[id] ?? 0) : (entities.y[id] ?? 0));
      this.#views.markRemoved(id);
    }
    this.#state[id] = STILL;
    entities.remove(id);
  }

  /**
   * Makes an entity an observer. It sees from its own position, never sees itself, and its
   * visible set starts empty and fills at the next update() (whatever the period). Throws if
   * the id is not in the grid or is already an observer.
   */
  addObserver(id: number): void {
    if (!this.has(id)) throw new Error(`entity ${id} is not in the grid`);
    if (this.#views.slotOf(id) >= 0) throw new Error(`entity ${id} is already an observer`);
    this.#views.add(id);
    this.#observerHash.insert(id, this.#entities.x[id] ?? 0, this.#entities.y[id] ?? 0);
  }

  /** Stops an entity being an observer; its view and pending changes are dropped. Throws if it is not one. */
  removeObserver(id: number): void {
    if (!this.isObserver(id)) throw new Error(`entity ${id} is not an observer`);
    this.#views.remove(id);
    this.#observerHash.remove(id);
  }

  /**
   * Recomputes every observer's view from the moves, spawns and despawns since the previous
   * update(), but for the moving observers whose turn it is not (see
   * {@link InterestOptions.period}): those keep their views, less the removed entities.
   * Afterwards changesFor() reports what changed.
   */
  update(): void {
    const views = this.#views;
    views.beginUpdate();
    // Pair updates cost about (movers × observers near each), a full recomputation of the
    // observers that did not move about (those observers × entities near each); at equal
    // density "near" is the same area, so when most entities move (a crowd of walkers) the
    // recomputation is the cheaper way to the same views. Both give the same answer.
    const unmoved = views.count - views.scheduled;
    if (unmoved > 0 && unmoved * this.#entities.size < this.#moverCount * views.count) views.markAllFull();
    const full = views.takeFullSlots(this.#turn++, this.#period);
    if (full.count > 0) this.#reserveCells(this.#entities, this.#outerRadius);
    if (full.count * 8 >= views.count) {
      // Many to recompute: go in spatial order, so neighbours share cells still in cache
      // (measured: flattens the cost per moved entity as the zone grows).
      const order = this.#orderScratch(views.count);
      const n = this.#observerHash.idsInCellOrder(order);
      for (let k = 0; k < n; k++) {
        const observer = order[k] ?? 0;
        const slot = views.slotOf(observer);
        if (views.isRecomputing(slot)) this.#recompute(slot, observer);
      }
    } else {
      for (let k = 0; k < full.count; k++) {
        const slot = full.slots[k] ?? 0;
        this.#recompute(slot, views.observerAt(slot));
      }
    }
    views.applyRemovalsToDeferred();
    // Pair updates only for the observers neither recomputed nor deferred, if any.
    if (views.count > full.count + views.deferred) this.#applyToUnmovedObservers();
    views.endUpdate();
    const state = this.#state;
    for (let k = 0; k < this.#moverCount; k++) state[this.#movers[k] ?? 0] = STILL;
    this.#moverCount = 0;
    this.#removedIds.length = 0;
    this.#removedX.length = 0;
    this.#removedY.length = 0;
  }

  /**
   * The changes to an observer's view made by the last update(); empty for an id that is not an
   * observer. The arrays are reused: they are valid until the next update() or until the
   * observer is removed; copy them to keep them longer.
   */
  changesFor(observer: number): VisibilityChanges {
    return this.#views.changesFor(this.has(observer) ? observer : -1);
  }

  /**
   * What {@link InterestGrid.changesFor} returns, for code that asks for every observer every
   * tick: fills `out` with the grid's own buffers and how many entries of each are the lists,
   * and returns it; no object is made per call. Same validity as changesFor().
   */
  changesInto(observer: number, out: ChangeBuffers): ChangeBuffers {
    return this.#views.changesInto(this.has(observer) ? observer : -1, out);
  }

  /**
   * The entities an observer currently sees, as a read-only view (do not write to it) onto the
   * grid's own list: no copy, valid until the next mutating call. The order is unspecified but
   * deterministic. Empty for an id that is not an observer. For membership use isVisible().
   */
  visibleTo(observer: number): Int32Array {
    return this.has(observer) ? this.#views.visibleTo(observer) : NO_IDS;
  }

  /**
   * What {@link InterestGrid.visibleTo} returns, for code that asks for every observer every
   * tick: the first `visibleCount(observer)` entries of the returned buffer, which is the grid's
   * own (read only), with no view object made per call. Valid until the next mutating call.
   * Unlike visibleTo(), it is not filtered: while removals are pending (between a remove() and
   * the next update()) it still lists the removed entities the observer saw, so skip ids that
   * no longer name an entity (the frame builder serving players between updates does; a zone
   * reuses a handle only long after every observer was told it left).
   */
  visibleBuffer(observer: number): Int32Array {
    return this.has(observer) ? this.#views.listOf(observer) : NO_IDS;
  }

  /** How many entries of {@link InterestGrid.visibleBuffer} are the observer's view. */
  visibleCount(observer: number): number {
    return this.has(observer) ? this.#views.listLengthOf(observer) : 0;
  }

  /** Whether `observer` currently sees entity `id` (O(1)). */
  isVisible(observer: number, id: number): boolean {
    return this.has(observer) && this.has(id) && this.#views.isVisible(observer, id);
  }

  /**
   * The observers that currently see entity `id`, ascending, as a new array. The first call
   * builds the inverse index in O(visible pairs); from then on every update keeps it up to date
   * at O(1) per change, and a call costs O(k log k) for k observers.
   */
  observersOf(id: number): Int32Array {
    return this.has(id) ? this.#views.observersOf(id) : NO_IDS;
  }

  /**
   * Writes the ids of the entities in `id`'s cell (itself included) to `out` (room for
   * {@link InterestGrid.size} ids is always enough) in the order a full recomputation lists
   * them, and returns how many; 0 for an id not in the grid. Work laid out cell by cell in
   * this order is read by recomputed views in long contiguous runs.
   */
  entitiesInCellOf(id: number, out: Int32Array): number {
    return this.has(id) ? this.#entities.idsInCellOf(id, out) : 0;
  }

  /**
   * Clears `out`, fills it with the ids of all entities within `radius` of (x, y) (inclusive),
   * ascending, and returns it.
   */
  queryRadius(x: number, y: number, radius: number, out: number[]): number[] {
    this.#checkPosition(x, y);
    if (!(radius >= 0 && Number.isFinite(radius))) throw new RangeError(`radius must be a finite number >= 0, got ${radius}`);
    out.length = 0;
    const entities = this.#entities;
    this.#reserveCells(entities, radius);
    const cells = this.#cellScratch;
    const inner = this.#innerScratch;
    const cellCount = entities.cellsNear(x, y, radius, radius, cells, inner);
    const r2 = radius * radius;
    for (let k = 0; k < cellCount; k++) {
      const g = cells[k] ?? 0;
      const ids = entities.chunkIds[g >> 8] ?? NO_IDS;
      const pos = entities.chunkPos[g >> 8] ?? new Float64Array(0);
      const start = entities.cellStart[g] ?? 0;
      const end = start + (entities.cellCount[g] ?? 0);
      const all = inner[k] === 1;
      for (let i = start; i < end; i++) {
        const dx = (pos[2 * i] ?? 0) - x;
        const dy = (pos[2 * i + 1] ?? 0) - y;
        if (all || dx * dx + dy * dy <= r2) out.push(ids[i] ?? 0);
      }
    }
    return out.sort(ascending);
  }

  /** Full recomputation of one observer's view: a scan of the cells near it. */
  #recompute(slot: number, observer: number): void {
    const entities = this.#entities;
    const views = this.#views;
    const x = entities.x[observer] ?? 0;
    const y = entities.y[observer] ?? 0;
    const cells = this.#cellScratch;
    const inner = this.#innerScratch;
    views.beginRecompute(slot, observer);
    // A view the cap cut needs only its nearest: in a dense crowd they lie well inside the
    // outer radius, and when the nearer reach does not hold them for sure, the rest is scanned.
    const reach = views.reachOf(slot);
    if (reach < this.#outerRadius) {
      const near = entities.cellsNear(x, y, reach, Math.min(reach, this.#radius), cells, inner);
      views.scan(x, y, entities, cells, inner, near, reach, false);
      if (!views.reachHolds(x, y, entities, reach)) {
        const all = entities.cellsNear(x, y, this.#outerRadius, this.#radius, cells, inner);
        views.scan(x, y, entities, cells, inner, all, this.#outerRadius, true);
      }
    } else {
      const all = entities.cellsNear(x, y, this.#outerRadius, this.#radius, cells, inner);
      views.scan(x, y, entities, cells, inner, all, this.#outerRadius, false);
    }
    views.finishRecompute(x, y, entities);
  }

  /**
   * Applies despawns, then moves and spawns, to the observers that did not move: each changed
   * entity is tested against the unmoved observers near it.
   */
  #applyToUnmovedObservers(): void {
    const views = this.#views;
    const observerHash = this.#observerHash;
    const entities = this.#entities;
    // The largest radius asked below: outer + jump, with jump <= cellSize.
    this.#reserveCells(observerHash, this.#outerRadius + observerHash.cellSize);
    const cells = this.#cellScratch;
    const inner = this.#innerScratch;
    const outer = this.#outerRadius;
    for (let k = 0; k < this.#removedIds.length; k++) {
      const id = this.#removedIds[k] ?? 0;
      const n = observerHash.cellsNear(this.#removedX[k] ?? 0, this.#removedY[k] ?? 0, outer, 0, cells, inner);
      views.applyRemoval(id, observerHash, cells, n);
    }
    const state = this.#state;
    // Many movers: take them in spatial order (see update()); few: straight from the list.
    const spatial = this.#moverCount * 16 >= entities.size;
    const movers = spatial ? this.#orderScratch(entities.size) : this.#movers;
    const moverCount = spatial ? entities.idsInCellOrder(movers) : this.#moverCount;
    for (let k = 0; k < moverCount; k++) {
      const id = movers[k] ?? 0;
      const s = state[id];
      if (s === STILL || !entities.contains(id)) continue;
      const x = entities.x[id] ?? 0;
      const y = entities.y[id] ?? 0;
      let jump = 0;
      if (s === MOVED) {
        const dx = x - (this.#prevX[id] ?? 0);
        const dy = y - (this.#prevY[id] ?? 0);
        jump = Math.sqrt(dx * dx + dy * dy);
      }
      if (jump <= observerHash.cellSize) {
        // Observers that may see it now (within outer) or saw it before (within outer of the
        // old position, so within outer + jump of the new one).
        const n = observerHash.cellsNear(x, y, outer + jump, 0, cells, inner);
        views.applyMove(id, x, y, observerHash, cells, n);
      } else {
        // A teleport: those near the old position, then those near the new one. Testing an
        // observer twice is harmless: the pair rule is idempotent.
        let n = observerHash.cellsNear(this.#prevX[id] ?? 0, this.#prevY[id] ?? 0, outer, 0, cells, inner);
        views.applyMove(id, x, y, observerHash, cells, n);
        n = observerHash.cellsNear(x, y, outer, 0, cells, inner);
        views.applyMove(id, x, y, observerHash, cells, n);
      }
    }
  }

  /** Whether a MOVED entity now at (x, y) is more than a cell from where it was at the last update(). */
  #jumped(id: number, x: number, y: number): boolean {
    const dx = x - (this.#prevX[id] ?? 0);
    const dy = y - (this.#prevY[id] ?? 0);
    return dx * dx + dy * dy > this.#jump2;
  }

  /** Makes the cell scratch arrays large enough for a cellsNear() of this radius on `hash`. */
  #reserveCells(hash: SpatialHash, radius: number): void {
    const needed = hash.maxCellsNear(radius);
    if (needed <= this.#cellScratch.length) return;
    const length = Math.max(needed, this.#cellScratch.length * 2);
    this.#cellScratch = new Int32Array(length);
    this.#innerScratch = new Uint8Array(length);
  }

  /** A scratch array with room for `n` ids. */
  #orderScratch(n: number): Int32Array {
    if (this.#order.length < n) this.#order = new Int32Array(Math.max(n, this.#order.length * 2));
    return this.#order;
  }

  #pushMover(id: number): void {
    if (this.#moverCount === this.#movers.length) this.#movers = grownInt32(this.#movers, this.#moverCount * 2);
    this.#movers[this.#moverCount++] = id;
  }

  #checkId(id: number): void {
    if (!Number.isInteger(id) || id < 0 || id > MAX_ENTITY_ID) throw new RangeError(`entity id must be an integer in [0, ${MAX_ENTITY_ID}], got ${id}`);
  }

  #checkPosition(x: number, y: number): void {
    const max = this.#maxCoordinate;
    if (!(Math.abs(x) <= max && Math.abs(y) <= max)) throw new RangeError(`coordinates must be finite with magnitude <= ${max}, got (${x}, ${y})`);
  }
}

function ascending(a: number, b: number): number {
  return a - b;
}

function grownUint8(array: Uint8Array, length: number): Uint8Array<ArrayBuffer> {
  const grown = new Uint8Array(length);
  grown.set(array);
  return grown;
}
