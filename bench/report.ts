/**
 * Regenerates docs/benchmarks.md from bench/results/*.json, so the page never drifts from the
 * numbers: every figure on it is read from a results file, and each section names the machine,
 * the date and the command that produced it.
 *
 * Run: `npm run bench:report` (writes the page) or `npm run bench:report -- --check` (exits 1
 * when the page is not what the results files give, e.g. in CI after a benchmark was rerun).
 * @module
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { replicatedTicksPerSecond, worldTicksPerSecond } from '../tools/loadtest/world-tick-rate.ts';
import { profileMarkdown } from '../tools/profile/profile-report.ts';
import type { ProfileSummary } from '../tools/profile/profile-report.ts';

const benchDir = new URL('./', import.meta.url);
const resultsDir = new URL('./results/', import.meta.url);
const pageFile = new URL('../docs/benchmarks.md', import.meta.url);
const packageFile = new URL('../package.json', import.meta.url);

/** Sections first in this order; any other results file follows, by name. */
const ORDER = ['codec', 'echo', 'aoi', 'world', 'fanout', 'inbound', 'floor', 'scrape'];
/** Load runs (tools/loadtest) write one JSON file each here. */
const loadtestDir = new URL('./results/loadtest/', import.meta.url);
/** The cores matrix's load runs (`npm run loadtest:matrix -- --cores`), on a machine with spare cores. */
const loadtestCoresDir = new URL('./results/loadtest-cores/', import.meta.url);
const loadtestCapacityDir = new URL('./results/loadtest-capacity/', import.meta.url);

// ---- reading untyped JSON safely ------------------------------------------------------------

