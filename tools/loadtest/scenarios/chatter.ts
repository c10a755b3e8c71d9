/**
 * chatter: players who mostly talk. They walk slowly (2 inputs/s) and send a chat line every
 * 4-12 s, nine in ten to /say (heard nearby) and one in ten to /zone; every ChatSent reply is
 * timed as a direct request. The rate stays under the server's chat limit (burst 5, 1/s).
 * @module
 */
import { ChatChannel } from '@realmforge/protocol';
import type { Scenario } from '../scenario.ts';
import { headingWalk } from './heading-walk.ts';

/** Shortest and longest gap between chat lines, ms. */
const CHAT_GAP_MS: readonly [number, number] = [4000, 12_000];
/** Share of lines sent to the whole zone. */
const ZONE_SHARE = 0.1;
/** What the bots say. */
const LINES = ['hello there', 'anyone up for a dungeon?', 'lfg', 'selling wolf pelts', 'where is the blacksmith?', 'brb', 'nice weather in the meadow', 'gg'];

/** The chatter scenario. */
export const chatter: Scenario = {
  name: 'chatter',
  summary: 'talk: a chat line every 4-12 s (90% say, 10% zone), timed to its ChatSent reply; walk at 2 inputs/s',
  behaviour: async (play) => {
    const { random, signal } = play;
    const walking = headingWalk(play, { inputHz: 2, legMs: [3000, 8000], pauseChance: 0.3 });
    const talking = (async () => {
      while (!signal.aborted) {
        await play.sleep(CHAT_GAP_MS[0] + random() * (CHAT_GAP_MS[1] - CHAT_GAP_MS[0]));
        const channel = random() < ZONE_SHARE ? ChatChannel.CHAT_CHANNEL_ZONE : ChatChannel.CHAT_CHANNEL_SAY;
        await play.chat(channel, LINES[Math.floor(random() * LINES.length)] ?? 'hello');
      }
    })();
    await Promise.all([walking, talking]);
  },
};
