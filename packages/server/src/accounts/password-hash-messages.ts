/**
 * What the main thread and the password-hashing thread (password-hash-worker.ts) say to each
 * other.
 * @module
 */

/** The thread's start data. */
export interface HashWorkerData {
  /** Hashes run at the same time. */
  readonly concurrency: number;
}

/** A job for the thread: hash a password with the given cost, or verify one against a stored hash. */
export type HashJob =
  | { readonly id: number; readonly kind: 'hash'; readonly password: string; readonly memoryKiB: number; readonly iterations: number }
  | { readonly id: number; readonly kind: 'verify'; readonly password: string; readonly hash: string };

/** A finished job: the hash (or whether the password matched), or why it failed. */
export type HashOutcome = { readonly id: number; readonly value: string | boolean } | { readonly id: number; readonly error: string };
