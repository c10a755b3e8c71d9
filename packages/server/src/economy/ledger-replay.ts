/**
 * Rebuilding a character's inventory from its ledger stream: from the latest snapshot (or from
 * nothing) plus every event after it, each folded in with the invariant checks of applyEvent.
 * @module
 */
import type { EventStore } from '../store/event-store.ts';
import type { InventoryState } from './inventory.ts';
import { applyEvent, BAG_SLOTS, deserializeInventory, emptyInventory, LedgerViolation } from './inventory.ts';
import { characterStream, decodeEvent } from './ledger-events.ts';

/** How a replay starts. */
export interface ReplayOptions {
  /** Bag slots of a character with no snapshot; {@link BAG_SLOTS} when omitted. */
  readonly bagSize?: number;
  /** False replays the whole log from version 1, ignoring snapshots (audits). */
  readonly fromSnapshot?: boolean;
}

/** The character's inventory as its stream records it. */
export async function replayInventory(store: EventStore, characterId: string, options: ReplayOptions = {}): Promise<InventoryState> {
  const stream = characterStream(characterId);
  const snapshot = options.fromSnapshot === false ? undefined : await store.loadSnapshot(stream);
  const state = snapshot === undefined ? emptyInventory(options.bagSize ?? BAG_SLOTS) : deserializeInventory(snapshot.state);
  for (const stored of await store.readEvents(stream, state.version + 1)) {
    if (stored.version !== state.version + 1) throw new LedgerViolation(`stream ${stream} jumps from version ${state.version} to ${stored.version}`);
    applyEvent(state, decodeEvent(stored.type, stored.data));
    state.version = stored.version;
  }
  return state;
}
