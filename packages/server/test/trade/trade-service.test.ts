/**
 * TradeService on its own: players are PlayerEntity objects in a map standing in for the world,
 * the economy is the real one on an in-memory store, pushes are decoded from the bytes the
 * service hands each player's link, and the clock is a number the test moves. Covers offer
 * revisions, confirmations clearing, an offer following its owner's inventory (an item sold,
 * destroyed, equipped, merged, a stack grown, the wallet emptied), the bounds, the invitation
 * timeout, and every way a trade ends.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CharacterClass, decodeServerMessage, ErrorCode, serverPayload, TradeEndReason } from '@realmforge/protocol';
import type { ServerPayloads } from '@realmforge/protocol';
import type { Economy } from '../../src/economy/economy.ts';
import { auditLedger } from '../../src/economy/ledger-audit.ts';
import { RequestError } from '../../src/session/request-error.ts';
import type { TradeEndCause } from '../../src/trade/trade-service.ts';
import { MAX_OFFERED_ITEMS, MAX_PENDING_TRADES, TRADE_INVITATION_MS, TRADE_RANGE, TradeService } from '../../src/trade/trade-service.ts';
import { PlayerEntity } from '../../src/world/player-entity.ts';
import type { Store } from '../../src/store/store.ts';
import { economyFixture } from '../economy/economy-fixture.ts';

/** What one player was pushed. */
interface Inbox {
  readonly states: ServerPayloads['tradeState'][];
  readonly ended: ServerPayloads['tradeEnded'][];
  readonly invitations: ServerPayloads['tradeInvitation'][];
}

interface Bench {
  readonly trades: TradeService;
  readonly economy: Economy;
  readonly store: Store;
  readonly players: Map<string, PlayerEntity>;
  readonly inbox: Map<string, Inbox>;
  /** Moves the clock. */
  advance(ms: number): void;
  /** A player at (x, 10) in meadow with `gold` gold. */
  player(id: string, x?: number, gold?: number): Promise<PlayerEntity>;
  /** The player's last TradeState push. */
  lastState(id: string): ServerPayloads['tradeState'];
  /** Why the player's trades ended, in order. */
  endings(id: string): TradeEndReason[];
}

let handles = 0;

async function bench(): Promise<Bench> {
  const { economy, store } = await economyFixture();
  const players = new Map<string, PlayerEntity>();
  const inbox = new Map<string, Inbox>();
  let now = 1_000_000;
  const links = (player: PlayerEntity): { closed: boolean; deliverPush(bytes: Uint8Array): void } => ({
    closed: false,
    deliverPush(bytes) {
      const box = inbox.get(player.id);
      const payload = serverPayload(decodeServerMessage(bytes));
      if (box === undefined || payload === undefined) return;
      if (payload.kind === 'tradeState') box.states.push(payload.value);
      else if (payload.kind === 'tradeEnded') box.ended.push(payload.value);
      else if (payload.kind === 'tradeInvitation') box.invitations.push(payload.value);
    },
  });
  const trades = new TradeService({ get: (id: string) => players.get(id) }, economy, links, { now: () => now });
  return {
    trades, economy, store, players, inbox,
    advance: (ms) => { now += ms; },
    player: async (id, x = 10, gold = 100) => {
      handles += 1;
      const entity = new PlayerEntity(handles, { characterId: id, accountId: `account-${id}`, name: id, classId: CharacterClass.CHARACTER_CLASS_WARRIOR, level: 1, experience: 0, hitPoints: 50, maxHitPoints: 50, speed: 5 }, 'meadow', x, 10);
      players.set(id, entity);
      inbox.set(id, { states: [], ended: [], invitations: [] });
      if (gold > 0) await economy.grant(id, [], gold, 'admin');
      await economy.load(id);
      return entity;
    },
    lastState: (id) => {
      const state = inbox.get(id)?.states.at(-1);
      assert.ok(state !== undefined, `${id} got a TradeState`);
      return state;
    },
    endings: (id) => (inbox.get(id)?.ended ?? []).map((ended) => ended.reason),
  };
}

function code(expected: ErrorCode): (error: unknown) => boolean {
  return (error) => error instanceof RequestError && error.code === expected;
}

/** Ana invites Bo and Bo accepts; resolves with the trade id. */
function open(b: Bench, ana: PlayerEntity, bo: PlayerEntity): string {
  const { tradeId } = b.trades.request(ana, bo.id);
  assert.equal(b.trades.respond(bo, tradeId, true), true);
  return tradeId;
}

function bagIds(economy: Economy, who: string): string[] {
  return (economy.inventory(who)?.bag ?? []).flatMap((item) => (item === null ? [] : [item.id]));
}

