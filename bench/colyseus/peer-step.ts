/**
 * One step of the peer benchmark: one engine, one player count. Starts the engine's server in a
 * child process, forks the bot workers, reads the server's CPU time and memory from /proc each
 * time every worker has reported a second, and measures the steady state: from the first second
 * in which every bot is in the world to the last full second before the bots stop. Latency is
 * the exact merge of the workers' per-second HdrHistograms over that window; server CPU is the
 * /proc difference over the same window. Bounded: workers stop at the end of the duration and
 * are killed 60 s later if still there; the server is stopped whatever happens.
 * @module
 */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { decodeFromCompressedBase64 } from 'hdr-histogram-js';
import { latencyHistogram, summarise } from '../../tools/bots/stats.ts';
import type { LatencySummary } from '../../tools/bots/stats.ts';
import type { ViewSummary } from '../../tools/bots/view-census.ts';
import { mergeIntervals, mergeSummaries, mergeViews } from '../../tools/loadtest/merge.ts';
import type { MergedSummary } from '../../tools/loadtest/merge.ts';
import type { DoneMessage, IntervalMessage, WorkerMessage } from '../../tools/loadtest/worker-messages.ts';
import { yieldToServer } from '../../tools/loadtest/bot-priority.ts';
import type { Engine } from './engines.ts';
import { readProcess } from './process-cpu.ts';
import type { ProcessReading } from './process-cpu.ts';

/** How a step runs. */
export interface StepOptions {
  /** Players (bots) in total. */
  readonly players: number;
  /** Seconds from the first connection to the end. */
  readonly durationS: number;
  /** Bots started per second, all workers together. */
  readonly rampPerS: number;
  /** Bot worker processes. */
  readonly processes: number;
  /** Seed of the bots' random numbers (the same for every engine). */
  readonly seed: number;
  /** Niceness of the bot processes (the same for every engine; tools/loadtest/bot-priority.ts). */
  readonly botNice: number;
}

/** The steady part of a step: every bot in the world, none stopped yet. */
export interface SteadyState {
  /** Seconds from the start of the bots to the start of the window. */
  readonly fromS: number;
  /** Length of the window, seconds. */
  readonly seconds: number;
  /** Input→ack latency of the inputs acknowledged in the window, ms. */
  readonly latency: LatencySummary;
  /** Server CPU, cores (1 = one core busy), user + kernel. */
  readonly serverCpuCores: number;
  /** Kernel share of it, 0-1. */
  readonly serverCpuSystemShare: number;
  /** Server CPU per 100 players, % of a core. */
  readonly serverCpuPer100Players: number;
  /** Largest resident memory of the server seen during the step, MiB. */
  readonly serverRssMaxMiB: number;
  /** Server → bots bytes per second per player (framed, as the bots counted them). */
  readonly inboundBytesPerSPerPlayer: number;
  /** Server → bots messages per second per player. */
  readonly inboundMessagesPerSPerPlayer: number;
  /**
   * Other entities in view per player in the window, as the Realmforge bots count them from
   * their frames (no samples on Colyseus, where a room is the view: 49 others in a full room of 50).
   */
  readonly view: ViewSummary;
}

/** One second of a step, for the timeline. */
export interface StepSecond {
  /** Seconds since the bots started. */
  readonly elapsedS: number;
  /** Bots in the world. */
  readonly inWorld: number;
  /** Input→ack p99 of the second, ms. */
  readonly ackP99Ms: number;
  /** Server CPU during the second, cores. */
  readonly serverCpuCores: number;
}

/** What one step measured. */
export interface StepResult {
  /** The engine's id. */
  readonly engine: string;
  /** Players asked for. */
  readonly players: number;
  /** Every bot entered the world, no connection ended unexpectedly, every process exited cleanly, and a steady window was measured. */
  readonly ok: boolean;
  /** Why not, one sentence each. */
  readonly problems: readonly string[];
  /** The steady window; absent when the bots never were all in the world for long enough. */
  readonly steady: SteadyState | undefined;
  /** The whole run as the bots saw it (ramp-up included). */
  readonly bots: MergedSummary;
  /** Per second. */
  readonly timeline: readonly StepSecond[];
}

/** Shortest steady window that counts, seconds. */
const MIN_STEADY_S = 3;
/** How long after the duration a worker may take to stop before it is killed, ms. */
const WORKER_GRACE_MS = 60_000;

interface Second {
  /** When the last worker's report of this second arrived (performance.now()). */
  at: number;
  readonly messages: IntervalMessage[];
  reading?: ProcessReading;
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => { resolve(code); }));
}

function shares(count: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, i) => Math.floor(count / parts) + (i < count % parts ? 1 : 0));
}

const round = (value: number, digits = 3): number => Number(value.toFixed(digits));

function cpuBetween(later: ProcessReading, earlier: ProcessReading, seconds: number): { cores: number; systemShare: number } {
  const user = later.userS - earlier.userS;
  const system = later.systemS - earlier.systemS;
  return { cores: (user + system) / seconds, systemShare: user + system > 0 ? system / (user + system) : 0 };
}

