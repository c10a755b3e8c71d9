/**
 * Watches a server through its /metrics once a second: CPU (from the server's own process
 * accounting, so the load generator's share never counts), memory, event-loop lag, GC pauses,
 * tick duration per zone, traffic and socket writes, sessions and disconnects. Each scrape
 * becomes a per-second sample; the first and last scrapes give the run's totals.
 * @module
 */
import { performance } from 'node:perf_hooks';
import { bucketDelta, bucketQuantile, bucketsOf, labelValues, parseSamples, total } from './prometheus-text.ts';
import type { Sample } from './prometheus-text.ts';
import { udpReceiveBufferErrors } from './udp-receive-drops.ts';

/** What the server did during one interval between scrapes. */
export interface ServerSample {
  /** Seconds since the watch started, at the end of the interval. */
  readonly elapsedS: number;
  /** CPU seconds (user + system) per wall second: 1 is one core fully busy. */
  readonly cpuCores: number;
  /** The user-mode part of {@link cpuCores}. */
  readonly cpuUserCores: number;
  /** The kernel part of {@link cpuCores} (mostly socket work). */
  readonly cpuSystemCores: number;
  /** Resident memory, MiB. */
  readonly rssMiB: number;
  /** Event-loop lag p99 as prom-client last measured it, ms. */
  readonly eventLoopLagP99Ms: number;
  /** Time spent in GC pauses per wall second, ms. */
  readonly gcPauseMsPerS: number;
  /** Tick duration p50 by zone during the interval, ms. */
  readonly tickP50Ms: Readonly<Record<string, number>>;
  /** Tick duration p99 by zone during the interval, ms (bucket-interpolated). */
  readonly tickP99Ms: Readonly<Record<string, number>>;
  /** Client messages received per second. */
  readonly messagesInPerS: number;
  /** Server messages queued per second (a world frame counts once). */
  readonly messagesOutPerS: number;
  /** Bytes received per second. */
  readonly bytesInPerS: number;
  /** Bytes sent per second. */
  readonly bytesOutPerS: number;
  /** Socket writes per second. */
  readonly socketWritesPerS: number;
  /** Sessions connected at the end of the interval. */
  readonly sessions: number;
  /** Players in the world at the end of the interval. */
  readonly playersInWorld: number;
  /** Ticks run degraded (reduced-rate replication of distant entities) during the interval. */
  readonly ticksDegraded: number;
  /** The server's share of movement latency (input arrival → acknowledging frame queued) p99 during the interval, ms; absent without moves. */
  readonly inputToFrameP99Ms?: number;
  /** Share of the interval the main thread's event loop was busy, 0-1; absent from servers without the metric. */
  readonly mainBusy?: number;
  /** In how many cohorts the world served its players at the end of the interval (1: everyone each replicated tick); absent from servers without the metric. */
  readonly replicationCohorts?: number;
  /**
   * UDP datagrams the kernel dropped for a full receive buffer during the interval, machine-wide
   * (udp-receive-drops.ts); only where the server has a datagram port and the system tells.
   */
  readonly udpKernelDrops?: number;
}

