/**
 * Inbound benchmark (`npm run bench:inbound [-- --clients N --window S --workers 1|2 --variant
 * wander|idle|both --paths tcp,datagrams,sealed --io-threads N --profile [--profile-file FILE] --out FILE]`): what the server's main thread pays per client
 * message. A server in a child process gets a warm world (every client's account and a
 * character spread over the start zone, seeded before it starts); N TCP clients in one or two
 * load-generator processes log in, enter the world and send a real MoveInput every 100 ms
 * each, every one its own socket write, spread over the interval. The clients skim the
 * server's frames (length prefixes only), never decoding them. Measured over a window after a
 * warm-up: inbound messages per second (the server's own count), the server's CPU (its own
 * accounting, from /metrics) and CPU µs per inbound message. Two worlds: `wander` (the
 * default view radius, so the server also replicates each move to the players in view) and
 * `idle` (view radius 5 m: frames carry little more than the player itself, so the inbound
 * path dominates the server's CPU). `--io-threads N` gives the server N I/O threads (sockets
 * read and written there, frame bodies handed to the main thread). `--paths` says how inputs
 * and frames travel: `tcp` (the default), `datagrams` (every client opens a datagram channel
 * once in the world: inputs and frames then go as UDP datagrams, frames counted per datagram),
 * `sealed` (the same, the server sealing every channel: `--udp-sealing always`, so every
 * datagram both ways is encrypted and authenticated), or several, each world measured on one
 * path then the next. `--profile` adds an idle-world run under `node --cpu-prof`
 * and lists the server's heaviest functions by self time (`--profile-file` keeps the
 * .cpuprofile, for a flame graph in Chrome DevTools or speedscope). Writes bench/results/inbound.json.
 * @module
 */
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CharacterClass } from '@realmforge/protocol';
import { configSchema } from '../packages/server/src/config/config.ts';
import { startServerProcess } from '../tools/loadtest/server-process.ts';
import { ServerWatch } from '../tools/loadtest/server-watch.ts';
import { seedWarmWorld } from '../tools/loadtest/warm-world.ts';
import { topSelfTime } from '../tools/profile/cpu-profile.ts';
import type { ProfileEntry } from '../tools/profile/cpu-profile.ts';
import type { InboundCount } from './inbound/inbound-client.ts';
import type { WorkerReply, WorkerRequest } from './inbound/inbound-messages.ts';
import { IpcChild } from './ipc-child.ts';
import { describeMachine } from './machine.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const DEFAULT_RESULTS = fileURLToPath(new URL('./results/inbound.json', import.meta.url));
const WORKER = fileURLToPath(new URL('./inbound/inbound-worker.ts', import.meta.url));
/** Movement inputs per client per second (the bots' and the web client's rate). */
const INPUT_HZ = 10;
/** How far from where it entered a client aims its moves, metres. */
const JOSTLE_M = 3;
/** The idle world's view radius, metres (the server's smallest). */
const IDLE_VIEW_RADIUS = 5;
/** Account prefix of the seeded clients. */
const PREFIX = 'inb';

/** Which world a run measures. */
type Variant = 'wander' | 'idle';

/** How a run's inputs and frames travel. */
type Path = 'tcp' | 'datagrams' | 'sealed';

const PATHS: readonly Path[] = ['tcp', 'datagrams', 'sealed'];

interface VariantResult {
  readonly variant: Variant;
  readonly path: Path;
  readonly viewRadiusM: number;
  readonly clients: number;
  readonly entered: number;
  readonly windowS: number;
  readonly inputsSentPerSecond: number;
  readonly inboundMessagesPerSecond: number;
  readonly serverCpuCores: number;
  readonly serverCpuKernelShare: number;
  readonly serverCpuMicrosPerInbound: number;
  readonly framesReceivedPerSecond: number;
  readonly serverSocketWritesPerSecond: number;
  readonly bytesReceivedPerSecond: number;
  readonly closedInWorld: number;
  readonly disconnects: Readonly<Record<string, number>>;
  readonly loadGeneratorCpuCores: number;
  readonly profile?: { readonly samples: number; readonly top: readonly ProfileEntry[] };
}

/** A forked load-generator process (bench/inbound/inbound-worker.ts). */
type LoadWorker = IpcChild<WorkerRequest, WorkerReply>;

interface Totals {
  readonly count: InboundCount;
  readonly cpuSeconds: number;
}

async function totals(workers: readonly LoadWorker[]): Promise<Totals> {
  const count: InboundCount = { inputsSent: 0, framesReceived: 0, bytesReceived: 0, closedInWorld: 0 };
  let cpuSeconds = 0;
  for (const reply of await Promise.all(workers.map((w) => w.ask({ type: 'count' })))) {
    if (reply.type !== 'count') throw new Error(`a load generator answered ${reply.type} to count`);
    count.inputsSent += reply.count.inputsSent;
    count.framesReceived += reply.count.framesReceived;
    count.bytesReceived += reply.count.bytesReceived;
    count.closedInWorld += reply.count.closedInWorld;
    cpuSeconds += reply.cpuSeconds;
  }
  return { count, cpuSeconds };
}

