/**
 * The server under fuzzing: a real server in this process on ephemeral loopback ports, with
 * a logger that watches for what must never happen. A request that fails with an unexpected
 * error is logged as 'request failed' (and answered STORAGE_UNAVAILABLE); every such entry,
 * and every other error-level entry, is a finding.
 * @module
 */
import { rmSync } from 'node:fs';
import { pino } from 'pino';
import { createServer } from '@realmforge/server';
import type { BoundPorts, RealmforgeServer, ServerConfigInput } from '@realmforge/server';
import { tempDir, testConfig } from '../../packages/server/test/helpers/test-server.ts';
import { clientPayloadKinds } from '../../packages/server/src/session/message-limiter.ts';

/** One log entry the watch kept. */
export interface LogEntry {
  /** pino level (50 error, 40 warn). */
  readonly level: number;
  /** The message. */
  readonly msg: string;
  /** The request's payload case, when the entry names one. */
  readonly request?: string;
  /** The error's message and first stack lines, when there was one. */
  readonly err?: string;
}

/** What the server logged at warn and above. */
export class LogWatch {
  /** 'request failed' entries: unexpected errors inside handlers. */
  readonly requestFailed: LogEntry[] = [];
  /** Every other error-level entry. */
  readonly errors: LogEntry[] = [];
  /** Warn-level entries counted by message. */
  readonly warnings: Record<string, number> = {};
  /** Total 'request failed' entries (the list keeps the first 50). */
  requestFailedCount = 0;

  /** pino's destination. */
  write(line: string): void {
    let entry: { level?: number; msg?: string; request?: string; err?: { message?: string; stack?: string } };
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      this.errors.push({ level: 50, msg: `unparseable log line: ${line.slice(0, 200)}` });
      return;
    }
    const level = entry.level ?? 0;
    const msg = entry.msg ?? '';
    const err = entry.err === undefined ? undefined : (entry.err.stack ?? entry.err.message ?? '').split('\n').slice(0, 6).join('\n');
    const kept: LogEntry = { level, msg, ...(entry.request === undefined ? {} : { request: entry.request }), ...(err === undefined ? {} : { err }) };
    if (msg === 'request failed') {
      this.requestFailedCount++;
      if (this.requestFailed.length < 50) this.requestFailed.push(kept);
    } else if (level >= 50) {
      if (this.errors.length < 50) this.errors.push(kept);
    } else if (level >= 40) {
      this.warnings[msg] = (this.warnings[msg] ?? 0) + 1;
    }
  }
}

/** A running server under fuzzing. */
export interface FuzzServer {
  /** The server. */
  readonly server: RealmforgeServer;
  /** Its ports. */
  readonly ports: BoundPorts;
  /** What it logged. */
  readonly logs: LogWatch;
  /** Its frame limit. */
  readonly maxFrameBytes: number;
  /** Every payload case it handles. */
  readonly kinds: readonly string[];
  /** Stops it and removes its data. */
  stop(): Promise<void>;
}

/**
 * Starts a server for fuzzing. The limits that would stop a fuzzer from reaching handlers (it
 * is one address opening thousands of sessions and sending thousands of messages a second)
 * are lifted; characters of dropped sessions leave the world after 2 s so the population
 * stays bounded.
 */
export async function startFuzzServer(overrides: ServerConfigInput = {}): Promise<FuzzServer> {
  const dataDir = tempDir();
  const kinds = clientPayloadKinds();
  const generous = { burst: 1_000_000, perSecond: 1_000_000 };
  const logs = new LogWatch();
  const config = testConfig(dataDir, {
    tlsEnabled: false,
    resumeGraceMs: 2_000,
    // Set-up logs in thousands of sessions: hash on both cores.
    passwordHashConcurrency: 2,
    maxConnectionsPerIp: 100_000,
    connectionBurstPerIp: 100_000,
    connectionsPerSecondPerIp: 100_000,
    messageRateLimits: Object.fromEntries(['default', ...kinds].map((kind) => [kind, generous])),
    logLevel: 'warn',
    ...overrides,
  });
  const server = createServer(config, { logger: pino({ level: config.logLevel ?? 'warn', base: null }, logs) });
  const ports = await server.start();
  return {
    server,
    ports,
    logs,
    maxFrameBytes: server.config.maxFrameBytes,
    kinds,
    stop: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
