/**
 * The fuzzer's seeded random numbers: the same seed gives the same inputs, so a finding can
 * be reproduced with `--seed`.
 * @module
 */

/** A small, fast seeded generator (sfc32) with the helpers the mutators need. */
export class FuzzRandom {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  /** @param seed - any 32-bit integer */
  constructor(seed: number) {
    this.#a = 0x9e3779b9;
    this.#b = 0x243f6a88;
    this.#c = 0xb7e15162;
    this.#d = seed >>> 0;
    for (let i = 0; i < 15; i++) this.next();
  }

  /** A uniform 32-bit unsigned integer. */
  next(): number {
    const a = this.#a;
    const b = this.#b;
    const c = this.#c;
    const d = this.#d;
    const t = (((a + b) | 0) + d) | 0;
    this.#d = (d + 1) | 0;
    this.#a = b ^ (b >>> 9);
    this.#b = (c + (c << 3)) | 0;
    const rotated = (c << 21) | (c >>> 11);
    this.#c = (rotated + t) | 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next() / 4_294_967_296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** An integer in [min, max]. */
  range(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.float() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** n random bytes (long runs are copied from a fixed pool of noise at a random offset: cheap, still reproducible). */
  bytes(n: number): Uint8Array {
    if (n > 256) {
      const out = new Uint8Array(n);
      for (let at = 0; at < n; at += NOISE.length) {
        const offset = this.int(NOISE.length);
        const take = Math.min(n - at, NOISE.length - offset);
        out.set(NOISE.subarray(offset, offset + take), at);
        at -= NOISE.length - take;
      }
      return out;
    }
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.next() & 0xff;
    return out;
  }

  /** A new generator seeded from this one (an independent stream for a worker). */
  fork(): FuzzRandom {
    return new FuzzRandom(this.next());
  }
}

/** Noise shared by every generator for long random runs. */
const NOISE = (() => {
  const random = new FuzzRandom(0x5eed);
  const out = new Uint8Array(128 * 1024);
  for (let i = 0; i < out.length; i++) out[i] = random.next() & 0xff;
  return out;
})();
