/**
 * Client-side prediction of the player's own movement, with reconciliation against the
 * server's authoritative position.
 *
 * The server applies the latest MoveInput at its next tick and keeps walking in that
 * direction until a newer input arrives; frames carry the highest input sequence applied
 * (ack) and the player's authoritative position. The predictor shows
 * `server position + the movement of every input the server has not applied yet`, each input
 * counted for as long as it has been held on the client. When the ack catches up, the
 * prediction converges on the server's position by itself; a collision the client did not
 * foresee is corrected at the next frame.
 * @module
 */

interface SentInput {
  readonly sequence: number;
  readonly directionX: number;
  readonly directionY: number;
  readonly sentAtMs: number;
}

/** A 2-D point in metres. */
export interface Point {
  /** Metres. */
  x: number;
  /** Metres. */
  y: number;
}

/** Optional client-side collision: returns where a move from (x, y) by (dx, dy) ends. */
export type CollideFunction = (x: number, y: number, dx: number, dy: number) => Point;

/** Predicts the player's own position between server frames. */
export class MovementPredictor {
  readonly #speed: number;
  readonly #collide: CollideFunction | undefined;
  readonly #unacked: SentInput[] = [];
  #serverX = 0;
  #serverY = 0;
  #ack = 0;

  /**
   * @param speed - the character's walking speed, metres per second
   * @param collide - optional collision check against the client's copy of the map
   */
  constructor(speed: number, collide?: CollideFunction) {
    this.#speed = speed;
    this.#collide = collide;
  }

  /** Inputs sent but not yet acknowledged. */
  get pending(): number {
    return this.#unacked.length;
  }

  /** Records an input the client just sent. */
  sent(sequence: number, directionX: number, directionY: number, nowMs: number): void {
    const length = Math.hypot(directionX, directionY);
    const scale = length > 1 ? 1 / length : 1;
    this.#unacked.push({ sequence, directionX: directionX * scale, directionY: directionY * scale, sentAtMs: nowMs });
  }

  /** Takes the server's authoritative position and acknowledged sequence. */
  reconcile(ackSequence: number, serverX: number, serverY: number): void {
    this.#serverX = serverX;
    this.#serverY = serverY;
    this.#ack = Math.max(this.#ack, ackSequence);
    while (this.#unacked.length > 0 && (this.#unacked[0]?.sequence ?? 0) <= this.#ack) this.#unacked.shift();
  }

  /** The predicted position now. */
  predict(nowMs: number): Point {
    let x = this.#serverX;
    let y = this.#serverY;
    for (let i = 0; i < this.#unacked.length; i++) {
      const input = this.#unacked[i];
      if (input === undefined) continue;
      const until = this.#unacked[i + 1]?.sentAtMs ?? nowMs;
      const seconds = Math.max(0, until - input.sentAtMs) / 1000;
      const dx = input.directionX * this.#speed * seconds;
      const dy = input.directionY * this.#speed * seconds;
      if (this.#collide === undefined) {
        x += dx;
        y += dy;
      } else {
        ({ x, y } = this.#collide(x, y, dx, dy));
      }
    }
    return { x, y };
  }
}

/**
 * Timed samples of another entity's position, for smooth rendering between frames. Keeps the
 * most recent samples (a bounded ring, {@link PositionInterpolator.capacity}), so a render time
 * a few frames in the past still lies between two samples.
 */
export class PositionInterpolator {
  /** How many samples are kept; older ones are forgotten. */
  static readonly capacity = 16;
  readonly #xs = new Float64Array(PositionInterpolator.capacity);
  readonly #ys = new Float64Array(PositionInterpolator.capacity);
  readonly #times = new Float64Array(PositionInterpolator.capacity);
  /** Index of the newest sample. */
  #head = -1;
  #count = 0;

  /** Adds a position received at a time (ms). Times must not decrease. */
  push(x: number, y: number, atMs: number): void {
    this.#head = (this.#head + 1) % PositionInterpolator.capacity;
    this.#xs[this.#head] = x;
    this.#ys[this.#head] = y;
    this.#times[this.#head] = atMs;
    if (this.#count < PositionInterpolator.capacity) this.#count++;
  }

  /** The newest sample's time, or undefined before the first sample. */
  get latestMs(): number | undefined {
    return this.#count === 0 ? undefined : this.#times[this.#head];
  }

  /**
   * The position to draw at a time. Render in the past (e.g. now minus 100 ms, two frame
   * intervals at 20 Hz) so there are samples on both sides of it; before the oldest sample kept
   * the oldest is held, after the newest the newest is held.
   */
  at(renderMs: number): Point {
    if (this.#count === 0) return { x: 0, y: 0 };
    const capacity = PositionInterpolator.capacity;
    let newer = this.#head;
    for (let k = 1; k < this.#count; k++) {
      const older = (this.#head - k + capacity) % capacity;
      const olderMs = this.#times[older] ?? 0;
      if (olderMs <= renderMs) {
        const newerMs = this.#times[newer] ?? 0;
        const span = newerMs - olderMs;
        const t = span <= 0 ? 1 : Math.min(1, (renderMs - olderMs) / span);
        const x0 = this.#xs[older] ?? 0;
        const y0 = this.#ys[older] ?? 0;
        return { x: x0 + ((this.#xs[newer] ?? 0) - x0) * t, y: y0 + ((this.#ys[newer] ?? 0) - y0) * t };
      }
      newer = older;
    }
    return { x: this.#xs[newer] ?? 0, y: this.#ys[newer] ?? 0 };
  }
}
