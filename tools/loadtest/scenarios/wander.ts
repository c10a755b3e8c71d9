/**
 * wander: players spread over the zone and walk about, 10 inputs a second. Fresh characters
 * all enter at the start zone's spawn point, inside a village; a live world has its players
 * spread out. So each bot first walks from where it entered to a spot drawn uniformly from the
 * zone's reachable tiles, along a path found on the map (scenarios/zone-paths.ts: the map a
 * client ships, never server state), sending a move-to its next waypoint at 10 Hz for about as
 * long as the segment takes at walking speed, then the next (move-to is absolute: small
 * errors do not add up). Once there (or after two minutes) it wanders with heading legs: a new
 * heading every 2-6 s, one leg in ten a pause. Dispersal takes most of the first two minutes
 * (a spot is about 400 m away on average): a run's density falls during that time, and its
 * report says how many entities each player had in view. In a zone the shipped maps do not
 * have, a bot walks straight out from where it entered for 5-30 s instead.
 * @module
 */
import type { BotPlay } from '../../bots/behaviour.ts';
import type { Scenario } from '../scenario.ts';
import { headingWalk } from './heading-walk.ts';
import type { HeadingWalkPace } from './heading-walk.ts';
import { zonePaths } from './zone-paths.ts';

/** The wander pace: 10 Hz input, 2-6 s legs, 10% pauses; a first straight leg of 5-30 s where no path is known. */
export const WANDER_PACE = { inputHz: 10, legMs: [2000, 6000], pauseChance: 0.1, firstLegMs: [5000, 30_000] } as const;

/** The pace once dispersed: no long first leg. */
const WANDER_LEGS: HeadingWalkPace = { inputHz: WANDER_PACE.inputHz, legMs: WANDER_PACE.legMs, pauseChance: WANDER_PACE.pauseChance };

/** Walking speed of the wander bots' characters (warriors), metres per second. */
const WALK_SPEED = 5;
/** Time allowed per segment over what the walk takes at {@link WALK_SPEED}: 10%. */
const SEGMENT_SLACK = 1.1;
/** Longest dispersal walk, ms; the bot wanders from wherever it is then. */
const DISPERSAL_CAP_MS = 120_000;

/**
 * Walks to a uniformly drawn reachable spot of the bot's zone along a path over the map.
 * Resolves false (having sent nothing) when the bot's zone or entry point is not on the
 * shipped maps.
 */
async function disperse(play: BotPlay): Promise<boolean> {
  const { random } = play;
  const paths = await zonePaths(play.entryZone);
  const destination = paths?.destination(random());
  const waypoints = destination === undefined ? undefined : paths?.path(play.entryPosition, destination);
  if (waypoints === undefined) return false;
  const gapMs = 1000 / WANDER_PACE.inputHz;
  await play.sleep(random() * gapMs);
  const endAt = performance.now() + DISPERSAL_CAP_MS;
  let from = play.entryPosition;
  for (const waypoint of waypoints) {
    const segmentEnd = Math.min(endAt, performance.now() + (Math.hypot(waypoint.x - from.x, waypoint.y - from.y) / WALK_SPEED) * SEGMENT_SLACK * 1000);
    do {
      play.moveTo(waypoint.x, waypoint.y);
      await play.sleep(gapMs);
    } while (performance.now() < segmentEnd);
    if (performance.now() >= endAt) break;
    from = waypoint;
  }
  return true;
}

/** The wander scenario. */
export const wander: Scenario = {
  name: 'wander',
  summary: 'walk about: first along a path to a random reachable spot of the zone (10 move-to inputs/s), then a new heading every 2-6 s at 10 inputs/s, 10% of legs a pause',
  behaviour: async (play) => {
    const dispersed = await disperse(play);
    await headingWalk(play, dispersed ? WANDER_LEGS : WANDER_PACE);
  },
};
