/**
 * The admin dashboard's live figures: once a second, a {@link Vitals} sample read from the
 * metrics' running totals, the world's tick statistics and the process, kept in a ring buffer
 * of the last few minutes that the dashboard polls. The sampler runs on its own timer, never
 * inside the tick; each sample records what taking it cost (`sampleCostUs`), so the
 * dashboard shows its own price.
 * @module
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { ELDHistogram, EventLoopUtilization } from 'node:perf_hooks';
import type { TrafficTotals } from '../ops/metrics.ts';
import type { World } from '../world/world.ts';

/** Tick timing of one zone over the last few seconds. */
export interface ZoneVitals {
  /** Median tick duration, ms. */
  readonly p50Ms: number;
  /** 99th percentile tick duration, ms. */
  readonly p99Ms: number;
  /** Player characters in the zone. */
  readonly players: number;
  /** Entities in the zone (players and NPCs). */
  readonly entities: number;
}

/** One second of the server's life, as the dashboard charts it. */
export interface Vitals {
  /** Sample number since start (1, 2, …); the dashboard asks for samples after the last one it has. */
  readonly seq: number;
  /** When it was taken, ms since the Unix epoch. */
  readonly atMs: number;
  /** Client sessions connected. */
  readonly sessions: number;
  /** Player characters in the world (dropped players inside their grace period included). */
  readonly playersInWorld: number;
  /** Client messages received per second since the previous sample. */
  readonly messagesInPerSecond: number;
  /** Server messages queued per second. */
  readonly messagesOutPerSecond: number;
  /** Bytes received from clients per second. */
  readonly bytesInPerSecond: number;
  /** Bytes sent to clients per second. */
  readonly bytesOutPerSecond: number;
  /** Tick timing by zone id. */
  readonly zones: Readonly<Record<string, ZoneVitals>>;
  /** 99th percentile event-loop delay since the previous sample, ms. */
  readonly eventLoopLagP99Ms: number;
  /** Longest event-loop delay since the previous sample, ms. */
  readonly eventLoopLagMaxMs: number;
  /** Resident memory, bytes. */
  readonly rssBytes: number;
  /** V8 heap in use, bytes. */
  readonly heapUsedBytes: number;
  /** Process CPU (user + system) since the previous sample, percent of one core. */
  readonly cpuPercent: number;
  /**
   * Share of the time since the previous sample that the main thread's event loop (the world and
   * the sessions) was busy, percent: near 100 it is the server's limit, whatever the CPU says.
   */
  readonly mainThreadBusyPercent: number;
  /** Every how many ticks the last replicated tick sent distant entities' movement (graceful degradation raises it). */
  readonly distantStride: number;
  /** Store (database) operations per second. */
  readonly storeOperationsPerSecond: number;
  /** Mean duration of those operations, ms; null in a second without any. */
  readonly storeMeanMs: number | null;
  /** What taking this sample cost, microseconds. */
  readonly sampleCostUs: number;
}

/** What the sampler reads. */
export interface VitalsSources {
  /** The metrics' running totals. */
  readonly traffic: () => TrafficTotals;
  /** Client sessions connected now. */
  readonly sessions: () => number;
  /** The world whose zones are sampled. */
  readonly world: World;
}

/** Settings of the sampler. */
export interface VitalsSamplerOptions {
  /** Time between samples, ms (the dashboard's resolution). */
  readonly intervalMs: number;
  /** Samples kept (the charts' history). */
  readonly capacity: number;
  /** Seconds of ticks the per-zone percentiles cover. */
  readonly tickWindowSeconds: number;
}

/** Defaults: one sample a second, ten minutes kept, percentiles over five seconds of ticks. */
export const DEFAULT_VITALS_OPTIONS: VitalsSamplerOptions = { intervalMs: 1000, capacity: 600, tickWindowSeconds: 5 };

/** The running totals a sample is the difference of. */
interface Baseline {
  readonly atMs: number;
  readonly traffic: TrafficTotals;
  readonly cpu: NodeJS.CpuUsage;
  readonly loop: EventLoopUtilization;
}

/** Takes a {@link Vitals} sample every interval and keeps the latest ones. */
export class VitalsSampler {
  readonly #sources: VitalsSources;
  readonly #options: VitalsSamplerOptions;
  readonly #ring: (Vitals | undefined)[];
  readonly #lag: ELDHistogram;
  #seq = 0;
  #timer: NodeJS.Timeout | undefined;
  #previous: Baseline | undefined;

