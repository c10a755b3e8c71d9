/**
 * Adding up what several worker processes measured: interval reports of the same second into
 * one, final summaries into one, latency histograms merged exactly (HdrHistogram add).
 * @module
 */
import { decodeFromCompressedBase64 } from 'hdr-histogram-js';
import { latencyHistogram, summarise, traffic } from '../bots/stats.ts';
import type { LatencySummary, RunSummary, TrafficSummary } from '../bots/stats.ts';
import { summariseView, viewHistogram } from '../bots/view-census.ts';
import type { ViewSummary } from '../bots/view-census.ts';
import type { DoneMessage, IntervalMessage } from './worker-messages.ts';

/** The bots' side of one second of the run, all workers together. */
export interface BotsSample {
  /** Seconds since the run started (when the coordinator received the reports). */
  readonly elapsedS: number;
  /** Connections open. */
  readonly connected: number;
  /** Bots in the world. */
  readonly inWorld: number;
  /** Server → bots. */
  readonly inbound: TrafficSummary;
  /** Bots → server. */
  readonly outbound: TrafficSummary;
  /** Input→ack latency of the second. */
  readonly ack: LatencySummary;
  /** Request→reply latency of the second. */
  readonly reply: LatencySummary;
  /** The scenarios' action latencies of the second, by label. */
  readonly actions: Readonly<Record<string, LatencySummary>>;
  /** Other entities in view per player at the end of the second. */
  readonly view: ViewSummary;
  /** Errors so far. */
  readonly errors: number;
  /** Unexpected disconnects so far. */
  readonly disconnects: number;
}

/** Percentiles of several encoded histograms merged into one. */
export function mergeHistograms(encoded: readonly string[]): LatencySummary {
  const merged = latencyHistogram();
  for (const text of encoded) merged.add(decodeFromCompressedBase64(text));
  return summarise(merged);
}

/** Entities-in-view samples of several encoded histograms merged into one. */
export function mergeViews(encoded: readonly string[]): ViewSummary {
  const merged = viewHistogram();
  for (const text of encoded) merged.add(decodeFromCompressedBase64(text));
  return summariseView(merged);
}

/** Action histograms of several workers, merged label by label. */
export function mergeActions(records: readonly Readonly<Record<string, string>>[]): Record<string, LatencySummary> {
  const labels = [...new Set(records.flatMap((record) => Object.keys(record)))].sort();
  return Object.fromEntries(labels.map((label) => [label, mergeHistograms(records.flatMap((record) => record[label] ?? []))]));
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function addRecords(records: readonly Readonly<Record<string, number>>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const record of records) for (const [key, n] of Object.entries(record)) out[key] = (out[key] ?? 0) + n;
  return out;
}

/** One second of every worker's reports, arrived at `elapsedS`. */
export function mergeIntervals(elapsedS: number, messages: readonly IntervalMessage[]): BotsSample {
  const reports = messages.map((m) => m.report);
  const seconds = Math.max(...reports.map((r) => r.intervalS), 1e-3);
  return {
    elapsedS: Math.round(elapsedS * 10) / 10,
    connected: sum(reports.map((r) => r.connected)),
    inWorld: sum(reports.map((r) => r.inWorld)),
    inbound: traffic(sum(reports.map((r) => r.inbound.messages)), sum(reports.map((r) => r.inbound.bytes)), seconds),
    outbound: traffic(sum(reports.map((r) => r.outbound.messages)), sum(reports.map((r) => r.outbound.bytes)), seconds),
    ack: mergeHistograms(messages.map((m) => m.ack)),
    reply: mergeHistograms(messages.map((m) => m.reply)),
    actions: mergeActions(messages.map((m) => m.actions)),
    view: mergeViews(messages.map((m) => m.view)),
    errors: sum(reports.map((r) => r.errors)),
    disconnects: sum(reports.map((r) => r.disconnects)),
  };
}

/** The whole run, all workers together; per-worker process figures stay separate. */
export interface MergedSummary extends Omit<RunSummary, 'botProcess'> {
  /** Each worker process's own CPU and event-loop delay. */
  readonly botProcesses: readonly RunSummary['botProcess'][];
}

/** Every worker's final numbers as one summary. */
export function mergeSummaries(done: readonly DoneMessage[]): MergedSummary {
  const s = done.map((d) => d.summary);
  const add = (pick: (x: RunSummary) => number): number => sum(s.map(pick));
  const durationS = Math.max(...s.map((x) => x.durationS), 0);
  const allIn = s.map((x) => x.allInWorldAfterS);
  return {
    target: add((x) => x.target),
    connected: add((x) => x.connected),
    enteredWorld: add((x) => x.enteredWorld),
    peakConnected: add((x) => x.peakConnected),
    accountsRegistered: add((x) => x.accountsRegistered),
    charactersCreated: add((x) => x.charactersCreated),
    botsWithFrames: add((x) => x.botsWithFrames),
    worldFrames: add((x) => x.worldFrames),
    entityChanges: add((x) => x.entityChanges),
    inputsSent: add((x) => x.inputsSent),
    inputsAcked: add((x) => x.inputsAcked),
    durationS,
    allInWorldAfterS: allIn.some((x) => x === null) ? null : Math.max(...allIn.map((x) => x ?? 0)),
    inbound: traffic(add((x) => x.inbound.messages), add((x) => x.inbound.bytes), durationS),
    outbound: traffic(add((x) => x.outbound.messages), add((x) => x.outbound.bytes), durationS),
    latency: mergeHistograms(done.map((d) => d.ack)),
    replyLatency: mergeHistograms(done.map((d) => d.reply)),
    view: mergeViews(done.map((d) => d.view)),
    actionLatency: mergeActions(done.map((d) => d.actions)),
    outcomes: addRecords(s.map((x) => x.outcomes)),
    reconnects: addRecords(s.map((x) => x.reconnects)),
    errors: addRecords(s.map((x) => x.errors)),
    handledErrors: addRecords(s.map((x) => x.handledErrors)),
    disconnects: addRecords(s.map((x) => x.disconnects)),
    datagrams: {
      channels: add((x) => x.datagrams.channels),
      bound: add((x) => x.datagrams.bound),
      gaveUp: add((x) => x.datagrams.gaveUp),
      fellBack: add((x) => x.datagrams.fellBack),
      taken: add((x) => x.datagrams.taken),
      lost: add((x) => x.datagrams.lost),
      resyncs: add((x) => x.datagrams.resyncs),
      moveRepeats: add((x) => x.datagrams.moveRepeats),
    },
    setupFailures: addRecords(s.map((x) => x.setupFailures)),
    botProcesses: s.map((x) => x.botProcess),
  };
}
