/**
 * A bot run: starts N bots at a steady ramp, lets them play for the duration, reports every few
 * seconds, then logs every bot out and returns the final numbers with a verdict. Usable in
 * process (tests call {@link runBots} against a server they started) and from the command line
 * (main.ts).
 * @module
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Histogram } from 'hdr-histogram-js';
import type { CharacterClass } from '@realmforge/protocol';
import { AlarmClock } from './alarm-clock.ts';
import type { BotBehaviour } from './behaviour.ts';
import { Bot } from './bot.ts';
import { carriesDatagrams, defaultPort } from './connection.ts';
import type { BotTransport } from './connection.ts';
import { PREFIX_PATTERN } from './names.ts';
import { randomWalk } from './random-walk.ts';
import { BotStats, latencyHistogram } from './stats.ts';
import type { IntervalReport, RunSummary } from './stats.ts';
import { viewHistogram } from './view-census.ts';

/** Most bots one run may start. */
export const MAX_BOTS = 10_000;
/** Longest run, seconds. */
export const MAX_DURATION_S = 3600;
/**
 * Highest average input rate per bot: the server applies at most one input per tick (20 Hz by
 * default), so a faster client only spams.
 */
export const MAX_INPUT_HZ = 20;

/** What a run does. Only `count` and `host` are required. */
export interface BotRunOptions {
  /** How many bots (1 to {@link MAX_BOTS}). */
  readonly count: number;
  /** Server host. */
  readonly host: string;
  /** Server port; 7777 for TCP, 7778 for TLS and 8080 for WebSocket by default. */
  readonly port?: number;
  /** Transport; TCP by default. */
  readonly transport?: BotTransport;
  /** TLS: the certificate authority (PEM) to trust, such as the server's self-signed certificate; the system's by default. */
  readonly tlsCa?: string;
  /**
   * Open a datagram (UDP) channel beside each connection once in the world, so that move
   * inputs and world frames travel by datagram; TCP or TLS only; false by default.
   */
  readonly datagrams?: boolean;
  /** Seconds from the first connection to the end of the run; 30 by default. */
  readonly durationS?: number;
  /**
   * Seconds to play once every bot is in the world; the run then ends even before `durationS`
   * (which stays the limit). Absent: the run lasts `durationS`. For runs that must measure the
   * steady state however long logging in takes (a busy machine), e.g. the test suite's smoke run.
   */
  readonly holdS?: number;
  /** Bots started per second; by default all start within about 3 seconds (at least 10 per second). */
  readonly rampPerS?: number;
  /** Average move inputs per bot per second; 1 by default. */
  readonly inputHz?: number;
  /** Account name prefix: bot i is `${prefix}${i}`; `bot` by default. */
  readonly prefix?: string;
  /**
   * Number of the run's first bot (0 by default): processes that share one run take disjoint
   * ranges, so their accounts and characters never collide.
   */
  readonly firstIndex?: number;
  /** Register each account before logging in (for a fresh database); false by default. */
  readonly registerFirst?: boolean;
  /** Seconds between interval reports; 5 by default. */
  readonly reportIntervalS?: number;
  /** Seed of the bots' random numbers (directions, gaps); 1 by default. */
  readonly seed?: number;
  /** Longest wait for a connection, ms; 10 000 by default. */
  readonly connectTimeoutMs?: number;
  /** Longest wait for any answer, ms; 30 000 by default. */
  readonly requestTimeoutMs?: number;
  /** Longest wait for the logouts at the end, ms; 10 000 by default. */
  readonly leaveTimeoutMs?: number;
  /** What bot `index` does in the world; a random walk at `inputHz` by default. */
  readonly behaviourOf?: (index: number) => BotBehaviour;
  /** The class of the character bot `index` creates when its account has none; warrior by default. */
  readonly characterClassOf?: (index: number) => CharacterClass;
  /** Whether bot `index` reads every world frame into its {@link BotPlay.sight}; false by default. */
  readonly watchesWorldOf?: (index: number) => boolean;
  /** The bot that bot `index` plays with (a trading partner), if any. */
  readonly partnerOf?: (index: number) => number | undefined;
  /** Called with each interval's numbers and copies of its latency histograms. */
  readonly onReport?: (report: IntervalReport, histograms: LatencyHistograms) => void;
  /** Ends the run early (as at the end of the duration: bots still log out). */
  readonly signal?: AbortSignal;
}

/** The options of a run with every default filled in. */
export type ResolvedBotRunOptions = Required<Omit<BotRunOptions, 'onReport' | 'signal' | 'behaviourOf' | 'characterClassOf' | 'watchesWorldOf' | 'partnerOf' | 'holdS' | 'tlsCa'>> & { readonly holdS: number | undefined };

