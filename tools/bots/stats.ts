/**
 * What a bot run measures: connections, traffic in and out (messages and framed bytes), the
 * input→acknowledgement latency in an HdrHistogram, errors and disconnects by reason, and what
 * the datagram channels did when the bots open them. Bots
 * call the `record…`/`count…` methods; the runner takes an interval snapshot every few seconds
 * and a final report at the end.
 * @module
 */
import { getPriority } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { ELDHistogram } from 'node:perf_hooks';
import { build } from 'hdr-histogram-js';
import type { Histogram } from 'hdr-histogram-js';
import type { DatagramCounters } from '@realmforge/client/node';
import { ErrorCode } from '@realmforge/protocol';
import { summariseView, ViewCensus } from './view-census.ts';
import type { ViewSummary } from './view-census.ts';

/** Latency percentiles in milliseconds (µs resolution), as reported. */
export interface LatencySummary {
  /** Samples recorded. */
  readonly count: number;
  /** Median. */
  readonly p50: number;
  /** 90th percentile. */
  readonly p90: number;
  /** 99th percentile. */
  readonly p99: number;
  /** 99.9th percentile. */
  readonly p999: number;
  /** Largest sample. */
  readonly max: number;
}

/** Traffic counted at the transport: message counts and framed bytes, one direction. */
export interface TrafficSummary {
  /** Messages (a datagram counts as one, whatever it holds). */
  readonly messages: number;
  /** Framed bytes (length prefix or WebSocket frame header included; a datagram with its header). */
  readonly bytes: number;
  /** Messages per second over the period. */
  readonly messagesPerSecond: number;
  /** Bytes per second over the period. */
  readonly bytesPerSecond: number;
}

/** What the bots' datagram channels did over a run, all together (zeros when they open none). */
export interface DatagramSummary {
  /** Channels opened (one per connection that asked for one). */
  readonly channels: number;
  /** Channels the server bound. */
  readonly bound: number;
  /** Channels that gave up: no answer to their hellos. */
  readonly gaveUp: number;
  /** Channels that fell back to the connection: the server fell silent. */
  readonly fellBack: number;
  /** World-frame datagrams taken. */
  readonly taken: number;
  /** Losses of world-frame datagrams found (each one a wait for a reset). */
  readonly lost: number;
  /** Resyncs asked for (first asks and retries). */
  readonly resyncs: number;
  /** Move inputs sent again because no world frame had acknowledged them yet. */
  readonly moveRepeats: number;
}

/** The numbers of one reporting interval. */
export interface IntervalReport {
  /** Seconds since the run started. */
  readonly elapsedS: number;
  /** Length of the interval, seconds. */
  readonly intervalS: number;
  /** Connections open now. */
  readonly connected: number;
  /** Bots in the world now. */
  readonly inWorld: number;
  /** Bots the run was asked for. */
  readonly target: number;
  /** Server → bots during the interval. */
  readonly inbound: TrafficSummary;
  /** Bots → server during the interval. */
  readonly outbound: TrafficSummary;
  /** Input→ack latency of inputs acknowledged during the interval. */
  readonly latency: LatencySummary;
  /** Request→reply latency of direct requests (chat) answered during the interval. */
  readonly replyLatency: LatencySummary;
  /** Other entities in view per bot in the world, sampled at the end of the interval. */
  readonly view: ViewSummary;
  /** Errors so far (all reasons). */
  readonly errors: number;
  /** Unexpected disconnects so far. */
  readonly disconnects: number;
}

