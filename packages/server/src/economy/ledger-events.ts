/**
 * The economy ledger's events: every change to a character's items and gold is one of these,
 * appended to the character's stream. Items and gold appear only through a recorded source and
 * leave only through a recorded sink or a trade transfer that the other side's stream records
 * in the same transaction.
 * @module
 */
import type { EquipmentSlotName } from './item-catalog.ts';

/** One item instance: a globally unique id, its template and how many it holds. */
export interface ItemInstance {
  /** ULID, unique across the world and its history. */
  readonly id: string;
  /** The item template. */
  readonly templateId: string;
  /** How many, ≥ 1. */
  readonly count: number;
}

/** Where items and gold may come from; `starter` is a new character's purse, given once. */
export type EconomySource = 'loot' | 'vendor' | 'quest' | 'admin' | 'starter';

/** Where items and gold may go. */
export type EconomySink = 'vendor' | 'drop' | 'destroy';

/** Every ledger event, by `type`. */
export type LedgerEvent =
  | { readonly type: 'ItemCreated'; readonly item: ItemInstance; readonly slot: number; readonly source: EconomySource }
  | { readonly type: 'ItemStacked'; readonly itemId: string; readonly templateId: string; readonly count: number; readonly source: EconomySource }
  | { readonly type: 'ItemMoved'; readonly itemId: string; readonly toSlot: number }
  | { readonly type: 'StackMerged'; readonly fromItemId: string; readonly intoItemId: string; readonly count: number }
  | { readonly type: 'StackSplit'; readonly itemId: string; readonly newItemId: string; readonly count: number; readonly toSlot: number }
  | { readonly type: 'ItemEquipped'; readonly itemId: string; readonly equipSlot: EquipmentSlotName }
  | { readonly type: 'ItemUnequipped'; readonly equipSlot: EquipmentSlotName; readonly toSlot: number }
  | { readonly type: 'ItemDestroyed'; readonly itemId: string; readonly sink: EconomySink }
  | { readonly type: 'GoldCreated'; readonly amount: number; readonly source: EconomySource }
  | { readonly type: 'GoldDestroyed'; readonly amount: number; readonly sink: EconomySink }
  | { readonly type: 'ItemTradedOut'; readonly itemId: string; readonly tradeId: string }
  | { readonly type: 'ItemTradedIn'; readonly item: ItemInstance; readonly slot: number; readonly tradeId: string }
  | { readonly type: 'GoldTradedOut'; readonly amount: number; readonly tradeId: string }
  | { readonly type: 'GoldTradedIn'; readonly amount: number; readonly tradeId: string };

/** A ledger event type name. */
export type LedgerEventType = LedgerEvent['type'];

/** The stream that holds a character's economy events. */
export function characterStream(characterId: string): string {
  return `character:${characterId}`;
}

/** Splits an event into the store's type and JSON body. */
export function encodeEvent(event: LedgerEvent): { type: string; data: string } {
  const { type, ...body } = event;
  return { type, data: JSON.stringify(body) };
}

/** Rebuilds an event from the store's type and JSON body (written by {@link encodeEvent}). */
export function decodeEvent(type: string, data: string): LedgerEvent {
  return { type, ...(JSON.parse(data) as object) } as LedgerEvent;
}
