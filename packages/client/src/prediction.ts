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

/** Two timed samples of another entity's position, for smooth rendering between frames. */
export class PositionInterpolator {
  #fromX = 0;
  #fromY = 0;
  #fromMs = 0;
  #toX = 0;
  #toY = 0;
  #toMs = 0;
  #initialised = false;

  /** Adds a position received at a time (ms). */
  push(x: number, y: number, atMs: number): void {
    if (!this.#initialised) {
      this.#fromX = this.#toX = x;
      this.#fromY = this.#toY = y;
      this.#fromMs = this.#toMs = atMs;
      this.#initialised = true;
      return;
    }
    this.#fromX = this.#toX;
    this.#fromY = this.#toY;
    this.#fromMs = this.#toMs;
    this.#toX = x;
    this.#toY = y;
    this.#toMs = atMs;
  }

  /**
   * The position to draw at a time. Render about one frame interval in the past (e.g. now
   * minus 100 ms) so there are two samples around it; outside them the nearest is held.
   */
  at(renderMs: number): Point {
    const span = this.#toMs - this.#fromMs;
    if (span <= 0) return { x: this.#toX, y: this.#toY };
    const t = Math.min(1, Math.max(0, (renderMs - this.#fromMs) / span));
    return { x: this.#fromX + (this.#toX - this.#fromX) * t, y: this.#fromY + (this.#toY - this.#fromY) * t };
  }
}
