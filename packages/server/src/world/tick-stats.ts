/**
 * Tick timing of a zone or of the whole world: recent durations for percentiles, overruns
 * (ticks that took longer than their interval) and how many ticks ran degraded.
 * @module
 */

/** How many recent ticks percentiles are computed over. */
const WINDOW = 1200;

/** Running tick statistics. */
export class TickStats {
  readonly #durations = new Float64Array(WINDOW);
  #count = 0;
  /** Ticks that took longer than the tick interval. */
  overruns = 0;
  /** Ticks that were skipped because the loop fell too far behind. */
  skipped = 0;
  /**
   * Catch-up ticks: run without replication (simulation only) because the clock fell behind; not
   * timed here. Ticks replicated = ticks run − caught up.
   */
  caughtUp = 0;
  /** Ticks run with replication of distant entities below the configured rate (degraded: slow ticks). */
  degraded = 0;
  /** Ticks measured in total. */
  total = 0;
  /** Exponentially weighted moving average of the duration, ms. */
  averageMs = 0;
  /**
   * Told every recorded duration (ms), e.g. by metrics feeding a histogram. It runs inside the
   * tick, so it must be cheap and must not throw.
   */
  onRecord: ((durationMs: number) => void) | undefined = undefined;

  /** Records one tick's duration. */
  record(durationMs: number, budgetMs: number): void {
    this.#durations[this.#count % WINDOW] = durationMs;
    this.#count++;
    this.total++;
    if (durationMs > budgetMs) this.overruns++;
    this.averageMs = this.total === 1 ? durationMs : this.averageMs * 0.9 + durationMs * 0.1;
    this.onRecord?.(durationMs);
  }

  /**
   * The q-quantile (0..1) of recent durations, ms; 0 before any tick.
   * @param q - the quantile
   * @param last - over at most this many of the latest ticks (default: the whole window of 1200)
   */
  quantile(q: number, last = WINDOW): number {
    const n = Math.min(this.#count, WINDOW, Math.max(1, Math.floor(last)));
    if (n === 0) return 0;
    const recent = new Float64Array(n);
    for (let i = 0; i < n; i++) recent[i] = this.#durations[(this.#count - 1 - i) % WINDOW] ?? 0;
    const sorted = recent.sort();
    return sorted[Math.min(n - 1, Math.floor(q * n))] ?? 0;
  }
}
