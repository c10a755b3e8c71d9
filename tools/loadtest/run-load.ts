/**
 * A load run: starts the server in a child process (or targets a running one), forks worker
 * processes that each run a share of the bots, scrapes the server's /metrics once a second,
 * merges everything the workers report, and returns the result with a verdict. Bounded: the
 * workers stop at the end of the duration and exit by themselves; the coordinator kills any
 * still there 60 s later.
 * @module
 */
import { fork } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { BotTransport } from '../bots/connection.ts';
import type { LatencySummary } from '../bots/stats.ts';
import type { ViewSummary } from '../bots/view-census.ts';
import { carriesDatagrams, defaultPort } from '../bots/connection.ts';
import { mergeActions, mergeHistograms, mergeIntervals, mergeSummaries, mergeViews } from './merge.ts';
import type { BotsSample, MergedSummary } from './merge.ts';
import { CharacterClass } from '@realmforge/protocol';
import { configSchema } from '../../packages/server/src/config/config.ts';
import { assignScenarios, describeMix, parseMix } from './scenario-mix.ts';
import { botNiceness, DEFAULT_BOT_NICE, MAX_BOT_NICE, yieldToServer } from './bot-priority.ts';
import { startServerProcess } from './server-process.ts';
import type { ServerProcess } from './server-process.ts';
import { ServerWatch } from './server-watch.ts';
import type { ServerSample, ServerSummary } from './server-watch.ts';
import type { DoneMessage, IntervalMessage, WorkerMessage, WorkerPlan } from './worker-messages.ts';
import { seedWarmWorld } from './warm-world.ts';
import { mainThreadProfile, readCpuProfile } from '../profile/cpu-profile.ts';
import type { CpuProfile } from '../profile/cpu-profile.ts';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));
/** How long after the duration a worker may take to log its bots out before it is killed, ms. */
const WORKER_GRACE_MS = 60_000;
/** Most worker processes. */
export const MAX_PROCESSES = 16;
/** Most players one run may start. */
export const MAX_PLAYERS = 20_000;
/** Longest run, seconds. */
export const MAX_DURATION_S = 3600;

/** What a load run does. */
export interface LoadTestOptions {
  /** Scenario mix, `wander:80,chatter:10,churn:10`. */
  readonly mix: string;
  /** Bots in total. */
  readonly players: number;
  /** Seconds from the first connection to the logout. */
  readonly durationS: number;
  /**
   * Seconds to play once every bot is in the world, ending before `durationS` (the limit);
   * absent: the whole duration. Each worker counts from its own last bot.
   */
  readonly holdS?: number;
  /** Bots started per second, all workers together; Infinity for a burst (everyone at once). */
  readonly rampPerS: number;
  /** Transport. */
  readonly transport: BotTransport;
  /** TLS against a running server: the certificate authority (PEM) to trust; a started server's own is trusted. */
  readonly tlsCa?: string;
  /** Each bot opens a datagram (UDP) channel beside its connection once in the world; TCP or TLS only. */
  readonly datagrams?: boolean;
  /** Worker processes (the bots are split evenly). */
  readonly processes: number;
  /** A running server to target; absent: the run starts its own. */
  readonly host?: string;
  /** Its game port for the transport. */
  readonly port?: number;
  /** Its admin port on 127.0.0.1, for /metrics (a started server's is known). */
  readonly adminPort?: number;
  /** Extra flags for a started server (`--tick-rate-hz 30`). */
  readonly serverFlags?: readonly string[];
  /** Flags for a started server's Node (`--cpu-prof`). */
  readonly serverNodeFlags?: readonly string[];
  /** Account name prefix; `lt` by default. */
  readonly prefix?: string;
  /**
   * Seed the started server's database with every bot's account and a character at a random
   * reachable spot of the start zone before it starts (warm-world.ts); not with `host`.
   */
  readonly warmWorld?: boolean;
  /**
   * Run the started server under `node --cpu-prof` and return its main thread's profile
   * (result.serverProfile); not with `host`.
   */
  readonly profile?: boolean;
  /** Seed of the bots' random numbers; 1 by default. */
  readonly seed?: number;
  /** Niceness of the bot processes, 0-19 ({@link DEFAULT_BOT_NICE} by default): the server, not the bots, gets a contested core first (bot-priority.ts). */
  readonly botNice?: number;
  /** Progress lines, every 5 s. */
  readonly onProgress?: (line: string) => void;
  /** Ends the run early (the bots still log out). */
  readonly signal?: AbortSignal;
}

