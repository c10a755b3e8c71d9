/**
 * Items, vendors and trade through the real protocol: clients over TCP buy from a vendor placed
 * in the meadow map, equip, sell, and trade with each other; every answer comes after the
 * ledger append, so a restart on the same data directory shows the same inventories.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import type { GameClient } from '@realmforge/client';
import { ServerError } from '@realmforge/client';
import { EquipmentSlot, ErrorCode, TradeEndReason } from '@realmforge/protocol';
import type { ServerPayloads } from '@realmforge/protocol';
import { join } from 'node:path';
import { auditLedger } from '../src/economy/ledger-audit.ts';
import { defaultDatabaseFile } from '../src/store/open-store.ts';
import { SqliteStore } from '../src/store/sqlite-store.ts';
import { startTestServer, uniqueCharacterName, uniqueName } from './helpers/test-server.ts';
import type { TestServer } from './helpers/test-server.ts';

const SMITH = 'meadow-smith';
const HERBALIST = 'meadow-herbalist';

async function until<T>(probe: () => T | undefined | false, what: string, timeoutMs = 4000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

function isCode(code: ErrorCode): (error: unknown) => boolean {
  return (error) => error instanceof ServerError && error.code === code && !error.fatal;
}

/** The bag as last pushed: [slot, item id, template, count] per occupied slot. */
function bag(client: GameClient): [number, string, string, number][] {
  return (client.economy.inventory?.bag ?? []).map((b) => [b.slot ?? 0, b.item?.itemId ?? '', b.item?.templateId ?? '', b.item?.count ?? 0]);
}

interface Trader {
  readonly client: GameClient;
  readonly characterId: string;
  readonly states: ServerPayloads['tradeState'][];
  readonly ended: ServerPayloads['tradeEnded'][];
  readonly invitations: ServerPayloads['tradeInvitation'][];
}

async function enter(t: TestServer): Promise<Trader> {
  const client = await t.connect();
  const username = uniqueName();
  await client.register(username, 'correct horse');
  await client.login(username, 'correct horse');
  const { character } = await client.createCharacter(uniqueCharacterName());
  const characterId = character?.id ?? '';
  const trader: Trader = { client, characterId, states: [], ended: [], invitations: [] };
  client.economy.onTradeState((state) => trader.states.push(state));
  client.economy.onTradeEnded((ended) => trader.ended.push(ended));
  client.economy.onTradeInvitation((invitation) => trader.invitations.push(invitation));
  await client.enterWorld(characterId);
  await until(() => client.economy.gold === 100, 'the starter gold');
  return trader;
}

