/**
 * A* path finding on a zone's collision grid, shared by every NPC of the zone and run under a
 * budget: {@link Pathfinder.step} expands at most `nodesPerTick` tiles per tick across all
 * searches, and a search that does not finish carries over to the next tick, so a crowd of NPCs
 * asking for paths at once spreads the work over several ticks instead of stalling one.
 *
 * The graph: free tiles, 8-connected; straight steps cost 1, diagonal ones √2, and a diagonal
 * step is allowed only when both tiles beside it are free (no cutting wall corners). The octile
 * distance is an admissible, consistent heuristic for it, so the paths found are shortest. A
 * search gives up as unreachable after `maxNodesPerSearch` expansions, which bounds the cost of
 * asking for a place that cannot be reached. Found paths are cached (see path-cache.ts).
 *
 * Deterministic: requests are served in the order made, and the open list breaks ties the same
 * way on every run.
 * @module
 */
import type { CollisionGrid } from '../map/collision-grid.ts';
import { PathCache } from './path-cache.ts';

/** Tunables of a {@link Pathfinder}. */
export interface PathfinderOptions {
  /** Tiles expanded per tick across all searches. */
  readonly nodesPerTick: number;
  /** Expansions after which one search gives up (the goal counts as unreachable). */
  readonly maxNodesPerSearch: number;
  /** Paths kept in the cache. */
  readonly cacheEntries: number;
}

/** Defaults sized for a zone of thousands of NPCs at 20 Hz (a few ms of search per tick at most). */
export const DEFAULT_PATHFINDER_OPTIONS: PathfinderOptions = { nodesPerTick: 8000, maxNodesPerSearch: 4000, cacheEntries: 4096 };

/** Where a request stands. */
export type PathStatus = 'pending' | 'found' | 'unreachable' | 'cancelled';

/** One request for a path; the pathfinder fills it in when the search ends. */
export interface PathRequest {
  /** Pending until searched; then found or unreachable; cancelled by its owner. */
  status: PathStatus;
  /** Start tile (row × columns + col). */
  readonly start: number;
  /** Goal tile. */
  readonly goal: number;
  /** When found: the tiles to walk through, the start excluded and the goal included (none when they are one tile). */
  tiles: Int32Array;
  /** When found: the path's length in tiles (straight 1, diagonal √2). */
  cost: number;
}

/** Counters for metrics and benchmarks. */
export interface PathfinderStats {
  /** Tiles expanded in all. */
  expanded: number;
  /** Searches finished (found or unreachable). */
  searches: number;
  /** Requests answered from the cache. */
  cacheHits: number;
}

const EMPTY = new Int32Array(0);
const SQRT2 = Math.SQRT2;

/** Octile distance between two tiles. */
function octile(dc: number, dr: number): number {
  const ac = dc < 0 ? -dc : dc;
  const ar = dr < 0 ? -dr : dr;
  return ac > ar ? ac - ar + SQRT2 * ar : ar - ac + SQRT2 * ac;
}

/** Budgeted A* over one collision grid. */
export class Pathfinder {
  /** Counters since creation. */
  readonly stats: PathfinderStats = { expanded: 0, searches: 0, cacheHits: 0 };
  readonly #grid: CollisionGrid;
  readonly #options: PathfinderOptions;
  readonly #cache: PathCache;
  readonly #queue: PathRequest[] = [];
  #queueHead = 0;
  #active: PathRequest | undefined;
  #activeExpanded = 0;
  /** Per tile: the search generation that last reached it, and whether it is closed. */
  readonly #seen: Uint32Array;
  readonly #closed: Uint32Array;
  readonly #g: Float64Array;
  readonly #parent: Int32Array;
  #generation = 0;
  #heapNodes = new Int32Array(1024);
  #heapKeys = new Float64Array(1024);
  #heapSize = 0;

  /**
   * @param grid - the zone's walls
   * @param options - budget, search bound, cache size
   */
  constructor(grid: CollisionGrid, options: PathfinderOptions = DEFAULT_PATHFINDER_OPTIONS) {
    if (!(options.nodesPerTick >= 1) || !(options.maxNodesPerSearch >= 1) || !(options.cacheEntries >= 0)) {
      throw new RangeError('nodesPerTick and maxNodesPerSearch must be at least 1, cacheEntries at least 0');
    }
    this.#grid = grid;
    this.#options = options;
    const tiles = grid.columns * grid.rows;
    this.#cache = new PathCache(options.cacheEntries, tiles);
    this.#seen = new Uint32Array(tiles);
    this.#closed = new Uint32Array(tiles);
    this.#g = new Float64Array(tiles);
    this.#parent = new Int32Array(tiles);
  }