  /**
   * @param sources - what to read
   * @param options - interval, history length and tick window
   * @throws RangeError for a capacity below 1
   */
  constructor(sources: VitalsSources, options: VitalsSamplerOptions = DEFAULT_VITALS_OPTIONS) {
    if (!Number.isInteger(options.capacity) || options.capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${options.capacity}`);
    this.#sources = sources;
    this.#options = options;
    this.#ring = Array.from({ length: options.capacity }, () => undefined);
    this.#lag = monitorEventLoopDelay({ resolution: 10 });
  }

  /** Milliseconds between samples. */
  get intervalMs(): number {
    return this.#options.intervalMs;
  }

  /** Starts sampling (the first sample comes after one interval). */
  start(): void {
    if (this.#timer !== undefined) return;
    this.#lag.enable();
    this.#previous = this.#baseline();
    this.#timer = setInterval(() => {
      this.sample();
    }, this.#options.intervalMs);
    this.#timer.unref();
  }

  /** Stops sampling; the samples taken stay readable. */
  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
    this.#lag.disable();
  }

  /** Takes one sample now, keeps it and returns it. */
  sample(): Vitals {
    const started = performance.now();
    const previous = this.#previous ?? this.#baseline();
    const now = this.#baseline();
    const seconds = Math.max(0.001, (now.atMs - previous.atMs) / 1000);
    const rate = (read: (t: TrafficTotals) => number): number => round(Math.max(0, read(now.traffic) - read(previous.traffic)) / seconds, 1);
    const storeOperations = now.traffic.storeOperations - previous.traffic.storeOperations;
    const storeSeconds = now.traffic.storeSeconds - previous.traffic.storeSeconds;
    const cpuMicros = now.cpu.user - previous.cpu.user + now.cpu.system - previous.cpu.system;
    const { world } = this.#sources;
    const window = Math.max(1, world.tickRateHz * this.#options.tickWindowSeconds);
    const zones: Record<string, ZoneVitals> = {};
    for (const zone of world.zones.values()) {
      const stats = world.zoneStats(zone.id);
      zones[zone.id] = {
        p50Ms: round(stats?.quantile(0.5, window) ?? 0, 3),
        p99Ms: round(stats?.quantile(0.99, window) ?? 0, 3),
        players: zone.playerCount,
        entities: zone.population,
      };
    }
    const lagged = this.#lag.count > 0;
    const memory = process.memoryUsage();
    const partial = {
      seq: ++this.#seq,
      atMs: now.atMs,
      sessions: this.#sources.sessions(),
      playersInWorld: world.population,
      messagesInPerSecond: rate((t) => t.messagesReceived),
      messagesOutPerSecond: rate((t) => t.messagesSent),
      bytesInPerSecond: rate((t) => t.bytesReceived),
      bytesOutPerSecond: rate((t) => t.bytesSent),
      zones,
      eventLoopLagP99Ms: lagged ? round(this.#lag.percentile(99) / 1e6, 2) : 0,
      eventLoopLagMaxMs: lagged ? round(this.#lag.max / 1e6, 2) : 0,
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
      cpuPercent: round((cpuMicros / 1000 / (seconds * 1000)) * 100, 1),
      mainThreadBusyPercent: round(performance.eventLoopUtilization(now.loop, previous.loop).utilization * 100, 1),
      distantStride: world.distantStride,
      storeOperationsPerSecond: round(storeOperations / seconds, 1),
      storeMeanMs: storeOperations > 0 ? round((storeSeconds / storeOperations) * 1000, 3) : null,
    };
    this.#lag.reset();
    this.#previous = now;
    const vitals: Vitals = { ...partial, sampleCostUs: Math.round((performance.now() - started) * 1000) };
    this.#ring[(vitals.seq - 1) % this.#ring.length] = vitals;
    return vitals;
  }

  /** The kept samples with a sequence number above `afterSeq`, oldest first. */
  since(afterSeq = 0): Vitals[] {
    const out: Vitals[] = [];
    const oldest = Math.max(1, this.#seq - this.#ring.length + 1, Math.floor(afterSeq) + 1);
    for (let seq = oldest; seq <= this.#seq; seq++) {
      const vitals = this.#ring[(seq - 1) % this.#ring.length];
      if (vitals !== undefined) out.push(vitals);
    }
    return out;
  }

  #baseline(): Baseline {
    return { atMs: Date.now(), traffic: this.#sources.traffic(), cpu: process.cpuUsage(), loop: performance.eventLoopUtilization() };
  }
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
