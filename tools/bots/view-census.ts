/**
 * How crowded the world looks to the bots: each bot keeps the number of other entities in its
 * view (from the entity enters and leaves of its world frames), and at every report the census
 * records one sample per bot in the world into an HdrHistogram. The mean of the samples is the
 * density a run measured: the same server does very different work for players who each see
 * ten others and players who each see a thousand. Samples are taken per bot and per report, not
 * per frame, because a player who sees nothing change gets no frames at all.
 * @module
 */
import { build } from 'hdr-histogram-js';
import type { Histogram } from 'hdr-histogram-js';

/** Entities in view per player, as reported. */
export interface ViewSummary {
  /** Samples: one per bot in the world per report. */
  readonly samples: number;
  /** Mean entities in view per player (one decimal). */
  readonly mean: number;
  /** Median. */
  readonly p50: number;
  /** 99th percentile. */
  readonly p99: number;
  /** Most seen by one player. */
  readonly max: number;
}

/** Most entities a view histogram tracks before auto-resizing. */
const HIGHEST_TRACKABLE_VIEW = 1_000_000;

/** A histogram of entities-in-view samples, as every census keeps them (exact below 2048). */
export function viewHistogram(): Histogram {
  return build({ lowestDiscernibleValue: 1, highestTrackableValue: HIGHEST_TRACKABLE_VIEW, numberOfSignificantValueDigits: 3 });
}

/** Mean, median, p99 and max of a view histogram; zeros when it holds no sample. */
export function summariseView(histogram: Histogram): ViewSummary {
  if (histogram.totalCount === 0) return { samples: 0, mean: 0, p50: 0, p99: 0, max: 0 };
  return {
    samples: histogram.totalCount,
    mean: Math.round(histogram.mean * 10) / 10,
    p50: histogram.getValueAtPercentile(50),
    p99: histogram.getValueAtPercentile(99),
    max: histogram.maxValue,
  };
}

/** The entities each bot has in view now, and their samples. Single-threaded, like the bots. */
export class ViewCensus {
  /** Bot number → entities in its view, for bots in the world that have had a world frame. */
  readonly #inView = new Map<number, number>();
  /** Every sample of the run. */
  readonly total = viewHistogram();
  /** The samples of the current interval (reset by {@link ViewCensus.resetInterval}). */
  readonly interval = viewHistogram();

  /** Bot `index` now has `entities` other entities in view. */
  set(index: number, entities: number): void {
    this.#inView.set(index, entities);
  }

  /** Bot `index` left the world: it is not sampled until its next world frame. */
  forget(index: number): void {
    this.#inView.delete(index);
  }

  /** Records one sample per bot in view now, into the run's and the interval's histograms. */
  sample(): void {
    for (const entities of this.#inView.values()) {
      this.total.recordValue(entities);
      this.interval.recordValue(entities);
    }
  }

  /** Starts a new interval. */
  resetInterval(): void {
    this.interval.reset();
  }
}
