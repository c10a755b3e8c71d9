/**
 * Group commit in the SQLite worker. Every write is fsynced (`synchronous = FULL`), and one
 * connection commits one transaction at a time, so committing each call alone caps the store at
 * one call per fsync however many callers wait (a login storm queued behind the economy's
 * appends). Here the calls that are waiting when the worker turns to work run together inside
 * one transaction, each in its own savepoint, and are committed by one fsync
 * (sqlite-transaction.ts `commitGroup`): each call keeps its own atomicity and its own outcome,
 * nobody is answered before the group's COMMIT has returned, a failed COMMIT fails every call of
 * the group, and calls run in the order they arrived. A group is bounded ({@link maxGroupCalls})
 * and never waits to fill up: the messages that arrive while one group's fsync runs form the next.
 * @module
 */
import type { SqliteStore } from './sqlite-store.ts';
import type { CallOutcome } from './sqlite-transaction.ts';
import type { CallAnswer, StoreCall, WorkerReply, WorkerRequest } from './sqlite-worker-messages.ts';
import { errorToWire } from './store-error-wire.ts';

/**
 * The most calls committed together: it bounds how long the first call of a group waits for the
 * others to run, and the size of one reply message.
 */
export const maxGroupCalls = 64;

/** What the queue needs of the store: its calls, its group commit and close (a {@link SqliteStore}). */
export type GroupCommitStore = Pick<SqliteStore, StoreCall | 'commitGroup' | 'close'>;

type CallRequest = Exclude<WorkerRequest, { readonly method: 'close' }>;

function answerOf(id: number, outcome: CallOutcome): CallAnswer {
  return outcome.ok ? { type: 'result', id, value: outcome.value } : { type: 'failed', id, error: errorToWire(outcome.error) };
}

/** Runs `work` alone (its own transaction, if it writes) and answers with its outcome. */
function runAlone(id: number, work: () => Promise<unknown>): Promise<CallAnswer> {
  return Promise.resolve().then(work).then(
    (value) => answerOf(id, { ok: true, value }),
    (error: unknown) => answerOf(id, { ok: false, error }),
  );
}

/** The worker's queue of requests, run in arrival order, a group of calls per commit. */
export class GroupCommitQueue {
  readonly #store: GroupCommitStore;
  readonly #post: (reply: WorkerReply) => void;
  readonly #maxCalls: number;
  readonly #waiting: WorkerRequest[] = [];
  /** A turn is scheduled or running: requests pushed meanwhile wait for the next one. */
  #busy = false;

  /**
   * @param store - the worker's store
   * @param post - sends a reply to the main thread: one per group, and one for close
   * @param maxCalls - the most calls in one group ({@link maxGroupCalls})
   */
  constructor(store: GroupCommitStore, post: (reply: WorkerReply) => void, maxCalls = maxGroupCalls) {
    this.#store = store;
    this.#post = post;
    this.#maxCalls = maxCalls;
  }

  /** Queues a request. It runs in a later turn of the event loop, with the calls queued by then. */
  push(request: WorkerRequest): void {
    this.#waiting.push(request);
    this.#wake();
  }

  #wake(): void {
    if (this.#busy || this.#waiting.length === 0) return;
    this.#busy = true;
    // Not at once: the event loop first delivers every message already sent, so that they join.
    setImmediate(() => {
      void this.#runNext().finally(() => {
        this.#busy = false;
        this.#wake();
      });
    });
  }

  async #runNext(): Promise<void> {
    const head = this.#waiting[0];
    if (head === undefined) return;
    if (head.method === 'close') {
      this.#waiting.shift();
      this.#post({ type: 'answers', answers: [await runAlone(head.id, () => this.#store.close())] });
      return;
    }
    let count = 0;
    while (count < this.#maxCalls && count < this.#waiting.length && this.#waiting[count]?.method !== 'close') count += 1;
    const group = this.#waiting.splice(0, count) as CallRequest[];
    this.#post({ type: 'answers', answers: await this.#run(group) });
  }

  async #run(group: readonly CallRequest[]): Promise<CallAnswer[]> {
    const store = this.#store;
    const invoke = ({ method, args }: CallRequest) => (store[method] as (...args: readonly unknown[]) => Promise<unknown>).call(store, ...args);
    const [only] = group;
    // A call alone commits itself, as it would in-thread: no savepoint, no outer transaction.
    if (only !== undefined && group.length === 1) return [await runAlone(only.id, () => invoke(only))];
    try {
      const outcomes = await store.commitGroup(group, invoke);
      return outcomes.map(({ call, ...outcome }) => answerOf(call.id, outcome));
    } catch (error) {
      // Nothing of the group was committed: every call in it failed, with the group's error.
      const wire = errorToWire(error);
      return group.map(({ id }) => ({ type: 'failed', id, error: wire }));
    }
  }
}
