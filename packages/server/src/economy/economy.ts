/**
 * The economy: characters' inventories and wallets as projections of their ledger streams, and
 * every command that changes them (loot, vendor trade, moving, splitting, merging, equipping,
 * destroying, player trade). A command is decided against the loaded state, its events are
 * applied to a copy (which checks every invariant), appended with the state's version as the
 * expected version, and only after the append is committed does the loaded state change and the
 * command resolve. So a client is told of a change only once it is durable, and two servers
 * writing the same character conflict instead of overwriting each other.
 * @module
 */
import { ErrorCode } from '@realmforge/protocol';
import { newId } from '../ids.ts';
import type { Logger } from '../ops/logger.ts';
import { KeyedLock } from '../session/keyed-lock.ts';
import { RequestError } from '../session/request-error.ts';
import type { StreamAppend } from '../store/event-store.ts';
import { StreamVersionConflictError } from '../store/event-store.ts';
import type { Store } from '../store/store.ts';
import type { EquippedStats } from './equipment-stats.ts';
import { equippedStats } from './equipment-stats.ts';
import type { InventoryState } from './inventory.ts';
import { applyEvent, BAG_SLOTS, bagSlotOf, cloneInventory, MAX_GOLD, serializeInventory } from './inventory.ts';
import type { EquipmentSlotName, ItemCatalog, ItemTemplate } from './item-catalog.ts';
import type { EconomySource, ItemInstance, LedgerEvent } from './ledger-events.ts';
import { characterStream, encodeEvent } from './ledger-events.ts';
import { replayInventory } from './ledger-replay.ts';
import type { LootRandom } from './loot.ts';
import { rollLoot } from './loot.ts';
import { placeNewUnits } from './stacking.ts';
import { planExchange } from './trade-exchange.ts';
import type { TradeSide } from './trade-exchange.ts';

/** Events between snapshots of a character's stream. */
export const SNAPSHOT_EVERY = 100;

/** Gold a new character starts with, so it can buy its first things. */
export const STARTER_GOLD = 100;

/** Settings of the economy. */
export interface EconomyOptions {
  /** Logger for background failures (snapshots). */
  readonly log: Logger;
  /** Bag slots of every character; {@link BAG_SLOTS} when omitted. */
  readonly bagSize?: number;
  /** Events between snapshots; {@link SNAPSHOT_EVERY} when omitted. */
  readonly snapshotEvery?: number;
  /** Wall clock, ms since the epoch; `Date.now` when omitted. */
  readonly now?: () => number;
  /** Gold given once to a character whose ledger is empty when it enters the world; 0 when omitted. */
  readonly starterGold?: number;
}

/** Told after a character's inventory changed (its events are durable). */
export type InventoryListener = (characterId: string, state: InventoryState) => void;

/** Told after loot was granted. */
export type LootListener = (characterId: string, grant: LootGrant) => void;

/** What a loot grant created. */
export interface LootGrant {
  /** The bag stacks that received the loot, as they now are (a stack it joined shows its new count). */
  readonly items: readonly ItemInstance[];
  /** Gold added. */
  readonly gold: number;
  /** Items rolled that the bag had no room for (not created). */
  readonly itemsLeftBehind: number;
  /** True when this operation id was applied before; nothing was added now. */
  readonly duplicate: boolean;
}

/** What one decision produces: the events per character and the command's result. */
interface Decision<T> {
  readonly events: ReadonlyMap<string, readonly LedgerEvent[]>;
  readonly result: T;
}

function fail(code: ErrorCode, message: string): never {
  throw new RequestError(code, message);
}

function requireBagItem(state: InventoryState, itemId: string): { slot: number; item: ItemInstance } {
  const slot = bagSlotOf(state, itemId);
  const item = state.bag[slot];
  if (slot < 0 || item == null) fail(ErrorCode.ERROR_CODE_ITEM_NOT_FOUND, 'no such item in your bag');
  return { slot, item };
}

function requireSlot(state: InventoryState, slot: number): void {
  if (!Number.isInteger(slot) || slot < 0 || slot >= state.bag.length) fail(ErrorCode.ERROR_CODE_BAG_SLOT_INVALID, `bag slots are 0..${state.bag.length - 1}`);
}

