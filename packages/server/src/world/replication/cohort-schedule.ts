/**
 * Replication cohorts: which players a replicated tick builds frames for, when a saturated main
 * thread serves a share of the players at every tick instead of everyone every few ticks.
 *
 * With period k, player handles fall into k cohorts (`handle % k`), and the cohorts take turns:
 * cohort j is served at the ticks of phase j of each cycle of k ticks. A tick's work (frames to
 * build and write) is then about 1/k of everyone's, spread evenly, instead of all of it in one
 * long turn every few ticks while every input read meanwhile waits (architecture.md, "Replication
 * cohorts").
 *
 * Views (InterestGrid.update) are recomputed once a cycle, at its first tick, before cohort 0 is
 * served: each update's view changes (enters, leaves) are kept until the next update, and every
 * observer must take them exactly once, so every cohort is served between two updates. A
 * replicated tick after catch-up ticks (the clock fell behind: WorldClock) serves the cohorts of
 * all the ticks since the last replicated one; when a cycle's first tick falls among them, the
 * cohorts of the old cycle not yet served are served first with the old views (`stale`), then
 * the views are updated, then the new cycle's cohorts are served (`fresh`).
 *
 * The period changes only at a cycle's first tick, so the cohorts of the old period are all
 * served before it changes. A tick whose `fresh` pass served every cohort is followed by a new
 * cycle at once, so no observer takes one update's changes twice.
 * @module
 */

/** Some of the cohorts of one period. */
export interface Cohorts {
  /** The number of cohorts; 1: one cohort, everyone. */
  readonly period: number;
  /** Bit j set: cohort j (handles with `handle % period === j`) is served. */
  readonly mask: number;
}

/** What a replicated tick of a zone does about views and frames, in this order. */
export interface ReplicationPlan {
  /** Cohorts served first, with the views as they are (undefined: none). */
  readonly stale: Cohorts | undefined;
  /** Whether the views are then recomputed (InterestGrid.update). */
  readonly update: boolean;
  /** Cohorts served after that (undefined: none). */
  readonly fresh: Cohorts | undefined;
  /**
   * True when the tick serves by cohorts or ends them: players' last frames are then of different
   * ticks, so distant movement is not deferred (the refresh turns of the ticks between assume
   * everyone was served at the last replicated tick) and frames do not wait for the next.
   */
  readonly byCohorts: boolean;
}

/** Everyone, as one cohort. */
export const EVERYONE: Cohorts = Object.freeze({ period: 1, mask: 1 });

/** A replicated tick without cohorts: views recomputed, every player served. */
export const SERVE_EVERYONE: ReplicationPlan = Object.freeze({ stale: undefined, update: true, fresh: EVERYONE, byCohorts: false });

/** The most cohorts: a cohort mask is an int32's bits, and the change history must cover two periods. */
export const MAX_COHORT_PERIOD = 8;

/** Whether a player with this handle is in one of the cohorts. */
export function inCohorts(handle: number, cohorts: Cohorts): boolean {
  return cohorts.period === 1 || ((cohorts.mask >>> (handle % cohorts.period)) & 1) === 1;
}

/** Decides, replicated tick by replicated tick, which cohorts are served and when views update. */
export class CohortSchedule {
  /** The period now; 1 outside cohorts. */
  #period = 1;
  /** A tick of phase 0 of the current period. */
  #cycleStart = 0;
  /** The last replicated tick. */
  #served = 0;

  /** The number of cohorts now: 1 when every replicated tick serves everyone. */
  get period(): number {
    return this.#period;
  }

  /**
   * The plan of replicated tick `tick` (ticks after the last replicated one that were not
   * replicated are the catch-up ticks run since), and the period from then on.
   * @param tick - the tick, later than every tick planned before
   * @param wanted - the period asked for (1: no cohorts); taken at a cycle's first tick
   * @throws RangeError when `wanted` is not a whole number from 1 to {@link MAX_COHORT_PERIOD}
   */
  plan(tick: number, wanted: number): ReplicationPlan {
    if (!Number.isInteger(wanted) || wanted < 1 || wanted > MAX_COHORT_PERIOD) throw new RangeError(`a cohort period must be a whole number from 1 to ${MAX_COHORT_PERIOD}, got ${wanted}`);
    const last = this.#served;
    this.#served = tick;
    const period = this.#period;
    if (period === 1) {
      if (wanted === 1) return SERVE_EVERYONE;
      // Everyone took the last update: a new cycle starts here.
      this.#period = wanted;
      this.#cycleStart = tick;
      return { stale: undefined, update: true, fresh: { period: wanted, mask: 1 }, byCohorts: true };
    }
    // The first tick of a cycle after the last replicated one, if any up to this one.
    const sinceStart = (last + 1 - this.#cycleStart) % period;
    const boundary = sinceStart === 0 ? last + 1 : last + 1 + (period - sinceStart);
    if (boundary > tick) return { stale: undefined, update: false, fresh: { period, mask: phases(last + 1, tick, this.#cycleStart, period) }, byCohorts: true };
    const stale = boundary > last + 1 ? { period, mask: phases(last + 1, boundary - 1, this.#cycleStart, period) } : undefined;
    this.#period = wanted;
    this.#cycleStart = boundary;
    const fresh = wanted === 1 ? EVERYONE : { period: wanted, mask: phases(boundary, tick, boundary, wanted) };
    // Everyone served after this update: the next tick starts a cycle (no one takes it twice).
    if (wanted > 1 && fresh.mask === allOf(wanted)) this.#cycleStart = tick + 1;
    return { stale, update: true, fresh, byCohorts: true };
  }
}

/** The mask of every cohort of a period. */
function allOf(period: number): number {
  return (1 << period) - 1;
}

/** The cohorts whose phase falls on a tick from `from` to `to` (inclusive) of cycles starting at `start`. */
function phases(from: number, to: number, start: number, period: number): number {
  if (to - from + 1 >= period) return allOf(period);
  let mask = 0;
  for (let t = from; t <= to; t++) mask |= 1 << (((t - start) % period + period) % period);
  return mask;
}
