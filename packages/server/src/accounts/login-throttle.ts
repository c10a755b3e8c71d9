/**
 * Throttling of password guessing, in memory. Three limits, checked before any password is
 * hashed, so a throttled attempt costs the server no argon2 work:
 *
 * 1. **Per (account, address): exponential backoff.** The first `freeFailures` failures are
 *    free; after n failures (n ≥ freeFailures) the next attempt must wait
 *    `backoffBaseMs × 2^(n − freeFailures)` after the last one, at most `backoffMaxMs`. A
 *    success clears the pair. Keyed by the pair, so a guesser on one address does not lock
 *    the owner out from another.
 * 2. **Per address, across accounts: a failure budget** (token bucket, `addressFailures`).
 *    Credential stuffing tries many accounts a few times each; this bounds it per address.
 * 3. **Per account, across addresses: a looser failure budget** (`accountFailures`), against
 *    guessing one account from many addresses. Addresses the account logged in from
 *    successfully before (the last few remembered) are exempt, so such a campaign does not
 *    lock the owner out from a known place.
 *
 * An attempt is charged to its pair when it starts (so many concurrent attempts cannot all
 * slip past the backoff) and taken back by {@link LoginThrottle.cancelled} when it never got
 * to check the password; the address and account budgets are charged by
 * {@link LoginThrottle.failed}. Unknown usernames are throttled exactly like known ones, so
 * the throttle reveals nothing about which accounts exist; names that cannot be usernames
 * share one key, so junk cannot grow the tables. Every table is bounded (`maxEntries`, least
 * recently used out first) and forgets entries that no longer hold anything back.
 *
 * Pure: the caller passes the time.
 * @module
 */
import { TokenBucket } from '../limits/token-bucket.ts';
import type { BucketRate } from '../limits/token-bucket.ts';
import { addressKey } from '../net/address-key.ts';
import { usernameProblem } from './account-rules.ts';

/** The throttle's limits. */
export interface LoginThrottlePolicy {
  /** Failures per (account, address) before backoff starts. */
  readonly freeFailures: number;
  /** The first backoff, ms; it doubles with each further failure. */
  readonly backoffBaseMs: number;
  /** The longest backoff, ms. */
  readonly backoffMaxMs: number;
  /** A pair's failures are forgotten this long after its last one (once its backoff is over), ms. */
  readonly failureMemoryMs: number;
  /** Failures one address may have across all accounts. */
  readonly addressFailures: BucketRate;
  /** Failures one account may have across all addresses not known to it. */
  readonly accountFailures: BucketRate;
  /** Entries per table before the least recently used are dropped. */
  readonly maxEntries: number;
}

/** Which limit holds an attempt back. */
export type ThrottleReason = 'account-address' | 'address' | 'account';

/** An attempt that must wait. */
export interface Throttled {
  /** Which limit. */
  readonly reason: ThrottleReason;
  /** Milliseconds until an attempt would be let through. */
  readonly retryAfterMs: number;
}

interface PairState {
  failures: number;
  lastAtMs: number;
}

interface AccountState {
  readonly bucket: TokenBucket;
  /** Address keys the account logged in from, most recent last. */
  readonly known: string[];
}

/** Addresses remembered per account as known good. */
const KNOWN_ADDRESSES = 4;

/** Expired entries are swept at most this often, ms. */
const SWEEP_INTERVAL_MS = 60_000;

/** The key shared by every name that cannot be a username. */
const INVALID_NAME = '\u0000invalid';

/** See the module comment. */
export class LoginThrottle {
  readonly #policy: LoginThrottlePolicy;
  readonly #pairs = new Map<string, PairState>();
  readonly #addresses = new Map<string, TokenBucket>();
  readonly #accounts = new Map<string, AccountState>();
  #sweptAtMs = Number.NEGATIVE_INFINITY;

  /** @param policy - the limits */
  constructor(policy: LoginThrottlePolicy) {
    this.#policy = policy;
  }

