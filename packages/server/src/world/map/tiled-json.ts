/**
 * The Tiled JSON map format (.tmj), read strictly enough that a broken file fails at start with
 * a message naming the file and the problem, never later inside a tick. This module knows the
 * format only; which layers and properties a zone needs is tiled-map.ts's business.
 *
 * Reference: https://doc.mapeditor.org/en/stable/reference/json-map-format/
 * @module
 */
import { gunzipSync, inflateSync, zstdDecompressSync } from 'node:zlib';
import { z } from 'zod';
import { MAX_GRID_SIDE } from './collision-grid.ts';

/** Content that cannot be loaded; the message starts with the file, then says what is wrong. */
export class ContentError extends Error {
  /** The file at fault, as the loader was given it. */
  readonly file: string;

  /**
   * @param file - the file at fault
   * @param problem - what is wrong, in words a content author can act on
   */
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ContentError';
    this.file = file;
  }
}

const propertySchema = z.looseObject({ name: z.string(), type: z.string().optional(), value: z.unknown() });

/** A Tiled custom property (`{ name, type, value }`). */
export type TiledProperty = z.infer<typeof propertySchema>;

const objectSchema = z.looseObject({
  id: z.number().int(),
  name: z.string().default(''),
  x: z.number(),
  y: z.number(),
  width: z.number().min(0).default(0),
  height: z.number().min(0).default(0),
  rotation: z.number().default(0),
  point: z.boolean().default(false),
  ellipse: z.boolean().default(false),
  polygon: z.unknown().optional(),
  polyline: z.unknown().optional(),
  text: z.unknown().optional(),
  gid: z.number().optional(),
  properties: z.array(propertySchema).default([]),
});

/** A Tiled map object (in pixels), with defaults filled in for the optional fields. */
export type TiledObject = z.infer<typeof objectSchema>;

/** The shape of a Tiled object: what it was drawn with in the editor. */
export type TiledObjectShape = 'rectangle' | 'point' | 'ellipse' | 'polygon' | 'polyline' | 'text' | 'tile';

/** Which drawing tool made `object`. */
export function objectShape(object: TiledObject): TiledObjectShape {
  if (object.point) return 'point';
  if (object.ellipse) return 'ellipse';
  if (object.polygon !== undefined) return 'polygon';
  if (object.polyline !== undefined) return 'polyline';
  if (object.text !== undefined) return 'text';
  if (object.gid !== undefined) return 'tile';
  return 'rectangle';
}

const offsets = {
  offsetx: z.number().default(0),
  offsety: z.number().default(0),
};

const layerHeadSchema = z.looseObject({
  type: z.string(),
  name: z.string(),
  layers: z.array(z.unknown()).optional(),
  ...offsets,
});

const tileLayerSchema = z.looseObject({
  width: z.number().int().min(0),
  height: z.number().int().min(0),
  data: z.union([z.array(z.number().int().min(0).max(0xffff_ffff)), z.string()]).optional(),
  chunks: z.unknown().optional(),
  encoding: z.string().optional(),
  compression: z.string().optional(),
});

const objectGroupSchema = z.looseObject({ objects: z.array(objectSchema) });

const mapSchema = z.looseObject({
  width: z.number().int().min(1).max(MAX_GRID_SIDE),
  height: z.number().int().min(1).max(MAX_GRID_SIDE),
  tilewidth: z.number().int().min(1),
  tileheight: z.number().int().min(1),
  properties: z.array(propertySchema).default([]),
  layers: z.array(z.unknown()),
});

/** A layer found anywhere in the map (group layers are flattened), not yet decoded. */
export interface TiledLayer {
  /** Layer name as set in Tiled. */
  readonly name: string;
  /** `tilelayer`, `objectgroup`, `imagelayer` or `group`. */
  readonly type: string;
  /** Pixel offset, including the offsets of enclosing groups. */
  readonly offsetX: number;
  /** Pixel offset, including the offsets of enclosing groups. */
  readonly offsetY: number;
  /** The layer's JSON. */
  readonly json: unknown;
}

