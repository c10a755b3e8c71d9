/**
 * Player-to-player trade. A player asks a nearby character; the other accepts; both set offers
 * (whole bag items and gold); every offer change raises the trade's revision and clears both
 * confirmations; when both confirmed the same revision the exchange is saved through
 * {@link Economy.exchange}: both characters' ledger streams in one transaction, with the
 * operation id `trade:<id>` so a retried commit never applies twice. Leaving the world, moving
 * apart, dying or cancelling ends a trade; nothing of it was saved unless it completed.
 *
 * An offer follows its owner's inventory: when an offered item leaves the bag (sold, destroyed,
 * equipped, merged into another stack, traded) the offer drops it, when its count changes or the
 * wallet falls below the gold offered the offer shows what is there now, and either way the
 * revision rises and both confirmations clear at once, so a trade is never confirmed for goods
 * that are gone and then fails at commit.
 *
 * Trades live in memory (a restart ends the open ones, which lose nothing). Bounded: one open
 * trade per player, a few pending invitations per player, invitations lapse.
 * @module
 */
import { encodeServerMessage, ErrorCode, TradeEndReason } from '@realmforge/protocol';
import type { ServerMessageInit } from '@realmforge/protocol';
import type { Economy } from '../economy/economy.ts';
import type { InventoryState } from '../economy/inventory.ts';
import { bagSlotOf } from '../economy/inventory.ts';
import { newId } from '../ids.ts';
import { RequestError } from '../session/request-error.ts';
import { openLink } from '../social/push-link.ts';
import type { LinkLookup } from '../social/push-link.ts';
import type { PlayerEntity } from '../world/player-entity.ts';
import type { World } from '../world/world.ts';

/** How near two traders must stay, metres. */
export const TRADE_RANGE = 10;
/** How long an invitation stands, ms. */
export const TRADE_INVITATION_MS = 30_000;
/** Invitations one player may have pending, sent and received each. */
export const MAX_PENDING_TRADES = 3;
/** Items one side may offer. */
export const MAX_OFFERED_ITEMS = 12;

/** Why a trade ends, as the death path and the world name it. */
export type TradeEndCause = 'cancelled' | 'left' | 'out_of_range' | 'died' | 'failed' | 'declined' | 'completed';

const endReasons: Readonly<Record<TradeEndCause, TradeEndReason>> = {
  completed: TradeEndReason.TRADE_END_REASON_COMPLETED,
  cancelled: TradeEndReason.TRADE_END_REASON_CANCELLED,
  left: TradeEndReason.TRADE_END_REASON_LEFT,
  out_of_range: TradeEndReason.TRADE_END_REASON_OUT_OF_RANGE,
  died: TradeEndReason.TRADE_END_REASON_DIED,
  failed: TradeEndReason.TRADE_END_REASON_FAILED,
  declined: TradeEndReason.TRADE_END_REASON_DECLINED,
};

interface TradeSideState {
  readonly characterId: string;
  readonly name: string;
  itemIds: string[];
  /** The count of each offered item when it was offered or last seen, by item id. */
  counts: Map<string, number>;
  gold: number;
  confirmed: boolean;
}

interface Trade {
  readonly id: string;
  readonly a: TradeSideState;
  readonly b: TradeSideState;
  /** invited: waiting for b; open: offers being made; committing: the exchange is being saved. */
  phase: 'invited' | 'open' | 'committing';
  revision: number;
  readonly expiresAt: number;
}

/** Settings of the trade service. */
export interface TradeOptions {
  /** Wall clock, ms; `Date.now` when omitted. */
  readonly now?: () => number;
}

function side(player: PlayerEntity): TradeSideState {
  return { characterId: player.id, name: player.name, itemIds: [], counts: new Map(), gold: 0, confirmed: false };
}

function notFound(): never {
  throw new RequestError(ErrorCode.ERROR_CODE_TRADE_NOT_FOUND, 'no such trade');
}

/** What the trade service needs of the world: the traders by character id. */
export type TradeWorld = Pick<World, 'get'>;

/** What the trade service needs of the economy: inventories, their changes, the exchange. */
export type TradeEconomy = Pick<Economy, 'inventory' | 'onChange' | 'exchange'>;

