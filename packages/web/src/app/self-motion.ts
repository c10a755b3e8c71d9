/**
 * Where to draw the player's own character: the SDK's {@link MovementPredictor} (server
 * position plus every input the server has not acknowledged yet), then, once every input is
 * acknowledged, the current intent carried forward for at most two ticks since the last frame
 * (timed by its tick: a frame that acknowledges nothing new may reach the client a tick late,
 * paired with the next, so the next position can be two ticks away), so the character moves
 * smoothly at the display's frame rate instead of stepping at the tick rate. The server's
 * position wins at every frame; nothing here ever sets it.
 * @module
 */
import { MovementPredictor } from '@realmforge/client';
import type { CollideFunction, Point } from '@realmforge/client';

/** Ticks the acknowledged intent is carried past the last frame (its pair may come a tick late). */
const CARRY_TICKS = 2;

type Intent =
  | { readonly kind: 'direction'; readonly dx: number; readonly dy: number }
  | { readonly kind: 'target'; readonly x: number; readonly y: number };

/** Own-character prediction and reconciliation. */
export class SelfMotion {
  readonly #speed: number;
  readonly #collide: CollideFunction | undefined;
  readonly #tickMs: number;
  #predictor: MovementPredictor;
  #intent: Intent = { kind: 'direction', dx: 0, dy: 0 };
  #serverX = 0;
  #serverY = 0;
  #frameAtMs = 0;

  /**
   * @param speed - the character's walking speed, metres per second
   * @param tickMs - the server's tick interval
   * @param collide - client-side collision against the zone map, when it is loaded
   */
  constructor(speed: number, tickMs: number, collide?: CollideFunction) {
    this.#speed = speed;
    this.#tickMs = tickMs;
    this.#collide = collide;
    this.#predictor = new MovementPredictor(speed, collide);
  }

  /** Forgets every input (after a reset frame: a new zone or a resumed connection). */
  reset(x: number, y: number, nowMs: number): void {
    this.#predictor = new MovementPredictor(this.#speed, this.#collide);
    this.#intent = { kind: 'direction', dx: 0, dy: 0 };
    this.#predictor.reconcile(0, x, y);
    this.#serverX = x;
    this.#serverY = y;
    this.#frameAtMs = nowMs;
  }

  /** Records a direction input just sent with `sequence`. */
  direction(sequence: number, dx: number, dy: number, nowMs: number): void {
    this.#predictor.sent(sequence, dx, dy, nowMs);
    const length = Math.hypot(dx, dy);
    this.#intent = length > 1 ? { kind: 'direction', dx: dx / length, dy: dy / length } : { kind: 'direction', dx, dy };
  }

  /** Records a walk-to-point input just sent with `sequence`. */
  target(sequence: number, x: number, y: number, nowMs: number): void {
    const from = this.position(nowMs);
    const length = Math.hypot(x - from.x, y - from.y);
    this.#predictor.sent(sequence, length > 0 ? (x - from.x) / length : 0, length > 0 ? (y - from.y) / length : 0, nowMs);
    this.#intent = { kind: 'target', x, y };
  }

  /**
   * Takes a frame's acknowledgement and the server's position of the character, as of `nowMs`:
   * the local time of the frame's tick (the SDK's TickClock), not of its arrival.
   */
  frame(ackSequence: number, serverX: number, serverY: number, nowMs: number): void {
    this.#predictor.reconcile(ackSequence, serverX, serverY);
    this.#serverX = serverX;
    this.#serverY = serverY;
    this.#frameAtMs = nowMs;
  }

  /** The walk target, while walking to a point. */
  get walkTarget(): Point | undefined {
    return this.#intent.kind === 'target' ? { x: this.#intent.x, y: this.#intent.y } : undefined;
  }

  /** The position to draw now. */
  position(nowMs: number): Point {
    const intent = this.#intent;
    if (this.#predictor.pending > 0) {
      const p = this.#predictor.predict(nowMs);
      if (intent.kind === 'target' && passed(this.#serverX, this.#serverY, p, intent)) return { x: intent.x, y: intent.y };
      return p;
    }
    const seconds = Math.min(Math.max(0, nowMs - this.#frameAtMs), CARRY_TICKS * this.#tickMs) / 1000;
    let dx: number;
    let dy: number;
    if (intent.kind === 'direction') {
      dx = intent.dx * this.#speed * seconds;
      dy = intent.dy * this.#speed * seconds;
    } else {
      const rx = intent.x - this.#serverX;
      const ry = intent.y - this.#serverY;
      const remaining = Math.hypot(rx, ry);
      const step = Math.min(remaining, this.#speed * seconds);
      dx = remaining > 0 ? (rx / remaining) * step : 0;
      dy = remaining > 0 ? (ry / remaining) * step : 0;
    }
    if (dx === 0 && dy === 0) return { x: this.#serverX, y: this.#serverY };
    if (this.#collide !== undefined) return this.#collide(this.#serverX, this.#serverY, dx, dy);
    return { x: this.#serverX + dx, y: this.#serverY + dy };
  }
}

/** Whether `p`, on the way from (x0, y0) to `target`, has gone past it. */
function passed(x0: number, y0: number, p: Point, target: { readonly x: number; readonly y: number }): boolean {
  return (target.x - x0) * (target.x - p.x) + (target.y - y0) * (target.y - p.y) < 0;
}
