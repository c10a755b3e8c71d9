/**
 * Plans the ledger events of a trade: what leaves each side and where what arrives goes. Both
 * sides are checked against their current inventories first, so an exchange that cannot
 * complete (an offered item moved, a bag too full, a wallet too small or too full) fails as a
 * whole before anything is written.
 * @module
 */
import { ErrorCode } from '@realmforge/protocol';
import { RequestError } from '../session/request-error.ts';
import type { InventoryState } from './inventory.ts';
import { applyEvent, bagSlotOf, cloneInventory, freeBagSlot, MAX_GOLD } from './inventory.ts';
import type { ItemInstance, LedgerEvent } from './ledger-events.ts';

/** One side of a trade: who gives which bag items and how much gold. */
export interface TradeSide {
  /** The giving character. */
  readonly characterId: string;
  /** Whole bag items offered, no repeats. */
  readonly itemIds: readonly string[];
  /** Gold offered, ≥ 0. */
  readonly gold: number;
}

/** Each side's events. */
export interface ExchangePlan {
  /** Events for side a's stream. */
  readonly a: LedgerEvent[];
  /** Events for side b's stream. */
  readonly b: LedgerEvent[];
}

function failed(message: string): never {
  throw new RequestError(ErrorCode.ERROR_CODE_TRADE_FAILED, message);
}

/** The items a side gives, checked to be in its bag. */
function offeredItems(side: TradeSide, state: InventoryState): ItemInstance[] {
  if (new Set(side.itemIds).size !== side.itemIds.length) failed('an item is offered twice');
  if (!Number.isSafeInteger(side.gold) || side.gold < 0) failed('the gold offered is not a whole amount');
  if (side.gold > state.gold) failed('a player no longer has the gold offered');
  return side.itemIds.map((itemId) => {
    const item = state.bag[bagSlotOf(state, itemId)];
    if (item == null) failed('an offered item is no longer in its owner\'s bag');
    return item;
  });
}

/** What one side's stream records: its items and gold out, the other side's in. */
function sideEvents(tradeId: string, state: InventoryState, gives: ItemInstance[], gold: number, gets: ItemInstance[], goldIn: number): LedgerEvent[] {
  const next = cloneInventory(state);
  const events: LedgerEvent[] = [];
  const record = (event: LedgerEvent): void => {
    applyEvent(next, event);
    events.push(event);
  };
  for (const item of gives) record({ type: 'ItemTradedOut', itemId: item.id, tradeId });
  if (gold > 0) record({ type: 'GoldTradedOut', amount: gold, tradeId });
  for (const item of gets) {
    const slot = freeBagSlot(next);
    if (slot < 0) failed('a bag has no room for the items offered');
    record({ type: 'ItemTradedIn', item, slot, tradeId });
  }
  if (goldIn > 0) {
    if (next.gold + goldIn > MAX_GOLD) failed('a wallet cannot hold that much gold');
    record({ type: 'GoldTradedIn', amount: goldIn, tradeId });
  }
  return events;
}

/** The events of both sides, or a RequestError TRADE_FAILED saying why it cannot complete. */
export function planExchange(tradeId: string, a: { side: TradeSide; state: InventoryState }, b: { side: TradeSide; state: InventoryState }): ExchangePlan {
  if (a.side.characterId === b.side.characterId) failed('a character cannot trade with itself');
  const fromA = offeredItems(a.side, a.state);
  const fromB = offeredItems(b.side, b.state);
  if (fromA.length === 0 && fromB.length === 0 && a.side.gold === 0 && b.side.gold === 0) failed('nothing is offered');
  return {
    a: sideEvents(tradeId, a.state, fromA, a.side.gold, fromB, b.side.gold),
    b: sideEvents(tradeId, b.state, fromB, b.side.gold, fromA, a.side.gold),
  };
}
