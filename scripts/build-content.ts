/**
 * Builds the default content pack: content/zones/meadow.tmj and content/zones/ironwood.tmj
 * (Tiled 1.10 maps, 512 x 512 tiles of 2 m = 1024 m square) and the tileset image they share,
 * content/tilesets/basic.png.
 *
 * Run: `npm run content:build`. The output depends only on this file (a seeded PRNG, no clock),
 * so running it twice writes the same maps. Before writing, it loads what it built with the
 * server's own loader and checks that every spawn point and portal can be walked to from the
 * zone's default spawn, so a change here that breaks the pack fails here, not in a test later.
 * The maps are committed: from then on they are content a designer may edit in Tiled.
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { DEFAULT_SPAWN } from '../packages/server/src/world/map/zone-map.ts';
import { parseZoneMap, validateWorld } from '../packages/server/src/world/map/tiled-map.ts';

const COLUMNS = 512;
const ROWS = 512;
const TILE_PX = 32;
const TILE_METRES = 2;
const TILESET_IMAGE = '../tilesets/basic.png';

/** Tile ids in the basic tileset (gid = id + 1): order matches the image, left to right. */
const GRASS = 1;
const DIRT = 2;
const WALL = 3;
const ROCK = 4;
const TREE = 5;
const FLOOR = 6;
const TILE_COUNT = 6;

/** mulberry32: a small, fast, seeded PRNG; the same seed gives the same map on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer from lo to hi inclusive. */
function between(rng: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}

/** A zone's tiles while it is being drawn. */
class Canvas {
  readonly ground = new Uint32Array(COLUMNS * ROWS).fill(GRASS);
  readonly collision = new Uint32Array(COLUMNS * ROWS);
  /** Tiles no obstacle may cover: around spawns and portals, roads, wall gaps, doorways. */
  readonly reserved = new Uint8Array(COLUMNS * ROWS);

  inside(col: number, row: number): boolean {
    return col >= 0 && row >= 0 && col < COLUMNS && row < ROWS;
  }

  /** Places an obstacle unless the tile is reserved. */
  block(col: number, row: number, gid: number): void {
    if (this.inside(col, row) && this.reserved[row * COLUMNS + col] === 0) this.collision[row * COLUMNS + col] = gid;
  }

  paint(col: number, row: number, gid: number): void {
    if (this.inside(col, row)) this.ground[row * COLUMNS + col] = gid;
  }

  reserveRect(c0: number, r0: number, c1: number, r1: number): void {
    for (let row = Math.max(0, r0); row <= Math.min(ROWS - 1, r1); row++) {
      for (let col = Math.max(0, c0); col <= Math.min(COLUMNS - 1, c1); col++) this.reserved[row * COLUMNS + col] = 1;
    }
  }

  reserveDisc(col: number, row: number, radius: number): void {
    for (let r = row - radius; r <= row + radius; r++) {
      for (let c = col - radius; c <= col + radius; c++) {
        if (this.inside(c, r) && (c - col) ** 2 + (r - row) ** 2 <= radius * radius) this.reserved[r * COLUMNS + c] = 1;
      }
    }
  }

  /** Whether the rectangle is inside the map, unreserved and free of obstacles. */
  isOpen(c0: number, r0: number, c1: number, r1: number): boolean {
    if (!this.inside(c0, r0) || !this.inside(c1, r1)) return false;
    for (let row = r0; row <= r1; row++) {
      for (let col = c0; col <= c1; col++) {
        const i = row * COLUMNS + col;
        if (this.reserved[i] !== 0 || this.collision[i] !== 0) return false;
      }
    }
    return true;
  }

