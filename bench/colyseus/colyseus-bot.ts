/**
 * One simulated player on the Colyseus side of the peer benchmark: joins a wander room through
 * Colyseus's matchmaker with the official SDK (@colyseus/sdk over WebSocket), walks with the very
 * behaviour Realmforge's wander bots use once they have spread over their map (`headingWalk` at
 * `WANDER_PACE`, with its first straight leg, as the room has no map to find a path on), and counts into the
 * same {@link BotStats}: an input's latency runs from its send to the first state patch in which
 * the bot's own walker carries an `ack` at or past its sequence.
 * @module
 */
import { performance } from 'node:perf_hooks';
import type { Client, Room } from '@colyseus/sdk';
import type { AlarmClock } from '../../tools/bots/alarm-clock.ts';
import { isRunEnd, RunEnded, within } from '../../tools/bots/bounded.ts';
import type { BotStats } from '../../tools/bots/stats.ts';
import { headingWalk } from '../../tools/loadtest/scenarios/heading-walk.ts';
import { WANDER_PACE } from '../../tools/loadtest/scenarios/wander.ts';
import type { RoomType } from './room-types.ts';

/** What a Colyseus bot needs to know. */
export interface ColyseusBotPlan {
  /** The bot's number in the run (its random stream derives from it). */
  readonly index: number;
  /** The server's SDK client (one per worker: it only holds the endpoint). */
  readonly client: Client;
  /** Which room type to join or create. */
  readonly roomType: RoomType;
  /** Longest wait for the join, ms. */
  readonly joinTimeoutMs: number;
  /** Uniform random numbers in [0, 1), the bot's own stream. */
  readonly random: () => number;
  /** The worker's timer for the walk's sleeps, as Realmforge's bots sleep on theirs. */
  readonly clock: AlarmClock;
  /** Where to count. */
  readonly stats: BotStats;
}

/** The slice of the synchronised state a bot reads (the SDK decodes it by reflection). */
interface ObservedState {
  readonly walkers: { get(sessionId: string): { readonly ack: number } | undefined };
}

/** Inputs remembered while waiting for their acknowledgement, as Realmforge's bots keep. */
const MAX_PENDING_ACKS = 256;

/** Bytes of a WebSocket frame header for `length` payload bytes; client frames carry a mask. */
function frameBytes(length: number, masked: boolean): number {
  const header = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  return length + header + (masked ? 4 : 0);
}

function byteLength(data: unknown): number {
  if (data instanceof ArrayBuffer) return data.byteLength;
  if (ArrayBuffer.isView(data)) return data.byteLength;
  return typeof data === 'string' ? Buffer.byteLength(data) : 0;
}

/** One simulated Colyseus player. */
export class ColyseusBot {
  readonly #plan: ColyseusBotPlan;
  readonly #stats: BotStats;
  readonly #lost = new AbortController();
  readonly #pending: { sequence: number; sentAt: number }[] = [];
  #room: Room<unknown, ObservedState> | undefined;
  #sequence = 0;
  #lastAck = 0;
  #frames = 0;
  #leaving = false;

  /** @param plan - who the bot is and where it plays */
  constructor(plan: ColyseusBotPlan) {
    this.#plan = plan;
    this.#stats = plan.stats;
  }

  /** Joins, then walks until `end` aborts or the connection is lost. Never rejects. */
  async run(end: AbortSignal): Promise<void> {
    const stop = AbortSignal.any([end, this.#lost.signal]);
    try {
      this.#room = await this.#join(stop);
    } catch (error) {
      this.#stats.setupFailure(`join: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    const room = this.#room;
    try {
      const sleeper = this.#plan.clock.sleeper(stop);
      await headingWalk({ random: this.#plan.random, signal: stop, move: (x, y) => { this.#move(room, x, y); }, sleep: (ms) => sleeper.sleep(ms) }, WANDER_PACE);
    } catch (error) {
      if (isRunEnd(error) || stop.aborted) return;
      this.#stats.error(`BEHAVIOUR: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Leaves the room (a consented leave) and waits at most `timeoutMs` for the close. */
  async leave(timeoutMs: number): Promise<void> {
    const room = this.#room;
    if (room === undefined || this.#lost.signal.aborted) return;
    this.#leaving = true;
    try {
      await within(room.leave(true), 'leave', timeoutMs, AbortSignal.timeout(timeoutMs));
    } catch {
      // The server did not close its side in time; the worker exits regardless.
    }
  }

  async #join(stop: AbortSignal): Promise<Room<unknown, ObservedState>> {
    const pending = this.#plan.client.joinOrCreate<ObservedState>(this.#plan.roomType);
    let room: Room<unknown, ObservedState>;
    try {
      room = await within(pending, 'join', this.#plan.joinTimeoutMs, stop);
    } catch (error) {
      // A join that completes after the bot gave up must not leave a connection behind.
      pending.then((late) => late.leave(false), () => undefined);
      throw error;
    }
    this.#stats.connectionOpened();
    this.#stats.enteredWorld();
    this.#countTraffic(room);
    room.onStateChange((state) => {
      this.#onPatch(room, state);
    });
    const gone = (reason: string): void => {
      this.#stats.connectionClosed();
      this.#stats.leftWorld();
      if (!this.#leaving) this.#stats.disconnect(reason);
      this.#lost.abort();
    };
    room.onLeave((code) => {
      gone(`CLOSE_${code}`);
    });
    room.onDrop((code) => {
      gone(`DROP_${code}`);
    });
    if (stop.aborted) throw new RunEnded();
    return room;
  }

  /** Counts every message both ways with its WebSocket framing, as Realmforge's bots count theirs. */
  #countTraffic(room: Room<unknown, ObservedState>): void {
    const connection = room.connection;
    const deliver = connection.events.onmessage;
    connection.events.onmessage = (event: MessageEvent) => {
      this.#stats.countIn(frameBytes(byteLength(event.data), false));
      deliver?.(event);
    };
    const send = connection.send.bind(connection);
    connection.send = (data) => {
      this.#stats.countOut(frameBytes(data.byteLength, true));
      send(data);
    };
  }

  #move(room: Room<unknown, ObservedState>, x: number, y: number): void {
    if (this.#lost.signal.aborted) throw new RunEnded();
    const sequence = ++this.#sequence;
    if (this.#pending.length >= MAX_PENDING_ACKS) this.#pending.shift();
    this.#pending.push({ sequence, sentAt: performance.now() });
    this.#stats.inputSent();
    room.send('move', { x, y, seq: sequence });
  }

  #onPatch(room: Room<unknown, ObservedState>, state: ObservedState): void {
    this.#frames++;
    this.#stats.worldFrame(this.#frames === 1);
    const ack = state.walkers.get(room.sessionId)?.ack ?? 0;
    if (ack === this.#lastAck) return;
    this.#lastAck = ack;
    const now = performance.now();
    const pending = this.#pending;
    while (pending.length > 0 && (pending[0]?.sequence ?? Infinity) <= ack) {
      const acked = pending.shift();
      if (acked !== undefined) this.#stats.recordAck((now - acked.sentAt) * 1000);
    }
  }
}
