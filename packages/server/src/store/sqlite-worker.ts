/**
 * The SQLite store's worker thread: it owns the one connection ({@link SqliteStore}, whose
 * driver is synchronous) and runs the main thread's requests one after another, in the order
 * they arrive, so every fsync blocks this thread and never the one running the world. Started by
 * `sqlite-worker-store.ts`; a message that is not a request is a bug that ends the worker. The
 * calls waiting together are committed together (sqlite-worker-group-commit.ts).
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SqliteWorkerData, WorkerReply, WorkerRequest } from './sqlite-worker-messages.ts';
import { isStoreCall } from './sqlite-worker-messages.ts';
import { SqliteStore } from './sqlite-store.ts';
import { GroupCommitQueue } from './sqlite-worker-group-commit.ts';
import { errorToWire } from './store-error-wire.ts';

if (parentPort === null) throw new Error('sqlite-worker.ts runs only as a worker thread (see sqlite-worker-store.ts)');
const port = parentPort;

function post(reply: WorkerReply): void {
  port.postMessage(reply);
}

function checkRequest(message: unknown): WorkerRequest {
  if (typeof message === 'object' && message !== null && 'id' in message && typeof message.id === 'number' && 'method' in message) {
    const { id, method } = message;
    if (method === 'close') return { id, method };
    if (isStoreCall(method) && 'args' in message && Array.isArray(message.args)) return { id, method, args: message.args };
  }
  throw new Error(`the SQLite worker got a message that is not a store request: ${JSON.stringify(message)}`);
}

/**
 * Answers every request in order until `close`, which closes the database; the main thread then
 * ends the thread. Requests are queued as they arrive and run a group of calls per commit.
 */
function serve(store: SqliteStore): void {
  const queue = new GroupCommitQueue(store, post);
  port.on('message', (message: unknown) => {
    queue.push(checkRequest(message));
  });
}

const { path } = workerData as SqliteWorkerData;
try {
  const store = await SqliteStore.open(path);
  post({ type: 'opened' });
  serve(store);
} catch (error) {
  post({ type: 'open-failed', error: errorToWire(error) });
  port.close();
}
