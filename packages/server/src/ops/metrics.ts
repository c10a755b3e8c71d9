/**
 * The server's Prometheus metrics. One {@link Metrics} owns one prom-client Registry (never the
 * global default one), so several servers in one process keep separate numbers.
 *
 * Hot paths (every message in and out, every tick) only add to plain numbers or read fields
 * that already exist; those are turned into prom-client values when Prometheus scrapes, in the
 * metrics' `collect()` callbacks. Label values come from bounded sets only: transports, zone
 * ids, message payload cases, error code names and store operations, never players.
 * @module
 */
import { performance } from 'node:perf_hooks';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { registerProcessMetrics } from './process-metrics.ts';
import { ErrorCode } from '@realmforge/protocol';
import type { Connection, TransportKind } from '../net/connection.ts';
import { DATAGRAM_DROP_REASONS } from '../net/datagram-port.ts';
import type { DatagramPort } from '../net/datagram-port.ts';
import type { OutboundPolicy } from '../net/outbound-batch.ts';
import type { World } from '../world/world.ts';
import { STORE_OPERATIONS } from './measured-store.ts';

const TRANSPORTS: readonly TransportKind[] = ['tcp', 'tls', 'ws'];

/** Buckets of the per-zone tick histogram, seconds (the default tick budget is 0.05 s). */
const TICK_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.025, 0.03, 0.04, 0.05, 0.065, 0.08, 0.1, 0.15, 0.25];
/**
 * Buckets of the input-to-frame histogram, seconds: an input waits up to one tick interval
 * (0.05 s at 20 Hz) by construction, and the target is one interval + 0.015 s, so the buckets
 * are fine around 0.05-0.1 s.
 */
const INPUT_TO_FRAME_BUCKETS = [0.005, 0.01, 0.02, 0.03, 0.04, 0.05, 0.055, 0.06, 0.065, 0.075, 0.09, 0.1, 0.125, 0.15, 0.2, 0.3, 0.5, 1, 2, 5];
/** Buckets of the request histogram, seconds (password hashing puts logins near 0.05-0.5 s). */
const REQUEST_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
/** Buckets of the heartbeat round-trip histogram, seconds. */
const RTT_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];
/** Buckets of the store histogram, seconds. */
const STORE_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** A disconnect reason label: an ErrorCode name, or "closed" when the peer went away. */
export type DisconnectReason = string;

/** The name of an error code, for labels; every code the server sends has one. */
export function errorCodeName(code: ErrorCode): string {
  return (ErrorCode as Readonly<Record<number, string | undefined>>)[code] ?? 'ERROR_CODE_UNKNOWN';
}

/** Counts by label value, kept as plain numbers until a scrape. */
class Tally {
  readonly counts = new Map<string, number>();

  add(label: string, amount = 1): void {
    this.counts.set(label, (this.counts.get(label) ?? 0) + amount);
  }
}

/** What a session reports; the server's {@link Metrics} implements it. */
export interface SessionMetrics {
  /** A decoded client message of this payload case arrived. */
  messageReceived(kind: string): void;
  /** A server message of this payload case was queued for sending. */
  messageSent(kind: string): void;
  /** A request with a direct answer (or error) completed after `seconds`. */
  requestCompleted(kind: string, seconds: number): void;
  /** A request was answered with this (non-fatal) error code. */
  requestFailed(code: ErrorCode): void;
  /** A heartbeat round trip was measured. */
  heartbeatRtt(seconds: number): void;
  /** The oldest movement input a world frame acknowledges waited `seconds` from its arrival until the frame was queued. */
  inputAcknowledged(seconds: number): void;
}

/** What the store decorator reports. */
export interface StoreMetrics {
  /** A store operation finished after `seconds`; `ok` is false when it rejected. */
  storeOperation(operation: string, seconds: number, ok: boolean): void;
}

/**
 * Running totals since start, read by the admin dashboard's sampler once a second to derive
 * rates. Reading them walks the live connections once and the per-type tallies (a few dozen
 * entries); nothing on the message path changes for it.
 */