  /** A dirt road `width` tiles wide through the points, axis by axis (x first); it is kept clear. */
  road(points: readonly (readonly [number, number])[], width: number): void {
    const half = Math.floor(width / 2);
    for (let i = 1; i < points.length; i++) {
      const [c0, r0] = points[i - 1] ?? [0, 0];
      const [c1, r1] = points[i] ?? [0, 0];
      const corners: [number, number, number, number][] = [
        [Math.min(c0, c1), r0, Math.max(c0, c1), r0],
        [c1, Math.min(r0, r1), c1, Math.max(r0, r1)],
      ];
      for (const [a, b, c, d] of corners) {
        this.reserveRect(a - half - 1, b - half - 1, c + half + 1, d + half + 1);
        for (let row = b - half; row <= d + half; row++) for (let col = a - half; col <= c + half; col++) this.paint(col, row, DIRT);
      }
    }
  }

  /** The map edge: `thickness` tiles of wall on every side. */
  border(thickness: number): void {
    for (let row = 0; row < ROWS; row++) {
      for (let col = 0; col < COLUMNS; col++) {
        if (col < thickness || row < thickness || col >= COLUMNS - thickness || row >= ROWS - thickness) this.collision[row * COLUMNS + col] = WALL;
      }
    }
  }

  /**
   * A long straight wall from `from` to `to` along one axis, with gaps of `gap` tiles every
   * `spacing` tiles or so; gaps (and a few tiles either side of them) are kept clear.
   */
  longWall(rng: () => number, axis: 'x' | 'y', at: number, from: number, to: number, thickness: number, gid: number, spacing: readonly [number, number], gap: number): void {
    let next = from + between(rng, spacing[0], spacing[1]);
    for (let along = from; along <= to; along++) {
      if (along === next) {
        if (axis === 'x') this.reserveRect(along, at - 3, along + gap - 1, at + thickness + 2);
        else this.reserveRect(at - 3, along, at + thickness + 2, along + gap - 1);
        along += gap - 1;
        next = along + 1 + between(rng, spacing[0], spacing[1]);
        continue;
      }
      for (let t = 0; t < thickness; t++) {
        if (axis === 'x') this.block(along, at + t, gid);
        else this.block(at + t, along, gid);
      }
    }
  }

  /**
   * A building: a hollow rectangle of wall with a floor and a door two tiles wide, placed only
   * where the area plus a margin is open; the margin is then kept clear. `decay` is the share
   * of wall tiles left out (ruins). Returns whether it was placed.
   */
  building(rng: () => number, col: number, row: number, width: number, height: number, decay: number): boolean {
    const c1 = col + width - 1;
    const r1 = row + height - 1;
    if (!this.isOpen(col - 3, row - 3, c1 + 3, r1 + 3)) return false;
    const side = between(rng, 0, 3);
    const doorAt = side < 2 ? between(rng, col + 1, c1 - 2) : between(rng, row + 1, r1 - 2);
    const isDoor = (c: number, r: number): boolean => {
      if (side === 0) return r === row && (c === doorAt || c === doorAt + 1);
      if (side === 1) return r === r1 && (c === doorAt || c === doorAt + 1);
      if (side === 2) return c === col && (r === doorAt || r === doorAt + 1);
      return c === c1 && (r === doorAt || r === doorAt + 1);
    };
    for (let r = row; r <= r1; r++) {
      for (let c = col; c <= c1; c++) {
        const edge = r === row || r === r1 || c === col || c === c1;
        if (!edge) this.paint(c, r, FLOOR);
        else if (!isDoor(c, r) && rng() >= decay) this.block(c, r, WALL);
      }
    }
    this.reserveRect(col - 2, row - 2, c1 + 2, r1 + 2);
    return true;
  }

  /** Tries `count` buildings at random spots in the rectangle; returns how many were placed. */
  buildings(rng: () => number, count: number, area: readonly [number, number, number, number], size: readonly [number, number], decay: number): number {
    let placed = 0;
    for (let attempt = 0; attempt < count * 20 && placed < count; attempt++) {
      const width = between(rng, size[0], size[1]);
      const height = between(rng, size[0], size[1]);
      if (this.building(rng, between(rng, area[0], area[2] - width), between(rng, area[1], area[3] - height), width, height, decay)) placed++;
    }
    return placed;
  }