  /** Requests waiting or being searched. */
  get pending(): number {
    return this.#queue.length - this.#queueHead + (this.#active === undefined ? 0 : 1);
  }

  /** The tile under a point in metres, or -1 outside the map. */
  tileAt(x: number, y: number): number {
    const grid = this.#grid;
    const col = Math.floor(x / grid.tileSize);
    const row = Math.floor(y / grid.tileSize);
    if (!(col >= 0 && row >= 0 && col < grid.columns && row < grid.rows)) return -1;
    return row * grid.columns + col;
  }

  /**
   * Asks for a path between the tiles under two points (metres). Answered at once when the goal
   * is blocked, equals the start, or the path is cached; otherwise queued for {@link step}.
   */
  request(fromX: number, fromY: number, toX: number, toY: number): PathRequest {
    const start = this.tileAt(fromX, fromY);
    const goal = this.tileAt(toX, toY);
    const request: PathRequest = { status: 'pending', start, goal, tiles: EMPTY, cost: 0 };
    const cells = this.#grid.cells;
    if (start < 0 || goal < 0 || cells[start] !== 0 || cells[goal] !== 0) {
      request.status = 'unreachable';
    } else if (start === goal) {
      request.status = 'found';
    } else if (!this.#fromCache(request)) {
      this.#queue.push(request);
    }
    return request;
  }

  /** Withdraws a request; a search in progress for it stops at the next step. */
  cancel(request: PathRequest): void {
    if (request.status === 'pending') request.status = 'cancelled';
  }

  /**
   * Spends this tick's budget on the queued searches, oldest first.
   * @returns tiles expanded
   */
  step(): number {
    let budget = this.#options.nodesPerTick;
    while (budget > 0) {
      if (this.#active === undefined || this.#active.status !== 'pending') {
        const next = this.#nextRequest();
        if (next === undefined) break;
        if (this.#fromCache(next)) continue;
        this.#begin(next);
      }
      budget -= this.#search(budget);
    }
    return this.#options.nodesPerTick - budget;
  }

  #nextRequest(): PathRequest | undefined {
    this.#active = undefined;
    while (this.#queueHead < this.#queue.length) {
      const request = this.#queue[this.#queueHead++];
      if (request !== undefined && request.status === 'pending') return request;
    }
    this.#queue.length = 0;
    this.#queueHead = 0;
    return undefined;
  }

  #fromCache(request: PathRequest): boolean {
    const cached = this.#cache.get(request.start, request.goal);
    if (cached === undefined) return false;
    this.stats.cacheHits++;
    request.tiles = cached;
    request.cost = pathCost(cached, request.start, this.#grid.columns);
    request.status = 'found';
    return true;
  }

