/**
 * A game server in a child process for load runs and benchmarks: a fresh temporary SQLite
 * database, ephemeral loopback ports, per-address limits raised for thousands of bots from one
 * address, cheap password hashing (logins are not what a load run measures) and anti-cheat
 * sanctions out of reach (detections still run and cost what they cost). Running it in
 * its own process lets its CPU be read from its own accounting (/metrics), apart from the load
 * generator's.
 * @module
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The server's entry point. */
const MAIN = fileURLToPath(new URL('../../packages/server/src/main.ts', import.meta.url));
/** Longest wait for the server to say where it listens, ms. */
const START_TIMEOUT_MS = 60_000;
/** Longest wait for a graceful stop before the server is killed, ms. */
const STOP_TIMEOUT_MS = 30_000;

/** The load server's cheap argon2 parameters (logins are not what a load run measures); warm-world.ts hashes with them too. */
export const LOAD_ARGON2 = { memoryKiB: 1024, iterations: 1 } as const;

/** Settings every load server gets, as command-line flags (each can be overridden). */
export const LOAD_SERVER_FLAGS: readonly string[] = [
  '--host', '127.0.0.1',
  '--tcp-port', '0',
  '--udp-port', '0',
  '--http-port', '0',
  '--admin-port', '0',
  '--tls-enabled', 'false',
  '--web-client', 'false',
  '--log-level', 'info',
  '--argon2-memory-kib', String(LOAD_ARGON2.memoryKiB),
  '--argon2-iterations', String(LOAD_ARGON2.iterations),
  '--password-hash-queue', '100000',
  '--password-hash-concurrency', '16',
  '--max-connections-per-ip', '100000',
  '--connections-per-second-per-ip', '100000',
  '--connection-burst-per-ip', '100000',
  '--login-ip-failure-burst', '100000',
  '--login-ip-failures-per-minute', '100000',
  // Anti-cheat watches but does not sanction: bots on a load generator starved of CPU send their
  // inputs in bunches, which looks like a speed hack, and a kicked bot would end its measurement.
  '--anticheat-warn-at', '999997',
  '--anticheat-mute-at', '999998',
  '--anticheat-kick-at', '999999',
  '--anticheat-ban-at', '1000000',
];

/** Where a started server listens. */
export interface ServerPorts {
  /** TCP game port. */
  readonly tcp: number;
  /** TLS game port; undefined with TLS off (the load servers' default). */
  readonly tls: number | undefined;
  /** HTTP/WebSocket port. */
  readonly http: number;
  /** Admin port (/metrics). */
  readonly admin: number;
}

/** A server running in a child process. */
export interface ServerProcess {
  /** Where it listens. */
  readonly ports: ServerPorts;
  /** Its process id. */
  readonly pid: number;
  /** Its self-signed TLS certificate (PEM) when TLS is on, for clients to trust. */
  readonly tlsCa: string | undefined;
  /** Its log (stdout and stderr), kept until {@link stop}. */
  readonly logFile: string;
  /** Stops it (SIGTERM, then SIGKILL after 30 s), removes its data directory; resolves with its exit code. */
  stop(): Promise<number | null>;
}

/** The line main.ts logs once it listens. */
const LISTENING = /tcp (\d+), tls (\w+), http\/ws (\d+) .*admin [^ ]*:(\d+)/;

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => { resolve(code); }));
}

/**
 * Starts a server and resolves once it listens. `extraFlags` come after the defaults, so they
 * win (`--tick-rate-hz 30`, `--outbound-batching false`, ...). `nodeFlags` go to Node itself
 * (`--cpu-prof`, `--cpu-prof-dir=...`). `prepare` runs first, given the data directory the server
 * will use (the warm world seeds its database there).
 * @throws Error with the end of the server's log when it exits or stays silent instead, or what `prepare` threw
 */
export async function startServerProcess(extraFlags: readonly string[] = [], nodeFlags: readonly string[] = [], prepare?: (dataDir: string) => Promise<void>): Promise<ServerProcess> {
  const scratch = mkdtempSync(join(tmpdir(), 'realmforge-load-'));
  try {
    await prepare?.(join(scratch, 'data'));
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
  const logFile = join(scratch, 'server.log');
  const log = createWriteStream(logFile);
  // Flags decide; a REALMFORGE_* setting from the caller's shell must not change the run.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('REALMFORGE_')));
  const child = spawn(process.execPath, [...nodeFlags, MAIN, ...LOAD_SERVER_FLAGS, '--data-dir', join(scratch, 'data'), ...extraFlags], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  const tail: string[] = [];
  const remember = (line: string): void => {
    log.write(`${line}\n`);
    tail.push(line);
    if (tail.length > 20) tail.shift();
  };
  createInterface({ input: child.stderr }).on('line', remember);
  // Whatever ends this process (an error, process.exit on a signal), the server goes with it.
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  child.once('exit', () => {
    process.removeListener('exit', killOnExit);
  });
  const lines = createInterface({ input: child.stdout });
  const ports = await new Promise<ServerPorts>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`the server did not report its ports within ${START_TIMEOUT_MS / 1000} s`));
    }, START_TIMEOUT_MS);
    lines.on('line', (line) => {
      remember(line);
      const match = LISTENING.exec(line);
      if (match !== null) {
        clearTimeout(timer);
        resolve({ tcp: Number(match[1]), tls: match[2] === 'off' ? undefined : Number(match[2]), http: Number(match[3]), admin: Number(match[4]) });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before listening:\n${tail.join('\n')}`));
    });
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited(child);
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  });
  let stopping: Promise<number | null> | undefined;
  return {
    ports,
    // Without tlsCertFile the server makes a self-signed certificate in its data directory (net/tls-credentials.ts).
    tlsCa: ports.tls === undefined ? undefined : readFileSync(join(scratch, 'data', 'tls', 'dev-cert.pem'), 'utf8'),
    pid: child.pid ?? 0,
    logFile,
    stop: () => {
      stopping ??= (async () => {
        const killer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        child.kill('SIGTERM');
        const code = await exited(child);
        clearTimeout(killer);
        log.end();
        rmSync(join(scratch, 'data'), { recursive: true, force: true });
        return code;
      })();
      return stopping;
    },
  };
}