  /** `count` roundish blobs of `gid` with radii in `radius` (tiles). */
  blobs(rng: () => number, count: number, radius: readonly [number, number], gid: number): void {
    for (let i = 0; i < count; i++) {
      const col = between(rng, 0, COLUMNS - 1);
      const row = between(rng, 0, ROWS - 1);
      const r = radius[0] + rng() * (radius[1] - radius[0]);
      const reach = Math.ceil(r);
      for (let dr = -reach; dr <= reach; dr++) {
        for (let dc = -reach; dc <= reach; dc++) if (dc * dc + dr * dr <= r * r) this.block(col + dc, row + dr, gid);
      }
    }
  }

  /** Each open, unreserved tile of the rectangle becomes `gid` with probability `density`. */
  scatter(rng: () => number, density: number, area: readonly [number, number, number, number], gid: number): void {
    for (let row = area[1]; row <= area[3]; row++) {
      for (let col = area[0]; col <= area[2]; col++) if (rng() < density) this.block(col, row, gid);
    }
  }
}

/** A spawn point or portal, in tiles (a spawn stands in the middle of its tile). */
interface Place {
  readonly name: string;
  readonly col: number;
  readonly row: number;
}

/** A portal: `cols` x `rows` tiles from (col, row). */
interface PortalPlace extends Place {
  readonly cols: number;
  readonly rows: number;
  readonly targetZone: string;
  readonly targetSpawn: string;
}

/** What the drawing of one zone produced. */
interface ZoneDraft {
  readonly zoneId: string;
  readonly name: string;
  readonly canvas: Canvas;
  readonly spawns: readonly Place[];
  readonly portals: readonly PortalPlace[];
  /** Vendors: points inside a spawn's reserved disc, so they stand in the open. */
  readonly vendors: readonly VendorPlace[];
  /** Graveyards: spawn points named `graveyard…` inside a spawn's reserved disc, so they change nothing else. */
  readonly graveyards: readonly Place[];
  /** Map property `pvp`: whether players may fight players. */
  readonly pvp: boolean;
  /** NPC spawners (content/npcs.json templates). */
  readonly spawners: readonly SpawnerPlace[];
}

/** An NPC spawner: `count` NPCs of `template` within `radius` metres of the tile's centre. */
interface SpawnerPlace extends Place {
  readonly template: string;
  readonly count: number;
  readonly radius: number;
}

/**
 * Spawners at the open tile nearest to each wanted spot (searched in growing squares, so the
 * result depends only on the map): a spawner stands on a free tile whose neighbours are free.
 */
function placeSpawners(canvas: Canvas, wanted: readonly Omit<SpawnerPlace, 'name'>[]): SpawnerPlace[] {
  const open = (col: number, row: number): boolean => {
    for (let r = row - 1; r <= row + 1; r++) for (let c = col - 1; c <= col + 1; c++) if (!canvas.inside(c, r) || canvas.collision[r * COLUMNS + c] !== 0) return false;
    return true;
  };
  return wanted.map((spot, i) => {
    for (let reach = 0; reach < 40; reach++) {
      for (let row = spot.row - reach; row <= spot.row + reach; row++) {
        for (let col = spot.col - reach; col <= spot.col + reach; col++) {
          const onRing = Math.max(Math.abs(col - spot.col), Math.abs(row - spot.row)) === reach;
          if (onRing && open(col, row)) return { ...spot, name: `${spot.template}-${i + 1}`, col, row };
        }
      }
    }
    throw new Error(`no open tile near (${spot.col}, ${spot.row}) for a ${spot.template} spawner`);
  });
}

/** A vendor's place and what it sells (item template ids from content/items.json). */
interface VendorPlace {
  readonly id: string;
  readonly name: string;
  readonly col: number;
  readonly row: number;
  readonly stock: readonly string[];
}

