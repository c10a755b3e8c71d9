/**
 * The choice a view cap makes when more entities qualify for an observer's view than it may
 * hold: the `cap` with the smallest keys (the interest grid's key is the distance, less the
 * hysteresis for entities already in view), ties going to the lower id, so the choice is
 * deterministic. Linear on average (a selection, not a sort): a capped observer in a crowd of
 * thousands picks its nearest every time it is recomputed.
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
    if (this.#work.length < n) this.#work = new Float64Array(Math.max(n, this.#work.length * 2));
    const work = this.#work;
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
    // Keys equal to the threshold fill what is left, lowest ids first (floats rarely tie).
    const room = cap - below;
    if (ties.length > room) ties.sort((a, b) => (ids[a] ?? 0) - (ids[b] ?? 0));
    for (let t = 0; t < room; t++) chosen[ties[t] ?? 0] = 1;
    return threshold;
  }
}
