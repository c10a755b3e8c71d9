/**
 * Economy ledger benchmark: event store append throughput and replay speed, on SQLite (a file
 * in a fresh temporary directory, WAL, synchronous=FULL: every append is fsynced), once with the
 * connection on the main thread (SqliteStore) and once in its worker thread (what openStore
 * uses), and on PostgreSQL when REALMFORGE_BENCH_POSTGRES_URL names a database (its ledger tables are used as
 * they are; the benchmark writes streams of its own, named by a fresh ULID). A benchmark, not a
 * test: it prints tables and writes bench/results/ledger.json; it asserts nothing.
 *
 * Run: `npm run bench:ledger` (add `-- --quick` for a short smoke run that writes no file).
 *
 * Append: one operation = one transaction appending `eventsPerAppend` events to one stream with
 * an expected version and an operation id, as the economy does; `writers` operations are in
 * flight at once, each on its own stream (PostgreSQL uses a pool; SQLite has one connection and
 * serialises them: on the main thread one commit, one fsync, per append; in its worker thread the
 * appends waiting together share one commit, the group commit). Reported: operations and events committed per second of wall time, and the
 * main thread's event-loop delay while the appends run (perf_hooks.monitorEventLoopDelay, 1 ms
 * resolution: p99 and max), which is what a world tick running beside them would suffer. Each
 * writer starts its next append in a new turn of the event loop, as requests from sockets do.
 * Replay: a character stream of real ledger events (items created, moved, merged, split,
 * equipped, sold; gold in and out) rebuilt with replayInventory from the start and from the
 * latest snapshot; reported as events folded per second and milliseconds per replay.
 * Sign-up storm: `SIGNUPS` new players at once, each making the store calls a server makes for
 * register, login, create character and enter world (two of them writes), one after another with
 * an event-loop turn between (as requests from sockets); reported: seconds until the last one is
 * in, and the time each player waited on the store (p50, p99).
 * @module
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ulid } from 'ulid';
import { applyEvent, emptyInventory, serializeInventory } from '../packages/server/src/economy/inventory.ts';
import type { LedgerEvent } from '../packages/server/src/economy/ledger-events.ts';
import { characterStream, encodeEvent } from '../packages/server/src/economy/ledger-events.ts';
import { replayInventory } from '../packages/server/src/economy/ledger-replay.ts';
import { PostgresStore } from '../packages/server/src/store/postgres-store.ts';
import { SqliteStore } from '../packages/server/src/store/sqlite-store.ts';
import { openSqliteWorkerStore } from '../packages/server/src/store/sqlite-worker-store.ts';
import type { Store } from '../packages/server/src/store/store.ts';
import { describeMachine } from './machine.ts';

const quick = process.argv.includes('--quick');
const APPEND_SECONDS = quick ? 0.3 : 3;
const REPLAY_EVENTS = quick ? 2_000 : 20_000;
const REPLAY_ROUNDS = quick ? 2 : 5;
const SIGNUPS = quick ? 100 : 1000;

/** A valid, endlessly repeatable cycle of ledger events for one character. */
function* ledgerCycle(): Generator<LedgerEvent> {
  for (;;) {
    const a = ulid();
    const b = ulid();
    const sword = ulid();
    yield { type: 'GoldCreated', amount: 25, source: 'loot' };
    yield { type: 'ItemCreated', item: { id: a, templateId: 'health_potion', count: 6 }, slot: 0, source: 'loot' };
    yield { type: 'StackSplit', itemId: a, newItemId: b, count: 2, toSlot: 1 };
    yield { type: 'ItemMoved', itemId: b, toSlot: 2 };
    yield { type: 'StackMerged', fromItemId: b, intoItemId: a, count: 2 };
    yield { type: 'ItemCreated', item: { id: sword, templateId: 'iron_sword', count: 1 }, slot: 3, source: 'vendor' };
    yield { type: 'GoldDestroyed', amount: 20, sink: 'vendor' };
    yield { type: 'ItemEquipped', itemId: sword, equipSlot: 'main_hand' };
    yield { type: 'ItemUnequipped', equipSlot: 'main_hand', toSlot: 3 };
    yield { type: 'ItemDestroyed', itemId: sword, sink: 'vendor' };
    yield { type: 'ItemDestroyed', itemId: a, sink: 'drop' };
  }
}

interface AppendRow { backend: string; eventsPerAppend: number; writers: number; appends: number; seconds: number; appendsPerSecond: number; eventsPerSecond: number; loopDelayP99Ms: number; loopDelayMaxMs: number }
interface StormRow { backend: string; players: number; storeCalls: number; allInSeconds: number; playerP50Ms: number; playerP99Ms: number; loopDelayP99Ms: number; loopDelayMaxMs: number }
interface ReplayRow { backend: string; events: number; fromStartMs: number; fromStartEventsPerSecond: number; fromSnapshotMs: number; snapshotVersion: number }