function at(value: unknown, ...path: (string | number)[]): unknown {
  let v = value;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

function num(value: unknown, ...path: (string | number)[]): number | undefined {
  const v = at(value, ...path);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function str(value: unknown, ...path: (string | number)[]): string | undefined {
  const v = at(value, ...path);
  return typeof v === 'string' ? v : undefined;
}

function list(value: unknown, ...path: (string | number)[]): unknown[] {
  const v = at(value, ...path);
  return Array.isArray(v) ? (v as unknown[]) : [];
}

// ---- formatting -----------------------------------------------------------------------------

/** A number with thousands separators and at most `digits` decimals; "–" when absent. */
function fmt(value: number | undefined, digits = 0): string {
  if (value === undefined) return '–';
  return value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

function pct(fraction: number | undefined, digits = 0): string {
  return fraction === undefined ? '–' : `${fmt(fraction * 100, digits)}%`;
}

/** A markdown table; columns listed in `right` are right-aligned. */
function table(header: string[], rows: string[][], right: ReadonlySet<number>): string[] {
  const align = header.map((_, i) => (right.has(i) ? '---:' : '---'));
  return [`| ${header.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)];
}

function rightFrom(first: number, count: number): Set<number> {
  return new Set(Array.from({ length: count - first }, (_, i) => first + i));
}

function machineLine(result: unknown): string {
  const m = at(result, 'machine');
  const parts = [
    str(m, 'cpuModel') ?? 'unknown CPU',
    `${fmt(num(m, 'cores'))} cores (${fmt(num(m, 'availableParallelism'))} usable)`,
    `${fmt(num(m, 'totalMemoryGiB'))} GiB`,
    str(m, 'platform') ?? 'unknown OS',
    `Node ${str(m, 'node') ?? '?'}`,
  ];
  return parts.join(', ');
}

/** The npm command that runs bench/<name>.bench.ts, or the plain node command when no script does. */
function commandFor(name: string, scripts: Readonly<Record<string, string>>): string {
  const file = `bench/${name}.bench.ts`;
  // A benchmark with its own folder (bench/colyseus/peer.bench.ts) counts too.
  const inFolder = new RegExp(`bench/[\\w-]+/${name}\\.bench\\.ts`);
  for (const [script, command] of Object.entries(scripts)) {
    if (command.includes(file) || inFolder.test(command)) return `npm run ${script}`;
  }
  return `node ${file}`;
}

// ---- sections -------------------------------------------------------------------------------

function codecSection(result: unknown): string[] {
  const rows = list(result, 'results');
  const out = [
    'CPU cost of the protocol codec per message: encode and decode of the envelopes, and stream framing. Median of rounds, ns per operation.',
    '',
    ...table(
      ['message', 'operation', 'body bytes', 'ns/op (median)', 'min', 'max', 'ops/s'],
      rows.map((r) => [str(r, 'message') ?? '?', str(r, 'op') ?? '?', fmt(num(r, 'bodyBytes')), fmt(num(r, 'nsPerOp', 'median'), 1), fmt(num(r, 'nsPerOp', 'min'), 1), fmt(num(r, 'nsPerOp', 'max'), 1), fmt(num(r, 'opsPerSecond'))]),
      rightFrom(2, 7),
    ),
  ];
  const move = rows.find((r) => str(r, 'message') === 'client-move-input' && str(r, 'op') === 'unframe + decode');
  const ns = num(move, 'nsPerOp', 'median');
  if (ns !== undefined) {
    out.push('', `Interpretation: unframing and decoding a movement input costs ${fmt(ns, 1)} ns, so one core could take about ${fmt(1e9 / ns)} of them per second before doing anything else.`);
  }
  return out;
}

function echoSection(result: unknown): string[] {
  const rows = list(result, 'results');
  const out = [
    `Round trips through the full session stack (socket, framing, decode, session, encode, batched write), server as a child process. ${str(result, 'method') ?? ''}`.trim(),
    '',
    ...table(
      ['transport', 'load', 'clients × window', 'msgs/s', 'msgs per server core-s', 'server CPU', 'p50 ms', 'p99 ms', 'p99.9 ms', 'max ms', 'bottleneck'],
      rows.map((r) => [
        str(r, 'transport') ?? '?', str(r, 'load') ?? '?', `${fmt(num(r, 'clients'))} × ${fmt(num(r, 'window'))}`,
        fmt(num(r, 'messagesPerSecond')), fmt(num(r, 'messagesPerServerCoreSecond')), pct(num(r, 'serverCpuUtilization')),
        fmt(num(r, 'latencyMs', 'p50'), 3), fmt(num(r, 'latencyMs', 'p99'), 3), fmt(num(r, 'latencyMs', 'p999'), 3), fmt(num(r, 'latencyMs', 'max'), 3), str(r, 'bottleneck') ?? '',
      ]),
      rightFrom(2, 10),
    ),
  ];
  const tcp = rows.find((r) => str(r, 'transport') === 'tcp' && str(r, 'load') === 'loaded');
  const idle = rows.find((r) => str(r, 'transport') === 'tcp' && str(r, 'load') === 'unloaded');
  if (tcp !== undefined) {
    out.push('', `Interpretation: loaded TCP echoes ${fmt(num(tcp, 'messagesPerServerCoreSecond'))} messages per server core-second (p99 ${fmt(num(tcp, 'latencyMs', 'p99'), 3)} ms)${idle === undefined ? '' : `; one idle connection round-trips in ${fmt(num(idle, 'latencyMs', 'p50'), 3)} ms (p50)`}.`);
  }
  return out;
}

function aoiSection(result: unknown): string[] {
  const rows = list(result, 'results');
  const out = [
    'CPU cost of spatial interest management (InterestGrid) per moved entity, by density and population; one entity in three is an observer.',
    '',
    ...table(
      ['case', 'entities', 'observers', 'per km²', 'moving', 'visible/observer', 'ns per moved entity (p50)', 'p99', 'update ms (p50)', 'tick ms', 'core at 20 Hz'],
      rows.map((r) => [
        str(r, 'name') ?? '?', fmt(num(r, 'entities')), fmt(num(r, 'observers')), fmt(num(r, 'densityPerKm2')), pct(num(r, 'movingFraction')),
        fmt(num(r, 'avgVisiblePerObserver'), 1), fmt(num(r, 'nsPerMovedEntity', 'median'), 1), fmt(num(r, 'nsPerMovedEntity', 'p99'), 1),
        fmt(num(r, 'updateMsPerTick', 'median'), 3), fmt(num(r, 'tickMs'), 3), pct(num(r, 'coreFractionAt20Hz'), 1),
      ]),
      rightFrom(1, 11),
    ),
  ];
  const zone = rows.find((r) => str(r, 'series') === 'zone') ?? rows[0];
  if (zone !== undefined) {
    out.push('', `Interpretation: "${str(zone, 'name') ?? '?'}" (${fmt(num(zone, 'entities'))} entities) costs ${fmt(num(zone, 'tickMs'), 3)} ms of AOI work per tick, ${pct(num(zone, 'coreFractionAt20Hz'), 1)} of one core at 20 Hz.`);
  }
  return out;
}

function worldSection(result: unknown): string[] {
  const budget = num(result, 'parameters', 'budgetMs') ?? 50;
  const ticks = list(result, 'tickScaling');
  const bandwidth = list(result, 'bandwidth');
  const fanOut = at(result, 'fanOut');
  const p = at(result, 'parameters');
  const out = [
    `One zone's tick (movement, AOI, replication, frame assembly) on ${str(p, 'zone') ?? 'the shipped map'}: ${fmt(num(p, 'tickRateHz'))} Hz, view ${fmt(num(p, 'viewRadiusM'))} m + ${fmt(num(p, 'hysteresisM'))} m, cell ${fmt(num(p, 'cellSizeM'))} m; every entity walks at ${fmt(num(p, 'speedMps'))} m/s and turns about every ${fmt(num(p, 'meanTicksBetweenTurns'))} ticks. Players get frames in a sink that counts bytes. Method: ${str(result, 'method') ?? ''}.`,
    ...(num(result, 'loadAverage1m', 'start') === undefined ? [] : ['', `The machine's one-minute load average was ${fmt(num(result, 'loadAverage1m', 'start'), 1)} at the start of the run and ${fmt(num(result, 'loadAverage1m', 'end'), 1)} at the end (other work shared its ${fmt(num(result, 'machine', 'cores'))} cores), so p99 and max are mostly that noise; CPU ms is the tick's own CPU time (process.cpuUsage, including GC threads).`]),
    '',
    `**Tick time against population** (whole ${fmt(budget)} ms budget = 100%; phases are medians, ms):`,
    '',
    ...table(
      ['case', 'players', 'visible/player', 'ticks', 'p50 ms', 'p99 ms', 'max ms', 'p50 of budget', 'p99 of budget', 'CPU ms p50', 'movement', 'AOI', 'replication', 'KiB sent/tick'],
      ticks.map((r) => [
        str(r, 'name') ?? '?', fmt(num(r, 'players')), fmt(num(r, 'avgVisiblePerPlayer'), 1), fmt(num(r, 'ticksMeasured')),
        fmt(num(r, 'tickMs', 'p50'), 2), fmt(num(r, 'tickMs', 'p99'), 2), fmt(num(r, 'tickMs', 'max'), 2),
        pct(num(r, 'budgetShare', 'p50'), 1), pct(num(r, 'budgetShare', 'p99'), 1), fmt(num(r, 'cpuMs', 'p50'), 2),
        fmt(num(r, 'phaseMsMedian', 'movement'), 2), fmt(num(r, 'phaseMsMedian', 'interest'), 2), fmt(num(r, 'phaseMsMedian', 'replication'), 2),
        fmt((num(r, 'bytesPerTick') ?? 0) / 1024, 1),
      ]),
      rightFrom(1, 14),
    ),
  ];
  const npcOnly = ticks.filter((r) => num(r, 'players') === 0);
  const largestNpc = npcOnly[npcOnly.length - 1];
  const overBudget = ticks.find((r) => (num(r, 'budgetShare', 'p50') ?? 0) > 1);
  out.push('', `Interpretation: without observers ${fmt(num(largestNpc, 'entities'))} moving NPCs take ${pct(num(largestNpc, 'budgetShare', 'p50'), 1)} of the budget (p50); ${overBudget === undefined ? 'no case exceeds the budget at p50' : `the first case over budget at p50 is "${str(overBudget, 'name') ?? '?'}" (${fmt(num(overBudget, 'tickMs', 'p50'), 1)} ms)`}.`);
  out.push(
    '',
    '**Bytes per client** (whole ServerMessage{world_frame} bodies, without stream framing or TCP/WebSocket headers; one entity in three is a player; distant stride S sends position-only changes of entities beyond half the view radius every S ticks):',
    '',
    ...table(
      ['case', 'entities', 'players', 'visible/player', 'distant stride', 'B/s per client (mean)', 'p99', 'frame B (mean)', 'frame B p99', 'updates/tick', 'tick p50 ms', 'tick p99 ms', 'CPU ms p50'],
      bandwidth.map((r) => [
        str(r, 'name') ?? '?', fmt(num(r, 'entities')), fmt(num(r, 'players')), fmt(num(r, 'avgVisiblePerPlayer'), 1), fmt(num(r, 'distantStride')),
        fmt(num(r, 'bytesPerClientPerSecond', 'mean')), fmt(num(r, 'bytesPerClientPerSecond', 'p99')), fmt(num(r, 'frameBytes', 'mean'), 1), fmt(num(r, 'frameBytes', 'p99')),
        fmt(num(r, 'updatesPerTick')), fmt(num(r, 'tickMs', 'p50'), 2), fmt(num(r, 'tickMs', 'p99'), 2), fmt(num(r, 'cpuMs', 'p50'), 2),
      ]),
      rightFrom(1, 13),
    ),
  );
  const savings: string[] = [];
  for (const density of ['typical', 'crowded']) {
    const full = bandwidth.find((r) => str(r, 'density') === density && num(r, 'distantStride') === 1);
    const base = num(full, 'bytesPerClientPerSecond', 'mean');
    const strided = bandwidth.filter((r) => str(r, 'density') === density && (num(r, 'distantStride') ?? 1) > 1);
    if (base === undefined) continue;
    const cuts = strided.map((r) => `stride ${fmt(num(r, 'distantStride'))} saves ${pct(1 - (num(r, 'bytesPerClientPerSecond', 'mean') ?? base) / base)}`);
    savings.push(`${density} (${fmt(num(full, 'avgVisiblePerPlayer'), 1)} visible) ${fmt(base / 1024, 1)} KiB/s per client${cuts.length > 0 ? `; ${cuts.join(', ')}` : ''}`);
  }
  if (savings.length > 0) out.push('', `Interpretation: ${savings.join('; ')}.`);
  if (typeof fanOut === 'object' && fanOut !== null) {
    out.push(
      '',
      '**Fan-out** (crowded, full rate): entity updates delivered to observers per second of tick time.',
      '',
      ...table(
        ['case', 'visible/player', 'updates/tick', 'tick CPU ms', 'updates per tick-CPU s', 'per tick-wall s', 'per replication-phase s', 'ns of tick CPU per update'],
        [[
          str(fanOut, 'case') ?? '?', fmt(num(fanOut, 'avgVisiblePerPlayer'), 1), fmt(num(fanOut, 'updatesDeliveredPerTick')), fmt(num(fanOut, 'tickCpuMs'), 1),
          fmt(num(fanOut, 'updatesPerTickCpuSecond')), fmt(num(fanOut, 'updatesPerTickWallSecond')), fmt(num(fanOut, 'updatesPerReplicationSecond')), fmt(num(fanOut, 'nsOfTickCpuPerUpdate'), 1),
        ]],
        rightFrom(1, 8),
      ),
      '',
      `Interpretation: one core delivers about ${fmt((num(fanOut, 'updatesPerTickCpuSecond') ?? 0) / 1e6, 1)} million entity updates per second of whole-tick CPU; at ${fmt(num(fanOut, 'avgVisiblePerPlayer'), 0)} visible movers per player and ${fmt(num(p, 'tickRateHz'))} Hz that is about ${fmt((num(fanOut, 'updatesPerTickCpuSecond') ?? 0) / ((num(fanOut, 'avgVisiblePerPlayer') ?? 1) * (num(p, 'tickRateHz') ?? 20)))} such players per core for the tick alone (socket writes not included).`,
    );
  }
  return out;
}

function aiSection(result: unknown): string[] {
  const rows = list(result, 'results');
  return [
    `NPC AI cost per tick on one zone (${str(result, 'parameters', 'map') ?? '?'}) with ${fmt(num(result, 'parameters', 'players'))} players walking about: NPCs a player sees run their behaviour trees ("thinking"), the rest take the cheap idle step. The zone tick is NPC AI + movement + interest (players have no connection, so no frames are built).`,
    '',
    ...table(
      ['NPCs', 'thinking', 'idle', 'path nodes/tick', 'AI ms (p50)', 'AI ms (p99)', 'AI ns per NPC', 'AI ns per thinking NPC', 'zone tick ms (p50)', 'p99', 'p99 ≤ 25 ms'],
      rows.map((r) => [
        fmt(num(r, 'npcs')), fmt(num(r, 'thinkingPerTick')), fmt(num(r, 'idlePerTick')), fmt(num(r, 'pathNodesPerTick')),
        fmt(num(r, 'aiMsPerTick', 'median'), 2), fmt(num(r, 'aiMsPerTick', 'p99'), 2), fmt(num(r, 'aiNsPerNpc')), fmt(num(r, 'aiNsPerThinkingNpc')),
        fmt(num(r, 'zoneTickMs', 'median'), 2), fmt(num(r, 'zoneTickMs', 'p99'), 2), at(r, 'withinHalfBudget') === true ? 'yes' : 'no',
      ]),
      rightFrom(0, 10),
    ),
    '',
    `Interpretation: the largest NPC count measured whose zone tick p99 stays within half the 20 Hz budget (25 ms) is ${fmt(num(result, 'sustainedNpcs'))} (target: 10,000 with a mix of idle and active).`,
  ];
}

function fanoutSection(result: unknown): string[] {
  const rows = list(result, 'results');
  const target = num(result, 'targetPerCoreSecond') ?? 3_000_000;
  const out = [
    `Entity updates delivered to many clients over real TCP sockets, server in a child process. ${str(result, 'method') ?? ''}`.trim(),
    '',
    ...table(
      ['batching', 'clients', 'delivered/s', 'per server core-s', 'of target', 'frames/s', 'socket writes/s', 'delivered per write', 'server CPU', 'kernel share', 'tick p99 ms', 'inbound msgs/s', 'inbound per server core-s', 'load generator CPU'],
      rows.map((r) => [
        at(r, 'batching') === true ? 'on' : 'off', fmt(num(r, 'clients')), fmt(num(r, 'deliveredPerSecond')), fmt(num(r, 'deliveredPerServerCoreSecond')),
        pct((num(r, 'deliveredPerServerCoreSecond') ?? 0) / target), fmt(num(r, 'framesPerSecond')), fmt(num(r, 'socketWritesPerSecond')), fmt(num(r, 'deliveredPerWrite'), 1),
        pct(num(r, 'serverCpuCores')), pct(num(r, 'serverCpuKernelShare')), fmt(num(r, 'serverTickP99Ms'), 2), fmt(num(r, 'inboundMessagesPerSecond')),
        fmt(num(r, 'inboundPerServerCoreSecond')), pct(num(r, 'loadGeneratorCpuCores')),
      ]),
      rightFrom(1, 14),
    ),
  ];
  const on = rows.find((r) => at(r, 'batching') === true);
  const off = rows.find((r) => at(r, 'batching') === false);
  if (on !== undefined) {
    const perCore = num(on, 'deliveredPerServerCoreSecond') ?? 0;
    out.push('', `Interpretation: with batching on the server delivers ${fmt(perCore)} entity updates per second of its own CPU, ${pct(perCore / target)} of the ${fmt(target)} target (${perCore >= target ? 'met' : `${fmt(target / Math.max(1, perCore), 1)}× short`}). Each client gets at most one world frame per tick carrying every visible change, and a frame with nothing urgent in it (only others' movement) may wait a tick to share the next one's socket write (the frame pacer), which takes batching: with it on, ${fmt(num(on, 'framesPerSecond'))} frames/s went out in ${fmt(num(on, 'socketWritesPerSecond'))} socket writes/s${off === undefined ? '' : `; with it off, every frame and message is a write of its own (${fmt(num(off, 'framesPerSecond'))} frames/s, ${fmt(num(off, 'socketWritesPerSecond'))} writes/s)`}.`);
  }
  out.push(...profileTable(rows, "Where the server's busy time goes", 15));
  return out;
}

function inboundSection(result: unknown): string[] {
  const rows = list(result, 'results');
  const measured = rows.filter((r) => at(r, 'profile') === undefined);
  const out = [
    `What the server's main thread pays per client message: clients over real TCP sockets send movement inputs at the real rate, server in a child process. ${str(result, 'method') ?? ''}`.trim(),
    '',
    ...table(
      ['world', 'path', 'view radius m', 'clients in', 'inputs sent/s', 'inbound msgs/s', 'server CPU', 'kernel share', 'server CPU µs per inbound msg', 'frames received/s', 'server socket writes/s', 'load generator CPU'],
      measured.map((r) => [
        str(r, 'variant') ?? '?', str(r, 'path') ?? 'tcp', fmt(num(r, 'viewRadiusM')), `${fmt(num(r, 'entered'))} / ${fmt(num(r, 'clients'))}`, fmt(num(r, 'inputsSentPerSecond')), fmt(num(r, 'inboundMessagesPerSecond')),
        pct(num(r, 'serverCpuCores'), 1), pct(num(r, 'serverCpuKernelShare')), fmt(num(r, 'serverCpuMicrosPerInbound'), 1), fmt(num(r, 'framesReceivedPerSecond')), fmt(num(r, 'serverSocketWritesPerSecond')), pct(num(r, 'loadGeneratorCpuCores')),
      ]),
      rightFrom(2, 12),
    ),
  ];
  const idle = measured.find((r) => str(r, 'variant') === 'idle' && (str(r, 'path') ?? 'tcp') === 'tcp');
  if (idle !== undefined) {
    out.push('', `Interpretation: in the idle world the server spends ${fmt(num(idle, 'serverCpuMicrosPerInbound'), 1)} µs of its CPU per client message, all in: reading, unframing, decoding, rate limits, the move handler and anti-cheat, and also the tick and the small world frames that acknowledge each input (${fmt(num(idle, 'serverSocketWritesPerSecond'))} socket writes/s here, about 7 µs each), which no world can leave out; at that cost one core takes about ${fmt(1e6 / Math.max(1, num(idle, 'serverCpuMicrosPerInbound') ?? 1))} messages per second.`);
  }
  /** Each world's µs per message on `path` against `base`: "in the W world X µs against Y on base (Z% less/more)". */
  const compared = (path: string, base: string, baseName: string): string[] => measured.flatMap((r) => {
    if (str(r, 'path') !== path) return [];
    const over = measured.find((t) => str(t, 'variant') === str(r, 'variant') && (str(t, 'path') ?? 'tcp') === base);
    const baseMicros = over === undefined ? undefined : num(over, 'serverCpuMicrosPerInbound');
    const micros = num(r, 'serverCpuMicrosPerInbound');
    if (baseMicros === undefined || micros === undefined || baseMicros <= 0) return [];
    const change = (micros / baseMicros - 1) * 100;
    return [`in the ${str(r, 'variant') ?? '?'} world ${fmt(micros, 1)} µs against ${fmt(baseMicros, 1)} ${baseName} (${fmt(Math.abs(change))}% ${change < 0 ? 'less' : 'more'})`];
  });
  const savings = compared('datagrams', 'tcp', 'over TCP');
  if (savings.length > 0) out.push('', `Over datagram channels (inputs and frames as UDP datagrams), the server's CPU per client message is ${savings.join(', and ')}.`);
  const sealing = compared('sealed', 'datagrams', 'unsealed');
  if (sealing.length > 0) out.push('', `Over sealed datagram channels (every datagram both ways AES-256-GCM: one opened and about one sealed per input), the server's CPU per client message is ${sealing.join(', and ')}.`);
  out.push(...profileTable(rows, "Where the server's busy time goes in the idle world", 20));
  return out;
}

/** The metrics scrape against connected clients (bench/scrape.bench.ts). */
function scrapeSection(result: unknown): string[] {
  const rows = list(result, 'results');
  const out = [
    `How long GET /metrics takes with idle clients connected: a scrape runs on the main thread, so its time is a stretch every message waits behind. ${str(result, 'method') ?? ''}`.trim(),
    '',
    ...table(
      ['connections', 'scrapes', 'p50 ms', 'min ms', 'max ms', 'answer bytes'],
      rows.map((r) => [fmt(num(r, 'connections')), fmt(num(r, 'scrapes')), fmt(num(r, 'p50Ms'), 2), fmt(num(r, 'minMs'), 2), fmt(num(r, 'maxMs'), 2), fmt(num(r, 'bytes'))]),
      rightFrom(0, 6),
    ),
  ];
  const first = rows[0];
  const last = rows.at(-1);
  if (first !== undefined && last !== undefined && first !== last) {
    const perThousand = (((num(last, 'p50Ms') ?? 0) - (num(first, 'p50Ms') ?? 0)) / (((num(last, 'connections') ?? 0) - (num(first, 'connections') ?? 0)) / 1000));
    out.push('', `Interpretation: from ${fmt(num(first, 'connections'))} to ${fmt(num(last, 'connections'))} connections the median scrape grew from ${fmt(num(first, 'p50Ms'), 2)} to ${fmt(num(last, 'p50Ms'), 2)} ms, about ${fmt(perThousand, 2)} ms per thousand connections.`);
  }
  return out;
}

function floorSection(result: unknown): string[] {
  const rows = list(result, 'results');
  const cores = num(result, 'machine', 'availableParallelism');
  const out = [
    `What a load run's traffic costs with no game in it: the floor under the engine's load runs on this machine. ${str(result, 'method') ?? ''}`.trim(),
    '',
    ...table(
      ['transport', 'clients', 'connected', 'inputs sent/s', 'read/s', 'frames sent/s', 'received/s', 'server CPU', 'kernel share', 'server CPU µs per input', 'clients CPU', 'both', 'ack p50 ms', 'p90', 'p99', 'p99.9', 'max', 'tick lateness p99 ms', 'closed'],
      rows.map((r) => [
        str(r, 'transport') ?? 'tcp', fmt(num(r, 'clients')), fmt(num(r, 'connected')), fmt(num(r, 'inputsSentPerSecond')), fmt(num(r, 'inputsPerSecond')), fmt(num(r, 'writesPerSecond')), fmt(num(r, 'framesReceivedPerSecond')),
        pct(num(r, 'serverCpuCores')), pct(num(r, 'serverCpuKernelShare')), fmt(num(r, 'serverCpuMicrosPerInput'), 1), pct(num(r, 'clientCpuCores')), pct(num(r, 'totalCpuCores')),
        fmt(num(r, 'ack', 'p50'), 1), fmt(num(r, 'ack', 'p90'), 1), fmt(num(r, 'ack', 'p99'), 1), fmt(num(r, 'ack', 'p999'), 1), fmt(num(r, 'ack', 'max'), 1), fmt(num(r, 'tickLateness', 'p99'), 1), fmt(num(r, 'closed')),
      ]),
      rightFrom(1, 19),
    ),
  ];
  const inputHz = num(result, 'inputHz') ?? 10;
  const largestOf = (transport: string): unknown => rows.filter((r) => (str(r, 'transport') ?? 'tcp') === transport).at(-1);
  const sentences: string[] = [];
  for (const transport of ['tcp', 'ws', 'udp']) {
    const r = largestOf(transport);
    if (r === undefined) continue;
    const clients = num(r, 'clients') ?? 0;
    const p99 = num(r, 'ack', 'p99') ?? 0;
    sentences.push(`over ${transport === 'ws' ? 'WebSocket' : transport.toUpperCase()}, ${fmt(clients)} clients took the server ${pct(num(r, 'serverCpuCores'))} of a core (${fmt(num(r, 'serverCpuMicrosPerInput'), 1)} µs per input, ${pct(num(r, 'serverCpuKernelShare'))} of it in the kernel) and the clients ${pct(num(r, 'clientCpuCores'))}, together ${pct(num(r, 'totalCpuCores'))} of one core${cores === undefined ? '' : ` of the ${fmt(cores)}`}; the clients sent ${fmt(num(r, 'inputsSentPerSecond'))} of their ${fmt(clients * inputHz)} inputs a second, and input → acknowledgement p99 was ${fmt(p99, 1)} ms (the movement bound is 65 ms: ${p99 <= 65 ? 'within it' : 'over it'})`);
  }
  if (sentences.length > 0) {
    out.push('', `Interpretation: with no game logic at all, ${sentences.join('; ')}. Every engine figure in the load runs sits on top of this: the inbound benchmark's µs per message less this run's TCP µs per input is what the engine itself adds.`);
  }
  return out;
}

/** The heaviest functions of the profiled row (a bench's `--profile`), by self time; nothing when none was profiled. */
function profileTable(rows: readonly unknown[], heading: string, count: number): string[] {
  const profiled = rows.find((r) => at(r, 'profile') !== undefined);
  const top = list(profiled, 'profile', 'top');
  if (top.length === 0) return [];
  return [
    '',
    `${heading} (\`--profile\`: \`node --cpu-prof\` over the server's whole life, logins included, ${fmt(num(profiled, 'profile', 'samples'))} busy samples; self time):`,
    '',
    ...table(['self', 'function', 'where'], top.slice(0, count).map((e) => [pct(num(e, 'selfShare'), 1), `\`${str(e, 'name') ?? '?'}\``, str(e, 'where') ?? '']), new Set([0])),
  ];
}

function ledgerSection(result: unknown): string[] {
  const appends = list(result, 'appends');
  const replays = list(result, 'replays');
  return [
    `The economy ledger's event store: appends (one transaction each, with an expected version and an operation id, as the economy writes them; SQLite ${str(result, 'parameters', 'sqlite') ?? ''}) and replays of a character stream of real ledger events into its inventory.`,
    '',
    ...table(
      ['backend', 'events per append', 'concurrent writers', 'appends/s', 'events/s', 'main-thread event-loop delay p99 ms', 'max ms'],
      appends.map((r) => [str(r, 'backend') ?? '?', fmt(num(r, 'eventsPerAppend')), fmt(num(r, 'writers')), fmt(num(r, 'appendsPerSecond')), fmt(num(r, 'eventsPerSecond')), fmt(num(r, 'loopDelayP99Ms'), 1), fmt(num(r, 'loopDelayMaxMs'), 1)]),
      rightFrom(1, 7),
    ),
    '',
    ...table(
      ['backend', 'stream events', 'replay from start ms', 'replay events/s', 'replay from snapshot ms', 'snapshot at'],
      replays.map((r) => [str(r, 'backend') ?? '?', fmt(num(r, 'events')), fmt(num(r, 'fromStartMs'), 1), fmt(num(r, 'fromStartEventsPerSecond')), fmt(num(r, 'fromSnapshotMs'), 2), fmt(num(r, 'snapshotVersion'))]),
      rightFrom(1, 5),
    ),
    '',
    'Interpretation: an append made alone costs one durable commit (an fsync on SQLite), so one writer at a time is bounded by the disk; batching events into one operation multiplies events/s. With the SQLite connection on the main thread (`sqlite main`) every commit stops the event loop for its fsync, and the stalls add up when several writers are in flight. In its worker thread (`sqlite worker`, what the server uses) the main thread only posts and receives messages, and the worker commits every call waiting at once in one transaction (group commit: each call in its own savepoint, nobody answered before the one fsync), so concurrent writers share fsyncs and appends/s grow with the writers; the answers then reach the main thread in bursts, which shows in its delay. A character replays from its latest snapshot (taken every 100 events), so loading costs at most about 100 events whatever the stream\'s length.',
  ];
}

/** The load runs of the last matrix (bench/results/loadtest/*.json), one row each, plots linked. */
function loadtestSection(scripts: Readonly<Record<string, string>>): string[] {
  const files = existsSync(loadtestDir) ? readdirSync(loadtestDir).filter((f) => f.endsWith('.json')).sort() : [];
  const command = Object.keys(scripts).includes('loadtest:matrix') ? 'npm run loadtest:matrix -- --quick' : 'node tools/loadtest/matrix.ts --quick';
  if (files.length === 0) return ['', '## loadtest', '', `No load runs yet (\`bench/results/loadtest/\`). Run: \`${command}\` (or without \`--quick\` for the full matrix).`];
  const runs = files.map((f) => JSON.parse(readFileSync(new URL(f, loadtestDir), 'utf8')) as unknown);
  const first = runs[0];
  const lines = [
    '',
    '## loadtest',
    '',
    `- Results: \`bench/results/loadtest/<run>.json\` and \`.md\`, with SVG plots next to them; run ${str(first, 'finishedAt') ?? 'at an unknown date'}`,
    machinesOf(runs),
    `- Rerun: \`${command}\` (the full matrix without \`--quick\`: wander 1000/2500/5000, mixed 2000, crowd 1000, churn 500, burst 1000, 1-2 minutes each, 10 for wander-5000-warm, wander-5000-warm-profiled: 90 s with the server under \`--profile\`, the -udp runs: the same worlds with the bots on datagram channels, and the -tls runs: the 2,500 world over TLS 1.3, with sealed datagram channels in -tls-udp); one run: \`npm run loadtest -- --scenario wander:80,chatter:10,churn:10 --players 500 --duration 60\` (tools/loadtest/README.md)`,
    '',
    'Bots over real TCP sockets in worker processes on the same machine as the server, which the harness starts as a child process on a fresh SQLite database. Latency is from a move input to the first world frame acknowledging it (it includes the wait for the next tick, up to 50 ms at 20 Hz; the target is one tick + 15 ms = 65 ms) and from a chat line to its ChatSent reply, a vendor request or a trade step to its reply (target p99 < 50 ms; "trade/vendor p99" is the larger of the two), and a combat request to its reply (answered at the next tick of the player\'s zone, so it includes up to one tick of waiting); "steady" leaves out the ramp-up (seconds starting at least 1 s after the last bot entered the world). Server figures are the server\'s own (/metrics at 1 Hz): CPU is per core (100% = one core busy); "main thread busy" is the share of the time the main thread\'s event loop (world and sessions) was busy, steady (event-loop utilization, `realmforge_thread_busy_seconds_total`; a dash for runs from before that metric). On a 2-core machine the bots take a large share of the CPU, so latency includes waiting for a core, on either side; "bot nice" is the bot processes\' niceness (10 since the harness\'s `--bot-nice` default: the server gets a contested core first, the bots\' own delays still count in the latency; 0 in runs before it). "In view" is the density a run measured: the other entities (players and NPCs) each player had in view, counted by the bots from their frames\' enters and leaves and sampled once a second per bot in the world (steady window; the whole run where there is none): mean and p99. Wander bots first walk a path to a random walkable spot of the zone, so a wander run spreads out over its first two minutes; crowd puts everyone in one view.',
    '',
    ...runsTable(runs, 'loadtest'),
  ];
  const { tickRatesOf, tickRate } = loadRunFigures();
  // The target's own transport: TCP alone (the -udp and -tls rows have tables of their own), the longest of the largest.
  const overTcp = (r: unknown): boolean => (str(r, 'options', 'transport') ?? 'tcp') === 'tcp' && at(r, 'options', 'datagrams') !== true;
  const largestOk = runs.filter((r) => at(r, 'ok') === true && (str(r, 'name') ?? '').startsWith('wander-') && profileOf(r) === undefined && overTcp(r))
    .sort((a, b) => (num(b, 'options', 'players') ?? 0) - (num(a, 'options', 'players') ?? 0) || (num(b, 'options', 'holdS') ?? 0) - (num(a, 'options', 'holdS') ?? 0))[0];
  if (largestOk !== undefined) {
    const p99 = num(largestOk, 'steady', 'ack', 'p99') ?? num(largestOk, 'bots', 'latency', 'p99') ?? 0;
    const hold = num(largestOk, 'options', 'holdS');
    lines.push('', `Interpretation: the largest wander run over TCP here, ${fmt(num(largestOk, 'options', 'players'))} players${hold === undefined ? '' : ` for ${fmt(hold)} s`}, had steady movement p99 ${fmt(p99, 1)} ms (${p99 <= 65 ? 'within' : 'over'} the 65 ms bound) with the server at ${pct(num(largestOk, 'server', 'cpuCoresMean'))} of a core and ${fmt(num(largestOk, 'server', 'rssMaxMiB'))} MiB resident, its world running ${fmt(tickRatesOf(largestOk)?.ran, 1)} of its ${fmt(tickRate(largestOk))} ticks a second, ${fmt(tickRatesOf(largestOk)?.replicated, 1)} of them replicated (a clock that falls behind runs the overdue ticks without replication, so world time keeps up and frames come less often; beyond 8 ticks a turn it skips ticks, and then the world's time runs slower than the wall clock and its latencies are measured against that slower world); the issue's 5,000-player target is for the full matrix.`);
  }
  lines.push(...directReplies(runs.filter((r) => at(r, 'ok') === true && profileOf(r) === undefined && overTcp(r))));
  lines.push(...datagramComparison(runs), ...floorComparison(), ...profileSections(runs, 'loadtest'));
  return lines;
}

/**
 * The issue's direct-reply target (p99 under 50 ms for chat, inventory and trade steps) against
 * the runs that make such requests, fewest players first: each reply's p99 and by how much it
 * is over. Empty when no run made any.
 */
function directReplies(runs: readonly unknown[]): string[] {
  const replies: readonly [string, (r: unknown) => number | undefined][] = [
    ['chat', (r) => ((num(r, 'bots', 'replyLatency', 'count') ?? 0) > 0 ? num(r, 'bots', 'replyLatency', 'p99') : undefined)],
    ['vendor', (r) => ((num(r, 'bots', 'actionLatency', 'inventory → reply', 'count') ?? 0) > 0 ? num(r, 'bots', 'actionLatency', 'inventory → reply', 'p99') : undefined)],
    ['trade steps', (r) => ((num(r, 'bots', 'actionLatency', 'trade step → reply', 'count') ?? 0) > 0 ? num(r, 'bots', 'actionLatency', 'trade step → reply', 'p99') : undefined)],
  ];
  const described = [...runs]
    .sort((a, b) => (num(a, 'options', 'players') ?? 0) - (num(b, 'options', 'players') ?? 0))
    .flatMap((r) => {
      const parts = replies.flatMap(([label, p99Of]) => {
        const p99 = p99Of(r);
        return p99 === undefined ? [] : [`${label} ${fmt(p99, 1)} ms${p99 < 50 ? '' : ` (${fmt(p99 - 50, 1)} over)`}`];
      });
      return parts.length === 0 ? [] : [`${str(r, 'name') ?? '?'} (${fmt(num(r, 'options', 'players'))} players): ${parts.join(', ')}`];
    });
  return described.length === 0 ? [] : ['', `Direct replies against their target (p99 under 50 ms; the whole run, from the bots, so the load generator's own delays count): ${described.join('; ')}.`];
}

/**
 * The runs ending in `-udp` (bots on datagram channels) beside the same run over its
 * connection alone (TCP, or TLS), when both are here.
 */
function datagramComparison(runs: readonly unknown[]): string[] {
  const pairs = runPairs(runs, '', '-udp');
  if (pairs.length === 0) return [];
  const { tickRatesOf, mainBusy } = loadRunFigures();
  return ['', 'The same worlds with the bots on datagram channels (`-udp`: moves and world frames as UDP datagrams beside the connection, `--datagrams`; sealed over TLS) against the connection alone:', '', ...table(
    ['players', 'mix', 'connection', 'steady ack p99 alone', 'with datagrams', 'server CPU alone', 'with datagrams', 'main thread busy alone', 'with datagrams', 'replicated ticks/s alone', 'with datagrams', 'frame datagram losses'],
    pairs.map(([alone, udp]) => [
      fmt(num(alone, 'options', 'players')), str(alone, 'options', 'mix') ?? '?', str(alone, 'options', 'transport') ?? 'tcp', fmt(steadyP99(alone), 1), fmt(steadyP99(udp), 1),
      pct(num(alone, 'server', 'cpuCoresMean')), pct(num(udp, 'server', 'cpuCoresMean')), mainBusy(alone), mainBusy(udp),
      fmt(tickRatesOf(alone)?.replicated, 1), fmt(tickRatesOf(udp)?.replicated, 1), fmt(num(udp, 'bots', 'datagrams', 'lost')),
    ]),
    rightFrom(3, 12),
  )];
}

/**
 * Runs whose names differ only in their ending, `first` against `second` (`-io0` and `-io2`;
 * '' and `-udp`), as [first, second] for each pair present.
 */
function runPairs(runs: readonly unknown[], first: string, second: string): (readonly [unknown, unknown])[] {
  const byName = new Map(runs.map((r) => [str(r, 'name') ?? '?', r]));
  return runs.flatMap((r) => {
    const name = str(r, 'name') ?? '';
    if (!name.endsWith(second)) return [];
    const twin = byName.get(name.slice(0, name.length - second.length) + first);
    return twin === undefined || twin === r ? [] : [[twin, r] as const];
  });
}

/** A load run's steady ack p99 (the whole run's for results from before the steady window). */
function steadyP99(run: unknown): number | undefined {
  return num(run, 'steady', 'ack', 'p99') ?? num(run, 'bots', 'latency', 'p99');
}

/**
 * What the socket floor (bench/floor.bench.ts) says of the machine's own limit at the load
 * runs' player counts, when its results are here: the same traffic with no game in it.
 */
function floorComparison(): string[] {
  const file = new URL('floor.json', resultsDir);
  if (!existsSync(file)) return [];
  const floor = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const steps = list(floor, 'results').filter((r) => (str(r, 'transport') ?? 'tcp') === 'tcp');
  if (steps.length === 0) return [];
  const described = steps.map((r) => `${fmt(num(r, 'clients'))} clients took ${pct(num(r, 'totalCpuCores'))} of one core, server and clients together, with ack p99 ${fmt(num(r, 'ack', 'p99'), 1)} ms`);
  return ['', `The machine's own limit (the floor section above, ${machineLine(floor)}, run ${str(floor, 'date') ?? 'at an unknown date'}): the same traffic over TCP with no game in it, ${described.join('; ')}. What a load run measures above that is the engine's.`];
}

/**
 * The cores matrix's runs (bench/results/loadtest-cores/*.json): the same table, and for each
 * world run both with the sockets on the main thread (io0) and in two I/O threads (io2), the
 * change; nothing when the matrix has not been run.
 */
function loadtestCoresSection(): string[] {
  const files = existsSync(loadtestCoresDir) ? readdirSync(loadtestCoresDir).filter((f) => f.endsWith('.json')).sort() : [];
  if (files.length === 0) return [];
  const runs = files.map((f) => JSON.parse(readFileSync(new URL(f, loadtestCoresDir), 'utf8')) as unknown);
  const { tickRatesOf } = loadRunFigures();
  const lines = [
    '',
    '## loadtest on more cores',
    '',
    `- Results: \`bench/results/loadtest-cores/<run>.json\` and \`.md\`, with SVG plots next to them; run ${str(runs[0], 'finishedAt') ?? 'at an unknown date'}`,
    machinesOf(runs),
    '- Rerun: `npm run loadtest:matrix -- --cores` (on a machine with 8 cores or more; `--only a,b` for some of the runs)',
    '',
    'The same load runs on a machine with cores to spare, so the server and the bots no longer share two cores: every run is a warm world (`--warm-world`), bots in 8 processes, 500 a second logging in, 60 s (5,000 players) or 40 s (the rest) of play once all are in. The run name ends in the server\'s I/O threads: `io0` keeps the game sockets on the main thread, `io2` and `io4` move them into two or four threads (`--io-threads`; the server\'s CPU then counts every thread, so it can pass 100%). Columns as in the section above.',
    '',
    ...runsTable(runs, 'loadtest-cores'),
  ];
  const pairs = runPairs(runs, '-io0', '-io2');
  if (pairs.length > 0) {
    lines.push('', 'Sockets on the main thread (io0) against two I/O threads (io2), same players and mix:', '', ...table(
      ['players', 'mix', 'steady ack p99 io0', 'io2', 'server CPU io0', 'io2', 'replicated ticks/s io0', 'io2'],
      pairs.map(([single, threaded]) => [
        fmt(num(single, 'options', 'players')), str(single, 'options', 'mix') ?? '?', fmt(steadyP99(single), 1), fmt(steadyP99(threaded), 1),
        pct(num(single, 'server', 'cpuCoresMean')), pct(num(threaded, 'server', 'cpuCoresMean')), fmt(tickRatesOf(single)?.replicated, 1), fmt(tickRatesOf(threaded)?.replicated, 1),
      ]),
      rightFrom(2, 8),
    ));
  }
  lines.push(...profileSections(runs, 'loadtest-cores'));
  return lines;
}

/**
 * The capacity searches (bench/results/loadtest-capacity/<name>.json, written by
 * `npm run loadtest:capacity`; the runs' own result files beside them are left out): each
 * search's finding and the counts it ran; nothing when none has been run.
 */
function loadtestCapacitySection(): string[] {
  const files = existsSync(loadtestCapacityDir) ? readdirSync(loadtestCapacityDir).filter((f) => f.endsWith('.json')).sort() : [];
  const searches = files.map((f) => JSON.parse(readFileSync(new URL(f, loadtestCapacityDir), 'utf8')) as unknown).filter((s) => at(s, 'finding') !== undefined);
  if (searches.length === 0) return [];
  const lines = [
    '',
    '## loadtest capacity',
    '',
    '- Results: `bench/results/loadtest-capacity/<name>.json` and `.md`, each count\'s load run beside them as `<name>-<players>`',
    '- Rerun: `npm run loadtest:capacity -- --from N --to N [--step N] -- <loadtest options>` (the command each search ran is below; tools/loadtest/README.md)',
    '',
    'How many players the machine held within the bounds: issue 5\'s by default, steady input → ack p99 within one tick + 15 ms, direct replies p99 under 50 ms where the mix times some, every bot in the world and no unexpected disconnect. The search runs counts on a ladder by bisection, each once unless the search says otherwise (`--repeat`: a count then holds only when all its runs did), the server and the bots on the same machine; near the boundary a rerun may come out the other way, so a finding from single runs is good to about a step.',
  ];
  for (const search of searches) {
    const check = str(search, 'machineCheck', 'sentence');
    lines.push(
      '',
      `### ${str(search, 'name') ?? '?'}`,
      '',
      `- Machine: ${machineLine(search)}; run ${str(search, 'finishedAt') ?? 'at an unknown date'}`,
      `- Command: \`${str(search, 'command') ?? '?'}\``,
      ...(check === undefined ? [] : ['', check]),
      '',
      str(search, 'conclusion') ?? '',
      '',
      ...table(
        ['players', 'met', 'steady ack p50', 'steady ack p99', 'direct replies p99', 'server CPU', 'main thread busy', 'in view mean', 'why not'],
        list(search, 'runs').map((run) => {
          const replies = num(run, 'steady', 'reply', 'count') ?? 0;
          const reasons = list(run, 'reasons').map(String);
          return [
            `[${fmt(num(run, 'players'))}](../bench/results/loadtest-capacity/${str(run, 'name') ?? '?'}.md)`,
            at(run, 'met') === true ? 'yes' : 'no',
            fmt(num(run, 'steady', 'ack', 'p50'), 1),
            fmt(num(run, 'steady', 'ack', 'p99'), 1),
            replies > 0 ? fmt(num(run, 'steady', 'reply', 'p99'), 1) : '–',
            pct(num(run, 'steady', 'server', 'cpuCoresMean')),
            pct(num(run, 'steady', 'server', 'threadsBusy', 'main')),
            fmt(num(run, 'steady', 'view', 'mean'), 1),
            reasons.length === 0 ? '–' : reasons.join('; '),
          ];
        }),
        rightFrom(2, 8),
      ),
    );
  }
  return lines;
}

/** The load runs' table and a note of failed runs; plots and files linked under bench/results/<folder>/. */
function runsTable(runs: readonly unknown[], folder: string): string[] {
  const { zoneP99, actionP99, inView, tickRatesOf, mainBusy, disconnects } = loadRunFigures();
  const lines = [
    ...table(
      ['run', 'players', 'mix', 'result', 'in world', 'ack p50', 'p99', 'p99.9', 'max', 'steady ack p50', 'steady p99', 'in view mean', 'in view p99', 'chat p99', 'trade/vendor p99', 'combat p99', 'server CPU mean', 'max', 'kernel', 'main thread busy', 'RSS max MiB', 'loop lag p99 max', 'tick p99 ms', 'world ticks/s, steady', 'replicated ticks/s, steady', 'degraded ticks', 'disconnects', 'bot CPU', 'bot nice', 'plots'],
      runs.map((r) => {
        const name = str(r, 'name') ?? '?';
        const botCpu = list(r, 'bots', 'botProcesses').reduce<number>((a, p) => a + (num(p, 'cpuCoresUsed') ?? 0), 0);
        return [
          `[${name}](../bench/results/${folder}/${name}.md)`, fmt(num(r, 'options', 'players')), str(r, 'options', 'mix') ?? '?', at(r, 'ok') === true ? 'OK' : 'FAILED',
          `${fmt(num(r, 'bots', 'enteredWorld'))}/${fmt(num(r, 'bots', 'target'))}`,
          fmt(num(r, 'bots', 'latency', 'p50'), 1), fmt(num(r, 'bots', 'latency', 'p99'), 1), fmt(num(r, 'bots', 'latency', 'p999'), 1), fmt(num(r, 'bots', 'latency', 'max'), 1),
          fmt(num(r, 'steady', 'ack', 'p50'), 1), fmt(num(r, 'steady', 'ack', 'p99'), 1), inView(r, 'mean'), inView(r, 'p99'),
          (num(r, 'bots', 'replyLatency', 'count') ?? 0) > 0 ? fmt(num(r, 'bots', 'replyLatency', 'p99'), 1) : '–',
          actionP99(r, ['inventory → reply', 'trade step → reply']), actionP99(r, ['combat → reply']),
          pct(num(r, 'server', 'cpuCoresMean')), pct(num(r, 'server', 'cpuCoresMax')), pct(num(r, 'server', 'cpuSystemShare')), mainBusy(r), fmt(num(r, 'server', 'rssMaxMiB')),
          fmt(num(r, 'server', 'eventLoopLagP99MaxMs'), 1), zoneP99(r), fmt(tickRatesOf(r)?.ran, 1), fmt(tickRatesOf(r)?.replicated, 1), fmt(num(r, 'server', 'ticks', 'degraded')), disconnects(r), pct(botCpu), fmt(num(r, 'options', 'botNice') ?? 0),
          [
            ...list(r, 'plots').map((p, i) => `[${['latency', 'players', 'server'][i] ?? 'plot'}](../bench/results/${folder}/${String(p)})`),
            ...(profileOf(r) === undefined ? [] : [`[flame graph](../bench/results/${folder}/${profileOf(r)?.flameGraph ?? ''})`]),
          ].join(' '),
        ];
      }),
      rightFrom(4, 29),
    ),
  ];
  const failed = runs.filter((r) => at(r, 'ok') !== true).map((r) => `${str(r, 'name') ?? '?'} (${list(r, 'problems').map(String).join('; ')})`);
  if (failed.length > 0) lines.push('', `Failed runs: ${failed.join('; ')}.`);
  return lines;
}

/** Each profiled load run's summary of where its server's time went, files linked under bench/results/<folder>/. */
function profileSections(runs: readonly unknown[], folder: string): string[] {
  const lines: string[] = [];
  for (const r of runs) {
    const profile = profileOf(r);
    if (profile === undefined) continue;
    const name = str(r, 'name') ?? '?';
    lines.push('', ...profileMarkdown(
      { ...profile, flameGraph: `../bench/results/${folder}/${profile.flameGraph}` },
      `the server's main thread in [${name}](../bench/results/${folder}/${name}.md) (${fmt(num(r, 'options', 'players'))} players, \`${str(r, 'options', 'mix') ?? '?'}\`)`,
      'Sampling costs the server some CPU of its own, so that run is apart from the unprofiled ones above.',
      '###',
    ));
  }
  return lines;
}

/** How a load run's JSON is read into the tables' figures. */
function loadRunFigures() {
  const zoneP99 = (r: unknown): string => {
    const zones = at(r, 'server', 'tickP99Ms');
    return typeof zones === 'object' && zones !== null ? Object.entries(zones as Record<string, number>).map(([z, ms]) => `${z} ${fmt(ms, 1)}`).join(', ') : '–';
  };
  /** The largest p99 among the scenario latencies with these labels (tools/loadtest/scenarios), or a dash. */
  const actionP99 = (r: unknown, labels: readonly string[]): string => {
    const p99s = labels.flatMap((label) => ((num(r, 'bots', 'actionLatency', label, 'count') ?? 0) > 0 ? [num(r, 'bots', 'actionLatency', label, 'p99') ?? 0] : []));
    return p99s.length === 0 ? '–' : fmt(Math.max(...p99s), 1);
  };
  /** Other entities in view per player: the steady window's samples when there is one, else the whole run's. */
  const inView = (r: unknown, key: string): string => {
    const samples = num(r, 'steady', 'view', 'samples') ?? 0;
    return fmt(num(r, samples > 0 ? 'steady' : 'bots', 'view', key), key === 'mean' ? 1 : 0);
  };
  /** The server's tick rate: its --tick-rate-hz flag, or the default 20 Hz. */
  const tickRate = (r: unknown): number => {
    const flags = list(r, 'options', 'serverFlags').map(String);
    const at = flags.indexOf('--tick-rate-hz');
    return at >= 0 ? Number(flags[at + 1]) : 20;
  };
  /**
   * Ticks a second the world ran in the steady window (the whole run without one), fewer than
   * the tick rate when its clock skipped ticks, and how many of them it replicated (sent frames;
   * results from before catch-up ticks replicated every tick run).
   */
  const tickRatesOf = (r: unknown): { ran: number; replicated: number } | undefined => {
    const span = num(r, 'steady', 'server', 'seconds') === undefined ? ['server'] : ['steady', 'server'];
    const seconds = num(r, ...span, 'seconds');
    const skipped = num(r, ...span, 'ticks', 'skipped');
    if (seconds === undefined || skipped === undefined) return undefined;
    const caughtUp = num(r, ...span, 'ticks', 'caughtUp') ?? 0;
    return { ran: worldTicksPerSecond(tickRate(r), skipped, seconds), replicated: replicatedTicksPerSecond(tickRate(r), skipped, caughtUp, seconds) };
  };
  /** The main thread's busy share (event-loop utilization), steady when there is a steady window; a dash for runs from before the metric. */
  const mainBusy = (r: unknown): string => pct(num(r, 'steady', 'server', 'threadsBusy', 'main') ?? num(r, 'server', 'threadsBusy', 'main'));
  const disconnects = (r: unknown): string => {
    const d = at(r, 'bots', 'disconnects');
    const n = typeof d === 'object' && d !== null ? Object.values(d as Record<string, number>).reduce((a, b) => a + b, 0) : 0;
    return fmt(n);
  };
  return { zoneP99, actionP99, inView, tickRate, tickRatesOf, mainBusy, disconnects };
}

/**
 * The machine line of the load runs: one machine, or (when runs from different machines sit
 * together, as after `--only`) each machine with the runs it ran, as their figures compare only
 * within one machine.
 */
function machinesOf(runs: readonly unknown[]): string {
  const byMachine = new Map<string, string[]>();
  for (const r of runs) {
    const line = machineLine(r);
    byMachine.set(line, [...(byMachine.get(line) ?? []), str(r, 'name') ?? '?']);
  }
  if (byMachine.size <= 1) return `- Machine: ${[...byMachine.keys()][0] ?? machineLine(undefined)}`;
  return `- Machines (these runs come from ${byMachine.size} machines; compare figures only within one): ${[...byMachine.entries()].map(([line, names]) => `${line}: ${names.join(', ')}`).join('; ')}`;
}

/** A profiled load run's summary of where its server's time went (tools/profile), if it has one. */
function profileOf(run: unknown): ProfileSummary | undefined {
  const profile = at(run, 'profile');
  return typeof profile === 'object' && profile !== null ? (profile as ProfileSummary) : undefined;
}

function peerSection(result: unknown): string[] {
  const engines = list(result, 'engines');
  const steps = list(result, 'steps');
  const labelOf = (id: string | undefined): string => str(engines.find((e) => str(e, 'id') === id), 'label') ?? id ?? '?';
  const ms = (r: unknown, key: string): string => fmt(num(r, 'steady', 'latency', key), 1);
  const out = [
    `Issue 5's side-by-side: the same wander scenario on Realmforge and on Colyseus ${str(result, 'colyseusVersion') ?? '?'} (bench/colyseus, README there), one contender after the other at each player count. ${str(result, 'method') ?? ''}`.trim(),
    '',
    `Command: \`${str(result, 'command') ?? 'npm run bench:peer'}\`. Contenders: ${engines.map((e) => `\`${str(e, 'id') ?? '?'}\` (${str(e, 'label') ?? '?'})`).join('; ')}.`,
    '',
    ...table(
      ['players', 'contender', 'result', 'in world', 'steady s', 'ack p50 ms', 'p90', 'p99', 'p99.9', 'max', 'server CPU', 'per 100 players', 'kernel', 'RSS MiB', 'B/s per player in', 'updates/s per player', 'in view mean'],
      steps.map((r) => [
        fmt(num(r, 'players')), `\`${str(r, 'engine') ?? '?'}\``, at(r, 'ok') === true ? 'OK' : `FAILED: ${list(r, 'problems').map(String).join('; ')}`,
        `${fmt(num(r, 'bots', 'enteredWorld'))}/${fmt(num(r, 'bots', 'target'))}`, fmt(num(r, 'steady', 'seconds'), 1),
        ms(r, 'p50'), ms(r, 'p90'), ms(r, 'p99'), ms(r, 'p999'), ms(r, 'max'),
        pct(num(r, 'steady', 'serverCpuCores')), fmt(num(r, 'steady', 'serverCpuPer100Players'), 2) + (num(r, 'steady', 'serverCpuPer100Players') === undefined ? '' : '%'),
        pct(num(r, 'steady', 'serverCpuSystemShare')), fmt(num(r, 'steady', 'serverRssMaxMiB')), fmt(num(r, 'steady', 'inboundBytesPerSPerPlayer')), fmt(num(r, 'steady', 'inboundMessagesPerSPerPlayer'), 1),
        (num(r, 'steady', 'view', 'samples') ?? 0) > 0 ? fmt(num(r, 'steady', 'view', 'mean'), 1) : '–',
      ]),
      new Set([0, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]),
    ),
    '',
    '"In view mean": the other entities each Realmforge player had in view over the steady window, counted by its bot from the frames\' enters and leaves (the Realmforge bots first walk a path to a random spot of the map, then wander). The Colyseus bots count none: there a room is the view, so each player of a full room of 50 sees 49 others (the last room of a step may hold fewer) and, in the shared room, everyone else. The densities differ, and with them the work per player.',
    '',
    'Players sustained (the largest step up to which every step was clean with the steady p99 under the bound):',
    '',
    ...table(
      ['contender', 'p99 < 50 ms', 'p99 < 65 ms (one tick + 15 ms)'],
      engines.map((e) => {
        const id = str(e, 'id');
        return [`\`${id ?? '?'}\``, fmt(num(result, 'sustained', id ?? '', 'p99Below50Ms')), fmt(num(result, 'sustained', id ?? '', 'p99Below65Ms'))];
      }),
      new Set([1, 2]),
    ),
  ];
  for (const c of list(result, 'comparisons')) {
    const ours = str(c, 'ours');
    const peer = str(c, 'peer');
    const players = list(c, 'players').map((p) => {
      const ratio = num(p, 'ratio');
      return `p99 < ${fmt(num(p, 'p99BelowMs'))} ms: ${fmt(num(p, 'ours'))} against ${fmt(num(p, 'theirs'))} (${ratio === undefined ? 'no ratio: Colyseus sustained no step' : `${fmt(ratio, 2)}×`})`;
    });
    const cpu = list(c, 'cpuPerPlayer').map((p) => `${fmt(num(p, 'players'))} players ${fmt(num(p, 'ours'), 2)}% against ${fmt(num(p, 'theirs'), 2)}% of a core per 100 players (${fmt(num(p, 'ratio'), 2)}×)`);
    out.push('', `\`${ours ?? '?'}\` (${labelOf(ours)}) against ${labelOf(peer)}: players sustained, ${players.join('; ')}. Server CPU per player, Realmforge's over Colyseus's: ${cpu.length === 0 ? 'no player count measured on both' : cpu.join('; ')}.`);
  }
  const caveats = list(result, 'notLikeForLike').map(String);
  if (caveats.length > 0) out.push('', 'Where the comparison is not like for like:', '', ...caveats.map((c) => `- ${c}`));
  return out;
}