/** The parts of a Tiled map this engine reads, validated. */
export interface TiledMap {
  /** Tiles per row. */
  readonly width: number;
  /** Tiles per column. */
  readonly height: number;
  /** Pixels per tile, horizontally. */
  readonly tilewidth: number;
  /** Pixels per tile, vertically. */
  readonly tileheight: number;
  /** Map custom properties. */
  readonly properties: readonly TiledProperty[];
  /** Every layer, depth first in file order. */
  readonly layers: readonly TiledLayer[];
}

/** `layers[2].width: Invalid input: …` from zod's first issue. */
function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid';
  let path = '';
  for (const key of issue.path) {
    path += typeof key === 'number' ? `[${key}]` : `${path === '' ? '' : '.'}${String(key)}`;
  }
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

/** Validates `value` against `schema`, or fails naming the file, `where` and the first issue. */
function check<T extends z.ZodType>(schema: T, value: unknown, file: string, where: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ContentError(file, `${where}${describeIssue(result.error)}`);
  return result.data;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the map-level structure of a parsed .tmj file: an orthogonal, finite map with its size,
 * tile size in pixels, properties and (flattened) layers.
 * @param json - the parsed file
 * @param file - named in error messages
 */
export function readTiledMap(json: unknown, file: string): TiledMap {
  if (!isRecord(json)) throw new ContentError(file, 'is not a Tiled map: expected a JSON object');
  if (json.type !== undefined && json.type !== 'map') {
    throw new ContentError(file, `is not a Tiled map: its type is ${JSON.stringify(json.type)}, expected "map"`);
  }
  if (json.orientation !== 'orthogonal') {
    throw new ContentError(file, `orientation ${JSON.stringify(json.orientation)} is not supported, only "orthogonal"`);
  }
  if (json.infinite === true) {
    throw new ContentError(file, 'infinite maps are not supported (uncheck Map Properties > Infinite in Tiled)');
  }
  const map = check(mapSchema, json, file, '');
  const layers: TiledLayer[] = [];
  const visit = (list: readonly unknown[], offsetX: number, offsetY: number, where: string): void => {
    list.forEach((json, index) => {
      const head = check(layerHeadSchema, json, file, `${where}[${index}].`);
      const x = offsetX + head.offsetx;
      const y = offsetY + head.offsety;
      layers.push({ name: head.name, type: head.type, offsetX: x, offsetY: y, json });
      if (head.type === 'group') visit(head.layers ?? [], x, y, `${where}[${index}].layers`);
    });
  };
  visit(map.layers, 0, 0, 'layers');
  return {
    width: map.width,
    height: map.height,
    tilewidth: map.tilewidth,
    tileheight: map.tileheight,
    properties: map.properties,
    layers,
  };
}

/**
 * The one layer called `name`, of type `type`, or `undefined` when there is none. Two layers
 * with the same name are an error: which one counts would be a guess. So is a pixel offset, which
 * would make Tiled show objects somewhere other than where the server puts them.
 */
export function findLayer(map: TiledMap, name: string, type: 'tilelayer' | 'objectgroup', file: string): TiledLayer | undefined {
  const found = map.layers.filter((layer) => layer.name === name);
  if (found.length > 1) throw new ContentError(file, `has ${found.length} layers named "${name}", expected one`);
  const layer = found[0];
  if (layer === undefined) return undefined;
  if (layer.type !== type) throw new ContentError(file, `layer "${name}" has type "${layer.type}", expected ${layerKind(type)}`);
  if (layer.offsetX !== 0 || layer.offsetY !== 0) {
    throw new ContentError(file, `layer "${name}" is drawn with a pixel offset (${layer.offsetX}, ${layer.offsetY}); set it to 0 so what Tiled shows is what the server uses`);
  }
  return layer;
}

/** {@link findLayer} for a layer the map must have. */
export function requireLayer(map: TiledMap, name: string, type: 'tilelayer' | 'objectgroup', file: string): TiledLayer {
  const layer = findLayer(map, name, type, file);
  if (layer === undefined) throw new ContentError(file, `has no ${layerKind(type).replace(/^an? /, '')} named "${name}"`);
  return layer;
}

function layerKind(type: 'tilelayer' | 'objectgroup'): string {
  return type === 'tilelayer' ? 'a tile layer' : 'an object layer';
}

const base64Pattern = /^[A-Za-z0-9+/]*={0,2}$/;

/** Undoes the layer's compression, refusing output larger than `limit` bytes. */
function decompress(bytes: Buffer, compression: string, limit: number, tooLarge: () => ContentError, name: string, file: string): Buffer {
  const options = { maxOutputLength: limit + 1 };
  try {
    switch (compression) {
      case '':
        return bytes;
      case 'zlib':
        return inflateSync(bytes, options);
      case 'gzip':
        return gunzipSync(bytes, options);
      case 'zstd':
        return zstdDecompressSync(bytes, options);
      default:
        throw new ContentError(file, `layer "${name}" uses unknown compression ${JSON.stringify(compression)} (supported: none, zlib, gzip, zstd)`);
    }
  } catch (error) {
    if (error instanceof ContentError) throw error;
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw new ContentError(file, `layer "${name}" has corrupt ${compression} data: ${(error as Error).message}`);
  }
}

/**
 * The global tile ids (gids, flip flags included) of a finite tile layer, row-major, one per
 * tile of the map. Accepts every encoding Tiled writes: a plain array (CSV) or base64 of
 * little-endian uint32s, uncompressed or zlib, gzip or zstd compressed.
 */
export function decodeTileLayer(map: TiledMap, layer: TiledLayer, file: string): Uint32Array {
  const name = layer.name;
  const tiles = check(tileLayerSchema, layer.json, file, `layer "${name}": `);
  if (tiles.chunks !== undefined) throw new ContentError(file, `layer "${name}" is stored in chunks: infinite maps are not supported`);
  if (tiles.width !== map.width || tiles.height !== map.height) {
    throw new ContentError(file, `layer "${name}" is ${tiles.width} x ${tiles.height} tiles, expected ${map.width} x ${map.height} like the map`);
  }
  const expected = map.width * map.height;
  const wrongCount = (count: string): ContentError =>
    new ContentError(file, `layer "${name}" has ${count} tiles, expected ${expected} (${map.width} x ${map.height})`);
  const data = tiles.data;
  if (data === undefined) throw new ContentError(file, `layer "${name}" has no data`);
  const encoding = tiles.encoding ?? 'csv';
  if (encoding === 'csv') {
    if (typeof data === 'string') throw new ContentError(file, `layer "${name}" data is a string, but its encoding is csv (an array of tile ids)`);
    if (data.length !== expected) throw wrongCount(String(data.length));
    return Uint32Array.from(data);
  }
  if (encoding !== 'base64') throw new ContentError(file, `layer "${name}" uses unknown encoding ${JSON.stringify(encoding)} (supported: csv, base64)`);
  if (typeof data !== 'string') throw new ContentError(file, `layer "${name}" data is an array, but its encoding is base64 (a string)`);
  const text = data.replace(/\s+/g, '');
  if (!base64Pattern.test(text) || text.length % 4 === 1) throw new ContentError(file, `layer "${name}" data is not valid base64`);
  const tooLarge = (): ContentError => wrongCount(`more than ${expected}`);
  const bytes = decompress(Buffer.from(text, 'base64'), tiles.compression ?? '', expected * 4, tooLarge, name, file);
  if (bytes.length > expected * 4) throw tooLarge();
  if (bytes.length % 4 !== 0) throw new ContentError(file, `layer "${name}" data is ${bytes.length} bytes, not a whole number of 4-byte tiles`);
  if (bytes.length !== expected * 4) throw wrongCount(String(bytes.length / 4));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const gids = new Uint32Array(expected);
  for (let i = 0; i < expected; i++) gids[i] = view.getUint32(i * 4, true);
  return gids;
}

/** The objects of an object layer, in file order. */
export function readObjects(layer: TiledLayer, file: string): readonly TiledObject[] {
  return check(objectGroupSchema, layer.json, file, `layer "${layer.name}": `).objects;
}

/** The value of the custom property `name`, or `undefined` when it is not set. */
export function propertyValue(properties: readonly TiledProperty[], name: string): unknown {
  return properties.find((property) => property.name === name)?.value;
}