export interface TrafficTotals {
  /** Client messages received. */
  readonly messagesReceived: number;
  /** Server messages queued for sending. */
  readonly messagesSent: number;
  /** Bytes received from clients (as realmforge_bytes_received_total counts them). */
  readonly bytesReceived: number;
  /** Bytes sent to clients. */
  readonly bytesSent: number;
  /** Store operations finished, failed ones included. */
  readonly storeOperations: number;
  /** Their summed duration, seconds. */
  readonly storeSeconds: number;
}

/** Options for {@link Metrics}. */
export interface MetricsOptions {
  /** Collect prom-client's process metrics (CPU, memory, GC, event-loop lag); default true. */
  readonly processMetrics?: boolean;
}

/** Every metric family of one server, and the hooks that feed them. */
export class Metrics implements SessionMetrics, StoreMetrics {
  /** The registry /metrics exposes. */
  readonly registry = new Registry();
  readonly #live = new Set<Connection>();
  readonly #connections = new Tally();
  readonly #disconnects = new Tally();
  readonly #closedBytesIn = new Tally();
  readonly #closedBytesOut = new Tally();
  readonly #received = new Tally();
  readonly #sent = new Tally();
  readonly #requestErrors = new Tally();
  readonly #storeErrors = new Tally();
  readonly #requestDuration: Histogram<'type'>;
  readonly #rtt: Histogram;
  readonly #inputToFrame: Histogram;
  readonly #storeDuration: Histogram<'operation'>;
  readonly #tickDuration: Histogram<'zone'>;
  #world: World | undefined;
  #outbound: OutboundPolicy | undefined;
  #datagrams: DatagramPort | undefined;
  #ioThreadsBusyMs: () => readonly number[] = () => [];
  #storeOperations = 0;
  #storeSeconds = 0;