  #begin(request: PathRequest): void {
    this.#active = request;
    this.#activeExpanded = 0;
    this.#generation++;
    if (this.#generation === 0xffffffff) {
      this.#seen.fill(0);
      this.#closed.fill(0);
      this.#generation = 1;
    }
    this.#heapSize = 0;
    const start = request.start;
    this.#seen[start] = this.#generation;
    this.#g[start] = 0;
    this.#parent[start] = -1;
    const columns = this.#grid.columns;
    const goal = request.goal;
    this.#push(start, octile((goal % columns) - (start % columns), Math.floor(goal / columns) - Math.floor(start / columns)));
  }

  /** Expands up to `budget` tiles of the active search; returns how many (at least 1 so the loop ends). */
  #search(budget: number): number {
    const request = this.#active;
    if (request === undefined) return budget;
    const grid = this.#grid;
    const columns = grid.columns;
    const rows = grid.rows;
    const cells = grid.cells;
    const seen = this.#seen;
    const closed = this.#closed;
    const g = this.#g;
    const parent = this.#parent;
    const generation = this.#generation;
    const goal = request.goal;
    const goalCol = goal % columns;
    const goalRow = (goal - goalCol) / columns;
    const limit = this.#options.maxNodesPerSearch;
    let expanded = 0;
    while (expanded < budget) {
      if (this.#heapSize === 0 || this.#activeExpanded >= limit) {
        this.#finish(request, false);
        return Math.max(1, expanded);
      }
      const node = this.#pop();
      if (closed[node] === generation) continue;
      closed[node] = generation;
      expanded++;
      this.#activeExpanded++;
      this.stats.expanded++;
      if (node === goal) {
        this.#finish(request, true);
        return expanded;
      }
      const col = node % columns;
      const row = (node - col) / columns;
      const base = g[node] ?? 0;
      const westFree = col > 0 && cells[node - 1] === 0;
      const eastFree = col < columns - 1 && cells[node + 1] === 0;
      const northFree = row > 0 && cells[node - columns] === 0;
      const southFree = row < rows - 1 && cells[node + columns] === 0;
      for (let k = 0; k < 8; k++) {
        let next: number;
        let cost = 1;
        switch (k) {
          case 0: if (!westFree) continue; next = node - 1; break;
          case 1: if (!eastFree) continue; next = node + 1; break;
          case 2: if (!northFree) continue; next = node - columns; break;
          case 3: if (!southFree) continue; next = node + columns; break;
          case 4: if (!northFree || !westFree || cells[node - columns - 1] !== 0) continue; next = node - columns - 1; cost = SQRT2; break;
          case 5: if (!northFree || !eastFree || cells[node - columns + 1] !== 0) continue; next = node - columns + 1; cost = SQRT2; break;
          case 6: if (!southFree || !westFree || cells[node + columns - 1] !== 0) continue; next = node + columns - 1; cost = SQRT2; break;
          default: if (!southFree || !eastFree || cells[node + columns + 1] !== 0) continue; next = node + columns + 1; cost = SQRT2; break;
        }
        if (closed[next] === generation) continue;
        const tentative = base + cost;
        if (seen[next] === generation && tentative >= (g[next] ?? 0)) continue;
        seen[next] = generation;
        g[next] = tentative;
        parent[next] = node;
        const nextCol = next % columns;
        this.#push(next, tentative + octile(goalCol - nextCol, goalRow - (next - nextCol) / columns));
      }
    }
    return expanded;
  }

  #finish(request: PathRequest, found: boolean): void {
    this.#active = undefined;
    this.stats.searches++;
    if (!found) {
      request.status = 'unreachable';
      return;
    }
    let length = 0;
    for (let node = request.goal; node !== request.start; node = this.#parent[node] ?? request.start) length++;
    const tiles = new Int32Array(length);
    let node = request.goal;
    for (let i = length - 1; i >= 0; i--) {
      tiles[i] = node;
      node = this.#parent[node] ?? request.start;
    }
    request.tiles = tiles;
    request.cost = this.#g[request.goal] ?? 0;
    request.status = 'found';
    this.#cache.set(request.start, request.goal, tiles);
  }

  #push(node: number, key: number): void {
    if (this.#heapSize === this.#heapNodes.length) {
      const nodes = new Int32Array(this.#heapSize * 2);
      nodes.set(this.#heapNodes);
      this.#heapNodes = nodes;
      const keys = new Float64Array(this.#heapSize * 2);
      keys.set(this.#heapKeys);
      this.#heapKeys = keys;
    }
    const nodes = this.#heapNodes;
    const keys = this.#heapKeys;
    let i = this.#heapSize++;
    while (i > 0) {
      const up = (i - 1) >> 1;
      const upKey = keys[up] ?? 0;
      if (upKey <= key) break;
      nodes[i] = nodes[up] ?? 0;
      keys[i] = upKey;
      i = up;
    }
    nodes[i] = node;
    keys[i] = key;
  }

  #pop(): number {
    const nodes = this.#heapNodes;
    const keys = this.#heapKeys;
    const top = nodes[0] ?? 0;
    const size = --this.#heapSize;
    const lastNode = nodes[size] ?? 0;
    const lastKey = keys[size] ?? 0;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && (keys[child + 1] ?? 0) < (keys[child] ?? 0)) child++;
      if ((keys[child] ?? 0) >= lastKey) break;
      nodes[i] = nodes[child] ?? 0;
      keys[i] = keys[child] ?? 0;
      i = child;
    }
    nodes[i] = lastNode;
    keys[i] = lastKey;
    return top;
  }
}

/** Length of a tile path from `start` (straight steps 1, diagonal √2). */
export function pathCost(tiles: Int32Array, start: number, columns: number): number {
  let cost = 0;
  let previous = start;
  for (const tile of tiles) {
    const sameColumn = tile % columns === previous % columns;
    const sameRow = Math.floor(tile / columns) === Math.floor(previous / columns);
    cost += sameColumn || sameRow ? 1 : SQRT2;
    previous = tile;
  }
  return cost;
}