async function appendRun(backend: string, store: Store, eventsPerAppend: number, writers: number): Promise<AppendRow> {
  const event = encodeEvent({ type: 'GoldCreated', amount: 1, source: 'loot' });
  const events = Array.from({ length: eventsPerAppend }, () => event);
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const deadline = performance.now() + APPEND_SECONDS * 1000;
  const started = performance.now();
  let appends = 0;
  await Promise.all(Array.from({ length: writers }, async () => {
    const stream = `bench:${ulid()}`;
    let version = 0;
    while (performance.now() < deadline) {
      await store.appendEvents({ operationId: ulid(), appends: [{ stream, expectedVersion: version, events }], recordedAt: Date.now() });
      version += eventsPerAppend;
      appends += 1;
      // As a server's requests do, each append starts in its own turn of the event loop, so
      // timers (the world tick, the delay monitor) can run between appends.
      await nextTurn();
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  loop.disable();
  return {
    backend, eventsPerAppend, writers, appends, seconds, appendsPerSecond: appends / seconds, eventsPerSecond: (appends * eventsPerAppend) / seconds,
    loopDelayP99Ms: loop.percentile(99) / 1e6, loopDelayMaxMs: loop.max / 1e6,
  };
}

/** Store calls per player in {@link signUp}. */
const callsPerSignUp = 10;

/** What the server asks of the store for one new player, from register to entering the world. */
async function signUp(store: Store, name: string): Promise<void> {
  const steps: (() => Promise<unknown>)[] = [];
  const account = { id: ulid(), username: name, passwordHash: 'h', createdAt: Date.now() };
  const character = {
    id: ulid(), accountId: account.id, name, classId: 1, level: 1, experience: 0, zone: 'meadow', x: 0, y: 0,
    hitPoints: 10, maxHitPoints: 10, resource: 0, cooldowns: {}, createdAt: Date.now(),
  };
  steps.push(
    () => store.findAccountByUsername(name), () => store.createAccount(account),
    () => store.findAccountByUsername(name), () => store.activeBan(account.id, Date.now()),
    () => store.listCharacters(account.id), () => store.createCharacter(character),
    () => store.getCharacter(character.id), () => store.loadSnapshot(characterStream(character.id)),
    () => store.readEvents(characterStream(character.id), 1), () => store.loadGuildOf(character.id),
  );
  for (const step of steps) {
    await step();
    await nextTurn();
  }
}

async function stormRun(backend: string, store: Store): Promise<StormRow> {
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const started = performance.now();
  const prefix = ulid().slice(-8);
  const waits = await Promise.all(Array.from({ length: SIGNUPS }, async (_, index) => {
    await signUp(store, `p${prefix}${index}`);
    return performance.now() - started;
  }));
  const allInSeconds = (performance.now() - started) / 1000;
  loop.disable();
  waits.sort((a, b) => a - b);
  const at = (fraction: number) => waits[Math.min(waits.length - 1, Math.floor(fraction * waits.length))] ?? 0;
  return {
    backend, players: SIGNUPS, storeCalls: SIGNUPS * callsPerSignUp, allInSeconds, playerP50Ms: at(0.5), playerP99Ms: at(0.99),
    loopDelayP99Ms: loop.percentile(99) / 1e6, loopDelayMaxMs: loop.max / 1e6,
  };
}

function printStorm(row: StormRow): void {
  console.log(`${row.backend.padEnd(14)} sign-up storm ${row.players} players (${row.storeCalls} store calls): all in after ${row.allInSeconds.toFixed(2)} s; each player p50 ${row.playerP50Ms.toFixed(0)} ms, p99 ${row.playerP99Ms.toFixed(0)} ms; event-loop delay p99 ${row.loopDelayP99Ms.toFixed(1)} ms, max ${row.loopDelayMaxMs.toFixed(1)} ms`);
}

async function replayRun(backend: string, store: Store): Promise<ReplayRow> {
  const characterId = `bench-${ulid()}`;
  const stream = characterStream(characterId);
  const cycle = ledgerCycle();
  const state = emptyInventory();
  let version = 0;
  while (version < REPLAY_EVENTS) {
    const batch: LedgerEvent[] = [];
    for (let i = 0; i < 500 && version + batch.length < REPLAY_EVENTS; i += 1) batch.push(cycle.next().value as LedgerEvent);
    for (const event of batch) applyEvent(state, event);
    await store.appendEvents({ operationId: ulid(), appends: [{ stream, expectedVersion: version, events: batch.map(encodeEvent) }], recordedAt: Date.now() });
    version += batch.length;
    state.version = version;
  }
  // A snapshot 100 events before the end, as the economy would have taken.
  const snapshotState = await replayInventory(store, characterId, { fromSnapshot: false });
  const atSnapshot = emptyInventory();
  for (const stored of await store.readEvents(stream, 1)) {
    if (stored.version > version - 100) break;
    applyEvent(atSnapshot, { type: stored.type, ...(JSON.parse(stored.data) as object) } as LedgerEvent);
    atSnapshot.version = stored.version;
  }
  await store.saveSnapshot({ stream, version: atSnapshot.version, state: serializeInventory(atSnapshot) });
  let fromStart = Number.POSITIVE_INFINITY;
  let fromSnapshot = Number.POSITIVE_INFINITY;
  for (let round = 0; round < REPLAY_ROUNDS; round += 1) {
    let t = performance.now();
    const full = await replayInventory(store, characterId, { fromSnapshot: false });
    fromStart = Math.min(fromStart, performance.now() - t);
    t = performance.now();
    const quickState = await replayInventory(store, characterId);
    fromSnapshot = Math.min(fromSnapshot, performance.now() - t);
    if (JSON.stringify(full) !== JSON.stringify(quickState) || JSON.stringify(full) !== JSON.stringify(snapshotState)) throw new Error('replays disagree');
  }
  return { backend, events: version, fromStartMs: fromStart, fromStartEventsPerSecond: version / (fromStart / 1000), fromSnapshotMs: fromSnapshot, snapshotVersion: atSnapshot.version };
}

const appendShapes: readonly [number, number][] = [[1, 1], [10, 1], [1, 8], [10, 8], [1, 64], [10, 64]];

function printAppend(row: AppendRow): void {
  console.log(`${row.backend.padEnd(14)} append ${String(row.eventsPerAppend).padStart(2)} events × ${row.writers} writers: ${row.appendsPerSecond.toFixed(0).padStart(7)} appends/s ${row.eventsPerSecond.toFixed(0).padStart(8)} events/s; event-loop delay p99 ${row.loopDelayP99Ms.toFixed(1)} ms, max ${row.loopDelayMaxMs.toFixed(1)} ms`);
}

function printReplay(replay: ReplayRow): void {
  console.log(`${replay.backend.padEnd(14)} replay ${replay.events} events from the start: ${replay.fromStartMs.toFixed(1)} ms (${replay.fromStartEventsPerSecond.toFixed(0)} events/s); from the snapshot at ${replay.snapshotVersion}: ${replay.fromSnapshotMs.toFixed(2)} ms`);
}

/**
 * Benchmarks the stores side by side: each append shape on every store in turn, then the
 * replays, so a disk that speeds up or slows down during the run (the machine is shared) skews
 * them alike.
 */
async function benchBackends(stores: readonly (readonly [string, Store])[]): Promise<{ appends: AppendRow[]; storms: StormRow[]; replays: ReplayRow[] }> {
  const appends: AppendRow[] = [];
  const storms: StormRow[] = [];
  const replays: ReplayRow[] = [];
  for (const [eventsPerAppend, writers] of appendShapes) {
    for (const [backend, store] of stores) {
      const row = await appendRun(backend, store, eventsPerAppend, writers);
      appends.push(row);
      printAppend(row);
    }
  }
  for (const [backend, store] of stores) {
    const storm = await stormRun(backend, store);
    storms.push(storm);
    printStorm(storm);
  }
  for (const [backend, store] of stores) {
    const replay = await replayRun(backend, store);
    replays.push(replay);
    printReplay(replay);
  }
  return { appends, storms, replays };
}

const dir = mkdtempSync(join(tmpdir(), 'realmforge-ledger-bench-'));
const appends: AppendRow[] = [];
const storms: StormRow[] = [];
const replays: ReplayRow[] = [];
try {
  // The same database two ways, each on its own fresh file.
  const sqliteMain = await SqliteStore.open(join(dir, 'main.db'));
  const sqliteWorker = await openSqliteWorkerStore(join(dir, 'worker.db'), { onCrash: (error) => { throw error; } });
  try {
    const result = await benchBackends([['sqlite main', sqliteMain], ['sqlite worker', sqliteWorker]]);
    appends.push(...result.appends);
    storms.push(...result.storms);
    replays.push(...result.replays);
  } finally {
    await sqliteMain.close();
    await sqliteWorker.close();
  }
  const postgresUrl = process.env.REALMFORGE_BENCH_POSTGRES_URL;
  if (postgresUrl === undefined) console.log('PostgreSQL skipped: set REALMFORGE_BENCH_POSTGRES_URL to include it');
  else {
    const postgres = await PostgresStore.open(postgresUrl);
    try {
      const result = await benchBackends([['postgres', postgres]]);
      appends.push(...result.appends);
      storms.push(...result.storms);
      replays.push(...result.replays);
    } finally {
      await postgres.close();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (!quick) {
  const outDir = new URL('./results/', import.meta.url);
  mkdirSync(outDir, { recursive: true });
  const report = {
    benchmark: 'ledger',
    runAt: new Date().toISOString(),
    machine: describeMachine(),
    parameters: { appendSeconds: APPEND_SECONDS, signUps: SIGNUPS, storeCallsPerSignUp: callsPerSignUp, replayEvents: REPLAY_EVENTS, replayRounds: REPLAY_ROUNDS, sqlite: 'file, WAL, synchronous=FULL; "sqlite main": the connection on the main thread, one commit per append; "sqlite worker": in its worker thread, appends waiting together share one commit (group commit, at most 64)', loopDelayResolutionMs: 1 },
    appends,
    storms,
    replays,
  };
  writeFileSync(new URL('ledger.json', outDir), `${JSON.stringify(report, null, 2)}\n`);
  console.log('wrote bench/results/ledger.json');
}