/** A run's numbers and verdict. */
export interface LoadTestResult {
  /** The options, with the mix normalised and defaults filled in. */
  readonly options: Omit<LoadTestOptions, 'onProgress' | 'signal'> & { readonly mix: string; readonly prefix: string; readonly seed: number; readonly botNice: number; readonly target: string };
  /** True when every bot entered the world, no connection ended unexpectedly and every worker exited cleanly. */
  readonly ok: boolean;
  /** Why not, one sentence each. */
  readonly problems: readonly string[];
  /** The bots' side, all workers together. */
  readonly bots: MergedSummary;
  /**
   * Latency once everyone was in: intervals starting at least a second after the last bot
   * entered the world, so a login storm's effect is apart from the steady state; absent when
   * not every bot got in.
   */
  readonly steady: {
    readonly fromS: number;
    readonly ack: LatencySummary;
    readonly reply: LatencySummary;
    /** The scenarios' action latencies, by label. */
    readonly actions: Readonly<Record<string, LatencySummary>>;
    /** Other entities in view per player over the same intervals: the density the steady state measured. */
    readonly view: ViewSummary;
    /**
     * The server's side over the same span, from its scrapes at least `fromS` seconds after the
     * first (the watch's clock starts a moment before the workers'); absent without an admin port.
     */
    readonly server?: ServerSummary;
  } | undefined;
  /** The server's side from its /metrics; absent when no admin port was known. */
  readonly server: ServerSummary | undefined;
  /** Per second: the bots' side and the server's side. */
  readonly timeline: { readonly bots: readonly BotsSample[]; readonly server: readonly ServerSample[] };
  /** The started server's main-thread CPU profile, when `profile` asked for one and the server wrote it. */
  readonly serverProfile?: CpuProfile;
}

/** Options out of range; the message names the option. */
export class LoadOptionError extends Error {
  /** @param message - what is wrong */
  constructor(message: string) {
    super(message);
    this.name = 'LoadOptionError';
  }
}

function check(name: string, value: number, min: number, max: number, integer: boolean): void {
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new LoadOptionError(`${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}; got ${value}`);
  }
}

/** Checks the options. @throws LoadOptionError naming the bad option; MixError for a bad mix */
export function checkLoadOptions(options: LoadTestOptions): void {
  parseMix(options.mix);
  check('players', options.players, 1, MAX_PLAYERS, true);
  check('duration', options.durationS, 1, MAX_DURATION_S, false);
  if (options.holdS !== undefined) check('hold', options.holdS, 1, options.durationS, false);
  check('processes', options.processes, 1, MAX_PROCESSES, true);
  if (options.botNice !== undefined) check('bot-nice', options.botNice, 0, MAX_BOT_NICE, true);
  if (options.datagrams === true && !carriesDatagrams(options.transport)) throw new LoadOptionError(`--datagrams needs --transport tcp or tls (a WebSocket cannot carry datagrams); got ${options.transport}`);
  if (options.processes > options.players) throw new LoadOptionError(`processes (${options.processes}) must not exceed players (${options.players})`);
  if (!(options.rampPerS > 0)) throw new LoadOptionError(`ramp must be positive or "burst"; got ${options.rampPerS}`);
  if ((options.host === undefined) !== (options.port === undefined) && options.host !== undefined) {
    throw new LoadOptionError('--host needs --port (the game port of the chosen transport)');
  }
  if (options.warmWorld === true && options.host !== undefined) throw new LoadOptionError('--warm-world seeds the database of a server the run starts; it cannot be used with --host');
  if (options.profile === true && options.host !== undefined) throw new LoadOptionError('--profile profiles a server the run starts; it cannot be used with --host');
}

/** A started server's game port for a transport; undefined for TLS when it has none (a --server-arg turned TLS off). */
function serverPort(server: ServerProcess, transport: BotTransport): number | undefined {
  if (transport === 'tcp') return server.ports.tcp;
  if (transport === 'ws') return server.ports.http;
  return server.ports.tls;
}

/** Seeds the started server's database: each bot's account and character, the class its scenario picks, in the server's default start zone. */
function warmWorldSeeder(options: LoadTestOptions, prefix: string, seed: number): (dataDir: string) => Promise<void> {
  const scenarios = assignScenarios(parseMix(options.mix), options.players);
  const zone = configSchema.shape.startZone.parse(undefined);
  return (dataDir) => seedWarmWorld(dataDir, {
    players: options.players,
    prefix,
    seed,
    zone,
    classOf: (index) => scenarios[index]?.characterClass?.(index) ?? CharacterClass.CHARACTER_CLASS_WARRIOR,
    spotOf: (index, spawn) => scenarios[index]?.warmSpot?.(zone, spawn),
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => { resolve(code); }));
}

