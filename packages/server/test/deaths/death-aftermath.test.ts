/**
 * The aftermath of deaths, out of the tick: loot granted durably through the real economy exactly
 * once per kill, with the seeded roll; retries with one operation id; failures logged, never
 * thrown; the in-flight bound; a dead player's trades cancelled.
 */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { DeathAftermath, LOOT_GRANT_ATTEMPTS, MAX_LOOT_GRANTS_IN_FLIGHT } from '../../src/deaths/death-aftermath.ts';
import type { Economy, LootGrant } from '../../src/economy/economy.ts';
import { characterStream } from '../../src/economy/ledger-events.ts';
import { rollLoot } from '../../src/economy/loot.ts';
import { createLogger } from '../../src/ops/logger.ts';
import type { TradeEndCause } from '../../src/trade/trade-service.ts';
import type { Deaths, NpcKill } from '../../src/world/npc/death-notices.ts';
import { SeededRandom } from '../../src/world/random.ts';
import { economyFixture, quietLog } from '../economy/economy-fixture.ts';

/** Death notices as a test hands them over. */
class Notices {
  dropped = 0;
  kills: NpcKill[] = [];
  fallen: string[] = [];
  #noted: (() => void) | undefined;

  onNoted(listener: () => void): void {
    this.#noted = listener;
  }

  /** Notes deaths the way the zone system does, telling the listener. */
  note(kills: NpcKill[], fallen: string[] = []): void {
    this.kills.push(...kills);
    this.fallen.push(...fallen);
    this.#noted?.();
  }

  take(): Deaths {
    const deaths = { kills: this.kills, fallen: this.fallen };
    this.kills = [];
    this.fallen = [];
    return deaths;
  }
}

class Trades {
  readonly cancelled: [string, TradeEndCause][] = [];
  cancelFor(characterId: string, cause: TradeEndCause): void {
    this.cancelled.push([characterId, cause]);
  }
}

function kill(characterId: string, lootSeed = 1234): NpcKill {
  return { characterId, templateId: 'grey-wolf', lootTable: 'wolf', lootSeed, zone: 'meadow', tick: 100 };
}

function capturingLog(): { log: ReturnType<typeof createLogger>; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { log: createLogger({ logLevel: 'error', logPretty: false }, sink), lines: () => chunks.join('').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const noGrant: LootGrant = { items: [], gold: 0, itemsLeftBehind: 0, duplicate: false };

describe('DeathAftermath', () => {
  it('grants a kill\'s seeded loot through the economy once, after the tick, durably; a dead player\'s trades end', async () => {
    const { economy, store } = await economyFixture();
    try {
      const notices = new Notices();
      const trades = new Trades();
      const pushed: LootGrant[] = [];
      economy.onLoot((_id, grant) => pushed.push(grant));
      const aftermath = new DeathAftermath({ notices, economy, trades, log: quietLog });
      notices.note([kill('hero-1', 99), { ...kill('hero-1', 7), lootTable: undefined }], ['hero-2']);
      assert.equal(aftermath.inFlight, 0, 'nothing happens inside the tick that noted it');
      await nextTurn();
      assert.deepEqual(trades.cancelled, [['hero-2', 'died']]);
      await aftermath.close();
      assert.equal(aftermath.counts.granted, 1, 'a kill without a loot table grants nothing');
      const table = economy.catalog.lootTables.get('wolf');
      assert.ok(table !== undefined);
      const expected = rollLoot(table, new SeededRandom(99));
      const state = await economy.load('hero-1');
      assert.equal(state.gold, expected.gold);
      const items = state.bag.filter((item) => item !== null).map((item) => ({ templateId: item.templateId, count: item.count }));
      assert.deepEqual(items, expected.items);
      assert.equal(pushed.length, 1, 'one loot push');
      const events = await store.readEvents(characterStream('hero-1'), 0);
      assert.equal(events.length, expected.items.length + (expected.gold > 0 ? 1 : 0), 'the one kill\'s events, once');
      await aftermath.close();
      assert.equal(aftermath.counts.granted, 1, 'taking again grants nothing more');
    } finally {
      await store.close();
    }
  });

  it('retries a failed grant with the same operation id, so the ledger applies it once', async () => {
    const operations: string[] = [];
    let failures = 2;
    const economy: Pick<Economy, 'grantLoot'> = {
      grantLoot(_characterId, _table, _random, operationId) {
        operations.push(operationId ?? '');
        return failures-- > 0 ? Promise.reject(new Error('database away')) : Promise.resolve(noGrant);
      },
    };
    const notices = new Notices();
    const aftermath = new DeathAftermath({ notices, economy, trades: new Trades(), log: quietLog, retryDelayMs: 1 });
    notices.note([kill('hero-1')]);
    await nextTurn();
    await aftermath.close();
    assert.equal(operations.length, 3);
    assert.equal(new Set(operations).size, 1);
    assert.match(operations[0] ?? '', /^loot:/);
    assert.deepEqual(aftermath.counts, { granted: 1, failed: 0, dropped: 0 });
  });

  it('a grant that keeps failing, or a trade cancel that throws, is logged; nothing is thrown or left unhandled', async () => {
    const { log, lines } = capturingLog();
    let calls = 0;
    const economy: Pick<Economy, 'grantLoot'> = {
      grantLoot() {
        calls++;
        return Promise.reject(new Error('database away'));
      },
    };
    const trades = {
      cancelFor(): void {
        throw new Error('trade table broken');
      },
    };
    const notices = new Notices();
    const aftermath = new DeathAftermath({ notices, economy, trades, log, retryDelayMs: 1 });
    notices.note([kill('hero-1')], ['hero-1']);
    await nextTurn();
    await aftermath.close();
    assert.equal(calls, LOOT_GRANT_ATTEMPTS);
    assert.deepEqual(aftermath.counts, { granted: 0, failed: 1, dropped: 0 });
    const messages = lines().map((line) => line.msg);
    assert.ok(messages.includes('granting loot failed'));
    assert.ok(messages.includes('cancelling the trades of a dead player failed'));
  });

  it('bounds the grants in flight: beyond the bound a kill\'s loot is dropped and logged', async () => {
    const { log, lines } = capturingLog();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const economy: Pick<Economy, 'grantLoot'> = { grantLoot: () => gate.then(() => noGrant) };
    const notices = new Notices();
    const aftermath = new DeathAftermath({ notices, economy, trades: new Trades(), log });
    notices.note(Array.from({ length: MAX_LOOT_GRANTS_IN_FLIGHT + 2 }, (_, i) => kill(`hero-${i}`)));
    aftermath.takeNotes();
    assert.equal(aftermath.inFlight, MAX_LOOT_GRANTS_IN_FLIGHT);
    assert.equal(aftermath.counts.dropped, 2);
    assert.equal(lines().filter((line) => String(line.msg).startsWith('too many loot grants in flight')).length, 2);
    notices.dropped = 5;
    aftermath.takeNotes();
    assert.ok(lines().some((line) => line.dropped === 5 && String(line.msg).startsWith('death notes were dropped')), 'notes dropped by the zone system are logged');
    release();
    await aftermath.close();
    assert.equal(aftermath.counts.granted, MAX_LOOT_GRANTS_IN_FLIGHT);
  });
});
