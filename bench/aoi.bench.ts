/**
 * AOI benchmark: the CPU cost of spatial interest management (InterestGrid) per moved entity,
 * at low and high density, and as population grows at a fixed density. A benchmark, not a test:
 * it prints a table and writes bench/results/aoi.json; it asserts nothing.
 *
 * Run: `npm run bench:aoi` (add `-- --quick` for a short smoke run that writes no file).
 *
 * Model: entities start at seeded-random positions in a square area and walk at 5 m/s (0.25 m
 * per tick at 20 Hz), turning now and then and bouncing off the area's edges. One entity in three
 * is a player and an observer (the 5,000 players + 10,000 NPCs zone of the target has the same
 * ratio); view radius 50 m, hysteresis 5 m. Each tick the new positions are computed untimed,
 * then the timed part is: `move()` for every moving entity, then `update()`. Reported cost per
 * moved entity = (time of the moves + update) / entities moved. Optionally the inverse index is
 * also timed: `observersOf(id)` for every entity after the update, as replication would ask.
 *
 * The "interest period" series runs the density cases with `period` 1 and 2 (InterestOptions:
 * a moving observer's view recomputed one update in two), row after row, to compare within one
 * run; every other row uses period 1. The "view cap" series runs crowds (and the zone, which
 * never fills a view) with period 2, without a cap, with the server's default of 256
 * (InterestOptions.maxVisible), and with 256 and view priorities (a target, attackers and a
 * party of five per observer, as a crowd of fighters would have), row after row.
 *
 * Statistic: per-tick times after a warm-up; the median tick is reported, and p99 shows GC and
 * noise. Time is this thread's CPU time (process.threadCpuUsage), which does not count time the
 * OS gave to other processes on a shared machine; wall time is shown next to it. Compare rows of
 * one run, not runs. Set AOI_CELL to change the cell size, AOI_ONLY to run matching rows only
 * (nothing is written then).
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { InterestGrid } from '../packages/server/src/world/interest-grid.ts';
import type { ViewPriorities } from '../packages/server/src/world/view-cap.ts';
import { describeMachine } from './machine.ts';

const quick = process.argv.includes('--quick');
const VIEW_RADIUS = 50;
const HYSTERESIS = 5;
const STEP = 0.25;
const OBSERVER_EVERY = 3;

interface Scenario {
  /** Row name. */
  readonly name: string;
  /** Which table the row belongs to. */
  readonly series: string;
  readonly entities: number;
  /** Side of the square area, metres. */
  readonly side: number;
  readonly cellSize: number;
  /** Fraction of entities that move each tick (the rest stand still). */
  readonly moving: number;
  readonly ticks: number;
  /** Also time observersOf() for every entity each tick. */
  readonly inverse?: boolean;
  /** InterestOptions.period (1 when omitted). */
  readonly period?: number;
  /** InterestOptions.maxVisible (0, no cap, when omitted). */
  readonly maxVisible?: number;
  /** InterestOptions.priorities: each observer keeps a target, its party and its attackers (see {@link benchPriorities}). */
  readonly priorities?: boolean;
  /**
   * Ablation: nudge every observer by 1e-9 m each tick so that update() recomputes every view
   * in full instead of applying moves pair by pair to the observers that did not move.
   */
  readonly forceFull?: boolean;
}

interface Stat {
  median: number;
  p99: number;
}

