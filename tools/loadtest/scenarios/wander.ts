/**
 * wander: players walking about, 10 inputs a second while a direction is held, a new heading
 * every 2-6 s, one leg in ten a pause. Fresh characters all enter at the start zone's spawn
 * point, so each bot first walks straight out for 5-30 s: a run begins crowded and spreads out
 * over the map (runs shorter than about 30 s measure mostly that dispersal).
 * @module
 */
import type { Scenario } from '../scenario.ts';
import { headingWalk } from './heading-walk.ts';

/** The wander pace: 10 Hz input, a first leg of 5-30 s, then 2-6 s legs, 10% pauses. */
export const WANDER_PACE = { inputHz: 10, legMs: [2000, 6000], pauseChance: 0.1, firstLegMs: [5000, 30_000] } as const;

/** The wander scenario. */
export const wander: Scenario = {
  name: 'wander',
  summary: 'walk about: 10 inputs/s while moving, first straight out from the spawn for 5-30 s, then a new heading every 2-6 s, 10% of legs a pause',
  behaviour: (play) => headingWalk(play, WANDER_PACE),
};
