/**
 * A zone's walls as a grid of tiles, and the two questions the simulation asks of them every
 * tick: where does a moving body end up, and can one point see another.
 *
 * Bodies are circles. A circle is *free* where it overlaps no blocked tile and lies inside the
 * map; everything outside the map counts as blocked. Movement keeps a body {@link COLLISION_SKIN}
 * away from walls, while {@link CollisionGrid.isFree} only reports an overlap deeper than half of
 * that, so a position produced by movement is always free despite floating-point rounding, and a
 * body resting against a wall is never "stuck" in it on the next tick.
 *
 * Everything here is plain IEEE arithmetic on numbers and typed arrays: the same inputs give the
 * same outputs on every machine, which the deterministic tick relies on. The queries allocate
 * nothing except the result object of {@link CollisionGrid.moveWithCollision}; hot loops use
 * {@link CollisionGrid.moveWithCollisionInto} with a reused point instead.
 * @module
 */

/** A position in metres that a query writes its answer into, so hot loops can reuse one object. */
export interface MutablePoint {
  /** Metres from the map's west edge. */
  x: number;
  /** Metres from the map's north edge (Tiled's y axis points down). */
  y: number;
}

/**
 * Gap in metres that movement leaves between a body and a wall. It is far larger than the
 * rounding error of positions up to kilometres (about 1e-13 m) and far smaller than anything a
 * player could see.
 */
export const COLLISION_SKIN = 1e-6;

/** Smallest body radius the movement queries accept, in metres. */
export const MIN_BODY_RADIUS = 1e-3;

/** The overlap {@link CollisionGrid.isFree} tolerates: half the skin movement keeps. */
const TOLERANCE = COLLISION_SKIN / 2;

/** The largest grid side, in tiles; it bounds the memory a map can ask for (16 Mi tiles). */
export const MAX_GRID_SIDE = 4096;

/**
 * Which tiles of a zone are blocked, with movement and line-of-sight queries over them.
 * Coordinates are metres from the north-west corner; tile (col, row) covers
 * [col·tileSize, (col+1)·tileSize) × [row·tileSize, (row+1)·tileSize).
 */
export class CollisionGrid {
  /** Tiles per row (west to east). */
  readonly columns: number;
  /** Tiles per column (north to south). */
  readonly rows: number;
  /** Metres per tile side. */
  readonly tileSize: number;
  /** Map width in metres (columns × tileSize). */
  readonly width: number;
  /** Map height in metres (rows × tileSize). */
  readonly height: number;
  /**
   * One byte per tile, row-major (index row·columns + col); non-zero means blocked. The grid
   * owns it: it is exposed for fast read-only scans (path finding, debugging views) and must not
   * be changed while zones use the grid.
   */
  readonly cells: Uint8Array;

  /**
   * @param columns - tiles per row, 1 to {@link MAX_GRID_SIDE}
   * @param rows - tiles per column, 1 to {@link MAX_GRID_SIDE}
   * @param tileSize - metres per tile side, positive and finite
   * @param cells - columns × rows bytes, non-zero = blocked (taken over, not copied); all free
   *   when omitted
   */
  constructor(columns: number, rows: number, tileSize: number, cells?: Uint8Array) {
    if (!Number.isInteger(columns) || columns < 1 || columns > MAX_GRID_SIDE) {
      throw new RangeError(`columns must be an integer from 1 to ${MAX_GRID_SIDE}, got ${columns}`);
    }
    if (!Number.isInteger(rows) || rows < 1 || rows > MAX_GRID_SIDE) {
      throw new RangeError(`rows must be an integer from 1 to ${MAX_GRID_SIDE}, got ${rows}`);
    }
    if (!(tileSize > 0) || !Number.isFinite(tileSize)) {
      throw new RangeError(`tileSize must be a positive number of metres, got ${tileSize}`);
    }
    if (cells !== undefined && cells.length !== columns * rows) {
      throw new RangeError(`cells has ${cells.length} entries, expected ${columns * rows} (${columns} x ${rows})`);
    }
    this.columns = columns;
    this.rows = rows;
    this.tileSize = tileSize;
    this.width = columns * tileSize;
    this.height = rows * tileSize;
    this.cells = cells ?? new Uint8Array(columns * rows);
  }