/** Reserves the space around spawns and portals so nothing is built on them. */
function reservePlaces(canvas: Canvas, spawns: readonly Place[], portals: readonly PortalPlace[]): void {
  for (const spawn of spawns) canvas.reserveDisc(spawn.col, spawn.row, 6);
  for (const portal of portals) canvas.reserveRect(portal.col - 4, portal.row - 4, portal.col + portal.cols + 3, portal.row + portal.rows + 3);
}

/** Meadow: open grassland with a village, farmsteads, field walls with gaps and scattered rocks. */
function drawMeadow(): ZoneDraft {
  const rng = random(0x6d656164);
  const canvas = new Canvas();
  const spawns: Place[] = [
    { name: DEFAULT_SPAWN, col: 150, row: 150 },
    { name: 'from-ironwood', col: 501, row: 256 },
  ];
  const portals: PortalPlace[] = [
    { name: 'to-ironwood', col: 505, row: 253, cols: 3, rows: 6, targetZone: 'ironwood', targetSpawn: 'from-meadow' },
  ];
  reservePlaces(canvas, spawns, portals);
  canvas.road([[150, 150], [420, 150], [420, 256], [501, 256]], 3);
  canvas.road([[150, 150], [150, 420], [330, 420]], 3);
  canvas.border(2);
  canvas.longWall(rng, 'y', 380, 2, 509, 1, WALL, [40, 90], 4);
  canvas.longWall(rng, 'x', 100, 2, 379, 1, WALL, [30, 70], 4);
  canvas.longWall(rng, 'x', 330, 200, 509, 2, ROCK, [50, 110], 5);
  canvas.buildings(rng, 24, [95, 95, 215, 215], [7, 14], 0);
  canvas.buildings(rng, 30, [4, 4, 507, 507], [8, 18], 0);
  canvas.blobs(rng, 420, [0.7, 2.8], ROCK);
  canvas.scatter(rng, 0.004, [2, 2, 509, 509], TREE);
  const vendors: VendorPlace[] = [
    { id: 'meadow-smith', name: 'Smith Aldric', col: 152, row: 150, stock: ['iron_sword', 'oak_shield', 'leather_cap', 'leather_vest', 'leather_boots'] },
    { id: 'meadow-herbalist', name: 'Herbalist Maren', col: 148, row: 150, stock: ['health_potion'] },
  ];
  const spawners = placeSpawners(canvas, [
    // Weak, peaceful rats a short walk from the spawn: a new character's first fight.
    { template: 'field-rat', col: 162, row: 162, count: 8, radius: 8 },
    { template: 'deer', col: 190, row: 250, count: 5, radius: 12 },
    { template: 'deer', col: 260, row: 120, count: 4, radius: 12 },
    { template: 'grey-wolf', col: 300, row: 300, count: 4, radius: 8 },
    { template: 'grey-wolf', col: 440, row: 380, count: 5, radius: 10 },
    { template: 'bandit', col: 450, row: 200, count: 3, radius: 6 },
    { template: 'bandit', col: 120, row: 460, count: 3, radius: 6 },
  ]);
  return { zoneId: 'meadow', name: 'Meadow', canvas, spawns, portals, spawners, vendors, graveyards: [{ name: 'graveyard', col: 146, row: 153 }], pvp: false };
}