interface Result {
  name: string;
  series: string;
  entities: number;
  observers: number;
  areaM: string;
  densityPerKm2: number;
  cellSize: number;
  /** InterestOptions.period. */
  period: number;
  movingFraction: number;
  movedPerTick: number;
  ticksMeasured: number;
  avgVisiblePerObserver: number;
  enterLeaveEventsPerTick: number;
  /** (move() calls + update()) per tick / entities moved: wall clock, median and p99 tick. */
  nsPerMovedEntity: Stat;
  /** The same from thread CPU time, mean over all measured ticks (robust to other processes). */
  cpuNsPerMovedEntity: number;
  /** One move() call: wall clock, median tick. */
  moveNs: number;
  /** update() alone: wall clock, ms per tick. */
  updateMsPerTick: Stat;
  /** Moves + update: wall clock, median tick, ms. */
  tickMs: number;
  /** tickMs × 20 Hz: the fraction of one core the AOI needs at 20 ticks per second. */
  coreFractionAt20Hz: number;
  /** Moves + update: thread CPU, mean per tick, ms. */
  cpuTickMs: number;
  /** cpuTickMs × 20 Hz. */
  cpuCoreFractionAt20Hz: number;
  /** observersOf() for every entity after update(): thread CPU ms per tick (null: not measured). */
  observersOfAllCpuMs: number | null;
  /** The same per (observer, entity) pair returned, ns. */
  observersOfNsPerPair: number | null;
}

/** mulberry32: a small seeded PRNG, so every run places and walks entities identically. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Wall clock, ns. */
function wall(): number {
  return Number(process.hrtime.bigint());
}

/**
 * This thread's CPU time (user + system), ns; not advanced while the OS runs other processes.
 * On the reference VM it advances in 4 ms steps (tick-based accounting), so only sums over many
 * ticks are meaningful: per tick, a step lands in whichever phase is running, which makes the
 * sum an unbiased sample.
 */
function cpu(): number {
  const usage = process.threadCpuUsage();
  return (usage.user + usage.system) * 1000;
}

function stat(values: number[]): Stat {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
  return { median: round1(at(0.5)), p99: round1(at(0.99)) };
}

