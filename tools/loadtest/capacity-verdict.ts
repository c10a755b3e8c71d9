/**
 * Whether one load run of a capacity search (capacity.ts) held its players: the run's own
 * verdict (every bot in the world, no unexpected disconnect), and its steady state within the
 * bounds issue 5 sets for a server: movement input → acknowledgement p99 within one tick + 15 ms,
 * direct replies (chat, vendor, trade steps) p99 under 50 ms where the mix has them, and,
 * when asked, the server's CPU under a share of the cores. Pure: a result in, a verdict out.
 * @module
 */
import type { LoadTestResult } from './run-load.ts';

/** What a run must stay within, steady. */
export interface CapacityBounds {
  /** Input → acknowledging frame p99, ms. */
  readonly ackP99Ms: number;
  /** Direct replies p99, ms; checked only when the run timed some (its mix has chatter or traders). */
  readonly replyP99Ms: number;
  /** The server's mean CPU, in cores (1 = one core busy); not checked when absent. */
  readonly serverCpuCores?: number;
}

/** A run's verdict against the bounds. */
export interface CapacityVerdict {
  /** True when the run met every bound. */
  readonly met: boolean;
  /** Why not, one sentence each; empty when met. */
  readonly reasons: readonly string[];
}

/** The default bounds at a tick rate: one tick + 15 ms for movement, 50 ms for direct replies. */
export function defaultBounds(tickRateHz: number): CapacityBounds {
  return { ackP99Ms: 1000 / tickRateHz + 15, replyP99Ms: 50 };
}

function ms(value: number): string {
  return `${value.toLocaleString('en-US', { maximumFractionDigits: 1 })} ms`;
}

/** Judges one run's result against the bounds. */
export function judgeRun(result: LoadTestResult, bounds: CapacityBounds): CapacityVerdict {
  const reasons = [...result.problems];
  if (!result.ok && reasons.length === 0) reasons.push('the run failed');
  const steady = result.steady;
  if (steady === undefined) {
    reasons.push('no steady state: not every bot was in the world at once');
    return { met: false, reasons };
  }
  if (steady.ack.count === 0) reasons.push('no movement input was acknowledged in the steady state');
  else if (steady.ack.p99 > bounds.ackP99Ms) reasons.push(`input → ack p99 ${ms(steady.ack.p99)}, over ${ms(bounds.ackP99Ms)}`);
  if (steady.reply.count > 0 && steady.reply.p99 > bounds.replyP99Ms) reasons.push(`direct replies p99 ${ms(steady.reply.p99)}, over ${ms(bounds.replyP99Ms)}`);
  if (bounds.serverCpuCores !== undefined) {
    const cpu = steady.server?.cpuCoresMean;
    if (cpu === undefined) reasons.push('the server\'s CPU was not measured');
    else if (cpu > bounds.serverCpuCores) reasons.push(`server CPU ${cpu.toFixed(2)} cores, over ${bounds.serverCpuCores}`);
  }
  return { met: reasons.length === 0, reasons };
}
