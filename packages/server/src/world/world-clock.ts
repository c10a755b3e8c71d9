/**
 * The fixed-timestep clock that drives the world: it calls `step` once per tick interval. After
 * a late wake-up it catches up on the intervals that fell due meanwhile, as catch-up ticks
 * (`step(false)`: simulation without replication), so world time keeps up with wall time and
 * only the rate of frames falls; only a backlog beyond what a streak may catch up is skipped (and
 * counted), which slows the world.
 *
 * Every tick starts from a setImmediate, never straight from the timer. A tick's frames are lent
 * to the sinks only until the next tick starts (FrameSink), and the transports copy them at the
 * flush that ends the turn, itself a setImmediate queued while the tick delivered its frames.
 * Immediates run in order, so a tick queued after those flushes starts after them. A timer
 * callback, by contrast, runs in the loop's timers phase, which comes before the check phase where
 * the previous turn's flushes wait: a tick run from the timer could start before the last tick's
 * frames were copied. So the timer only queues the tick.
 *
 * A wake-up that finds k intervals due runs them as a streak: k - 1 catch-up ticks, which deliver
 * nothing, then one replicated tick. The catch-up ticks run back to back while more than the
 * replicated tick is due. Once only it is due, it is queued as an immediate from inside the check
 * phase, which Node runs in the loop's next iteration: the poll phase comes between, so the
 * sockets are read and the requests answered before it rather than after it. When another
 * interval fell due meanwhile, the replicated tick runs at once: reading the sockets first would
 * put the clock further behind, and each stretch before a replicated tick delays every
 * acknowledgement (polling between all the catch-up ticks was tried: replies came sooner, and the
 * server's input → ack p99 doubled at a saturated 2,500 players). At most one tick with frames
 * runs per event-loop turn, each after the last one's flushes. The streak's length is fixed when
 * it starts, and intervals that fall due while it runs are the next streak's, so every streak
 * ends in a replicated tick, at most MAX_TICKS_PER_STREAK ticks after the last one.
 *
 * The same order would hold back the answers to requests read in the loop's poll phase between
 * the timer (or the streak's previous tick) and the tick: their flush is an immediate queued after
 * the tick's. On a busy thread (a tick due at every timers phase) every answer then waited for a
 * tick. So every tick is preceded by `beforeTick`, where the server writes what is due.
 * @module
 */

/**
 * The most ticks one streak runs: up to this many less one catch-up ticks, then the replicated
 * tick. A backlog beyond it is skipped. It bounds a streak's catch-up work, how stale a frame's
 * news may be (0.4 s at 20 Hz) and what waits for one frame; it must stay below the handles'
 * reuse delay (HANDLE_REUSE_DELAY_TICKS), so observers hear of a departed entity before its
 * handle names another.
 */
export const MAX_TICKS_PER_STREAK = 8;

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
  readonly #beforeTick: () => void;
  #timer: NodeJS.Timeout | undefined;
  /** The queued tick (every tick runs from a setImmediate). */
  #queued: NodeJS.Immediate | undefined;
  #running = false;
  /** How many times the clock was started: a tick whose step stopped and restarted it leaves the rest to the new start. */
  #starts = 0;
  /** When the next tick falls due, ms. */
  #next = 0;
  /** Ticks of the current streak not yet run, the replicated one included; 0 between streaks. */
  #streakLeft = 0;

  /**
   * @param tickRateHz - ticks per second
   * @param step - runs one tick, replicated or catch-up
   * @param onSkip - told how many ticks were dropped after falling behind
   * @param now - monotonic clock, ms
   * @param beforeTick - called before every tick (the server writes the answers and messages its
   *   sessions queued since its last flush)
   */
  constructor(tickRateHz: number, step: TickStep, onSkip: (ticks: number) => void, now: Now = () => performance.now(), beforeTick: () => void = () => undefined) {
    this.#intervalMs = 1000 / tickRateHz;
    this.#step = step;
    this.#onSkip = onSkip;
    this.#now = now;
    this.#beforeTick = beforeTick;
  }

  /** Starts ticking. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#starts++;
    this.#streakLeft = 0;
    this.#next = this.#now() + this.#intervalMs;
    this.#schedule();
  }

  /** Stops ticking (a tick under way finishes; the rest of its streak does not run). */
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
      this.#queueTick();
    }, Math.max(0, this.#next - this.#now()));
  }

  /** Runs on a setImmediate: after every flush queued by the tick before. */
  #queueTick(): void {
    this.#queued = setImmediate(() => {
      this.#queued = undefined;
      this.#tick();
    });
  }

  /**
   * Starts a streak of the ticks due when none is under way (beyond MAX_TICKS_PER_STREAK the
   * oldest are skipped), then runs the streak's ticks: catch-up ticks back to back while more
   * than one tick is due, the replicated one last. Once only the replicated tick is due it is
   * queued for the loop's next iteration, so the sockets are read first; then the clock waits
   * for the next interval.
   */
  #tick(): void {
    if (this.#streakLeft === 0) {
      const intervals = (this.#now() - this.#next) / this.#intervalMs;
      if (intervals < 0) {
        this.#schedule();
        return;
      }
      this.#streakLeft = Math.floor(intervals) + 1;
      if (this.#streakLeft > MAX_TICKS_PER_STREAK) {
        const skipped = this.#streakLeft - MAX_TICKS_PER_STREAK;
        this.#next += skipped * this.#intervalMs;
        this.#onSkip(skipped);
        this.#streakLeft = MAX_TICKS_PER_STREAK;
      }
    }
    for (;;) {
      this.#beforeTick();
      this.#next += this.#intervalMs;
      this.#streakLeft--;
      const starts = this.#starts;
      this.#step(this.#streakLeft === 0);
      if (!this.#running || this.#starts !== starts) return;
      if (this.#streakLeft === 0) {
        this.#schedule();
        return;
      }
      // Reading the sockets before the next tick would put the clock further behind while
      // another interval besides it is due: then the ticks go first.
      if (this.#now() - this.#next < this.#intervalMs) {
        this.#queueTick();
        return;
      }
    }
  }
}
