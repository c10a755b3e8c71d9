import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ErrorCode } from '@realmforge/protocol';
import { buildCatalog, EconomyContentError } from '../../src/economy/item-catalog.ts';
import { auditLedger } from '../../src/economy/ledger-audit.ts';
import { replayInventory } from '../../src/economy/ledger-replay.ts';
import { rollLoot } from '../../src/economy/loot.ts';
import { characterStream } from '../../src/economy/ledger-events.ts';
import { RequestError } from '../../src/session/request-error.ts';
import { SeededRandom } from '../../src/world/random.ts';
import { defaultCatalog, economyFixture } from './economy-fixture.ts';

function code(expected: ErrorCode): (error: unknown) => boolean {
  return (error) => error instanceof RequestError && error.code === expected;
}

describe('item catalog', () => {
  it('loads the default content', async () => {
    const catalog = await defaultCatalog();
    assert.equal(catalog.items.get('iron_sword')?.slot, 'main_hand');
    assert.ok(catalog.lootTables.has('wolf'));
  });

  it('names the file and key of a content mistake', () => {
    const sword = { id: 'sword', name: 'Sword', slot: 'main_hand', maxStack: 1, stats: {}, buyPrice: 5, sellPrice: 1 };
    assert.throws(() => buildCatalog({ items: [{ ...sword, maxStack: 5 }] }, { tables: [] }), (e: unknown) => e instanceof EconomyContentError && /items\.json.*do not stack/.test(e.message));
    assert.throws(() => buildCatalog({ items: [{ ...sword, sellPrice: 9 }] }, { tables: [] }), /print gold/);
    assert.throws(() => buildCatalog({ items: [sword, sword] }, { tables: [] }), /defined twice/);
    assert.throws(() => buildCatalog({ items: [sword] }, { tables: [{ id: 't', gold: { min: 0, max: 1 }, entries: [{ item: 'axe', chance: 1, count: { min: 1, max: 1 } }] }] }), /loot\.json.*unknown item "axe"/);
    assert.throws(() => buildCatalog({ items: [sword] }, { tables: [{ id: 't', gold: { min: 0, max: 1 }, entries: [{ item: 'sword', chance: 1, count: { min: 1, max: 2 } }] }] }), /count of "sword" must be 1\.\.1/);
    assert.throws(() => buildCatalog({ items: [{ ...sword, slot: 'tail' }] }, { tables: [] }), /items\.0\.slot/);
  });
});

describe('loot', () => {
  it('rolls the same drop from the same seed, within the table ranges', async () => {
    const table = (await defaultCatalog()).lootTables.get('bandit');
    assert.ok(table);
    for (let seed = 0; seed < 50; seed += 1) {
      const first = rollLoot(table, new SeededRandom(seed));
      assert.deepEqual(rollLoot(table, new SeededRandom(seed)), first);
      assert.ok(first.gold >= table.gold.min && first.gold <= table.gold.max);
      for (const item of first.items) assert.ok(item.count >= 1 && item.count <= 3);
    }
    const always = { id: 'x', gold: { min: 3, max: 3 }, entries: [{ item: 'wolf_pelt', chance: 1, count: { min: 2, max: 2 } }, { item: 'boar_tusk', chance: 0, count: { min: 1, max: 1 } }] };
    assert.deepEqual(rollLoot(always, new SeededRandom(1)), { items: [{ templateId: 'wolf_pelt', count: 2 }], gold: 3 });
  });
});