/** The final numbers of a run. */
export interface RunSummary {
  /** Bots the run was asked for. */
  readonly target: number;
  /** Bots whose connection opened. */
  readonly connected: number;
  /** Bots that entered the world. */
  readonly enteredWorld: number;
  /** Most connections open at once. */
  readonly peakConnected: number;
  /** Accounts this run registered (the rest existed already). */
  readonly accountsRegistered: number;
  /** Characters this run created (the rest existed already). */
  readonly charactersCreated: number;
  /** Bots that entered the world and then received at least one world frame. */
  readonly botsWithFrames: number;
  /** World frames received by all bots. */
  readonly worldFrames: number;
  /** Entity enters, updates and leaves in those frames: the game messages delivered. */
  readonly entityChanges: number;
  /** Move inputs sent. */
  readonly inputsSent: number;
  /** Move inputs whose acknowledgement was seen. */
  readonly inputsAcked: number;
  /** Seconds from the first connection attempt to the end of the measurement. */
  readonly durationS: number;
  /** Seconds until the last bot entered the world (null when not all did). */
  readonly allInWorldAfterS: number | null;
  /** Server → bots over the whole run. */
  readonly inbound: TrafficSummary;
  /** Bots → server over the whole run. */
  readonly outbound: TrafficSummary;
  /** Input→ack latency over the whole run. */
  readonly latency: LatencySummary;
  /** Request→reply latency of direct requests (chat) over the whole run. */
  readonly replyLatency: LatencySummary;
  /** Other entities in view per bot in the world, sampled at every report of the run. */
  readonly view: ViewSummary;
  /**
   * Latency of the scenarios' own actions over the whole run, by label (`combat → reply`,
   * `skill → damage seen`, `trade step → reply`, ...): a request to its answer, or an action
   * to its effect seen in a world frame.
   */
  readonly actionLatency: Readonly<Record<string, LatencySummary>>;
  /** What the scenarios' actions achieved, by label (`trades completed`, `kills`, ...). */
  readonly outcomes: Readonly<Record<string, number>>;
  /** Reconnections the bots made on purpose (churn), by kind: resume, relog. */
  readonly reconnects: Readonly<Record<string, number>>;
  /** Error answers and pushed errors that were not part of the normal flow, by code name. */
  readonly errors: Readonly<Record<string, number>>;
  /** Error answers the bots expected and handled (AUTH_FAILED before registering, …), by code name. */
  readonly handledErrors: Readonly<Record<string, number>>;
  /** Connections that ended without the bot asking, by reason (ServerError code name or transport cause). */
  readonly disconnects: Readonly<Record<string, number>>;
  /** The datagram channels, counted as their connections closed. */
  readonly datagrams: DatagramSummary;
  /** Bots that never got into the world, by the step and reason they failed at. */
  readonly setupFailures: Readonly<Record<string, number>>;
  /** The bot process itself, so that a saturated load generator is not mistaken for a slow server. */
  readonly botProcess: {
    /** CPU seconds (user + system) the bot process used, per wall second of the run. */
    readonly cpuCoresUsed: number;
    /** Event-loop delay of the bot process, ms: p99 and max. */
    readonly eventLoopDelayP99Ms: number;
    /** Largest event-loop delay, ms. */
    readonly eventLoopDelayMaxMs: number;
    /** The process's niceness at the end of the run (the load harness raises it: tools/loadtest/bot-priority.ts). */
    readonly nice: number;
  };
}

/** `ERROR_CODE_AUTH_FAILED` → `AUTH_FAILED`; unknown codes become their number. */
export function errorCodeName(code: number): string {
  const name = (ErrorCode as unknown as Record<number, string | undefined>)[code];
  return name === undefined ? `CODE_${code}` : name.replace(/^ERROR_CODE_/, '');
}

/** Highest latency the histograms track before auto-resizing: ten minutes, in µs. */
const HIGHEST_TRACKABLE_US = 600_000_000;

/** A latency histogram in µs, 3 significant digits, as every bot histogram is. */
export function latencyHistogram(): Histogram {
  return build({ lowestDiscernibleValue: 1, highestTrackableValue: HIGHEST_TRACKABLE_US, numberOfSignificantValueDigits: 3 });
}

/** Percentiles of a µs histogram, in ms. */
export function summarise(histogram: Histogram): LatencySummary {
  const ms = (us: number): number => Math.round(us) / 1000;
  if (histogram.totalCount === 0) return { count: 0, p50: 0, p90: 0, p99: 0, p999: 0, max: 0 };
  return {
    count: histogram.totalCount,
    p50: ms(histogram.getValueAtPercentile(50)),
    p90: ms(histogram.getValueAtPercentile(90)),
    p99: ms(histogram.getValueAtPercentile(99)),
    p999: ms(histogram.getValueAtPercentile(99.9)),
    max: ms(histogram.maxValue),
  };
}

