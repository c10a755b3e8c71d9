/**
 * The world's tuning when nothing says otherwise, and its bounds: what the server's configuration defaults to
 * (config.ts reads these) and what a World built without them runs with, so that an embedded
 * world and a configured server behave alike.
 * @module
 */

/** The highest stride graceful degradation gives distant entities (0.4 s at 20 Hz). */
export const MAX_DISTANT_STRIDE = 8;

/** Defaults of the world's interest and replication tuning. */
export const WORLD_DEFAULTS = Object.freeze({
  /** A moving player's view is recomputed one tick in two (InterestOptions.period). */
  interestPeriod: 2,
  /** A player sees at most its 256 nearest entities (InterestOptions.maxVisible). */
  viewCap: 256,
  /** Position-only changes beyond half the view radius go out one tick in two. */
  distantUpdateStride: 2,
  /** A frame nothing waits on may wait one tick to share the player's next write (FramePacer). */
  framePacing: true,
  /**
   * A saturated main thread thins replication rather than serving the players by cohorts
   * (CohortSchedule): on 2 cores at 5,000 players cohorts cut frames and socket writes but made
   * movement latency worse (architecture.md, Replication cohorts).
   */
  replicationCohorts: 1,
});