  /**
   * A grid drawn as text, one string per row, `#` for a blocked tile and anything else for a
   * free one; rows must have equal length. Meant for tests and small hand-made maps.
   * @param lines - the rows, north first
   * @param tileSize - metres per tile side
   */
  static fromAscii(lines: readonly string[], tileSize: number): CollisionGrid {
    const columns = lines[0]?.length ?? 0;
    const cells = new Uint8Array(columns * lines.length);
    lines.forEach((line, row) => {
      if (line.length !== columns) throw new RangeError(`row ${row} has ${line.length} tiles, expected ${columns}`);
      for (let col = 0; col < columns; col++) cells[row * columns + col] = line[col] === '#' ? 1 : 0;
    });
    return new CollisionGrid(columns, lines.length, tileSize, cells);
  }

  /** Whether tile (col, row) is blocked; tiles outside the map are. */
  isBlockedTile(col: number, row: number): boolean {
    if (!(col >= 0 && row >= 0 && col < this.columns && row < this.rows)) return true;
    return this.cells[(row | 0) * this.columns + (col | 0)] !== 0;
  }

  /** Whether the point (x, y) in metres lies in a blocked tile or outside the map. */
  isBlocked(x: number, y: number): boolean {
    const size = this.tileSize;
    return this.isBlockedTile(Math.floor(x / size), Math.floor(y / size));
  }

  /** How many tiles are blocked. */
  blockedTileCount(): number {
    let count = 0;
    for (const cell of this.cells) if (cell !== 0) count++;
    return count;
  }

  /**
   * Whether a circle of `radius` metres centred on (x, y) lies inside the map and overlaps no
   * blocked tile (overlaps shallower than half of {@link COLLISION_SKIN} do not count).
   */
  isFree(x: number, y: number, radius: number): boolean {
    const reach = radius - TOLERANCE;
    if (!(reach > 0 && x >= reach && y >= reach && x <= this.width - reach && y <= this.height - reach)) return false;
    const size = this.tileSize;
    const columns = this.columns;
    const cells = this.cells;
    const colLo = Math.max(0, Math.floor((x - reach) / size));
    const colHi = Math.min(columns - 1, Math.floor((x + reach) / size));
    const rowLo = Math.max(0, Math.floor((y - reach) / size));
    const rowHi = Math.min(this.rows - 1, Math.floor((y + reach) / size));
    const reach2 = reach * reach;
    for (let row = rowLo; row <= rowHi; row++) {
      const top = row * size;
      const dy = y < top ? top - y : y > top + size ? y - top - size : 0;
      const base = row * columns;
      for (let col = colLo; col <= colHi; col++) {
        if (cells[base + col] === 0) continue;
        const left = col * size;
        const dx = x < left ? left - x : x > left + size ? x - left - size : 0;
        if (dx * dx + dy * dy < reach2) return false;
      }
    }
    return true;
  }

  /**
   * Moves a circular body by (dx, dy) metres and returns where it ends up: the requested
   * position if the way is free, otherwise as far as walls allow on each axis, so a body
   * pushing diagonally into a wall slides along it. See {@link moveWithCollisionInto}.
   */
  moveWithCollision(x: number, y: number, dx: number, dy: number, radius: number): { x: number; y: number } {
    return this.moveWithCollisionInto({ x, y }, x, y, dx, dy, radius);
  }

