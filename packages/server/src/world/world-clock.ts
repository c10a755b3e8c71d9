/**
 * The fixed-timestep clock that drives the world: it calls `step` once per tick interval,
 * catching up after a late wake-up, and skipping (and counting) ticks when it falls so far
 * behind that catching up would only make it worse. It runs at most one tick per event-loop
 * turn: a catch-up tick waits for the next turn (setImmediate, queued after the transports'
 * flushes of the tick before), because a tick's frames are lent to the sinks only until the
 * next tick starts (FrameSink) and the transports copy them at that flush.
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
  #catchUp: NodeJS.Immediate | undefined;
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
    clearImmediate(this.#catchUp);
    this.#timer = undefined;
    this.#catchUp = undefined;
  }

  #schedule(): void {
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#run();
    }, Math.max(0, this.#next - this.#now()));
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
      this.#catchUp = setImmediate(() => {
        this.#catchUp = undefined;
        this.#run();
      });
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