describe('Economy', () => {
  it('buys, equips with stats, swaps, unequips and sells; every change durable and replayable', async () => {
    const { economy, store } = await economyFixture();
    try {
      const hero = 'hero1';
      await economy.grant(hero, [], 100, 'admin');
      await assert.rejects(economy.buy(hero, 'iron_sword', 2), code(ErrorCode.ERROR_CODE_STACK_COUNT_INVALID));
      const { itemId: sword, price } = await economy.buy(hero, 'iron_sword', 1);
      assert.equal(price, 40);
      assert.equal(economy.inventory(hero)?.gold, 60);
      await assert.rejects(economy.buy(hero, 'iron_sword', 1).then(() => economy.buy(hero, 'iron_sword', 1)), code(ErrorCode.ERROR_CODE_NOT_ENOUGH_GOLD));
      const second = economy.inventory(hero)?.bag[1] ?? undefined;
      assert.equal(second?.templateId, 'iron_sword');
      await economy.equip(hero, sword);
      assert.equal(economy.equippedStats(hero).attackPower, 6);
      assert.equal(economy.inventory(hero)?.bag[0], null);
      // Equipping the second sword puts the first where the second was.
      assert.ok(second);
      await economy.equip(hero, second.id);
      assert.equal(economy.inventory(hero)?.bag[1]?.id, sword);
      await assert.rejects(economy.unequip(hero, 'main_hand', 1), code(ErrorCode.ERROR_CODE_BAG_SLOT_OCCUPIED));
      await assert.rejects(economy.unequip(hero, 'head', 0), code(ErrorCode.ERROR_CODE_ITEM_NOT_FOUND));
      await economy.unequip(hero, 'main_hand', 0);
      assert.equal(economy.equippedStats(hero).attackPower, 0);
      assert.equal(await economy.sell(hero, sword), 10);
      assert.equal(economy.inventory(hero)?.gold, 30);
      await assert.rejects(economy.sell(hero, sword), code(ErrorCode.ERROR_CODE_ITEM_NOT_FOUND));
      const potion = (await economy.buy(hero, 'health_potion', 5)).itemId;
      await assert.rejects(economy.equip(hero, potion), code(ErrorCode.ERROR_CODE_ITEM_NOT_EQUIPPABLE));
      const replayed = await replayInventory(store, hero);
      assert.deepEqual(replayed, economy.inventory(hero));
      const audit = await auditLedger(store);
      assert.deepEqual(audit.problems, []);
    } finally {
      await store.close();
    }
  });

  it('splits and merges stacks up to the stack size', async () => {
    const { economy, store } = await economyFixture();
    try {
      const hero = 'hero2';
      await economy.grant(hero, [{ templateId: 'health_potion', count: 20 }], 0, 'quest');
      // The first stack is full: these start a second one.
      await economy.grant(hero, [{ templateId: 'health_potion', count: 5 }, { templateId: 'wolf_pelt', count: 1 }], 0, 'quest');
      const [a, b, pelt] = economy.inventory(hero)?.bag ?? [];
      assert.ok(a && b && pelt);
      assert.deepEqual([a.count, b.count, pelt.templateId], [20, 5, 'wolf_pelt']);
      await assert.rejects(economy.splitStack(hero, a.id, 20, 5), code(ErrorCode.ERROR_CODE_STACK_COUNT_INVALID));
      await assert.rejects(economy.splitStack(hero, a.id, 3, 1), code(ErrorCode.ERROR_CODE_BAG_SLOT_OCCUPIED));
      await assert.rejects(economy.splitStack(hero, a.id, 3, 99), code(ErrorCode.ERROR_CODE_BAG_SLOT_INVALID));
      const split = await economy.splitStack(hero, a.id, 8, 5);
      assert.equal(economy.inventory(hero)?.bag[5]?.id, split);
      assert.equal(economy.inventory(hero)?.bag[0]?.count, 12);
      // All 8 fit into the 5: one stack of 13.
      await economy.moveItem(hero, split, 1);
      assert.equal(economy.inventory(hero)?.bag[1]?.count, 13);
      assert.equal(economy.inventory(hero)?.bag[5], null);
      // 13 merge into 12 up to the stack size 20: 8 move, 5 stay.
      await economy.moveItem(hero, b.id, 0);
      assert.equal(economy.inventory(hero)?.bag[0]?.count, 20);
      assert.equal(economy.inventory(hero)?.bag[1]?.count, 5);
      await assert.rejects(economy.moveItem(hero, b.id, 0), code(ErrorCode.ERROR_CODE_STACK_COUNT_INVALID));
      // Different templates swap.
      await economy.moveItem(hero, pelt.id, 0);
      assert.equal(economy.inventory(hero)?.bag[0]?.id, pelt.id);
      assert.equal(economy.inventory(hero)?.bag[2]?.count, 20);
      await economy.destroy(hero, pelt.id);
      assert.deepEqual((await auditLedger(store)).problems, []);
    } finally {
      await store.close();
    }
  });

  it('bought and looted units join a non-full stack of their kind before taking a slot', async () => {
    const { economy, store } = await economyFixture({ bagSize: 3 });
    try {
      const hero = 'stacker';
      await economy.grant(hero, [], 500, 'admin');
      const first = await economy.buy(hero, 'health_potion', 4);
      // Joins the stack of 4: same item, now 10; no new slot.
      assert.deepEqual(await economy.buy(hero, 'health_potion', 6), { itemId: first.itemId, price: 30 });
      assert.deepEqual(economy.inventory(hero)?.bag.map((item) => item?.count ?? 0), [10, 0, 0]);
      // 10 + 15: 10 fill the stack to 20, the other 5 start a new one.
      const overflow = await economy.buy(hero, 'health_potion', 15);
      assert.equal(overflow.itemId, first.itemId);
      assert.deepEqual(economy.inventory(hero)?.bag.map((item) => item?.count ?? 0), [20, 5, 0]);
      // Loot joins the stack of 5.
      const loot = await economy.grant(hero, [{ templateId: 'health_potion', count: 2 }, { templateId: 'wolf_pelt', count: 1 }], 0, 'loot');
      assert.deepEqual(loot.items.map((item) => [item.templateId, item.count]), [['health_potion', 7], ['wolf_pelt', 1]]);
      assert.equal(loot.itemsLeftBehind, 0);
      // The bag is full now: 13 potions still fit the second stack; 14 would need a slot.
      const before = JSON.stringify(economy.inventory(hero));
      await assert.rejects(economy.buy(hero, 'health_potion', 14), code(ErrorCode.ERROR_CODE_BAG_FULL));
      assert.equal(JSON.stringify(economy.inventory(hero)), before, 'a refused purchase takes no gold and adds nothing');
      await economy.buy(hero, 'health_potion', 13);
      assert.deepEqual(economy.inventory(hero)?.bag.map((item) => item?.count ?? 0), [20, 20, 1]);
      const stream = await store.readEvents(characterStream(hero), 1);
      assert.deepEqual(stream.map((event) => event.type).filter((type) => type === 'ItemStacked').length, 4);
      assert.deepEqual(await replayInventory(store, hero, { bagSize: 3, fromSnapshot: false }), economy.inventory(hero));
      const audit = await auditLedger(store, 3);
      assert.deepEqual(audit.problems, []);
    } finally {
      await store.close();
    }
  });

  it('loot fills free slots, leaves the rest behind, and a retried grant applies once', async () => {
    const { economy, store } = await economyFixture({ bagSize: 2 });
    try {
      const granted: string[] = [];
      economy.onLoot((id) => granted.push(id));
      const grant = await economy.grant('hero3', [{ templateId: 'wolf_pelt', count: 1 }, { templateId: 'wolf_pelt', count: 2 }, { templateId: 'boar_tusk', count: 1 }, { templateId: 'health_potion', count: 1 }], 7, 'loot', 'kill-1');
      // The second pelts join the first: one stack of 3 and the tusk fill the bag.
      assert.deepEqual(grant.items.map((item) => [item.templateId, item.count]), [['wolf_pelt', 3], ['boar_tusk', 1]]);
      assert.equal(grant.itemsLeftBehind, 1);
      assert.equal(grant.gold, 7);
      const again = await economy.grant('hero3', [{ templateId: 'boar_tusk', count: 1 }], 7, 'loot', 'kill-1');
      assert.equal(again.duplicate, true);
      assert.equal(economy.inventory('hero3')?.gold ?? (await economy.load('hero3')).gold, 7);
      await economy.grantLoot('hero3', 'wolf', new SeededRandom(4), 'kill-2');
      assert.deepEqual(granted, ['hero3']);
      assert.equal((await economy.grantLoot('hero3', 'wolf', new SeededRandom(4), 'kill-2')).duplicate, true);
      await assert.rejects(economy.grantLoot('hero3', 'dragon', new SeededRandom(1)), /no loot table/);
      assert.deepEqual((await auditLedger(store, 2)).problems, []);
    } finally {
      await store.close();
    }
  });

  it('snapshots every N events and replays from the snapshot to the same state', async () => {
    const { economy, store } = await economyFixture({ snapshotEvery: 4 });
    try {
      const hero = 'hero4';
      for (let i = 0; i < 5; i += 1) await economy.grant(hero, [{ templateId: 'wolf_pelt', count: 1 }], 1, 'loot');
      const snapshot = await store.loadSnapshot(characterStream(hero));
      assert.ok(snapshot !== undefined && snapshot.version >= 4 && snapshot.version < 10);
      assert.deepEqual(await replayInventory(store, hero), economy.inventory(hero));
      assert.deepEqual(await replayInventory(store, hero, { fromSnapshot: false }), economy.inventory(hero));
    } finally {
      await store.close();
    }
  });

  it('a writer behind another writer gets ECONOMY_BUSY, reloads, and succeeds on retry', async () => {
    const { economy: first, store } = await economyFixture();
    const { economy: second } = await economyFixture({}, store);
    try {
      await first.grant('hero5', [], 50, 'admin');
      await second.load('hero5');
      await first.buy('hero5', 'health_potion', 2);
      await assert.rejects(second.buy('hero5', 'health_potion', 1), code(ErrorCode.ERROR_CODE_ECONOMY_BUSY));
      await second.buy('hero5', 'health_potion', 1);
      assert.equal(second.inventory('hero5')?.gold, 35);
      assert.deepEqual((await auditLedger(store)).problems, []);
    } finally {
      await store.close();
    }
  });

  it('exchanges offers atomically; a retried commit is a duplicate; a bad offer changes nothing', async () => {
    const { economy, store } = await economyFixture({ bagSize: 3 });
    try {
      await economy.grant('ana', [{ templateId: 'iron_sword', count: 1 }], 100, 'admin');
      await economy.grant('bo', [{ templateId: 'wolf_pelt', count: 4 }, { templateId: 'boar_tusk', count: 1 }, { templateId: 'health_potion', count: 1 }], 5, 'admin');
      const sword = economy.inventory('ana')?.bag[0]?.id ?? '';
      const pelt = economy.inventory('bo')?.bag[0]?.id ?? '';
      const before = JSON.stringify([economy.inventory('ana'), economy.inventory('bo')]);
      await assert.rejects(economy.exchange('t0', { characterId: 'ana', itemIds: [sword], gold: 101 }, { characterId: 'bo', itemIds: [], gold: 0 }), code(ErrorCode.ERROR_CODE_TRADE_FAILED));
      // Bo's bag is full: the sword has nowhere to go unless Bo gives something too.
      await assert.rejects(economy.exchange('t1', { characterId: 'ana', itemIds: [sword], gold: 0 }, { characterId: 'bo', itemIds: [], gold: 5 }), /no room/);
      assert.equal(JSON.stringify([economy.inventory('ana'), economy.inventory('bo')]), before);
      assert.equal(await economy.exchange('t2', { characterId: 'ana', itemIds: [sword], gold: 30 }, { characterId: 'bo', itemIds: [pelt], gold: 5 }), 'completed');
      assert.equal(economy.inventory('bo')?.bag.some((item) => item?.id === sword), true);
      assert.equal(economy.inventory('ana')?.bag.some((item) => item?.id === pelt), true);
      assert.equal(economy.inventory('ana')?.gold, 75);
      assert.equal(economy.inventory('bo')?.gold, 30);
      assert.equal(await economy.exchange('t2', { characterId: 'ana', itemIds: [pelt], gold: 0 }, { characterId: 'bo', itemIds: [sword], gold: 0 }), 'duplicate');
      // The duplicate made the economy reload from the store: the first commit stands.
      assert.equal((await economy.load('ana')).bag.some((item) => item?.id === pelt), true);
      assert.deepEqual((await auditLedger(store, 3)).problems, []);
    } finally {
      await store.close();
    }
  });

  it('the audit finds a forged event: an item from no source', async () => {
    const { economy, store } = await economyFixture();
    try {
      await economy.grant('hero6', [{ templateId: 'iron_sword', count: 1 }], 0, 'admin');
      const sword = economy.inventory('hero6')?.bag[0];
      await store.appendEvents({ operationId: 'forged', recordedAt: 0, appends: [{ stream: characterStream('thief'), expectedVersion: 0, events: [{ type: 'ItemTradedIn', data: JSON.stringify({ item: sword, slot: 0, tradeId: 'none' }) }] }] });
      const audit = await auditLedger(store);
      assert.ok(audit.problems.some((p) => /held by hero6 and thief/.test(p)));
      assert.ok(audit.problems.some((p) => /iron_sword: sources minus sinks give 1 but 2 are held/.test(p)));
      assert.ok(audit.problems.some((p) => /unbalanced/.test(p)));
    } finally {
      await store.close();
    }
  });
});