/** Splits `count` into `parts` shares that differ by at most one. */
function shares(count: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(count / parts) + (i < count % parts ? 1 : 0));
}

/**
 * Runs the load test. Never rejects for what bots meet; rejects only when the server cannot be
 * started or a worker cannot be forked.
 * @throws LoadOptionError for options out of range
 */
export async function runLoadTest(options: LoadTestOptions): Promise<LoadTestResult> {
  checkLoadOptions(options);
  const mix = describeMix(parseMix(options.mix));
  const prefix = options.prefix ?? 'lt';
  const seed = options.seed ?? 1;
  const botNice = botNiceness(options.botNice ?? DEFAULT_BOT_NICE);
  let server: ServerProcess | undefined;
  const profileDir = options.profile === true && options.host === undefined ? mkdtempSync(join(tmpdir(), 'realmforge-load-prof-')) : undefined;
  if (options.host === undefined) {
    const warm = options.warmWorld === true ? warmWorldSeeder(options, prefix, seed) : undefined;
    const profileFlags = profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDir}`];
    try {
      const tlsFlags = options.transport === 'tls' ? ['--tls-enabled', 'true', '--tls-port', '0'] : [];
      server = await startServerProcess([...tlsFlags, ...(options.serverFlags ?? [])], [...(options.serverNodeFlags ?? []), ...profileFlags], warm);
    } catch (error) {
      if (profileDir !== undefined) rmSync(profileDir, { recursive: true, force: true });
      throw error;
    }
  }
  let measured: Omit<LoadTestResult, 'ok' | 'serverProfile'>;
  let serverProfile: CpuProfile | undefined;
  const host = options.host ?? '127.0.0.1';
  const startedPort = server === undefined ? undefined : serverPort(server, options.transport);
  if (server !== undefined && startedPort === undefined) {
    await server.stop();
    if (profileDir !== undefined) rmSync(profileDir, { recursive: true, force: true });
    throw new LoadOptionError('the started server has no TLS port (a --server-arg turned TLS off?)');
  }
  const port = options.port ?? startedPort ?? defaultPort(options.transport);
  const tlsCa = server?.tlsCa ?? options.tlsCa;
  const adminPort = server?.ports.admin ?? options.adminPort;
  const watch = adminPort === undefined ? undefined : new ServerWatch(adminPort);
  const problems: string[] = [];
  try {
    await watch?.start();
    const startedAt = performance.now();
    const elapsedS = (): number => (performance.now() - startedAt) / 1000;
    const counts = shares(options.players, options.processes);
    const rampPerS = Number.isFinite(options.rampPerS) ? options.rampPerS : 1_000_000;
    const intervals: { at: number; message: IntervalMessage }[][] = counts.map(() => []);
    const done: (DoneMessage | undefined)[] = counts.map(() => undefined);
    let firstIndex = 0;
    const workers = counts.map((count, w) => {
      const plan: WorkerPlan = {
        host, port, transport: options.transport, ...(tlsCa === undefined ? {} : { tlsCa }), datagrams: options.datagrams === true, mix, firstIndex, count, durationS: options.durationS, holdS: options.holdS,
        rampPerS: Math.min(1_000_000, (rampPerS * count) / options.players), prefix, seed, registerFirst: server !== undefined && options.warmWorld !== true,
      };
      firstIndex += count;
      const child = fork(WORKER, [JSON.stringify(plan)], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      yieldToServer(child, botNice);
      child.on('message', (message: WorkerMessage) => {
        if (message.type === 'interval') {
          intervals[w]?.push({ at: elapsedS(), message });
          const k = (intervals[w]?.length ?? 0) - 1;
          if (k % 5 === 4 && intervals.every((list) => list.length > k)) options.onProgress?.(progressLine(mergeAt(intervals, k), watch?.samples.at(-1)));
        } else done[w] = message;
      });
      return child;
    });
    const stopAll = (): void => {
      for (const child of workers) if (child.connected) child.send({ type: 'stop' });
    };
    options.signal?.addEventListener('abort', stopAll, { once: true });
    const killer = setTimeout(() => {
      for (const child of workers) child.kill('SIGKILL');
    }, options.durationS * 1000 + WORKER_GRACE_MS);
    const codes = await Promise.all(workers.map(exited));
    clearTimeout(killer);
    options.signal?.removeEventListener('abort', stopAll);
    codes.forEach((code, w) => {
      if (code !== 0) problems.push(`worker ${w} exited with ${code ?? 'a signal'}`);
    });
    const finished = done.filter((d) => d !== undefined);
    const bots = mergeSummaries(finished);
    for (const d of finished) problems.push(...d.problems);
    const serverSummary = await watch?.stop();
    const longest = Math.max(...intervals.map((list) => list.length));
    const timeline = Array.from({ length: longest }, (_, k) => mergeAt(intervals, k));
    const allIn = bots.allInWorldAfterS;
    const steadyReports = allIn === null ? [] : intervals.flat().filter((x) => x.message.report.elapsedS - x.message.report.intervalS >= allIn + 1);
    const steadyFromS = allIn === null ? 0 : Math.round((allIn + 1) * 10) / 10;
    const steadyServer = allIn === null ? undefined : watch?.summary(steadyFromS);
    const steady = allIn === null ? undefined : {
      fromS: steadyFromS,
      ack: mergeHistograms(steadyReports.map((x) => x.message.ack)),
      reply: mergeHistograms(steadyReports.map((x) => x.message.reply)),
      actions: mergeActions(steadyReports.map((x) => x.message.actions)),
      view: mergeViews(steadyReports.map((x) => x.message.view)),
      ...(steadyServer === undefined ? {} : { server: steadyServer }),
    };
    measured = {
      options: {
        mix, players: options.players, durationS: options.durationS, ...(options.holdS === undefined ? {} : { holdS: options.holdS }), rampPerS: options.rampPerS, transport: options.transport,
        ...(options.datagrams === true ? { datagrams: true } : {}),
        processes: options.processes, prefix, seed, botNice,
        target: server === undefined ? `${host}:${port}` : 'a server started by the harness (child process, fresh SQLite database)',
        ...(options.serverFlags === undefined ? {} : { serverFlags: options.serverFlags }),
        ...(profileDir === undefined ? {} : { profile: true }),
      },
      problems,
      bots,
      steady,
      server: serverSummary,
      timeline: { bots: timeline, server: watch?.samples ?? [] },
    };
  } finally {
    if (server !== undefined) {
      const code = await server.stop();
      if (code !== 0) problems.push(`the server exited with ${code ?? 'a signal'} (log: ${server.logFile})`);
    }
    if (profileDir !== undefined) {
      try {
        serverProfile = collectServerProfile(profileDir);
      } catch (error) {
        problems.push(`no CPU profile of the server: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        rmSync(profileDir, { recursive: true, force: true });
      }
    }
  }
  // The verdict comes last: stopping the server (its exit code, its profile) can add problems.
  return { ...measured, ok: problems.length === 0, ...(serverProfile === undefined ? {} : { serverProfile }) };
}

