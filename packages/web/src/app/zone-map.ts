/**
 * The browser's copy of a zone's Tiled map (.tmj, as the server serves it): the `ground` and
 * `collision` tile layers decoded into gid arrays, the tileset to draw them with, and the
 * portals and vendors. Decoding uses only web-standard APIs (`atob`, `DecompressionStream`), so it runs in
 * browsers and in Node 24 alike. The server validated the file at start; this reader trusts
 * its shape but still refuses what it cannot decode rather than drawing nonsense.
 * @module
 */

/** Flip flags Tiled stores in a gid's top bits; masked off to get the tile id. */
const GID_MASK = 0x0fff_ffff;

/** A portal rectangle in metres. */
export interface PortalArea {
  /** The portal's id (its Tiled object name). */
  readonly id: string;
  /** West edge, metres. */
  readonly x: number;
  /** North edge, metres. */
  readonly y: number;
  /** Metres. */
  readonly width: number;
  /** Metres. */
  readonly height: number;
  /** The zone it leads to. */
  readonly targetZone: string;
}

/** A vendor placed in the map's `vendors` object layer (the server sells from the same place). */
export interface VendorPlace {
  /** The vendor's id (its Tiled object name; what VendorBrowse names). */
  readonly id: string;
  /** Display name (property `vendorName`, else the id). */
  readonly name: string;
  /** Metres. */
  readonly x: number;
  /** Metres. */
  readonly y: number;
}

/** The tileset image a map's gids index into (only embedded, single-image tilesets). */
export interface TilesetImage {
  /** Absolute URL of the image. */
  readonly url: string;
  /** The gid of the image's first tile. */
  readonly firstGid: number;
  /** Tiles per image row. */
  readonly columns: number;
  /** Tile width in image pixels. */
  readonly tileWidth: number;
  /** Tile height in image pixels. */
  readonly tileHeight: number;
  /** Number of tiles in the image. */
  readonly tileCount: number;
}

/** A decoded zone map. */
export interface ZoneMapView {
  /** The zone id (map property `zoneId`). */
  readonly zoneId: string;
  /** Display name (map property `name`, else the id). */
  readonly name: string;
  /** Width in tiles. */
  readonly width: number;
  /** Height in tiles. */
  readonly height: number;
  /** Metres per tile side (map property `tileSizeMetres`, default 1). */
  readonly tileSizeMetres: number;
  /** Ground gids (flip bits cleared), row-major; all zero when the map has no `ground` layer. */
  readonly ground: Uint32Array;
  /** Collision gids (flip bits cleared), row-major; non-zero blocks. */
  readonly collision: Uint32Array;
  /** The tileset image, when the map has one this client can draw from. */
  readonly tileset: TilesetImage | undefined;
  /** Portals to other zones. */
  readonly portals: readonly PortalArea[];
  /** Vendors. */
  readonly vendors: readonly VendorPlace[];
}

interface TiledLayer {
  type?: unknown;
  name?: unknown;
  data?: unknown;
  encoding?: unknown;
  compression?: unknown;
  layers?: unknown;
  objects?: unknown;
}

interface TiledPropertyJson {
  name?: unknown;
  value?: unknown;
}

/**
 * Fetches and decodes a zone's map from the server (`content/zones/<zoneId>.tmj`, relative to
 * the page, so the client also works behind a reverse proxy under a path).
 */
export async function fetchZoneMap(zoneId: string, base: string = document.baseURI): Promise<ZoneMapView> {
  const url = new URL(`content/zones/${encodeURIComponent(zoneId)}.tmj`, base);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`map of zone "${zoneId}": HTTP ${response.status}`);
  return parseZoneMap(await response.text(), url.href);
}

/**
 * Decodes a .tmj document.
 * @param text - the file's JSON text
 * @param url - where it came from; the tileset image path is resolved against it
 */