/** Ironwood: dense forest around a palisaded camp, with cliffs, ruins and a road to Meadow. */
function drawIronwood(): ZoneDraft {
  const rng = random(0x69726f6e);
  const canvas = new Canvas();
  const spawns: Place[] = [
    { name: DEFAULT_SPAWN, col: 256, row: 256 },
    { name: 'from-meadow', col: 10, row: 256 },
  ];
  const portals: PortalPlace[] = [
    { name: 'to-meadow', col: 4, row: 253, cols: 3, rows: 6, targetZone: 'meadow', targetSpawn: 'from-ironwood' },
  ];
  reservePlaces(canvas, spawns, portals);
  canvas.road([[10, 256], [256, 256]], 3);
  canvas.road([[256, 256], [256, 470], [440, 470]], 3);
  canvas.border(2);
  // The camp: a palisade 100 tiles square with a gate on every side; the west gate is the road.
  const camp = [206, 206, 306, 306] as const;
  canvas.reserveRect(camp[0] - 3, 254, camp[0] + 3, 258);
  canvas.longWall(rng, 'x', camp[1], camp[0], camp[2], 1, WALL, [46, 46], 5);
  canvas.longWall(rng, 'x', camp[3], camp[0], camp[2], 1, WALL, [46, 46], 5);
  canvas.longWall(rng, 'y', camp[0], camp[1], camp[3], 1, WALL, [200, 200], 5);
  canvas.longWall(rng, 'y', camp[2], camp[1], camp[3], 1, WALL, [46, 46], 5);
  canvas.buildings(rng, 14, [camp[0] + 4, camp[1] + 4, camp[2] - 4, camp[3] - 4], [6, 10], 0);
  canvas.reserveRect(camp[0] + 1, camp[1] + 1, camp[2] - 1, camp[3] - 1);
  canvas.longWall(rng, 'x', 120, 2, 430, 2, ROCK, [35, 80], 4);
  canvas.longWall(rng, 'y', 400, 330, 509, 2, ROCK, [30, 60], 4);
  canvas.buildings(rng, 16, [4, 4, 507, 507], [8, 16], 0.3);
  canvas.blobs(rng, 160, [1, 3.5], ROCK);
  canvas.scatter(rng, 0.06, [2, 2, 509, 509], TREE);
  const vendors: VendorPlace[] = [{ id: 'ironwood-quartermaster', name: 'Quartermaster Hale', col: 258, row: 256, stock: ['iron_sword', 'oak_shield', 'health_potion'] }];
  const spawners = placeSpawners(canvas, [
    { template: 'camp-guard', col: 240, row: 240, count: 2, radius: 3 },
    { template: 'grey-wolf', col: 120, row: 330, count: 6, radius: 10 },
    { template: 'grey-wolf', col: 380, row: 140, count: 6, radius: 10 },
    { template: 'grey-wolf', col: 360, row: 420, count: 5, radius: 10 },
    { template: 'bandit', col: 90, row: 90, count: 4, radius: 8 },
    { template: 'deer', col: 420, row: 300, count: 4, radius: 12 },
  ]);
  return { zoneId: 'ironwood', name: 'Ironwood', canvas, spawns, portals, spawners, vendors, graveyards: [{ name: 'graveyard', col: 252, row: 259 }, { name: 'graveyard-west', col: 13, row: 259 }], pvp: true };
}

function tileLayer(id: number, name: string, gids: Uint32Array): Record<string, unknown> {
  const bytes = Buffer.alloc(gids.length * 4);
  gids.forEach((gid, i) => bytes.writeUInt32LE(gid, i * 4));
  return {
    compression: 'zlib',
    data: deflateSync(bytes, { level: 9 }).toString('base64'),
    encoding: 'base64',
    height: ROWS,
    id,
    name,
    opacity: 1,
    type: 'tilelayer',
    visible: true,
    width: COLUMNS,
    x: 0,
    y: 0,
  };
}

function stringProperty(name: string, value: string): Record<string, unknown> {
  return { name, type: 'string', value };
}

