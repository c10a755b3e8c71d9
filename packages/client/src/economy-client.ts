/**
 * Items, vendors and trade in the client SDK: a typed method per request, an inventory mirror
 * kept from the server's InventoryState pushes, and listeners for loot and trade pushes.
 * Reached as `client.economy`. The server answers a change only after it is saved.
 * @module
 */
import { serverPayload } from '@realmforge/protocol';
import type { EquipmentSlot, ServerMessage, ServerPayloadKind, ServerPayloads } from '@realmforge/protocol';
import type { GameClient } from './game-client.ts';

/** The inventory as the server last pushed it. */
export type InventoryMirror = NonNullable<ServerPayloads['inventoryState']['inventory']>;
/** An open trade as the server last pushed it. */
export type TradeStateView = ServerPayloads['tradeState'];

/** Inventory, vendor and trade requests and pushes of one client session. */
export class EconomyClient {
  readonly #client: GameClient;
  #inventory: InventoryMirror | undefined;

  /** @param client - the session to send on and listen to; the mirror follows it from now on */
  constructor(client: GameClient) {
    this.#client = client;
    client.onPush((message) => {
      const payload = serverPayload(message);
      if (payload?.kind === 'inventoryState' && payload.value.inventory) this.#inventory = payload.value.inventory;
    });
  }

  /** The last pushed inventory, or undefined before the first push. */
  get inventory(): InventoryMirror | undefined {
    return this.#inventory;
  }

  /** Gold in the last pushed inventory (0 before the first push). */
  get gold(): number {
    return this.#inventory?.gold ?? 0;
  }

  /** Listens for InventoryState pushes; returns a function that removes the listener. */
  onInventory(listener: (inventory: InventoryMirror) => void): () => void {
    return this.#on('inventoryState', (state) => {
      if (state.inventory) listener(state.inventory);
    });
  }

  /** Listens for LootReceived pushes. */
  onLoot(listener: (loot: ServerPayloads['lootReceived']) => void): () => void {
    return this.#on('lootReceived', listener);
  }

  /** Listens for TradeInvitation pushes. */
  onTradeInvitation(listener: (invitation: ServerPayloads['tradeInvitation']) => void): () => void {
    return this.#on('tradeInvitation', listener);
  }

  /** Listens for TradeState pushes. */
  onTradeState(listener: (state: TradeStateView) => void): () => void {
    return this.#on('tradeState', listener);
  }

  /** Listens for TradeEnded pushes. */
  onTradeEnded(listener: (ended: ServerPayloads['tradeEnded']) => void): () => void {
    return this.#on('tradeEnded', listener);
  }

  /** Moves (merges, swaps) a bag item to a bag slot. */
  async moveItem(itemId: string, toSlot: number): Promise<void> {
    answer(await this.#client.request({ moveItem: { itemId, toSlot } }), 'itemMoved');
  }

  /** Splits `count` off a stack into an empty slot; resolves with the new item's id. */
  async splitStack(itemId: string, count: number, toSlot: number): Promise<string> {
    return answer(await this.#client.request({ splitStack: { itemId, count, toSlot } }), 'stackSplit').newItemId;
  }

  /** Equips a bag item. */
  async equip(itemId: string): Promise<void> {
    answer(await this.#client.request({ equipItem: { itemId } }), 'itemEquipped');
  }

  /** Takes off what is worn in `slot` into an empty bag slot. */
  async unequip(slot: EquipmentSlot, toSlot: number): Promise<void> {
    answer(await this.#client.request({ unequipItem: { slot, toSlot } }), 'itemUnequipped');
  }

  /** Destroys a bag item. */
  async destroy(itemId: string): Promise<void> {
    answer(await this.#client.request({ destroyItem: { itemId } }), 'itemDestroyed');
  }

  /** What a nearby vendor sells. */
  async browse(vendorId: string): Promise<ServerPayloads['vendorStock']> {
    return answer(await this.#client.request({ vendorBrowse: { vendorId } }), 'vendorStock');
  }

  /** Buys from a nearby vendor; resolves with the new item's id and the price paid. */
  async buy(vendorId: string, templateId: string, count = 1): Promise<ServerPayloads['vendorBought']> {
    return answer(await this.#client.request({ vendorBuy: { vendorId, templateId, count } }), 'vendorBought');
  }

  /** Sells a whole bag item to a nearby vendor; resolves with the gold received. */
  async sell(vendorId: string, itemId: string): Promise<number> {
    return answer(await this.#client.request({ vendorSell: { vendorId, itemId } }), 'vendorSold').price;
  }

  /** Asks a nearby character to trade; resolves with the trade's id. */
  async tradeRequest(characterId: string): Promise<ServerPayloads['tradeRequested']> {
    return answer(await this.#client.request({ tradeRequest: { characterId } }), 'tradeRequested');
  }

  /** Asks a nearby character, named as the world shows it, to trade; resolves with the trade's id. */
  async tradeRequestByName(characterName: string): Promise<ServerPayloads['tradeRequested']> {
    return answer(await this.#client.request({ tradeRequest: { characterName } }), 'tradeRequested');
  }

  /** Accepts or declines a trade invitation; resolves true when the trade opened. */
  async tradeRespond(tradeId: string, accept: boolean): Promise<boolean> {
    return answer(await this.#client.request({ tradeRespond: { tradeId, accept } }), 'tradeResponded').opened;
  }

  /** Replaces your offer; resolves with the trade's new revision. */
  async tradeSetOffer(tradeId: string, itemIds: readonly string[], gold: number): Promise<number> {
    return answer(await this.#client.request({ tradeSetOffer: { tradeId, itemIds: [...itemIds], gold } }), 'tradeOfferSet').revision;
  }

  /** Confirms the offers as of `revision`; resolves true when this completed (and saved) the trade. */
  async tradeConfirm(tradeId: string, revision: number): Promise<boolean> {
    return answer(await this.#client.request({ tradeConfirm: { tradeId, revision } }), 'tradeConfirmed').completed;
  }

  /** Cancels a trade or invitation. */
  async tradeCancel(tradeId: string): Promise<void> {
    answer(await this.#client.request({ tradeCancel: { tradeId } }), 'tradeCancelled');
  }

  #on<K extends ServerPayloadKind>(kind: K, listener: (value: ServerPayloads[K]) => void): () => void {
    return this.#client.onPush((message) => {
      const payload = serverPayload(message);
      if (payload?.kind === kind) listener(payload.value as ServerPayloads[K]);
    });
  }
}

function answer<K extends ServerPayloadKind>(message: ServerMessage, kind: K): ServerPayloads[K] {
  const payload = serverPayload(message);
  if (payload?.kind !== kind) throw new Error(`expected ${kind}, got ${payload?.kind ?? 'nothing'}`);
  return payload.value as ServerPayloads[K];
}
