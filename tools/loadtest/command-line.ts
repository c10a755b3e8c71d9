/**
 * What the load harness's commands (main.ts, matrix.ts, compare.ts, capacity.ts) do alike as
 * processes: which errors are a command line's, stopping on a signal, and exiting with what the
 * command returned.
 * @module
 */
import { LoadCliError } from './cli.ts';
import { LoadOptionError } from './run-load.ts';
import { MixError } from './scenario-mix.ts';

/**
 * Whether `error` says the command line cannot be run (answered with the usage and exit 2): a bad
 * flag or value, options out of range, an unknown scenario, or an option parseArgs refused.
 */
export function isCommandLineError(error: unknown): error is Error {
  return error instanceof LoadCliError || error instanceof LoadOptionError || error instanceof MixError || (error instanceof TypeError && 'code' in error);
}

/**
 * Exits with 130 on SIGINT or SIGTERM. Exiting kills a run's started server (server-process.ts);
 * its workers stop when their IPC channel closes.
 * @param tool - the command's name in the message
 */
export function stopOnSignals(tool: string): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stderr.write(`${tool}: ${signal}; stopping\n`);
      process.exit(130);
    });
  }
}

/**
 * Runs the command and exits with the code it returns, or 1 with the error when it throws.
 * @param tool - the command's name in the message
 */
export function exitWhenDone(tool: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${tool}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