  /**
   * {@link moveWithCollision} without allocating: writes the end position into `out` and returns
   * it. `out` may be the object holding (x, y).
   *
   * The move is cut into sub-steps of at most half a tile per axis; in each, the body sweeps
   * along x and then along y, stopping {@link COLLISION_SKIN} short of the first blocked tile
   * on its way. A sweep tests every tile it crosses, so no step, however long, tunnels through
   * a wall; the sub-steps keep long diagonal moves close to the straight line. The target of
   * each sub-step is measured from the start, so an axis that was held up by a corner catches
   * up once it is clear, and a move through free space lands exactly on (x + dx, y + dy).
   *
   * Guarantees: the end position is free (see {@link isFree}) whenever the start is; each axis
   * moves toward its target and never past it, so the distance moved never exceeds the
   * requested one. A start that is not free (a saved position inside a wall that was added
   * later) does not move; the zone should place such a body at a spawn point. A non-finite
   * delta does not move. Moves longer than the map's width plus height are shortened to that
   * length, keeping their direction.
   * @param out - receives the end position
   * @param x - start, metres
   * @param y - start, metres
   * @param dx - requested movement along x, metres
   * @param dy - requested movement along y, metres
   * @param radius - body radius in metres, at least {@link MIN_BODY_RADIUS}
   */
  moveWithCollisionInto<P extends MutablePoint>(out: P, x: number, y: number, dx: number, dy: number, radius: number): P {
    if (!(radius >= MIN_BODY_RADIUS) || radius === Infinity) {
      throw new RangeError(`radius must be at least ${MIN_BODY_RADIUS} m and finite, got ${radius}`);
    }
    out.x = x;
    out.y = y;
    if (!Number.isFinite(dx) || !Number.isFinite(dy) || (dx === 0 && dy === 0) || !this.isFree(x, y, radius)) return out;
    const limit = this.width + this.height;
    let span = Math.max(Math.abs(dx), Math.abs(dy));
    if (span > limit) {
      const scale = limit / span;
      dx *= scale;
      dy *= scale;
      span = limit;
    }
    const maxStep = this.tileSize * 0.5;
    const steps = span <= maxStep ? 1 : Math.ceil(span / maxStep);
    let cx = x;
    let cy = y;
    for (let step = 1; step <= steps; step++) {
      const fraction = step / steps;
      const tx = step === steps ? x + dx : x + dx * fraction;
      const ty = step === steps ? y + dy : y + dy * fraction;
      if (tx !== cx) cx = this.#sweepX(cx, cy, tx, radius);
      if (ty !== cy) cy = this.#sweepY(cx, cy, ty, radius);
    }
    out.x = cx;
    out.y = cy;
    return out;
  }

