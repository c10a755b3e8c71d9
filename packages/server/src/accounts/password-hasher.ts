/**
 * argon2id hashing and verification on a thread of their own (password-hash-worker.ts), with a
 * bound on the work waiting. The thread starts the next queued hash the moment one finishes, so
 * a busy world's long event-loop turns no longer pace logins; the main thread only posts jobs
 * and reads answers. The thread starts with the first job, does not keep the process alive, and
 * is started again after it dies (its jobs then fail: nothing waits forever).
 * @module
 */
import { Worker } from 'node:worker_threads';
import type { HashJob, HashOutcome, HashWorkerData } from './password-hash-messages.ts';

/** Thrown when more jobs wait than the bound allows. */
export class PasswordHashBusyError extends Error {
  override readonly name = 'PasswordHashBusyError';
}

/** argon2id cost parameters and how many hashes may run at once. */
export interface PasswordHashCost {
  /** Memory per new hash, KiB (OWASP minimum 19456). */
  readonly memoryKiB: number;
  /** Passes over memory for new hashes. */
  readonly iterations: number;
  /**
   * Hashes computed at the same time. Each takes a core for tens of milliseconds, so on a
   * small machine a login flood would otherwise starve the world tick of CPU.
   */
  readonly concurrency: number;
  /** Hashes that may wait beyond those running; more are refused (PasswordHashBusyError: logins get RATE_LIMITED). */
  readonly queue: number;
}

/** How the hasher works: its cost, and (for tests) the thread's script. */
export interface PasswordHasherOptions extends PasswordHashCost {
  /** The thread's script: password-hash-worker.ts unless a test gives another. */
  readonly workerUrl?: URL;
}

interface PendingJob {
  readonly resolve: (value: string | boolean) => void;
  readonly reject: (error: Error) => void;
}

const WORKER_URL = new URL('./password-hash-worker.ts', import.meta.url);

/** Hashes and verifies passwords off the main thread. */
export class PasswordHasher {
  readonly #options: PasswordHasherOptions;
  readonly #pending = new Map<number, PendingJob>();
  #worker: Worker | undefined;
  #nextId = 1;
  #closed = false;

  /** @param options - cost, concurrency and queue bound */
  constructor(options: PasswordHasherOptions) {
    this.#options = options;
  }

  /** Jobs posted and not yet answered. */
  get pending(): number {
    return this.#pending.size;
  }

  /**
   * An argon2id hash of the password (PHC string) at the configured cost.
   * @throws PasswordHashBusyError when the queue is full; Error when hashing failed or the hasher is closed
   */
  async hash(password: string): Promise<string> {
    const { memoryKiB, iterations } = this.#options;
    const value = await this.#post((id) => ({ id, kind: 'hash', password, memoryKiB, iterations }));
    if (typeof value !== 'string') throw new Error('password hashing returned no hash');
    return value;
  }

  /**
   * Whether the password matches the stored hash.
   * @throws PasswordHashBusyError when the queue is full; Error when the stored hash is malformed or the hasher is closed
   */
  async verify(storedHash: string, password: string): Promise<boolean> {
    const value = await this.#post((id) => ({ id, kind: 'verify', password, hash: storedHash }));
    return value === true;
  }

  /** Stops the thread; waiting jobs fail. */
  async close(): Promise<void> {
    this.#closed = true;
    const worker = this.#worker;
    this.#worker = undefined;
    this.#failAll(new Error('the password hasher is closed'));
    await worker?.terminate();
  }

  #post(job: (id: number) => HashJob): Promise<string | boolean> {
    if (this.#closed) return Promise.reject(new Error('the password hasher is closed'));
    if (this.#pending.size >= this.#options.concurrency + this.#options.queue) {
      return Promise.reject(new PasswordHashBusyError(`${this.#pending.size} password hashes are already waiting`));
    }
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#thread().postMessage(job(id));
    });
  }

  #thread(): Worker {
    if (this.#worker !== undefined) return this.#worker;
    const data: HashWorkerData = { concurrency: this.#options.concurrency };
    const worker = new Worker(this.#options.workerUrl ?? WORKER_URL, { workerData: data });
    worker.unref();
    worker.on('message', (outcome: HashOutcome) => {
      const pending = this.#pending.get(outcome.id);
      if (pending === undefined) return;
      this.#pending.delete(outcome.id);
      if ('error' in outcome) pending.reject(new Error(`password hashing failed: ${outcome.error}`));
      else pending.resolve(outcome.value);
    });
    const lost = (why: string): void => {
      if (this.#worker !== worker) return;
      this.#worker = undefined;
      this.#failAll(new Error(`the password hashing thread stopped: ${why}`));
    };
    worker.on('error', (error: Error) => {
      lost(error.message);
    });
    worker.on('exit', (code) => {
      lost(`exit code ${code}`);
    });
    this.#worker = worker;
    return worker;
  }

  #failAll(error: Error): void {
    const pending = [...this.#pending.values()];
    this.#pending.clear();
    for (const job of pending) job.reject(error);
  }
}
