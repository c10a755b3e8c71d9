/**
 * Registration and password login. Passwords are hashed with argon2id off the event loop
 * (the hashing runs on libuv's thread pool) and are never logged.
 * @module
 */
import { hash, verify } from '@node-rs/argon2';
import { bulkhead, BulkheadRejectedError } from 'cockatiel';
import type { BulkheadPolicy } from 'cockatiel';
import { ErrorCode } from '@realmforge/protocol';
import { newId } from '../ids.ts';
import { RequestError } from '../session/request-error.ts';
import { StoreConflictError } from '../store/store.ts';
import type { AccountRecord, Store } from '../store/store.ts';
import { passwordProblem, usernameProblem } from './account-rules.ts';

/** argon2id cost parameters and how many hashes may run at once. */
export interface PasswordHashCost {
  /** Memory per hash, KiB (OWASP minimum 19456). */
  readonly memoryKiB: number;
  /** Passes over memory. */
  readonly iterations: number;
  /**
   * Hashes computed at the same time. Each takes a core for tens of milliseconds, so on a
   * small machine a login flood would otherwise starve the world tick of CPU.
   */
  readonly concurrency: number;
  /** Hashes that may wait for a slot; beyond that, logins are refused with RATE_LIMITED. */
  readonly queue: number;
}

/** Creates accounts and checks passwords. */
export class AccountService {
  readonly #store: Store;
  readonly #cost: PasswordHashCost;
  readonly #bulkhead: BulkheadPolicy;
  #dummyHash: Promise<string> | undefined;

  /**
   * @param store - where accounts live
   * @param cost - argon2id parameters for new hashes
   */
  constructor(store: Store, cost: PasswordHashCost) {
    this.#store = store;
    this.#cost = cost;
    this.#bulkhead = bulkhead(cost.concurrency, cost.queue);
  }

  /**
   * Creates an account.
   * @throws RequestError USERNAME_INVALID, PASSWORD_INVALID or USERNAME_TAKEN
   */
  async register(username: string, password: string): Promise<AccountRecord> {
    const badName = usernameProblem(username);
    if (badName !== undefined) throw new RequestError(ErrorCode.ERROR_CODE_USERNAME_INVALID, badName);
    const badPassword = passwordProblem(password);
    if (badPassword !== undefined) throw new RequestError(ErrorCode.ERROR_CODE_PASSWORD_INVALID, badPassword);
    if ((await this.#store.findAccountByUsername(username)) !== undefined) {
      throw new RequestError(ErrorCode.ERROR_CODE_USERNAME_TAKEN, 'that username is taken');
    }
    const account: AccountRecord = {
      id: newId(),
      username,
      passwordHash: await this.#hash(password),
      createdAt: Date.now(),
    };
    try {
      await this.#store.createAccount(account);
    } catch (error) {
      if (error instanceof StoreConflictError) throw new RequestError(ErrorCode.ERROR_CODE_USERNAME_TAKEN, 'that username is taken');
      throw error;
    }
    return account;
  }

  /**
   * Checks a username and password. Unknown usernames cost the same hashing work as wrong
   * passwords and get the same answer, so neither timing nor reply tells which it was.
   * @throws RequestError AUTH_FAILED
   */
  async authenticate(username: string, password: string): Promise<AccountRecord> {
    const acceptable = usernameProblem(username) === undefined && passwordProblem(password) === undefined;
    const account = acceptable ? await this.#store.findAccountByUsername(username) : undefined;
    const storedHash = account?.passwordHash ?? (await this.#dummy());
    const matches = await this.#limited(() => verify(storedHash, password));
    if (account === undefined || !matches) {
      throw new RequestError(ErrorCode.ERROR_CODE_AUTH_FAILED, 'wrong username or password');
    }
    return account;
  }

  #hash(password: string): Promise<string> {
    return this.#limited(() => hash(password, { memoryCost: this.#cost.memoryKiB, timeCost: this.#cost.iterations, parallelism: 1 }));
  }

  async #limited<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await this.#bulkhead.execute(work);
    } catch (error) {
      if (error instanceof BulkheadRejectedError) {
        throw new RequestError(ErrorCode.ERROR_CODE_RATE_LIMITED, 'the server is busy with logins; try again in a moment');
      }
      throw error;
    }
  }

  #dummy(): Promise<string> {
    this.#dummyHash ??= this.#hash('realmforge-dummy-password');
    return this.#dummyHash;
  }
}
