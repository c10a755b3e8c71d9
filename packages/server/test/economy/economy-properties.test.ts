/**
 * Property tests of the economy's invariants: any sequence of loot, vendor trade, drops,
 * destroying, moving, splitting, equipping and player trade keeps every item in exactly one
 * place, creates and removes items and gold only through recorded sources and sinks, and
 * replays to the same state; a refused command changes nothing; two servers racing to trade
 * the same item away never both succeed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { EQUIPMENT_SLOTS } from '../../src/economy/item-catalog.ts';
import type { Economy } from '../../src/economy/economy.ts';
import { auditLedger } from '../../src/economy/ledger-audit.ts';
import { replayInventory } from '../../src/economy/ledger-replay.ts';
import { itemsOf } from '../../src/economy/inventory.ts';
import type { ItemInstance } from '../../src/economy/ledger-events.ts';
import { RequestError } from '../../src/session/request-error.ts';
import { SeededRandom } from '../../src/world/random.ts';
import { economyFixture } from './economy-fixture.ts';

const CHARACTERS = ['ana', 'bo', 'cy'] as const;
const TEMPLATES = ['iron_sword', 'oak_shield', 'leather_cap', 'health_potion', 'wolf_pelt'] as const;
const BAG = 6;

const step = fc.oneof(
  fc.record({ op: fc.constant('loot' as const), who: fc.nat(2), table: fc.constantFrom('wolf', 'boar', 'bandit'), seed: fc.integer() }),
  fc.record({ op: fc.constant('buy' as const), who: fc.nat(2), template: fc.constantFrom(...TEMPLATES), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ op: fc.constantFrom('sell' as const, 'drop' as const, 'destroy' as const, 'equip' as const), who: fc.nat(2), pick: fc.nat() }),
  fc.record({ op: fc.constant('unequip' as const), who: fc.nat(2), slot: fc.constantFrom(...EQUIPMENT_SLOTS), to: fc.nat(BAG) }),
  fc.record({ op: fc.constant('move' as const), who: fc.nat(2), pick: fc.nat(), to: fc.nat(BAG) }),
  fc.record({ op: fc.constant('split' as const), who: fc.nat(2), pick: fc.nat(), count: fc.integer({ min: 0, max: 4 }), to: fc.nat(BAG) }),
  fc.record({ op: fc.constant('trade' as const), a: fc.nat(2), b: fc.nat(2), picksA: fc.array(fc.nat(), { maxLength: 3 }), picksB: fc.array(fc.nat(), { maxLength: 3 }), goldA: fc.nat(60), goldB: fc.nat(60) }),
);

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function bagItem(economy: Economy, who: string, pick: number): string {
  const items = economy.inventory(who)?.bag.filter((item) => item !== null) ?? [];
  // An id no bag holds when the bag is empty: the command must be refused.
  return items.length === 0 ? 'missing' : (items[pick % items.length]?.id ?? 'missing');
}

async function run(economy: Economy, s: Step, index: number): Promise<void> {
  const name = (i: number): string => CHARACTERS[i] ?? 'ana';
  switch (s.op) {
    case 'loot': await economy.grantLoot(name(s.who), s.table, new SeededRandom(s.seed), `loot-${index}`); return;
    case 'buy': await economy.buy(name(s.who), s.template, s.count); return;
    case 'sell': await economy.sell(name(s.who), bagItem(economy, name(s.who), s.pick)); return;
    case 'drop': await economy.destroy(name(s.who), bagItem(economy, name(s.who), s.pick), 'drop'); return;
    case 'destroy': await economy.destroy(name(s.who), bagItem(economy, name(s.who), s.pick)); return;
    case 'equip': await economy.equip(name(s.who), bagItem(economy, name(s.who), s.pick)); return;
    case 'unequip': await economy.unequip(name(s.who), s.slot, s.to); return;
    case 'move': await economy.moveItem(name(s.who), bagItem(economy, name(s.who), s.pick), s.to); return;
    case 'split': await economy.splitStack(name(s.who), bagItem(economy, name(s.who), s.pick), s.count, s.to); return;
    case 'trade': {
      const picks = (who: string, list: number[]): string[] => [...new Set(list.map((p) => bagItem(economy, who, p)))];
      await economy.exchange(`trade-${index}`,
        { characterId: name(s.a), itemIds: picks(name(s.a), s.picksA), gold: s.goldA },
        { characterId: name(s.b), itemIds: picks(name(s.b), s.picksB), gold: s.goldB });
      return;
    }
  }
}

/**
 * Created units join stacks before taking slots: a template that has a new stack now had all
 * its earlier stacks filled to the stack size first.
 */
