/**
 * Vendors, placed in the Tiled maps: point objects of the object layer `vendors`, named by the
 * vendor's id, with string properties `vendorName` and `stock` (item template ids separated by
 * commas). They are read at start from the same .tmj files as the zones and checked against the
 * item catalog. Buying and selling needs the character within {@link VENDOR_RANGE} of one.
 * @module
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { ItemCatalog } from './item-catalog.ts';
import { EconomyContentError } from './item-catalog.ts';

/** How near a vendor a character must stand to trade with it, metres. */
export const VENDOR_RANGE = 8;

/** A vendor in a zone. */
export interface Vendor {
  /** Unique across the world. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** The zone it stands in. */
  readonly zone: string;
  /** Position, metres. */
  readonly x: number;
  /** Position, metres. */
  readonly y: number;
  /** Template ids it sells, in the map's order. */
  readonly stock: readonly string[];
}

const property = z.object({ name: z.string(), value: z.unknown() });
const tiledMap = z.object({
  tilewidth: z.number().positive(),
  tileheight: z.number().positive(),
  properties: z.array(property).optional(),
  layers: z.array(z.object({
    name: z.string(),
    type: z.string(),
    objects: z.array(z.object({
      name: z.string(),
      x: z.number(),
      y: z.number(),
      point: z.boolean().optional(),
      properties: z.array(property).optional(),
    })).optional(),
  })),
});

function stringProperty(properties: readonly { name: string; value: unknown }[] | undefined, name: string): string | undefined {
  const value = properties?.find((p) => p.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
}

function numberProperty(properties: readonly { name: string; value: unknown }[] | undefined, name: string): number | undefined {
  const value = properties?.find((p) => p.name === name)?.value;
  return typeof value === 'number' ? value : undefined;
}

/** The vendors of one parsed .tmj document; `file` names it in errors. */
export function vendorsOfMap(document: unknown, file: string, catalog: ItemCatalog): Vendor[] {
  const parsed = tiledMap.safeParse(document);
  if (!parsed.success) throw new EconomyContentError(file, `is not a Tiled map: ${parsed.error.issues[0]?.message ?? ''}`);
  const map = parsed.data;
  const zone = stringProperty(map.properties, 'zoneId') ?? file;
  const tileSize = numberProperty(map.properties, 'tileSizeMetres') ?? 1;
  const vendors: Vendor[] = [];
  for (const object of map.layers.find((layer) => layer.name === 'vendors' && layer.type === 'objectgroup')?.objects ?? []) {
    const what = `vendor "${object.name}"`;
    if (object.point !== true) throw new EconomyContentError(file, `${what} must be a point`);
    if (!/^[a-z][a-z0-9-]{0,47}$/.test(object.name)) throw new EconomyContentError(file, `${what}: the name is its id: lower-case letters, digits and -`);
    const stock = (stringProperty(object.properties, 'stock') ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
    if (stock.length === 0) throw new EconomyContentError(file, `${what} has no "stock" property listing what it sells`);
    for (const templateId of stock) {
      const template = catalog.items.get(templateId);
      if (template === undefined) throw new EconomyContentError(file, `${what} sells unknown item "${templateId}"`);
      if (template.buyPrice === 0) throw new EconomyContentError(file, `${what} sells "${templateId}", which has no buyPrice`);
    }
    vendors.push({
      id: object.name,
      name: stringProperty(object.properties, 'vendorName') ?? object.name,
      zone,
      x: (object.x / map.tilewidth) * tileSize,
      y: (object.y / map.tileheight) * tileSize,
      stock,
    });
  }
  return vendors;
}

/** Every vendor of the .tmj maps in `zonesDir`, by id. */
export async function loadVendors(zonesDir: string, catalog: ItemCatalog): Promise<Map<string, Vendor>> {
  const names = (await readdir(zonesDir)).filter((name) => name.endsWith('.tmj')).sort();
  const vendors = new Map<string, Vendor>();
  for (const name of names) {
    const file = join(zonesDir, name);
    for (const vendor of vendorsOfMap(JSON.parse(await readFile(file, 'utf8')) as unknown, file, catalog)) {
      if (vendors.has(vendor.id)) throw new EconomyContentError(file, `vendor id "${vendor.id}" is used twice`);
      vendors.set(vendor.id, vendor);
    }
  }
  return vendors;
}
