/**
 * The token bucket: the one rate-limit primitive behind per-session message limits, per-IP
 * connection limits and login budgets. Pure: it never reads a clock, the caller passes the
 * time, so tests drive it with a fake clock and replays are exact.
 * @module
 */

/** A rate as a bucket: up to `burst` actions at once, `perSecond` sustained. */
export interface BucketRate {
  /** Tokens a full bucket holds: actions allowed back to back (≥ 1). */
  readonly burst: number;
  /** Tokens added per second, continuously (> 0). */
  readonly perSecond: number;
}

/** Throws a RangeError naming what is wrong with a rate. */
export function checkRate(rate: BucketRate, what = 'rate'): void {
  if (!(rate.burst >= 1 && Number.isFinite(rate.burst))) throw new RangeError(`${what}: burst must be a number ≥ 1, got ${rate.burst}`);
  if (!(rate.perSecond > 0 && Number.isFinite(rate.perSecond))) throw new RangeError(`${what}: perSecond must be a positive number, got ${rate.perSecond}`);
}

/**
 * A bucket of tokens that refills continuously up to its burst. Each action takes a token;
 * with none left the action is refused. A clock that goes backwards refills nothing (the
 * bucket keeps its later reading), so a stepped wall clock cannot mint tokens.
 */
export class TokenBucket {
  readonly #burst: number;
  readonly #perMs: number;
  #tokens: number;
  #atMs: number;

  /**
   * A full bucket.
   * @param rate - burst and sustained rate
   * @param nowMs - the clock now, ms
   * @throws RangeError for a burst below 1 or a rate that is not positive and finite
   */
  constructor(rate: BucketRate, nowMs: number) {
    checkRate(rate);
    this.#burst = rate.burst;
    this.#perMs = rate.perSecond / 1000;
    this.#tokens = rate.burst;
    this.#atMs = nowMs;
  }

  /** The most tokens the bucket holds. */
  get burst(): number {
    return this.#burst;
  }

  /** Tokens available at nowMs (fractional while refilling). */
  tokens(nowMs: number): number {
    this.#refill(nowMs);
    return this.#tokens;
  }

  /** True when the bucket is full at nowMs: it then remembers nothing a fresh one would not. */
  isFull(nowMs: number): boolean {
    return this.tokens(nowMs) >= this.#burst;
  }

  /**
   * Takes `cost` tokens if there are that many.
   * @returns true when taken (the action may go ahead), false when refused (nothing taken)
   */
  take(nowMs: number, cost = 1): boolean {
    this.#refill(nowMs);
    if (this.#tokens < cost) return false;
    this.#tokens -= cost;
    return true;
  }

  /** Milliseconds from nowMs until `cost` tokens are available; 0 when they are now. */
  waitMs(nowMs: number, cost = 1): number {
    this.#refill(nowMs);
    const missing = cost - this.#tokens;
    return missing <= 0 ? 0 : Math.ceil(missing / this.#perMs);
  }

  /** Gives tokens back (a refund for an action that did not happen), up to the burst. */
  give(nowMs: number, count = 1): void {
    this.#refill(nowMs);
    this.#tokens = Math.min(this.#burst, this.#tokens + count);
  }

  #refill(nowMs: number): void {
    if (!(nowMs > this.#atMs)) return;
    this.#tokens = Math.min(this.#burst, this.#tokens + (nowMs - this.#atMs) * this.#perMs);
    this.#atMs = nowMs;
  }
}
