/**
 * The SIGKILL crash test, for one storage backend. The real server runs in a child process
 * with a 500 ms save interval; ten players play at once (three trading pairs, two fighters
 * looting rats, two walkers); once every kind of change has been acknowledged the server is
 * killed with SIGKILL while requests are in flight, then started again on the same database.
 * Then:
 * - every acknowledged economy change is in the ledger, and each player's last pushed
 *   inventory is exactly the ledger replayed to that version;
 * - the ledger audit is clean: each item in one place, sources and sinks balanced, trades
 *   balanced, replay from the snapshot equal to replay from the start;
 * - the restarted server's inventories are the ledger's full replay;
 * - positions and experience lost are at most one save interval (plus scheduling slack).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { connectTcp, GameClient } from '@realmforge/client/node';
import type { InventoryMirror } from '@realmforge/client';
import { auditLedger } from '../../src/economy/ledger-audit.ts';
import type { InventoryState } from '../../src/economy/inventory.ts';
import { applyEvent, emptyInventory } from '../../src/economy/inventory.ts';
import type { LedgerEvent } from '../../src/economy/ledger-events.ts';
import { characterStream, decodeEvent } from '../../src/economy/ledger-events.ts';
import { toWireInventory } from '../../src/economy/wire-inventory.ts';
import type { Store } from '../../src/store/store.ts';
import { fighter, lastPurchase, tradingPair } from './crash-activity.ts';
import { writeCrashContent } from './crash-content.ts';
import { Hero, totalExperience } from './crash-hero.ts';
import { startChildServer } from './server-process.ts';

/** How often the server saves characters in this test, ms. */
export const SAVE_INTERVAL_MS = 500;
/**
 * Scheduling slack on top of the save interval, ms: the save timer firing late on a busy
 * machine, the save's own write, and a frame's trip to the client.
 */
export const SAVE_SLACK_MS = 500;
/** Longest wait for every kind of change to be acknowledged before the kill, ms. */
const ACTIVITY_TIMEOUT_MS = 15_000;
/** Activity before the kill at least, ms: several save intervals. */
const MIN_ACTIVITY_MS = 2_000;
/** Position tolerance: frames carry 1/16 m. */
const POSITION_TOLERANCE = 0.1;
const RATE_LIMITS = JSON.stringify(Object.fromEntries(
  ['vendorBuy', 'vendorSell', 'equipItem', 'moveItem', 'tradeRequest', 'tradeRespond', 'tradeSetOffer', 'tradeConfirm', 'tradeCancel', 'selectTarget', 'setAutoAttack']
    .map((kind) => [kind, { burst: 100_000, perSecond: 100_000 }]),
));

/** Where the server keeps its data, and how the test reads it afterwards. */
export interface CrashBackend {
  /** Flags naming the database (`--data-dir`, `--database-url`). */
  readonly flags: readonly string[];
  /** Opens the same database for the audit (after the server stopped). */
  openStore(): Promise<Store>;
}

/** What a run measured, for the test's log. */
export interface CrashReport {
  /** Acknowledged economy changes before the kill. */
  readonly acks: number;
  /** Of them, completed trades (counted once per trade). */
  readonly trades: number;
  /** Of them, loot grants. */
  readonly loots: number;
  /** Requests in flight when the server was killed. */
  readonly inFlightAtKill: number;
  /** Ledger events after the restart. */
  readonly events: number;
  /** How far the walkers walked before the kill, metres (the least of them). */
  readonly walkedMetres: number;
  /** Largest position progress lost, ms before the kill. */
  readonly positionLostMs: number;
  /** Largest experience progress lost, ms before the kill. */
  readonly experienceLostMs: number;
}

type Stacks = readonly { slot?: number | null; item?: { itemId?: string | null; templateId?: string | null; count?: number | null } | null }[] | null | undefined;

/** Bag, equipment, gold and version in one comparable form (of a pushed or a replayed inventory). */
function comparable(inventory: { bag?: Stacks; equipment?: Stacks; gold?: number | null; version?: number | null }): string {
  const stacks = (list: Stacks): string[] =>
    (list ?? []).map((e) => `${e.slot ?? 0}:${e.item?.itemId ?? ''}:${e.item?.templateId ?? ''}:${e.item?.count ?? 0}`).sort();
  return JSON.stringify({ bag: stacks(inventory.bag), equipment: stacks(inventory.equipment), gold: inventory.gold ?? 0, version: inventory.version ?? 0 });
}