/** The Tiled 1.10 JSON of a drawn zone. */
function toTiled(draft: ZoneDraft): Record<string, unknown> {
  let objectId = 1;
  const spawnObjects = [...draft.spawns, ...draft.graveyards].map((spawn) => ({
    height: 0,
    id: objectId++,
    name: spawn.name,
    point: true,
    rotation: 0,
    type: 'spawn',
    visible: true,
    width: 0,
    x: (spawn.col + 0.5) * TILE_PX,
    y: (spawn.row + 0.5) * TILE_PX,
  }));
  const portalObjects = draft.portals.map((portal) => ({
    height: portal.rows * TILE_PX,
    id: objectId++,
    name: portal.name,
    properties: [stringProperty('targetSpawn', portal.targetSpawn), stringProperty('targetZone', portal.targetZone)],
    rotation: 0,
    type: 'portal',
    visible: true,
    width: portal.cols * TILE_PX,
    x: portal.col * TILE_PX,
    y: portal.row * TILE_PX,
  }));
  const vendorObjects = draft.vendors.map((vendor) => ({
    height: 0,
    id: objectId++,
    name: vendor.id,
    point: true,
    properties: [stringProperty('stock', vendor.stock.join(',')), stringProperty('vendorName', vendor.name)],
    rotation: 0,
    type: 'vendor',
    visible: true,
    width: 0,
    x: (vendor.col + 0.5) * TILE_PX,
    y: (vendor.row + 0.5) * TILE_PX,
  }));
  const spawnerObjects = draft.spawners.map((spawner) => ({
    height: 0,
    id: objectId++,
    name: spawner.name,
    point: true,
    properties: [
      { name: 'count', type: 'int', value: spawner.count },
      { name: 'radius', type: 'float', value: spawner.radius },
      stringProperty('template', spawner.template),
    ],
    rotation: 0,
    type: 'spawner',
    visible: true,
    width: 0,
    x: (spawner.col + 0.5) * TILE_PX,
    y: (spawner.row + 0.5) * TILE_PX,
  }));
  const objectLayer = (id: number, name: string, objects: readonly object[]): Record<string, unknown> => ({
    draworder: 'topdown',
    id,
    name,
    objects,
    opacity: 1,
    type: 'objectgroup',
    visible: true,
    x: 0,
    y: 0,
  });
  return {
    compressionlevel: -1,
    height: ROWS,
    infinite: false,
    layers: [
      tileLayer(1, 'ground', draft.canvas.ground),
      tileLayer(2, 'collision', draft.canvas.collision),
      objectLayer(3, 'spawns', spawnObjects),
      objectLayer(4, 'portals', portalObjects),
      objectLayer(5, 'vendors', vendorObjects),
      objectLayer(6, 'spawners', spawnerObjects),
    ],
    nextlayerid: 7,
    nextobjectid: objectId,
    orientation: 'orthogonal',
    properties: [
      stringProperty('name', draft.name),
      { name: 'pvp', type: 'bool', value: draft.pvp },
      { name: 'tileSizeMetres', type: 'float', value: TILE_METRES },
      stringProperty('zoneId', draft.zoneId),
    ],
    renderorder: 'right-down',
    tiledversion: '1.10.2',
    tileheight: TILE_PX,
    tilesets: [
      {
        columns: TILE_COUNT,
        firstgid: 1,
        image: TILESET_IMAGE,
        imageheight: TILE_PX,
        imagewidth: TILE_PX * TILE_COUNT,
        margin: 0,
        name: 'basic',
        spacing: 0,
        tilecount: TILE_COUNT,
        tileheight: TILE_PX,
        tilewidth: TILE_PX,
      },
    ],
    tilewidth: TILE_PX,
    type: 'map',
    version: '1.10',
    width: COLUMNS,
  };
}

/** Fails unless every spawn, every NPC spawner and at least one tile of every portal is reachable from the default spawn. */
function checkReachable(draft: ZoneDraft): void {
  const { collision } = draft.canvas;
  const start = draft.spawns.find((spawn) => spawn.name === DEFAULT_SPAWN);
  if (start === undefined) throw new Error(`${draft.zoneId}: no default spawn`);
  const seen = new Uint8Array(COLUMNS * ROWS);
  const queue = new Int32Array(COLUMNS * ROWS);
  let head = 0;
  let tail = 0;
  queue[tail++] = start.row * COLUMNS + start.col;
  seen[start.row * COLUMNS + start.col] = 1;
  while (head < tail) {
    const i = queue[head++] ?? 0;
    const col = i % COLUMNS;
    const neighbours = [col > 0 ? i - 1 : -1, col < COLUMNS - 1 ? i + 1 : -1, i - COLUMNS, i + COLUMNS];
    for (const n of neighbours) {
      if (n >= 0 && n < COLUMNS * ROWS && seen[n] === 0 && collision[n] === 0) {
        seen[n] = 1;
        queue[tail++] = n;
      }
    }
  }
  for (const spawn of [...draft.spawns, ...draft.graveyards, ...draft.spawners]) {
    if (seen[spawn.row * COLUMNS + spawn.col] === 0) throw new Error(`${draft.zoneId}: spawn "${spawn.name}" cannot be reached from the default spawn`);
  }
  for (const portal of draft.portals) {
    let reached = false;
    for (let r = portal.row; r < portal.row + portal.rows; r++) for (let c = portal.col; c < portal.col + portal.cols; c++) if (seen[r * COLUMNS + c] === 1) reached = true;
    if (!reached) throw new Error(`${draft.zoneId}: portal "${portal.name}" cannot be reached from the default spawn`);
  }
}