function assertStackedFirst(economy: Economy, before: readonly (readonly (ItemInstance | null)[])[]): void {
  for (const [i, who] of CHARACTERS.entries()) {
    const bag = economy.inventory(who)?.bag ?? [];
    const earlier = new Set((before[i] ?? []).flatMap((item) => (item === null ? [] : [item.id])));
    for (const item of bag) {
      if (item === null || earlier.has(item.id)) continue;
      const maxStack = economy.catalog.items.get(item.templateId)?.maxStack ?? 0;
      const notFull = bag.filter((held) => held !== null && earlier.has(held.id) && held.templateId === item.templateId && held.count < maxStack);
      assert.deepEqual(notFull, [], `a new ${item.templateId} stack while an earlier one had room`);
    }
  }
}

describe('economy properties', () => {
  it('random sequences keep the invariants; refused commands change nothing', async () => {
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 25 }), async (steps) => {
      const { economy, store } = await economyFixture({ bagSize: BAG, snapshotEvery: 5 });
      try {
        for (const who of CHARACTERS) await economy.grant(who, [], 150, 'admin');
        for (const [index, s] of steps.entries()) {
          const before = JSON.stringify(CHARACTERS.map((who) => economy.inventory(who)));
          const stacksBefore = CHARACTERS.map((who) => [...(economy.inventory(who)?.bag ?? [])]);
          try {
            await run(economy, s, index);
            if (s.op === 'buy' || s.op === 'loot') assertStackedFirst(economy, stacksBefore);
          } catch (error) {
            assert.ok(error instanceof RequestError, `only refusals may fail: ${String(error)}`);
            assert.equal(JSON.stringify(CHARACTERS.map((who) => economy.inventory(who))), before, `refused ${s.op} changed state`);
          }
        }
        const audit = await auditLedger(store, BAG);
        assert.deepEqual(audit.problems, []);
        for (const who of CHARACTERS) {
          const loaded = economy.inventory(who) ?? await economy.load(who);
          assert.deepEqual(await replayInventory(store, who, { bagSize: BAG }), loaded);
          assert.deepEqual(audit.inventories.get(who), loaded);
        }
        const ids = CHARACTERS.flatMap((who) => itemsOf(audit.inventories.get(who) ?? { bag: [], equipment: {}, gold: 0, version: 0 }).map((item) => item.id));
        assert.equal(new Set(ids).size, ids.length);
      } finally {
        await store.close();
      }
    }), { numRuns: 60 });
  });

  it('two servers trading the same item away at once: exactly one trade succeeds', async () => {
    await fc.assert(fc.asyncProperty(fc.nat(40), fc.nat(40), async (goldB, goldC) => {
      const { economy: first, store } = await economyFixture();
      const { economy: second } = await economyFixture({}, store);
      try {
        await first.grant('ana', [{ templateId: 'iron_sword', count: 1 }], 0, 'admin');
        for (const who of ['bo', 'cy']) await first.grant(who, [], 50, 'admin');
        const sword = first.inventory('ana')?.bag[0]?.id ?? '';
        await second.load('ana');
        const results = await Promise.allSettled([
          first.exchange('t-bo', { characterId: 'ana', itemIds: [sword], gold: 0 }, { characterId: 'bo', itemIds: [], gold: goldB + 1 }),
          second.exchange('t-cy', { characterId: 'ana', itemIds: [sword], gold: 0 }, { characterId: 'cy', itemIds: [], gold: goldC + 1 }),
        ]);
        assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
        const audit = await auditLedger(store);
        assert.deepEqual(audit.problems, []);
        const holders = [...audit.inventories].filter(([, state]) => itemsOf(state).some((item) => item.id === sword)).map(([who]) => who);
        assert.equal(holders.length, 1);
        assert.notEqual(holders[0], 'ana');
      } finally {
        await store.close();
      }
    }), { numRuns: 20 });
  });
});
