/**
 * Local times for server ticks, for drawing other entities smoothly.
 *
 * Frames do not arrive evenly: the server lets a frame that carries nothing urgent wait one tick
 * to share the next frame's socket write (frame pacing), so an idle observer gets its frames in
 * pairs, and the network adds jitter. The tick a frame was built in is exact, so positions are
 * timed by tick: `tick × interval + offset`, where the offset (arrival time minus tick time) is the
 * smallest seen, that of the frames that came quickest. A frame whose offset exceeds it by more
 * than {@link TickClock.resyncTicks} ticks means the server's ticks slipped (a stall, skipped
 * ticks) or the network got slower: the clock then follows the newest frame.
 * @module
 */

/** Maps server ticks to local milliseconds. */
export class TickClock {
  /** A frame later than the quickest by more than this many ticks moves the clock to it. */
  static readonly resyncTicks = 3;
  /** The server's tick interval, ms (1000 / its tick rate). */
  tickMs: number;
  #offset = Number.POSITIVE_INFINITY;

  /** @param tickMs - the server's tick interval, ms */
  constructor(tickMs = 50) {
    this.tickMs = tickMs;
  }

  /**
   * The local time at which the state of `tick` is placed, given that its frame arrived at
   * `arrivalMs` (same clock as the result, e.g. `performance.now()`).
   */
  timeOf(tick: number, arrivalMs: number): number {
    const offset = arrivalMs - tick * this.tickMs;
    if (offset < this.#offset || offset - this.#offset > TickClock.resyncTicks * this.tickMs) this.#offset = offset;
    return tick * this.tickMs + this.#offset;
  }
}