/** The run as the server saw it, between the first and the last scrape. */
export interface ServerSummary {
  /** Seconds between the first and the last scrape. */
  readonly seconds: number;
  /** Mean CPU cores used. */
  readonly cpuCoresMean: number;
  /** Busiest interval's CPU cores. */
  readonly cpuCoresMax: number;
  /** CPU seconds the server used in total (user + system). */
  readonly cpuSeconds: number;
  /** Kernel share of the CPU seconds, 0-1. */
  readonly cpuSystemShare: number;
  /** Largest resident memory seen, MiB. */
  readonly rssMaxMiB: number;
  /** Largest event-loop lag p99 seen, ms. */
  readonly eventLoopLagP99MaxMs: number;
  /** GC pauses in total, ms. */
  readonly gcPauseTotalMs: number;
  /** GC pauses counted. */
  readonly gcPauses: number;
  /** Mean GC pause, ms (prom-client's GC buckets are too coarse for a useful percentile). */
  readonly gcPauseMeanMs: number;
  /** Tick duration p50 by zone over the run, ms. */
  readonly tickP50Ms: Readonly<Record<string, number>>;
  /** Tick duration p99 by zone over the run, ms. */
  readonly tickP99Ms: Readonly<Record<string, number>>;
  /**
   * Ticks over budget, skipped, caught up (run without replication; absent in results from before
   * catch-up ticks, when every tick run was replicated) and degraded during the run.
   */
  readonly ticks: { readonly overruns: number; readonly skipped: number; readonly caughtUp?: number; readonly degraded: number };
  /** Client messages received, server messages queued, bytes both ways and socket writes, per second over the run. */
  readonly rates: { readonly messagesInPerS: number; readonly messagesOutPerS: number; readonly bytesInPerS: number; readonly bytesOutPerS: number; readonly socketWritesPerS: number };
  /** Sessions the server ended during the run, by reason ("closed" when the client went away). */
  readonly disconnects: Readonly<Record<string, number>>;
  /** Server messages queued by payload case (`worldFrame`, `error`, …) over the run. */
  readonly messagesOut?: Readonly<Record<string, number>>;
  /**
   * The mean, over the run's seconds, of the number of cohorts the world served its players in
   * (1: everyone each replicated tick); absent from servers without the metric.
   */
  readonly replicationCohortsMean?: number;
  /**
   * The datagram port over the run, when the server has one: datagrams accepted and sent per
   * second, drops by reason, channels let go for silence, and the datagrams the kernel dropped
   * for a full receive buffer, machine-wide (the port never sees those; absent where the system
   * does not tell).
   */
  readonly datagrams?: { readonly inPerS: number; readonly outPerS: number; readonly dropped: Readonly<Record<string, number>>; readonly fallbacks: number; readonly kernelDrops?: number };
  /** Most players in the world at once (sampled). */
  readonly peakPlayersInWorld: number;
  /**
   * The server's share of movement latency over the run, ms (bucket-interpolated): from the
   * arrival of an input to the acknowledging frame being queued; absent without moves.
   */
  readonly inputToFrameMs?: { readonly p50: number; readonly p99: number };
  /**
   * Requests with a direct answer, by message type: from the server starting to handle one to
   * its answer, ms (bucket-interpolated; the wait in the session's inbound queue is not in it).
   */
  readonly requestMs: Readonly<Record<string, Quantiles>>;
  /** Store (database) operations by name, ms (bucket-interpolated). */
  readonly storeMs: Readonly<Record<string, Quantiles>>;
  /**
   * Share of the span each event loop was busy, 0-1: the main thread (world and sessions) and
   * each I/O thread in index order (none without I/O threads); absent from servers without
   * `realmforge_thread_busy_seconds_total`.
   */
  readonly threadsBusy?: { readonly main: number; readonly io: readonly number[] };
}

/** A p50 and a p99, ms. */
export interface Quantiles {
  /** The median, ms. */
  readonly p50: number;
  /** The 99th percentile, ms. */
  readonly p99: number;
}

interface Scrape {
  readonly at: number;
  readonly samples: readonly Sample[];
  /** The kernel's UDP receive-buffer drops at the scrape, machine-wide, where the system tells. */
  readonly udpReceiveBufferErrors?: number;
}

/** True when the scraped server has a datagram port (it reports drops by reason). */
function hasDatagramPort(scrape: Scrape): boolean {
  return labelValues(scrape.samples, 'realmforge_datagrams_dropped_total', 'reason').length > 0;
}

/** Kernel UDP receive-buffer drops between two scrapes, for a server with a datagram port; undefined otherwise. */
function udpKernelDrops(later: Scrape, earlier: Scrape): number | undefined {
  if (later.udpReceiveBufferErrors === undefined || earlier.udpReceiveBufferErrors === undefined || !hasDatagramPort(later)) return undefined;
  return later.udpReceiveBufferErrors - earlier.udpReceiveBufferErrors;
}

const TICK = 'realmforge_tick_duration_seconds';
const GC = 'nodejs_gc_duration_seconds';
const COHORTS = 'realmforge_replication_cohorts';
const INPUT_TO_FRAME = 'realmforge_input_to_frame_seconds';
const THREAD_BUSY = 'realmforge_thread_busy_seconds_total';

const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

function cpu(samples: readonly Sample[]): { user: number; system: number } {
  return { user: total(samples, 'process_cpu_user_seconds_total'), system: total(samples, 'process_cpu_system_seconds_total') };
}

