/**
 * What a bot does once it is in the world, as a plug-in: a {@link BotBehaviour} gets a
 * {@link BotPlay}, the bot's hands (move, chat, drop and resume, log out and back in, timed
 * requests of any kind), its eyes (the world sight) and its partner, and plays until the run ends. The bots tool's default is a random walk; the load harness
 * (tools/loadtest) plugs in its scenarios.
 * @module
 */
import type { GameClient, ServerError } from '@realmforge/client/node';
import type { ChatChannel, ErrorCode } from '@realmforge/protocol';
import type { WorldSight } from './world-sight.ts';

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
  /** Aborts when the run ends or the bot's connection is lost. */
  readonly signal: AbortSignal;
  /**
   * Waits `ms` (never less), on the process's one timer for every bot's sleeps
   * (alarm-clock.ts); rejects with RunEnded as soon as {@link BotPlay.signal} aborts. Cheaper
   * than a timer and an abort listener per sleep: every pause of a behaviour should use it.
   */
  sleep(ms: number): Promise<void>;
  /** Where the character stood when it entered the world. */
  readonly entryPosition: Point;
  /** The zone it entered (its id, as the maps name it). */
  readonly entryZone: string;
  /**
   * What the bot sees: kept up to date from every world frame only when the run asked for it
   * for this bot (`watchesWorldOf`); otherwise it stays empty.
   */
  readonly sight: WorldSight;
  /** The bot this one plays with (a trading partner): its number and character name; undefined when none. */
  readonly partner: { readonly index: number; readonly characterName: string } | undefined;
  /** The bot's current session, for push listeners (inventory, trade) and reading its mirrors. */
  readonly client: GameClient;
  /** Walks in a direction (length ≤ 1; (0, 0) stops); the acknowledgement is timed. */
  move(directionX: number, directionY: number): void;
  /** Walks to a point; the acknowledgement is timed. */
  moveTo(x: number, y: number): void;
  /** Sends a chat message and times the ChatSent reply; an error answer is counted, not thrown. */
  chat(channel: ChatChannel, text: string): Promise<void>;
  /**
   * Sends a request with `call` and times its answer under `label` (the run reports each
   * label's latency). An error answer is returned, not thrown, and counted: as handled when its
   * code is in `expected` (a refusal that is part of play), as an error otherwise.
   * @throws when the run or the connection ends, or on a fatal error
   */
  ask<T>(label: string, call: (client: GameClient) => Promise<T>, expected?: readonly ErrorCode[]): Promise<T | ServerError>;
  /** Records the latency of an action to its observed effect, `micros` µs, under `label`. */
  record(label: string, micros: number): void;
  /** Counts something the bot achieved (a trade completed, a kill), under `label`. */
  count(label: string): void;
  /** Drops the connection without logging out, reconnects and resumes with the resume token. */
  dropAndResume(): Promise<void>;
  /** Logs out, closes the connection, connects again, logs in and enters the world. */
  relog(): Promise<void>;
}

/** Plays until `play.signal` aborts; may reject with the abort, which the bot treats as the end. */
export type BotBehaviour = (play: BotPlay) => Promise<void>;
