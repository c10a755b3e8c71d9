/**
 * Token-bucket rate limits, one {@link TokenBucket} per key. A full bucket is the same as no
 * bucket, so full ones are forgotten and memory stays proportional to the keys that acted
 * recently.
 * @module
 */
import { checkRate, TokenBucket } from '../limits/token-bucket.ts';
import type { BucketRate } from '../limits/token-bucket.ts';

/** The smallest number of buckets kept before full ones are swept. */
const MIN_SWEEP_SIZE = 1024;

/** Rate limits by key (an account id, say). */
export class TokenBuckets {
  readonly #rate: BucketRate;
  readonly #buckets = new Map<string, TokenBucket>();
  #sweepAt = MIN_SWEEP_SIZE;

  /**
   * @param capacity - burst size: actions allowed at once from a full bucket (≥ 1)
   * @param refillPerSecond - sustained rate, tokens per second (> 0)
   * @throws RangeError for a capacity below 1 or a rate that is not positive
   */
  constructor(capacity: number, refillPerSecond: number) {
    this.#rate = { burst: capacity, perSecond: refillPerSecond };
    checkRate(this.#rate, 'chat rate');
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
      bucket = new TokenBucket(this.#rate, nowMs);
      this.#buckets.set(key, bucket);
    }
    return bucket.take(nowMs) ? 0 : bucket.waitMs(nowMs);
  }

  /** Forgets full buckets; runs when the map doubles, so its cost is amortised O(1) per take. */
  #sweep(nowMs: number): void {
    for (const [key, bucket] of this.#buckets) {
      if (bucket.isFull(nowMs)) this.#buckets.delete(key);
    }
    this.#sweepAt = Math.max(MIN_SWEEP_SIZE, 2 * this.#buckets.size);
  }
}