/** Input→ack and request→reply histograms (µs), and the entities-in-view samples, as {@link BotStats} keeps them. */
export interface LatencyHistograms {
  /** Input→ack latency. */
  readonly ack: Histogram;
  /** Request→reply latency. */
  readonly reply: Histogram;
  /** The scenarios' action latencies, by label. */
  readonly actions: ReadonlyMap<string, Histogram>;
  /** Other entities in view per bot (tools/bots/view-census.ts). */
  readonly view: Histogram;
}

/** What a run returns. */
export interface BotRunResult {
  /** The options the run used. */
  readonly options: ResolvedBotRunOptions;
  /** The final numbers. */
  readonly summary: RunSummary;
  /** Every interval report, in order. */
  readonly intervals: readonly IntervalReport[];
  /** True when every bot entered the world and no connection ended unexpectedly. */
  readonly ok: boolean;
  /** Why the run is not ok, one sentence each. */
  readonly problems: readonly string[];
  /** The whole run's latency histograms, for merging runs of several processes. */
  readonly histograms: LatencyHistograms;
}

/** The options were out of range; the message names the option. */
export class BotOptionError extends Error {
  /** @param message - what is wrong */
  constructor(message: string) {
    super(message);
    this.name = 'BotOptionError';
  }
}

/** Transports a run may use (checked at run time too, for callers without types). */
const TRANSPORTS: readonly string[] = ['tcp', 'tls', 'ws'];

function checkNumber(name: string, value: number, min: number, max: number, integer = false): number {
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new BotOptionError(`${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}; got ${value}`);
  }
  return value;
}

/** Fills in defaults and checks every option. @throws BotOptionError naming the bad option */
export function resolveBotOptions(options: BotRunOptions): ResolvedBotRunOptions {
  const transport = options.transport ?? 'tcp';
  if (!TRANSPORTS.includes(transport)) throw new BotOptionError(`transport must be tcp, tls or ws; got ${transport}`);
  const datagrams = options.datagrams ?? false;
  if (datagrams && !carriesDatagrams(transport)) throw new BotOptionError(`datagrams need transport tcp or tls (a WebSocket cannot carry them); got ${transport}`);
  const count = checkNumber('count', options.count, 1, MAX_BOTS, true);
  const prefix = options.prefix ?? 'bot';
  if (!PREFIX_PATTERN.test(prefix)) throw new BotOptionError(`prefix must be 2-28 letters, digits or underscores (usernames are 3-32 of them); got "${prefix}"`);
  if (options.host === '') throw new BotOptionError('host must not be empty');
  return {
    count,
    host: options.host,
    port: checkNumber('port', options.port ?? defaultPort(transport), 1, 65_535, true),
    transport,
    datagrams,
    durationS: checkNumber('duration', options.durationS ?? 30, 0.1, MAX_DURATION_S),
    holdS: options.holdS === undefined ? undefined : checkNumber('hold', options.holdS, 0.1, MAX_DURATION_S),
    rampPerS: checkNumber('ramp', options.rampPerS ?? Math.max(10, count / 3), 0.01, 1_000_000),
    inputHz: checkNumber('input-hz', options.inputHz ?? 1, 0.01, MAX_INPUT_HZ),
    prefix,
    registerFirst: options.registerFirst ?? false,
    firstIndex: checkNumber('firstIndex', options.firstIndex ?? 0, 0, MAX_BOTS * 100, true),
    reportIntervalS: checkNumber('report-interval', options.reportIntervalS ?? 5, 0.1, 3600),
    seed: checkNumber('seed', options.seed ?? 1, 0, 2 ** 32 - 1, true),
    connectTimeoutMs: checkNumber('connectTimeoutMs', options.connectTimeoutMs ?? 10_000, 1, 600_000, true),
    requestTimeoutMs: checkNumber('requestTimeoutMs', options.requestTimeoutMs ?? 30_000, 1, 600_000, true),
    leaveTimeoutMs: checkNumber('leaveTimeoutMs', options.leaveTimeoutMs ?? 10_000, 1, 600_000, true),
  };
}

