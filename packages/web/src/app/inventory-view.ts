/**
 * The inventory panel's view model, from the server's last InventoryState and the item book:
 * every bag slot in order (empty ones included), the six equipment slots in paper-doll order,
 * the gold, and the first free bag slot (where an unequipped item goes). Pure.
 * @module
 */
import { EquipmentSlot } from '@realmforge/protocol';
import type { InventoryMirror } from '@realmforge/client';
import { itemInfo } from './item-book.ts';
import type { ItemBook, ItemInfo } from './item-book.ts';

/** An item as the panel shows it. */
export interface ItemView {
  /** Instance id (what requests name). */
  readonly itemId: string;
  /** Template id. */
  readonly templateId: string;
  /** How many. */
  readonly count: number;
  /** The template. */
  readonly info: ItemInfo;
  /** Whether it can be worn. */
  readonly equippable: boolean;
}

/** One bag slot. */
export interface BagSlotView {
  /** Slot index, from 0. */
  readonly slot: number;
  /** What is there; undefined when empty. */
  readonly item: ItemView | undefined;
}

/** One equipment slot. */
export interface EquipmentSlotView {
  /** The slot. */
  readonly slot: EquipmentSlot;
  /** Its name for people. */
  readonly label: string;
  /** What is worn there; undefined when nothing. */
  readonly item: ItemView | undefined;
}

/** The whole panel. */
export interface InventoryView {
  /** Every bag slot, in order. */
  readonly bag: readonly BagSlotView[];
  /** The equipment slots, head to off hand. */
  readonly equipment: readonly EquipmentSlotView[];
  /** Gold in the wallet. */
  readonly gold: number;
  /** The first empty bag slot; undefined when the bag is full. */
  readonly freeSlot: number | undefined;
}

/** Equipment slots in the order the panel shows them. */
export const EQUIPMENT_SLOTS: readonly { readonly slot: EquipmentSlot; readonly label: string }[] = [
  { slot: EquipmentSlot.EQUIPMENT_SLOT_HEAD, label: 'Head' },
  { slot: EquipmentSlot.EQUIPMENT_SLOT_CHEST, label: 'Chest' },
  { slot: EquipmentSlot.EQUIPMENT_SLOT_LEGS, label: 'Legs' },
  { slot: EquipmentSlot.EQUIPMENT_SLOT_FEET, label: 'Feet' },
  { slot: EquipmentSlot.EQUIPMENT_SLOT_MAIN_HAND, label: 'Main hand' },
  { slot: EquipmentSlot.EQUIPMENT_SLOT_OFF_HAND, label: 'Off hand' },
];

type WireStack = { itemId?: string | null; templateId?: string | null; count?: number | null } | null | undefined;

/** An item stack from the wire as the panel shows it; undefined for an empty one. */
export function itemView(book: ItemBook, stack: WireStack): ItemView | undefined {
  if (stack === null || stack === undefined || !stack.itemId) return undefined;
  const info = itemInfo(book, stack.templateId ?? '');
  return { itemId: stack.itemId, templateId: info.id, count: stack.count ?? 1, info, equippable: info.slot !== EquipmentSlot.EQUIPMENT_SLOT_UNSPECIFIED };
}

/** The panel for an inventory (an empty one before the first push). */
export function inventoryView(book: ItemBook, inventory: InventoryMirror | undefined): InventoryView {
  const bySlot = new Map<number, ItemView>();
  for (const entry of inventory?.bag ?? []) {
    const item = itemView(book, entry.item);
    if (item !== undefined) bySlot.set(entry.slot ?? 0, item);
  }
  const size = Math.max(inventory?.bagSize ?? 0, ...[...bySlot.keys()].map((slot) => slot + 1));
  const bag: BagSlotView[] = [];
  for (let slot = 0; slot < size; slot++) bag.push({ slot, item: bySlot.get(slot) });
  const worn = new Map<EquipmentSlot, ItemView>();
  for (const entry of inventory?.equipment ?? []) {
    const item = itemView(book, entry.item);
    if (item !== undefined && entry.slot !== undefined && entry.slot !== null) worn.set(entry.slot, item);
  }
  return {
    bag,
    equipment: EQUIPMENT_SLOTS.map(({ slot, label }) => ({ slot, label, item: worn.get(slot) })),
    gold: inventory?.gold ?? 0,
    freeSlot: bag.find((b) => b.item === undefined)?.slot,
  };
}
