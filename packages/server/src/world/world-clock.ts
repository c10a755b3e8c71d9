/**
 * The fixed-timestep clock that drives the world: it calls `step` once per tick interval. After
 * a late wake-up it catches up on the intervals that fell due meanwhile, as catch-up ticks
 * (`step(false)`: simulation without replication), so world time keeps up with wall time and
 * only the rate of frames falls; only a backlog beyond what a turn may catch up is skipped (and
 * counted), which slows the world.
 *
 * Every turn's ticks start from a setImmediate, never straight from the timer. A tick's frames
 * are lent to the sinks only until the next tick starts (FrameSink), and the transports copy
 * them at the flush that ends the turn, itself a setImmediate queued while the tick delivered
 * its frames. Immediates run in order, so a tick queued after those flushes starts after them.
 * A timer callback, by contrast, runs in the loop's timers phase, which comes before the check
 * phase where the previous turn's flushes wait: a tick run from the timer could start before the
 * last tick's frames were copied. So the timer only queues the turn, and a turn runs its
 * catch-up ticks, which deliver nothing, and then one replicated tick, its last: at most one
 * tick with frames per event-loop turn, each after the last one's flushes.
 *
 * The same order would hold back the answers to requests read in the loop's poll phase between
 * the timer and the turn: their flush is an immediate queued after the turn's. On a busy thread
 * (a turn due at every timers phase) every answer then waited for a whole turn. So a turn first
 * calls `beforeTurn`, where the server writes what is due.
 * @module
 */

/**
 * The most ticks one turn runs: up to this many less one catch-up ticks, then the replicated
 * tick. A backlog beyond it is skipped. It bounds a turn's catch-up work, how stale a frame's
 * news may be (0.4 s at 20 Hz) and what waits for one frame; it must stay below the handles'
 * reuse delay (HANDLE_REUSE_DELAY_TICKS), so observers hear of a departed entity before its
 * handle names another.
 */
export const MAX_TICKS_PER_TURN = 8;

/** A monotonic clock in milliseconds (injectable for tests). */
export type Now = () => number;

/**
 * Runs one tick; `replicate` false for a catch-up tick, which runs the simulation only (its
 * changes go out with the next replicated tick's frames).
 */
export type TickStep = (replicate: boolean) => void;

/** Drives a step function at a fixed rate. */
export class WorldClock {
  readonly #intervalMs: number;
  readonly #step: TickStep;
  readonly #now: Now;
  readonly #onSkip: (ticks: number) => void;
  readonly #beforeTurn: () => void;
  #timer: NodeJS.Timeout | undefined;
  /** The queued turn (every turn runs from a setImmediate). */
  #queued: NodeJS.Immediate | undefined;
  #running = false;
  /** How many times the clock was started: a turn whose step stopped and restarted it leaves the rest to the new start. */
  #starts = 0;
  /** When the next tick falls due, ms. */
  #next = 0;

  /**
   * @param tickRateHz - ticks per second
   * @param step - runs one tick, replicated or catch-up
   * @param onSkip - told how many ticks were dropped after falling behind
   * @param now - monotonic clock, ms
   * @param beforeTurn - called when a turn is about to run its ticks, before the first (the
   *   server writes the answers and messages its sessions queued since its last flush)
   */
  constructor(tickRateHz: number, step: TickStep, onSkip: (ticks: number) => void, now: Now = () => performance.now(), beforeTurn: () => void = () => undefined) {
    this.#intervalMs = 1000 / tickRateHz;
    this.#step = step;
    this.#onSkip = onSkip;
    this.#now = now;
    this.#beforeTurn = beforeTurn;
  }

  /** Starts ticking. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#starts++;
    this.#next = this.#now() + this.#intervalMs;
    this.#schedule();
  }

  /** Stops ticking (a turn under way stops after its current tick). */
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
      this.#queueTurn();
    }, Math.max(0, this.#next - this.#now()));
  }

  /** Runs on a setImmediate: after every flush queued by the turn before. */
  #queueTurn(): void {
    this.#queued = setImmediate(() => {
      this.#queued = undefined;
      this.#turn();
    });
  }

  /**
   * Runs the ticks due: every one but the last as a catch-up tick, the last replicated; beyond
   * MAX_TICKS_PER_TURN the oldest are skipped. Then waits for the next one.
   */
  #turn(): void {
    const intervals = (this.#now() - this.#next) / this.#intervalMs;
    if (intervals >= 0) {
      this.#beforeTurn();
      let due = Math.floor(intervals) + 1;
      if (due > MAX_TICKS_PER_TURN) {
        const skipped = due - MAX_TICKS_PER_TURN;
        this.#next += skipped * this.#intervalMs;
        this.#onSkip(skipped);
        due = MAX_TICKS_PER_TURN;
      }
      const starts = this.#starts;
      for (let i = 1; i <= due; i++) {
        this.#next += this.#intervalMs;
        this.#step(i === due);
        if (!this.#running || this.#starts !== starts) return;
      }
    }
    if (this.#running) this.#schedule();
  }
}