function tickQuantiles(later: Scrape, earlier: Scrape, q: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const zone of labelValues(later.samples, `${TICK}_bucket`, 'zone')) {
    const value = bucketQuantile(bucketDelta(bucketsOf(later.samples, TICK, { zone }), bucketsOf(earlier.samples, TICK, { zone })), q);
    if (value !== undefined) out[zone] = round(value * 1000, 3);
  }
  return out;
}

/** p50 and p99 of a histogram between two scrapes, for each value of `label` that saw samples, ms. */
function quantilesByLabel(later: Scrape, earlier: Scrape, name: string, label: string): Record<string, Quantiles> {
  const out: Record<string, Quantiles> = {};
  for (const value of labelValues(later.samples, `${name}_bucket`, label)) {
    const buckets = bucketDelta(bucketsOf(later.samples, name, { [label]: value }), bucketsOf(earlier.samples, name, { [label]: value }));
    const p50 = bucketQuantile(buckets, 0.5);
    const p99 = bucketQuantile(buckets, 0.99);
    if (p50 !== undefined && p99 !== undefined) out[value] = { p50: round(p50 * 1000, 2), p99: round(p99 * 1000, 2) };
  }
  return out;
}

function inputToFrameQuantile(later: Scrape, earlier: Scrape, q: number): number | undefined {
  const value = bucketQuantile(bucketDelta(bucketsOf(later.samples, INPUT_TO_FRAME, {}), bucketsOf(earlier.samples, INPUT_TO_FRAME, {})), q);
  return value === undefined ? undefined : round(value * 1000, 2);
}

function byLabel(later: readonly Sample[], earlier: readonly Sample[], name: string, label: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const value of labelValues(later, name, label)) {
    const delta = total(later, name, { [label]: value }) - total(earlier, name, { [label]: value });
    if (delta > 0) out[value] = delta;
  }
  return out;
}

function counterRate(later: Scrape, earlier: Scrape, name: string): number {
  const seconds = (later.at - earlier.at) / 1000;
  return seconds > 0 ? round((total(later.samples, name) - total(earlier.samples, name)) / seconds, 1) : 0;
}

/** Share of the time between two scrapes that one thread's event loop was busy, 0-1; undefined when the server has no such series. */
function busyShare(later: Scrape, earlier: Scrape, thread: string): number | undefined {
  if (!labelValues(later.samples, THREAD_BUSY, 'thread').includes(thread)) return undefined;
  const seconds = (later.at - earlier.at) / 1000;
  return seconds > 0 ? round((total(later.samples, THREAD_BUSY, { thread }) - total(earlier.samples, THREAD_BUSY, { thread })) / seconds, 3) : 0;
}

/** The busy share of the main thread and of each I/O thread (io-0, io-1, ...) between two scrapes. */
function threadsBusy(later: Scrape, earlier: Scrape): { threadsBusy?: { main: number; io: number[] } } {
  const main = busyShare(later, earlier, 'main');
  if (main === undefined) return {};
  const io: number[] = [];
  for (let index = 0; ; index++) {
    const share = busyShare(later, earlier, `io-${index}`);
    if (share === undefined) break;
    io.push(share);
  }
  return { threadsBusy: { main, io } };
}

/** The per-second numbers between two scrapes. */
export function sampleBetween(later: Scrape, earlier: Scrape, startedAt: number): ServerSample {
  const inputToFrameP99Ms = inputToFrameQuantile(later, earlier, 0.99);
  const mainBusy = busyShare(later, earlier, 'main');
  const kernelDrops = udpKernelDrops(later, earlier);
  const seconds = Math.max(1e-3, (later.at - earlier.at) / 1000);
  const now = cpu(later.samples);
  const before = cpu(earlier.samples);
  const gcSeconds = total(later.samples, `${GC}_sum`) - total(earlier.samples, `${GC}_sum`);
  return {
    elapsedS: round((later.at - startedAt) / 1000, 1),
    cpuCores: round((now.user + now.system - before.user - before.system) / seconds, 3),
    cpuUserCores: round((now.user - before.user) / seconds, 3),
    cpuSystemCores: round((now.system - before.system) / seconds, 3),
    rssMiB: round(total(later.samples, 'process_resident_memory_bytes') / 1048576, 1),
    eventLoopLagP99Ms: round(total(later.samples, 'nodejs_eventloop_lag_p99_seconds') * 1000, 2),
    gcPauseMsPerS: round((gcSeconds * 1000) / seconds, 2),
    tickP50Ms: tickQuantiles(later, earlier, 0.5),
    tickP99Ms: tickQuantiles(later, earlier, 0.99),
    messagesInPerS: counterRate(later, earlier, 'realmforge_messages_received_total'),
    messagesOutPerS: counterRate(later, earlier, 'realmforge_messages_sent_total'),
    bytesInPerS: counterRate(later, earlier, 'realmforge_bytes_received_total'),
    bytesOutPerS: counterRate(later, earlier, 'realmforge_bytes_sent_total'),
    socketWritesPerS: counterRate(later, earlier, 'realmforge_socket_writes_total'),
    sessions: total(later.samples, 'realmforge_sessions'),
    playersInWorld: total(later.samples, 'realmforge_players_in_world'),
    ticksDegraded: total(later.samples, 'realmforge_ticks_degraded_total') - total(earlier.samples, 'realmforge_ticks_degraded_total'),
    ...(inputToFrameP99Ms === undefined ? {} : { inputToFrameP99Ms }),
    ...(mainBusy === undefined ? {} : { mainBusy }),
    ...(later.samples.some((sample) => sample.name === COHORTS) ? { replicationCohorts: total(later.samples, COHORTS) } : {}),
    ...(kernelDrops === undefined ? {} : { udpKernelDrops: kernelDrops }),
  };
}

