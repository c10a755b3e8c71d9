/**
 * Registration and password login. Passwords are hashed with argon2id on a thread of their
 * own (PasswordHasher) and are never logged.
 * @module
 */
import { ErrorCode } from '@realmforge/protocol';
import { newId } from '../ids.ts';
import { RequestError } from '../session/request-error.ts';
import { StoreConflictError } from '../store/store.ts';
import type { AccountRecord, Store } from '../store/store.ts';
import { passwordProblem, usernameProblem } from './account-rules.ts';
import { PasswordHashBusyError, PasswordHasher } from './password-hasher.ts';
import type { PasswordHashCost } from './password-hasher.ts';

/** Creates accounts and checks passwords. */
export class AccountService {
  readonly #store: Store;
  readonly #hasher: PasswordHasher;
  #dummyHash: Promise<string> | undefined;

  /**
   * @param store - where accounts live
   * @param cost - argon2id parameters for new hashes
   */
  constructor(store: Store, cost: PasswordHashCost) {
    this.#store = store;
    this.#hasher = new PasswordHasher(cost);
  }

  /** Stops the hashing thread (at shutdown); logins after this fail. */
  close(): Promise<void> {
    return this.#hasher.close();
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
    const matches = await this.#limited(() => this.#hasher.verify(storedHash, password));
    if (account === undefined || !matches) {
      throw new RequestError(ErrorCode.ERROR_CODE_AUTH_FAILED, 'wrong username or password');
    }
    return account;
  }

  #hash(password: string): Promise<string> {
    return this.#limited(() => this.#hasher.hash(password));
  }

  async #limited<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof PasswordHashBusyError) {
        throw new RequestError(ErrorCode.ERROR_CODE_RATE_LIMITED, 'the server is busy with logins; try again in a moment');
      }
      throw error;
    }
  }

  #dummy(): Promise<string> {
    // A failed try (the queue was full) is not kept: the next unknown name tries again.
    this.#dummyHash ??= this.#hash('realmforge-dummy-password').catch((error: unknown) => {
      this.#dummyHash = undefined;
      throw error;
    });
    return this.#dummyHash;
  }
}
