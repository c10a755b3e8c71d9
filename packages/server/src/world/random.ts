/**
 * Seeded randomness for the simulation. A zone draws every random number from its own
 * generator, so the same seed and inputs replay to the same state.
 * @module
 */

/** A deterministic pseudo-random generator (mulberry32: 32-bit state, fast, good enough for games). */
export class SeededRandom {
  #state: number;

  /** @param seed - any 32-bit integer */
  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, bound). */
  below(bound: number): number {
    return Math.floor(this.next() * bound);
  }

  /** The generator's state, for snapshots and hashes. */
  get state(): number {
    return this.#state;
  }
}
