/**
 * A spatial hash of points in square cells of a fixed size. Cells are grouped into chunks of
 * 16 × 16 cells; a chunk is found through an open-addressing hash table keyed by its integer
 * coordinates. Each chunk stores the ids and interleaved x,y of all its entities in one pair of
 * typed arrays, cell after cell (row-major) with some slack per cell, so the cells of one row of
 * a view circle are read from nearly contiguous memory. The building block of
 * {@link InterestGrid}; it validates nothing (the interest grid checks ids and coordinates at
 * its public API).
 *
 * Measured (bench/aoi.bench.ts, low density, 16 m cells) while choosing this layout: a plain
 * cell hash costs ~13 ns per cell lookup and a view circle covers ~50 cells; with chunks a row
 * of cells costs one lookup. Per-cell typed arrays (one pair per cell) made the first read of
 * each cell a chain of cache misses and were the top cost of the update; chunk-packed storage
 * removed most of them. Memory follows occupied chunks, not a bounding box, so a teleport may
 * land anywhere.
 *
 * A cell is addressed by its global index `g = chunk × 256 + local`, where local is the cell's
 * row-major position in its chunk; its entities are `chunkIds[g >> 8]` (and `chunkPos`, two
 * numbers per entity) from `cellStart[g]` for `cellCount[g]` entries.
 * @module
 */

const EMPTY = -1;
const CHUNK_BITS = 4;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;
const CHUNK_CELLS = 1 << (2 * CHUNK_BITS);
/** Smallest slot capacity given to a cell that holds anything. */
const MIN_CELL_CAPACITY = 4;

/**
 * Cells are tested against circles with their edges pushed out by this fraction of the cell
 * size. Coordinates are at most `cellSize × 2^30` (checked by the interest grid), so a
 * coordinate's rounding error is at most `cellSize × 2^-22`; the margin is 64 times larger.
 * It makes every cell test conservative: a point that rounding put into a cell at the cell's
 * edge is still inside the cell's tested area.
 */
const MARGIN_FRACTION = 2 ** -16;