function genericSection(result: unknown): string[] {
  return ['(No renderer for this results file yet; see the JSON file for its numbers.)', `Keys: ${Object.keys(result as object).join(', ')}.`];
}

const renderers: Readonly<Record<string, (result: unknown) => string[]>> = { ledger: ledgerSection, codec: codecSection, echo: echoSection, aoi: aoiSection, world: worldSection, ai: aiSection, fanout: fanoutSection, inbound: inboundSection, floor: floorSection, scrape: scrapeSection, peer: peerSection };

/** The whole page, from the results files present. */
function renderPage(): string {
  const scripts = (at(JSON.parse(readFileSync(packageFile, 'utf8')) as unknown, 'scripts') ?? {}) as Record<string, string>;
  const withResults = existsSync(resultsDir) ? readdirSync(resultsDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -'.json'.length)) : [];
  const benchmarks = readdirSync(benchDir).filter((f) => f.endsWith('.bench.ts')).map((f) => f.slice(0, -'.bench.ts'.length));
  const names = [...new Set([...withResults, ...benchmarks])];
  names.sort((a, b) => {
    const ia = ORDER.indexOf(a);
    const ib = ORDER.indexOf(b);
    return (ia < 0 ? ORDER.length : ia) - (ib < 0 ? ORDER.length : ib) || a.localeCompare(b);
  });
  const lines = [
    '# Benchmarks',
    '',
    '<!-- Generated by bench/report.ts from bench/results/*.json (npm run bench:report); do not edit by hand. -->',
    '',
    'Every number on this page is read from a results file in `bench/results/`, written by the benchmark named in its section. Benchmarks print numbers and write results; they are not tests. Numbers from different machines or dates are not comparable: each section names its machine and run date. The machines used so far are shared and noisy, so compare rows of one run (ratios), not runs.',
    '',
    'To refresh: rerun a benchmark with its command below, then `npm run bench:report`.',
  ];
  for (const name of names) {
    if (!withResults.includes(name)) {
      lines.push('', `## ${name}`, '', `No results file yet (\`bench/results/${name}.json\`). Run: \`${commandFor(name, scripts)}\`, then \`npm run bench:report\`.`);
      continue;
    }
    const result = JSON.parse(readFileSync(new URL(`${name}.json`, resultsDir), 'utf8')) as unknown;
    const render = renderers[name] ?? genericSection;
    lines.push(
      '',
      `## ${name}`,
      '',
      `- Results: \`bench/results/${name}.json\`, run ${str(result, 'date') ?? 'at an unknown date'}`,
      `- Machine: ${machineLine(result)}`,
      `- Rerun: \`${commandFor(name, scripts)}\``,
      '',
      ...render(result),
    );
  }
  lines.push(...loadtestSection(scripts), ...loadtestCapacitySection(), ...loadtestCoresSection());
  return `${lines.join('\n')}\n`;
}

const page = renderPage();
if (process.argv.includes('--check')) {
  const current = existsSync(pageFile) ? readFileSync(pageFile, 'utf8') : '';
  if (current !== page) {
    console.error('docs/benchmarks.md is out of date: run npm run bench:report');
    process.exit(1);
  }
  console.log('docs/benchmarks.md is up to date');
} else {
  writeFileSync(pageFile, page);
  console.log(`wrote ${pageFile.pathname}`);
}
