/**
 * The choice a view cap makes when more entities qualify for an observer's view than it may
 * hold: the `cap` with the smallest keys (the interest grid's key is the distance, less the
 * hysteresis for entities already in view), ties going to the lower id, so the choice is
 * deterministic. Linear on average (a selection, not a sort): a capped observer in a crowd of
 * thousands picks its nearest every time it is recomputed. Entries may have priority (what a
 * player must see whatever the crowd: its target, what attacks it, its party): those are kept
 * first, and the rest of the cap goes to the nearest others.
 * @module
 */

/**
 * The k-th smallest (0-based) of the first `n` values of `values`, which it reorders (Hoare's
 * selection: each round partitions around a middle pivot and keeps the side holding k).
 */
function kthSmallest(values: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1] ?? 0;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] ?? 0) < pivot) i++;
      while ((values[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const swap = values[i] ?? 0;
        values[i] = values[j] ?? 0;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return values[k] ?? 0;
}

/** Chooses the nearest entities for a capped view; reuses its buffers from call to call. */
export class ViewCap {
  #work = new Float64Array(64);
  #ties: number[] = [];

  /**
   * Marks in `chosen` (1 chosen, 0 not) which of the first `n` entries to keep: the `cap` with
   * the smallest `keys[i]`, ties broken by the lower `ids[i]`, and returns the largest key
   * chosen. Needs `n > cap > 0`; the keys must not be NaN.
   */
  choose(keys: Float64Array, ids: Int32Array, n: number, cap: number, chosen: Uint8Array): number {
    const work = this.#workFor(n);
    for (let i = 0; i < n; i++) work[i] = keys[i] ?? 0;
    const threshold = kthSmallest(work, n, cap - 1);
    let below = 0;
    const ties = this.#ties;
    ties.length = 0;
    for (let i = 0; i < n; i++) {
      const key = keys[i] ?? 0;
      if (key < threshold) {
        chosen[i] = 1;
        below++;
      } else {
        chosen[i] = 0;
        if (key === threshold) ties.push(i);
      }
    }
    this.#fillTies(ids, cap - below, chosen);
    return threshold;
  }

  /**
   * The choice of {@link ViewCap.choose} when some entries have priority (`priority[i]` 1): with
   * `priorities` (how many entries have it) below the cap, every priority entry is kept and the
   * rest of the cap goes to the others by key (ties to the lower id); with `priorities` at or
   * above the cap, the `cap` priority entries with the smallest keys are kept and no other.
   * Returns the largest key chosen among the entries without priority, -Infinity when none is.
   * Needs `n > cap > 0`; the keys must not be NaN.
   */
  chooseWithPriorities(keys: Float64Array, ids: Int32Array, n: number, cap: number, chosen: Uint8Array, priority: Uint8Array, priorities: number): number {
    if (priorities >= cap) {
      this.#select(keys, ids, n, cap, chosen, priority, 1);
      return Number.NEGATIVE_INFINITY;
    }
    const threshold = this.#select(keys, ids, n, cap - priorities, chosen, priority, 0);
    for (let i = 0; i < n; i++) if (priority[i] === 1) chosen[i] = 1;
    return threshold;
  }

  /**
   * Marks the `cap` entries with the smallest keys among those whose `only` flag equals `value`,
   * ties to the lower id; the others get 0. Returns the largest key chosen. (The loops of
   * {@link ViewCap.choose} with a filter: kept apart so the cap without priorities, the common
   * case, does not test one per entry.)
   */
  #select(keys: Float64Array, ids: Int32Array, n: number, cap: number, chosen: Uint8Array, only: Uint8Array, value: number): number {
    const work = this.#workFor(n);
    let m = 0;
    for (let i = 0; i < n; i++) if (only[i] === value) work[m++] = keys[i] ?? 0;
    const threshold = kthSmallest(work, m, cap - 1);
    let below = 0;
    const ties = this.#ties;
    ties.length = 0;
    for (let i = 0; i < n; i++) {
      const key = keys[i] ?? 0;
      if (only[i] !== value) {
        chosen[i] = 0;
      } else if (key < threshold) {
        chosen[i] = 1;
        below++;
      } else {
        chosen[i] = 0;
        if (key === threshold) ties.push(i);
      }
    }
    this.#fillTies(ids, cap - below, chosen);
    return threshold;
  }

  /** Keys equal to the threshold (in the tie list) fill the `room` left, lowest ids first (floats rarely tie). */
  #fillTies(ids: Int32Array, room: number, chosen: Uint8Array): void {
    const ties = this.#ties;
    if (ties.length > room) ties.sort((a, b) => (ids[a] ?? 0) - (ids[b] ?? 0));
    for (let t = 0; t < room; t++) chosen[ties[t] ?? 0] = 1;
  }

  /** The work buffer, with room for `n` keys. */
  #workFor(n: number): Float64Array {
    if (this.#work.length < n) this.#work = new Float64Array(Math.max(n, this.#work.length * 2));
    return this.#work;
  }
}

/**
 * Which entities an observer must keep in view when the cap cuts its view (a player's target,
 * what attacks it, its party): they are kept first, and the rest of the cap goes to the nearest
 * others (see {@link ViewCap.chooseWithPriorities}). Asked only for views the cap cuts, during
 * the interest update, so a zone whose views never fill pays nothing for it.
 */
export interface ViewPriorities {
  /**
   * Appends to `out` (empty when called) the ids of the entities `observer` must see whatever
   * the crowd. Ids not in the grid, repeats and the observer itself are ignored; a priority
   * entity still has to qualify for the view by distance.
   */
  prioritiesOf(observer: number, out: number[]): void;
}
