/**
 * A set of entity ids as an open-addressing hash table in an Int32Array (linear probing,
 * backward-shift deletion, no tombstones). One per observer holds what it sees: memory and the
 * cost of a lookup follow the size of that observer's view, not the zone's population (a bitset
 * per observer would take one bit per id in the zone, and its rows stop fitting in cache as the
 * zone grows: measured in bench/aoi.bench.ts's scaling series).
 * @module
 */

const EMPTY = -1;
const MIN_CAPACITY = 16;

/** Table slot where an id starts probing: Fibonacci hashing of the id, high bits folded down. */
function home(id: number, mask: number): number {
  const h = Math.imul(id, 0x9e3779b1);
  return (h ^ (h >>> 15)) & mask;
}

/** A growable set of non-negative int32 ids, kept at most half full. */
export class IdSet {
  /** The table: ids or -1; its length is a power of two. */
  table: Int32Array = new Int32Array(MIN_CAPACITY).fill(EMPTY);
  /** Number of ids held. */
  size = 0;

  /** Whether `id` is in the set. */
  has(id: number): boolean {
    const table = this.table;
    const mask = table.length - 1;
    for (let i = home(id, mask); ; i = (i + 1) & mask) {
      const value = table[i] ?? EMPTY;
      if (value === id) return true;
      if (value === EMPTY) return false;
    }
  }

  /** Adds `id`; returns false if it was already there. */
  add(id: number): boolean {
    if ((this.size + 1) * 2 > this.table.length) this.#resize(this.table.length * 2);
    const table = this.table;
    const mask = table.length - 1;
    for (let i = home(id, mask); ; i = (i + 1) & mask) {
      const value = table[i] ?? EMPTY;
      if (value === id) return false;
      if (value === EMPTY) {
        table[i] = id;
        this.size++;
        return true;
      }
    }
  }

  /** Removes `id`; returns false if it was not there. */
  delete(id: number): boolean {
    const table = this.table;
    const mask = table.length - 1;
    let i = home(id, mask);
    for (;;) {
      const value = table[i] ?? EMPTY;
      if (value === EMPTY) return false;
      if (value === id) break;
      i = (i + 1) & mask;
    }
    // Backward-shift: pull later entries of the probe run into the hole when their home allows.
    let hole = i;
    for (let j = (i + 1) & mask; ; j = (j + 1) & mask) {
      const value = table[j] ?? EMPTY;
      if (value === EMPTY) break;
      const h = home(value, mask);
      // Move `value` into the hole unless its home lies cyclically in (hole, j].
      const homeInRange = hole <= j ? h > hole && h <= j : h > hole || h <= j;
      if (!homeInRange) {
        table[hole] = value;
        hole = j;
      }
    }
    table[hole] = EMPTY;
    this.size--;
    if (this.size * 8 < table.length && table.length > MIN_CAPACITY) this.#resize(table.length / 2);
    return true;
  }

  /** Removes every id, keeping at most a small table. */
  clear(): void {
    if (this.table.length > MIN_CAPACITY) this.table = new Int32Array(MIN_CAPACITY).fill(EMPTY);
    else this.table.fill(EMPTY);
    this.size = 0;
  }

  #resize(capacity: number): void {
    const old = this.table;
    const table = new Int32Array(Math.max(MIN_CAPACITY, capacity)).fill(EMPTY);
    const mask = table.length - 1;
    for (const id of old) {
      if (id === EMPTY) continue;
      let i = home(id, mask);
      while (table[i] !== EMPTY) i = (i + 1) & mask;
      table[i] = id;
    }
    this.table = table;
  }
}
