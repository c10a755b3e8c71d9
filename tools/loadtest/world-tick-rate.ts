/**
 * How fast the world really ran, and how often it replicated. A server whose clock falls behind
 * runs the overdue ticks as catch-up ticks, simulation without replication (world-clock.ts), so
 * its world time keeps up while its frames come less often; only a backlog beyond what one turn
 * may catch up is skipped, and then world time runs slower than wall time: at 5 ticks a second
 * of a 20 Hz world, walkers cover a quarter of the ground and every latency figure is measured
 * against that slower world. Each interval of the clock is either run (replicated or caught up)
 * or counted as skipped, so the ticks run are the interval count less the skipped ones, and the
 * ticks replicated are those less the caught-up ones.
 * @module
 */

/**
 * Ticks a second the world ran over a span of `seconds` in which its clock skipped `skipped` of
 * its `tickRateHz` ticks a second.
 */
export function worldTicksPerSecond(tickRateHz: number, skipped: number, seconds: number): number {
  if (!(seconds > 0)) return tickRateHz;
  return Math.max(0, tickRateHz - skipped / seconds);
}

/**
 * Ticks a second the world replicated (built and sent frames) over a span of `seconds` in which
 * its clock skipped `skipped` and caught up `caughtUp` (run without replication) of its
 * `tickRateHz` ticks a second: how often players got news.
 */
export function replicatedTicksPerSecond(tickRateHz: number, skipped: number, caughtUp: number, seconds: number): number {
  if (!(seconds > 0)) return tickRateHz;
  return Math.max(0, worldTicksPerSecond(tickRateHz, skipped, seconds) - caughtUp / seconds);
}

/**
 * Both rates in words, as the reports print them: "18.2 of its 20 ticks a second, 3.5 of them
 * replicated (with frames)". `ticks.caughtUp` is absent in results from before catch-up ticks,
 * when every tick run was replicated.
 */
export function describeTickRates(tickRateHz: number, ticks: { readonly skipped: number; readonly caughtUp?: number }, seconds: number): string {
  const ran = worldTicksPerSecond(tickRateHz, ticks.skipped, seconds);
  const replicated = replicatedTicksPerSecond(tickRateHz, ticks.skipped, ticks.caughtUp ?? 0, seconds);
  return `${ran.toFixed(1)} of its ${tickRateHz} ticks a second, ${replicated.toFixed(1)} of them replicated (with frames)`;
}
