/**
 * World benchmark: the cost of a zone's tick (movement, interest management, replication and
 * frame assembly) as the population grows, the bytes each client receives at typical and
 * crowded density (also under graceful degradation), and how many entity updates the
 * replication path delivers per second of server CPU. A benchmark, not a test: it prints tables
 * and writes bench/results/world.json; it asserts nothing about speed (it does check that its
 * own frame counter agrees with the real decoder).
 *
 * Run: `npm run bench:world` (flags after `--`: --quick for a short smoke run that writes no
 * file, --only TEXT to run the cases whose name contains TEXT, --ticks N measured ticks per case,
 * --cell M to try another interest cell size than the configured default, --stride S for the tick
 * cases' distant-entity stride instead of the configured `distantUpdateStride`).
 *
 * Model: the shipped Meadow zone (content/zones/meadow.tmj, 1024 m × 1024 m, loaded with
 * loadWorldContent) and the server's default configuration (loadConfig: 20 Hz, view radius 50 m,
 * hysteresis 5 m, interest cell 25 m, interest period 2, view cap 256) with the movement system. Entities start at seeded-random
 * open positions in a square region and walk at 5 m/s in a seeded-random direction that changes
 * on average every 2 s (and at once when the last tick did not move them: a wall), turning
 * back when they would leave the region. NPCs get their direction set directly (as an AI would);
 * players get it through zone.queueInput (as a client's MoveInput would, one input per change)
 * and have a sink that counts the bytes of each frame delivered to it.
 *
 * Timed: zone.step() plus handing the outbox to the sinks (what World.step does for one zone),
 * per tick, after a warm-up that includes the players' first (reset) frames. The driver's
 * direction changes and the frame counting happen between ticks, untimed. Phases inside the
 * step are timed by wrapping the movement system and the zone's interest-grid update; the rest
 * of the step is replication (routing updates through observersOf, encoding segments once,
 * assembling one frame per player). CPU time is process.cpuUsage() around the same region, so it
 * includes garbage-collector threads. Bytes are whole ServerMessage{world_frame} bodies as the
 * session queues them; stream framing (a 1–3 byte length prefix) and TCP/WebSocket headers are
 * not counted. The machine is shared and noisy: compare rows of one run, not runs.
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CharacterClass, decodeServerMessage, serverPayload } from '@realmforge/protocol';
import { loadConfig } from '../packages/server/src/config/config.ts';
import { Entity, EntityKinds } from '../packages/server/src/world/entity.ts';
import { loadWorldContent } from '../packages/server/src/world/map/tiled-map.ts';
import type { ZoneMap } from '../packages/server/src/world/map/zone-map.ts';
import type { PlayerEntity } from '../packages/server/src/world/player-entity.ts';
import { SeededRandom } from '../packages/server/src/world/random.ts';
import { movementSystem } from '../packages/server/src/world/systems/movement.ts';
import type { ZoneSystem } from '../packages/server/src/world/systems/zone-system.ts';
import { Zone } from '../packages/server/src/world/zone.ts';
import { describeMachine } from './machine.ts';

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    ticks: { type: 'string' },
    cell: { type: 'string' },
    stride: { type: 'string' },
  },
});
const quick = flags.quick;
const config = loadConfig({ env: { REALMFORGE_INTEREST_CELL_SIZE: flags.cell, REALMFORGE_DISTANT_UPDATE_STRIDE: flags.stride } });
/** The tick cases' distant stride: the server's (distantUpdateStride), as a live zone runs when its ticks are cheap. */
const TICK_STRIDE = config.distantUpdateStride;
const TICK_HZ = config.tickRateHz;
const BUDGET_MS = 1000 / TICK_HZ;
const SPEED = 5;
/** Mean ticks between direction changes (2 s at 20 Hz). */
const TURN_EVERY_TICKS = 40;
/** Players send a MoveInput every this many ticks (10 Hz at 20 Hz), as the load harness's bots do. */
const INPUT_EVERY_TICKS = 2;
const WARMUP_TICKS = quick ? 5 : 40;
/** Warm-up stops early (after at least 10 ticks) once it has taken this long (the largest cases). */
const MAX_WARMUP_SECONDS = 10;
const MEASURED_TICKS = flags.ticks === undefined ? (quick ? 10 : 200) : Number(flags.ticks);
/** A case stops early once its measured ticks have taken this long (the largest ones). */
const MAX_MEASURED_SECONDS = quick ? 5 : 40;
/** ...but measures at least this many ticks. */
const MIN_MEASURED_TICKS = quick ? 5 : 30;
const PLAYER_FRACTION_DENSITY = 1 / 3;
/** Ticks walked by the trial population that calibrates the density cases. */
const CALIBRATION_TICKS = quick ? 4 : 40;