  /**
   * Whether the straight segment from (x0, y0) to (x1, y1) crosses only free tiles. Tiles are
   * walked with the Amanatides–Woo grid traversal; where the segment passes exactly through a
   * tile corner, both tiles beside the corner must be free. The answer does not depend on the
   * order of the end points (the walk always starts from the western one), and an end point in a
   * blocked tile or outside the map sees nothing.
   */
  lineOfSight(x0: number, y0: number, x1: number, y1: number): boolean {
    if (!Number.isFinite(x0) || !Number.isFinite(y0) || !Number.isFinite(x1) || !Number.isFinite(y1)) return false;
    if (x1 < x0 || (x1 === x0 && y1 < y0)) {
      const sx = x0;
      const sy = y0;
      x0 = x1;
      y0 = y1;
      x1 = sx;
      y1 = sy;
    }
    const size = this.tileSize;
    let col = Math.floor(x0 / size);
    let row = Math.floor(y0 / size);
    if (this.#blocked(col, row)) return false;
    const endRow = Math.floor(y1 / size);
    let remainingX = Math.floor(x1 / size) - col;
    let remainingY = Math.abs(endRow - row);
    const dx = x1 - x0;
    const dy = y1 - y0;
    const stepY = dy > 0 ? 1 : -1;
    const deltaX = size / dx;
    const deltaY = size / Math.abs(dy);
    let nextX = ((col + 1) * size - x0) / dx;
    let nextY = dy > 0 ? ((row + 1) * size - y0) / dy : (row * size - y0) / dy;
    while (remainingX > 0 || remainingY > 0) {
      if (remainingY === 0 || (remainingX > 0 && nextX < nextY)) {
        col++;
        remainingX--;
        nextX += deltaX;
      } else if (remainingX === 0 || nextY < nextX) {
        row += stepY;
        remainingY--;
        nextY += deltaY;
      } else {
        if (this.#blocked(col + 1, row) || this.#blocked(col, row + stepY)) return false;
        col++;
        row += stepY;
        remainingX--;
        remainingY--;
        nextX += deltaX;
        nextY += deltaY;
      }
      if (this.#blocked(col, row)) return false;
    }
    return true;
  }

  /** Blocked test for integer tile coordinates that may lie outside the map. */
  #blocked(col: number, row: number): boolean {
    return col < 0 || row < 0 || col >= this.columns || row >= this.rows || this.cells[row * this.columns + col] !== 0;
  }

  /**
   * The x a body at (x, y) reaches sweeping toward `tx`: `tx`, or the first contact with a
   * blocked tile minus the skin, never behind `x`. Only tiles ahead of the body matter, because
   * the body starts free; a tile whose nearest y is at least `radius` away can never be touched
   * while y is fixed.
   */
  #sweepX(x: number, y: number, tx: number, radius: number): number {
    const size = this.tileSize;
    const r2 = radius * radius;
    const rowLo = Math.max(-1, Math.floor((y - radius) / size));
    const rowHi = Math.min(this.rows, Math.floor((y + radius) / size));
    if (tx > x) {
      let best = tx;
      const colHi = Math.min(this.columns, Math.floor((tx + radius) / size));
      for (let col = Math.max(-1, Math.floor(x / size) + 1); col <= colHi; col++) {
        const edge = col * size;
        if (edge - radius - COLLISION_SKIN >= best) break;
        for (let row = rowLo; row <= rowHi; row++) {
          if (!this.#blocked(col, row)) continue;
          const top = row * size;
          const gap = y < top ? top - y : y > top + size ? y - top - size : 0;
          if (gap >= radius) continue;
          const contact = edge - Math.sqrt(r2 - gap * gap) - COLLISION_SKIN;
          if (contact < best) best = contact;
        }
      }
      return best > x ? best : x;
    }
    let best = tx;
    const colLo = Math.max(-1, Math.floor((tx - radius) / size));
    for (let col = Math.min(this.columns, Math.floor(x / size) - 1); col >= colLo; col--) {
      const edge = (col + 1) * size;
      if (edge + radius + COLLISION_SKIN <= best) break;
      for (let row = rowLo; row <= rowHi; row++) {
        if (!this.#blocked(col, row)) continue;
        const top = row * size;
        const gap = y < top ? top - y : y > top + size ? y - top - size : 0;
        if (gap >= radius) continue;
        const contact = edge + Math.sqrt(r2 - gap * gap) + COLLISION_SKIN;
        if (contact > best) best = contact;
      }
    }
    return best < x ? best : x;
  }

  /** {@link #sweepX} with the axes swapped. */
  #sweepY(x: number, y: number, ty: number, radius: number): number {
    const size = this.tileSize;
    const r2 = radius * radius;
    const colLo = Math.max(-1, Math.floor((x - radius) / size));
    const colHi = Math.min(this.columns, Math.floor((x + radius) / size));
    if (ty > y) {
      let best = ty;
      const rowHi = Math.min(this.rows, Math.floor((ty + radius) / size));
      for (let row = Math.max(-1, Math.floor(y / size) + 1); row <= rowHi; row++) {
        const edge = row * size;
        if (edge - radius - COLLISION_SKIN >= best) break;
        for (let col = colLo; col <= colHi; col++) {
          if (!this.#blocked(col, row)) continue;
          const left = col * size;
          const gap = x < left ? left - x : x > left + size ? x - left - size : 0;
          if (gap >= radius) continue;
          const contact = edge - Math.sqrt(r2 - gap * gap) - COLLISION_SKIN;
          if (contact < best) best = contact;
        }
      }
      return best > y ? best : y;
    }
    let best = ty;
    const rowLo = Math.max(-1, Math.floor((ty - radius) / size));
    for (let row = Math.min(this.rows, Math.floor(y / size) - 1); row >= rowLo; row--) {
      const edge = (row + 1) * size;
      if (edge + radius + COLLISION_SKIN <= best) break;
      for (let col = colLo; col <= colHi; col++) {
        if (!this.#blocked(col, row)) continue;
        const left = col * size;
        const gap = x < left ? left - x : x > left + size ? x - left - size : 0;
        if (gap >= radius) continue;
        const contact = edge + Math.sqrt(r2 - gap * gap) + COLLISION_SKIN;
        if (contact > best) best = contact;
      }
    }
    return best < y ? best : y;
  }
}
