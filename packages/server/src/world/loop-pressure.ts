/**
 * Graceful degradation for a saturated main thread: how much to raise the distant stride when
 * the thread the world ticks on is busy nearly all the time, whatever the tick itself costs.
 *
 * Why: the tick-cost rule (World, above half the budget) sees only the world's own share of the
 * thread. The sessions' reads and the socket writes run on the same thread, and at a crowd's size
 * on few cores they keep it busy while each tick still fits its budget: measured on 2 cores at
 * 2,500 wanderers, the main thread was busy 97-99% of the time, ticks averaged well under half
 * their budget, so nothing degraded, and input latency was queueing (steady p99 224 and 278 ms).
 * The same runs with distant entities every 8th tick sent 20-38% fewer bytes and gave p99 191 and
 * 183 ms. So the server measures how busy its main thread's event loop was each second and tells
 * the world; this rule turns that into a factor on the distant stride.
 *
 * The rule has a dead band, so it settles instead of swinging each second: busy at least
 * `raiseAt` doubles the factor (up to `maxFactor`); busy below `lowerBelow` halves it (down to
 * 1); between the two it holds. Raising the stride takes some load off, and with a band that
 * wide the lighter load does not at once lower it again.
 *
 * Past that, a thread that is fully saturated with the factor at its top (busy at least
 * `thinAt`) has the world leave some ticks unreplicated ({@link LoopPressure.thinShare}): fewer
 * distant updates make frames smaller, but their number, and so the per-player cost of building
 * and sending them, stays; leaving ticks out builds and sends fewer, which leaves the inputs
 * room. Fast to start, slow to let go: saturation with no thinning yet leaves every other tick
 * out at once (full relief, as the first version did); while the share holds and the thread is
 * busy at least `raiseAt` it holds; below that it comes down a step a second, every other tick,
 * then one in 3, 4, 6 and 8, then none; saturated again on the way down, it goes back up a
 * step. The first version let go at once, back to every tick below `raiseAt`, and a load that
 * needed a little thinning swung between all and nothing each second (at 2,500 datagram
 * players on 2 cores, frames 29,000 and 47,000 a second in turn, the main thread 100% busy in
 * every full second and the kernel dropping its inputs); coming down in steps, it settles on
 * the share the load needs.
 * Thinning costs latency, so it is kept for a thread that has nothing left: at 2,500 players on
 * 2 cores over TCP (busy 81-87%) thinning from 90% made ack p99 7-10% worse; at 5,000 with
 * datagram clients it doubled the inputs the server read.
 * @module
 */

/** The shares of ticks left unreplicated, step by step: one in 8, 6, 4, 3, then every other. */
export const THIN_SHARES: readonly number[] = [0, 1 / 8, 1 / 6, 1 / 4, 1 / 3, 1 / 2];

/** The thresholds of {@link LoopPressure}. */
export interface LoopPressureOptions {
  /** Busy share (0-1) at or above which the factor doubles. */
  readonly raiseAt: number;
  /** Busy share below which the factor halves. */
  readonly lowerBelow: number;
  /** The highest factor. */
  readonly maxFactor: number;
  /** Busy share at or above which, with the factor at its top, replication thins. */
  readonly thinAt: number;
}

/**
 * Raise at 90% busy, lower below 75%, at most four times the configured stride; thin
 * replication at 97% busy with the factor at four.
 */
export const LOOP_PRESSURE_DEFAULTS: LoopPressureOptions = { raiseAt: 0.9, lowerBelow: 0.75, maxFactor: 4, thinAt: 0.97 };

/** The distant-stride factor a main thread's busy share calls for, with a dead band. */
export class LoopPressure {
  readonly #options: LoopPressureOptions;
  #factor = 1;
  #thinStep = 0;

  /** @param options - thresholds; {@link LOOP_PRESSURE_DEFAULTS} when omitted */
  constructor(options: LoopPressureOptions = LOOP_PRESSURE_DEFAULTS) {
    if (!(options.lowerBelow > 0 && options.lowerBelow < options.raiseAt && options.raiseAt <= 1)) {
      throw new RangeError(`loop pressure needs 0 < lowerBelow < raiseAt <= 1; got ${options.lowerBelow} and ${options.raiseAt}`);
    }
    if (!Number.isInteger(options.maxFactor) || options.maxFactor < 1) throw new RangeError(`loop pressure's maxFactor must be a whole number of at least 1; got ${options.maxFactor}`);
    if (!(options.thinAt >= options.raiseAt && options.thinAt <= 1)) throw new RangeError(`loop pressure needs raiseAt <= thinAt <= 1; got ${options.thinAt}`);
    this.#options = options;
  }

  /** The factor now: 1 (no pressure), 2, 4… up to `maxFactor`. */
  get factor(): number {
    return this.#factor;
  }

  /** The share of ticks the world should leave unreplicated: 0, or one of {@link THIN_SHARES} while the thread has nothing left. */
  get thinShare(): number {
    return THIN_SHARES[this.#thinStep] ?? 0;
  }

  /**
   * Takes the main thread's busy share over the last measured window.
   * @param busy - event-loop utilization, 0 to 1; a value that is not a finite number changes nothing
   * @returns the factor from now on
   */
  observe(busy: number): number {
    if (!Number.isFinite(busy)) return this.#factor;
    const { raiseAt, lowerBelow, maxFactor, thinAt } = this.#options;
    // Thinning starts only at the top factor as it was before this reading (after a second at
    // it): at once at its most, then a step a second; a share that fits holds in the band between.
    const top = THIN_SHARES.length - 1;
    if (busy >= thinAt && this.#factor === maxFactor) this.#thinStep = this.#thinStep === 0 ? top : Math.min(top, this.#thinStep + 1);
    else if (busy < raiseAt) this.#thinStep = Math.max(0, this.#thinStep - 1);
    if (busy >= raiseAt) this.#factor = Math.min(maxFactor, this.#factor * 2);
    else if (busy < lowerBelow) this.#factor = Math.max(1, Math.floor(this.#factor / 2));
    return this.#factor;
  }
}
