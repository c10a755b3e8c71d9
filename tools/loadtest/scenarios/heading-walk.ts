/**
 * The walk every moving scenario shares: a player holding a direction key, sending inputs at a
 * steady rate with small corrections, turning every few seconds and now and then pausing.
 * @module
 */
import type { BotPlay } from '../../bots/behaviour.ts';

/** How a heading walk is paced. */
export interface HeadingWalkPace {
  /** Inputs per second while walking. */
  readonly inputHz: number;
  /** Shortest and longest time on one heading, ms. */
  readonly legMs: readonly [number, number];
  /** Chance that a leg is a pause (one stop input, then silence) instead of a walk. */
  readonly pauseChance: number;
  /** Length range of the first leg, ms, never a pause: a long first leg spreads a crowd out. */
  readonly firstLegMs?: readonly [number, number];
}

/** Largest correction of the heading between two inputs, radians. */
const JITTER_RAD = 0.3;

function between(random: () => number, [low, high]: readonly [number, number]): number {
  return low + random() * (high - low);
}

/**
 * Walks for `totalMs` (until the run ends when omitted): legs of one heading with small
 * corrections at every input, sometimes a pause. Needs only the bot's random stream, its stop
 * signal, its move hand and its sleep, so a bot of another engine (bench/colyseus) walks the
 * same way.
 */
export async function headingWalk(play: Pick<BotPlay, 'random' | 'signal' | 'move' | 'sleep'>, pace: HeadingWalkPace, totalMs = Infinity): Promise<void> {
  const { random, signal } = play;
  const gapMs = 1000 / pace.inputHz;
  const endAt = performance.now() + totalMs;
  await play.sleep(random() * gapMs);
  let first = true;
  while (!signal.aborted && performance.now() < endAt) {
    const legMs = first && pace.firstLegMs !== undefined ? between(random, pace.firstLegMs) : between(random, pace.legMs);
    const legEnd = Math.min(endAt, performance.now() + legMs);
    const pause = !(first && pace.firstLegMs !== undefined) && random() < pace.pauseChance;
    first = false;
    if (pause) {
      play.move(0, 0);
      await play.sleep(Math.max(0, legEnd - performance.now()));
      continue;
    }
    let heading = random() * 2 * Math.PI;
    while (performance.now() < legEnd) {
      heading += (random() - 0.5) * 2 * JITTER_RAD;
      play.move(Math.cos(heading), Math.sin(heading));
      await play.sleep(gapMs);
    }
  }
}