/** The basic tileset as RGBA pixels, tiles side by side: grass, dirt, wall, rock, tree, floor. */
function tilesetPixels(): { width: number; height: number; rgba: Uint8Array } {
  const rng = random(0x7469_6c65);
  const width = TILE_PX * TILE_COUNT;
  const rgba = new Uint8Array(width * TILE_PX * 4);
  const set = (x: number, y: number, [r, g, b]: readonly [number, number, number]): void => {
    const jitter = Math.floor(rng() * 18) - 9;
    const i = (y * width + x) * 4;
    rgba[i] = Math.max(0, Math.min(255, r + jitter));
    rgba[i + 1] = Math.max(0, Math.min(255, g + jitter));
    rgba[i + 2] = Math.max(0, Math.min(255, b + jitter));
    rgba[i + 3] = 255;
  };
  const grass = [86, 140, 64] as const;
  for (let y = 0; y < TILE_PX; y++) {
    for (let x = 0; x < TILE_PX; x++) {
      const round = (cx: number, radius: number): boolean => (x - cx) ** 2 + (y - 15.5) ** 2 <= radius * radius;
      const brick = y % 8 === 7 || (x + (Math.floor(y / 8) % 2) * 8) % 16 === 15;
      set(x, y, grass);
      set(TILE_PX + x, y, [150, 116, 76]);
      set(2 * TILE_PX + x, y, brick ? [88, 84, 80] : [136, 132, 128]);
      set(3 * TILE_PX + x, y, round(15.5, 13) ? [112, 110, 104] : grass);
      set(4 * TILE_PX + x, y, round(15.5, 14) ? [34, 82, 38] : grass);
      set(5 * TILE_PX + x, y, y % 8 === 7 ? [120, 84, 48] : [168, 124, 76]);
    }
  }
  return { width, height: TILE_PX, rgba };
}

/** A PNG file (8-bit RGBA, no interlace) of the pixels. */
function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const framed = Buffer.alloc(body.length + 8);
    framed.writeUInt32BE(data.length, 0);
    body.copy(framed, 4);
    framed.writeUInt32BE(crc32(body), body.length + 4);
    return framed;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * The default content pack: file contents by path relative to content/. Throws when a zone
 * fails the server's loader or has an unreachable spawn point or portal.
 */
export function buildDefaultPack(): Map<string, string | Buffer> {
  const files = new Map<string, string | Buffer>();
  const zones = [];
  for (const draft of [drawMeadow(), drawIronwood()]) {
    checkReachable(draft);
    const file = `zones/${draft.zoneId}.tmj`;
    const json = toTiled(draft);
    zones.push(parseZoneMap(json, file));
    files.set(file, `${JSON.stringify(json, null, 1)}\n`);
  }
  validateWorld(zones);
  const { width, height, rgba } = tilesetPixels();
  files.set('tilesets/basic.png', encodePng(width, height, rgba));
  return files;
}

if (import.meta.main) {
  const root = join(import.meta.dirname, '..', 'content');
  for (const [path, contents] of buildDefaultPack()) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, contents);
    console.log(`wrote ${join('content', path)} (${Math.round(contents.length / 1024)} KiB)`);
  }
}