function run(s: Scenario): Result {
  const rand = random(0xa01 + s.entities);
  const n = s.entities;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const heading = new Float64Array(n);
  const period = s.period ?? 1;
  const priorities = s.priorities === true ? benchPriorities(n) : undefined;
  const grid = new InterestGrid({ cellSize: s.cellSize, viewRadius: VIEW_RADIUS, hysteresis: HYSTERESIS, period, maxVisible: s.maxVisible ?? 0, priorities });
  for (let i = 0; i < n; i++) {
    x[i] = rand() * s.side;
    y[i] = rand() * s.side;
    heading[i] = rand() * 2 * Math.PI;
    grid.insert(i, x[i] ?? 0, y[i] ?? 0);
  }
  let observers = 0;
  for (let i = 0; i < n; i += OBSERVER_EVERY) {
    grid.addObserver(i);
    observers++;
  }
  grid.update();
  const movers = new Int32Array(n);
  let moverCount = 0;
  for (let i = 0; i < n; i++) if (rand() < s.moving) movers[moverCount++] = i;
  const isMover = new Uint8Array(n);
  for (let k = 0; k < moverCount; k++) isMover[movers[k] ?? 0] = 1;

  const step = (): void => {
    for (let k = 0; k < moverCount; k++) {
      const i = movers[k] ?? 0;
      let h = heading[i] ?? 0;
      if (rand() < 0.02) h = rand() * 2 * Math.PI;
      let nx = (x[i] ?? 0) + STEP * Math.cos(h);
      let ny = (y[i] ?? 0) + STEP * Math.sin(h);
      if (nx < 0 || nx > s.side) {
        h = Math.PI - h;
        nx = Math.min(s.side, Math.max(0, nx));
      }
      if (ny < 0 || ny > s.side) {
        h = -h;
        ny = Math.min(s.side, Math.max(0, ny));
      }
      heading[i] = h;
      x[i] = nx;
      y[i] = ny;
    }
  };

  const warmup = quick ? 3 : Math.max(5, Math.floor(s.ticks / 5));
  const ticks = quick ? 5 : s.ticks;
  const wallPerMoved: number[] = [];
  const wallMove: number[] = [];
  const wallUpdate: number[] = [];
  let cpuTotal = 0;
  let events = 0;
  let inverseCpu = 0;
  let pairs = 0;
  let sink = 0;
  for (let t = 0; t < warmup + ticks; t++) {
    step();
    const nudge = t % 2 === 0 ? 1e-9 : -1e-9;
    const w0 = wall();
    const c0 = cpu();
    for (let k = 0; k < moverCount; k++) {
      const i = movers[k] ?? 0;
      grid.move(i, x[i] ?? 0, y[i] ?? 0);
    }
    if (s.forceFull === true) {
      for (let i = 0; i < n; i += OBSERVER_EVERY) if (isMover[i] === 0) grid.move(i, (x[i] ?? 0) + nudge, y[i] ?? 0);
    }
    const w1 = wall();
    grid.update();
    const c2 = cpu();
    const w2 = wall();
    let tickPairs = 0;
    if (s.inverse === true) {
      for (let i = 0; i < n; i++) tickPairs += grid.observersOf(i).length;
      sink += tickPairs;
    }
    const c3 = cpu();
    if (t < warmup) continue;
    cpuTotal += c2 - c0;
    wallPerMoved.push((w2 - w0) / moverCount);
    wallMove.push((w1 - w0) / (moverCount + (s.forceFull === true ? observers : 0)));
    wallUpdate.push((w2 - w1) / 1e6);
    inverseCpu += c3 - c2;
    pairs += tickPairs;
    for (let o = 0; o < n; o += OBSERVER_EVERY) {
      const c = grid.changesFor(o);
      events += c.entered.length + c.left.length;
    }
  }
  let visible = 0;
  for (let o = 0; o < n; o += OBSERVER_EVERY) visible += grid.visibleTo(o).length;
  if (sink === -1) console.log(sink);
  const cpuTickMs = cpuTotal / ticks / 1e6;
  const perMoved = stat(wallPerMoved);
  const tickMs = (perMoved.median * moverCount) / 1e6;
  return {
    name: s.name,
    series: s.series,
    entities: n,
    observers,
    areaM: `${s.side} x ${s.side}`,
    densityPerKm2: Math.round((n / (s.side * s.side)) * 1e6),
    cellSize: s.cellSize,
    period,
    movingFraction: s.moving,
    movedPerTick: moverCount,
    ticksMeasured: ticks,
    avgVisiblePerObserver: round1(visible / observers),
    enterLeaveEventsPerTick: round1(events / ticks),
    nsPerMovedEntity: perMoved,
    cpuNsPerMovedEntity: round1(cpuTotal / ticks / moverCount),
    moveNs: stat(wallMove).median,
    updateMsPerTick: roundStat3(stat(wallUpdate.map((v) => v * 1000)), 1000),
    tickMs: round3(tickMs),
    coreFractionAt20Hz: round3((tickMs * 20) / 1000),
    cpuTickMs: round3(cpuTickMs),
    cpuCoreFractionAt20Hz: round3((cpuTickMs * 20) / 1000),
    observersOfAllCpuMs: s.inverse === true ? round3(inverseCpu / ticks / 1e6) : null,
    observersOfNsPerPair: s.inverse === true && pairs > 0 ? round1(inverseCpu / pairs) : null,
  };
}

function roundStat3(s: Stat, divide: number): Stat {
  return { median: round3(s.median / divide), p99: round3(s.p99 / divide) };
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}

function round3(v: number): number {
  return Math.round(v * 1000) / 1000;
}

/**
 * View priorities as a crowd of fighters would have them: every entity targets a random one with
 * probability 1/2 (an observer keeps its target and every entity targeting it), and observers
 * form parties of five. Seeded apart from the walk, so positions match the rows without them.
 */
function benchPriorities(n: number): ViewPriorities {
  const rand = random(0x9a27 + n);
  const target = new Int32Array(n).fill(-1);
  const attackers: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    if (rand() >= 0.5) continue;
    const t = Math.floor(rand() * n);
    target[i] = t;
    attackers[t]?.push(i);
  }
  const party = OBSERVER_EVERY * 5;
  return {
    prioritiesOf(observer: number, out: number[]): void {
      const t = target[observer] ?? -1;
      if (t >= 0) out.push(t);
      for (const a of attackers[observer] ?? []) out.push(a);
      const first = observer - (observer % party);
      for (let m = first; m < first + party && m < n; m += OBSERVER_EVERY) if (m !== observer) out.push(m);
    },
  };
}

