/**
 * The steady-state figures the load harness's comparison and capacity tables list
 * (compare-markdown.ts, capacity-markdown.ts): how each is read from a run's result, and how a
 * figure is shown. Pure.
 * @module
 */
import type { LoadTestResult } from './run-load.ts';
import { worldFramesPerPlayer } from './server-watch.ts';

/** One column of a table of runs. */
export interface SteadyFigure {
  /** Its heading. */
  readonly title: string;
  /** Its value for a run; undefined when the run did not measure it. */
  readonly read: (result: LoadTestResult) => number | undefined;
}

/** The figures, by name. */
export const STEADY_FIGURES = {
  ackP50: { title: 'ack p50 ms', read: (r) => r.steady?.ack.p50 },
  ackP99: { title: 'ack p99 ms', read: (r) => r.steady?.ack.p99 },
  replyP99: { title: 'direct replies p99 ms', read: (r) => ((r.steady?.reply.count ?? 0) > 0 ? r.steady?.reply.p99 : undefined) },
  serverCpu: { title: 'server CPU cores', read: (r) => r.steady?.server?.cpuCoresMean },
  mainThreadBusy: { title: 'main thread busy', read: (r) => r.steady?.server?.threadsBusy?.main },
  socketWrites: { title: 'socket writes/s', read: (r) => r.steady?.server?.rates.socketWritesPerS },
  framesPerPlayer: { title: 'frames a player a second', read: (r) => (r.steady?.server === undefined ? undefined : worldFramesPerPlayer(r.steady.server)) },
  inViewMean: { title: 'in view mean', read: (r) => r.steady?.view.mean },
} as const satisfies Record<string, SteadyFigure>;

/** A figure with `digits` decimals and thousands separators; "–" when not measured. */
export function shownFigure(value: number | undefined, digits: number): string {
  return value === undefined || !Number.isFinite(value) ? '–' : value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
