/**
 * Ways across a zone, found on the map a game client ships: its walls are read once per bot
 * process with the server's own loader (so the bots and the server agree on every blocked
 * tile), and one breadth-first search from the default spawn's tile finds every tile a player
 * can reach from there and, for each, the step back toward the spawn. A bot's path is then a
 * walk along that tree, O(path length), and is pressed into a few straight waypoints.
 *
 * Moves between tiles: a player is a circle of 0.4 m and tiles are 2 m, so the straight line
 * between the centres of two side-by-side open tiles keeps the body inside them; a diagonal
 * step is taken only when both tiles beside it are open too (no corner clipping). Tiles in or
 * beside a portal count as blocked, so no path sends a bot to another zone.
 * @module
 */
import { loadZoneMap } from '../../../packages/server/src/world/map/tiled-map.ts';
import { DEFAULT_SPAWN } from '../../../packages/server/src/world/map/zone-map.ts';
import type { ZoneMap } from '../../../packages/server/src/world/map/zone-map.ts';
import type { Point } from '../../bots/behaviour.ts';
import { ZONES } from './zone-guide.ts';

/**
 * How far from a straight segment between two waypoints the tiles must be open, metres: a
 * player's radius (0.4 m, the server's PLAYER_RADIUS) and a margin.
 */
const CLEARANCE_M = 0.5;
/** Longest straight segment, tiles: a waypoint at least this often. */
export const MAX_SEGMENT_TILES = 24;

/** The eight neighbours of a tile: column and row offsets, the four sides first. */
const STEPS: readonly (readonly [number, number])[] = [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [1, -1], [-1, 1], [-1, -1]];

/** A zone's reachable tiles and the breadth-first tree over them, rooted at the default spawn. */
export class ZonePaths {
  readonly #columns: number;
  readonly #rows: number;
  readonly #tileSize: number;
  /** Per tile: 1 when a player may stand and walk there (not blocked, not in or beside a portal). */
  readonly #open: Uint8Array;
  /** The default spawn point, metres: where fresh characters enter. */
  readonly spawn: Point;
  /** Per tile: the neighbour one step closer to the spawn; the spawn tile's own index; -1 unreached. */
  readonly #parent: Int32Array;
  /** Per tile: steps from the spawn tile. */
  readonly #depth: Int32Array;
  /** The reached tiles, in the order the search found them. */
  readonly #reached: Int32Array;