/** The steady window of a step's seconds, or why there is none. */
function steadyState(seconds: readonly Second[], players: number, startedAt: number): SteadyState | string {
  const complete = seconds.filter((s) => s.reading !== undefined);
  const merged = complete.map((s) => mergeIntervals((s.at - startedAt) / 1000, s.messages));
  const first = merged.findIndex((m) => m.inWorld >= players);
  if (first < 0) return 'the bots were never all in the world at once';
  // The last report comes after the bots stopped walking: the window ends one second before it.
  const last = complete.length - 2;
  const from = complete[first];
  const to = complete[last];
  if (from?.reading === undefined || to?.reading === undefined || last - first < MIN_STEADY_S) {
    return `all bots were in the world for less than ${MIN_STEADY_S} s: lengthen the run or raise the ramp`;
  }
  const windowS = (to.at - from.at) / 1000;
  const latency = latencyHistogram();
  let inboundBytes = 0;
  let inboundMessages = 0;
  const views: string[] = [];
  for (let k = first + 1; k <= last; k++) {
    for (const message of complete[k]?.messages ?? []) {
      latency.add(decodeFromCompressedBase64(message.ack));
      views.push(message.view);
      inboundBytes += message.report.inbound.bytes;
      inboundMessages += message.report.inbound.messages;
    }
  }
  const cpu = cpuBetween(to.reading, from.reading, windowS);
  return {
    fromS: round((from.at - startedAt) / 1000, 1),
    seconds: round(windowS, 1),
    latency: summarise(latency),
    serverCpuCores: round(cpu.cores),
    serverCpuSystemShare: round(cpu.systemShare),
    serverCpuPer100Players: round((cpu.cores * 100 * 100) / players),
    serverRssMaxMiB: round(Math.max(...complete.map((s) => s.reading?.rssMiB ?? 0)), 1),
    inboundBytesPerSPerPlayer: Math.round(inboundBytes / windowS / players),
    inboundMessagesPerSPerPlayer: round(inboundMessages / windowS / players, 1),
    view: mergeViews(views),
  };
}

/**
 * Runs one engine at one player count. Never rejects for what the bots meet; rejects when the
 * server cannot be started or a worker cannot be forked.
 */
export async function runStep(engine: Engine, options: StepOptions): Promise<StepResult> {
  const running = await engine.start();
  const problems: string[] = [];
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    const code = await running.stop();
    if (code !== 0 && code !== null) problems.push(`the ${engine.id} server exited with ${code}`);
  };
  try {
    const counts = shares(options.players, options.processes);
    const seconds: Second[] = [];
    const reported = counts.map(() => 0);
    const done: (DoneMessage | undefined)[] = counts.map(() => undefined);
    const startedAt = performance.now();
    const atStart = readProcess(running.pid);
    let firstIndex = 0;
    const workers = counts.map((count, w) => {
      const share = { firstIndex, count, durationS: options.durationS, rampPerS: (options.rampPerS * count) / options.players, seed: options.seed };
      firstIndex += count;
      const child = fork(running.workerScript, [running.planFor(share)], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      yieldToServer(child, options.botNice);
      child.on('message', (message: WorkerMessage) => {
        if (message.type === 'done') {
          done[w] = message;
          return;
        }
        const k = reported[w] ?? 0;
        reported[w] = k + 1;
        const second = (seconds[k] ??= { at: 0, messages: [] });
        second.messages.push(message);
        if (second.messages.length === counts.length) {
          second.at = performance.now();
          try {
            second.reading = readProcess(running.pid);
          } catch (error) {
            problems.push(error instanceof Error ? error.message : String(error));
          }
        }
      });
      return child;
    });
    const killer = setTimeout(() => {
      for (const child of workers) child.kill('SIGKILL');
    }, options.durationS * 1000 + WORKER_GRACE_MS);
    const codes = await Promise.all(workers.map(exited));
    clearTimeout(killer);
    codes.forEach((code, w) => {
      if (code !== 0) problems.push(`worker ${w} exited with ${code ?? 'a signal'}`);
    });
    const finished = done.filter((d) => d !== undefined);
    const bots = mergeSummaries(finished);
    for (const d of finished) problems.push(...d.problems);
    const steady = steadyState(seconds, options.players, startedAt);
    if (typeof steady === 'string') problems.push(steady);
    let previous = atStart;
    let previousAt = startedAt;
    const timeline: StepSecond[] = [];
    for (const second of seconds) {
      if (second.reading === undefined) continue;
      const merged = mergeIntervals((second.at - startedAt) / 1000, second.messages);
      timeline.push({
        elapsedS: merged.elapsedS, inWorld: merged.inWorld, ackP99Ms: merged.ack.p99,
        serverCpuCores: round(cpuBetween(second.reading, previous, Math.max(1e-3, (second.at - previousAt) / 1000)).cores),
      });
      previous = second.reading;
      previousAt = second.at;
    }
    await stop();
    return { engine: engine.id, players: options.players, ok: problems.length === 0, problems, steady: typeof steady === 'string' ? undefined : steady, bots, timeline };
  } finally {
    await stop();
  }
}
