/**
 * The password-hashing thread (PasswordHasher's far side): runs argon2id hashes and
 * verifications, at most `concurrency` at once, and starts the next queued one as soon as one
 * finishes. It does nothing else, so its event loop is always free to do that: on the main
 * thread a finished hash was noticed only when a busy world's event-loop turn came round, and
 * with one hash at a time a loaded server verified about 17 passwords a second instead of 32.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { hash, verify } from '@node-rs/argon2';
import type { HashJob, HashOutcome, HashWorkerData } from './password-hash-messages.ts';

const port = parentPort;
if (port === null) throw new Error('password-hash-worker.ts runs as a worker thread');
const { concurrency } = workerData as HashWorkerData;
const waiting: HashJob[] = [];
let running = 0;

function run(job: HashJob): Promise<string | boolean> {
  if (job.kind === 'verify') return verify(job.hash, job.password);
  return hash(job.password, { memoryCost: job.memoryKiB, timeCost: job.iterations, parallelism: 1 });
}

function startWaiting(): void {
  while (running < concurrency) {
    const job = waiting.shift();
    if (job === undefined) return;
    running++;
    run(job).then(
      (value) => {
        finish({ id: job.id, value });
      },
      (error: unknown) => {
        finish({ id: job.id, error: error instanceof Error ? error.message : String(error) });
      },
    );
  }
}

function finish(outcome: HashOutcome): void {
  running--;
  startWaiting();
  port?.postMessage(outcome);
}

port.on('message', (job: HashJob) => {
  waiting.push(job);
  startWaiting();
});
