/**
 * A bounded cache of tile paths, least recently used first out. The collision grid never changes
 * while a zone runs, so a cached path never goes stale; the bound only caps memory.
 * @module
 */

/** Tile paths by (start tile, goal tile). */
export class PathCache {
  readonly #capacity: number;
  readonly #tiles: number;
  /** Map iteration order is insertion order: the first key is the least recently used. */
  readonly #paths = new Map<number, Int32Array>();

  /**
   * @param capacity - paths kept at most (0 turns caching off)
   * @param tiles - the grid's tile count
   */
  constructor(capacity: number, tiles: number) {
    this.#capacity = capacity;
    this.#tiles = tiles;
  }

  /** Paths held. */
  get size(): number {
    return this.#paths.size;
  }

  /** The cached path between two tiles (indices row × columns + col), marking it recently used. */
  get(start: number, goal: number): Int32Array | undefined {
    const key = start * this.#tiles + goal;
    const path = this.#paths.get(key);
    if (path === undefined) return undefined;
    this.#paths.delete(key);
    this.#paths.set(key, path);
    return path;
  }

  /** Stores a path, evicting the least recently used one when full. */
  set(start: number, goal: number, path: Int32Array): void {
    if (this.#capacity === 0) return;
    const key = start * this.#tiles + goal;
    this.#paths.delete(key);
    this.#paths.set(key, path);
    if (this.#paths.size > this.#capacity) {
      const oldest = this.#paths.keys().next();
      if (oldest.done !== true) this.#paths.delete(oldest.value);
    }
  }
}
