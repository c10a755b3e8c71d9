/**
 * A character's inventory and wallet: the projection of its ledger stream. {@link applyEvent}
 * folds one event in and refuses any event that would break an invariant (an item in two
 * places, a count below 1, gold below 0), so a corrupt or forged log cannot be replayed into a
 * state the game could not reach.
 * @module
 */
import type { ItemInstance, LedgerEvent } from './ledger-events.ts';
import type { EquipmentSlotName } from './item-catalog.ts';

/** Bag slots every character has. */
export const BAG_SLOTS = 20;

/** The most gold one wallet holds (fits the wire's uint32 with room to spare). */
export const MAX_GOLD = 2_000_000_000;

/** The projection: bag, equipment, gold, and the stream version it reflects. */
export interface InventoryState {
  /** Bag slots; null when empty. */
  readonly bag: (ItemInstance | null)[];
  /** Worn items by slot. */
  equipment: Partial<Record<EquipmentSlotName, ItemInstance>>;
  /** Gold in the wallet. */
  gold: number;
  /** Version of the last event folded in; 0 for none. */
  version: number;
}

/** An event that cannot apply to the state: the log or the command that made it is wrong. */
export class LedgerViolation extends Error {
  /** @param message - which invariant the event would break */
  constructor(message: string) {
    super(message);
    this.name = 'LedgerViolation';
  }
}

/** An empty inventory of `bagSize` slots. */
export function emptyInventory(bagSize = BAG_SLOTS): InventoryState {
  return { bag: Array.from({ length: bagSize }, () => null), equipment: {}, gold: 0, version: 0 };
}

/** A deep copy, so a command can be tried on a copy and dropped when it fails. */
export function cloneInventory(state: InventoryState): InventoryState {
  return { bag: [...state.bag], equipment: { ...state.equipment }, gold: state.gold, version: state.version };
}

/** The bag slot holding the item, or -1. */
export function bagSlotOf(state: InventoryState, itemId: string): number {
  return state.bag.findIndex((item) => item?.id === itemId);
}

/** The first empty bag slot, or -1 when the bag is full. */
export function freeBagSlot(state: InventoryState): number {
  return state.bag.indexOf(null);
}

/** How many empty bag slots there are. */
export function freeBagSlots(state: InventoryState): number {
  return state.bag.reduce((n, item) => (item === null ? n + 1 : n), 0);
}

/** Every item the character holds, bag then equipment. */
export function itemsOf(state: InventoryState): ItemInstance[] {
  const items: ItemInstance[] = [];
  for (const item of state.bag) if (item !== null) items.push(item);
  for (const item of Object.values(state.equipment)) items.push(item);
  return items;
}

function requireBagItem(state: InventoryState, itemId: string): number {
  const slot = bagSlotOf(state, itemId);
  if (slot < 0) throw new LedgerViolation(`item ${itemId} is not in the bag`);
  return slot;
}

function requireEmptySlot(state: InventoryState, slot: number): void {
  if (!Number.isInteger(slot) || slot < 0 || slot >= state.bag.length) throw new LedgerViolation(`bag slot ${slot} does not exist`);
  if (state.bag[slot] !== null) throw new LedgerViolation(`bag slot ${slot} is occupied`);
}

function requireNew(state: InventoryState, item: ItemInstance): void {
  if (!Number.isSafeInteger(item.count) || item.count < 1) throw new LedgerViolation(`item ${item.id} has count ${item.count}`);
  if (itemsOf(state).some((held) => held.id === item.id)) throw new LedgerViolation(`item ${item.id} is already held`);
}

function requireAmount(amount: number): void {
  if (!Number.isSafeInteger(amount) || amount < 1) throw new LedgerViolation(`gold amount ${amount} is not a positive whole number`);
}

function addGold(state: InventoryState, amount: number): void {
  requireAmount(amount);
  if (state.gold + amount > MAX_GOLD) throw new LedgerViolation(`wallet would exceed ${MAX_GOLD} gold`);
  state.gold += amount;
}

function takeGold(state: InventoryState, amount: number): void {
  requireAmount(amount);
  if (amount > state.gold) throw new LedgerViolation(`wallet holds ${state.gold} gold, not ${amount}`);
  state.gold -= amount;
}

