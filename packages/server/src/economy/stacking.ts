/**
 * Where new items go in a bag: units created by loot or a purchase first join the bag's
 * non-full stacks of the same template (in slot order, up to the template's stack size), and
 * only what is left takes a free slot as a new item. So ten potions bought one at a time make
 * one stack, not ten, as players of every MMORPG expect. Each stack that grows is one
 * `ItemStacked` event and the new item one `ItemCreated`, both naming the source, so the
 * ledger still says exactly where every unit came from and replays to the same bag.
 * @module
 */
import type { InventoryState } from './inventory.ts';
import { applyEvent, freeBagSlot } from './inventory.ts';
import type { ItemTemplate } from './item-catalog.ts';
import type { EconomySource, ItemInstance, LedgerEvent } from './ledger-events.ts';

/** Where `count` new units of a template went. */
export interface Placement {
  /** The events, already applied to the state passed in. */
  readonly events: readonly LedgerEvent[];
  /** Each stack that received units, as it now is in the bag (joined stacks first, then the new item). */
  readonly stacks: readonly ItemInstance[];
  /** Units that found no room (neither a stack nor a free slot); 0 when all were placed. */
  readonly leftOver: number;
}

/**
 * Places `count` new units of `template` into `state` (mutating it), joining non-full stacks
 * first and putting the rest into the first free slot as a new item with id `newItemId`.
 * @param state - the inventory, changed in place (pass a copy)
 * @param template - what is created; its `maxStack` bounds every stack
 * @param count - units, 1..maxStack
 * @param source - the recorded source of the units
 * @param newItemId - the id the new item gets if one is needed
 */
export function placeNewUnits(state: InventoryState, template: ItemTemplate, count: number, source: EconomySource, newItemId: string): Placement {
  const events: LedgerEvent[] = [];
  const stacks: ItemInstance[] = [];
  let left = count;
  const record = (event: LedgerEvent, slot: number): void => {
    applyEvent(state, event);
    events.push(event);
    const placed = state.bag[slot];
    if (placed != null) stacks.push(placed);
  };
  for (const [slot, held] of state.bag.entries()) {
    if (left === 0) break;
    if (held?.templateId !== template.id || held.count >= template.maxStack) continue;
    const joining = Math.min(left, template.maxStack - held.count);
    record({ type: 'ItemStacked', itemId: held.id, templateId: template.id, count: joining, source }, slot);
    left -= joining;
  }
  if (left > 0) {
    const slot = freeBagSlot(state);
    if (slot >= 0) {
      record({ type: 'ItemCreated', item: { id: newItemId, templateId: template.id, count: left }, slot, source }, slot);
      left = 0;
    }
  }
  return { events, stacks, leftOver: left };
}
