/**
 * Item templates and loot tables: the economy's content, read from `items.json` and
 * `loot.json` and validated at start. A content mistake (an unknown item in a loot table, a
 * stack size of 0, an equippable item that stacks) stops the server with a message naming it.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** Equipment slot names as content writes them. */
export const EQUIPMENT_SLOTS = ['head', 'chest', 'legs', 'feet', 'main_hand', 'off_hand'] as const;

/** Where an item can be worn. */
export type EquipmentSlotName = (typeof EQUIPMENT_SLOTS)[number];

/** Stats an equipped item adds to its wearer. */
export const STAT_NAMES = ['attackPower', 'armor', 'stamina', 'agility', 'strength', 'intellect'] as const;

/** A stat an item can raise. */
export type StatName = (typeof STAT_NAMES)[number];

/** Stat bonuses by stat; missing stats add nothing. */
export type StatBonuses = Readonly<Partial<Record<StatName, number>>>;

const wholeGold = z.number().int().min(0).max(1_000_000);

const itemTemplateSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]{0,47}$/, 'lower-case letters, digits and _; starts with a letter'),
  name: z.string().min(1).max(64),
  slot: z.enum([...EQUIPMENT_SLOTS, 'none']),
  maxStack: z.number().int().min(1).max(1000),
  stats: z.partialRecord(z.enum(STAT_NAMES), z.number().int().min(-1000).max(1000)),
  buyPrice: wholeGold,
  sellPrice: wholeGold,
}).refine((item) => item.slot === 'none' || item.maxStack === 1, { message: 'equippable items do not stack (maxStack must be 1)' })
  .refine((item) => item.sellPrice <= item.buyPrice || item.buyPrice === 0, { message: 'sellPrice above buyPrice would print gold' });

const range = z.strictObject({ min: z.number().int().min(0), max: z.number().int().min(0) })
  .refine((r) => r.min <= r.max, { message: 'min must not exceed max' });

const lootTableSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]{0,47}$/),
  gold: range,
  entries: z.array(z.strictObject({
    item: z.string(),
    chance: z.number().min(0).max(1),
    count: range,
  })).max(32),
});

/** An item template: what every instance of it is. */
export type ItemTemplate = z.infer<typeof itemTemplateSchema>;

/** A loot table: rolled when a creature dies. */
export type LootTable = z.infer<typeof lootTableSchema>;

/** The economy's content, validated. */
export interface ItemCatalog {
  /** Templates by id. */
  readonly items: ReadonlyMap<string, ItemTemplate>;
  /** Loot tables by id. */
  readonly lootTables: ReadonlyMap<string, LootTable>;
}

/** Content that failed validation; the message names the file and the key. */
export class EconomyContentError extends Error {
  /** @param file - the file
   *  @param detail - what is wrong */
  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'EconomyContentError';
  }
}

function issuesOf(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

/**
 * Builds a catalog from parsed JSON documents (`{ items: [...] }`, `{ tables: [...] }`).
 * @throws EconomyContentError naming the file and key of the first mistake
 */
export function buildCatalog(itemsDoc: unknown, lootDoc: unknown, files = { items: 'items.json', loot: 'loot.json' }): ItemCatalog {
  const items = z.strictObject({ items: z.array(itemTemplateSchema).min(1) }).safeParse(itemsDoc);
  if (!items.success) throw new EconomyContentError(files.items, issuesOf(items.error));
  const byId = new Map<string, ItemTemplate>();
  for (const item of items.data.items) {
    if (byId.has(item.id)) throw new EconomyContentError(files.items, `item "${item.id}" is defined twice`);
    byId.set(item.id, item);
  }
  const loot = z.strictObject({ tables: z.array(lootTableSchema) }).safeParse(lootDoc);
  if (!loot.success) throw new EconomyContentError(files.loot, issuesOf(loot.error));
  const tables = new Map<string, LootTable>();
  for (const table of loot.data.tables) {
    if (tables.has(table.id)) throw new EconomyContentError(files.loot, `loot table "${table.id}" is defined twice`);
    for (const entry of table.entries) {
      const template = byId.get(entry.item);
      if (template === undefined) throw new EconomyContentError(files.loot, `loot table "${table.id}" names unknown item "${entry.item}"`);
      if (entry.count.min < 1 || entry.count.max > template.maxStack) {
        throw new EconomyContentError(files.loot, `loot table "${table.id}": count of "${entry.item}" must be 1..${template.maxStack}`);
      }
    }
    tables.set(table.id, table);
  }
  return { items: byId, lootTables: tables };
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new EconomyContentError(file, `cannot be read: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new EconomyContentError(file, `is not JSON: ${(error as Error).message}`);
  }
}

/** Reads and validates `items.json` and `loot.json` in `dir`. */
export async function loadItemCatalog(dir: string): Promise<ItemCatalog> {
  const itemsFile = join(dir, 'items.json');
  const lootFile = join(dir, 'loot.json');
  return buildCatalog(await readJson(itemsFile), await readJson(lootFile), { items: itemsFile, loot: lootFile });
}