/** Hashes two int32 chunk coordinates (a murmur-style finaliser over a multiplicative mix). */
function chunkHash(kx: number, ky: number): number {
  let h = Math.imul(kx, 0x27d4eb2d) ^ Math.imul(ky ^ 0x165667b1, 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h;
}

/**
 * Entity positions bucketed into square cells. Ids are non-negative integers used as array
 * indices, so per-entity arrays are as long as the largest id seen (plus slack).
 *
 * Fields are public so that {@link InterestGrid} can read them in its hot loops; treat them as
 * read-only outside this file.
 */
export class SpatialHash {
  /** Edge of a cell, metres. */
  readonly cellSize: number;
  /** Distance by which cell edges are pushed out in cell tests (see MARGIN_FRACTION). */
  readonly margin: number;
  /** Number of entities held. */
  size = 0;

  /** x of each entity, by id (meaningful only while the entity is held). */
  x = new Float64Array(0);
  /** y of each entity, by id. */
  y = new Float64Array(0);
  /** Global cell index of each entity, by id; -1 when the id is not held. */
  cellOf = new Int32Array(0);

  /** First slot of each cell in its chunk's arrays, by global cell index. */
  cellStart = new Int32Array(0);
  /** Entities in each cell, by global cell index. */
  cellCount = new Int32Array(0);
  /** Ids of each chunk's entities, by chunk index (slots outside cells are garbage). */
  chunkIds: Int32Array[] = [];
  /** Interleaved x,y of each chunk's entities, parallel to chunkIds. */
  chunkPos: Float64Array[] = [];

  /** Cell coordinates are `floor(v × (1 / cellSize))` everywhere: a multiplication on the hot path. */
  readonly #inverseCellSize: number;
  /** Slot of each entity in its chunk's arrays, by id. */
  #slotOf = new Int32Array(0);
  /** Cell coordinates of each entity, by id. */
  #entityCx = new Int32Array(0);
  #entityCy = new Int32Array(0);
  /** Slots reserved for each cell, by global cell index. */
  #cellCapacity = new Int32Array(0);
  /** End of the reserved region of each chunk's arrays. */
  #chunkUsed = new Int32Array(0);
  #chunkPopulation = new Int32Array(0);
  #chunkKx = new Int32Array(0);
  #chunkKy = new Int32Array(0);
  #chunksUsed = 0;
  #emptyChunks = 0;
  #table = new Int32Array(64).fill(EMPTY);
  #mask = 63;

  /** @param cellSize edge of a cell in metres; must be positive and finite (not checked here). */
  constructor(cellSize: number) {
    this.cellSize = cellSize;
    this.margin = cellSize * MARGIN_FRACTION;
    this.#inverseCellSize = 1 / cellSize;
  }

  /** Whether the id is held. */
  contains(id: number): boolean {
    return id < this.cellOf.length && (this.cellOf[id] ?? EMPTY) !== EMPTY;
  }

  /** The cell coordinate of a position coordinate. */
  cellCoord(v: number): number {
    return Math.floor(v * this.#inverseCellSize);
  }

  /** Grows the per-entity arrays so that `id` is a valid index. */
  ensureCapacity(id: number): void {
    if (id < this.cellOf.length) return;
    const capacity = Math.max(id + 1, this.cellOf.length * 2, 64);
    this.x = grownFloat64(this.x, capacity);
    this.y = grownFloat64(this.y, capacity);
    const cellOf = new Int32Array(capacity).fill(EMPTY);
    cellOf.set(this.cellOf);
    this.cellOf = cellOf;
    this.#slotOf = grownInt32(this.#slotOf, capacity);
    this.#entityCx = grownInt32(this.#entityCx, capacity);
    this.#entityCy = grownInt32(this.#entityCy, capacity);
  }

  /** Adds an entity. Precondition: the id is not held and its coordinates are valid. */
  insert(id: number, x: number, y: number): void {
    this.ensureCapacity(id);
    this.x[id] = x;
    this.y[id] = y;
    this.#link(id, this.cellCoord(x) | 0, this.cellCoord(y) | 0);
    this.size++;
  }

  /** Moves a held entity. */
  move(id: number, x: number, y: number): void {
    this.x[id] = x;
    this.y[id] = y;
    const cx = this.cellCoord(x) | 0;
    const cy = this.cellCoord(y) | 0;
    if (this.#entityCx[id] === cx && this.#entityCy[id] === cy) {
      const g = this.cellOf[id] ?? 0;
      const pos = this.chunkPos[g >> 8];
      const slot = this.#slotOf[id] ?? 0;
      if (pos !== undefined) {
        pos[2 * slot] = x;
        pos[2 * slot + 1] = y;
      }
      return;
    }
    this.#unlink(id);
    this.#link(id, cx, cy);
  }

  /** Removes a held entity. */
  remove(id: number): void {
    this.#unlink(id);
    this.cellOf[id] = EMPTY;
    this.size--;
  }

  /**
   * Writes to `out` the global indices of the non-empty cells that may hold a point within
   * `radius` of (x, y) — a superset, never missing one — and returns how many. `inner[k]` is
   * set to 1 when every point of cell `out[k]` is within `innerRadius` (so its entities need no
   * distance test), else 0. Grows neither array: `out` and `inner` must have room for
   * {@link SpatialHash.maxCellsNear} entries.
   */
  cellsNear(x: number, y: number, radius: number, innerRadius: number, out: Int32Array, inner: Uint8Array): number {
    const side = Math.ceil((2 * radius) / this.cellSize) + 3;
    if (side * side > this.#chunksUsed * CHUNK_CELLS) return this.#cellsNearByChunks(x, y, radius, innerRadius, out, inner);
    const size = this.cellSize;
    const inverse = this.#inverseCellSize;
    const m = this.margin;
    const r2 = radius * radius;
    const inner2 = innerRadius * innerRadius;
    const cellCount = this.cellCount;
    let n = 0;
    const cy1 = this.cellCoord(y + radius + m) | 0;
    for (let cy = this.cellCoord(y - radius - m) | 0; cy <= cy1; cy++) {
      // The row's cells, pushed out by the margin on every side, span [top, bottom].
      const top = cy * size - m;
      const bottom = top + size + 2 * m;
      const dyNear = y < top ? top - y : y > bottom ? y - bottom : 0;
      const dyNear2 = dyNear * dyNear;
      if (dyNear2 > r2) continue;
      // Cells meeting the circle: those overlapping [x - half, x + half] (pushed out by m).
      const half = Math.sqrt(r2 - dyNear2) + m;
      const cx0 = this.cellCoord(x - half) | 0;
      const cx1 = this.cellCoord(x + half) | 0;
      // Cells entirely inside the inner circle: those within [x - w, x + w], where w is the
      // half-width of the inner circle at the row's farther edge, less 2m of slack.
      const dyFar = Math.max(y - top, bottom - y);
      let innerFrom = 1;
      let innerTo = 0;
      if (dyFar * dyFar < inner2) {
        const w = Math.sqrt(inner2 - dyFar * dyFar) - 2 * m;
        innerFrom = Math.ceil((x - w) * inverse) | 0;
        innerTo = (Math.floor((x + w) * inverse) | 0) - 1;
      }
      const ky = cy >> CHUNK_BITS;
      const rowInChunk = (cy & CHUNK_MASK) << CHUNK_BITS;
      let kx = cx0 >> CHUNK_BITS;
      let chunk = this.#findChunk(kx, ky);
      for (let cx = cx0; cx <= cx1; cx++) {
        if (cx >> CHUNK_BITS !== kx) {
          kx = cx >> CHUNK_BITS;
          chunk = this.#findChunk(kx, ky);
        }
        if (chunk === EMPTY) continue;
        const g = (chunk << 8) | rowInChunk | (cx & CHUNK_MASK);
        if (cellCount[g] === 0) continue;
        out[n] = g;
        inner[n] = cx >= innerFrom && cx <= innerTo ? 1 : 0;
        n++;
      }
    }
    return n;
  }

  /**
   * Writes every held id to `out` (which must have room for `size` ids) in storage order: chunk
   * by chunk, cells row-major within a chunk. Processing entities in this order makes neighbours
   * follow each other, so the cells one of them reads are still in cache for the next.
   */
  idsInCellOrder(out: Int32Array): number {
    let n = 0;
    for (let chunk = 0; chunk < this.#chunksUsed; chunk++) {
      if (this.#chunkPopulation[chunk] === 0) continue;
      const ids = this.chunkIds[chunk] ?? new Int32Array(0);
      for (let g = chunk << 8, end = (chunk + 1) << 8; g < end; g++) {
        const start = this.cellStart[g] ?? 0;
        const stop = start + (this.cellCount[g] ?? 0);
        for (let i = start; i < stop; i++) out[n++] = ids[i] ?? 0;
      }
    }
    return n;
  }

  /**
   * Writes the ids in the cell of held entity `id` (itself included) to `out`, in storage
   * order, and returns how many; `out` must have room for them (`size` is always enough).
   */
  idsInCellOf(id: number, out: Int32Array): number {
    const g = this.cellOf[id] ?? 0;
    const ids = this.chunkIds[g >> 8] ?? new Int32Array(0);
    const start = this.cellStart[g] ?? 0;
    const count = this.cellCount[g] ?? 0;
    for (let i = 0; i < count; i++) out[i] = ids[start + i] ?? 0;
    return count;
  }

  /** An upper bound on what {@link SpatialHash.cellsNear} writes for this radius, now. */
  maxCellsNear(radius: number): number {
    const side = Math.ceil((2 * radius) / this.cellSize) + 3;
    return Math.min(side * side, this.#chunksUsed * CHUNK_CELLS);
  }

  /**
   * cellsNear for a radius that spans more cells than exist: tests every non-empty cell of every
   * chunk instead of walking the circle's rows, so the cost is bounded by what is stored.
   */
  #cellsNearByChunks(x: number, y: number, radius: number, innerRadius: number, out: Int32Array, inner: Uint8Array): number {
    const size = this.cellSize;
    const m = this.margin;
    const r2 = radius * radius;
    const inner2 = innerRadius * innerRadius;
    let n = 0;
    for (let chunk = 0; chunk < this.#chunksUsed; chunk++) {
      if (this.#chunkPopulation[chunk] === 0) continue;
      const originX = (this.#chunkKx[chunk] ?? 0) << CHUNK_BITS;
      const originY = (this.#chunkKy[chunk] ?? 0) << CHUNK_BITS;
      for (let local = 0; local < CHUNK_CELLS; local++) {
        const g = (chunk << 8) | local;
        if (this.cellCount[g] === 0) continue;
        const left = (originX + (local & CHUNK_MASK)) * size - m;
        const top = (originY + (local >> CHUNK_BITS)) * size - m;
        const right = left + size + 2 * m;
        const bottom = top + size + 2 * m;
        const dx = x < left ? left - x : x > right ? x - right : 0;
        const dy = y < top ? top - y : y > bottom ? y - bottom : 0;
        if (dx * dx + dy * dy > r2) continue;
        const fx = Math.max(x - left, right - x);
        const fy = Math.max(y - top, bottom - y);
        out[n] = g;
        inner[n] = fx * fx + fy * fy <= inner2 ? 1 : 0;
        n++;
      }
    }
    return n;
  }

  /** The index of chunk (kx, ky), or -1. */
  #findChunk(kx: number, ky: number): number {
    const table = this.#table;
    const mask = this.#mask;
    const chunkKx = this.#chunkKx;
    const chunkKy = this.#chunkKy;
    let h = chunkHash(kx, ky) & mask;
    for (;;) {
      const chunk = table[h] ?? EMPTY;
      if (chunk === EMPTY || (chunkKx[chunk] === kx && chunkKy[chunk] === ky)) return chunk;
      h = (h + 1) & mask;
    }
  }

  #link(id: number, cx: number, cy: number): void {
    const kx = cx >> CHUNK_BITS;
    const ky = cy >> CHUNK_BITS;
    let chunk = this.#findChunk(kx, ky);
    if (chunk === EMPTY) chunk = this.#addChunk(kx, ky);
    const g = (chunk << 8) | ((cy & CHUNK_MASK) << CHUNK_BITS) | (cx & CHUNK_MASK);
    const count = this.cellCount[g] ?? 0;
    if (count === this.#cellCapacity[g]) this.#growCell(chunk, g);
    const slot = (this.cellStart[g] ?? 0) + count;
    const ids = this.chunkIds[chunk] ?? new Int32Array(0);
    const pos = this.chunkPos[chunk] ?? new Float64Array(0);
    ids[slot] = id;
    pos[2 * slot] = this.x[id] ?? 0;
    pos[2 * slot + 1] = this.y[id] ?? 0;
    this.cellCount[g] = count + 1;
    if (this.#chunkPopulation[chunk] === 0) this.#emptyChunks--;
    this.#chunkPopulation[chunk] = (this.#chunkPopulation[chunk] ?? 0) + 1;
    this.cellOf[id] = g;
    this.#slotOf[id] = slot;
    this.#entityCx[id] = cx;
    this.#entityCy[id] = cy;
  }

  /** Swap-removes the entity from its cell: the cell's last entity takes its slot. */
  #unlink(id: number): void {
    const g = this.cellOf[id] ?? 0;
    const chunk = g >> 8;
    const ids = this.chunkIds[chunk] ?? new Int32Array(0);
    const pos = this.chunkPos[chunk] ?? new Float64Array(0);
    const count = (this.cellCount[g] ?? 1) - 1;
    const last = (this.cellStart[g] ?? 0) + count;
    const slot = this.#slotOf[id] ?? 0;
    if (slot !== last) {
      const moved = ids[last] ?? 0;
      ids[slot] = moved;
      pos[2 * slot] = pos[2 * last] ?? 0;
      pos[2 * slot + 1] = pos[2 * last + 1] ?? 0;
      this.#slotOf[moved] = slot;
    }
    this.cellCount[g] = count;
    const population = (this.#chunkPopulation[chunk] ?? 1) - 1;
    this.#chunkPopulation[chunk] = population;
    if (population === 0) {
      this.#emptyChunks++;
      if (this.#emptyChunks > 16 && this.#emptyChunks * 2 > this.#chunksUsed) this.#dropEmptyChunks();
    }
  }

  /** Gives a full cell twice the room: at the end of the chunk's arrays, or by repacking the chunk. */
  #growCell(chunk: number, g: number): void {
    const count = this.cellCount[g] ?? 0;
    const capacity = Math.max(MIN_CELL_CAPACITY, count * 2);
    const used = this.#chunkUsed[chunk] ?? 0;
    const ids = this.chunkIds[chunk] ?? new Int32Array(0);
    if (used + capacity > ids.length) {
      this.#repack(chunk, g, capacity);
      return;
    }
    const pos = this.chunkPos[chunk] ?? new Float64Array(0);
    const start = this.cellStart[g] ?? 0;
    ids.copyWithin(used, start, start + count);
    pos.copyWithin(2 * used, 2 * start, 2 * (start + count));
    for (let i = 0; i < count; i++) this.#slotOf[ids[used + i] ?? 0] = used + i;
    this.cellStart[g] = used;
    this.#cellCapacity[g] = capacity;
    this.#chunkUsed[chunk] = used + capacity;
  }

  /**
   * Lays a chunk's cells out again in row-major order, each with room for half as many again
   * as it holds (cell `grow` gets `growTo`), into arrays with as much free space again for
   * cells that outgrow their room later. Costs O(chunk population); a cell is relocated by
   * #growCell only after doubling, so the amortised cost per insert is O(1).
   */
  #repack(chunk: number, grow: number, growTo: number): void {
    const base = chunk << 8;
    let total = 0;
    for (let local = 0; local < CHUNK_CELLS; local++) {
      const g = base | local;
      const count = this.cellCount[g] ?? 0;
      total += g === grow ? growTo : count === 0 ? 0 : Math.max(MIN_CELL_CAPACITY, count + (count >> 1));
    }
    const length = Math.max(64, total * 2);
    const oldIds = this.chunkIds[chunk] ?? new Int32Array(0);
    const oldPos = this.chunkPos[chunk] ?? new Float64Array(0);
    const ids = new Int32Array(length);
    const pos = new Float64Array(2 * length);
    let at = 0;
    for (let local = 0; local < CHUNK_CELLS; local++) {
      const g = base | local;
      const count = this.cellCount[g] ?? 0;
      const start = this.cellStart[g] ?? 0;
      const capacity = g === grow ? growTo : count === 0 ? 0 : Math.max(MIN_CELL_CAPACITY, count + (count >> 1));
      ids.set(oldIds.subarray(start, start + count), at);
      pos.set(oldPos.subarray(2 * start, 2 * (start + count)), 2 * at);
      for (let i = 0; i < count; i++) this.#slotOf[ids[at + i] ?? 0] = at + i;
      this.cellStart[g] = at;
      this.#cellCapacity[g] = capacity;
      at += capacity;
    }
    this.chunkIds[chunk] = ids;
    this.chunkPos[chunk] = pos;
    this.#chunkUsed[chunk] = at;
  }

  #addChunk(kx: number, ky: number): number {
    if ((this.#chunksUsed + 1) * 2 > this.#table.length) this.#rehash(this.#table.length * 2);
    const chunk = this.#chunksUsed++;
    if (chunk === this.#chunkKx.length) {
      const chunks = Math.max(8, chunk * 2);
      this.#chunkKx = grownInt32(this.#chunkKx, chunks);
      this.#chunkKy = grownInt32(this.#chunkKy, chunks);
      this.#chunkUsed = grownInt32(this.#chunkUsed, chunks);
      this.#chunkPopulation = grownInt32(this.#chunkPopulation, chunks);
      this.cellStart = grownInt32(this.cellStart, chunks * CHUNK_CELLS);
      this.cellCount = grownInt32(this.cellCount, chunks * CHUNK_CELLS);
      this.#cellCapacity = grownInt32(this.#cellCapacity, chunks * CHUNK_CELLS);
    }
    this.#chunkKx[chunk] = kx;
    this.#chunkKy[chunk] = ky;
    this.#chunkUsed[chunk] = 0;
    this.#chunkPopulation[chunk] = 0;
    this.cellStart.fill(0, chunk << 8, (chunk + 1) << 8);
    this.cellCount.fill(0, chunk << 8, (chunk + 1) << 8);
    this.#cellCapacity.fill(0, chunk << 8, (chunk + 1) << 8);
    this.chunkIds[chunk] = new Int32Array(64);
    this.chunkPos[chunk] = new Float64Array(128);
    this.#emptyChunks++;
    this.#place(chunk);
    return chunk;
  }

  #place(chunk: number): void {
    const table = this.#table;
    const mask = this.#mask;
    let h = chunkHash(this.#chunkKx[chunk] ?? 0, this.#chunkKy[chunk] ?? 0) & mask;
    while (table[h] !== EMPTY) h = (h + 1) & mask;
    table[h] = chunk;
  }

  #rehash(tableSize: number): void {
    this.#table = new Int32Array(tableSize).fill(EMPTY);
    this.#mask = tableSize - 1;
    for (let chunk = 0; chunk < this.#chunksUsed; chunk++) this.#place(chunk);
  }

  /**
   * Drops empty chunks once they outnumber live ones, so memory follows occupied areas even
   * after entities have wandered or teleported far; live chunks are renumbered. Amortised O(1):
   * it runs after at least as many chunks emptied as remain.
   */
  #dropEmptyChunks(): void {
    let live = 0;
    for (let chunk = 0; chunk < this.#chunksUsed; chunk++) {
      if ((this.#chunkPopulation[chunk] ?? 0) === 0) continue;
      if (live !== chunk) {
        const from = chunk << 8;
        const to = live << 8;
        this.cellStart.copyWithin(to, from, from + CHUNK_CELLS);
        this.cellCount.copyWithin(to, from, from + CHUNK_CELLS);
        this.#cellCapacity.copyWithin(to, from, from + CHUNK_CELLS);
        this.#chunkKx[live] = this.#chunkKx[chunk] ?? 0;
        this.#chunkKy[live] = this.#chunkKy[chunk] ?? 0;
        this.#chunkUsed[live] = this.#chunkUsed[chunk] ?? 0;
        this.#chunkPopulation[live] = this.#chunkPopulation[chunk] ?? 0;
        const ids = this.chunkIds[chunk] ?? new Int32Array(0);
        this.chunkIds[live] = ids;
        this.chunkPos[live] = this.chunkPos[chunk] ?? new Float64Array(0);
        for (let local = 0; local < CHUNK_CELLS; local++) {
          const start = this.cellStart[to | local] ?? 0;
          const count = this.cellCount[to | local] ?? 0;
          for (let i = start; i < start + count; i++) this.cellOf[ids[i] ?? 0] = to | local;
        }
      }
      live++;
    }
    this.chunkIds.length = live;
    this.chunkPos.length = live;
    this.#chunksUsed = live;
    this.#emptyChunks = 0;
    let tableSize = 64;
    while (tableSize < live * 4) tableSize *= 2;
    this.#rehash(tableSize);
  }
}

/** A copy of `array` with the given length (zero-filled beyond the old length). */
export function grownInt32(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(length);
  grown.set(array.length <= length ? array : array.subarray(0, length));
  return grown;
}

/** A copy of `array` with the given length (zero-filled beyond the old length). */
export function grownFloat64(array: Float64Array, length: number): Float64Array<ArrayBuffer> {
  const grown = new Float64Array(length);
  grown.set(array.length <= length ? array : array.subarray(0, length));
  return grown;
}
