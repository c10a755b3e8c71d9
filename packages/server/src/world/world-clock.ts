/**
 * The fixed-timestep clock that drives the world: it calls `step` once per tick interval,
 * catching up after a late wake-up, and skipping (and counting) ticks when it falls so far
 * behind that catching up would only make it worse.
 * @module
 */

/** The most ticks run back to back to catch up before the backlog is dropped. */
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
    if (this.#timer !== undefined) return;
    this.#next = this.#now() + this.#intervalMs;
    this.#schedule();
  }

  /** Stops ticking. */
  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule(): void {
    this.#timer = setTimeout(() => {
      this.#run();
    }, Math.max(0, this.#next - this.#now()));
  }

  #run(): void {
    let ran = 0;
    while (this.#now() >= this.#next && ran < MAX_CATCH_UP) {
      this.#step();
      this.#next += this.#intervalMs;
      ran++;
    }
    const behind = Math.floor((this.#now() - this.#next) / this.#intervalMs);
    if (behind > 0) {
      this.#next += behind * this.#intervalMs;
      this.#onSkip(behind);
    }
    if (this.#timer !== undefined) this.#schedule();
  }
}
