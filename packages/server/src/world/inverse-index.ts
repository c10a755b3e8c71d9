/**
 * Who sees an entity: the inverse of every observer's visible list, as compressed sparse rows
 * (one flat array of observer ids grouped by entity). Built in O(visible pairs + largest id) by
 * a counting sort, lazily: replication asks observersOf() for every changed entity after each
 * update, so one build serves the whole tick, and nothing is paid when nobody asks. Keeping the
 * inverse up to date on every enter and leave instead would need the position of each pair in
 * its entity's row, which costs a hash entry per visible pair.
 * @module
 */

const NO_IDS = new Int32Array(0);

/** The observers of each entity, ascending, valid until invalidate(). */
export class InverseIndex {
  #valid = false;
  #start = new Int32Array(0);
  #length = new Int32Array(0);
  #flat = new Int32Array(0);

  /** Whether the rows reflect the current views. */
  get valid(): boolean {
    return this.#valid;
  }

  /** Marks the rows stale; the next read rebuilds them. */
  invalidate(): void {
    this.#valid = false;
  }

  /** Empties one entity's row (it was removed), keeping the others valid. */
  forget(id: number): void {
    if (this.#valid && id < this.#length.length) this.#length[id] = 0;
  }

  /** The row of `id`: a view onto the index, valid until the next build. Precondition: valid. */
  observersOf(id: number): Int32Array {
    if (id >= this.#length.length) return NO_IDS;
    const start = this.#start[id] ?? 0;
    return this.#flat.subarray(start, start + (this.#length[id] ?? 0));
  }

  /**
   * Rebuilds the rows from the views: observer `o` (slot `slotOfId[o]`, -1 if none) sees the
   * first `listLength[slot]` ids of `lists[slot]`, except ids marked in `removed`.
   */
  build(capacity: number, slotOfId: Int32Array, lists: readonly Int32Array[], listLength: Int32Array, removed: Uint8Array): void {
    if (this.#length.length < capacity) {
      this.#length = new Int32Array(capacity);
      this.#start = new Int32Array(capacity);
    }
    const length = this.#length;
    const start = this.#start;
    length.fill(0);
    let total = 0;
    for (let observer = 0; observer < capacity; observer++) {
      const slot = slotOfId[observer] ?? -1;
      if (slot < 0) continue;
      const list = lists[slot] ?? NO_IDS;
      const n = listLength[slot] ?? 0;
      for (let i = 0; i < n; i++) {
        const e = list[i] ?? 0;
        if (removed[e] === 1) continue;
        length[e] = (length[e] ?? 0) + 1;
        total++;
      }
    }
    let offset = 0;
    for (let e = 0; e < length.length; e++) {
      start[e] = offset;
      offset += length[e] ?? 0;
      length[e] = 0;
    }
    if (this.#flat.length < total) this.#flat = new Int32Array(Math.max(total, this.#flat.length * 2));
    const flat = this.#flat;
    // Observers in ascending id, so each row comes out ascending.
    for (let observer = 0; observer < capacity; observer++) {
      const slot = slotOfId[observer] ?? -1;
      if (slot < 0) continue;
      const list = lists[slot] ?? NO_IDS;
      const n = listLength[slot] ?? 0;
      for (let i = 0; i < n; i++) {
        const e = list[i] ?? 0;
        if (removed[e] === 1) continue;
        const at = length[e] ?? 0;
        flat[(start[e] ?? 0) + at] = observer;
        length[e] = at + 1;
      }
    }
    this.#valid = true;
  }
}