  /** Entries held, per table (for tests and metrics). */
  get sizes(): { pairs: number; addresses: number; accounts: number } {
    return { pairs: this.#pairs.size, addresses: this.#addresses.size, accounts: this.#accounts.size };
  }

  /**
   * Asks to check a password. When nothing holds it back the attempt is charged to its pair
   * and undefined is returned; the caller then reports the outcome with {@link succeeded},
   * {@link failed} or {@link cancelled}.
   * @param username - as the client sent it (case does not matter)
   * @param address - the client's address
   * @param nowMs - the clock now, ms
   * @returns undefined to go ahead, or which limit holds it back and for how long
   */
  attempt(username: string, address: string, nowMs: number): Throttled | undefined {
    this.#maybeSweep(nowMs);
    const account = accountKey(username);
    const from = addressKey(address);
    const pairKey = `${account}\u0000${from}`;
    const pair = this.#pairs.get(pairKey);
    const pairWait = pair === undefined ? 0 : this.#backoffLeft(pair, nowMs);
    if (pairWait > 0) return { reason: 'account-address', retryAfterMs: pairWait };
    const addressWait = this.#addresses.get(from)?.waitMs(nowMs) ?? 0;
    if (addressWait > 0) return { reason: 'address', retryAfterMs: addressWait };
    const state = this.#accounts.get(account);
    const accountWait = state === undefined || state.known.includes(from) ? 0 : state.bucket.waitMs(nowMs);
    if (accountWait > 0) return { reason: 'account', retryAfterMs: accountWait };
    const charged = pair ?? { failures: 0, lastAtMs: nowMs };
    charged.failures++;
    charged.lastAtMs = nowMs;
    this.#touch(this.#pairs, pairKey, charged);
    return undefined;
  }

  /** The password was wrong (or the account unknown): the budgets are charged. */
  failed(username: string, address: string, nowMs: number): void {
    const account = accountKey(username);
    const from = addressKey(address);
    const bucket = this.#addresses.get(from) ?? new TokenBucket(this.#policy.addressFailures, nowMs);
    bucket.take(nowMs);
    this.#touch(this.#addresses, from, bucket);
    const state = this.#accounts.get(account) ?? { bucket: new TokenBucket(this.#policy.accountFailures, nowMs), known: [] };
    if (!state.known.includes(from)) state.bucket.take(nowMs);
    this.#touch(this.#accounts, account, state);
  }

  /** The password was right: the pair is cleared and the address becomes known to the account. */
  succeeded(username: string, address: string, nowMs: number): void {
    const account = accountKey(username);
    const from = addressKey(address);
    this.#pairs.delete(`${account}\u0000${from}`);
    const state = this.#accounts.get(account) ?? { bucket: new TokenBucket(this.#policy.accountFailures, nowMs), known: [] };
    const at = state.known.indexOf(from);
    if (at !== -1) state.known.splice(at, 1);
    state.known.push(from);
    if (state.known.length > KNOWN_ADDRESSES) state.known.shift();
    this.#touch(this.#accounts, account, state);
  }

  /** The attempt never checked the password (server busy, storage down): its charge is taken back. */
  cancelled(username: string, address: string): void {
    const pairKey = `${accountKey(username)}\u0000${addressKey(address)}`;
    const pair = this.#pairs.get(pairKey);
    if (pair === undefined) return;
    pair.failures--;
    if (pair.failures <= 0) this.#pairs.delete(pairKey);
  }

  /** The backoff a pair with this many failures waits after its last one, ms. */
  backoffMs(failures: number): number {
    const { freeFailures, backoffBaseMs, backoffMaxMs } = this.#policy;
    if (failures < freeFailures) return 0;
    return Math.min(backoffMaxMs, backoffBaseMs * 2 ** Math.min(failures - freeFailures, 52));
  }

  #backoffLeft(pair: PairState, nowMs: number): number {
    const left = pair.lastAtMs + this.backoffMs(pair.failures) - nowMs;
    return left > 0 ? Math.ceil(left) : 0;
  }

  /** Inserts or refreshes an entry as the most recently used; drops the least recent beyond the bound. */
  #touch<V>(map: Map<string, V>, key: string, value: V): void {
    map.delete(key);
    map.set(key, value);
    while (map.size > this.#policy.maxEntries) {
      const oldest = map.keys().next();
      if (oldest.done === true) break;
      map.delete(oldest.value);
    }
  }

  /** Forgets entries that no longer hold anything back; at most once a minute. */
  #maybeSweep(nowMs: number): void {
    if (nowMs - this.#sweptAtMs < SWEEP_INTERVAL_MS) return;
    this.#sweptAtMs = nowMs;
    for (const [key, pair] of this.#pairs) {
      if (nowMs - pair.lastAtMs > Math.max(this.#policy.failureMemoryMs, this.backoffMs(pair.failures))) this.#pairs.delete(key);
    }
    for (const [key, bucket] of this.#addresses) {
      if (bucket.isFull(nowMs)) this.#addresses.delete(key);
    }
    for (const [key, state] of this.#accounts) {
      if (state.known.length === 0 && state.bucket.isFull(nowMs)) this.#accounts.delete(key);
    }
  }
}

/** Lowercased username; every name that cannot be a username maps to one shared key. */
function accountKey(username: string): string {
  return usernameProblem(username) === undefined ? username.toLowerCase() : INVALID_NAME;
}
