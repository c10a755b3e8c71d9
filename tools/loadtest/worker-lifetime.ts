/**
 * The part every load worker process shares, whatever bots it runs: sending reports to the
 * coordinator over the IPC channel, and ending. A worker stops when the coordinator says so or
 * goes away, and exits by itself (status 3) once it overruns its duration by a minute.
 * @module
 */
import type { DoneMessage, IntervalMessage } from './worker-messages.ts';

/** How long past its duration a worker may run before it exits by itself, ms. */
const HARD_TIMEOUT_SLACK_MS = 60_000;

/** Sends a message to the coordinator; resolves once it is handed over (at once without a channel). */
export function sendToCoordinator(message: IntervalMessage | DoneMessage): Promise<void> {
  return new Promise((resolve) => {
    if (process.send === undefined) {
      resolve();
      return;
    }
    process.send(message, undefined, {}, () => { resolve(); });
  });
}

/**
 * Starts a worker's lifetime: arms the hard limit and listens for the coordinator's stop.
 * @param durationS - the run's duration, seconds
 * @param who - the worker's name in the message printed when it overruns
 * @returns a signal aborted by a `stop` message or a lost coordinator
 */
export function workerStopSignal(durationS: number, who: string): AbortSignal {
  const hardTimer = setTimeout(() => {
    process.stderr.write(`${who}: overran its hard limit; exiting\n`);
    process.exit(3);
  }, durationS * 1000 + HARD_TIMEOUT_SLACK_MS);
  hardTimer.unref();
  const stop = new AbortController();
  process.on('message', (message: { type?: string }) => {
    if (message.type === 'stop') stop.abort();
  });
  process.on('disconnect', () => {
    stop.abort();
  });
  return stop.signal;
}
