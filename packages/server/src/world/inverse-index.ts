/**
 * Who sees an entity: the inverse of every observer's visible list, as one {@link IdSet} of
 * observers per entity, kept up to date from the views' changes (each update's entered and
 * left lists, an observer's removal, an entity's removal) at O(1) per change.
 *
 * It costs nothing until the first question: a zone whose systems never ask who sees an entity
 * (replication walks the views, not the inverse) never builds it. The first observersOf() builds
 * it from the views in O(visible pairs); from then on it follows the changes. (It used to be
 * rebuilt from all the views after every update in which anything changed: the NPC AI asks
 * about its NPCs every tick, so a live server paid O(visible pairs) per tick for a few dozen
 * answers, 5% of its CPU with 1,000 players in one view.)
 * @module
 */
import { IdSet } from './id-set.ts';

const NO_IDS = new Int32Array(0);

/** The observers of each entity, once asked for; follows the views' changes from then on. */
export class InverseIndex {
  #active = false;
  /** By entity id: the observers that see it (undefined: none yet). */
  readonly #observers: (IdSet | undefined)[] = [];

  /** Whether the index is built and being kept up to date (false until the first question). */
  get active(): boolean {
    return this.#active;
  }

  /**
   * Builds the index: observer `o` (slot `slotOfId[o]`, -1 if none) sees the first
   * `listLength[slot]` ids of `lists[slot]`, except ids marked in `removed`.
   */
  build(slotOfId: Int32Array, lists: readonly Int32Array[], listLength: Int32Array, removed: Uint8Array): void {
    for (let observer = 0; observer < slotOfId.length; observer++) {
      const slot = slotOfId[observer] ?? -1;
      if (slot < 0) continue;
      const list = lists[slot] ?? NO_IDS;
      const n = listLength[slot] ?? 0;
      for (let i = 0; i < n; i++) {
        const e = list[i] ?? 0;
        if (removed[e] !== 1) this.#setOf(e).add(observer);
      }
    }
    this.#active = true;
  }

  /** `observer` started seeing `id`. */
  entered(observer: number, id: number): void {
    this.#setOf(id).add(observer);
  }

  /** `observer` stopped seeing `id`. */
  left(observer: number, id: number): void {
    this.#observers[id]?.delete(observer);
  }

  /** Entity `id` was removed: nobody sees it (nor a new entity that takes its id before it is seen). */
  forget(id: number): void {
    this.#observers[id]?.clear();
  }

  /** The observers of `id`, ascending, as a new array. Precondition: active. */
  observersOf(id: number): Int32Array {
    const set = this.#observers[id];
    if (set === undefined || set.size === 0) return NO_IDS;
    const out = new Int32Array(set.size);
    let n = 0;
    for (const observer of set.table) if (observer >= 0) out[n++] = observer;
    return out.sort();
  }

  #setOf(id: number): IdSet {
    let set = this.#observers[id];
    if (set === undefined) {
      set = new IdSet();
      this.#observers[id] = set;
    }
    return set;
  }
}