  /** @param options - whether to collect process metrics */
  constructor(options: MetricsOptions = {}) {
    const registers = [this.registry];
    const live = this.#live;
    new Gauge({
      name: 'realmforge_sessions',
      help: 'Client sessions connected now, by transport.',
      labelNames: ['transport'],
      registers,
      collect() {
        const counts = new Map<string, number>(TRANSPORTS.map((t) => [t, 0]));
        for (const connection of live) counts.set(connection.transport, (counts.get(connection.transport) ?? 0) + 1);
        for (const [transport, count] of counts) this.set({ transport }, count);
      },
    });
    const getWorld = (): World | undefined => this.#world;
    new Gauge({
      name: 'realmforge_players_in_world',
      help: 'Player characters in the world now, by zone.',
      labelNames: ['zone'],
      registers,
      collect() {
        const world = getWorld();
        if (world === undefined) return;
        for (const zone of world.zones.values()) this.set({ zone: zone.id }, zone.playerCount);
      },
    });
    tallyCounter(registers, 'realmforge_connections_total', 'Client connections accepted, by transport.', 'transport', this.#connections);
    tallyCounter(registers, 'realmforge_disconnects_total', 'Sessions ended, by reason: the ErrorCode name the server closed with, or "closed" when the client went away.', 'reason', this.#disconnects);
    tallyCounter(registers, 'realmforge_messages_received_total', 'Client messages received, by message type (payload case).', 'type', this.#received);
    tallyCounter(registers, 'realmforge_messages_sent_total', 'Server messages queued for sending, by message type (payload case); worldFrame counts frames.', 'type', this.#sent);
    tallyCounter(registers, 'realmforge_request_errors_total', 'Requests answered with an error, by ErrorCode name.', 'code', this.#requestErrors);
    tallyCounter(registers, 'realmforge_store_operation_errors_total', 'Store operations that failed, by operation.', 'operation', this.#storeErrors);
    this.#byteCounter('realmforge_bytes_received_total', 'Bytes received from clients, by transport (TCP/TLS: stream bytes with framing, cleartext; WebSocket: message payloads).', this.#closedBytesIn, (c) => c.bytesReceived);
    this.#byteCounter('realmforge_bytes_sent_total', 'Bytes sent to clients, by transport, counted as realmforge_bytes_received_total is.', this.#closedBytesOut, (c) => c.bytesSent);
    this.#requestDuration = new Histogram({
      name: 'realmforge_request_duration_seconds',
      help: 'Time from receiving a request to its direct answer (or error), by message type.',
      labelNames: ['type'],
      buckets: REQUEST_BUCKETS,
      registers,
    });
    this.#rtt = new Histogram({
      name: 'realmforge_heartbeat_rtt_seconds',
      help: 'Heartbeat round-trip time measured from the echoed sent_at_ms of server pings.',
      buckets: RTT_BUCKETS,
      registers,
    });
    this.#inputToFrame = new Histogram({
      name: 'realmforge_input_to_frame_seconds',
      help: 'Server side of movement latency: from the arrival of the oldest movement input a world frame acknowledges to that frame being queued on the connection (the tick wait plus the tick; the socket write and the network come after).',
      buckets: INPUT_TO_FRAME_BUCKETS,
      registers,
    });
    this.#storeDuration = new Histogram({
      name: 'realmforge_store_operation_duration_seconds',
      help: 'Duration of store (database) operations, by operation, failed ones included.',
      labelNames: ['operation'],
      buckets: STORE_BUCKETS,
      registers,
    });
    this.#tickDuration = new Histogram({
      name: 'realmforge_tick_duration_seconds',
      help: 'Simulation time of one zone tick, by zone.',
      labelNames: ['zone'],
      buckets: TICK_BUCKETS,
      registers,
    });
    const getOutbound = (): OutboundPolicy | undefined => this.#outbound;
    new Counter({
      name: 'realmforge_socket_writes_total',
      help: 'Socket writes to clients (each write carries every message queued for that client in one event-loop turn while outboundBatching is on).',
      registers,
      collect() {
        this.reset();
        this.inc(getOutbound()?.writes ?? 0);
      },
    });
    const ioThreadsBusyMs = (): readonly number[] => this.#ioThreadsBusyMs();
    new Counter({
      name: 'realmforge_thread_busy_seconds_total',
      help: 'Seconds each of the server\'s event loops has been busy (event-loop utilization\'s active time): thread="main" runs the world and the sessions, "io-0", "io-1"... the I/O threads. Its rate is the share of a core the loop keeps busy; a main thread near 1 is the limit.',
      labelNames: ['thread'],
      registers,
      collect() {
        this.reset();
        this.inc({ thread: 'main' }, performance.eventLoopUtilization().active / 1000);
        ioThreadsBusyMs().forEach((ms, index) => {
          this.inc({ thread: `io-${index}` }, ms / 1000);
        });
      },
    });
    this.#worldCounter('realmforge_tick_overruns_total', 'World ticks (all zones together) that took longer than the tick interval.', (w) => w.stats.overruns);
    this.#worldCounter('realmforge_ticks_skipped_total', 'Ticks dropped because the clock fell too far behind to catch up.', (w) => w.stats.skipped);
    this.#worldCounter('realmforge_ticks_caught_up_total', 'Catch-up ticks: run without replication (simulation only) because the clock fell behind, or because the main thread is saturated (then no two ticks in a row are replicated); the next replicated tick\'s frames carry their changes. Ticks replicated = ticks run - caught up.', (w) => w.stats.caughtUp);
    this.#worldCounter('realmforge_frames_waited_total', 'World frames that waited one tick to share the player\'s next socket write (framePacing).', (w) => w.pacer.waited);
    this.#worldCounter('realmforge_ticks_degraded_total', 'World ticks run with replication of distant entities below the configured rate (distantUpdateStride) because ticks were slow or the main thread was saturated.', (w) => w.stats.degraded);
    new Gauge({
      name: 'realmforge_distant_update_stride',
      help: 'Every how many ticks the last replicated tick sent distant entities\' movement: the configured distantUpdateStride, or more while graceful degradation raises it (slow ticks, a saturated main thread).',
      registers,
      collect() {
        this.set(getWorld()?.distantStride ?? 0);
      },
    });
    new Gauge({
      name: 'realmforge_replication_cohorts',
      help: 'In how many cohorts the world serves its players: 1 when every replicated tick sends everyone its frame; k when a saturated main thread sends a k-th of the players their frames at every tick (replicationCohorts).',
      registers,
      collect() {
        this.set(getWorld()?.cohorts ?? 0);
      },
    });
    for (const operation of STORE_OPERATIONS) {
      this.#storeDuration.zero({ operation });
      this.#storeErrors.add(operation, 0);
    }
    if (options.processMetrics ?? true) registerProcessMetrics(this.registry);
  }

  /** The Content-Type of {@link scrape}'s text. */
  get contentType(): string {
    return this.registry.contentType;
  }

  /** The Prometheus text exposition of every metric. */
  scrape(): Promise<string> {
    return this.registry.metrics();
  }

  /**
   * Starts observing a world: per-zone tick durations go into the histogram as each zone's
   * TickStats records them (one histogram observation per zone per tick); players per zone and
   * the world's tick counters are read at scrape time.
   */
  observeWorld(world: World): void {
    this.#world = world;
    for (const zone of world.zones.keys()) {
      const stats = world.zoneStats(zone);
      if (stats === undefined) continue;
      const child = this.#tickDuration.labels(zone);
      this.#tickDuration.zero({ zone });
      stats.onRecord = (ms) => {
        child.observe(ms / 1000);
      };
    }
  }

  /** Starts reporting the I/O threads' busy time, read at scrape time (milliseconds by thread index). */
  observeIoThreads(busyMs: () => readonly number[]): void {
    this.#ioThreadsBusyMs = busyMs;
  }

  /**
   * Starts reporting a datagram port: datagrams and bytes both ways, drops by reason, channels
   * open and fallbacks, read from its totals at scrape time. Its bytes count in
   * {@link Metrics.traffic} too.
   */
  observeDatagrams(port: DatagramPort): void {
    this.#datagrams = port;
    const registers = [this.registry];
    const totals = port.totals;
    const counter = (name: string, help: string, read: () => number): void => {
      new Counter({
        name,
        help,
        registers,
        collect() {
          this.reset();
          this.inc(read());
        },
      });
    };
    counter('realmforge_datagrams_received_total', 'Datagrams accepted on the UDP port (header, channel, token and sequence good).', () => totals.received);
    counter('realmforge_datagrams_sent_total', 'Datagrams sent on the UDP port (world frames and hello answers).', () => totals.sent);
    counter('realmforge_datagram_bytes_received_total', 'Bytes of accepted datagrams, headers included.', () => totals.bytesReceived);
    counter('realmforge_datagram_bytes_sent_total', 'Bytes of datagrams sent, headers included.', () => totals.bytesSent);
    counter('realmforge_datagram_fallbacks_total', 'Datagram channels let go after their client sent nothing for udpIdleTimeoutMs; their frames went back to the connection until its next datagram.', () => totals.fallbacks);
    new Counter({
      name: 'realmforge_datagrams_dropped_total',
      help: 'Datagrams dropped, by reason: received ones that failed a check (malformed, unknown_channel, bad_token, bad_seal, stale_sequence, unexpected_kind), sent ones the socket could not queue (send_queue_full), and move inputs a client repeated that the session already had (repeated_input).',
      labelNames: ['reason'],
      registers,
      collect() {
        this.reset();
        for (const reason of DATAGRAM_DROP_REASONS) this.inc({ reason }, totals.dropped[reason]);
      },
    });
    new Gauge({
      name: 'realmforge_datagram_channels',
      help: 'Datagram channels open (clients that asked for one), bound or not.',
      registers,
      collect() {
        this.set(port.channels);
      },
    });
  }

  /** Starts counting the socket writes of the connections that share `policy`. */
  observeOutbound(policy: OutboundPolicy): void {
    this.#outbound = policy;
  }

  /** A connection became a session. */
  sessionOpened(connection: Connection): void {
    this.#live.add(connection);
    this.#connections.add(connection.transport);
  }

  /** A session ended; its connection's byte counts move into the closed totals. */
  sessionClosed(connection: Connection, reason: DisconnectReason): void {
    if (!this.#live.delete(connection)) return;
    this.#disconnects.add(reason);
    this.#closedBytesIn.add(connection.transport, connection.bytesReceived);
    this.#closedBytesOut.add(connection.transport, connection.bytesSent);
  }

  messageReceived(kind: string): void {
    this.#received.add(kind);
  }

  messageSent(kind: string): void {
    this.#sent.add(kind);
  }

  requestCompleted(kind: string, seconds: number): void {
    this.#requestDuration.observe({ type: kind }, seconds);
  }

  requestFailed(code: ErrorCode): void {
    this.#requestErrors.add(errorCodeName(code));
  }

  heartbeatRtt(seconds: number): void {
    this.#rtt.observe(seconds);
  }

  inputAcknowledged(seconds: number): void {
    this.#inputToFrame.observe(seconds);
  }

  storeOperation(operation: string, seconds: number, ok: boolean): void {
    this.#storeDuration.observe({ operation }, seconds);
    this.#storeOperations++;
    this.#storeSeconds += seconds;
    if (!ok) this.#storeErrors.add(operation);
  }

  /** The running totals the admin dashboard derives its rates from. */
  traffic(): TrafficTotals {
    let bytesReceived = sum(this.#closedBytesIn);
    let bytesSent = sum(this.#closedBytesOut);
    for (const connection of this.#live) {
      bytesReceived += connection.bytesReceived;
      bytesSent += connection.bytesSent;
    }
    const datagrams = this.#datagrams?.totals;
    if (datagrams !== undefined) {
      bytesReceived += datagrams.bytesReceived;
      bytesSent += datagrams.bytesSent;
    }
    return {
      messagesReceived: sum(this.#received),
      messagesSent: sum(this.#sent),
      bytesReceived,
      bytesSent,
      storeOperations: this.#storeOperations,
      storeSeconds: this.#storeSeconds,
    };
  }

  /** A counter by transport: bytes of closed sessions plus the live connections' counts now. */
  #byteCounter(name: string, help: string, closed: Tally, read: (connection: Connection) => number): void {
    const live = this.#live;
    new Counter({
      name,
      help,
      labelNames: ['transport'],
      registers: [this.registry],
      collect() {
        const totals = new Map<string, number>(TRANSPORTS.map((t) => [t, closed.counts.get(t) ?? 0]));
        for (const connection of live) totals.set(connection.transport, (totals.get(connection.transport) ?? 0) + read(connection));
        this.reset();
        for (const [transport, total] of totals) this.inc({ transport }, total);
      },
    });
  }

  /** An unlabelled counter read from the world's TickStats at scrape time. */
  #worldCounter(name: string, help: string, read: (world: World) => number): void {
    const getWorld = (): World | undefined => this.#world;
    new Counter({
      name,
      help,
      registers: [this.registry],
      collect() {
        const world = getWorld();
        this.reset();
        this.inc(world === undefined ? 0 : read(world));
      },
    });
  }
}

/** The sum of a tally's counts. */
function sum(tally: Tally): number {
  let total = 0;
  for (const count of tally.counts.values()) total += count;
  return total;
}

/** A counter with one label whose values are copied from a {@link Tally} at scrape time. */
function tallyCounter(registers: Registry[], name: string, help: string, label: string, tally: Tally): void {
  new Counter({
    name,
    help,
    labelNames: [label],
    registers,
    collect() {
      this.reset();
      for (const [value, count] of tally.counts) this.inc({ [label]: value }, count);
    },
  });
}