/** Folds one event into the state (mutating it); throws LedgerViolation if it cannot apply. */
export function applyEvent(state: InventoryState, event: LedgerEvent): void {
  switch (event.type) {
    case 'ItemCreated':
    case 'ItemTradedIn': {
      requireNew(state, event.item);
      requireEmptySlot(state, event.slot);
      state.bag[event.slot] = event.item;
      return;
    }
    case 'ItemStacked': {
      // New units from a source joining a stack already in the bag.
      const slot = requireBagItem(state, event.itemId);
      const stack = state.bag[slot];
      if (stack == null || stack.templateId !== event.templateId) throw new LedgerViolation(`item ${event.itemId} is not a stack of ${event.templateId}`);
      if (!Number.isSafeInteger(event.count) || event.count < 1) throw new LedgerViolation(`cannot stack ${event.count} units`);
      state.bag[slot] = { ...stack, count: stack.count + event.count };
      return;
    }
    case 'ItemMoved': {
      const from = requireBagItem(state, event.itemId);
      if (!Number.isInteger(event.toSlot) || event.toSlot < 0 || event.toSlot >= state.bag.length) {
        throw new LedgerViolation(`bag slot ${event.toSlot} does not exist`);
      }
      // Whatever was in the target takes the item's old place: a swap.
      const occupant = state.bag[event.toSlot] ?? null;
      state.bag[event.toSlot] = state.bag[from] ?? null;
      state.bag[from] = occupant;
      return;
    }
    case 'StackMerged': {
      const from = requireBagItem(state, event.fromItemId);
      const into = requireBagItem(state, event.intoItemId);
      const source = state.bag[from];
      const target = state.bag[into];
      if (source == null || target == null || from === into) throw new LedgerViolation('a stack cannot merge into itself');
      if (source.templateId !== target.templateId) throw new LedgerViolation('only stacks of one template merge');
      if (!Number.isSafeInteger(event.count) || event.count < 1 || event.count > source.count) throw new LedgerViolation(`cannot merge ${event.count} of ${source.count}`);
      state.bag[into] = { ...target, count: target.count + event.count };
      state.bag[from] = event.count === source.count ? null : { ...source, count: source.count - event.count };
      return;
    }
    case 'StackSplit': {
      const from = requireBagItem(state, event.itemId);
      const source = state.bag[from];
      if (source == null) throw new LedgerViolation(`item ${event.itemId} is not in the bag`);
      if (!Number.isSafeInteger(event.count) || event.count < 1 || event.count >= source.count) throw new LedgerViolation(`cannot split ${event.count} off ${source.count}`);
      const created: ItemInstance = { id: event.newItemId, templateId: source.templateId, count: event.count };
      requireNew(state, created);
      requireEmptySlot(state, event.toSlot);
      state.bag[from] = { ...source, count: source.count - event.count };
      state.bag[event.toSlot] = created;
      return;
    }
    case 'ItemEquipped': {
      const from = requireBagItem(state, event.itemId);
      // What was worn there goes to the bag slot the item left.
      const worn = state.equipment[event.equipSlot] ?? null;
      state.equipment[event.equipSlot] = state.bag[from] ?? undefined;
      state.bag[from] = worn;
      return;
    }
    case 'ItemUnequipped': {
      const worn = state.equipment[event.equipSlot];
      if (worn === undefined) throw new LedgerViolation(`nothing is worn in ${event.equipSlot}`);
      requireEmptySlot(state, event.toSlot);
      state.bag[event.toSlot] = worn;
      state.equipment = Object.fromEntries(Object.entries(state.equipment).filter(([slot]) => slot !== event.equipSlot));
      return;
    }
    case 'ItemDestroyed':
    case 'ItemTradedOut': {
      state.bag[requireBagItem(state, event.itemId)] = null;
      return;
    }
    case 'GoldCreated':
    case 'GoldTradedIn':
      addGold(state, event.amount);
      return;
    case 'GoldDestroyed':
    case 'GoldTradedOut':
      takeGold(state, event.amount);
      return;
  }
}

/** The state as JSON, for snapshots. */
export function serializeInventory(state: InventoryState): string {
  return JSON.stringify(state);
}

/** A state read back from {@link serializeInventory}. */
export function deserializeInventory(text: string): InventoryState {
  return JSON.parse(text) as InventoryState;
}
