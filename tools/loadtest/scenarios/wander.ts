/**
 * wander: players walking about, 10 inputs a second while a direction is held, a new heading
 * every 2-6 s, one leg in ten a pause. Fresh characters all enter at the start zone's spawn
 * point, so a run begins crowded and spreads out as the bots walk away.
 * @module
 */
import type { Scenario } from '../scenario.ts';
import { headingWalk } from './heading-walk.ts';

/** The wander pace: 10 Hz input, 2-6 s legs, 10% pauses. */
export const WANDER_PACE = { inputHz: 10, legMs: [2000, 6000], pauseChance: 0.1 } as const;

/** The wander scenario. */
export const wander: Scenario = {
  name: 'wander',
  summary: 'walk about: 10 inputs/s while moving, a new heading every 2-6 s, 10% of legs a pause',
  behaviour: (play) => headingWalk(play, WANDER_PACE),
};