const maps = await loadWorldContent(config.contentDir);
const meadowMap = maps.get('meadow');
if (meadowMap === undefined) throw new Error(`no "meadow" zone in ${config.contentDir}`);
const meadow: ZoneMap = meadowMap;
const meadowFile = relative(fileURLToPath(new URL('..', import.meta.url)), meadow.file);
/** One-minute load average when the run started: how busy the (shared) machine was. */
const loadAtStart = loadavg()[0] ?? 0;

/** A square part of the map where a case's entities live. */
interface Region {
  readonly x0: number;
  readonly y0: number;
  readonly side: number;
}

const WHOLE_MAP: Region = { x0: 0, y0: 0, side: Math.min(meadow.width, meadow.height) };
/** The crowded case's town square: 300 m × 300 m in the middle of the Meadow. */
const TOWN: Region = { x0: meadow.width / 2 - 150, y0: meadow.height / 2 - 150, side: 300 };
/**
 * A crowd of 1,000 players, each seeing ~200 others: the start of a load-harness wander run
 * (bots log in at one spawn point and disperse) and its crowd scenario. The side is the one at
 * which 1,000 walkers give ~200 visible each (measured; edges see fewer than the middle).
 */
const CROWD: Region = { x0: meadow.width / 2 - 90, y0: meadow.height / 2 - 90, side: 180 };

interface CaseSpec {
  readonly name: string;
  readonly entities: number;
  readonly players: number;
  readonly region: Region;
  readonly stride: number;
  readonly seed: number;
}

interface Walker {
  readonly entity: Entity;
  readonly player: PlayerEntity | undefined;
  readonly sink: CountingSink | undefined;
  heading: number;
}

/** A player's sink: counts what it is handed, nothing more. */
class CountingSink {
  bytes = 0;
  frames = 0;
  deliverFrame(bytes: Uint8Array): void {
    this.bytes += bytes.length;
    this.frames++;
  }
}

interface PhaseTimer {
  movementMs: number;
  interestMs: number;
}

interface Distribution {
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

interface CaseResult {
  name: string;
  entities: number;
  players: number;
  npcs: number;
  region: string;
  distantStride: number;
  warmupTicks: number;
  ticksMeasured: number;
  avgVisiblePerPlayer: number | null;
  tickMs: Distribution;
  budgetShare: { p50: number; p99: number; max: number };
  phaseMsMedian: { movement: number; interest: number; replication: number };
  phaseMsP99: { movement: number; interest: number; replication: number };
  cpuMsPerTick: number;
  cpuMs: Distribution;
  heapUsedMiB: number;
  framesPerTick: number;
  bytesPerTick: number;
  entersPerTick: number;
  updatesPerTick: number;
  leavesPerTick: number;
  frameBytes: { mean: number; p99: number; max: number } | null;
  bytesPerClientPerSecond: { mean: number; p50: number; p99: number; max: number } | null;
  updatesDeliveredPerTickCpuSecond: number | null;
  updatesDeliveredPerTickWallSecond: number | null;
  updatesDeliveredPerReplicationSecond: number | null;
}

/** Counts in one frame, read from its wire form. */
interface FrameCounts {
  enters: number;
  updates: number;
  leaves: number;
}

/** Where the last {@link readVarint} stopped (a module variable, so reading allocates nothing). */
let varintEnd = 0;

/**
 * Reads a varint at `at`; the offset after it is left in {@link varintEnd}. Counting frames
 * happens between timed ticks, but garbage made here would be collected during them.
 */
function readVarint(bytes: Uint8Array, at: number): number {
  let value = 0;
  let shift = 0;
  for (let p = at; ; shift += 7) {
    const byte = bytes[p++];
    if (byte === undefined) throw new Error('truncated varint');
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) {
      varintEnd = p;
      return value;
    }
  }
}

