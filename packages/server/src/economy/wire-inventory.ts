/**
 * The inventory as the wire carries it (items.proto), and equipment slot names to and from the
 * wire's EquipmentSlot numbers.
 * @module
 */
import { EquipmentSlot } from '@realmforge/protocol';
import type { ServerMessageInit } from '@realmforge/protocol';
import type { InventoryState } from './inventory.ts';
import type { EquipmentSlotName } from './item-catalog.ts';

const toWire: Readonly<Record<EquipmentSlotName, EquipmentSlot>> = {
  head: EquipmentSlot.EQUIPMENT_SLOT_HEAD,
  chest: EquipmentSlot.EQUIPMENT_SLOT_CHEST,
  legs: EquipmentSlot.EQUIPMENT_SLOT_LEGS,
  feet: EquipmentSlot.EQUIPMENT_SLOT_FEET,
  main_hand: EquipmentSlot.EQUIPMENT_SLOT_MAIN_HAND,
  off_hand: EquipmentSlot.EQUIPMENT_SLOT_OFF_HAND,
};

const fromWire = new Map<number, EquipmentSlotName>(Object.entries(toWire).map(([name, slot]) => [slot, name as EquipmentSlotName]));

/** The slot name of a wire EquipmentSlot, or undefined for UNSPECIFIED and unknown numbers. */
export function equipmentSlotName(slot: number): EquipmentSlotName | undefined {
  return fromWire.get(slot);
}

/** The Inventory message as a sender writes it. */
export type WireInventory = NonNullable<NonNullable<ServerMessageInit['inventoryState']>['inventory']>;

/** The wire Inventory of a projection. */
export function toWireInventory(state: InventoryState): WireInventory {
  const bag = state.bag.flatMap((item, slot) => (item === null ? [] : [{ slot, item: { itemId: item.id, templateId: item.templateId, count: item.count } }]));
  const equipment = (Object.entries(state.equipment) as [EquipmentSlotName, NonNullable<InventoryState['equipment'][EquipmentSlotName]>][])
    .map(([slot, item]) => ({ slot: toWire[slot], item: { itemId: item.id, templateId: item.templateId, count: item.count } }));
  return { bagSize: state.bag.length, bag, equipment, gold: state.gold, version: state.version };
}