interface RunPlan {
  readonly variant: Variant;
  readonly clients: number;
  readonly workers: number;
  readonly warmupS: number;
  readonly windowS: number;
  readonly ioThreads: number;
  readonly path: Path;
  readonly profileDir?: string | undefined;
}

async function runVariant(plan: RunPlan): Promise<VariantResult> {
  const viewRadiusM = plan.variant === 'idle' ? IDLE_VIEW_RADIUS : configSchema.shape.viewRadius.parse(undefined);
  const seed = 0x1b0d;
  const server = await startServerProcess(
    ['--view-radius', String(viewRadiusM), '--io-threads', String(plan.ioThreads), '--udp-sealing', plan.path === 'sealed' ? 'always' : 'never'],
    plan.profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${plan.profileDir}`],
    (dataDir) => seedWarmWorld(dataDir, { players: plan.clients, prefix: PREFIX, seed, zone: configSchema.shape.startZone.parse(undefined), classOf: () => CharacterClass.CHARACTER_CLASS_WARRIOR }),
  );
  const workers: LoadWorker[] = Array.from({ length: plan.workers }, (_, i) => new IpcChild(`load generator ${i + 1}`, WORKER, [], false));
  try {
    let entered = 0;
    const share = Math.ceil(plan.clients / plan.workers);
    const replies = await Promise.all(workers.map((w, i) => w.ask({ type: 'enter', port: server.ports.tcp, prefix: PREFIX, first: i * share, players: Math.max(0, Math.min(share, plan.clients - i * share)), datagrams: plan.path !== 'tcp' })));
    for (const reply of replies) {
      if (reply.type === 'failed') throw new Error(`a load generator failed to enter: ${reply.message}`);
      if (reply.type === 'entered') entered += reply.entered;
    }
    if (entered < plan.clients) console.log(`  only ${entered} of ${plan.clients} clients entered the world`);
    for (const w of workers) w.tell({ type: 'move', inputHz: INPUT_HZ, jostleM: JOSTLE_M });
    await sleep(plan.warmupS * 1000);
    const watch = new ServerWatch(server.ports.admin);
    await watch.start();
    const before = await totals(workers);
    const startedAt = performance.now();
    await sleep(plan.windowS * 1000);
    const after = await totals(workers);
    const seconds = (performance.now() - startedAt) / 1000;
    const summary = await watch.stop();
    if (summary === undefined) throw new Error('the server\'s /metrics could not be read');
    const inbound = summary.rates.messagesInPerS * summary.seconds;
    const perSecond = (key: keyof InboundCount): number => Math.round((after.count[key] - before.count[key]) / seconds);
    return {
      variant: plan.variant,
      path: plan.path,
      viewRadiusM,
      clients: plan.clients,
      entered,
      windowS: Math.round(seconds * 10) / 10,
      inputsSentPerSecond: perSecond('inputsSent'),
      inboundMessagesPerSecond: Math.round(summary.rates.messagesInPerS),
      serverCpuCores: summary.cpuCoresMean,
      serverCpuKernelShare: summary.cpuSystemShare,
      serverCpuMicrosPerInbound: inbound > 0 ? Math.round((summary.cpuSeconds / inbound) * 1e7) / 10 : 0,
      framesReceivedPerSecond: perSecond('framesReceived'),
      serverSocketWritesPerSecond: Math.round(summary.rates.socketWritesPerS),
      bytesReceivedPerSecond: perSecond('bytesReceived'),
      closedInWorld: after.count.closedInWorld,
      disconnects: summary.disconnects,
      loadGeneratorCpuCores: Math.round(((after.cpuSeconds - before.cpuSeconds) / seconds) * 1000) / 1000,
    };
  } finally {
    await Promise.all(workers.map((w) => w.stop({ type: 'stop' })));
    await server.stop();
  }
}

function describe(r: VariantResult): string {
  return `  ${r.variant} over ${r.path} (view ${r.viewRadiusM} m, ${r.entered}/${r.clients} in): inbound ${r.inboundMessagesPerSecond.toLocaleString('en-US')}/s (sent ${r.inputsSentPerSecond.toLocaleString('en-US')}/s); server ${(r.serverCpuCores * 100).toFixed(1)}% of a core (${(r.serverCpuKernelShare * 100).toFixed(0)}% kernel) = ${r.serverCpuMicrosPerInbound} µs per inbound message; frames ${r.framesReceivedPerSecond.toLocaleString('en-US')}/s in ${r.serverSocketWritesPerSecond.toLocaleString('en-US')} writes/s, ${Math.round(r.bytesReceivedPerSecond / 1024).toLocaleString('en-US')} KiB/s; load generator ${(r.loadGeneratorCpuCores * 100).toFixed(0)}% of a core; closed ${r.closedInWorld}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      clients: { type: 'string' },
      window: { type: 'string' },
      warmup: { type: 'string' },
      workers: { type: 'string' },
      variant: { type: 'string' },
      profile: { type: 'boolean' },
      'profile-file': { type: 'string' },
      out: { type: 'string' },
      'io-threads': { type: 'string' },
      paths: { type: 'string' },
    },
  });
  const clients = Number(values.clients ?? 2000);
  const windowS = Number(values.window ?? 10);
  const warmupS = Number(values.warmup ?? 3);
  const workerCount = Number(values.workers ?? 2);
  const variantArg = values.variant ?? 'both';
  const ioThreads = Number(values['io-threads'] ?? 0);
  const paths = (values.paths ?? 'tcp').split(',');
  if (paths.length === 0 || paths.some((p) => !(PATHS as readonly string[]).includes(p))) throw new Error(`--paths must be some of ${PATHS.join(', ')}, comma separated; got ${values.paths ?? ''}`);
  if (!Number.isInteger(clients) || clients < 1 || clients > 5000) throw new Error(`--clients must be an integer from 1 to 5000; got ${values.clients ?? ''}`);
  if (!(windowS >= 1 && windowS <= 30)) throw new Error(`--window must be 1-30 seconds; got ${values.window ?? ''}`);
  if (!(warmupS >= 0 && warmupS <= 10)) throw new Error(`--warmup must be 0-10 seconds; got ${values.warmup ?? ''}`);
  if (workerCount !== 1 && workerCount !== 2) throw new Error(`--workers must be 1 or 2; got ${values.workers ?? ''}`);
  if (!Number.isInteger(ioThreads) || ioThreads < 0 || ioThreads > 8) throw new Error(`--io-threads must be an integer from 0 to 8; got ${values['io-threads'] ?? ''}`);
  if (variantArg !== 'wander' && variantArg !== 'idle' && variantArg !== 'both') throw new Error(`--variant must be wander, idle or both; got ${variantArg}`);
  const variants: Variant[] = variantArg === 'both' ? ['wander', 'idle'] : [variantArg];
  const out = values.out === undefined ? DEFAULT_RESULTS : resolve(values.out);
  const results: VariantResult[] = [];
  for (const variant of variants) {
    for (const path of paths as Path[]) {
      console.log(`inbound: ${clients} clients at ${INPUT_HZ} Hz over ${path}, ${variant} world, ${windowS} s window...`);
      const result = await runVariant({ variant, clients, workers: workerCount, warmupS, windowS, ioThreads, path });
      results.push(result);
      console.log(describe(result));
    }
  }
  if (values.profile === true) {
    const profileDir = mkdtempSync(join(tmpdir(), 'realmforge-inbound-prof-'));
    try {
      console.log(`inbound: ${clients} clients over ${paths[0] ?? 'tcp'}, idle world, under --cpu-prof...`);
      const result = await runVariant({ variant: 'idle', clients, workers: workerCount, warmupS, windowS, ioThreads, path: paths[0] as Path, profileDir });
      const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
      if (file === undefined) throw new Error('the server wrote no CPU profile');
      if (values['profile-file'] !== undefined) copyFileSync(join(profileDir, file), resolve(values['profile-file']));
      const { samples, entries } = topSelfTime(join(profileDir, file), ROOT, 30);
      results.push({ ...result, profile: { samples, top: entries } });
      console.log(describe(result));
      for (const e of entries) console.log(`    ${(e.selfShare * 100).toFixed(1).padStart(5)}%  ${e.name}  ${e.where}`);
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
    }
  }
  const output = {
    benchmark: 'inbound',
    date: new Date().toISOString(),
    machine: describeMachine(),
    method: `${ioThreads > 0 ? `Server with ${ioThreads} I/O thread(s). ` : ''}${paths.includes('datagrams') || paths.includes('sealed') ? 'Rows "over datagrams" and "over sealed": each client opens a datagram channel once in the world, and its inputs and world frames then go as UDP datagrams (frames counted per datagram); sealed, the server seals every channel (--udp-sealing always: AES-256-GCM both ways). Each world is measured on each path in turn. ' : ''}${clients} TCP clients in ${workerCount} load-generator process(es) log seeded accounts in (a warm world: characters spread over the start zone) and send a MoveInput every ${1000 / INPUT_HZ} ms each (a move-to within ${JOSTLE_M} m of where they entered), each input its own socket write, spread over the interval; they skim the server's frames without decoding them. Server CPU is the server process's own (its /metrics process_cpu_*) over a ${windowS} s window after a ${warmupS} s warm-up; inbound messages are the server's own count. The wander world has the default view radius; the idle world a ${IDLE_VIEW_RADIUS} m one, so replication costs little and the inbound path dominates. Server and clients share the machine's cores.`,
    ioThreads,
    paths,
    results,
  };
  writeFileSync(out, `${JSON.stringify(output, null, 2)}\n`);
  console.log(`inbound: wrote ${out}`);
}

await main();