/**
 * World frames the server sent a player a second over a summary's span (its frames over its
 * seconds and its peak players in the world); undefined when the summary lacks any of them.
 */
export function worldFramesPerPlayer(summary: ServerSummary): number | undefined {
  const frames = summary.messagesOut?.['worldFrame'];
  if (frames === undefined || summary.seconds === 0 || summary.peakPlayersInWorld === 0) return undefined;
  return frames / summary.seconds / summary.peakPlayersInWorld;
}

/** The mean number of cohorts over the samples that report it. */
function cohortsMean(samples: readonly ServerSample[]): { replicationCohortsMean?: number } {
  const reported = samples.flatMap((sample) => (sample.replicationCohorts === undefined ? [] : [sample.replicationCohorts]));
  return reported.length === 0 ? {} : { replicationCohortsMean: round(reported.reduce((sum, k) => sum + k, 0) / reported.length, 2) };
}

function kernelDropsOf(later: Scrape, earlier: Scrape): { kernelDrops?: number } {
  const kernelDrops = udpKernelDrops(later, earlier);
  return kernelDrops === undefined ? {} : { kernelDrops };
}

function inputToFrame(later: Scrape, earlier: Scrape): { inputToFrameMs?: { p50: number; p99: number } } {
  const p50 = inputToFrameQuantile(later, earlier, 0.5);
  const p99 = inputToFrameQuantile(later, earlier, 0.99);
  return p50 === undefined || p99 === undefined ? {} : { inputToFrameMs: { p50, p99 } };
}

/** Scrapes a server's /metrics once a second until stopped. */
export class ServerWatch {
  readonly #url: string;
  readonly #startedAt = performance.now();
  readonly #samples: ServerSample[] = [];
  /** Every scrape, oldest first (a steady-state summary starts from one in the middle). */
  readonly #scrapes: Scrape[] = [];
  #last: Scrape | undefined;
  #timer: NodeJS.Timeout | undefined;
  #failures = 0;
  #inFlight: Promise<void> | undefined;

  /** @param adminPort - the server's admin port on 127.0.0.1, or a full /metrics URL */
  constructor(adminPort: number | string) {
    this.#url = typeof adminPort === 'number' ? `http://127.0.0.1:${adminPort}/metrics` : adminPort;
  }

  /** Every per-second sample so far. */
  get samples(): readonly ServerSample[] {
    return this.#samples;
  }

  /** Scrapes that failed (the server busy past the 2 s limit, or gone). */
  get failures(): number {
    return this.#failures;
  }

