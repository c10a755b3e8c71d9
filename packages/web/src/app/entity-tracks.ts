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

/**
 * The fastest an entity walks, metres per second: the shipped content's fastest (the deer, 6;
 * the classes 5 to 5.5). It tells a pause from sparse samples: an entity that covered less than
 * half of what this speed would have taken it over a gap stood still for part of it.
 */
export const WALK_SPEED_MPS = 6;

/** One entity's samples, the tick of the latest, and its own delay once its samples came sparse. */
interface Track {
  readonly positions: PositionInterpolator;
  tick: number;
  /**
   * How far in the past this entity must be drawn for its own samples' spacing, from its first
   * gap that was sparse sampling rather than a pause; undefined before. The entity is drawn at
   * the larger of this and the frames' delay.
   */
  delay: RenderDelay | undefined;
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
  /** The fastest walk, metres per millisecond. */
  readonly #walkSpeed: number;

  /**
   * @param clock - maps ticks to local times (shared with the own character's motion)
   * @param walkSpeedMps - the fastest any entity walks, metres per second
   */
  constructor(clock: TickClock = new TickClock(), walkSpeedMps = WALK_SPEED_MPS) {
    if (!(walkSpeedMps > 0)) throw new RangeError(`EntityTracks: the walk speed must be positive; got ${walkSpeedMps}`);
    this.#clock = clock;
    this.#walkSpeed = walkSpeedMps / 1000;
  }

  /**
   * Records an entity's position as of a tick (it entered view or its position changed) whose
   * frame arrived at `arrivalMs`.
   *
   * A gap of more than two ticks since the entity's last sample, with frames in between that did
   * not carry it, is one of two things. A pause: it stood still, then moved a little; it covered
   * less than half of what the fastest walk covers in the gap, so it is held where it stood and
   * moves only for the time the distance took at that speed (at least a tick). Or sparse
   * samples: the server sends a distant entity's position only every few ticks (a degraded
   * stride); it covered about a walk's distance and glides across, and from then on it is drawn
   * at a delay of its own that covers how far apart its samples come. When no frame came in
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
      this.#tracks.set(id, { positions, tick, delay: undefined });
      return;
    }
    const positions = track.positions;
    const latest = positions.latestMs ?? tickTime;
    // Times must not go back (the clock may have moved to a quicker frame).
    const at = Math.max(tickTime, latest);
    const gapMs = at - latest;
    let sparse = false;
    if (gapMs > 2 * tickMs && track.tick < this.#frameTick) {
      const held = positions.at(latest);
      const movingMs = Math.hypot(x - held.x, y - held.y) / this.#walkSpeed;
      if (movingMs < (gapMs - tickMs) / 2) {
        // It stood still since its last sample, and started moving only as long ago as the
        // distance took: it must not glide across the whole pause.
        positions.push(held.x, held.y, at - Math.max(tickMs, movingMs));
      } else {
        sparse = true;
      }
    }
    if (sparse && track.delay === undefined) track.delay = new RenderDelay(0, MAX_RENDER_DELAY_MS);
    // Once sampled sparsely, every sample says how long the previous one had to last (a pause
    // says nothing about the spacing; samples every tick again bring the delay back down).
    if (track.delay !== undefined && (sparse || gapMs <= 2 * tickMs)) track.delay.frame(arrivalMs - latest, arrivalMs, tickMs);
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

  /**
   * How far in the past entities are drawn at `nowMs`, ms (see {@link RenderDelay}); with `id`,
   * that entity (later, while its own samples come further apart than the frames).
   */
  delayAt(nowMs: number, id?: number): number {
    return this.#delayOf(id === undefined ? undefined : this.#tracks.get(id), nowMs);
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
    const track = this.#tracks.get(id);
    if (track === undefined) return undefined;
    return track.positions.at(nowMs - this.#delayOf(track, nowMs));
  }

  /** The frames' delay, or the track's own when that is longer. */
  #delayOf(track: Track | undefined, nowMs: number): number {
    const frames = this.#delay.at(nowMs);
    const own = track?.delay;
    return own === undefined ? frames : Math.max(frames, own.at(nowMs));
  }
}
