/**
 * Item and trade cheats over real sockets: using, equipping, selling and offering items one
 * does not own (another player's item id, a made-up one), trading one item twice at once (two
 * trades, a trade racing a vendor sale), and double-submitting a trade confirmation (at once,
 * and again after a reconnect). Every request is checked against the ledger's state: the
 * refusals carry their codes and are `impossible_action` detections, at most one of two
 * competing uses of an item succeeds, the item ends in exactly one place, a trade applies
 * once, and the ledger audit finds nothing wrong. An honest player plays on beside them.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ServerError } from '@realmforge/client';
import type { GameClient } from '@realmforge/client/node';
import { ErrorCode, TradeEndReason } from '@realmforge/protocol';
import type { ServerPayloads } from '@realmforge/protocol';
import { auditLedger } from '../../src/economy/ledger-audit.ts';
import { defaultDatabaseFile } from '../../src/store/open-store.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { playerInWorld, startTestServer } from '../helpers/test-server.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { HonestPlayer, heroInWorld, impossibleActionsOf, until } from './cheat-kit.ts';

const SMITH = 'meadow-smith';
const SWORD_PRICE = 40;
const SWORD_SELL_PRICE = 10;

interface Trader {
  readonly client: GameClient;
  readonly accountId: string;
  readonly characterId: string;
  readonly resumeToken: string;
  readonly ended: ServerPayloads['tradeEnded'][];
}

function refusedWith(code: ErrorCode): (error: unknown) => boolean {
  return (error) => error instanceof ServerError && error.code === code && !error.fatal;
}

describe('item and trade cheats', () => {
  let t: TestServer;
  let honest: HonestPlayer;
  let honestClient: GameClient;
  const clients: GameClient[] = [];

  before(async () => {
    // Every refusal counts (no folding), so the test can count them.
    t = await startTestServer({ anticheatReportIntervalMs: 0 });
    honestClient = await t.connect();
    await playerInWorld(honestClient);
    await until(() => honestClient.world.self !== undefined, 'honest player in the world');
    honest = new HonestPlayer(honestClient);
    honest.start();
  });

  after(async () => {
    try {
      honest.stopAndCheck();
      const store = await SqliteStore.open(join(t.dataDir, defaultDatabaseFile));
      try {
        assert.deepEqual((await auditLedger(store)).problems, [], 'the ledger audit finds no duplicated or lost item or gold');
      } finally {
        await store.close();
      }
    } finally {
      for (const client of [...clients, honestClient]) client.close();
      await t.close();
    }
  });

  async function trader(): Promise<Trader> {
    const hero = await heroInWorld(t);
    clients.push(hero.client);
    const ended: ServerPayloads['tradeEnded'][] = [];
    hero.client.economy.onTradeEnded((end) => ended.push(end));
    await until(() => hero.client.economy.gold === 100, 'the starter gold');
    return { ...hero, ended };
  }

  function economy(): NonNullable<typeof t.server.economy> {
    const found = t.server.economy;
    assert.ok(found !== undefined);
    return found;
  }

  /** The characters among `traders` whose bag or equipment holds the item. */
  function holders(itemId: string, traders: readonly Trader[]): string[] {
    return traders.filter((tr) => {
      const inventory = economy().inventory(tr.characterId);
      assert.ok(inventory !== undefined, 'inventory loaded');
      return inventory.bag.some((item) => item?.id === itemId) || Object.values(inventory.equipment).some((item) => item.id === itemId);
    }).map((tr) => tr.characterId);
  }

  function goldOf(tr: Trader): number {
    return economy().inventory(tr.characterId)?.gold ?? Number.NaN;
  }

  /** `from` asks `to` to trade and `to` accepts. */
  async function openTrade(from: Trader, to: Trader): Promise<string> {
    const { tradeId } = await from.client.economy.tradeRequest(to.characterId);
    assert.equal(await to.client.economy.tradeRespond(tradeId, true), true);
    return tradeId;
  }

  it('an item one does not own cannot be equipped, moved, split, destroyed, sold or offered; each try is detected', async () => {
    const owner = await trader();
    const cheater = await trader();
    const partner = await trader();
    const sword = (await owner.client.economy.buy(SMITH, 'iron_sword')).itemId;
    const madeUp = '01J0000000000000000000FAKE';
    const tradeId = await openTrade(cheater, partner);
    for (const itemId of [sword, madeUp]) {
      await assert.rejects(cheater.client.economy.equip(itemId), refusedWith(ErrorCode.ERROR_CODE_ITEM_NOT_FOUND));
      await assert.rejects(cheater.client.economy.moveItem(itemId, 5), refusedWith(ErrorCode.ERROR_CODE_ITEM_NOT_FOUND));
      await assert.rejects(cheater.client.economy.splitStack(itemId, 1, 6), refusedWith(ErrorCode.ERROR_CODE_ITEM_NOT_FOUND));
      await assert.rejects(cheater.client.economy.destroy(itemId), refusedWith(ErrorCode.ERROR_CODE_ITEM_NOT_FOUND));
      await assert.rejects(cheater.client.economy.sell(SMITH, itemId), refusedWith(ErrorCode.ERROR_CODE_ITEM_NOT_FOUND));
      await assert.rejects(cheater.client.economy.tradeSetOffer(tradeId, [itemId], 0), refusedWith(ErrorCode.ERROR_CODE_TRADE_OFFER_INVALID));
    }
    // Nothing moved: the sword is the owner's, unequipped, and the cheater was paid nothing.
    assert.deepEqual(holders(sword, [owner, cheater, partner]), [owner.characterId]);
    assert.equal(economy().inventory(owner.characterId)?.bag.some((item) => item?.id === sword), true);
    assert.equal(goldOf(cheater), 100);
    assert.equal(goldOf(owner), 100 - SWORD_PRICE);

    await until(async () => (await impossibleActionsOf(t.server, cheater.accountId)).length === 12, 'every refusal recorded');
    const entries = await impossibleActionsOf(t.server, cheater.accountId);
    const evidence = entries.map((e) => `${e.sent.split(' ')[0] ?? ''} ${e.expected.split(':')[0] ?? ''}`).sort();
    const expected = ['equipItem', 'moveItem', 'splitStack', 'destroyItem', 'vendorSell'].flatMap((kind) => [`${kind} ERROR_CODE_ITEM_NOT_FOUND`, `${kind} ERROR_CODE_ITEM_NOT_FOUND`]);
    expected.push('tradeSetOffer ERROR_CODE_TRADE_OFFER_INVALID', 'tradeSetOffer ERROR_CODE_TRADE_OFFER_INVALID');
    assert.deepEqual(evidence, expected.sort());
    assert.ok(entries.some((e) => e.sent.includes(sword)) && entries.some((e) => e.sent.includes(madeUp)), 'the evidence names the item ids sent');
  });

  it('one item traded twice at once: a second trade is refused, and of a trade and a vendor sale racing for it exactly one wins', async () => {
    const cheater = await trader();
    const bo = await trader();
    const cy = await trader();
    const all = [cheater, bo, cy];
    const sword = (await cheater.client.economy.buy(SMITH, 'iron_sword')).itemId;
    const tradeId = await openTrade(cheater, bo);
    await cheater.client.economy.tradeSetOffer(tradeId, [sword], 0);
    // A second trade for the same item, either way round.
    await assert.rejects(cheater.client.economy.tradeRequest(cy.characterId), refusedWith(ErrorCode.ERROR_CODE_ALREADY_TRADING));
    await assert.rejects(cy.client.economy.tradeRequest(cheater.characterId), refusedWith(ErrorCode.ERROR_CODE_ALREADY_TRADING));

    // The cheater confirms, then sells the sword at the moment the partner's confirmation completes the trade.
    const revision = await bo.client.economy.tradeSetOffer(tradeId, [], 0);
    assert.equal(await cheater.client.economy.tradeConfirm(tradeId, revision), false);
    const [confirmed, sold] = await Promise.allSettled([bo.client.economy.tradeConfirm(tradeId, revision), cheater.client.economy.sell(SMITH, sword)]);
    const tradeWon = confirmed.status === 'fulfilled' && confirmed.value;
    const saleWon = sold.status === 'fulfilled';
    assert.equal(Number(tradeWon) + Number(saleWon), 1, `exactly one wins (trade: ${confirmed.status}, sale: ${sold.status})`);
    if (tradeWon) {
      assert.ok(refusedWith(ErrorCode.ERROR_CODE_ITEM_NOT_FOUND)(sold.status === 'rejected' ? sold.reason : undefined), 'the sale found no sword');
      assert.deepEqual(holders(sword, all), [bo.characterId]);
      assert.equal(goldOf(cheater), 100 - SWORD_PRICE);
    } else {
      assert.equal(confirmed.status, 'rejected', 'the trade failed');
      assert.deepEqual(holders(sword, all), [], 'sold: in no bag');
      assert.equal(goldOf(cheater), 100 - SWORD_PRICE + SWORD_SELL_PRICE);
    }
    await until(() => cheater.ended.some((e) => e.tradeId === tradeId), 'the trade ended');

    // The other order, on one connection: the sale first, the confirmation right behind it.
    const axe = (await cheater.client.economy.buy(SMITH, 'iron_sword')).itemId;
    const second = await openTrade(cheater, cy);
    const r1 = await cheater.client.economy.tradeSetOffer(second, [axe], 0);
    assert.equal(await cy.client.economy.tradeConfirm(second, r1), false);
    const goldBefore = goldOf(cheater);
    const [sale, confirm] = await Promise.allSettled([cheater.client.economy.sell(SMITH, axe), cheater.client.economy.tradeConfirm(second, r1)]);
    const won = Number(sale.status === 'fulfilled') + Number(confirm.status === 'fulfilled' && confirm.value);
    assert.equal(won, 1, `exactly one wins (sale: ${sale.status}, trade: ${confirm.status})`);
    const expectedHolders = sale.status === 'fulfilled' ? [] : [cy.characterId];
    assert.deepEqual(holders(axe, all), expectedHolders);
    assert.equal(goldOf(cheater), goldBefore + (sale.status === 'fulfilled' ? SWORD_SELL_PRICE : 0));
    if (sale.status === 'fulfilled') {
      // The sale took the axe out of the offer at once (a new revision, so the confirmation
      // above was stale); the trade stays open, offering nothing, until someone cancels it.
      assert.ok(refusedWith(ErrorCode.ERROR_CODE_TRADE_REVISION_STALE)(confirm.status === 'rejected' ? confirm.reason : undefined), 'the confirmation was for the offer with the axe');
      await cy.client.economy.tradeCancel(second);
    }
    await until(() => cy.ended.some((e) => e.tradeId === second), 'the second trade ended');
  });

  it('a trade confirmation sent twice at once, and again after a reconnect, applies the trade once', async () => {
    const cheater = await trader();
    const bo = await trader();
    const sword = (await cheater.client.economy.buy(SMITH, 'iron_sword')).itemId;
    const tradeId = await openTrade(cheater, bo);
    await cheater.client.economy.tradeSetOffer(tradeId, [sword], 0);
    const revision = await bo.client.economy.tradeSetOffer(tradeId, [], 25);

    // The cheater confirms and then drops; the resumed session sends the same confirmation again.
    assert.equal(await cheater.client.economy.tradeConfirm(tradeId, revision), false);
    cheater.client.close();
    await cheater.client.closed;
    const back = await t.connect();
    clients.push(back);
    const backEnded: ServerPayloads['tradeEnded'][] = [];
    back.economy.onTradeEnded((end) => backEnded.push(end));
    const { resumeToken } = await back.resume(cheater.resumeToken);
    assert.equal(await back.economy.tradeConfirm(tradeId, revision), false, 'still waiting for the partner: nothing applied');

    // Both partners' confirmations race, each sent twice.
    const results = await Promise.allSettled([back.economy.tradeConfirm(tradeId, revision), bo.client.economy.tradeConfirm(tradeId, revision), back.economy.tradeConfirm(tradeId, revision), bo.client.economy.tradeConfirm(tradeId, revision)]);
    const completions = results.filter((r) => r.status === 'fulfilled' && r.value).length;
    assert.equal(completions, 1, 'one confirmation completed the trade');
    for (const r of results) {
      if (r.status === 'rejected') assert.ok(refusedWith(ErrorCode.ERROR_CODE_TRADE_NOT_FOUND)(r.reason), String(r.reason));
    }
    await until(() => bo.ended.some((e) => e.tradeId === tradeId && e.reason === TradeEndReason.TRADE_END_REASON_COMPLETED), 'completion');
    assert.deepEqual(holders(sword, [{ ...cheater, client: back }, bo]), [bo.characterId]);
    const cheaterGold = 100 - SWORD_PRICE + 25;
    assert.equal(goldOf(cheater), cheaterGold);
    assert.equal(goldOf(bo), 100 - 25);

    // And again after another reconnect: the trade is over, nothing happens twice.
    back.close();
    await back.closed;
    const again = await t.connect();
    clients.push(again);
    await again.resume(resumeToken);
    await assert.rejects(again.economy.tradeConfirm(tradeId, revision), refusedWith(ErrorCode.ERROR_CODE_TRADE_NOT_FOUND));
    await sleep(200);
    assert.equal(goldOf(cheater), cheaterGold);
    assert.equal(goldOf(bo), 100 - 25);
    assert.deepEqual(holders(sword, [cheater, bo]), [bo.characterId]);
    assert.ok((await impossibleActionsOf(t.server, cheater.accountId)).some((e) => /^tradeConfirm /.test(e.sent) && /^ERROR_CODE_TRADE_NOT_FOUND/.test(e.expected)), 'the stale confirmation is detected');
  });
});
