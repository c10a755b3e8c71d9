/**
 * churn: players who come and go. Each walks for 4-12 s, then either drops its connection
 * without logging out and resumes on a new one with its resume token (two times in three), or
 * logs out, disconnects, logs in again and re-enters the world; and again, until the run ends.
 * @module
 */
import type { Scenario } from '../scenario.ts';
import { headingWalk } from './heading-walk.ts';
import { WANDER_PACE } from './wander.ts';

/** Shortest and longest play between two reconnections, ms. */
const SESSION_MS: readonly [number, number] = [4000, 12_000];
/** Share of reconnections that drop the socket and resume (the rest log out and back in). */
const RESUME_SHARE = 2 / 3;

/** The churn scenario. */
export const churn: Scenario = {
  name: 'churn',
  summary: 'come and go: walk 4-12 s, then drop the socket and resume with the token (2/3) or log out and back in (1/3); repeat',
  behaviour: async (play) => {
    const { random, signal } = play;
    while (!signal.aborted) {
      await headingWalk(play, WANDER_PACE, SESSION_MS[0] + random() * (SESSION_MS[1] - SESSION_MS[0]));
      signal.throwIfAborted();
      if (random() < RESUME_SHARE) await play.dropAndResume();
      else await play.relog();
    }
  },
};