export async function parseZoneMap(text: string, url: string): Promise<ZoneMapView> {
  const json = JSON.parse(text) as Record<string, unknown>;
  const width = positiveInteger(json.width, 'width');
  const height = positiveInteger(json.height, 'height');
  const tileWidthPx = positiveInteger(json.tilewidth, 'tilewidth');
  const tileHeightPx = positiveInteger(json.tileheight, 'tileheight');
  const properties = new Map<string, unknown>();
  if (Array.isArray(json.properties)) {
    for (const p of json.properties as TiledPropertyJson[]) if (typeof p.name === 'string') properties.set(p.name, p.value);
  }
  const zoneId = typeof properties.get('zoneId') === 'string' ? String(properties.get('zoneId')) : '';
  const name = typeof properties.get('name') === 'string' ? String(properties.get('name')) : zoneId;
  const sizeProperty = properties.get('tileSizeMetres');
  const tileSizeMetres = typeof sizeProperty === 'number' && sizeProperty > 0 ? sizeProperty : 1;
  const layers = flattenLayers(Array.isArray(json.layers) ? (json.layers as TiledLayer[]) : []);
  const tiles = width * height;
  const collisionLayer = layers.find((l) => l.name === 'collision' && l.type === 'tilelayer');
  if (collisionLayer === undefined) throw new Error('the map has no "collision" tile layer');
  const collision = await decodeLayer(collisionLayer, tiles);
  const groundLayer = layers.find((l) => l.name === 'ground' && l.type === 'tilelayer');
  const ground = groundLayer === undefined ? new Uint32Array(tiles) : await decodeLayer(groundLayer, tiles);
  const metresPerPixelX = tileSizeMetres / tileWidthPx;
  const metresPerPixelY = tileSizeMetres / tileHeightPx;
  const portals: PortalArea[] = [];
  const portalLayer = layers.find((l) => l.name === 'portals' && l.type === 'objectgroup');
  if (portalLayer !== undefined && Array.isArray(portalLayer.objects)) {
    for (const o of portalLayer.objects as Record<string, unknown>[]) {
      const objectProperties = Array.isArray(o.properties) ? (o.properties as TiledPropertyJson[]) : [];
      const target = objectProperties.find((p) => p.name === 'targetZone')?.value;
      portals.push({
        id: typeof o.name === 'string' && o.name !== '' ? o.name : `portal-${String(o.id)}`,
        x: Number(o.x) * metresPerPixelX,
        y: Number(o.y) * metresPerPixelY,
        width: Number(o.width) * metresPerPixelX,
        height: Number(o.height) * metresPerPixelY,
        targetZone: typeof target === 'string' ? target : '',
      });
    }
  }
  const vendors: VendorPlace[] = [];
  const vendorLayer = layers.find((l) => l.name === 'vendors' && l.type === 'objectgroup');
  if (vendorLayer !== undefined && Array.isArray(vendorLayer.objects)) {
    for (const o of vendorLayer.objects as Record<string, unknown>[]) {
      if (typeof o.name !== 'string' || o.name === '') continue;
      const objectProperties = Array.isArray(o.properties) ? (o.properties as TiledPropertyJson[]) : [];
      const vendorName = objectProperties.find((p) => p.name === 'vendorName')?.value;
      vendors.push({ id: o.name, name: typeof vendorName === 'string' && vendorName !== '' ? vendorName : o.name, x: Number(o.x) * metresPerPixelX, y: Number(o.y) * metresPerPixelY });
    }
  }
  return { zoneId, name, width, height, tileSizeMetres, ground, collision, tileset: tilesetOf(json.tilesets, url), portals, vendors };
}

/** Whether the tile at a point (metres) blocks; everything outside the map does. */
export function isWallAt(map: ZoneMapView, x: number, y: number): boolean {
  const tx = Math.floor(x / map.tileSizeMetres);
  const ty = Math.floor(y / map.tileSizeMetres);
  if (tx < 0 || ty < 0 || tx >= map.width || ty >= map.height) return true;
  return (map.collision[ty * map.width + tx] ?? 0) !== 0;
}

/**
 * Client-side collision for prediction: moves a circle of `radius` metres by (dx, dy), axis
 * by axis so it slides along walls, stopping short of blocked tiles. An approximation of the
 * server's sweep (it samples the circle's bounding box in sub-steps under half a tile); the
 * server's position corrects any difference at the next frame.
 */
