/**
 * How fast the world really ran. A server whose clock falls too far behind skips ticks instead
 * of running them late (world-clock.ts), so under overload its world time runs slower than wall
 * time: at 5 ticks a second of a 20 Hz world, walkers cover a quarter of the ground, frames come
 * a quarter as often and every latency figure is measured against that slower world. Each
 * interval of the clock is either run (on time or caught up) or counted as skipped, so the ticks
 * run are the interval count less the skipped ones.
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
