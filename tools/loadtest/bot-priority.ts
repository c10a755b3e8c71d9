/**
 * The bot processes' scheduling priority. On a machine where the bots share the cores with the
 * server (the 2-core runs of the matrix), the load generator is measuring equipment: the server
 * should not wait behind it for a core, as it never does in production, while every delay the
 * bots add (their own event loops, waiting for a core) still counts in the latency they measure.
 * So the harness raises the bot processes' niceness (10 by default: under Linux's scheduler a
 * runnable server then gets about nine tenths of a contested core). It never lowers a niceness:
 * a harness started at nice 15 keeps its bots at 15, as only a privileged user may go lower.
 * @module
 */
import type { ChildProcess } from 'node:child_process';
import { getPriority, setPriority } from 'node:os';

/** Niceness of the bot processes unless a run says otherwise. */
export const DEFAULT_BOT_NICE = 10;

/** Highest niceness Linux allows. */
export const MAX_BOT_NICE = 19;

/**
 * The niceness bot processes asked to run at `requested` will have: the harness's own when that
 * is already higher (only a privileged user may lower a niceness).
 */
export function botNiceness(requested: number): number {
  return Math.max(getPriority(), requested);
}

/**
 * Sets a just-forked bot process's niceness (from {@link botNiceness}). A child without a pid
 * failed to fork; its 'error' event reports why, so it is left alone here.
 */
export function yieldToServer(child: ChildProcess, niceness: number): void {
  if (child.pid !== undefined) setPriority(child.pid, niceness);
}