/** Traffic totals and their rates over `seconds`. */
export function traffic(messages: number, bytes: number, seconds: number): TrafficSummary {
  const per = seconds > 0 ? 1 / seconds : 0;
  return { messages, bytes, messagesPerSecond: Math.round(messages * per), bytesPerSecond: Math.round(bytes * per) };
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function sumOf(map: Map<string, number>): number {
  let total = 0;
  for (const value of map.values()) total += value;
  return total;
}

/** Counters shared by every bot of a run. Single-threaded: bots call it from the event loop. */
export class BotStats {
  readonly #target: number;
  readonly #startedAt = performance.now();
  readonly #startCpu = process.cpuUsage();
  readonly #loopDelay: ELDHistogram = monitorEventLoopDelay({ resolution: 10 });
  readonly #latency = latencyHistogram();
  readonly #intervalLatency = latencyHistogram();
  readonly #reply = latencyHistogram();
  readonly #intervalReply = latencyHistogram();
  /** Action label → its histograms: the whole run's and the current interval's. */
  readonly #actions = new Map<string, { readonly total: Histogram; readonly interval: Histogram }>();
  readonly #outcomes = new Map<string, number>();
  readonly #reconnects = new Map<string, number>();
  readonly #errors = new Map<string, number>();
  readonly #handledErrors = new Map<string, number>();
  readonly #disconnects = new Map<string, number>();
  readonly #setupFailures = new Map<string, number>();
  readonly #views = new ViewCensus();
  #messagesIn = 0;
  #messagesOut = 0;
  #bytesIn = 0;
  #bytesOut = 0;
  #lastSnapshot = { at: this.#startedAt, messagesIn: 0, messagesOut: 0, bytesIn: 0, bytesOut: 0 };
  #connectedNow = 0;
  #peakConnected = 0;
  #connected = 0;
  #inWorldNow = 0;
  #enteredWorld = 0;
  #allInWorldAt: number | undefined;
  #accountsRegistered = 0;
  #charactersCreated = 0;
  #botsWithFrames = 0;
  #worldFrames = 0;
  #entityChanges = 0;
  #inputsSent = 0;
  #inputsAcked = 0;
  readonly #datagrams = { channels: 0, bound: 0, gaveUp: 0, fellBack: 0, taken: 0, lost: 0, resyncs: 0, moveRepeats: 0 };
  #endedAt: number | undefined;
  #trafficAtEnd: { messagesIn: number; messagesOut: number; bytesIn: number; bytesOut: number } | undefined;

  /** @param target - how many bots the run starts */
  constructor(target: number) {
    this.#target = target;
    this.#loopDelay.enable();
  }

  /** True once every bot of the run has entered the world. */
  get allInWorld(): boolean {
    return this.#allInWorldAt !== undefined;
  }

  /** Milliseconds since the run started. */
  elapsedMs(): number {
    return performance.now() - this.#startedAt;
  }

  /** One message of `bytes` framed bytes received. */
  countIn(bytes: number): void {
    this.#messagesIn++;
    this.#bytesIn += bytes;
  }

  /** One message of `bytes` framed bytes sent. */
  countOut(bytes: number): void {
    this.#messagesOut++;
    this.#bytesOut += bytes;
  }

  /** A bot's connection opened. */
  connectionOpened(): void {
    this.#connected++;
    this.#connectedNow++;
    if (this.#connectedNow > this.#peakConnected) this.#peakConnected = this.#connectedNow;
  }

  /** A bot's connection closed (for whatever reason). */
  connectionClosed(): void {
    this.#connectedNow--;
  }

  /** A bot entered the world; `first` when it is the bot's first time this run (not a churn re-entry). */
  enteredWorld(first = true): void {
    this.#inWorldNow++;
    if (!first) return;
    this.#enteredWorld++;
    if (this.#enteredWorld === this.#target) this.#allInWorldAt = performance.now();
  }

  /** A bot reconnected on purpose (churn), by kind. */
  reconnected(kind: string): void {
    increment(this.#reconnects, kind);
  }

  /** A bot left the world (logged out or lost its connection). */
  leftWorld(): void {
    this.#inWorldNow--;
  }

  /** The run registered an account. */
  accountRegistered(): void {
    this.#accountsRegistered++;
  }

  /** The run created a character. */
  characterCreated(): void {
    this.#charactersCreated++;
  }

  /**
   * A world frame arrived; `first` when it is the first this bot received, `entityChanges`
   * its entity enters, updates and leaves.
   */
  worldFrame(first: boolean, entityChanges = 0): void {
    this.#worldFrames++;
    this.#entityChanges += entityChanges;
    if (first) this.#botsWithFrames++;
  }

  /** Bot `index` now has `entities` other entities in view (kept until it changes or the bot leaves). */
  inView(index: number, entities: number): void {
    this.#views.set(index, entities);
  }

  /** Bot `index` left the world: its view is no longer sampled. */
  outOfView(index: number): void {
    this.#views.forget(index);
  }

  /**
   * Samples every bot's entities in view into the view histograms; the runner calls it once
   * per report, before taking the interval's histograms.
   */
  sampleViews(): void {
    this.#views.sample();
  }

  /** A move input was sent. */
  inputSent(): void {
    this.#inputsSent++;
  }

  /** A move input was acknowledged `micros` after it was sent. */
  recordAck(micros: number): void {
    this.#inputsAcked++;
    const value = Math.max(1, Math.round(micros));
    this.#latency.recordValue(value);
    this.#intervalLatency.recordValue(value);
  }

  /** A direct request (chat) was answered `micros` after it was sent. */
  recordReply(micros: number): void {
    const value = Math.max(1, Math.round(micros));
    this.#reply.recordValue(value);
    this.#intervalReply.recordValue(value);
  }

  /** A scenario's action (labelled) got its answer or showed its effect `micros` after it was sent. */
  recordAction(label: string, micros: number): void {
    let histograms = this.#actions.get(label);
    if (histograms === undefined) {
      histograms = { total: latencyHistogram(), interval: latencyHistogram() };
      this.#actions.set(label, histograms);
    }
    const value = Math.max(1, Math.round(micros));
    histograms.total.recordValue(value);
    histograms.interval.recordValue(value);
  }

  /** A scenario's action achieved something worth counting (a trade completed, a kill). */
  outcome(label: string): void {
    increment(this.#outcomes, label);
  }

  /** The histograms of the current interval (reset by {@link snapshot}), for merging across processes. */
  intervalHistograms(): { readonly ack: Histogram; readonly reply: Histogram; readonly actions: ReadonlyMap<string, Histogram>; readonly view: Histogram } {
    return { ack: this.#intervalLatency, reply: this.#intervalReply, actions: new Map([...this.#actions].map(([label, h]) => [label, h.interval])), view: this.#views.interval };
  }

  /** The whole run's histograms, for merging across processes. */
  totalHistograms(): { readonly ack: Histogram; readonly reply: Histogram; readonly actions: ReadonlyMap<string, Histogram>; readonly view: Histogram } {
    return { ack: this.#latency, reply: this.#reply, actions: new Map([...this.#actions].map(([label, h]) => [label, h.total])), view: this.#views.total };
  }

  /** An error the bot did not expect (an error answer or a pushed error), by code name. */
  error(reason: string): void {
    increment(this.#errors, reason);
  }

  /** An error answer that is part of the normal flow and was handled. */
  handledError(reason: string): void {
    increment(this.#handledErrors, reason);
  }

  /** A connection ended without the bot asking. */
  disconnect(reason: string): void {
    increment(this.#disconnects, reason);
  }

  /** A connection with a datagram channel closed: adds what its channel did. */
  datagramChannel(counters: DatagramCounters): void {
    const d = this.#datagrams;
    d.channels++;
    if (counters.wasBound) d.bound++;
    if (counters.state === 'gaveUp') d.gaveUp++;
    if (counters.state === 'fellBack') d.fellBack++;
    d.taken += counters.taken;
    d.lost += counters.lost;
    d.resyncs += counters.resyncs;
    d.moveRepeats += counters.moveRepeats;
  }

  /** A bot failed to get into the world. */
  setupFailure(reason: string): void {
    increment(this.#setupFailures, reason);
  }

  /** Ends the measurement: the summary's duration and traffic stop here (logout traffic is left out). */
  markEnd(): void {
    if (this.#endedAt !== undefined) return;
    this.#endedAt = performance.now();
    this.#trafficAtEnd = { messagesIn: this.#messagesIn, messagesOut: this.#messagesOut, bytesIn: this.#bytesIn, bytesOut: this.#bytesOut };
  }

  /** The numbers since the previous snapshot; resets the interval latency histogram. */
  snapshot(): IntervalReport {
    const now = performance.now();
    const last = this.#lastSnapshot;
    const seconds = (now - last.at) / 1000;
    const report: IntervalReport = {
      elapsedS: Math.round((now - this.#startedAt) / 100) / 10,
      intervalS: Math.round(seconds * 10) / 10,
      connected: this.#connectedNow,
      inWorld: this.#inWorldNow,
      target: this.#target,
      inbound: traffic(this.#messagesIn - last.messagesIn, this.#bytesIn - last.bytesIn, seconds),
      outbound: traffic(this.#messagesOut - last.messagesOut, this.#bytesOut - last.bytesOut, seconds),
      latency: summarise(this.#intervalLatency),
      replyLatency: summarise(this.#intervalReply),
      view: summariseView(this.#views.interval),
      errors: sumOf(this.#errors),
      disconnects: sumOf(this.#disconnects),
    };
    this.#intervalLatency.reset();
    this.#intervalReply.reset();
    this.#views.resetInterval();
    for (const histograms of this.#actions.values()) histograms.interval.reset();
    this.#lastSnapshot = { at: now, messagesIn: this.#messagesIn, messagesOut: this.#messagesOut, bytesIn: this.#bytesIn, bytesOut: this.#bytesOut };
    return report;
  }

  /** The final numbers; duration, traffic and rates are up to {@link markEnd}. */
  summary(): RunSummary {
    const end = this.#endedAt ?? performance.now();
    const seconds = (end - this.#startedAt) / 1000;
    const cpu = process.cpuUsage(this.#startCpu);
    const wallS = (performance.now() - this.#startedAt) / 1000;
    const delayMs = (ns: number): number => Math.round(ns / 1e4) / 100;
    const t = this.#trafficAtEnd ?? { messagesIn: this.#messagesIn, messagesOut: this.#messagesOut, bytesIn: this.#bytesIn, bytesOut: this.#bytesOut };
    this.#loopDelay.disable();
    return {
      target: this.#target,
      connected: this.#connected,
      enteredWorld: this.#enteredWorld,
      peakConnected: this.#peakConnected,
      accountsRegistered: this.#accountsRegistered,
      charactersCreated: this.#charactersCreated,
      botsWithFrames: this.#botsWithFrames,
      worldFrames: this.#worldFrames,
      entityChanges: this.#entityChanges,
      inputsSent: this.#inputsSent,
      inputsAcked: this.#inputsAcked,
      durationS: Math.round(seconds * 10) / 10,
      allInWorldAfterS: this.#allInWorldAt === undefined ? null : Math.round((this.#allInWorldAt - this.#startedAt) / 100) / 10,
      inbound: traffic(t.messagesIn, t.bytesIn, seconds),
      outbound: traffic(t.messagesOut, t.bytesOut, seconds),
      latency: summarise(this.#latency),
      replyLatency: summarise(this.#reply),
      view: summariseView(this.#views.total),
      actionLatency: Object.fromEntries([...this.#actions].map(([label, h]) => [label, summarise(h.total)])),
      outcomes: Object.fromEntries(this.#outcomes),
      reconnects: Object.fromEntries(this.#reconnects),
      errors: Object.fromEntries(this.#errors),
      handledErrors: Object.fromEntries(this.#handledErrors),
      disconnects: Object.fromEntries(this.#disconnects),
      datagrams: { ...this.#datagrams },
      setupFailures: Object.fromEntries(this.#setupFailures),
      botProcess: {
        cpuCoresUsed: wallS > 0 ? Math.round(((cpu.user + cpu.system) / 1e6 / wallS) * 100) / 100 : 0,
        eventLoopDelayP99Ms: this.#loopDelay.count > 0 ? delayMs(this.#loopDelay.percentile(99)) : 0,
        eventLoopDelayMaxMs: this.#loopDelay.count > 0 ? delayMs(this.#loopDelay.max) : 0,
        nice: getPriority(),
      },
    };
  }
}