function requireEmptySlot(state: InventoryState, slot: number): void {
  requireSlot(state, slot);
  if (state.bag[slot] !== null) fail(ErrorCode.ERROR_CODE_BAG_SLOT_OCCUPIED, `bag slot ${slot} is occupied`);
}

/** Inventories of the characters in the world, and the commands that change them. */
export class Economy {
  /** Item templates and loot tables. */
  readonly catalog: ItemCatalog;
  readonly #store: Store;
  readonly #log: Logger;
  readonly #bagSize: number;
  readonly #snapshotEvery: number;
  readonly #now: () => number;
  readonly #starterGold: number;
  readonly #loaded = new Map<string, InventoryState>();
  readonly #loading = new Map<string, Promise<InventoryState>>();
  readonly #lock = new KeyedLock();
  readonly #changeListeners: InventoryListener[] = [];
  readonly #lootListeners: LootListener[] = [];

  /**
   * @param store - where the ledger is kept
   * @param catalog - item templates and loot tables
   * @param options - logger, bag size, snapshot interval, clock
   */
  constructor(store: Store, catalog: ItemCatalog, options: EconomyOptions) {
    this.#store = store;
    this.catalog = catalog;
    this.#log = options.log;
    this.#bagSize = options.bagSize ?? BAG_SLOTS;
    this.#snapshotEvery = options.snapshotEvery ?? SNAPSHOT_EVERY;
    this.#now = options.now ?? Date.now;
    this.#starterGold = options.starterGold ?? 0;
  }

  /**
   * Loads the inventory of a character entering the world. A character with an empty ledger
   * gets the starter gold first, under the operation id `starter:<id>`, so it is given once
   * however often this runs.
   */
  async enter(characterId: string): Promise<InventoryState> {
    const state = await this.load(characterId);
    if (state.version > 0 || this.#starterGold === 0) return state;
    await this.grant(characterId, [], this.#starterGold, 'starter', `starter:${characterId}`);
    return this.load(characterId);
  }

  /** Calls `listener` after every durable change of a loaded inventory. */
  onChange(listener: InventoryListener): void {
    this.#changeListeners.push(listener);
  }

  /** Calls `listener` after every loot grant. */
  onLoot(listener: LootListener): void {
    this.#lootListeners.push(listener);
  }

  /**
   * Loads a character's inventory (snapshot plus later events) and keeps it loaded until
   * {@link unload}. Loading twice shares the first load.
   */
  load(characterId: string): Promise<InventoryState> {
    const loaded = this.#loaded.get(characterId);
    if (loaded !== undefined) return Promise.resolve(loaded);
    let loading = this.#loading.get(characterId);
    if (loading === undefined) {
      loading = replayInventory(this.#store, characterId, { bagSize: this.#bagSize }).then((state) => {
        if (this.#loading.get(characterId) === loading) this.#loaded.set(characterId, state);
        return state;
      }).finally(() => {
        if (this.#loading.get(characterId) === loading) this.#loading.delete(characterId);
      });
      this.#loading.set(characterId, loading);
    }
    return loading;
  }

  /** Forgets a character's loaded inventory once the commands already queued for it are done. */
  async unload(characterId: string): Promise<void> {
    this.#loading.delete(characterId);
    await this.#lock.run(characterId, () => {
      this.#loaded.delete(characterId);
      return Promise.resolve();
    });
  }

  /** The loaded inventory, or undefined when the character is not loaded. Do not modify it. */
  inventory(characterId: string): InventoryState | undefined {
    return this.#loaded.get(characterId);
  }

  /** The sum of the stat bonuses of what the character wears (zeros when not loaded). */
  equippedStats(characterId: string): EquippedStats {
    const state = this.#loaded.get(characterId);
    return equippedStats(state ?? { bag: [], equipment: {}, gold: 0, version: 0 }, this.catalog);
  }

  /** The template, or ITEM_NOT_FOUND. */
  template(templateId: string): ItemTemplate {
    return this.catalog.items.get(templateId) ?? fail(ErrorCode.ERROR_CODE_ITEM_NOT_FOUND, `no item template "${templateId}"`);
  }

  /**
   * Rolls a loot table and gives the drop to the character: items join stacks of their kind
   * and then free bag slots (what does not fit is left behind), gold into the wallet, recorded
   * with source `loot`. The NPC death path calls it; `operationId` (e.g. derived from the kill)
   * makes a retry harmless.
   */
  async grantLoot(characterId: string, lootTableId: string, random: LootRandom, operationId: string = newId()): Promise<LootGrant> {
    const table = this.catalog.lootTables.get(lootTableId);
    if (table === undefined) throw new Error(`no loot table "${lootTableId}"`);
    const drop = rollLoot(table, random);
    const grant = await this.grant(characterId, drop.items, drop.gold, 'loot', operationId);
    if (!grant.duplicate) for (const listener of this.#lootListeners) listener(characterId, grant);
    return grant;
  }

  /**
   * Creates items and gold from a recorded source (loot, vendor, quest, admin). Each entry's
   * units join non-full stacks of the same template first, then take a free slot; units with
   * no room are left behind; gold above the wallet's limit is not created.
   */
  async grant(characterId: string, items: readonly { templateId: string; count: number }[], gold: number, source: EconomySource, operationId: string = newId()): Promise<LootGrant> {
    const outcome = await this.#change([characterId], (states) => {
      const state = states[0] as InventoryState;
      const next = cloneInventory(state);
      const events: LedgerEvent[] = [];
      const touched = new Map<string, ItemInstance>();
      let leftBehind = 0;
      for (const { templateId, count } of items) {
        const template = this.template(templateId);
        if (!Number.isSafeInteger(count) || count < 1 || count > template.maxStack) throw new Error(`cannot create ${count} of ${templateId}`);
        const placement = placeNewUnits(next, template, count, source, newId());
        events.push(...placement.events);
        for (const stack of placement.stacks) touched.set(stack.id, stack);
        if (placement.leftOver > 0) leftBehind += 1;
      }
      const goldAdded = Math.min(gold, MAX_GOLD - state.gold);
      if (goldAdded > 0) events.push({ type: 'GoldCreated', amount: goldAdded, source });
      // A stack two entries joined is reported once, as it ended up.
      const stacks = [...touched.keys()].map((id) => next.bag[bagSlotOf(next, id)]).filter((item) => item != null);
      return { events: new Map([[characterId, events]]), result: { items: stacks, gold: goldAdded, itemsLeftBehind: leftBehind } };
    }, operationId);
    return outcome.duplicate ? { items: [], gold: 0, itemsLeftBehind: 0, duplicate: true } : { ...outcome.result, duplicate: false };
  }