function replayTo(events: readonly LedgerEvent[], version: number): InventoryState {
  const state = emptyInventory();
  for (const event of events.slice(0, version)) applyEvent(state, event);
  state.version = version;
  return state;
}

function crashFlags(contentDir: string, backend: CrashBackend): string[] {
  return [
    '--content-dir', contentDir, '--combat-content-file', join(contentDir, '..', 'combat.json'),
    '--save-interval-ms', String(SAVE_INTERVAL_MS), '--message-rate-limits', RATE_LIMITS,
    '--anticheat-warn-at', '999997', '--anticheat-mute-at', '999998', '--anticheat-kick-at', '999999', '--anticheat-ban-at', '1000000',
    ...backend.flags,
  ];
}

/** Runs the crash test on `backend`; `scratch` is a fresh directory for the content. */
export async function crashTest(backend: CrashBackend, scratch: string): Promise<CrashReport> {
  const flags = crashFlags(writeCrashContent(scratch), backend);
  const { levels } = JSON.parse(readFileSync(join(scratch, 'combat.json'), 'utf8')) as { levels: { experienceBase: number; experiencePerLevel: number } };
  const first = await startChildServer(flags);
  let live = true;
  const isLive = (): boolean => live;
  const heroes: Hero[] = [];
  let killAt = 0;
  let inFlightAtKill = 0;
  let walkedMetres = 0;
  try {
    for (let i = 0; i < 10; i += 1) heroes.push(await Hero.enter(first.tcpPort));
    const pairs = [0, 2, 4].map((i) => [heroes[i], heroes[i + 1]] as [Hero, Hero]);
    const fighters = [heroes[6], heroes[7]] as Hero[];
    const walkers = [heroes[8], heroes[9]] as Hero[];
    const started = Date.now();
    for (const walker of walkers) walker.client.move(1, 0);
    const loops = [...pairs.map(([a, b]) => tradingPair(a, b, isLive)), ...fighters.map((hero) => fighter(hero, isLive))];
    const traded = (hero: Hero): boolean => hero.acks.some((ack) => ack.what.startsWith('trade '));
    const looted = (hero: Hero): boolean => hero.acks.some((ack) => ack.what.startsWith('loot '));
    while (Date.now() - started < MIN_ACTIVITY_MS || !pairs.every(([a]) => traded(a)) || !fighters.every(looted)) {
      if (Date.now() - started > ACTIVITY_TIMEOUT_MS) throw new Error(`activity did not cover every kind of change in ${ACTIVITY_TIMEOUT_MS} ms`);
      await sleep(20);
    }
    const fighterHero = fighters[0] as Hero;
    const probe = lastPurchase(fighterHero, isLive);
    inFlightAtKill = heroes.reduce((n, hero) => n + hero.inFlight, 0);
    walkedMetres = Math.min(...walkers.map((walker) => (walker.positions.at(-1)?.x ?? 0) - (walker.positions[0]?.x ?? 0)));
    killAt = Date.now();
    live = false;
    await first.kill();
    await Promise.all([...loops, probe]);
    for (const hero of heroes) {
      assert.deepEqual(hero.failures, [], `${hero.username}: unexpected failures before the kill`);
      hero.client.close();
    }
  } catch (error) {
    live = false;
    await first.kill();
    for (const hero of heroes) hero.client.close();
    throw new Error(`${String(error)}\nserver output:\n${first.tail()}`, { cause: error });
  }

  // The same database, a new process.
  const second = await startChildServer(flags);
  const after = new Map<string, { inventory: InventoryMirror; experience: number; level: number; x: number; y: number }>();
  try {
    for (const hero of heroes) {
      const client = new GameClient(await connectTcp('127.0.0.1', second.tcpPort));
      await client.hello();
      await client.login(hero.username, 'correct horse');
      const character = (await client.listCharacters()).find((c) => c.id === hero.characterId);
      assert.ok(character !== undefined, `${hero.username}'s character survived`);
      await client.enterWorld(hero.characterId);
      for (let i = 0; i < 500 && client.economy.inventory === undefined; i += 1) await sleep(10);
      const inventory = client.economy.inventory;
      assert.ok(inventory !== undefined, `${hero.username} got its inventory after the restart`);
      after.set(hero.characterId, { inventory, experience: character.experience ?? 0, level: character.level ?? 1, x: character.position?.x ?? 0, y: character.position?.y ?? 0 });
      await client.logout();
      client.close();
    }
  } finally {
    await second.stop();
  }

  const store = await backend.openStore();
  try {
    const audit = await auditLedger(store);
    assert.deepEqual(audit.problems, [], 'the ledger audit after the crash');
    assert.ok(walkedMetres > 5, `the walkers walked (${walkedMetres} m), so a lost save would show`);
    let positionLostMs = 0;
    let experienceLostMs = 0;
    const window = SAVE_INTERVAL_MS + SAVE_SLACK_MS;
    for (const hero of heroes) {
      const who = hero.username;
      const events = (await store.readEvents(characterStream(hero.characterId), 1)).map((stored) => decodeEvent(stored.type, stored.data));
      const missing = hero.acks.filter((ack) => !ack.presentIn(events)).map((ack) => ack.what);
      assert.deepEqual(missing, [], `${who}: acknowledged changes missing from the ledger`);
      // What the player was last shown is exactly the ledger at that version.
      const shown = hero.inventory;
      assert.ok((shown.version ?? 0) <= events.length, `${who}: shown version ${shown.version} is in the ledger (${events.length} events)`);
      assert.equal(comparable(toWireInventory(replayTo(events, shown.version ?? 0))), comparable(shown), `${who}: the last inventory shown is the ledger at its version`);
      const restarted = after.get(hero.characterId);
      assert.ok(restarted !== undefined);
      const full = audit.inventories.get(hero.characterId);
      assert.ok(full !== undefined, `${who} has a ledger stream`);
      assert.equal(comparable(restarted.inventory), comparable(toWireInventory(full)), `${who}: the restarted server shows the ledger's replay`);

      // Position: where it was saved is a place the player was, at most one interval before the kill.
      // A position holds from when it was seen until the next one was (or the kill).
      const index = hero.positions.findLastIndex((p) => Math.hypot(p.x - restarted.x, p.y - restarted.y) <= POSITION_TOLERANCE);
      assert.ok(index >= 0, `${who}: saved position (${restarted.x}, ${restarted.y}) is one the player was seen at`);
      const positionLost = killAt - (hero.positions[index + 1]?.at ?? killAt);
      assert.ok(positionLost <= window, `${who}: ${positionLost} ms of movement lost (allowed ${window})`);
      positionLostMs = Math.max(positionLostMs, positionLost);

      // Experience: the saved total is one the player had, and every gain seen up to one interval before the kill is kept.
      const saved = totalExperience(restarted.level, restarted.experience, (level) => levels.experienceBase + levels.experiencePerLevel * (level - 1));
      const kept = hero.experience.findLastIndex((seen) => seen.total === saved);
      assert.ok(kept >= 0, `${who}: saved experience ${saved} is a total the player had (${hero.experience.map((s) => s.total).join(', ')})`);
      const firstLost = hero.experience[kept + 1];
      const experienceLost = firstLost === undefined ? 0 : killAt - firstLost.at;
      assert.ok(experienceLost <= window, `${who}: experience gained ${experienceLost} ms before the kill was lost (allowed ${window})`);
      experienceLostMs = Math.max(experienceLostMs, experienceLost);
    }
    const acks = heroes.flatMap((hero) => hero.acks);
    return {
      acks: acks.length,
      trades: new Set(acks.filter((ack) => ack.what.startsWith('trade ')).map((ack) => ack.what)).size,
      loots: acks.filter((ack) => ack.what.startsWith('loot ')).length,
      inFlightAtKill,
      events: audit.events,
      walkedMetres,
      positionLostMs,
      experienceLostMs,
    };
  } finally {
    await store.close();
  }
}
