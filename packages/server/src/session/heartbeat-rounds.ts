/**
 * The heartbeat, in rounds: every session is pinged, and checked for silence, once per
 * interval, but not all at once. Sessions are dealt into slices as they open, and one slice is
 * visited at each step of the interval (20 steps of 250 ms at the default 5 s). Pinging every
 * session in one turn meant as many encodes and socket writes in a row, then as many pongs read
 * at once: a burst every 5 s that grows with the player count (about 20 ms at 2,500 players
 * over TCP). At 2,500 players spreading it changed nothing measurable (docs/architecture.md,
 * "Heartbeat"); a slice is a twentieth of the burst, at no cost.
 * @module
 */

/** What a round visits. */
export interface Heartbeating {
  /** Pings the client, or ends a session that has been silent too long. */
  heartbeat(now: number): void;
}

/** The most slices an interval is cut into. */
const MAX_SLICES = 20;
/** The shortest step between two slices, ms: short intervals (tests) get fewer slices. */
const MIN_STEP_MS = 50;

/** Visits every session once per interval, a slice at a time. */
export class HeartbeatRounds<T extends Heartbeating> {
  readonly #slices: Set<T>[];
  readonly #stepMs: number;
  readonly #sliceOf = new Map<T, Set<T>>();
  #dealt = 0;
  #next = 0;
  #timer: NodeJS.Timeout | undefined;

  /** @param intervalMs - how often each session is visited */
  constructor(intervalMs: number) {
    const slices = Math.max(1, Math.min(MAX_SLICES, Math.floor(intervalMs / MIN_STEP_MS)));
    this.#slices = Array.from({ length: slices }, () => new Set<T>());
    this.#stepMs = intervalMs / slices;
  }

  /** Slices the interval is cut into. */
  get slices(): number {
    return this.#slices.length;
  }

  /** Deals a session into the next slice, round robin, so slices stay even. */
  add(session: T): void {
    const slice = this.#slices[this.#dealt % this.#slices.length];
    if (slice === undefined || this.#sliceOf.has(session)) return;
    this.#dealt++;
    slice.add(session);
    this.#sliceOf.set(session, slice);
  }

  /** Takes a session out (it closed). */
  delete(session: T): void {
    this.#sliceOf.get(session)?.delete(session);
    this.#sliceOf.delete(session);
  }

  /** Visits the next slice now. */
  step(now: number): void {
    const slice = this.#slices[this.#next];
    this.#next = (this.#next + 1) % this.#slices.length;
    if (slice === undefined) return;
    for (const session of slice) session.heartbeat(now);
  }

  /** Starts stepping through the slices. */
  start(): void {
    this.#timer ??= setInterval(() => {
      this.step(Date.now());
    }, this.#stepMs);
  }

  /** Stops. */
  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
