/**
 * Per-account suspicion with exponential decay: each detection adds its weight, and the score
 * halves every half-life, so old noise fades while a burst of detections adds up. Pure: the
 * caller passes the time. The table is bounded: scores that decayed to nothing are dropped.
 * @module
 */

/** Below this a score counts as gone and its entry is dropped. */
const FORGOTTEN = 0.01;

interface Score {
  value: number;
  at: number;
}

/** Suspicion per account. */
export class SuspicionScores {
  readonly #halfLifeMs: number;
  readonly #maxEntries: number;
  readonly #scores = new Map<string, Score>();

  /**
   * @param halfLifeMs - the score halves every this many ms
   * @param maxEntries - accounts tracked at most; at the bound, decayed scores are swept and then the oldest dropped
   * @throws RangeError for a half-life or bound that is not positive
   */
  constructor(halfLifeMs: number, maxEntries = 100_000) {
    if (!(halfLifeMs > 0) || !(maxEntries >= 1)) throw new RangeError('half-life and table bound must be positive');
    this.#halfLifeMs = halfLifeMs;
    this.#maxEntries = maxEntries;
  }

  /** Accounts with a score. */
  get size(): number {
    return this.#scores.size;
  }

  /** The account's score at `now`. */
  score(accountId: string, now: number): number {
    const score = this.#scores.get(accountId);
    return score === undefined ? 0 : this.#decayed(score, now);
  }

  /** Adds `weight` at `now`; returns the score before and after. */
  add(accountId: string, weight: number, now: number): { readonly before: number; readonly after: number } {
    const before = this.score(accountId, now);
    const after = before + weight;
    if (!this.#scores.has(accountId) && this.#scores.size >= this.#maxEntries) this.#makeRoom(now);
    // Re-inserted so the map's order stays oldest-updated first.
    this.#scores.delete(accountId);
    this.#scores.set(accountId, { value: after, at: now });
    return { before, after };
  }

  /** Forgets the account's score (after a ban, or when an operator lifts one). */
  reset(accountId: string): void {
    this.#scores.delete(accountId);
  }

  #decayed(score: Score, now: number): number {
    const elapsed = Math.max(0, now - score.at);
    return score.value * 2 ** (-elapsed / this.#halfLifeMs);
  }

  #makeRoom(now: number): void {
    for (const [accountId, score] of this.#scores) {
      if (this.#decayed(score, now) < FORGOTTEN) this.#scores.delete(accountId);
    }
    const oldest = this.#scores.keys().next();
    if (this.#scores.size >= this.#maxEntries && oldest.done !== true) this.#scores.delete(oldest.value);
  }
}
