/**
 * Serialises asynchronous work per key (for example per account), so two logins to the same
 * account cannot interleave their steps.
 * @module
 */

/** A set of per-key locks. Keys with nothing running take no memory. */
export class KeyedLock {
  readonly #tails = new Map<string, Promise<unknown>>();

  /** Runs work after everything already queued for the key has settled. */
  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const current = previous.then(work, work);
    const tail = current.catch(() => undefined);
    this.#tails.set(key, tail);
    try {
      return await current;
    } finally {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    }
  }
}
