/**
 * The real server (src/main.ts) in a child process, for the crash test: configured by flags,
 * on ephemeral loopback ports read back from the line main.ts logs once it listens, and
 * stoppable either gracefully (SIGTERM) or the hard way (SIGKILL, which lets nothing run: no
 * shutdown hook, no final save, no flush).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 15_000;
/** The line main.ts logs once it listens: `... tcp <port>, tls ..., http/ws ...`. */
const LISTENING = /listening on [^:]+: tcp (\d+),/;

/** A server running in a child process. */
export interface ChildServer {
  /** The TCP game port. */
  readonly tcpPort: number;
  /** The last lines it wrote, for failure messages. */
  readonly tail: () => string;
  /** SIGKILL; resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM (a graceful shutdown, SIGKILL after 15 s); resolves with its exit code. */
  stop(): Promise<number | null>;
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => { resolve(code); }));
}

/**
 * Starts src/main.ts with `flags` (after the test defaults: loopback, port 0, no TLS, no web
 * client, cheap hashing) and resolves once it listens.
 * @throws Error with the end of its output when it exits or stays silent instead
 */
export async function startChildServer(flags: readonly string[]): Promise<ChildServer> {
  // Flags decide: a REALMFORGE_* setting of the caller's shell must not change the run.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('REALMFORGE_')));
  const child = spawn(process.execPath, [
    MAIN,
    '--host', '127.0.0.1', '--tcp-port', '0', '--udp-port', '0', '--http-port', '0', '--admin-port', '0',
    '--tls-enabled', 'false', '--web-client', 'false', '--log-level', 'info',
    '--argon2-memory-kib', '1024', '--argon2-iterations', '1', '--login-ip-failure-burst', '100000',
    ...flags,
  ], { stdio: ['ignore', 'pipe', 'pipe'], env });
  const lines: string[] = [];
  const remember = (line: string): void => {
    lines.push(line);
    if (lines.length > 30) lines.shift();
  };
  createInterface({ input: child.stderr }).on('line', remember);
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  child.once('exit', () => process.removeListener('exit', killOnExit));
  const tcpPort = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => { reject(new Error(`the server did not report its ports within ${START_TIMEOUT_MS / 1000} s`)); }, START_TIMEOUT_MS);
    createInterface({ input: child.stdout }).on('line', (line) => {
      remember(line);
      const match = LISTENING.exec(line);
      if (match !== null) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before listening:\n${lines.join('\n')}`));
    });
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited(child);
    throw error;
  });
  return {
    tcpPort,
    tail: () => lines.join('\n'),
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
    stop: async () => {
      const killer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      child.kill('SIGTERM');
      const code = await exited(child);
      clearTimeout(killer);
      return code;
    },
  };
}