/** A small seeded generator (mulberry32): each bot gets its own reproducible stream. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function total(record: Readonly<Record<string, number>>): number {
  return Object.values(record).reduce((sum, n) => sum + n, 0);
}

function listed(record: Readonly<Record<string, number>>): string {
  return Object.entries(record)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => `${reason} ×${n}`)
    .join(', ');
}

/** The verdict: what, if anything, makes the run a failure. */
export function problemsOf(summary: RunSummary): string[] {
  const problems: string[] = [];
  if (summary.enteredWorld < summary.target) {
    const failures = listed(summary.setupFailures);
    problems.push(`only ${summary.enteredWorld} of ${summary.target} bots entered the world${failures === '' ? '' : ` (${failures})`}`);
  }
  const disconnects = total(summary.disconnects);
  if (disconnects > 0) problems.push(`${disconnects} unexpected disconnect${disconnects === 1 ? '' : 's'} (${listed(summary.disconnects)})`);
  return problems;
}

/**
 * Runs the bots and resolves when all have logged out (or the logout wait ran out). Never
 * rejects for anything a bot meets; the result says what happened.
 * @throws BotOptionError for options out of range
 */
export async function runBots(options: BotRunOptions): Promise<BotRunResult> {
  const resolved = resolveBotOptions(options);
  const { count, durationS, rampPerS, reportIntervalS } = resolved;
  const endpoint = { host: resolved.host, port: resolved.port, transport: resolved.transport, datagrams: resolved.datagrams, ...(options.tlsCa === undefined ? {} : { tlsCa: options.tlsCa }) };
  const stats = new BotStats(count);
  const intervals: IntervalReport[] = [];
  const report = (): void => {
    stats.sampleViews();
    const current = stats.intervalHistograms();
    const histograms = { ack: latencyHistogram(), reply: latencyHistogram(), actions: new Map<string, Histogram>(), view: viewHistogram() };
    histograms.ack.add(current.ack);
    histograms.reply.add(current.reply);
    histograms.view.add(current.view);
    for (const [label, histogram] of current.actions) {
      const copy = latencyHistogram();
      copy.add(histogram);
      histograms.actions.set(label, copy);
    }
    const interval = stats.snapshot();
    intervals.push(interval);
    options.onReport?.(interval, histograms);
  };
  const walk = randomWalk(resolved.inputHz);
  const behaviourOf = options.behaviourOf ?? (() => walk);
  const end = new AbortController();
  const endTimer = setTimeout(() => {
    end.abort();
  }, durationS * 1000);
  const onOuterAbort = (): void => {
    end.abort();
  };
  if (options.signal?.aborted === true) end.abort();
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  const reportTimer = setInterval(report, reportIntervalS * 1000);
  let holdTimer: NodeJS.Timeout | undefined;
  const holdS = resolved.holdS;
  const holdWatch = holdS === undefined ? undefined : setInterval(() => {
    if (!stats.allInWorld) return;
    clearInterval(holdWatch);
    holdTimer = setTimeout(() => {
      end.abort();
    }, holdS * 1000);
  }, 100);

  const bots: Bot[] = [];
  const lives: Promise<void>[] = [];
  const clock = new AlarmClock();
  try {
    while (bots.length < count && !end.signal.aborted) {
      const due = Math.floor(stats.elapsedMs() * (rampPerS / 1000)) + 1;
      while (bots.length < Math.min(due, count)) {
        const index = resolved.firstIndex + bots.length;
        const bot = new Bot({
          index,
          prefix: resolved.prefix,
          endpoint,
          behaviour: behaviourOf(index),
          characterClass: options.characterClassOf?.(index),
          watchesWorld: options.watchesWorldOf?.(index) ?? false,
          partnerIndex: options.partnerOf?.(index),
          registerFirst: resolved.registerFirst,
          connectTimeoutMs: resolved.connectTimeoutMs,
          requestTimeoutMs: resolved.requestTimeoutMs,
          random: seededRandom((resolved.seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0),
          clock,
          stats,
        });
        bots.push(bot);
        lives.push(bot.run(end.signal));
      }
      if (bots.length >= count) break;
      const nextAtMs = (bots.length * 1000) / rampPerS;
      try {
        await sleep(Math.max(1, nextAtMs - stats.elapsedMs()), undefined, { signal: end.signal });
      } catch {
        // The run ended during the ramp-up.
      }
    }
    for (let i = bots.length; i < count; i++) stats.setupFailure('not started: the run ended during the ramp-up');
    await Promise.all(lives);
  } finally {
    clearTimeout(endTimer);
    clearInterval(holdWatch);
    clearTimeout(holdTimer);
    options.signal?.removeEventListener('abort', onOuterAbort);
    clearInterval(reportTimer);
  }
  report();
  stats.markEnd();
  await Promise.all(bots.map((bot) => bot.leave(resolved.leaveTimeoutMs)));
  const summary = stats.summary();
  const problems = problemsOf(summary);
  return { options: resolved, summary, intervals, ok: problems.length === 0, problems, histograms: stats.totalHistograms() };
}
