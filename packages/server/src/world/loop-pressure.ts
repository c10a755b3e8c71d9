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
 * `thinAt`) also has the world never replicate two ticks in a row ({@link LoopPressure.thin}):
 * fewer distant updates make frames smaller, but their number, and so the per-player cost of
 * building and sending them, stays; the thread then builds and sends at most half as many,
 * which leaves its inputs room. It ends when the thread is below `raiseAt` again. Thinning costs
 * latency (a frame every other tick), so it is kept for a thread that has nothing left: at 2,500
 * players on 2 cores over TCP (busy 81-87%) it made ack p99 7-10% worse; at 5,000 with datagram
 * clients it doubled the inputs the server read.
 *
 * A world that replicates by cohorts (world.ts, `replicationCohorts`) serves a share of its
 * players at every tick instead ({@link LoopPressure.cohorts}): the number of cohorts doubles
 * (2, 4, 8, at most `maxCohorts`) at every reading that would start thinning (busy at least
 * `thinAt` with the factor at its top), and halves at every reading below `lowerBelow`, so a
 * period that brings the thread back under `thinAt` holds instead of swinging back to everyone at
 * once.
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
  /** Busy share at or above which, with the factor at its top, replication thins (or the cohorts double). */
  readonly thinAt: number;
  /** The most cohorts ({@link LoopPressure.cohorts}); 1 (or omitted): never more than one. */
  readonly maxCohorts?: number;
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
  #thin = false;
  #cohorts = 1;

  /** @param options - thresholds; {@link LOOP_PRESSURE_DEFAULTS} when omitted */
  constructor(options: LoopPressureOptions = LOOP_PRESSURE_DEFAULTS) {
    if (!(options.lowerBelow > 0 && options.lowerBelow < options.raiseAt && options.raiseAt <= 1)) {
      throw new RangeError(`loop pressure needs 0 < lowerBelow < raiseAt <= 1; got ${options.lowerBelow} and ${options.raiseAt}`);
    }
    if (!Number.isInteger(options.maxFactor) || options.maxFactor < 1) throw new RangeError(`loop pressure's maxFactor must be a whole number of at least 1; got ${options.maxFactor}`);
    if (!(options.thinAt >= options.raiseAt && options.thinAt <= 1)) throw new RangeError(`loop pressure needs raiseAt <= thinAt <= 1; got ${options.thinAt}`);
    const maxCohorts = options.maxCohorts ?? 1;
    if (!Number.isInteger(maxCohorts) || maxCohorts < 1) throw new RangeError(`loop pressure's maxCohorts must be a whole number of at least 1; got ${maxCohorts}`);
    this.#options = options;
  }

  /** The factor now: 1 (no pressure), 2, 4… up to `maxFactor`. */
  get factor(): number {
    return this.#factor;
  }

  /** True while the world should never replicate two ticks in a row (the thread has nothing left). */
  get thin(): boolean {
    return this.#thin;
  }

  /** How many cohorts a world replicating by cohorts should serve its players in: 1 (everyone at once), 2, 4… up to `maxCohorts`. */
  get cohorts(): number {
    return this.#cohorts;
  }

  /**
   * Takes the main thread's busy share over the last measured window.
   * @param busy - event-loop utilization, 0 to 1; a value that is not a finite number changes nothing
   * @returns the factor from now on
   */
  observe(busy: number): number {
    if (!Number.isFinite(busy)) return this.#factor;
    const { raiseAt, lowerBelow, maxFactor, thinAt } = this.#options;
    // Thinning starts only at the top factor as it was before this reading (after a second at it).
    if (busy >= thinAt && this.#factor === maxFactor) {
      this.#thin = true;
      this.#cohorts = Math.min(this.#options.maxCohorts ?? 1, Math.max(2, this.#cohorts * 2));
    } else if (busy < raiseAt) {
      this.#thin = false;
    }
    if (busy < lowerBelow) this.#cohorts = Math.max(1, Math.floor(this.#cohorts / 2));
    if (busy >= raiseAt) this.#factor = Math.min(maxFactor, this.#factor * 2);
    else if (busy < lowerBelow) this.#factor = Math.max(1, Math.floor(this.#factor / 2));
    return this.#factor;
  }
}
