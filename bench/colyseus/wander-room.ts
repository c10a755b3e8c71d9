/**
 * The Colyseus room of the wander peer benchmark, written the way Colyseus's documentation
 * recommends: state in @colyseus/schema, inputs as room messages (`messages = { move }`)
 * remembered per client and applied by a simulation interval (`setTimestep`, 0.18's name for
 * `setSimulationInterval`, 20 Hz), patches at the default `patchRate` (50 ms, 20 Hz). Each applied input's sequence is
 * written into the walker's `ack`, so the first patch carrying it is the acknowledgement, as a
 * world frame's `ack_sequence` is in Realmforge.
 * @module
 */
import { Room } from '@colyseus/core';
import type { Client } from '@colyseus/core';
import { Walker, WanderState } from './wander-state.ts';

/** Simulation step, ms: 20 Hz like Realmforge's tick (the default patchRate is 50 ms too). */
export const STEP_MS = 50;
/** Walking speed, metres per second. */
const SPEED_M_PER_S = 5;
/** The room is a square of this side, metres; walkers start at its centre. */
const SIDE_M = 1000;

/** What a client sends: a walking direction (length ≤ 1; (0, 0) stops) and its sequence number. */
export interface MoveMessage {
  /** East component of the direction. */
  readonly x: number;
  /** South component of the direction. */
  readonly y: number;
  /** The input's sequence number, increasing per client. */
  readonly seq: number;
}

/** How a room is created: `maxClients` for rooms of at most N players, absent for one shared room. */
export interface WanderRoomOptions {
  /** Most players in one room; the matchmaker opens another room when all are full. */
  readonly maxClients?: number;
}

/** The input a walker holds until its next one: direction and sequence, not synchronised. */
interface HeldInput {
  dx: number;
  dy: number;
  seq: number;
}

function isMove(message: unknown): message is MoveMessage {
  if (typeof message !== 'object' || message === null) return false;
  const { x, y, seq } = message as Record<string, unknown>;
  return typeof x === 'number' && typeof y === 'number' && typeof seq === 'number' && Number.isFinite(x) && Number.isFinite(y) && Number.isInteger(seq) && seq >= 0;
}

function clamp(value: number): number {
  return Math.min(SIDE_M, Math.max(0, value));
}

/** A wander room: walkers move at 20 Hz along the direction their client last sent. */
export class WanderRoom extends Room<{ state: WanderState }> {
  readonly #held = new Map<string, HeldInput>();

  /** Colyseus's message table: one handler per message type. */
  override messages = {
    move: (client: Client, message: unknown): void => {
      if (!isMove(message)) return;
      const held = this.#held.get(client.sessionId);
      if (held === undefined || message.seq <= held.seq) return;
      const length = Math.hypot(message.x, message.y);
      const scale = length > 1 ? 1 / length : 1;
      held.dx = message.x * scale;
      held.dy = message.y * scale;
      held.seq = message.seq;
    },
  };

  /** Sets the room size and starts the simulation. */
  override onCreate(options: WanderRoomOptions): void {
    this.state = new WanderState();
    if (options.maxClients !== undefined) this.maxClients = options.maxClients;
    this.setTimestep((deltaMs) => {
      this.#step(deltaMs);
    }, STEP_MS);
  }

  /** A walker appears at the centre of the room. */
  override onJoin(client: Client): void {
    this.state.walkers.set(client.sessionId, new Walker({ x: SIDE_M / 2, y: SIDE_M / 2, ack: 0 }));
    this.#held.set(client.sessionId, { dx: 0, dy: 0, seq: 0 });
  }

  /** Its walker goes. */
  override onLeave(client: Client): void {
    this.state.walkers.delete(client.sessionId);
    this.#held.delete(client.sessionId);
  }

  #step(deltaMs: number): void {
    const metres = (SPEED_M_PER_S * deltaMs) / 1000;
    for (const [sessionId, walker] of this.state.walkers) {
      const held = this.#held.get(sessionId);
      if (held === undefined) continue;
      if (held.dx !== 0 || held.dy !== 0) {
        walker.x = clamp(walker.x + held.dx * metres);
        walker.y = clamp(walker.y + held.dy * metres);
      }
      if (held.seq !== walker.ack) walker.ack = held.seq;
    }
  }
}
