/**
 * traders: players who buy, swap and sell. Bots pair up (tools/loadtest/scenario-mix.ts
 * pairPartners: the traders of one worker, 1st with 2nd, 3rd with 4th, ...) and meet beside
 * the nearest vendor that sells health potions. Every 2-5 s a round: now and then sell the
 * potion in the bag, buy one when there is none, then the lower-numbered partner asks the other
 * to trade (by character name), both offer their potion and a little gold, both confirm, and the
 * exchange completes. The asker keeps the pause between rounds; the other starts its next round
 * at once and waits for the invitation. An odd one out only buys and sells. Measured: each vendor request to its
 * reply (`inventory → reply`), each trade step (request, respond, offer, confirm, cancel) to its
 * reply (`trade step → reply`), and a whole trade from the request to its completion
 * (`trade request → completed`); completed and failed trades are counted.
 * @module
 */
import { ServerError } from '@realmforge/client/node';
import { ErrorCode, TradeEndReason } from '@realmforge/protocol';
import type { BotPlay, Point } from '../../bots/behaviour.ts';
import type { Scenario } from '../scenario.ts';
import { TradeMailbox } from './trade-mailbox.ts';
import type { TradeNews } from './trade-mailbox.ts';
import { nearest, ZONES } from './zone-guide.ts';
import type { VendorPlace } from './zone-guide.ts';

/** What the traders buy, swap and sell: cheap and sold by the vendors beside the start. */
const WARE = 'health_potion';
/** Its buy price, gold (content/items.json): a bot with less only trades gold. */
const WARE_PRICE = 5;
/** Shortest and longest pause between two rounds, ms. */
const ROUND_GAP_MS: readonly [number, number] = [2000, 5000];
/** Chance that a round starts by selling the potion in the bag. */
const SELL_CHANCE = 1 / 3;
/** Most gold offered in one trade. */
const MOST_GOLD = 5;
/** Longest a trade may take from its invitation to its end, ms. */
const TRADE_LIMIT_MS = 15_000;
/** Attempts at asking the partner to trade in one round (they may not be in the world yet). */
const REQUEST_ATTEMPTS = 10;
/** Pause between two attempts, ms (the server allows about one trade request a second). */
const REQUEST_GAP_MS = 1500;
/** Walking speed assumed when waiting to arrive, metres per second (the slowest class). */
const WALK_SPEED = 5;

/** The label of vendor requests' reply latency. */
export const INVENTORY_REPLY = 'inventory → reply';
/** The label of trade steps' reply latency. */
export const TRADE_STEP_REPLY = 'trade step → reply';
/** The label of a whole trade's latency, request to completion. */
export const TRADE_COMPLETED = 'trade request → completed';

/** Refusals a trade step can meet when the partner moved on first (cancelled, timed out, left). */
const TRADE_REFUSALS: readonly ErrorCode[] = [
  ErrorCode.ERROR_CODE_TRADE_NOT_FOUND, ErrorCode.ERROR_CODE_TRADE_REVISION_STALE, ErrorCode.ERROR_CODE_TARGET_OFFLINE,
  ErrorCode.ERROR_CODE_ALREADY_TRADING, ErrorCode.ERROR_CODE_TRADE_OFFER_INVALID,
];
/** Refusals of a trade request while the partner is not there yet or still busy. */
const REQUEST_REFUSALS: readonly ErrorCode[] = [...TRADE_REFUSALS, ErrorCode.ERROR_CODE_TRADE_TOO_FAR, ErrorCode.ERROR_CODE_TOO_MANY_TRADE_REQUESTS];

function endName(reason: TradeEndReason): string {
  return ((TradeEndReason as unknown as Record<number, string | undefined>)[reason] ?? String(reason)).replace(/^TRADE_END_REASON_/, '').toLowerCase();
}

/** One trader: its vendor, its partner and its mailbox. */
class Trader {
  readonly #play: BotPlay;
  readonly #vendor: VendorPlace;
  readonly #mailbox: TradeMailbox;

  constructor(play: BotPlay, vendor: VendorPlace) {
    this.#play = play;
    this.#vendor = vendor;
    this.#mailbox = new TradeMailbox(play.client);
  }

