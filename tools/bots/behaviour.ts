/**
 * What a bot does once it is in the world, as a plug-in: a {@link BotBehaviour} gets a
 * {@link BotPlay}, the bot's hands (move, chat, drop and resume, log out and back in), and plays
 * until the run ends. The bots tool's default is a random walk; the load harness
 * (tools/loadtest) plugs in its scenarios.
 * @module
 */
import type { ChatChannel } from '@realmforge/protocol';

/** A point in the zone, metres. */
export interface Point {
  /** East, metres. */
  readonly x: number;
  /** South, metres. */
  readonly y: number;
}

/** What a behaviour can make its bot do. Every action is measured by the bot. */
export interface BotPlay {
  /** The bot's number in the run. */
  readonly index: number;
  /** Uniform random numbers in [0, 1), the bot's own stream. */
  readonly random: () => number;
  /** Aborts when the run ends or the bot's connection is lost; sleeps should use it. */
  readonly signal: AbortSignal;
  /** Where the character stood when it entered the world. */
  readonly entryPosition: Point;
  /** Walks in a direction (length ≤ 1; (0, 0) stops); the acknowledgement is timed. */
  move(directionX: number, directionY: number): void;
  /** Walks to a point; the acknowledgement is timed. */
  moveTo(x: number, y: number): void;
  /** Sends a chat message and times the ChatSent reply; an error answer is counted, not thrown. */
  chat(channel: ChatChannel, text: string): Promise<void>;
  /** Drops the connection without logging out, reconnects and resumes with the resume token. */
  dropAndResume(): Promise<void>;
  /** Logs out, closes the connection, connects again, logs in and enters the world. */
  relog(): Promise<void>;
}

/** Plays until `play.signal` aborts; may reject with the abort, which the bot treats as the end. */
export type BotBehaviour = (play: BotPlay) => Promise<void>;
