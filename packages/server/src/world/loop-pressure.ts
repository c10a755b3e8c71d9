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
 * At the top factor the world also never replicates two ticks in a row (World,
 * {@link THIN_REPLICATION_FACTOR}): fewer distant updates make frames smaller, but their number,
 * and so the per-player cost of building and sending them, stays; a thread that is still
 * saturated then builds and sends at most half as many, which leaves its inputs room.
 * @module
 */

/** The thresholds of {@link LoopPressure}. */
export interface LoopPressureOptions {
  /** Busy share (0-1) at or above which the factor doubles. */
  readonly raiseAt: number;
  /** Busy share below which the factor halves. */
  readonly lowerBelow: number;
  /** The highest factor. */
  readonly maxFactor: number;
}

/**
 * Raise at 90% busy, lower below 75%, up to 8: four times the configured stride (2 by default,
 * so the cap of 8), then, still saturated, no two ticks in a row replicated (World).
 */
export const LOOP_PRESSURE_DEFAULTS: LoopPressureOptions = { raiseAt: 0.9, lowerBelow: 0.75, maxFactor: 8 };

/** The factor from which the world never replicates two ticks in a row. */
export const THIN_REPLICATION_FACTOR = 8;

/** The distant-stride factor a main thread's busy share calls for, with a dead band. */
export class LoopPressure {
  readonly #options: LoopPressureOptions;
  #factor = 1;

  /** @param options - thresholds; {@link LOOP_PRESSURE_DEFAULTS} when omitted */
  constructor(options: LoopPressureOptions = LOOP_PRESSURE_DEFAULTS) {
    if (!(options.lowerBelow > 0 && options.lowerBelow < options.raiseAt && options.raiseAt <= 1)) {
      throw new RangeError(`loop pressure needs 0 < lowerBelow < raiseAt <= 1; got ${options.lowerBelow} and ${options.raiseAt}`);
    }
    if (!Number.isInteger(options.maxFactor) || options.maxFactor < 1) throw new RangeError(`loop pressure's maxFactor must be a whole number of at least 1; got ${options.maxFactor}`);
    this.#options = options;
  }

  /** The factor now: 1 (no pressure), 2, 4… up to `maxFactor`. */
  get factor(): number {
    return this.#factor;
  }

  /**
   * Takes the main thread's busy share over the last measured window.
   * @param busy - event-loop utilization, 0 to 1; a value that is not a finite number changes nothing
   * @returns the factor from now on
   */
  observe(busy: number): number {
    if (!Number.isFinite(busy)) return this.#factor;
    const { raiseAt, lowerBelow, maxFactor } = this.#options;
    if (busy >= raiseAt) this.#factor = Math.min(maxFactor, this.#factor * 2);
    else if (busy < lowerBelow) this.#factor = Math.max(1, Math.floor(this.#factor / 2));
    return this.#factor;
  }
}