/** Side of the square that holds `entities` at `perKm2` entities per km². */
function sideFor(entities: number, perKm2: number): number {
  return Math.round(Math.sqrt((entities / perKm2) * 1e6));
}

/** The cell size used everywhere but the sweep: chosen from the sweep (see docs in the results). */
const CELL = Number(process.env.AOI_CELL ?? 25);
const LOW = 5000 / (1.024 * 1.024); // 5,000 on 1024 m x 1024 m: ~4,768 per km²
const HIGH = 50_000; // 5,000 on ~316 m x 316 m: hundreds visible each
const ZONE_SIDE = sideFor(15_000, LOW);
const SWEEP = 'cell size sweep';
const scenarios: Scenario[] = [
  { name: 'low density', series: 'density', entities: 5000, side: 1024, cellSize: CELL, moving: 1, ticks: 200, inverse: true },
  { name: 'high density', series: 'density', entities: 5000, side: sideFor(5000, HIGH), cellSize: CELL, moving: 1, ticks: 80, inverse: true },
  { name: 'crowd (100 m square)', series: 'density', entities: 5000, side: 100, cellSize: CELL, moving: 1, ticks: 20, inverse: true },
  ...[1000, 5000, 20_000].map((entities) => ({ name: `low, ${entities}`, series: 'scaling at low density', entities, side: sideFor(entities, LOW), cellSize: CELL, moving: 1, ticks: 120 })),
  ...[1000, 5000, 20_000].map((entities) => ({ name: `high, ${entities}`, series: 'scaling at high density', entities, side: sideFor(entities, HIGH), cellSize: CELL, moving: 1, ticks: 40 })),
  { name: 'zone, all moving', series: 'zone', entities: 15_000, side: ZONE_SIDE, cellSize: CELL, moving: 1, ticks: 100, inverse: true },
  { name: 'zone, 10% moving', series: 'zone', entities: 15_000, side: ZONE_SIDE, cellSize: CELL, moving: 0.1, ticks: 100 },
  { name: 'zone, 10% moving, full recompute (ablation)', series: 'zone', entities: 15_000, side: ZONE_SIDE, cellSize: CELL, moving: 0.1, ticks: 100, forceFull: true },
  ...[
    { name: 'low density', side: 1024, ticks: 200 },
    { name: 'high density', side: sideFor(5000, HIGH), ticks: 80 },
    { name: 'crowd (100 m square)', side: 100, ticks: 20 },
  ].flatMap((c) => [1, 2].map((period) => ({ name: `${c.name}, period ${period}`, series: 'interest period', entities: 5000, side: c.side, cellSize: CELL, moving: 1, ticks: c.ticks, period }))),
  ...[1, 2].map((period) => ({ name: `zone, all moving, period ${period}`, series: 'interest period', entities: 15_000, side: ZONE_SIDE, cellSize: CELL, moving: 1, ticks: 100, period })),
  ...[
    { name: 'crowd (100 m square)', entities: 5000, side: 100, ticks: 20 },
    { name: 'crowd (40 m square)', entities: 1000, side: 40, ticks: 60 },
    { name: 'zone, all moving', entities: 15_000, side: ZONE_SIDE, ticks: 60 },
  ].flatMap((c) => [0, 256, -256].map((cap) => ({
    name: `${c.name}, ${cap === 0 ? 'no cap' : `cap ${Math.abs(cap)}`}${cap < 0 ? ', priorities' : ''}`,
    series: 'view cap', entities: c.entities, side: c.side, cellSize: CELL, moving: 1, ticks: c.ticks, period: 2, maxVisible: Math.abs(cap), priorities: cap < 0,
  }))),
  ...[8, 12.5, 16, 20, 25, 32, 40, 55].flatMap((cellSize) => [
    { name: `low, cell ${cellSize}`, series: SWEEP, entities: 5000, side: 1024, cellSize, moving: 1, ticks: 80 },
    { name: `high, cell ${cellSize}`, series: SWEEP, entities: 5000, side: sideFor(5000, HIGH), cellSize, moving: 1, ticks: 30 },
  ]),
];

