/**
 * Smooth positions for every entity in view but the player's own: one SDK
 * {@link PositionInterpolator} per entity, fed with the local time of the tick each position
 * belongs to (an SDK {@link TickClock}: frames can arrive a tick late and in pairs, their ticks are
 * even), read a render delay in the past so there are samples on both sides of the render time:
 * `RENDER_DELAY_MS` while frames come every tick or two, longer while a loaded server sends them
 * further apart (an SDK {@link RenderDelay}).
 * @module
 */
import { PositionInterpolator, RenderDelay, TickClock } from '@realmforge/client';
import type { Point } from '@realmforge/client';

/**
 * How far in the past other entities are drawn at least: three tick intervals at 20 Hz. A
 * distant entity's position comes every 2nd tick (the server's default `distantUpdateStride`),
 * and the frame carrying it may wait a tick to share the next write (frame pacing): its sample
 * can be three ticks old when it arrives, and with two ticks of delay such an entity stood still
 * for a tick, then jumped.
 */
export const RENDER_DELAY_MS = 150;

/**
 * The most: a server under load may replicate one tick in four or five (catch-up ticks send no
 * frames), and the delay grows to cover that; past a second entities are better held than drawn
 * that late.
 */
export const MAX_RENDER_DELAY_MS = 1000;

/** One entity's samples, and the tick of the latest. */
interface Track {
  readonly positions: PositionInterpolator;
  tick: number;
}

/** Interpolated positions of the entities in view, by entity id. */
export class EntityTracks {
  readonly #tracks = new Map<number, Track>();
  /** Maps ticks to local times; its tick interval is the server's (20 Hz until the Welcome says). */
  readonly #clock: TickClock;
  /** The tick of the last frame applied (see {@link EntityTracks.frame}). */
  #frameTick = Number.NEGATIVE_INFINITY;
  /** The local time that frame's tick is drawn at. */
  #frameTimeMs = Number.NaN;
  /** How far in the past entities are drawn. */
  readonly #delay = new RenderDelay(RENDER_DELAY_MS, MAX_RENDER_DELAY_MS);

  /** @param clock - maps ticks to local times (shared with the own character's motion) */
  constructor(clock: TickClock = new TickClock()) {
    this.#clock = clock;
  }

  /**
   * Records an entity's position as of a tick (it entered view or its position changed) whose
   * frame arrived at `arrivalMs`.
   *
   * A gap of more than two ticks since the entity's last sample is a pause when frames came in
   * between without it: it stood still, and started moving one tick ago. When no frame came in
   * between, the server sent none for those ticks (a world catching up on late ticks replicates
   * only the last of them), and the entity moved all along: it glides across the gap.
   */
  sample(id: number, x: number, y: number, tick: number, arrivalMs: number): void {
    const tickMs = this.#clock.tickMs;
    const tickTime = this.#clock.timeOf(tick, arrivalMs);
    const track = this.#tracks.get(id);
    if (track === undefined) {
      const positions = new PositionInterpolator();
      positions.push(x, y, tickTime);
      this.#tracks.set(id, { positions, tick });
      return;
    }
    const positions = track.positions;
    const latest = positions.latestMs ?? tickTime;
    // Times must not go back (the clock may have moved to a quicker frame).
    const at = Math.max(tickTime, latest);
    if (at - latest > 2 * tickMs && track.tick < this.#frameTick) {
      // It stood still since its last sample: it started moving one tick ago, not back then,
      // so it must not glide across the whole pause.
      const held = positions.at(latest);
      positions.push(held.x, held.y, at - tickMs);
    }
    positions.push(x, y, at);
    track.tick = tick;
  }

  /**
   * Notes that the frame of `tick`, arrived at `arrivalMs`, was applied (call after its samples):
   * the previous frame's samples had to last until now, which the render delay adapts to.
   */
  frame(tick: number, arrivalMs: number): void {
    if (!Number.isNaN(this.#frameTimeMs) && tick > this.#frameTick) this.#delay.frame(arrivalMs - this.#frameTimeMs, arrivalMs, this.#clock.tickMs);
    this.#frameTick = tick;
    this.#frameTimeMs = this.#clock.timeOf(tick, arrivalMs);
  }

  /** How far in the past entities are drawn at `nowMs`, ms (see {@link RenderDelay}). */
  delayAt(nowMs: number): number {
    return this.#delay.at(nowMs);
  }

  /** Forgets an entity that left view. */
  remove(id: number): void {
    this.#tracks.delete(id);
  }

  /** Forgets every entity (a reset frame). */
  clear(): void {
    this.#tracks.clear();
  }

  /** Where to draw an entity at `nowMs`, or undefined for an unknown one. */
  at(id: number, nowMs: number): Point | undefined {
    return this.#tracks.get(id)?.positions.at(nowMs - this.#delay.at(nowMs));
  }
}
