/**
 * The embedded SQLite store off the main thread. `node:sqlite` is synchronous and every commit
 * is fsynced (`synchronous = FULL`: the economy tells a client a change succeeded only once it
 * is durable), so run in the main thread each commit would stall the world tick and every socket
 * for milliseconds. Here one worker thread owns the connection ({@link SqliteStore}) and this
 * side forwards each {@link Store} call to it: calls run one at a time in the order they are
 * made (read-your-writes holds as before), those waiting together share one commit
 * (sqlite-worker-group-commit.ts), results come back structured-cloned, and the errors callers
 * check by class are rebuilt on this side (store-error-wire.ts).
 * @module
 */
import { Worker } from 'node:worker_threads';
import type { CallAnswer, SqliteWorkerData, StoreCall, WorkerReply } from './sqlite-worker-messages.ts';
import { storeCalls } from './sqlite-worker-messages.ts';
import { errorFromWire } from './store-error-wire.ts';
import type { Store } from './store.ts';

/** How a worker-backed store is started and what it does when its worker dies. */
export interface SqliteWorkerStoreOptions {
  /**
   * Told once when the worker thread dies other than by close (an exception outside any call,
   * or the thread ending); by then every pending call has been rejected, and every later call
   * is rejected with the same error, so readiness checks (which ping the store) fail at once.
   */
  readonly onCrash: (error: Error) => void;
  /** Starts the worker thread; {@link startSqliteWorker} unless a test wants to hold the thread. */
  readonly start?: ((data: SqliteWorkerData) => Worker) | undefined;
}

/** Starts the worker thread that opens the database `data` names (sqlite-worker.ts). */
export function startSqliteWorker(data: SqliteWorkerData): Worker {
  return new Worker(new URL('./sqlite-worker.ts', import.meta.url), { workerData: data });
}

interface PendingCall {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
}

/** Waits for the worker's first word: whether the database opened. */
function opened(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (outcome: Error | undefined): void => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (outcome === undefined) resolve();
      else {
        reject(outcome);
        void worker.terminate();
      }
    };
    const onMessage = (reply: WorkerReply): void => {
      settle(reply.type === 'opened' ? undefined : reply.type === 'open-failed' ? errorFromWire(reply.error) : new Error(`the SQLite worker answered before it opened the database (${reply.type})`));
    };
    const onError = (error: Error): void => {
      settle(error);
    };
    const onExit = (code: number): void => {
      settle(new Error(`the SQLite worker exited with code ${code} before it opened the database`));
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
}

/** The main thread's end of the worker: numbered calls, their promises, close and crash. */
class SqliteWorkerClient {
  readonly #worker: Worker;
  readonly #onCrash: (error: Error) => void;
  readonly #pending = new Map<number, PendingCall>();
  #nextId = 1;
  /** Set once the worker died outside close: the reason every call is rejected. */
  #crashed: Error | undefined;
  /** Set by the first close(): resolves when the worker has closed the database and ended. */
  #closing: Promise<void> | undefined;
  /** The id of the close request, and how to settle close() once it is answered or the worker dies. */
  #close: { readonly id: number; readonly settle: (error?: Error) => void } | undefined;
  /** Set when the worker answered close: the database is closed and its thread may end. */
  #closed = false;

  constructor(worker: Worker, onCrash: (error: Error) => void) {
    this.#worker = worker;
    this.#onCrash = onCrash;
    worker.on('message', (reply: WorkerReply) => {
      this.#answer(reply);
    });
    worker.on('messageerror', (error: Error) => {
      this.#die(error);
      void worker.terminate();
    });
    worker.on('error', (error: Error) => {
      this.#die(error);
    });
    worker.on('exit', (code: number) => {
      this.#die(new Error(`the thread exited with code ${code}`));
    });
    // An idle worker does not keep the process alive (the in-thread store did not either); a
    // call in flight does. After the listeners: adding a 'message' listener refs the port again.
    worker.unref();
  }

  call(method: StoreCall, args: readonly unknown[]): Promise<unknown> {
    if (this.#crashed !== undefined) return Promise.reject(this.#crashed);
    if (this.#closing !== undefined) return Promise.reject(new Error(`the SQLite store is closed (${method} called after close)`));
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      // First: arguments that cannot be cloned throw here and reject the call, leaving nothing pending.
      this.#worker.postMessage({ id, method, args });
      if (this.#pending.size === 0) this.#worker.ref();
      this.#pending.set(id, { resolve, reject });
    });
  }

  /** Lets every call made before it finish, then closes the database and ends the thread. */
  close(): Promise<void> {
    this.#closing ??= this.#crashed !== undefined
      ? this.#worker.terminate().then(() => undefined)
      : new Promise((resolve, reject) => {
        const id = this.#nextId++;
        this.#close = {
          id,
          settle: (error) => {
            if (error === undefined) resolve();
            else reject(error);
          },
        };
        this.#worker.ref();
        this.#worker.postMessage({ id, method: 'close' });
      });
    return this.#closing;
  }

  #answer(reply: WorkerReply): void {
    if (reply.type !== 'answers') return;
    for (const answer of reply.answers) this.#settle(answer);
  }

  #settle(answer: CallAnswer): void {
    const close = this.#close;
    if (close !== undefined && answer.id === close.id) {
      // The database is closed (calls before it were answered first); the thread has nothing left to do.
      this.#closed = true;
      void this.#worker.terminate().then(() => {
        close.settle(answer.type === 'failed' ? errorFromWire(answer.error) : undefined);
      });
      return;
    }
    const pending = this.#pending.get(answer.id);
    if (pending === undefined) return;
    this.#pending.delete(answer.id);
    if (this.#pending.size === 0 && close === undefined) this.#worker.unref();
    if (answer.type === 'result') pending.resolve(answer.value);
    else pending.reject(errorFromWire(answer.error));
  }

  /** The worker is gone (or going) other than by close: fail everything in flight and from now on, once. */
  #die(cause: Error): void {
    if (this.#crashed !== undefined || this.#closed) return;
    const error = new Error(`the SQLite store's worker thread died: ${cause.message}; the store is unavailable until the server restarts`, { cause });
    this.#crashed = error;
    for (const pending of this.#pending.values()) pending.reject(error);
    this.#pending.clear();
    this.#close?.settle(error);
    this.#onCrash(error);
  }
}

/**
 * Opens the SQLite database at `path` (or `:memory:`) in a worker thread, migrated, and returns
 * a {@link Store} whose calls run there. Rejects as `SqliteStore.open` would (the same
 * SchemaTooNewError or MigrationError) when the database cannot be opened.
 */
export async function openSqliteWorkerStore(path: string, options: SqliteWorkerStoreOptions): Promise<Store> {
  const worker = (options.start ?? startSqliteWorker)({ path });
  await opened(worker);
  const client = new SqliteWorkerClient(worker, options.onCrash);
  const forward = (method: StoreCall) => (...args: readonly unknown[]) => client.call(method, args);
  const calls = Object.fromEntries(Object.keys(storeCalls).map((method) => [method, forward(method as StoreCall)])) as Pick<Store, StoreCall>;
  return { ...calls, kind: 'sqlite', close: () => client.close() };
}