  /** Searches the map once from its default spawn. @throws Error when the map has no default spawn */
  constructor(map: ZoneMap) {
    const { collision } = map;
    this.#columns = collision.columns;
    this.#rows = collision.rows;
    this.#tileSize = collision.tileSize;
    this.#open = openTiles(map);
    const spawn = map.spawnPoints.get(DEFAULT_SPAWN);
    if (spawn === undefined) throw new Error(`${map.file}: no ${DEFAULT_SPAWN} spawn point`);
    this.spawn = { x: spawn.x, y: spawn.y };
    const tiles = this.#columns * this.#rows;
    this.#parent = new Int32Array(tiles).fill(-1);
    this.#depth = new Int32Array(tiles);
    const queue = new Int32Array(tiles);
    const root = this.tileAt(spawn);
    let found = 0;
    if (root !== undefined && this.#open[root] === 1) {
      this.#parent[root] = root;
      queue[found++] = root;
    }
    for (let head = 0; head < found; head++) {
      const tile = queue[head] ?? 0;
      const col = tile % this.#columns;
      const row = (tile - col) / this.#columns;
      for (const [dc, dr] of STEPS) {
        const next = this.#index(col + dc, row + dr);
        if (next < 0 || this.#parent[next] !== -1 || this.#open[next] !== 1) continue;
        // A diagonal step only past two open side tiles: the body never clips a corner.
        if (dc !== 0 && dr !== 0 && (this.#open[this.#index(col + dc, row)] !== 1 || this.#open[this.#index(col, row + dr)] !== 1)) continue;
        this.#parent[next] = tile;
        this.#depth[next] = (this.#depth[tile] ?? 0) + 1;
        queue[found++] = next;
      }
    }
    this.#reached = queue.slice(0, found);
  }

  /** Tiles a player can reach from the default spawn (the spawn's own included). */
  get reachable(): number {
    return this.#reached.length;
  }

  /** The tile under a point, or undefined off the map. */
  tileAt(point: Point): number | undefined {
    const col = Math.floor(point.x / this.#tileSize);
    const row = Math.floor(point.y / this.#tileSize);
    const index = this.#index(col, row);
    return index < 0 ? undefined : index;
  }

  /** The centre of a tile, metres. */
  centre(tile: number): Point {
    const col = tile % this.#columns;
    const row = (tile - col) / this.#columns;
    return { x: (col + 0.5) * this.#tileSize, y: (row + 0.5) * this.#tileSize };
  }

  /** A tile drawn uniformly from the reachable ones, with `u` uniform in [0, 1). */
  destination(u: number): number {
    return this.#reached[Math.min(this.#reached.length - 1, Math.floor(u * this.#reached.length))] ?? 0;
  }

  /**
   * Waypoints from `from` to the centre of tile `to`, both reachable: first the centre of the
   * tile under `from`, then the fewest tile centres such that the straight line between each
   * two keeps a player clear of every closed tile, at most {@link MAX_SEGMENT_TILES} tiles
   * apart. Undefined when `from` is not on a reachable tile (another map, a closed tile).
   */
  path(from: Point, to: number): Point[] | undefined {
    const start = this.tileAt(from);
    if (start === undefined || this.#parent[start] === -1 || this.#parent[to] === -1) return undefined;
    const tiles = this.#treePath(start, to);
    const waypoints = [this.centre(start)];
    for (let i = 0; i < tiles.length - 1;) {
      let j = i + 1;
      while (j + 1 < tiles.length && j + 1 - i <= MAX_SEGMENT_TILES && this.#clear(tiles[i] ?? 0, tiles[j + 1] ?? 0)) j++;
      waypoints.push(this.centre(tiles[j] ?? 0));
      i = j;
    }
    return waypoints;
  }

  /** The tiles of the tree's way from `a` to `b`: up to their common ancestor, then down. */
  #treePath(a: number, b: number): number[] {
    const up: number[] = [];
    const down: number[] = [];
    let x = a;
    let y = b;
    while ((this.#depth[x] ?? 0) > (this.#depth[y] ?? 0)) {
      up.push(x);
      x = this.#parent[x] ?? x;
    }
    while ((this.#depth[y] ?? 0) > (this.#depth[x] ?? 0)) {
      down.push(y);
      y = this.#parent[y] ?? y;
    }
    while (x !== y) {
      up.push(x);
      down.push(y);
      x = this.#parent[x] ?? x;
      y = this.#parent[y] ?? y;
    }
    up.push(x);
    return up.concat(down.reverse());
  }

  /**
   * Whether a player walking straight from the centre of tile `a` to that of `b` stays on open
   * tiles: every tile that a square of {@link CLEARANCE_M} either side of the walker touches on
   * the way is open. Row by row: the part of the segment whose square reaches into a row spans
   * an interval of x, and the square widens it by the clearance either side.
   */
  #clear(a: number, b: number): boolean {
    const size = this.#tileSize;
    const aCol = a % this.#columns;
    const bCol = b % this.#columns;
    const px = (aCol + 0.5) * size;
    const py = ((a - aCol) / this.#columns + 0.5) * size;
    const dx = (bCol + 0.5) * size - px;
    const dy = ((b - bCol) / this.#columns + 0.5) * size - py;
    const rowLo = Math.floor((Math.min(py, py + dy) - CLEARANCE_M) / size);
    const rowHi = Math.floor((Math.max(py, py + dy) + CLEARANCE_M) / size);
    for (let row = rowLo; row <= rowHi; row++) {
      let tLo = 0;
      let tHi = 1;
      if (dy !== 0) {
        // Where the walker's y is within the clearance of this row's band.
        const tIn = (row * size - CLEARANCE_M - py) / dy;
        const tOut = ((row + 1) * size + CLEARANCE_M - py) / dy;
        tLo = Math.max(0, Math.min(tIn, tOut));
        tHi = Math.min(1, Math.max(tIn, tOut));
      }
      const xLo = px + dx * (dx < 0 ? tHi : tLo);
      const xHi = px + dx * (dx < 0 ? tLo : tHi);
      const colHi = Math.floor((xHi + CLEARANCE_M) / size);
      for (let col = Math.floor((xLo - CLEARANCE_M) / size); col <= colHi; col++) if (this.#open[this.#index(col, row)] !== 1) return false;
    }
    return true;
  }

  /** Row-major index of a tile; -1 off the map. */
  #index(col: number, row: number): number {
    return col < 0 || row < 0 || col >= this.#columns || row >= this.#rows ? -1 : row * this.#columns + col;
  }
}

/** Per tile, 1 where a player may walk: not blocked, and not within a tile of a portal. */
function openTiles(map: ZoneMap): Uint8Array {
  const { collision } = map;
  const open = new Uint8Array(collision.cells.length);
  for (let i = 0; i < open.length; i++) open[i] = collision.cells[i] === 0 ? 1 : 0;
  const size = collision.tileSize;
  for (const portal of map.portals) {
    const colLo = Math.max(0, Math.floor(portal.x / size) - 1);
    const colHi = Math.min(collision.columns - 1, Math.floor((portal.x + portal.width) / size) + 1);
    const rowLo = Math.max(0, Math.floor(portal.y / size) - 1);
    const rowHi = Math.min(collision.rows - 1, Math.floor((portal.y + portal.height) / size) + 1);
    for (let row = rowLo; row <= rowHi; row++) for (let col = colLo; col <= colHi; col++) open[row * collision.columns + col] = 0;
  }
  return open;
}

/** Each zone's paths, searched at most once per process, on first use. */
const searched = new Map<string, Promise<ZonePaths | undefined>>();

/**
 * The paths of a zone of the default content, loaded and searched on first use; undefined for
 * a zone the shipped maps do not have.
 * @throws ContentError (rejects) when the shipped map cannot be read
 */
export function zonePaths(zoneId: string): Promise<ZonePaths | undefined> {
  let paths = searched.get(zoneId);
  if (paths === undefined) {
    const file = ZONES.get(zoneId)?.file;
    paths = file === undefined ? Promise.resolve(undefined) : loadZoneMap(file).then((map) => new ZonePaths(map));
    searched.set(zoneId, paths);
  }
  return paths;
}