/**
 * Counts the enters, updates and leaves of an encoded ServerMessage{world_frame} by walking its
 * fields (much cheaper than decoding; checked against the decoder in {@link checkCounter}).
 */
function countFrame(bytes: Uint8Array, out: FrameCounts): void {
  const envelope = readVarint(bytes, 0);
  if (envelope !== ((40 << 3) | 2)) throw new Error(`not a world_frame envelope (tag ${envelope})`);
  const frameLength = readVarint(bytes, varintEnd);
  let at = varintEnd;
  const end = at + frameLength;
  while (at < end) {
    const tag = readVarint(bytes, at);
    at = varintEnd;
    const field = tag >>> 3;
    if ((tag & 7) === 0) {
      readVarint(bytes, at);
      at = varintEnd;
      continue;
    }
    const length = readVarint(bytes, at);
    at = varintEnd;
    if (field === 6) out.enters++;
    else if (field === 7) out.updates++;
    else if (field === 8) {
      for (let p = at; p < at + length; p = varintEnd) {
        readVarint(bytes, p);
        out.leaves++;
      }
    }
    at += length;
  }
}

/** Decodes some frames with the real decoder and compares with {@link countFrame}. */
function checkCounter(frames: readonly Uint8Array[]): void {
  for (const bytes of frames) {
    const payload = serverPayload(decodeServerMessage(bytes));
    if (payload?.kind !== 'worldFrame') throw new Error('frame is not a world_frame');
    const counts = { enters: 0, updates: 0, leaves: 0 };
    countFrame(bytes, counts);
    const frame = payload.value;
    if (counts.enters !== frame.enters.length || counts.updates !== frame.updates.length || counts.leaves !== frame.leaves.length) {
      throw new Error(`frame counter disagrees with the decoder: ${JSON.stringify(counts)} vs ${frame.enters.length}/${frame.updates.length}/${frame.leaves.length}`);
    }
  }
}

function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