const only = process.env.AOI_ONLY;
const all: Result[] = [];
for (const s of scenarios) {
  if (only !== undefined && !s.name.includes(only) && !s.series.includes(only)) continue;
  all.push(run(s));
  if (process.env.AOI_JSON !== undefined) console.log(JSON.stringify(all[all.length - 1]));
}
const results = all.filter((r) => r.series !== SWEEP);
const cellSizeSweep = all.filter((r) => r.series === SWEEP);

const machine = describeMachine();
printTables();
if (quick || only !== undefined) {
  console.log('\n--quick or AOI_ONLY: results not written');
} else {
  const outDir = new URL('./results/', import.meta.url);
  mkdirSync(outDir, { recursive: true });
  const out = new URL('aoi.json', outDir);
  const report = {
    benchmark: 'aoi',
    date: new Date().toISOString(),
    machine,
    parameters: {
      viewRadiusM: VIEW_RADIUS,
      hysteresisM: HYSTERESIS,
      cellSizeM: CELL,
      stepPerTickM: STEP,
      tickRateHz: 20,
      observers: `every ${OBSERVER_EVERY}rd entity (players : NPCs = 1 : 2)`,
      walk: 'seeded random start and heading; 2% chance per tick of a new heading; bounce off the area edges',
    },
    method:
      'per tick: new positions computed untimed; timed: move() for every moving entity, then update(); ns per moved entity = that time / entities moved; ' +
      'wall clock per tick: median and p99 over measured ticks after warm-up; thread CPU time (process.threadCpuUsage, excludes time the OS gave to other processes; 4 ms granularity here, so only its mean over all ticks is reported)',
    results,
    cellSizeSweep,
  };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${out.pathname}`);
}

function printTables(): void {
  console.log(`AOI benchmark: ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}`);
  console.log(`view radius ${VIEW_RADIUS} m, hysteresis ${HYSTERESIS} m, cell ${CELL} m (sweep excepted), walk ${STEP} m/tick, 1 entity in ${OBSERVER_EVERY} observes`);
  console.log('ns/moved, p99: wall clock of (moves + update) per tick / entities moved, median and p99 tick; CPU ns/moved: thread CPU, mean of all ticks;');
  console.log('move(), update: wall clock, median tick; core @20Hz: median tick × 20; observersOf: all entities after each update, thread CPU per pair returned\n');
  const header = ['series', 'scenario', 'entities', 'area m', 'cell', 'moved/tick', 'visible/obs', 'events/tick', 'ns/moved', 'p99', 'CPU ns/moved', 'move() ns', 'update ms', 'core @20Hz', 'observersOf ns/pair'];
  const rows = all.map((r) => [
    r.series,
    r.name,
    r.entities.toLocaleString('en-US'),
    r.areaM,
    String(r.cellSize),
    r.movedPerTick.toLocaleString('en-US'),
    r.avgVisiblePerObserver.toFixed(1),
    r.enterLeaveEventsPerTick.toFixed(0),
    r.nsPerMovedEntity.median.toFixed(0),
    r.nsPerMovedEntity.p99.toFixed(0),
    r.cpuNsPerMovedEntity.toFixed(0),
    r.moveNs.toFixed(0),
    r.updateMsPerTick.median.toFixed(2),
    `${(r.coreFractionAt20Hz * 100).toFixed(1)}%`,
    r.observersOfNsPerPair === null ? '' : r.observersOfNsPerPair.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const numeric = (i: number): boolean => i >= 2 && i !== 3;
  const line = (cells: string[]): string => `| ${cells.map((cell, i) => (numeric(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (numeric(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
  for (const row of rows) console.log(line(row));
}