/**
 * The server's main-thread profile from its `--cpu-prof-dir` (its worker threads write their own there too).
 * @throws ProfileError or Error when there is none or it cannot be read
 */
function collectServerProfile(directory: string): CpuProfile {
  const file = mainThreadProfile(readdirSync(directory));
  if (file === undefined) throw new Error('the server wrote none (it writes its profile when it exits cleanly)');
  return readCpuProfile(join(directory, file));
}

function mergeAt(intervals: readonly { at: number; message: IntervalMessage }[][], k: number): BotsSample {
  const present = intervals.map((list) => list[k]).filter((x) => x !== undefined);
  const at = present.reduce((s, x) => s + x.at, 0) / Math.max(1, present.length);
  return mergeIntervals(at, present.map((x) => x.message));
}

function progressLine(bots: BotsSample, server: ServerSample | undefined): string {
  const a = bots.ack;
  const parts = [
    `[${bots.elapsedS.toFixed(0).padStart(4)} s] in world ${bots.inWorld}`,
    `in ${Math.round(bots.inbound.messagesPerSecond)} msg/s out ${Math.round(bots.outbound.messagesPerSecond)} msg/s`,
    a.count === 0 ? 'no acks' : `ack p50 ${a.p50.toFixed(1)} p99 ${a.p99.toFixed(1)} max ${a.max.toFixed(1)} ms`,
    ...(bots.reply.count === 0 ? [] : [`reply p99 ${bots.reply.p99.toFixed(1)} ms`]),
    ...Object.entries(bots.actions).filter(([, l]) => l.count > 0).map(([label, l]) => `${label} p99 ${l.p99.toFixed(1)} ms`),
    `view ${bots.view.mean.toFixed(0)}`,
    `errors ${bots.errors} disconnects ${bots.disconnects}`,
  ];
  if (server !== undefined) parts.push(`server ${(server.cpuCores * 100).toFixed(0)}% cpu ${server.rssMiB} MiB`);
  return parts.join(' | ');
}
