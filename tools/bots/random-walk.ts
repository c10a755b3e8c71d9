/**
 * The bots tool's default behaviour: a random walk at a low average input rate, a new random
 * direction after each gap, now and then a stop.
 * @module
 */
import type { BotBehaviour } from './behaviour.ts';

/** Chance that an input stops the character instead of turning it. */
const STOP_PROBABILITY = 0.15;
/** Shortest gap between inputs as a multiple of the average gap. */
const MIN_GAP_FACTOR = 0.5;
/** Longest gap between inputs as a multiple of the average gap. */
const MAX_GAP_FACTOR = 3;

/**
 * Gap before the next input, ms. Gaps are 0.5 + an exponential with mean 0.5, times the
 * average gap, capped at 3 times it: mostly short, sometimes a long pause, averaging the
 * asked-for rate (0.5-3 s at the default 1 input per second).
 */
export function nextInputGapMs(inputHz: number, random: () => number): number {
  const factor = Math.min(MAX_GAP_FACTOR, MIN_GAP_FACTOR - Math.log(1 - random()) * (1 - MIN_GAP_FACTOR));
  return (factor * 1000) / inputHz;
}

/**
 * A random walk at `inputHz` average inputs per second; the first input comes after a random
 * part of a gap, so bots do not move in lockstep.
 */
export function randomWalk(inputHz: number): BotBehaviour {
  return async (play) => {
    const { random, signal } = play;
    let stopped = true;
    await play.sleep(random() * nextInputGapMs(inputHz, random));
    while (!signal.aborted) {
      if (!stopped && random() < STOP_PROBABILITY) {
        play.move(0, 0);
        stopped = true;
      } else {
        const angle = random() * 2 * Math.PI;
        play.move(Math.cos(angle), Math.sin(angle));
        stopped = false;
      }
      await play.sleep(nextInputGapMs(inputHz, random));
    }
  };
}
