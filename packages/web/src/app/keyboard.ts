/**
 * Movement keys: WASD and the arrow keys, turned into a walking direction of length 0 or 1.
 * @module
 */

/** A unit (or zero) walking direction; y grows southwards like the map. */
export interface Direction {
  /** East component. */
  readonly dx: number;
  /** South component. */
  readonly dy: number;
}

const KEYS: Readonly<Record<string, readonly [number, number]>> = {
  KeyW: [0, -1],
  ArrowUp: [0, -1],
  KeyS: [0, 1],
  ArrowDown: [0, 1],
  KeyA: [-1, 0],
  ArrowLeft: [-1, 0],
  KeyD: [1, 0],
  ArrowRight: [1, 0],
};

/** Whether a `KeyboardEvent.code` is a movement key. */
export function isMovementKey(code: string): boolean {
  return code in KEYS;
}

/** The direction the held movement keys point (opposite keys cancel; diagonals are unit length). */
export function directionOf(held: Iterable<string>): Direction {
  let x = 0;
  let y = 0;
  const seen = new Set<string>();
  for (const code of held) {
    const key = KEYS[code];
    // W and ArrowUp held together are one "up", not twice as fast.
    if (key === undefined || seen.has(`${key[0]},${key[1]}`)) continue;
    seen.add(`${key[0]},${key[1]}`);
    x += key[0];
    y += key[1];
  }
  const length = Math.hypot(x, y);
  return length === 0 ? { dx: 0, dy: 0 } : { dx: x / length, dy: y / length };
}

/** Whether two directions are the same (so no new input needs to be sent). */
export function sameDirection(a: Direction, b: Direction): boolean {
  return Math.abs(a.dx - b.dx) < 1e-9 && Math.abs(a.dy - b.dy) < 1e-9;
}
