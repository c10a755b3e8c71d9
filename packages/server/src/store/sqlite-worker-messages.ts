/**
 * What the main thread and the SQLite store's worker thread say to each other: a request names a
 * {@link Store} method and carries its arguments (plain data, structured-cloned), a reply carries
 * the result or the error in its wire form. One worker, one connection, answered in order (the
 * answers of calls committed together travel in one message).
 * @module
 */
import type { WireError } from './store-error-wire.ts';
import type { Store } from './store.ts';

/** The Store methods the worker runs on request: every method but `close`, which ends the worker. */
export type StoreCall = Exclude<keyof Store, 'kind' | 'close'>;

/**
 * Every {@link StoreCall}. The compiler checks the list is complete, so a method added to Store
 * must be added here, and the worker refuses any name not in it.
 */
export const storeCalls: Readonly<Record<StoreCall, true>> = {
  createAccount: true,
  findAccountByUsername: true,
  findAccountById: true,
  createCharacter: true,
  listCharacters: true,
  getCharacter: true,
  deleteCharacter: true,
  saveCharacters: true,
  createGuild: true,
  disbandGuild: true,
  addGuildMember: true,
  removeGuildMember: true,
  setGuildRank: true,
  loadGuildOf: true,
  appendAudits: true,
  listAudit: true,
  createBan: true,
  activeBan: true,
  listActiveBans: true,
  liftBans: true,
  ping: true,
  appendEvents: true,
  readEvents: true,
  streamVersion: true,
  listStreams: true,
  hasOperation: true,
  saveSnapshot: true,
  loadSnapshot: true,
};

/** Whether `name` is a method the worker runs on request. */
export function isStoreCall(name: unknown): name is StoreCall {
  return typeof name === 'string' && Object.hasOwn(storeCalls, name);
}

/** The worker's `workerData`: which database to open. */
export interface SqliteWorkerData {
  /** A file path, or `:memory:`. */
  readonly path: string;
}

/**
 * A request to the worker, answered by one {@link WorkerReply} with the same id. `close` is the
 * last request: the worker answers it once the database is closed, then exits.
 */
export type WorkerRequest =
  | { readonly id: number; readonly method: StoreCall; readonly args: readonly unknown[] }
  | { readonly id: number; readonly method: 'close' };

/** The worker's answer to one request: its result, or its error in wire form. */
export type CallAnswer =
  | { readonly type: 'result'; readonly id: number; readonly value: unknown }
  | { readonly type: 'failed'; readonly id: number; readonly error: WireError };

/**
 * What the worker posts: first whether the database opened, then answers in request order, one
 * message per group of calls it ran together (committed at once, see sqlite-worker-group-commit.ts).
 */
export type WorkerReply =
  | { readonly type: 'opened' }
  | { readonly type: 'open-failed'; readonly error: WireError }
  | { readonly type: 'answers'; readonly answers: readonly CallAnswer[] };
