/**
 * Token-bucket rate limits, one bucket per key. A bucket holds up to `capacity` tokens and
 * refills continuously at `refillPerSecond`; each action takes one token. A full bucket is
 * the same as no bucket, so full ones are forgotten and memory stays proportional to the
 * keys that acted recently.
 * @module
 */

interface Bucket {
  /** Tokens at `at`. */
  tokens: number;
  /** Clock reading of the last update, ms. */
  at: number;
}

/** The smallest number of buckets kept before full ones are swept. */
const MIN_SWEEP_SIZE = 1024;

/** Rate limits by key (an account id, say). */
export class TokenBuckets {
  readonly #capacity: number;
  readonly #perMs: number;
  readonly #buckets = new Map<string, Bucket>();
  #sweepAt = MIN_SWEEP_SIZE;

  /**
   * @param capacity - burst size: actions allowed at once from a full bucket (≥ 1)
   * @param refillPerSecond - sustained rate, tokens per second (> 0)
   * @throws RangeError for a capacity below 1 or a rate that is not positive
   */
  constructor(capacity: number, refillPerSecond: number) {
    if (!(capacity >= 1)) throw new RangeError(`capacity must be at least 1, got ${capacity}`);
    if (!(refillPerSecond > 0 && Number.isFinite(refillPerSecond))) throw new RangeError(`refillPerSecond must be a positive number, got ${refillPerSecond}`);
    this.#capacity = capacity;
    this.#perMs = refillPerSecond / 1000;
  }

  /** Buckets currently remembered (not full). */
  get size(): number {
    return this.#buckets.size;
  }

  /**
   * Takes a token from the key's bucket.
   * @param key - whose bucket
   * @param nowMs - the clock, ms; a clock that goes backwards refills nothing
   * @returns 0 when the action may go ahead, else how many ms until a token is available
   */
  take(key: string, nowMs: number): number {
    let bucket = this.#buckets.get(key);
    if (bucket === undefined) {
      // Sweep before inserting: the new bucket is full until the token below is taken.
      if (this.#buckets.size >= this.#sweepAt) this.#sweep(nowMs);
      bucket = { tokens: this.#capacity, at: nowMs };
      this.#buckets.set(key, bucket);
    } else {
      this.#refill(bucket, nowMs);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / this.#perMs);
  }

  #refill(bucket: Bucket, nowMs: number): void {
    if (nowMs <= bucket.at) return;
    bucket.tokens = Math.min(this.#capacity, bucket.tokens + (nowMs - bucket.at) * this.#perMs);
    bucket.at = nowMs;
  }

  /** Forgets full buckets; runs when the map doubles, so its cost is amortised O(1) per take. */
  #sweep(nowMs: number): void {
    for (const [key, bucket] of this.#buckets) {
      this.#refill(bucket, nowMs);
      if (bucket.tokens >= this.#capacity) this.#buckets.delete(key);
    }
    this.#sweepAt = Math.max(MIN_SWEEP_SIZE, 2 * this.#buckets.size);
  }
}