  /** Walks to its side of the vendor and waits until it is there. */
  async meet(asker: boolean): Promise<void> {
    const play = this.#play;
    const spot: Point = { x: this.#vendor.x + (asker ? -1.5 : 1.5), y: this.#vendor.y + 2 };
    play.moveTo(spot.x, spot.y);
    const from = play.entryPosition;
    await play.sleep(500 + (Math.hypot(spot.x - from.x, spot.y - from.y) / WALK_SPEED) * 1000);
  }

  /** One round: maybe sell, make sure of a potion, then trade with the partner if there is one. */
  async round(asker: boolean): Promise<void> {
    const play = this.#play;
    const economy = play.client.economy;
    const potion = (): string | undefined => economy.inventory?.bag?.find((b) => b.item?.templateId === WARE)?.item?.itemId ?? undefined;
    const held = potion();
    if (held !== undefined && play.random() < SELL_CHANCE) {
      await play.ask(INVENTORY_REPLY, (client) => client.economy.sell(this.#vendor.id, held));
    }
    let ware = potion();
    if (ware === undefined && economy.gold >= WARE_PRICE) {
      const bought = await play.ask(INVENTORY_REPLY, (client) => client.economy.buy(this.#vendor.id, WARE, 1));
      if (!(bought instanceof ServerError)) ware = bought.itemId;
    }
    const partner = play.partner;
    if (partner === undefined) return;
    let tradeId: string | undefined;
    const askedAt = performance.now();
    if (asker) {
      for (let attempt = 0; attempt < REQUEST_ATTEMPTS && tradeId === undefined; attempt++) {
        if (attempt > 0) await play.sleep(REQUEST_GAP_MS);
        const requested = await play.ask(TRADE_STEP_REPLY, (client) => client.economy.tradeRequestByName(partner.characterName), REQUEST_REFUSALS);
        if (!(requested instanceof ServerError)) tradeId = requested.tradeId;
      }
    } else {
      const invitation = await this.#mailbox.take((n) => n.kind === 'invitation', TRADE_LIMIT_MS, play.signal);
      if (invitation !== undefined) {
        const accepted = await play.ask(TRADE_STEP_REPLY, (client) => client.economy.tradeRespond(invitation.tradeId, true), REQUEST_REFUSALS);
        if (accepted === true) tradeId = invitation.tradeId;
      }
    }
    if (tradeId === undefined) return;
    const completed = await this.#haggle(tradeId, ware);
    if (completed && asker) {
      play.record(TRADE_COMPLETED, (performance.now() - askedAt) * 1000);
      play.count('trades completed');
    }
  }

  /** Offers, confirms and waits for the end of one open trade; true when it completed. */
  async #haggle(tradeId: string, ware: string | undefined): Promise<boolean> {
    const play = this.#play;
    const gold = Math.min(play.client.economy.gold, 1 + Math.floor(play.random() * MOST_GOLD));
    const deadline = performance.now() + TRADE_LIMIT_MS;
    const ours = (n: TradeNews): boolean => n.tradeId === tradeId && n.kind !== 'invitation';
    let offered = false;
    for (;;) {
      const news = await this.#mailbox.take(ours, deadline - performance.now(), play.signal);
      if (news === undefined) {
        play.count('trades timed out');
        await play.ask(TRADE_STEP_REPLY, (client) => client.economy.tradeCancel(tradeId), TRADE_REFUSALS);
        return false;
      }
      if (news.kind === 'ended') {
        if (news.reason !== TradeEndReason.TRADE_END_REASON_COMPLETED) play.count(`trades ended: ${endName(news.reason)}`);
        return news.reason === TradeEndReason.TRADE_END_REASON_COMPLETED;
      }
      if (news.kind !== 'state') continue;
      const state = news.state;
      if (!offered) {
        const set = await play.ask(TRADE_STEP_REPLY, (client) => client.economy.tradeSetOffer(tradeId, ware === undefined ? [] : [ware], gold), TRADE_REFUSALS);
        if (set instanceof ServerError) return false;
        offered = true;
        continue;
      }
      // Both offers are in once both sides have set theirs: every offer set raises the revision,
      // so from revision 2 on. (Confirming as soon as the other side's offer showed, before our
      // own was in, was refused as stale in every trade: our offer raised the revision after.)
      if (state.iConfirmed || state.revision < 2) continue;
      const confirmed = await play.ask(TRADE_STEP_REPLY, (client) => client.economy.tradeConfirm(tradeId, state.revision), TRADE_REFUSALS);
      if (confirmed === true) return true;
    }
  }
}

/** The vendors of a zone that sell the ware. */
function wareVendors(zone: string): VendorPlace[] {
  return (ZONES.get(zone)?.vendors ?? []).filter((v) => v.stock.includes(WARE));
}

/** The traders scenario. */
export const traders: Scenario = {
  name: 'traders',
  summary: 'trade in pairs beside a vendor: every 2-5 s sell now and then, buy a potion, swap potions and gold (request, offer, confirm both sides, completion); vendor and trade replies timed',
  pairs: true,
  // Returning traders stand at the market, the ware's vendor nearest the spawn (the one fresh
  // traders walk to), so partners meet there as they would in a fresh world.
  warmSpot: (zone, spawn) => {
    const market = nearest(wareVendors(zone), spawn);
    return market === undefined ? undefined : { x: market.x, y: market.y + 2 };
  },
  behaviour: async (play) => {
    // The zone is known once the first (reset) frame arrived; it follows the EnteredWorld reply.
    while (play.client.world.zone === '') await play.sleep(50);
    const vendor = nearest(wareVendors(play.client.world.zone), play.entryPosition);
    if (vendor === undefined) throw new Error(`no vendor sells ${WARE} in zone ${play.client.world.zone}`);
    const trader = new Trader(play, vendor);
    const asker = play.partner === undefined || play.index < play.partner.index;
    await trader.meet(asker);
    while (!play.signal.aborted) {
      // The asker sets the pace; its partner is back at the stall at once, waiting for the next
      // invitation, so a trade's time from request to completion is the exchange's own, not the
      // rest of the partner's pause.
      if (asker) await play.sleep(ROUND_GAP_MS[0] + play.random() * (ROUND_GAP_MS[1] - ROUND_GAP_MS[0]));
      await trader.round(asker);
    }
  },
};