describe('economy over the protocol', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  after(async () => {
    await t.close();
  });

  it('buys from a vendor, equips, unequips, sells; answers come after the change is saved', async () => {
    const { client, characterId } = await enter(t);
    const stock = await client.economy.browse(SMITH);
    assert.equal(stock.offers.find((o) => o.templateId === 'iron_sword')?.price, 40);
    await assert.rejects(client.economy.buy(SMITH, 'health_potion'), isCode(ErrorCode.ERROR_CODE_VENDOR_DOES_NOT_SELL));
    await assert.rejects(client.economy.buy('nobody', 'iron_sword'), isCode(ErrorCode.ERROR_CODE_VENDOR_NOT_FOUND));
    await assert.rejects(client.economy.buy('ironwood-quartermaster', 'iron_sword'), isCode(ErrorCode.ERROR_CODE_VENDOR_TOO_FAR));
    const bought = await client.economy.buy(SMITH, 'iron_sword');
    assert.equal(bought.price, 40);
    // Durable before the answer: the store already holds the events.
    const economy = t.server.economy;
    assert.ok(economy);
    await until(() => client.economy.gold === 60 ? true : undefined, 'the InventoryState push');
    assert.equal(bag(client).find((b) => b[1] === bought.itemId)?.[2], 'iron_sword');
    await client.economy.equip(bought.itemId);
    assert.equal(economy.equippedStats(characterId).attackPower, 6);
    await until(() => (client.economy.inventory?.equipment ?? []).some((e) => e.slot === EquipmentSlot.EQUIPMENT_SLOT_MAIN_HAND), 'equipped');
    await assert.rejects(client.economy.sell(SMITH, bought.itemId), isCode(ErrorCode.ERROR_CODE_ITEM_NOT_FOUND));
    await assert.rejects(client.economy.unequip(EquipmentSlot.EQUIPMENT_SLOT_UNSPECIFIED, 0), isCode(ErrorCode.ERROR_CODE_INVALID_ARGUMENT));
    await client.economy.unequip(EquipmentSlot.EQUIPMENT_SLOT_MAIN_HAND, 3);
    assert.equal(await client.economy.sell(SMITH, bought.itemId), 10);
    const potions = await client.economy.buy(HERBALIST, 'health_potion', 4);
    const half = await client.economy.splitStack(potions.itemId, 2, 7);
    await client.economy.moveItem(half, 5);
    await client.economy.destroy(half);
    await until(() => client.economy.gold === 50 ? true : undefined, 'gold after selling and buying');
    assert.deepEqual(bag(client).map((b) => [b[0], b[3]]), [[0, 2]]);
    client.close();
  });

  it('two players trade items and gold; a changed offer resets confirmations; a retried confirm does nothing', async () => {
    const ana = await enter(t);
    const bo = await enter(t);
    const sword = (await ana.client.economy.buy(SMITH, 'iron_sword')).itemId;
    const potion = (await bo.client.economy.buy(HERBALIST, 'health_potion', 3)).itemId;
    const { tradeId } = await ana.client.economy.tradeRequest(bo.characterId);
    await until(() => bo.invitations.some((i) => i.tradeId === tradeId), 'the invitation');
    await assert.rejects(ana.client.economy.tradeSetOffer(tradeId, [sword], 0), isCode(ErrorCode.ERROR_CODE_TRADE_NOT_FOUND));
    assert.equal(await bo.client.economy.tradeRespond(tradeId, true), true);
    const r1 = await ana.client.economy.tradeSetOffer(tradeId, [sword], 10);
    const r2 = await bo.client.economy.tradeSetOffer(tradeId, [potion], 0);
    assert.equal(await ana.client.economy.tradeConfirm(tradeId, r2), false);
    await assert.rejects(bo.client.economy.tradeConfirm(tradeId, r1), isCode(ErrorCode.ERROR_CODE_TRADE_REVISION_STALE));
    // Bo changes the offer: Ana's confirmation is cleared.
    const r3 = await bo.client.economy.tradeSetOffer(tradeId, [potion], 5);
    const seen = await until(() => ana.states.find((s) => s.revision === r3), 'state at r3');
    assert.equal(seen.iConfirmed, false);
    assert.equal(seen.theirOffer?.gold, 5);
    assert.equal(await bo.client.economy.tradeConfirm(tradeId, r3), false);
    assert.equal(await ana.client.economy.tradeConfirm(tradeId, r3), true);
    await until(() => ana.ended.some((e) => e.tradeId === tradeId && e.reason === TradeEndReason.TRADE_END_REASON_COMPLETED), 'completion');
    await assert.rejects(ana.client.economy.tradeConfirm(tradeId, r3), isCode(ErrorCode.ERROR_CODE_TRADE_NOT_FOUND));
    await until(() => bag(bo.client).some((b) => b[1] === sword), 'the sword at Bo');
    await until(() => bag(ana.client).some((b) => b[1] === potion), 'the potions at Ana');
    await until(() => ana.client.economy.gold === 100 - 40 - 10 + 5 ? true : undefined, 'Ana gold');
    await until(() => bo.client.economy.gold === 100 - 15 + 10 - 5 ? true : undefined, 'Bo gold');
    const store = await SqliteStore.open(join(t.dataDir, defaultDatabaseFile));
    try {
      assert.deepEqual((await auditLedger(store)).problems, []);
    } finally {
      await store.close();
    }
    ana.client.close();
    bo.client.close();
  });

  it('leaving the world cancels an open trade for the other player', async () => {
    const ana = await enter(t);
    const bo = await enter(t);
    const { tradeId } = await ana.client.economy.tradeRequest(bo.characterId);
    await bo.client.economy.tradeRespond(tradeId, true);
    await assert.rejects(ana.client.economy.tradeRequest(bo.characterId), isCode(ErrorCode.ERROR_CODE_ALREADY_TRADING));
    await ana.client.logout();
    await until(() => bo.ended.find((e) => e.tradeId === tradeId && e.reason === TradeEndReason.TRADE_END_REASON_LEFT), 'the trade to end');
    ana.client.close();
    bo.client.close();
  });

  it('a trade request can name the other character as the world shows it', async () => {
    const ana = await enter(t);
    const bo = await enter(t);
    const boName = await until(() => bo.client.world.self?.name, "bo's entity");
    const { tradeId } = await ana.client.economy.tradeRequestByName(boName.toUpperCase());
    const invitation = await until(() => bo.invitations.find((i) => i.tradeId === tradeId), 'the invitation');
    assert.equal(invitation.requesterCharacterId, ana.characterId);
    await bo.client.economy.tradeCancel(tradeId);
    await assert.rejects(ana.client.economy.tradeRequestByName('Nobodyhere'), isCode(ErrorCode.ERROR_CODE_TARGET_OFFLINE));
    await assert.rejects(ana.client.economy.tradeRequestByName(''), isCode(ErrorCode.ERROR_CODE_TARGET_OFFLINE));
    ana.client.close();
    bo.client.close();
  });
});
