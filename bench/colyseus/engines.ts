/**
 * The servers the peer benchmark compares, each started in its own child process on 127.0.0.1
 * with its bots' worker script: Realmforge (the load harness's server on a fresh SQLite
 * database, its wander bots over WebSocket or TCP) and Colyseus (colyseus-server.ts, the same
 * wander walk through the Colyseus SDK, in rooms of at most 50 players or in one shared room).
 * @module
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { startServerProcess } from '../../tools/loadtest/server-process.ts';
import type { WorkerPlan } from '../../tools/loadtest/worker-messages.ts';
import type { ColyseusWorkerPlan } from './colyseus-worker.ts';
import { ROOM_TYPES } from './room-types.ts';
import type { RoomType } from './room-types.ts';

/** One worker's share of a step. */
export interface BotShare {
  /** Number of the share's first bot. */
  readonly firstIndex: number;
  /** Bots in the share. */
  readonly count: number;
  /** Seconds from the first connection to the end. */
  readonly durationS: number;
  /** The share's bots started per second. */
  readonly rampPerS: number;
  /** Seed of the bots' random numbers. */
  readonly seed: number;
}

/** A server that is up, and how to send bots at it. */
export interface RunningEngine {
  /** The server process (for its CPU time and memory in /proc). */
  readonly pid: number;
  /** The bot worker script to fork. */
  readonly workerScript: string;
  /** The worker's argument (JSON) for one share of the bots. */
  planFor(share: BotShare): string;
  /** Stops the server; resolves with its exit code. */
  stop(): Promise<number | null>;
}

/** One contender of the peer benchmark. */
export interface Engine {
  /** Short id, used on the command line and in the results. */
  readonly id: string;
  /** `realmforge` or `colyseus`. */
  readonly engine: 'realmforge' | 'colyseus';
  /** The bots' transport. */
  readonly transport: 'ws' | 'tcp';
  /** One line: what this contender is. */
  readonly label: string;
  /** Starts its server. @throws Error when the server does not come up */
  start(): Promise<RunningEngine>;
}

const LOAD_WORKER = fileURLToPath(new URL('../../tools/loadtest/worker.ts', import.meta.url));
const COLYSEUS_WORKER = fileURLToPath(new URL('./colyseus-worker.ts', import.meta.url));
const COLYSEUS_SERVER = fileURLToPath(new URL('./colyseus-server.ts', import.meta.url));
/** Longest wait for a server to listen, ms. */
const START_TIMEOUT_MS = 60_000;
/** Longest wait for a graceful stop before the server is killed, ms. */
const STOP_TIMEOUT_MS = 15_000;

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => { resolve(code); }));
}

/**
 * A player in a full Colyseus room of 50 sees 49 others; a Realmforge server with its view cap at
 * 49 sends each player at most its 49 nearest others: the same number of walkers per player.
 */
const ROOM_OF_50_VIEW_CAP = 49;

/**
 * @param transport - the bots' transport
 * @param viewCap - the server's view cap; undefined runs the server's default
 */
function realmforge(transport: 'ws' | 'tcp', viewCap?: number): Engine {
  const transportName = transport === 'ws' ? 'WebSocket' : 'TCP';
  return {
    id: `realmforge-${transport}${viewCap === undefined ? '' : `-cap${viewCap}`}`,
    engine: 'realmforge',
    transport,
    label: viewCap === undefined
      ? `Realmforge, ${transportName}, one world with interest management`
      : `Realmforge, ${transportName}, one world with interest management and its view cap at ${viewCap} (each player sees at most its ${viewCap} nearest others, as many as in a full room of 50)`,
    start: async () => {
      const server = await startServerProcess(viewCap === undefined ? [] : ['--view-cap', String(viewCap)]);
      const port = transport === 'ws' ? server.ports.http : server.ports.tcp;
      return {
        pid: server.pid,
        workerScript: LOAD_WORKER,
        planFor: (share) => {
          // Bots play the whole duration (no early end once all are in: holdS unset).
          const wholeDuration = { holdS: undefined };
          const plan: WorkerPlan = { host: '127.0.0.1', port, transport, datagrams: false, mix: 'wander', prefix: 'peer', registerFirst: true, ...wholeDuration, ...share };
          return JSON.stringify(plan);
        },
        stop: () => server.stop(),
      };
    },
  };
}

/** Starts colyseus-server.ts and resolves with its port once it listens. */
async function startColyseus(): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [COLYSEUS_SERVER], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  const { stdout, stderr } = child;
  if (stdout === null || stderr === null) throw new Error('the Colyseus server was spawned without its output pipes');
  const killOnExit = (): void => {
    child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  child.once('exit', () => {
    process.removeListener('exit', killOnExit);
  });
  const tail: string[] = [];
  const remember = (line: string): void => {
    tail.push(line);
    if (tail.length > 20) tail.shift();
  };
  createInterface({ input: stderr }).on('line', remember);
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`the Colyseus server did not listen within ${START_TIMEOUT_MS / 1000} s:\n${tail.join('\n')}`));
    }, START_TIMEOUT_MS);
    createInterface({ input: stdout }).on('line', (line) => {
      const match = /^listening (\d+)$/.exec(line);
      if (match === null) {
        remember(line);
        return;
      }
      clearTimeout(timer);
      resolve(Number(match[1]));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the Colyseus server exited with ${code} before listening:\n${tail.join('\n')}`));
    });
  }).catch(async (error: unknown) => {
    child.kill('SIGKILL');
    await exited(child);
    throw error;
  });
  return { child, port };
}

function colyseus(id: string, roomType: RoomType, label: string): Engine {
  return {
    id,
    engine: 'colyseus',
    transport: 'ws',
    label,
    start: async () => {
      const { child, port } = await startColyseus();
      return {
        pid: child.pid ?? 0,
        workerScript: COLYSEUS_WORKER,
        planFor: (share) => {
          const plan: ColyseusWorkerPlan = { port, roomType, ...share };
          return JSON.stringify(plan);
        },
        stop: async () => {
          const killer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
          child.kill('SIGTERM');
          const code = await exited(child);
          clearTimeout(killer);
          return code;
        },
      };
    },
  };
}

/** Every contender, in the order a step runs them. */
export const ENGINES: readonly Engine[] = [
  realmforge('ws'),
  realmforge('ws', ROOM_OF_50_VIEW_CAP),
  colyseus('colyseus-rooms50', ROOM_TYPES.roomsOf50, 'Colyseus 0.18, WebSocket, rooms of at most 50 players (full state per room)'),
  colyseus('colyseus-shared', ROOM_TYPES.shared, 'Colyseus 0.18, WebSocket, one shared room (full state to everyone)'),
  realmforge('tcp'),
];