/** Open trades and invitations of one world. */
export class TradeService {
  readonly #world: TradeWorld;
  readonly #economy: TradeEconomy;
  readonly #links: LinkLookup;
  readonly #now: () => number;
  readonly #trades = new Map<string, Trade>();
  /** Character id → the ids of every trade (invited or open) it takes part in. */
  readonly #byCharacter = new Map<string, Set<string>>();

  /**
   * @param world - where the traders are
   * @param economy - whose ledger saves the exchange
   * @param links - finds a character's session for pushes
   * @param options - clock
   */
  constructor(world: TradeWorld, economy: TradeEconomy, links: LinkLookup, options: TradeOptions = {}) {
    this.#world = world;
    this.#economy = economy;
    this.#links = links;
    this.#now = options.now ?? Date.now;
    economy.onChange((characterId, state) => {
      this.#inventoryChanged(characterId, state);
    });
  }

  /** Trades and invitations in memory, for metrics and tests. */
  get size(): number {
    return this.#trades.size;
  }

  /**
   * Asks `targetId` to trade. TRADE_TOO_FAR when not near, ALREADY_TRADING when either has an
   * open trade, TOO_MANY_TRADE_REQUESTS past the pending bound, TARGET_OFFLINE when not in the world.
   */
  request(requester: PlayerEntity, targetId: string): { tradeId: string; expiresAt: number } {
    const target = this.#world.get(targetId);
    if (target === undefined || target.id === requester.id) throw new RequestError(ErrorCode.ERROR_CODE_TARGET_OFFLINE, 'that character is not here');
    this.#requireNear(requester, target);
    if (this.#openTradeOf(requester.id) !== undefined || this.#openTradeOf(target.id) !== undefined) {
      throw new RequestError(ErrorCode.ERROR_CODE_ALREADY_TRADING, 'one of you is already trading');
    }
    if (this.#pending(requester.id) >= MAX_PENDING_TRADES || this.#pending(target.id) >= MAX_PENDING_TRADES) {
      throw new RequestError(ErrorCode.ERROR_CODE_TOO_MANY_TRADE_REQUESTS, 'too many trade requests are pending');
    }
    const trade: Trade = { id: newId(), a: side(requester), b: side(target), phase: 'invited', revision: 0, expiresAt: this.#now() + TRADE_INVITATION_MS };
    this.#add(trade);
    this.#push(target.id, {
      tradeInvitation: { tradeId: trade.id, requesterCharacterId: requester.id, requesterName: requester.name, expiresAtMs: trade.expiresAt },
    });
    return { tradeId: trade.id, expiresAt: trade.expiresAt };
  }

  /** Accepts (opens the trade, TradeState to both) or declines an invitation; true when opened. */
  respond(player: PlayerEntity, tradeId: string, accept: boolean): boolean {
    const trade = this.#trades.get(tradeId);
    if (trade?.phase !== 'invited' || trade.b.characterId !== player.id) notFound();
    if (!accept) {
      this.#end(trade, 'declined');
      return false;
    }
    const requester = this.#world.get(trade.a.characterId);
    if (requester === undefined) {
      this.#end(trade, 'left');
      throw new RequestError(ErrorCode.ERROR_CODE_TARGET_OFFLINE, 'they left');
    }
    this.#requireNear(player, requester);
    if (this.#openTradeOf(player.id) !== undefined || this.#openTradeOf(requester.id) !== undefined) {
      throw new RequestError(ErrorCode.ERROR_CODE_ALREADY_TRADING, 'one of you is already trading');
    }
    trade.phase = 'open';
    // The other invitations of both players lapse: one open trade each.
    for (const id of [trade.a.characterId, trade.b.characterId]) {
      for (const other of [...(this.#byCharacter.get(id) ?? [])]) {
        const pending = this.#trades.get(other);
        if (pending !== undefined && pending !== trade) this.#end(pending, 'cancelled');
      }
    }
    this.#pushState(trade);
    return true;
  }

  /** Replaces the player's offer; clears both confirmations; resolves with the new revision. */
  setOffer(player: PlayerEntity, tradeId: string, itemIds: readonly string[], gold: number): number {
    const trade = this.#open(player, tradeId);
    if (trade.phase === 'committing') throw new RequestError(ErrorCode.ERROR_CODE_TRADE_OFFER_INVALID, 'the trade is being saved');
    if (itemIds.length > MAX_OFFERED_ITEMS || new Set(itemIds).size !== itemIds.length) {
      throw new RequestError(ErrorCode.ERROR_CODE_TRADE_OFFER_INVALID, `offer up to ${MAX_OFFERED_ITEMS} different items`);
    }
    const inventory = this.#economy.inventory(player.id);
    if (inventory === undefined) throw new RequestError(ErrorCode.ERROR_CODE_ECONOMY_BUSY, 'your inventory is still loading');
    if (itemIds.some((id) => bagSlotOf(inventory, id) < 0)) throw new RequestError(ErrorCode.ERROR_CODE_TRADE_OFFER_INVALID, 'offer items from your bag');
    if (!Number.isSafeInteger(gold) || gold < 0 || gold > inventory.gold) throw new RequestError(ErrorCode.ERROR_CODE_NOT_ENOUGH_GOLD, 'you do not have that much gold');
    const mine = trade.a.characterId === player.id ? trade.a : trade.b;
    mine.itemIds = [...itemIds];
    mine.counts = new Map(itemIds.map((id) => [id, inventory.bag[bagSlotOf(inventory, id)]?.count ?? 0]));
    mine.gold = gold;
    this.#revise(trade);
    return trade.revision;
  }

  /**
   * Confirms both offers as of `revision` (TRADE_REVISION_STALE when they changed since). When
   * both confirmed, saves the exchange and resolves true only after it is durable; a failed
   * save ends the trade (TRADE_FAILED) with nothing applied.
   */
  async confirm(player: PlayerEntity, tradeId: string, revision: number): Promise<boolean> {
    const trade = this.#open(player, tradeId);
    if (trade.phase === 'committing') return false;
    if (revision !== trade.revision) throw new RequestError(ErrorCode.ERROR_CODE_TRADE_REVISION_STALE, 'the offers changed; look again');
    const mine = trade.a.characterId === player.id ? trade.a : trade.b;
    mine.confirmed = true;
    if (!(trade.a.confirmed && trade.b.confirmed)) {
      this.#pushState(trade);
      return false;
    }
    trade.phase = 'committing';
    try {
      await this.#economy.exchange(trade.id, trade.a, trade.b);
    } catch (error) {
      this.#end(trade, 'failed');
      throw error instanceof RequestError ? error : new RequestError(ErrorCode.ERROR_CODE_TRADE_FAILED, 'the trade could not be saved');
    }
    this.#end(trade, 'completed');
    return true;
  }

  /** Cancels the player's trade or invitation (either side). */
  cancel(player: PlayerEntity, tradeId: string): void {
    const trade = this.#trades.get(tradeId);
    if (trade === undefined || (trade.a.characterId !== player.id && trade.b.characterId !== player.id)) notFound();
    if (trade.phase === 'committing') throw new RequestError(ErrorCode.ERROR_CODE_TRADE_OFFER_INVALID, 'the trade is being saved');
    this.#end(trade, 'cancelled');
  }

  /**
   * Ends every trade and invitation of the character (death, logout, leaving the world). A
   * trade already being saved is left to finish: its outcome is decided by the store.
   */
  cancelFor(characterId: string, cause: TradeEndCause): void {
    for (const tradeId of [...(this.#byCharacter.get(characterId) ?? [])]) {
      const trade = this.#trades.get(tradeId);
      if (trade !== undefined && trade.phase !== 'committing') this.#end(trade, cause);
    }
  }

  /** Ends lapsed invitations and trades whose players moved apart (a timer calls it). */
  sweep(): void {
    const now = this.#now();
    for (const trade of [...this.#trades.values()]) {
      if (trade.phase === 'committing') continue;
      if (trade.phase === 'invited' && now >= trade.expiresAt) {
        this.#end(trade, 'cancelled');
        continue;
      }
      const a = this.#world.get(trade.a.characterId);
      const b = this.#world.get(trade.b.characterId);
      if (a === undefined || b === undefined) this.#end(trade, 'left');
      else if (!this.#near(a, b)) this.#end(trade, 'out_of_range');
    }
  }

  /**
   * A durable change of a trader's inventory: the open offer of that trader keeps only what is
   * still in the bag, at its current count, and no more gold than the wallet holds. A trade
   * being saved is left alone (its own exchange is one of these changes).
   */
  #inventoryChanged(characterId: string, state: InventoryState): void {
    const trade = this.#openTradeOf(characterId);
    if (trade?.phase !== 'open') return;
    const mine = trade.a.characterId === characterId ? trade.a : trade.b;
    let changed = false;
    const kept: string[] = [];
    for (const itemId of mine.itemIds) {
      const count = state.bag[bagSlotOf(state, itemId)]?.count;
      if (count === undefined) {
        mine.counts.delete(itemId);
        changed = true;
        continue;
      }
      if (mine.counts.get(itemId) !== count) {
        mine.counts.set(itemId, count);
        changed = true;
      }
      kept.push(itemId);
    }
    if (mine.gold > state.gold) {
      mine.gold = state.gold;
      changed = true;
    }
    if (!changed) return;
    mine.itemIds = kept;
    this.#revise(trade);
  }

  /** The offers changed: a new revision, both confirmations cleared, both players told. */
  #revise(trade: Trade): void {
    trade.revision += 1;
    trade.a.confirmed = false;
    trade.b.confirmed = false;
    this.#pushState(trade);
  }

  #near(a: PlayerEntity, b: PlayerEntity): boolean {
    return a.zone === b.zone && Math.hypot(a.x - b.x, a.y - b.y) <= TRADE_RANGE;
  }

  #requireNear(a: PlayerEntity, b: PlayerEntity): void {
    if (!this.#near(a, b)) throw new RequestError(ErrorCode.ERROR_CODE_TRADE_TOO_FAR, `stand within ${TRADE_RANGE} m to trade`);
  }

  #open(player: PlayerEntity, tradeId: string): Trade {
    const trade = this.#trades.get(tradeId);
    if (trade === undefined || trade.phase === 'invited' || (trade.a.characterId !== player.id && trade.b.characterId !== player.id)) notFound();
    return trade;
  }

  #openTradeOf(characterId: string): Trade | undefined {
    for (const id of this.#byCharacter.get(characterId) ?? []) {
      const trade = this.#trades.get(id);
      if (trade !== undefined && trade.phase !== 'invited') return trade;
    }
    return undefined;
  }

  #pending(characterId: string): number {
    return this.#byCharacter.get(characterId)?.size ?? 0;
  }

  #add(trade: Trade): void {
    this.#trades.set(trade.id, trade);
    for (const id of [trade.a.characterId, trade.b.characterId]) {
      let set = this.#byCharacter.get(id);
      if (set === undefined) {
        set = new Set();
        this.#byCharacter.set(id, set);
      }
      set.add(trade.id);
    }
  }

  #end(trade: Trade, cause: TradeEndCause): void {
    if (!this.#trades.delete(trade.id)) return;
    for (const id of [trade.a.characterId, trade.b.characterId]) {
      const set = this.#byCharacter.get(id);
      set?.delete(trade.id);
      if (set?.size === 0) this.#byCharacter.delete(id);
    }
    const bytes = encodeServerMessage({ requestId: 0, tradeEnded: { tradeId: trade.id, reason: endReasons[cause] } });
    for (const id of [trade.a.characterId, trade.b.characterId]) this.#deliver(id, bytes);
  }

  #pushState(trade: Trade): void {
    for (const [me, them] of [[trade.a, trade.b], [trade.b, trade.a]] as const) {
      this.#push(me.characterId, {
        tradeState: {
          tradeId: trade.id,
          partnerCharacterId: them.characterId,
          partnerName: them.name,
          myOffer: this.#offer(me),
          theirOffer: this.#offer(them),
          iConfirmed: me.confirmed,
          theyConfirmed: them.confirmed,
          revision: trade.revision,
        },
      });
    }
  }

  #offer(side: TradeSideState): { items: { itemId: string; templateId: string; count: number }[]; gold: number } {
    const inventory = this.#economy.inventory(side.characterId);
    const items = side.itemIds.flatMap((itemId) => {
      const item = inventory?.bag[bagSlotOf(inventory, itemId)];
      return item == null ? [] : [{ itemId: item.id, templateId: item.templateId, count: item.count }];
    });
    return { items, gold: side.gold };
  }

  #push(characterId: string, message: Omit<ServerMessageInit, 'requestId'>): void {
    this.#deliver(characterId, encodeServerMessage({ requestId: 0, ...message }));
  }

  #deliver(characterId: string, bytes: Uint8Array): void {
    const player = this.#world.get(characterId);
    if (player !== undefined) openLink(this.#links, player)?.deliverPush(bytes);
  }
}
