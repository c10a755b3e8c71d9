/**
 * The fixed-timestep clock that drives the world: it calls `step` once per tick interval,
 * catching up after a late wake-up, and skipping (and counting) ticks when it falls so far
 * behind that catching up would only make it worse.
 *
 * Every tick starts from a setImmediate, never straight from the timer. A tick's frames are lent
 * to the sinks only until the next tick starts (FrameSink), and the transports copy them at the
 * flush that ends the turn, itself a setImmediate queued while the tick delivered its frames.
 * Immediates run in order, so a tick queued after those flushes starts after them. A timer
 * callback, by contrast, runs in the loop's timers phase, which comes before the check phase
 * where the previous turn's flushes wait: a tick run from the timer could start before the
 * last tick's frames were copied. So the timer only queues the tick, and a catch-up tick is
 * queued the same way: at most one tick per event-loop turn, each after the last one's flushes.
 * @module
 */

/** The most ticks run in a row to catch up before the backlog is dropped. */
const MAX_CATCH_UP = 4;

/** A monotonic clock in milliseconds (injectable for tests). */
export type Now = () => number;

/** Drives a step function at a fixed rate. */
export class WorldClock {
  readonly #intervalMs: number;
  readonly #step: () => void;
  readonly #now: Now;
  readonly #onSkip: (ticks: number) => void;
  #timer: NodeJS.Timeout | undefined;
  /** The queued tick (every tick runs from a setImmediate). */
  #queued: NodeJS.Immediate | undefined;
  #running = false;
  /** Ticks run in a row without waiting for the interval (catching up). */
  #burst = 0;
  #next = 0;

  /**
   * @param tickRateHz - ticks per second
   * @param step - runs one tick
   * @param onSkip - told how many ticks were dropped after falling behind
   * @param now - monotonic clock, ms
   */
  constructor(tickRateHz: number, step: () => void, onSkip: (ticks: number) => void, now: Now = () => performance.now()) {
    this.#intervalMs = 1000 / tickRateHz;
    this.#step = step;
    this.#onSkip = onSkip;
    this.#now = now;
  }

  /** Starts ticking. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#burst = 0;
    this.#next = this.#now() + this.#intervalMs;
    this.#schedule();
  }

  /** Stops ticking. */
  stop(): void {
    this.#running = false;
    clearTimeout(this.#timer);
    clearImmediate(this.#queued);
    this.#timer = undefined;
    this.#queued = undefined;
  }

  #schedule(): void {
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#queueRun();
    }, Math.max(0, this.#next - this.#now()));
  }

  /** Runs on a setImmediate: after every flush queued by the tick before. */
  #queueRun(): void {
    this.#queued = setImmediate(() => {
      this.#queued = undefined;
      this.#run();
    });
  }

  /** Runs the due tick; one still due runs on the next turn, up to MAX_CATCH_UP in a row. */
  #run(): void {
    if (this.#now() >= this.#next) {
      this.#step();
      this.#next += this.#intervalMs;
      this.#burst++;
    }
    if (!this.#running) return;
    if (this.#now() >= this.#next && this.#burst < MAX_CATCH_UP) {
      this.#queueRun();
      return;
    }
    this.#burst = 0;
    const behind = Math.floor((this.#now() - this.#next) / this.#intervalMs);
    if (behind > 0) {
      this.#next += behind * this.#intervalMs;
      this.#onSkip(behind);
    }
    this.#schedule();
  }
}