function distribution(values: number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return { p50: round3(percentile(sorted, 0.5)), p99: round3(percentile(sorted, 0.99)), max: round3(sorted[sorted.length - 1] ?? 0), mean: round3(sum / sorted.length) };
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

function round3(v: number): number {
  return Math.round(v * 1000) / 1000;
}

/** A random open position in the region, with room for a body around it. */
function openPosition(random: SeededRandom, region: Region): [number, number] {
  for (let attempt = 0; attempt < 10_000; attempt++) {
    const x = region.x0 + 1 + random.next() * (region.side - 2);
    const y = region.y0 + 1 + random.next() * (region.side - 2);
    const c = meadow.collision;
    if (!c.isBlocked(x, y) && !c.isBlocked(x - 0.5, y) && !c.isBlocked(x + 0.5, y) && !c.isBlocked(x, y - 0.5) && !c.isBlocked(x, y + 0.5)) return [x, y];
  }
  throw new Error('no open position found in the region');
}

/** A zone populated for a case: entities spread over the region, the first `players` of them players. */
function populate(spec: CaseSpec, timer: PhaseTimer): { zone: Zone; walkers: Walker[]; random: SeededRandom } {
  const timedMovement: ZoneSystem = {
    name: 'movement (timed)',
    step(zone, dt): void {
      const t0 = performance.now();
      movementSystem.step(zone, dt);
      timer.movementMs += performance.now() - t0;
    },
  };
  const zone = new Zone(meadow, {
    tickRateHz: TICK_HZ,
    viewRadius: config.viewRadius,
    hysteresis: config.interestHysteresis,
    cellSize: config.interestCellSize,
    interestPeriod: config.interestPeriod,
    viewCap: config.viewCap,
    seed: spec.seed,
    systems: [timedMovement],
  });
  const grid = zone.interest;
  const update = grid.update.bind(grid);
  grid.update = (): void => {
    const t0 = performance.now();
    update();
    timer.interestMs += performance.now() - t0;
  };
  zone.distantStride = spec.stride;
  const random = new SeededRandom(spec.seed * 7919 + 1);
  const walkers: Walker[] = [];
  // Players are spread evenly through the population, so they sample every part of the region.
  const playerEvery = spec.players === 0 ? Number.POSITIVE_INFINITY : spec.entities / spec.players;
  let nextPlayer = 0;
  let playersAdded = 0;
  for (let i = 0; i < spec.entities; i++) {
    const [x, y] = openPosition(random, spec.region);
    if (i >= nextPlayer && playersAdded < spec.players) {
      nextPlayer += playerEvery;
      playersAdded++;
      const player = zone.addPlayer({
        characterId: `C${i}`, accountId: `A${i}`, name: `Player${i}`, classId: CharacterClass.CHARACTER_CLASS_WARRIOR,
        level: 10, experience: 0, hitPoints: 100, maxHitPoints: 100, speed: SPEED,
      }, x, y);
      const sink = new CountingSink();
      player.sink = sink;
      walkers.push({ entity: player, player, sink, heading: 0 });
    } else {
      const entity = zone.addEntity((handle) => new Entity(handle, {
        name: `Wolf ${i}`, kind: EntityKinds.npc, classId: CharacterClass.CHARACTER_CLASS_UNSPECIFIED,
        x, y, hitPoints: 50, maxHitPoints: 50, level: 5, speed: SPEED,
      }));
      walkers.push({ entity, player: undefined, sink: undefined, heading: 0 });
    }
  }
  return { zone, walkers, random };
}

let inputSequence = 0;

/** Sets a walker's direction: an NPC's intent directly, a player's through an input. */
function steer(zone: Zone, walker: Walker, heading: number): void {
  walker.heading = heading;
  const dx = Math.cos(heading);
  const dy = Math.sin(heading);
  if (walker.player === undefined) {
    walker.entity.moveX = dx;
    walker.entity.moveY = dy;
  } else {
    zone.queueInput(walker.player, { sequence: ++inputSequence, directionX: dx, directionY: dy, targetX: Number.NaN, targetY: Number.NaN });
  }
}

/** The untimed driver: turns walkers now and then, when blocked, and at the region's edge. */
function drive(zone: Zone, walkers: readonly Walker[], random: SeededRandom, region: Region): void {
  const look = SPEED / TICK_HZ * 4;
  for (const walker of walkers) {
    const e = walker.entity;
    const blocked = zone.tick > 0 && e.lastMovedTick < zone.tick;
    const ahead = { x: e.x + Math.cos(walker.heading) * look, y: e.y + Math.sin(walker.heading) * look };
    const outside = ahead.x < region.x0 + 1 || ahead.y < region.y0 + 1 || ahead.x > region.x0 + region.side - 1 || ahead.y > region.y0 + region.side - 1;
    if (zone.tick === 0 || blocked || random.next() < 1 / TURN_EVERY_TICKS) {
      steer(zone, walker, random.next() * 2 * Math.PI);
    } else if (outside) {
      // Head back inward, roughly towards the middle of the region.
      const cx = region.x0 + region.side / 2 - e.x;
      const cy = region.y0 + region.side / 2 - e.y;
      steer(zone, walker, Math.atan2(cy, cx) + (random.next() - 0.5));
    } else if (walker.player !== undefined && (zone.tick + e.handle) % INPUT_EVERY_TICKS === 0) {
      // Clients (and the load harness's bots) send their input at 10 Hz whether or not it changed.
      steer(zone, walker, walker.heading);
    }
  }
}

function averageVisible(zone: Zone, walkers: readonly Walker[]): number {
  let sum = 0;
  let n = 0;
  for (const w of walkers) {
    if (w.player === undefined) continue;
    sum += zone.interest.visibleTo(w.player.handle).length;
    n++;
  }
  return n === 0 ? Number.NaN : sum / n;
}

/** Collects the previous case's garbage between cases when run with --expose-gc (untimed). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function runCase(spec: CaseSpec): CaseResult {
  collectGarbage();
  const timer: PhaseTimer = { movementMs: 0, interestMs: 0 };
  const { zone, walkers, random } = populate(spec, timer);
  const tickMs: number[] = [];
  const cpuMs: number[] = [];
  const movementMs: number[] = [];
  const interestMs: number[] = [];
  const replicationMs: number[] = [];
  const frameSizes: number[] = [];
  const counts: FrameCounts = { enters: 0, updates: 0, leaves: 0 };
  let cpuMicros = 0;
  let frames = 0;
  let bytes = 0;
  let visibleSum = 0;
  let visibleSamples = 0;
  let measuredMs = 0;
  let ticks = 0;
  let checked = false;
  let replicationTotalMs = 0;
  const bytesAtStart = new Map<CountingSink, number>();
  let warmupEnd = WARMUP_TICKS;
  const warmupStarted = performance.now();
  for (let t = 0; ; t++) {
    if (t < warmupEnd && t >= 10 && performance.now() - warmupStarted > MAX_WARMUP_SECONDS * 1000) warmupEnd = t;
    const measuring = t >= warmupEnd;
    if (measuring && (ticks >= MEASURED_TICKS || (measuredMs > MAX_MEASURED_SECONDS * 1000 && ticks >= MIN_MEASURED_TICKS))) break;
    if (t === warmupEnd) for (const w of walkers) if (w.sink !== undefined) bytesAtStart.set(w.sink, w.sink.bytes);
    drive(zone, walkers, random, spec.region);
    timer.movementMs = 0;
    timer.interestMs = 0;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    zone.step();
    for (const frame of zone.outbox) frame.player.sink?.deliverFrame(frame.bytes, frame.player.ackSequence, frame.reset);
    const elapsed = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    // The first tick's frames are resets (every visible entity enters): check those too.
    if (t === 0) checkCounter(zone.outbox.slice(0, 50).map((f) => f.bytes));
    if (!measuring) continue;
    ticks++;
    measuredMs += elapsed;
    cpuMicros += cpu.user + cpu.system;
    cpuMs.push((cpu.user + cpu.system) / 1000);
    tickMs.push(elapsed);
    movementMs.push(timer.movementMs);
    interestMs.push(timer.interestMs);
    replicationMs.push(elapsed - timer.movementMs - timer.interestMs);
    replicationTotalMs += elapsed - timer.movementMs - timer.interestMs;
    if (!checked && zone.outbox.length > 0) {
      checkCounter(zone.outbox.slice(0, 50).map((f) => f.bytes));
      checked = true;
    }
    for (const frame of zone.outbox) {
      frames++;
      bytes += frame.bytes.length;
      frameSizes.push(frame.bytes.length);
      countFrame(frame.bytes, counts);
    }
    if (spec.players > 0 && ticks % 10 === 1) {
      visibleSum += averageVisible(zone, walkers);
      visibleSamples++;
    }
  }
  const seconds = ticks / TICK_HZ;
  const perClient: number[] = [];
  for (const w of walkers) if (w.sink !== undefined) perClient.push((w.sink.bytes - (bytesAtStart.get(w.sink) ?? 0)) / seconds);
  perClient.sort((a, b) => a - b);
  frameSizes.sort((a, b) => a - b);
  const tick = distribution(tickMs);
  const cpuSecondsPerTick = cpuMicros / 1e6 / ticks;
  const players = spec.players;
  return {
    name: spec.name,
    entities: spec.entities,
    players,
    npcs: spec.entities - players,
    region: spec.region.side === WHOLE_MAP.side ? `whole map (${spec.region.side} m)` : `${spec.region.side} m x ${spec.region.side} m`,
    distantStride: spec.stride,
    warmupTicks: warmupEnd,
    ticksMeasured: ticks,
    avgVisiblePerPlayer: visibleSamples === 0 ? null : round1(visibleSum / visibleSamples),
    tickMs: tick,
    budgetShare: { p50: round3(tick.p50 / BUDGET_MS), p99: round3(tick.p99 / BUDGET_MS), max: round3(tick.max / BUDGET_MS) },
    phaseMsMedian: { movement: distribution(movementMs).p50, interest: distribution(interestMs).p50, replication: distribution(replicationMs).p50 },
    phaseMsP99: { movement: distribution(movementMs).p99, interest: distribution(interestMs).p99, replication: distribution(replicationMs).p99 },
    cpuMsPerTick: round3(cpuSecondsPerTick * 1000),
    cpuMs: distribution(cpuMs),
    heapUsedMiB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
    framesPerTick: round1(frames / ticks),
    bytesPerTick: Math.round(bytes / ticks),
    entersPerTick: round1(counts.enters / ticks),
    updatesPerTick: round1(counts.updates / ticks),
    leavesPerTick: round1(counts.leaves / ticks),
    frameBytes: frames === 0 ? null : { mean: round1(bytes / frames), p99: percentile(frameSizes, 0.99), max: frameSizes[frameSizes.length - 1] ?? 0 },
    bytesPerClientPerSecond: perClient.length === 0
      ? null
      : { mean: Math.round(perClient.reduce((a, b) => a + b, 0) / perClient.length), p50: Math.round(percentile(perClient, 0.5)), p99: Math.round(percentile(perClient, 0.99)), max: Math.round(perClient[perClient.length - 1] ?? 0) },
    updatesDeliveredPerTickCpuSecond: counts.updates === 0 ? null : Math.round(counts.updates / (cpuMicros / 1e6)),
    updatesDeliveredPerTickWallSecond: counts.updates === 0 ? null : Math.round(counts.updates / (measuredMs / 1000)),
    updatesDeliveredPerReplicationSecond: counts.updates === 0 ? null : Math.round(counts.updates / (replicationTotalMs / 1000)),
  };
}

/**
 * The entity count that gives players `target` visible entities on average in the region: one
 * trial population's measured average, scaled (visibility is proportional to density).
 */
function calibrate(region: Region, target: number, seed: number): number {
  const trial = Math.round((target / (Math.PI * config.viewRadius ** 2)) * region.side * region.side);
  const players = Math.max(1, Math.round(trial * PLAYER_FRACTION_DENSITY));
  const { zone, walkers, random } = populate({ name: 'calibration', entities: trial, players, region, stride: 1, seed }, { movementMs: 0, interestMs: 0 });
  // Walk a while first: the hysteresis band and the region's edges shape the steady state.
  let visible = 0;
  for (let t = 0; t < CALIBRATION_TICKS; t++) {
    drive(zone, walkers, random, region);
    zone.step();
    if (t >= CALIBRATION_TICKS / 2) visible += averageVisible(zone, walkers) / (CALIBRATION_TICKS / 2);
  }
  return Math.round(((trial - 1) * target) / visible) + 1;
}

function wanted(name: string): boolean {
  return flags.only === undefined || name.includes(flags.only);
}

// ---- 1. Tick time against population -------------------------------------------------------

const sizes = quick ? [1000, 5000] : [1000, 5000, 10_000, 20_000];
const tickCases: CaseSpec[] = [];
for (const n of sizes) {
  tickCases.push({ name: `${n}: npcs only`, entities: n, players: 0, region: WHOLE_MAP, stride: TICK_STRIDE, seed: n + 1 });
  if (n > 1000) tickCases.push({ name: `${n}: 1000 players + ${n - 1000} npcs`, entities: n, players: 1000, region: WHOLE_MAP, stride: TICK_STRIDE, seed: n + 2 });
  tickCases.push({ name: `${n}: players only`, entities: n, players: n, region: WHOLE_MAP, stride: TICK_STRIDE, seed: n + 3 });
  if (n === 1000) tickCases.push({ name: '1000: players crowded', entities: 1000, players: 1000, region: CROWD, stride: TICK_STRIDE, seed: 1004 });
  // The target zone (as in bench/aoi.bench.ts): 5,000 players and 10,000 NPCs.
  if (n === 10_000) tickCases.push({ name: '15000: 5000 players + 10000 npcs', entities: 15_000, players: 5000, region: WHOLE_MAP, stride: TICK_STRIDE, seed: 15_002 });
}

const machine = describeMachine();
console.log(`world benchmark: ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}`);
console.log(`zone "${meadow.id}" (${meadow.width} m x ${meadow.height} m, ${meadowFile}); ${TICK_HZ} Hz, view ${config.viewRadius} m + ${config.interestHysteresis} m, cell ${config.interestCellSize} m; walkers at ${SPEED} m/s`);
console.log(`${WARMUP_TICKS} warm-up ticks (fewer past ${MAX_WARMUP_SECONDS} s), then up to ${MEASURED_TICKS} measured ticks (at least ${MIN_MEASURED_TICKS}, stopping after ${MAX_MEASURED_SECONDS} s)\n`);

const tickResults: CaseResult[] = [];
for (const spec of tickCases) {
  if (!wanted(spec.name)) continue;
  const r = runCase(spec);
  tickResults.push(r);
  console.log(`  ${r.name}: p50 ${r.tickMs.p50} ms, p99 ${r.tickMs.p99} ms (${r.ticksMeasured} ticks)`);
}

// ---- 2. Bytes per client, typical and crowded ----------------------------------------------

const densities = [
  { label: 'typical', target: 50, region: WHOLE_MAP, seed: 501 },
  { label: 'crowded', target: 300, region: TOWN, seed: 502 },
];
const strides = quick ? [1, 4] : [1, 2, 4];
const bandwidthResults: (CaseResult & { density: string; targetVisible: number })[] = [];
for (const d of densities) {
  if (!strides.some((s) => wanted(`${d.label} stride ${s}`))) continue;
  const entities = calibrate(d.region, d.target, d.seed);
  const players = Math.round(entities * PLAYER_FRACTION_DENSITY);
  for (const stride of strides) {
    const name = `${d.label} stride ${stride}`;
    if (!wanted(name)) continue;
    const r = runCase({ name, entities, players, region: d.region, stride, seed: d.seed });
    bandwidthResults.push({ ...r, density: d.label, targetVisible: d.target });
    console.log(`  ${r.name}: ${r.entities} entities, ${r.avgVisiblePerPlayer ?? '-'} visible, ${r.bytesPerClientPerSecond?.mean ?? '-'} B/s per client`);
  }
}

// ---- 3. Fan-out: updates delivered per second of tick CPU, crowded -------------------------

const crowded = bandwidthResults.find((r) => r.density === 'crowded' && r.distantStride === 1);
const fanOut = crowded === undefined
  ? null
  : {
    case: crowded.name,
    entities: crowded.entities,
    players: crowded.players,
    avgVisiblePerPlayer: crowded.avgVisiblePerPlayer,
    updatesDeliveredPerTick: crowded.updatesPerTick,
    entersDeliveredPerTick: crowded.entersPerTick,
    tickCpuMs: crowded.cpuMsPerTick,
    tickWallMsP50: crowded.tickMs.p50,
    updatesPerTickCpuSecond: crowded.updatesDeliveredPerTickCpuSecond,
    updatesPerTickWallSecond: crowded.updatesDeliveredPerTickWallSecond,
    updatesPerReplicationSecond: crowded.updatesDeliveredPerReplicationSecond,
    nsOfTickCpuPerUpdate: crowded.updatesPerTick === 0 ? null : round1((crowded.cpuMsPerTick * 1e6) / crowded.updatesPerTick),
  };

printTables();

if (quick || flags.only !== undefined || flags.ticks !== undefined || flags.cell !== undefined) {
  console.log('\n--quick, --only, --ticks or --cell: results not written');
} else {
  const outDir = new URL('./results/', import.meta.url);
  mkdirSync(outDir, { recursive: true });
  const out = new URL('world.json', outDir);
  const report = {
    benchmark: 'world',
    date: new Date().toISOString(),
    machine,
    loadAverage1m: { start: round1(loadAtStart), end: round1(loadavg()[0] ?? 0) },
    parameters: {
      zone: `${meadow.id} (${meadowFile}, ${meadow.width} m x ${meadow.height} m, loaded by loadWorldContent)`,
      tickRateHz: TICK_HZ,
      budgetMs: BUDGET_MS,
      viewRadiusM: config.viewRadius,
      hysteresisM: config.interestHysteresis,
      cellSizeM: config.interestCellSize,
      speedMps: SPEED,
      meanTicksBetweenTurns: TURN_EVERY_TICKS,
      playerInputEveryTicks: INPUT_EVERY_TICKS,
      warmupTicks: WARMUP_TICKS,
      maxWarmupSeconds: MAX_WARMUP_SECONDS,
      measuredTicks: MEASURED_TICKS,
      minMeasuredTicks: MIN_MEASURED_TICKS,
      maxMeasuredSeconds: MAX_MEASURED_SECONDS,
      densityPlayerFraction: PLAYER_FRACTION_DENSITY,
      crowdedRegion: `${TOWN.side} m x ${TOWN.side} m at (${TOWN.x0}, ${TOWN.y0})`,
      crowdRegion: `${CROWD.side} m x ${CROWD.side} m at (${CROWD.x0}, ${CROWD.y0})`,
    },
    method: 'timed per tick: zone.step() + handing the outbox to counting sinks (untimed driver between ticks); phases by wrapping the movement system and interest.update (replication = the rest); CPU = process.cpuUsage() over the same region; bytes = ServerMessage{world_frame} bodies without stream framing; visible = mean of interest.visibleTo(player).length sampled every 10 measured ticks',
    tickScaling: tickResults,
    bandwidth: bandwidthResults,
    fanOut,
  };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${out.pathname}`);
}

function table(header: string[], rows: string[][], leftColumns = 1): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((cell, i) => (i < leftColumns ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i < leftColumns ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

function printTables(): void {
  if (tickResults.length > 0) {
    console.log('\n1. Tick time against population (one zone, every entity moving; phases p50/p99)\n');
    table(
      ['case', 'players', 'visible', 'ticks', 'p50 ms', 'p99 ms', 'max ms', 'p50 budget', 'p99 budget', 'cpu p50', 'cpu p99', 'move', 'aoi', 'repl', 'frames/tick', 'KiB/tick'],
      tickResults.map((r) => [
        r.name, String(r.players), r.avgVisiblePerPlayer === null ? '-' : String(r.avgVisiblePerPlayer), String(r.ticksMeasured),
        r.tickMs.p50.toFixed(2), r.tickMs.p99.toFixed(2), r.tickMs.max.toFixed(2),
        `${(r.budgetShare.p50 * 100).toFixed(1)}%`, `${(r.budgetShare.p99 * 100).toFixed(1)}%`, r.cpuMs.p50.toFixed(2), r.cpuMs.p99.toFixed(2),
        `${r.phaseMsMedian.movement.toFixed(2)}/${r.phaseMsP99.movement.toFixed(2)}`,
        `${r.phaseMsMedian.interest.toFixed(2)}/${r.phaseMsP99.interest.toFixed(2)}`,
        `${r.phaseMsMedian.replication.toFixed(2)}/${r.phaseMsP99.replication.toFixed(2)}`,
        String(r.framesPerTick), (r.bytesPerTick / 1024).toFixed(1),
      ]),
    );
  }
  if (bandwidthResults.length > 0) {
    console.log('\n2. Bytes per client at 20 Hz (1/3 of entities are players; all move)\n');
    table(
      ['case', 'entities', 'players', 'visible', 'B/s mean', 'B/s p99', 'frame B mean', 'frame B p99', 'updates/tick', 'p50 ms', 'p99 ms', 'cpu p50'],
      bandwidthResults.map((r) => [
        r.name, String(r.entities), String(r.players), String(r.avgVisiblePerPlayer ?? '-'),
        String(r.bytesPerClientPerSecond?.mean ?? '-'), String(r.bytesPerClientPerSecond?.p99 ?? '-'),
        String(r.frameBytes?.mean ?? '-'), String(r.frameBytes?.p99 ?? '-'),
        String(r.updatesPerTick), r.tickMs.p50.toFixed(2), r.tickMs.p99.toFixed(2), r.cpuMs.p50.toFixed(2),
      ]),
    );
  }
  if (fanOut !== null) {
    console.log('\n3. Fan-out, crowded, full rate\n');
    table(
      ['case', 'updates/tick', 'tick CPU ms', 'updates per tick CPU s', 'per tick wall s', 'per replication s', 'ns tick CPU per update'],
      [[fanOut.case, String(fanOut.updatesDeliveredPerTick), String(fanOut.tickCpuMs), String(fanOut.updatesPerTickCpuSecond), String(fanOut.updatesPerTickWallSecond), String(fanOut.updatesPerReplicationSecond), String(fanOut.nsOfTickCpuPerUpdate)]],
    );
  }
}