  /** Moves a bag item to a bag slot: empty → move; same template → merge what fits; else swap. */
  async moveItem(characterId: string, itemId: string, toSlot: number): Promise<void> {
    await this.#changeOne(characterId, (state) => {
      const { slot, item } = requireBagItem(state, itemId);
      requireSlot(state, toSlot);
      if (slot === toSlot) return [];
      const target = state.bag[toSlot];
      if (target != null && target.templateId === item.templateId) {
        const room = this.template(item.templateId).maxStack - target.count;
        if (room < 1) fail(ErrorCode.ERROR_CODE_STACK_COUNT_INVALID, 'that stack is full');
        return [{ type: 'StackMerged', fromItemId: itemId, intoItemId: target.id, count: Math.min(room, item.count) }];
      }
      return [{ type: 'ItemMoved', itemId, toSlot }];
    });
  }

  /** Splits `count` off a stack into an empty slot; resolves with the new item's id. */
  async splitStack(characterId: string, itemId: string, count: number, toSlot: number): Promise<string> {
    const newItemId = newId();
    await this.#changeOne(characterId, (state) => {
      const { item } = requireBagItem(state, itemId);
      if (!Number.isSafeInteger(count) || count < 1 || count >= item.count) fail(ErrorCode.ERROR_CODE_STACK_COUNT_INVALID, `split 1..${item.count - 1}`);
      requireEmptySlot(state, toSlot);
      return [{ type: 'StackSplit', itemId, newItemId, count, toSlot }];
    });
    return newItemId;
  }

  /** Equips a bag item; what was worn in its slot takes the item's bag slot. */
  async equip(characterId: string, itemId: string): Promise<void> {
    await this.#changeOne(characterId, (state) => {
      const { item } = requireBagItem(state, itemId);
      const slot = this.template(item.templateId).slot;
      if (slot === 'none') fail(ErrorCode.ERROR_CODE_ITEM_NOT_EQUIPPABLE, 'that item cannot be worn');
      return [{ type: 'ItemEquipped', itemId, equipSlot: slot }];
    });
  }

  /** Takes off what is worn in `equipSlot` into an empty bag slot. */
  async unequip(characterId: string, equipSlot: EquipmentSlotName, toSlot: number): Promise<void> {
    await this.#changeOne(characterId, (state) => {
      if (state.equipment[equipSlot] === undefined) fail(ErrorCode.ERROR_CODE_ITEM_NOT_FOUND, 'nothing is worn there');
      requireEmptySlot(state, toSlot);
      return [{ type: 'ItemUnequipped', equipSlot, toSlot }];
    });
  }

  /** Destroys a bag item (sink `destroy`, or `drop`). */
  async destroy(characterId: string, itemId: string, sink: 'destroy' | 'drop' = 'destroy'): Promise<void> {
    await this.#changeOne(characterId, (state) => {
      requireBagItem(state, itemId);
      return [{ type: 'ItemDestroyed', itemId, sink }];
    });
  }

  /**
   * Buys `count` of a template for its buy price each: gold goes to the vendor sink, the units
   * come from the vendor source, joining non-full stacks of the template before taking a free
   * slot (BAG_FULL, and nothing bought, when they do not all fit). Resolves with the bag item
   * that received the first units (a stack joined, or the new item) and the price paid. The
   * caller checks the vendor sells it and is near.
   */
  async buy(characterId: string, templateId: string, count: number): Promise<{ itemId: string; price: number }> {
    const template = this.template(templateId);
    if (!Number.isSafeInteger(count) || count < 1 || count > template.maxStack) fail(ErrorCode.ERROR_CODE_STACK_COUNT_INVALID, `buy 1..${template.maxStack}`);
    const price = template.buyPrice * count;
    const outcome = await this.#change([characterId], (states) => {
      const state = states[0] as InventoryState;
      if (state.gold < price) fail(ErrorCode.ERROR_CODE_NOT_ENOUGH_GOLD, `that costs ${price} gold`);
      const next = cloneInventory(state);
      const events: LedgerEvent[] = [];
      if (price > 0) {
        const paid: LedgerEvent = { type: 'GoldDestroyed', amount: price, sink: 'vendor' };
        applyEvent(next, paid);
        events.push(paid);
      }
      const placement = placeNewUnits(next, template, count, 'vendor', newId());
      if (placement.leftOver > 0) fail(ErrorCode.ERROR_CODE_BAG_FULL, 'your bag is full');
      events.push(...placement.events);
      return { events: new Map([[characterId, events]]), result: placement.stacks[0]?.id ?? '' };
    });
    return { itemId: outcome.result, price };
  }

  /** Sells a whole bag item for its sell price times its count; resolves with the gold paid. */
  async sell(characterId: string, itemId: string): Promise<number> {
    let price = 0;
    await this.#changeOne(characterId, (state) => {
      const { item } = requireBagItem(state, itemId);
      price = this.template(item.templateId).sellPrice * item.count;
      if (state.gold + price > MAX_GOLD) fail(ErrorCode.ERROR_CODE_GOLD_LIMIT, 'your wallet is full');
      const events: LedgerEvent[] = [{ type: 'ItemDestroyed', itemId, sink: 'vendor' }];
      if (price > 0) events.push({ type: 'GoldCreated', amount: price, source: 'vendor' });
      return events;
    });
    return price;
  }

  /**
   * Exchanges two trade offers in one transaction across both characters' streams, with the
   * operation id `trade:<tradeId>`: a retried commit resolves `duplicate` and applies nothing.
   */
  async exchange(tradeId: string, a: TradeSide, b: TradeSide): Promise<'completed' | 'duplicate'> {
    const outcome = await this.#change([a.characterId, b.characterId], (states) => {
      const [stateA, stateB] = states as [InventoryState, InventoryState];
      const plan = planExchange(tradeId, { side: a, state: stateA }, { side: b, state: stateB });
      return { events: new Map([[a.characterId, plan.a], [b.characterId, plan.b]]), result: undefined };
    }, `trade:${tradeId}`);
    return outcome.duplicate ? 'duplicate' : 'completed';
  }

  async #changeOne(characterId: string, decide: (state: InventoryState) => LedgerEvent[]): Promise<void> {
    await this.#change([characterId], (states) => ({ events: new Map([[characterId, decide(states[0] as InventoryState)]]), result: undefined }));
  }

  /**
   * Runs one command for the characters (locked in id order, so two commands on the same pair
   * cannot deadlock), appends its events in one transaction and, once committed, installs the
   * new states and tells the listeners.
   */
  async #change<T>(characterIds: readonly string[], decide: (states: readonly InventoryState[]) => Decision<T>, operationId: string = newId()): Promise<{ result: T; duplicate: boolean }> {
    // Each id once: a lock taken twice by one command would wait on itself.
    const order = [...new Set(characterIds)].sort();
    const locked = (i: number): Promise<{ result: T; duplicate: boolean }> => {
      const id = order[i];
      if (id === undefined) return this.#decideAndAppend(characterIds, decide, operationId);
      return this.#lock.run(id, () => locked(i + 1));
    };
    return locked(0);
  }

  async #decideAndAppend<T>(characterIds: readonly string[], decide: (states: readonly InventoryState[]) => Decision<T>, operationId: string): Promise<{ result: T; duplicate: boolean }> {
    const states = await Promise.all(characterIds.map((id) => this.load(id)));
    const { events, result } = decide(states);
    const appends: StreamAppend[] = [];
    const next = new Map<string, InventoryState>();
    for (const [i, id] of characterIds.entries()) {
      const state = states[i] as InventoryState;
      const list = events.get(id) ?? [];
      if (list.length === 0) continue;
      const after = cloneInventory(state);
      for (const event of list) applyEvent(after, event); // a LedgerViolation here is a bug: nothing is written
      after.version = state.version + list.length;
      next.set(id, after);
      appends.push({ stream: characterStream(id), expectedVersion: state.version, events: list.map(encodeEvent) });
    }
    if (appends.length === 0) return { result, duplicate: false };
    let outcome;
    try {
      outcome = await this.#store.appendEvents({ operationId, appends, recordedAt: this.#now() });
    } catch (error) {
      if (!(error instanceof StreamVersionConflictError)) throw error;
      // Another writer moved a stream on: reload what changed and let the player try again.
      for (const id of characterIds) this.#forget(id, states[characterIds.indexOf(id)]);
      fail(ErrorCode.ERROR_CODE_ECONOMY_BUSY, 'your inventory changed elsewhere; try again');
    }
    if (outcome === 'duplicate') {
      for (const id of characterIds) this.#forget(id, states[characterIds.indexOf(id)]);
      return { result, duplicate: true };
    }
    for (const [id, after] of next) {
      const before = states[characterIds.indexOf(id)] as InventoryState;
      if (this.#loaded.get(id) === before) this.#loaded.set(id, after);
      this.#maybeSnapshot(id, before.version, after);
      for (const listener of this.#changeListeners) listener(id, after);
    }
    return { result, duplicate: false };
  }

  /** Drops a stale loaded state so the next command reloads it from the store. */
  #forget(characterId: string, stale: InventoryState | undefined): void {
    if (this.#loaded.get(characterId) === stale) this.#loaded.delete(characterId);
  }

  /**
   * Saves a snapshot of the state when the command crossed a multiple of `snapshotEvery`. Not
   * awaited by the command: its events are durable once appended, and the player's answer does
   * not wait for a second commit (a snapshot only makes a later replay shorter). The state is
   * serialized now, and the store runs its calls in order, so a later command's append cannot
   * overtake it.
   */
  #maybeSnapshot(characterId: string, before: number, after: InventoryState): void {
    if (Math.floor(before / this.#snapshotEvery) === Math.floor(after.version / this.#snapshotEvery)) return;
    this.#store.saveSnapshot({ stream: characterStream(characterId), version: after.version, state: serializeInventory(after) }).catch((error: unknown) => {
      // The events are durable; a missing snapshot only makes the next replay longer.
      this.#log.warn({ err: error, characterId }, 'saving an inventory snapshot failed');
    });
  }
}
