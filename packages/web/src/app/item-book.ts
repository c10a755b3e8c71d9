/**
 * Item templates as the page needs them (the server's `items.json`, served at
 * `/content/items.json`): display name, the equipment slot it is worn in, stack size, stats and
 * prices, by template id. An unknown template still shows, under its id.
 * @module
 */
import { EquipmentSlot } from '@realmforge/protocol';
import { ContentError } from './skill-book.ts';

/** One item template. */
export interface ItemInfo {
  /** Template id, e.g. `iron_sword`. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** Where it is worn; `EQUIPMENT_SLOT_UNSPECIFIED` for things that are not worn. */
  readonly slot: EquipmentSlot;
  /** Most items per stack. */
  readonly maxStack: number;
  /** Stat bonuses while worn, e.g. `{ armor: 2 }`. */
  readonly stats: Readonly<Record<string, number>>;
  /** What a vendor pays for one. */
  readonly sellPrice: number;
}

/** Item templates by id. */
export type ItemBook = ReadonlyMap<string, ItemInfo>;

/** items.json's slot names → wire values. */
const SLOTS: Readonly<Record<string, EquipmentSlot>> = {
  none: EquipmentSlot.EQUIPMENT_SLOT_UNSPECIFIED,
  head: EquipmentSlot.EQUIPMENT_SLOT_HEAD,
  chest: EquipmentSlot.EQUIPMENT_SLOT_CHEST,
  legs: EquipmentSlot.EQUIPMENT_SLOT_LEGS,
  feet: EquipmentSlot.EQUIPMENT_SLOT_FEET,
  main_hand: EquipmentSlot.EQUIPMENT_SLOT_MAIN_HAND,
  off_hand: EquipmentSlot.EQUIPMENT_SLOT_OFF_HAND,
};

/**
 * Reads items.json.
 * @throws ContentError naming the first item it cannot read
 */
export function parseItemBook(json: unknown): ItemBook {
  const items = (json as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) throw new ContentError('items.json has no "items" list');
  const book = new Map<string, ItemInfo>();
  for (const [index, raw] of items.entries()) {
    const item = raw as Partial<Record<string, unknown>> | null;
    const slot = SLOTS[String(item?.slot)];
    if (typeof item?.id !== 'string' || typeof item.name !== 'string' || slot === undefined) {
      throw new ContentError(`items[${index}] needs a string id and name and a known slot`);
    }
    const stats: Record<string, number> = {};
    for (const [stat, value] of Object.entries((item.stats as Record<string, unknown> | undefined) ?? {})) if (typeof value === 'number') stats[stat] = value;
    book.set(item.id, {
      id: item.id,
      name: item.name,
      slot,
      maxStack: typeof item.maxStack === 'number' ? item.maxStack : 1,
      stats,
      sellPrice: typeof item.sellPrice === 'number' ? item.sellPrice : 0,
    });
  }
  return book;
}

/** A template's info, or a stand-in named after the id for a template the page does not know. */
export function itemInfo(book: ItemBook, templateId: string): ItemInfo {
  return book.get(templateId) ?? { id: templateId, name: templateId, slot: EquipmentSlot.EQUIPMENT_SLOT_UNSPECIFIED, maxStack: 1, stats: {}, sellPrice: 0 };
}