export function moveWithCollision(map: ZoneMapView, radius: number, x: number, y: number, dx: number, dy: number): { x: number; y: number } {
  const steps = Math.max(1, Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)) / (map.tileSizeMetres * 0.45)));
  let px = x;
  let py = y;
  for (let i = 0; i < steps; i++) {
    const nx = px + dx / steps;
    if (!boxBlocked(map, nx, py, radius)) px = nx;
    const ny = py + dy / steps;
    if (!boxBlocked(map, px, ny, radius)) py = ny;
  }
  return { x: px, y: py };
}

function boxBlocked(map: ZoneMapView, x: number, y: number, radius: number): boolean {
  const size = map.tileSizeMetres;
  const x0 = Math.floor((x - radius) / size);
  const x1 = Math.floor((x + radius) / size);
  const y0 = Math.floor((y - radius) / size);
  const y1 = Math.floor((y + radius) / size);
  for (let ty = y0; ty <= y1; ty++) {
    for (let tx = x0; tx <= x1; tx++) {
      if (tx < 0 || ty < 0 || tx >= map.width || ty >= map.height) return true;
      if ((map.collision[ty * map.width + tx] ?? 0) !== 0) return true;
    }
  }
  return false;
}

function flattenLayers(layers: readonly TiledLayer[]): TiledLayer[] {
  const out: TiledLayer[] = [];
  for (const layer of layers) {
    if (layer.type === 'group' && Array.isArray(layer.layers)) out.push(...flattenLayers(layer.layers as TiledLayer[]));
    else out.push(layer);
  }
  return out;
}

function tilesetOf(tilesets: unknown, url: string): TilesetImage | undefined {
  if (!Array.isArray(tilesets)) return undefined;
  // External tilesets (`source`) and image-collection tilesets are not drawn: the renderer
  // falls back to coloured tiles for gids no image covers.
  const first = (tilesets as Record<string, unknown>[]).find((t) => typeof t.image === 'string');
  if (first === undefined) return undefined;
  const columns = Number(first.columns);
  const tileWidth = Number(first.tilewidth);
  const tileHeight = Number(first.tileheight);
  if (!(columns > 0 && tileWidth > 0 && tileHeight > 0)) return undefined;
  return {
    url: new URL(String(first.image), url).href,
    firstGid: Number(first.firstgid) || 1,
    columns,
    tileWidth,
    tileHeight,
    tileCount: Number(first.tilecount) || 0,
  };
}

async function decodeLayer(layer: TiledLayer, tiles: number): Promise<Uint32Array> {
  const name = String(layer.name);
  if (Array.isArray(layer.data)) {
    if (layer.data.length !== tiles) throw new Error(`layer "${name}" has ${layer.data.length} tiles, expected ${tiles}`);
    return Uint32Array.from(layer.data as number[], (gid) => (gid >>> 0) & GID_MASK);
  }
  if (typeof layer.data !== 'string' || layer.encoding !== 'base64') throw new Error(`layer "${name}": unsupported data encoding`);
  let bytes: Uint8Array = base64Bytes(layer.data);
  const compression = typeof layer.compression === 'string' ? layer.compression : '';
  if (compression === 'zlib') bytes = await decompress(bytes, 'deflate', tiles * 4, name);
  else if (compression === 'gzip') bytes = await decompress(bytes, 'gzip', tiles * 4, name);
  else if (compression !== '') throw new Error(`layer "${name}": ${compression} compression cannot be decoded in a browser`);
  if (bytes.length !== tiles * 4) throw new Error(`layer "${name}" has ${bytes.length / 4} tiles, expected ${tiles}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const gids = new Uint32Array(tiles);
  for (let i = 0; i < tiles; i++) gids[i] = view.getUint32(i * 4, true) & GID_MASK;
  return gids;
}

function base64Bytes(text: string): Uint8Array {
  const binary = atob(text.trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Inflates, refusing to produce more than `limit` bytes (a hostile file cannot exhaust memory). */
async function decompress(bytes: Uint8Array, format: 'deflate' | 'gzip', limit: number, name: string): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream(format));
  const reader = stream.getReader();
  const out = new Uint8Array(limit);
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (length + value.length > limit) {
      await reader.cancel();
      throw new Error(`layer "${name}" decompresses to more than the map's ${limit / 4} tiles`);
    }
    out.set(value, length);
    length += value.length;
  }
  return out.subarray(0, length);
}

function positiveInteger(value: unknown, key: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) throw new Error(`the map's "${key}" is not a positive integer`);
  return value;
}