  /** Takes the first scrape and then one a second. */
  async start(): Promise<void> {
    await this.#scrape();
    this.#timer = setInterval(() => {
      this.#inFlight ??= this.#scrape().finally(() => {
        this.#inFlight = undefined;
      });
    }, 1000);
  }

  /** Takes a last scrape and stops; resolves with the run's totals. */
  async stop(): Promise<ServerSummary | undefined> {
    clearInterval(this.#timer);
    await this.#inFlight;
    await this.#scrape();
    return this.summary();
  }

  /**
   * The totals between the first scrape at least `fromS` seconds after the watch started (the
   * first scrape when 0) and the latest one; undefined before two such scrapes.
   */
  summary(fromS = 0): ServerSummary | undefined {
    const first = this.#scrapes.find((scrape) => scrape.at - this.#startedAt >= fromS * 1000);
    const last = this.#last;
    if (first === undefined || last === undefined || last === first) return undefined;
    // The per-second samples of the same span: each is named by the later scrape of its second.
    const samples = this.#samples.filter((sample) => sample.elapsedS * 1000 > first.at - this.#startedAt + 50);
    const seconds = (last.at - first.at) / 1000;
    const now = cpu(last.samples);
    const before = cpu(first.samples);
    const cpuSeconds = now.user + now.system - before.user - before.system;
    const counter = (name: string): number => total(last.samples, name) - total(first.samples, name);
    return {
      seconds: round(seconds, 1),
      cpuCoresMean: round(cpuSeconds / seconds, 3),
      cpuCoresMax: round(Math.max(0, ...samples.map((s) => s.cpuCores)), 3),
      cpuSeconds: round(cpuSeconds, 2),
      cpuSystemShare: cpuSeconds > 0 ? round((now.system - before.system) / cpuSeconds, 3) : 0,
      rssMaxMiB: Math.max(0, ...samples.map((s) => s.rssMiB)),
      eventLoopLagP99MaxMs: Math.max(0, ...samples.map((s) => s.eventLoopLagP99Ms)),
      gcPauseTotalMs: round(counter(`${GC}_sum`) * 1000, 1),
      gcPauses: counter(`${GC}_count`),
      gcPauseMeanMs: counter(`${GC}_count`) > 0 ? round((counter(`${GC}_sum`) * 1000) / counter(`${GC}_count`), 2) : 0,
      tickP50Ms: tickQuantiles(last, first, 0.5),
      tickP99Ms: tickQuantiles(last, first, 0.99),
      ticks: { overruns: counter('realmforge_tick_overruns_total'), skipped: counter('realmforge_ticks_skipped_total'), caughtUp: counter('realmforge_ticks_caught_up_total'), degraded: counter('realmforge_ticks_degraded_total') },
      rates: {
        messagesInPerS: counterRate(last, first, 'realmforge_messages_received_total'),
        messagesOutPerS: counterRate(last, first, 'realmforge_messages_sent_total'),
        bytesInPerS: counterRate(last, first, 'realmforge_bytes_received_total'),
        bytesOutPerS: counterRate(last, first, 'realmforge_bytes_sent_total'),
        socketWritesPerS: counterRate(last, first, 'realmforge_socket_writes_total'),
      },
      disconnects: byLabel(last.samples, first.samples, 'realmforge_disconnects_total', 'reason'),
      messagesOut: byLabel(last.samples, first.samples, 'realmforge_messages_sent_total', 'type'),
      ...cohortsMean(samples),
      ...(!hasDatagramPort(last) ? {} : {
        datagrams: {
          inPerS: counterRate(last, first, 'realmforge_datagrams_received_total'),
          outPerS: counterRate(last, first, 'realmforge_datagrams_sent_total'),
          dropped: byLabel(last.samples, first.samples, 'realmforge_datagrams_dropped_total', 'reason'),
          fallbacks: counter('realmforge_datagram_fallbacks_total'),
          ...kernelDropsOf(last, first),
        },
      }),
      peakPlayersInWorld: Math.max(0, ...samples.map((s) => s.playersInWorld)),
      ...inputToFrame(last, first),
      requestMs: quantilesByLabel(last, first, 'realmforge_request_duration_seconds', 'type'),
      storeMs: quantilesByLabel(last, first, 'realmforge_store_operation_duration_seconds', 'operation'),
      ...threadsBusy(last, first),
    };
  }

  async #scrape(): Promise<void> {
    try {
      const response = await fetch(this.#url, { signal: AbortSignal.timeout(2000) });
      if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
      const samples = parseSamples(await response.text());
      const kernelDrops = udpReceiveBufferErrors();
      const scrape: Scrape = { at: performance.now(), samples, ...(kernelDrops === undefined ? {} : { udpReceiveBufferErrors: kernelDrops }) };
      if (this.#last !== undefined) this.#samples.push(sampleBetween(scrape, this.#last, this.#startedAt));
      this.#scrapes.push(scrape);
      this.#last = scrape;
    } catch {
      this.#failures++;
    }
  }
}
