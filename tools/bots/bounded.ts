/**
 * Bounded waits for the bots: every step waits for its answer, a time limit or the end of the
 * run, whichever comes first, so a stuck server never hangs a bot.
 * @module
 */

/** The run (or the bot's connection) ended while a step was waiting. */
export class RunEnded extends Error {
  constructor() {
    super('run ended before this step finished');
    this.name = 'RunEnded';
  }
}

/**
 * Waits for `promise`, failing when `ms` pass or `signal` aborts first.
 * @throws RunEnded when the signal aborts; an Error naming `what` on timeout
 */
export async function within<T>(promise: Promise<T>, what: string, ms: number, signal: AbortSignal): Promise<T> {
  if (signal.aborted) throw new RunEnded();
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const bounds = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`no answer to ${what} within ${ms} ms`));
    }, ms);
    onAbort = () => {
      reject(new RunEnded());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([promise, bounds]);
  } finally {
    clearTimeout(timer);
    if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
  }
}

/** True for the error a waiting step ends with when the run or the connection ended. */
export function isRunEnd(error: unknown): boolean {
  return error instanceof RunEnded || (error instanceof Error && error.name === 'AbortError');
}
