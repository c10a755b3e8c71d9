/**
 * crowd: everyone converges on one spot and stays there jostling, the worst case for interest
 * management (every player sees every other). The spot is where the bot entered the world:
 * fresh characters all enter at the start zone's default spawn point, so it is one spot for
 * the whole crowd.
 * @module
 */
import type { Scenario } from '../scenario.ts';

/** Inputs per second. */
const INPUT_HZ = 10;
/** How far from the spot a bot aims, metres: well inside one view radius. */
const JOSTLE_M = 4;

/** The crowd-rush scenario. */
export const crowd: Scenario = {
  name: 'crowd',
  summary: `rush to one spot (the start zone's spawn) and jostle there: ${INPUT_HZ} move-to inputs/s within ${JOSTLE_M} m of it`,
  behaviour: async (play) => {
    const { random, signal, entryPosition: spot } = play;
    const gapMs = 1000 / INPUT_HZ;
    await play.sleep(random() * gapMs);
    while (!signal.aborted) {
      const angle = random() * 2 * Math.PI;
      const distance = random() * JOSTLE_M;
      play.moveTo(spot.x + Math.cos(angle) * distance, spot.y + Math.sin(angle) * distance);
      await play.sleep(gapMs);
    }
  },
};
