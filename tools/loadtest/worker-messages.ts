/**
 * What the coordinator and its worker processes tell each other over the IPC channel. Latency
 * histograms (and the entities-in-view samples) travel as HdrHistogram's compressed base64
 * encoding, so the coordinator merges exact distributions, not percentiles of percentiles.
 * @module
 */
import type { BotTransport } from '../bots/connection.ts';
import type { IntervalReport, RunSummary } from '../bots/stats.ts';

/** One worker's share of a run: bots `firstIndex` to `firstIndex + count - 1`. */
export interface WorkerPlan {
  /** Server host. */
  readonly host: string;
  /** Server port of the transport. */
  readonly port: number;
  /** Transport. */
  readonly transport: BotTransport;
  /** TLS: the certificate authority (PEM) to trust; absent: the system's. */
  readonly tlsCa?: string;
  /** Bots open a datagram channel beside their connections (TCP or TLS). */
  readonly datagrams: boolean;
  /** The run's scenario mix, as on the command line. */
  readonly mix: string;
  /** Number of this worker's first bot. */
  readonly firstIndex: number;
  /** Bots this worker runs. */
  readonly count: number;
  /** Seconds from the first connection to the logout. */
  readonly durationS: number;
  /** Seconds to play once all of this worker's bots are in, ending early; absent: the whole duration. */
  readonly holdS: number | undefined;
  /** This worker's bots started per second. */
  readonly rampPerS: number;
  /** Account name prefix. */
  readonly prefix: string;
  /** Seed of the bots' random numbers. */
  readonly seed: number;
  /** Register before logging in: the database is fresh (a server the harness started). */
  readonly registerFirst: boolean;
}

/** A worker's interval report, with its latency histograms. */
export interface IntervalMessage {
  /** Message kind. */
  readonly type: 'interval';
  /** The interval's numbers. */
  readonly report: IntervalReport;
  /** Input→ack histogram of the interval (compressed base64). */
  readonly ack: string;
  /** Request→reply histogram of the interval (compressed base64). */
  readonly reply: string;
  /** The scenarios' action histograms of the interval, by label (compressed base64). */
  readonly actions: Readonly<Record<string, string>>;
  /** Entities-in-view samples of the interval (compressed base64; tools/bots/view-census.ts). */
  readonly view: string;
}

/** A worker's final numbers, sent once its bots have logged out. */
export interface DoneMessage {
  /** Message kind. */
  readonly type: 'done';
  /** The worker's summary. */
  readonly summary: RunSummary;
  /** Why the worker's share failed, if it did. */
  readonly problems: readonly string[];
  /** Input→ack histogram of the whole run (compressed base64). */
  readonly ack: string;
  /** Request→reply histogram of the whole run (compressed base64). */
  readonly reply: string;
  /** The scenarios' action histograms of the whole run, by label (compressed base64). */
  readonly actions: Readonly<Record<string, string>>;
  /** Entities-in-view samples of the whole run (compressed base64). */
  readonly view: string;
}

/** Any message from a worker. */
export type WorkerMessage = IntervalMessage | DoneMessage;

/** The coordinator asks a worker to end its run early (its bots still log out). */
export interface StopMessage {
  /** Message kind. */
  readonly type: 'stop';
}