describe('TradeService', () => {
  it('every offer change raises the revision and clears both confirmations; confirming a stale revision is refused', async () => {
    const b = await bench();
    try {
      const ana = await b.player('ana');
      const bo = await b.player('bo', 12);
      const sword = (await b.economy.buy('ana', 'iron_sword', 1)).itemId;
      const tradeId = open(b, ana, bo);
      assert.equal(b.lastState('bo').revision, 0);
      const r1 = b.trades.setOffer(ana, tradeId, [sword], 10);
      assert.equal(r1, 1);
      assert.equal(await b.trades.confirm(bo, tradeId, r1), false);
      assert.equal(b.lastState('ana').theyConfirmed, true);
      const r2 = b.trades.setOffer(bo, tradeId, [], 5);
      assert.equal(r2, 2);
      assert.deepEqual([b.lastState('ana').theyConfirmed, b.lastState('bo').iConfirmed], [false, false]);
      await assert.rejects(b.trades.confirm(ana, tradeId, r1), code(ErrorCode.ERROR_CODE_TRADE_REVISION_STALE));
      assert.equal(await b.trades.confirm(ana, tradeId, r2), false);
      assert.equal(await b.trades.confirm(bo, tradeId, r2), true);
      assert.deepEqual(b.endings('ana'), [TradeEndReason.TRADE_END_REASON_COMPLETED]);
      assert.deepEqual(bagIds(b.economy, 'bo'), [sword]);
      assert.equal(b.economy.inventory('ana')?.gold, 100 - 40 - 10 + 5);
      assert.equal(b.trades.size, 0);
      await assert.rejects(b.trades.confirm(ana, tradeId, r2), code(ErrorCode.ERROR_CODE_TRADE_NOT_FOUND));
      assert.deepEqual((await auditLedger(b.store)).problems, []);
    } finally {
      await b.store.close();
    }
  });

  it('an offer follows its owner\'s inventory: sold, destroyed, equipped and merged items drop out at once, a grown stack shows its count', async () => {
    const b = await bench();
    try {
      const ana = await b.player('ana', 10, 200);
      const bo = await b.player('bo', 12);
      const sword = (await b.economy.buy('ana', 'iron_sword', 1)).itemId;
      const cap = (await b.economy.buy('ana', 'leather_cap', 1)).itemId;
      const boots = (await b.economy.buy('ana', 'leather_boots', 1)).itemId;
      const potions = (await b.economy.buy('ana', 'health_potion', 4)).itemId;
      const spare = await b.economy.splitStack('ana', potions, 1, 10);
      const tradeId = open(b, ana, bo);
      const r1 = b.trades.setOffer(ana, tradeId, [sword, cap, boots, potions, spare], 0);
      assert.equal(await b.trades.confirm(bo, tradeId, r1), false);

      await b.economy.sell('ana', sword);
      let state = b.lastState('bo');
      assert.equal(state.revision, r1 + 1);
      assert.deepEqual((state.theirOffer?.items ?? []).map((item) => item.itemId), [cap, boots, potions, spare]);
      assert.equal(state.iConfirmed, false, 'Bo\'s confirmation was cleared');

      await b.economy.destroy('ana', cap);
      await b.economy.equip('ana', boots);
      // The spare potion merges into the stack it came from: it is gone, the stack grew.
      await b.economy.moveItem('ana', spare, b.economy.inventory('ana')?.bag.findIndex((item) => item?.id === potions) ?? -1);
      state = b.lastState('bo');
      assert.equal(state.revision, r1 + 4);
      assert.deepEqual((state.theirOffer?.items ?? []).map((item) => [item.itemId, item.count]), [[potions, 4]]);

      // More potions bought join the offered stack: the offer shows the new count, confirmations clear.
      await b.economy.buy('ana', 'health_potion', 2);
      state = b.lastState('ana');
      assert.equal(state.revision, r1 + 5);
      assert.deepEqual((state.myOffer?.items ?? []).map((item) => item.count), [6]);

      // Moving an offered item within the bag changes nothing that is offered.
      await b.economy.moveItem('ana', potions, 15);
      assert.equal(b.lastState('ana').revision, r1 + 5);

      assert.equal(await b.trades.confirm(ana, tradeId, r1 + 5), false);
      assert.equal(await b.trades.confirm(bo, tradeId, r1 + 5), true);
      assert.deepEqual(bagIds(b.economy, 'bo'), [potions]);
      assert.equal(b.economy.inventory('bo')?.bag.find((item) => item?.id === potions)?.count, 6);
      assert.deepEqual((await auditLedger(b.store)).problems, []);
    } finally {
      await b.store.close();
    }
  });

  it('gold offered above the wallet is lowered to what the wallet holds; changes of the other player or of a third leave the offer alone', async () => {
    const b = await bench();
    try {
      const ana = await b.player('ana');
      const bo = await b.player('bo', 12);
      await b.player('cy', 30);
      const tradeId = open(b, ana, bo);
      const r1 = b.trades.setOffer(ana, tradeId, [], 90);
      await b.economy.buy('cy', 'iron_sword', 1);
      assert.equal(b.lastState('ana').revision, r1);
      await b.economy.buy('ana', 'oak_shield', 1);
      const state = b.lastState('bo');
      assert.equal(state.revision, r1 + 1);
      assert.equal(state.theirOffer?.gold, 70);
      await b.economy.buy('bo', 'leather_boots', 1);
      assert.equal(b.lastState('bo').revision, r1 + 1, 'Bo offers nothing, so his purchase changes no offer');
    } finally {
      await b.store.close();
    }
  });

  it('offers are bounded: at most the item limit, no repeats, only bag items, gold the wallet holds', async () => {
    const b = await bench();
    try {
      const ana = await b.player('ana');
      const bo = await b.player('bo', 12);
      const sword = (await b.economy.buy('ana', 'iron_sword', 1)).itemId;
      const tradeId = open(b, ana, bo);
      const tooMany = Array.from({ length: MAX_OFFERED_ITEMS + 1 }, (_, i) => `item-${i}`);
      assert.throws(() => b.trades.setOffer(ana, tradeId, tooMany, 0), code(ErrorCode.ERROR_CODE_TRADE_OFFER_INVALID));
      assert.throws(() => b.trades.setOffer(ana, tradeId, [sword, sword], 0), code(ErrorCode.ERROR_CODE_TRADE_OFFER_INVALID));
      assert.throws(() => b.trades.setOffer(ana, tradeId, ['not-mine'], 0), code(ErrorCode.ERROR_CODE_TRADE_OFFER_INVALID));
      assert.throws(() => b.trades.setOffer(ana, tradeId, [], 61), code(ErrorCode.ERROR_CODE_NOT_ENOUGH_GOLD));
      assert.throws(() => b.trades.setOffer(ana, tradeId, [], -1), code(ErrorCode.ERROR_CODE_NOT_ENOUGH_GOLD));
      assert.throws(() => b.trades.setOffer(ana, 'no-such-trade', [], 0), code(ErrorCode.ERROR_CODE_TRADE_NOT_FOUND));
      assert.equal(b.lastState('ana').revision, 0, 'refused offers change nothing');
    } finally {
      await b.store.close();
    }
  });

  it('invitations are bounded per player, one open trade each, both must stand near, and they lapse', async () => {
    const b = await bench();
    try {
      const ana = await b.player('ana');
      const far = await b.player('far', 10 + TRADE_RANGE + 1);
      assert.throws(() => b.trades.request(ana, far.id), code(ErrorCode.ERROR_CODE_TRADE_TOO_FAR));
      assert.throws(() => b.trades.request(ana, ana.id), code(ErrorCode.ERROR_CODE_TARGET_OFFLINE));
      assert.throws(() => b.trades.request(ana, 'nobody'), code(ErrorCode.ERROR_CODE_TARGET_OFFLINE));
      const others = await Promise.all(Array.from({ length: MAX_PENDING_TRADES + 1 }, (_, i) => b.player(`p${i}`, 11)));
      const invited = others.slice(0, MAX_PENDING_TRADES).map((other) => b.trades.request(ana, other.id).tradeId);
      const last = others[MAX_PENDING_TRADES];
      assert.ok(last !== undefined);
      assert.throws(() => b.trades.request(ana, last.id), code(ErrorCode.ERROR_CODE_TOO_MANY_TRADE_REQUESTS));
      assert.equal(b.inbox.get('p0')?.invitations[0]?.tradeId, invited[0]);
      // Accepting one lapses Ana's other invitations.
      const [first, second, third] = invited;
      assert.ok(first !== undefined && second !== undefined && third !== undefined);
      const p0 = others[0];
      const p1 = others[1];
      assert.ok(p0 !== undefined && p1 !== undefined);
      assert.equal(b.trades.respond(p0, first, true), true);
      assert.deepEqual(b.endings('p1'), [TradeEndReason.TRADE_END_REASON_CANCELLED]);
      assert.throws(() => b.trades.respond(p1, second, true), code(ErrorCode.ERROR_CODE_TRADE_NOT_FOUND));
      assert.throws(() => b.trades.request(last, ana.id), code(ErrorCode.ERROR_CODE_ALREADY_TRADING));
      assert.equal(b.trades.size, 1);
      // An invitation that nobody answers lapses after its time.
      const invitation = b.trades.request(p1, last.id);
      b.advance(TRADE_INVITATION_MS - 1);
      b.trades.sweep();
      assert.equal(b.trades.size, 2);
      b.advance(1);
      b.trades.sweep();
      assert.equal(b.trades.size, 1);
      assert.deepEqual(b.endings(last.id), [TradeEndReason.TRADE_END_REASON_CANCELLED]);
      assert.throws(() => b.trades.respond(last, invitation.tradeId, true), code(ErrorCode.ERROR_CODE_TRADE_NOT_FOUND));
    } finally {
      await b.store.close();
    }
  });

  it('ends for each cause and tells both players why; nothing is exchanged', async () => {
    const cases: { cause: string; end: (b: Bench, ana: PlayerEntity, bo: PlayerEntity, tradeId: string) => void; reason: TradeEndReason }[] = [
      { cause: 'declined', reason: TradeEndReason.TRADE_END_REASON_DECLINED, end: () => { /* answered below, before the trade opens */ } },
      { cause: 'cancelled by either side', reason: TradeEndReason.TRADE_END_REASON_CANCELLED, end: (b, _ana, bo, tradeId) => { b.trades.cancel(bo, tradeId); } },
      { cause: 'moved apart', reason: TradeEndReason.TRADE_END_REASON_OUT_OF_RANGE, end: (b, _ana, bo) => { bo.setPosition(bo.x + TRADE_RANGE + 1, bo.y, 1); b.trades.sweep(); } },
      { cause: 'left the world', reason: TradeEndReason.TRADE_END_REASON_LEFT, end: (b, _ana, bo) => { b.players.delete(bo.id); b.trades.sweep(); } },
      ...(['died', 'left', 'cancelled'] as const satisfies readonly TradeEndCause[]).map((cause) => ({
        cause: `cancelFor ${cause}`,
        reason: { died: TradeEndReason.TRADE_END_REASON_DIED, left: TradeEndReason.TRADE_END_REASON_LEFT, cancelled: TradeEndReason.TRADE_END_REASON_CANCELLED }[cause],
        end: (b: Bench, ana: PlayerEntity) => { b.trades.cancelFor(ana.id, cause); },
      })),
    ];
    for (const { cause, end, reason } of cases) {
      const b = await bench();
      try {
        const ana = await b.player('ana');
        const bo = await b.player('bo', 12);
        const sword = (await b.economy.buy('ana', 'iron_sword', 1)).itemId;
        if (cause === 'declined') {
          const { tradeId } = b.trades.request(ana, bo.id);
          assert.equal(b.trades.respond(bo, tradeId, false), false);
        } else {
          const tradeId = open(b, ana, bo);
          b.trades.setOffer(ana, tradeId, [sword], 0);
          end(b, ana, bo, tradeId);
          assert.throws(() => b.trades.setOffer(ana, tradeId, [], 0), code(ErrorCode.ERROR_CODE_TRADE_NOT_FOUND), cause);
        }
        assert.deepEqual(b.endings('ana'), [reason], cause);
        if (b.players.has('bo')) assert.deepEqual(b.endings('bo'), [reason], cause);
        assert.equal(b.trades.size, 0, cause);
        assert.deepEqual(bagIds(b.economy, 'ana'), [sword], cause);
      } finally {
        await b.store.close();
      }
    }
  });

  it('a trade being saved cannot be cancelled or changed, and cancelFor leaves it to finish', async () => {
    const b = await bench();
    try {
      const ana = await b.player('ana');
      const bo = await b.player('bo', 12);
      const sword = (await b.economy.buy('ana', 'iron_sword', 1)).itemId;
      const tradeId = open(b, ana, bo);
      const revision = b.trades.setOffer(ana, tradeId, [sword], 0);
      await b.trades.confirm(ana, tradeId, revision);
      const saving = b.trades.confirm(bo, tradeId, revision);
      assert.throws(() => { b.trades.cancel(ana, tradeId); }, code(ErrorCode.ERROR_CODE_TRADE_OFFER_INVALID));
      assert.throws(() => b.trades.setOffer(bo, tradeId, [], 0), code(ErrorCode.ERROR_CODE_TRADE_OFFER_INVALID));
      assert.equal(await b.trades.confirm(ana, tradeId, revision), false, 'a confirmation while saving waits for nothing');
      b.trades.cancelFor(ana.id, 'died');
      assert.equal(await saving, true);
      assert.deepEqual(b.endings('bo'), [TradeEndReason.TRADE_END_REASON_COMPLETED]);
      assert.deepEqual(bagIds(b.economy, 'bo'), [sword]);
    } finally {
      await b.store.close();
    }
  });
});
