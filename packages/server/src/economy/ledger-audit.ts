/**
 * The ledger audit: replays every character stream from its first event and checks the
 * economy's invariants across the whole world. Items and gold come only from recorded sources
 * and leave only through recorded sinks; every trade's outgoing side matches its incoming side;
 * each item instance is in exactly one place; and a replay from the latest snapshot gives the
 * same state as a replay from the start. Tests, the crash test and operators run it.
 * @module
 */
import type { EventStore } from '../store/event-store.ts';
import type { InventoryState } from './inventory.ts';
import { applyEvent, BAG_SLOTS, bagSlotOf, emptyInventory, itemsOf } from './inventory.ts';
import { decodeEvent } from './ledger-events.ts';
import { replayInventory } from './ledger-replay.ts';

/** What the audit found. */
export interface LedgerAudit {
  /** Every character's inventory, replayed from its first event, by character id. */
  readonly inventories: ReadonlyMap<string, InventoryState>;
  /** Each broken invariant, described; empty when the ledger is sound. */
  readonly problems: readonly string[];
  /** Events replayed. */
  readonly events: number;
}

const characterPrefix = 'character:';

/** Adds `amount` to `map[key]`. */
function add(map: Map<string, number>, key: string, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

/** Replays every character stream and checks the invariants. */
export async function auditLedger(store: EventStore, bagSize = BAG_SLOTS): Promise<LedgerAudit> {
  const problems: string[] = [];
  const inventories = new Map<string, InventoryState>();
  // Per template: units from sources minus units into sinks; per trade: net units and gold.
  const recorded = new Map<string, number>();
  const tradeUnits = new Map<string, number>();
  const tradeGold = new Map<string, number>();
  let goldRecorded = 0;
  let events = 0;
  for (const stream of await store.listStreams()) {
    if (!stream.startsWith(characterPrefix)) continue;
    const characterId = stream.slice(characterPrefix.length);
    const state = emptyInventory(bagSize);
    try {
      for (const stored of await store.readEvents(stream, 1)) {
        const event = decodeEvent(stored.type, stored.data);
        const held = (itemId: string): number => state.bag[bagSlotOf(state, itemId)]?.count ?? 0;
        switch (event.type) {
          case 'ItemCreated': add(recorded, event.item.templateId, event.item.count); break;
          case 'ItemStacked': add(recorded, event.templateId, event.count); break;
          case 'ItemDestroyed': add(recorded, state.bag[bagSlotOf(state, event.itemId)]?.templateId ?? '?', -held(event.itemId)); break;
          case 'ItemTradedOut': add(tradeUnits, `${event.tradeId}:${event.itemId}`, held(event.itemId)); break;
          case 'ItemTradedIn': add(tradeUnits, `${event.tradeId}:${event.item.id}`, -event.item.count); break;
          case 'GoldCreated': goldRecorded += event.amount; break;
          case 'GoldDestroyed': goldRecorded -= event.amount; break;
          case 'GoldTradedOut': add(tradeGold, event.tradeId, event.amount); break;
          case 'GoldTradedIn': add(tradeGold, event.tradeId, -event.amount); break;
          default: break;
        }
        if (stored.version !== state.version + 1) problems.push(`${stream}: version ${stored.version} follows ${state.version}`);
        applyEvent(state, event);
        state.version = stored.version;
        events += 1;
      }
    } catch (error) {
      problems.push(`${stream}: ${(error as Error).message}`);
    }
    inventories.set(characterId, state);
    const fromSnapshot = await replayInventory(store, characterId, { bagSize });
    if (JSON.stringify(fromSnapshot) !== JSON.stringify(state)) problems.push(`${stream}: replay from the snapshot differs from replay from the start`);
  }
  const where = new Map<string, string>();
  const heldUnits = new Map<string, number>();
  let goldHeld = 0;
  for (const [characterId, state] of inventories) {
    goldHeld += state.gold;
    for (const item of itemsOf(state)) {
      const other = where.get(item.id);
      if (other !== undefined) problems.push(`item ${item.id} is held by ${other} and ${characterId}`);
      where.set(item.id, characterId);
      add(heldUnits, item.templateId, item.count);
    }
  }
  for (const template of new Set([...recorded.keys(), ...heldUnits.keys()])) {
    const fromSources = recorded.get(template) ?? 0;
    const held = heldUnits.get(template) ?? 0;
    if (fromSources !== held) problems.push(`${template}: sources minus sinks give ${fromSources} but ${held} are held`);
  }
  for (const [key, net] of tradeUnits) if (net !== 0) problems.push(`trade transfer ${key} is unbalanced by ${net}`);
  for (const [trade, net] of tradeGold) if (net !== 0) problems.push(`trade ${trade} gold is unbalanced by ${net}`);
  if (goldRecorded !== goldHeld) problems.push(`gold: sources minus sinks give ${goldRecorded} but ${goldHeld} is held`);
  return { inventories, problems, events };
}
