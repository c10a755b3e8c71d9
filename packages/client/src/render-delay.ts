/**
 * How far in the past to draw other entities, adapting to how often world frames come.
 *
 * Other entities are drawn between two of their samples, so the render time must stay behind
 * the newest one until the next frame brings another: until then the entity would stand still
 * and then jump. A healthy server replicates every tick (frames a tick or two apart, with frame
 * pacing), and a fixed floor covers that. A server under load replicates fewer of its ticks (it
 * runs the overdue ones as catch-up ticks without frames), so frames come every four or five
 * ticks for as long as the load lasts; a late frame now and then (a pause, the network) is
 * another matter, and is not worth drawing everything later for.
 *
 * So, as a jitter buffer does: each frame measures how long the previous frame's samples had to
 * last (this frame's arrival minus the time the previous frame's tick was placed at), and the
 * target delay is the 95th percentile of that over the last {@link RenderDelay.windowMs}, plus
 * a tick of margin, between a floor and a ceiling: a frame late now and then (one in twenty)
 * changes nothing, frames far apart for a good half second do. The delay in use moves toward the target
 * without ever sending the render time backwards: it grows by holding the render time still
 * (entities pause for the difference, once) and shrinks by letting it run 10% fast.
 * @module
 */

/** The delay at which other entities are drawn, adapting to the frames' spacing. */
export class RenderDelay {
  /** The span of frames the target is taken over, ms. */
  static readonly windowMs = 3000;
  /** The share of the frames whose wait the target covers. */
  static readonly quantile = 0.95;
  /** How much faster than real time the render time runs while the delay shrinks. */
  static readonly shrinkRate = 0.1;
  /** The least delay, ms: what a healthy server's frames need. */
  readonly floorMs: number;
  /** The most, ms: beyond it entities are better held than drawn that late. */
  readonly ceilingMs: number;
  /** Each frame's arrival and how long the previous frame's samples had to last, oldest first. */
  readonly #waits: { readonly atMs: number; readonly waitMs: number }[] = [];
  #targetMs: number;
  #currentMs: number;
  /** The latest clock reading, ms; NaN before the first (every comparison with it is false). */
  #lastNowMs = Number.NaN;

  /**
   * @param floorMs - the least delay, ms
   * @param ceilingMs - the most, ms (at least the floor)
   */
  constructor(floorMs: number, ceilingMs: number) {
    if (!(floorMs >= 0 && ceilingMs >= floorMs)) throw new RangeError(`RenderDelay: need 0 ≤ floor ≤ ceiling; got ${floorMs} and ${ceilingMs}`);
    this.floorMs = floorMs;
    this.ceilingMs = ceilingMs;
    this.#targetMs = floorMs;
    this.#currentMs = floorMs;
  }

  /** The delay the frames of the window call for, ms. */
  get targetMs(): number {
    return this.#targetMs;
  }

  /**
   * A frame arrived at `arrivalMs`; the previous frame's samples had to last `waitMs` (this
   * arrival minus the time the previous frame's tick is drawn at).
   * @param tickMs - the server's tick interval, the margin added for arrival jitter
   */
  frame(waitMs: number, arrivalMs: number, tickMs: number): void {
    const waits = this.#waits;
    waits.push({ atMs: arrivalMs, waitMs });
    let old = 0;
    while (old < waits.length && (waits[old]?.atMs ?? 0) < arrivalMs - RenderDelay.windowMs) old++;
    if (old > 0) waits.splice(0, old);
    const sorted = waits.map((w) => w.waitMs).sort((a, b) => a - b);
    const wait = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * RenderDelay.quantile))] ?? 0;
    this.#targetMs = Math.min(this.ceilingMs, Math.max(this.floorMs, wait + tickMs));
  }

  /**
   * The delay to draw with at `nowMs` (a clock that does not go back, as the frames' arrivals):
   * the delay in use, moved toward the target by the time since the previous call.
   */
  at(nowMs: number): number {
    // The first reading starts the clock (no time passed); one that goes back counts as none either.
    const elapsed = nowMs > this.#lastNowMs ? nowMs - this.#lastNowMs : 0;
    if (!(nowMs < this.#lastNowMs)) this.#lastNowMs = nowMs;
    const target = this.#targetMs;
    if (this.#currentMs < target) this.#currentMs = Math.min(target, this.#currentMs + elapsed);
    else if (this.#currentMs > target) this.#currentMs = Math.max(target, this.#currentMs - elapsed * RenderDelay.shrinkRate);
    return this.#currentMs;
  }
}
