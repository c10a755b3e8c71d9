/**
 * The machine check a capacity search can run first (`npm run loadtest:capacity -- --floor N`):
 * the socket floor (bench/floor/floor-run.ts, no game in it) with N clients over the search's
 * transport, so that the finding says what the machine's bare sockets cost that day, next to
 * the same figure in the checked-in floor results where they have one for that transport and
 * count. The same VM model gives different findings on different instances (a slower instance
 * held 750 warm wanderers where another held 1,250; docs/architecture.md, Load testing): the
 * check is what tells the two apart.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import type { FloorTransport } from '../../bench/floor/floor-messages.ts';
import { FLOOR_FRAME_BYTES, FLOOR_RESULTS, measureFloor } from '../../bench/floor/floor-run.ts';
import type { FloorResult } from '../../bench/floor/floor-run.ts';
import { botNiceness, DEFAULT_BOT_NICE } from './bot-priority.ts';
import type { LoadTestOptions } from './run-load.ts';

/** Seconds of traffic before the check's window, and the window. */
const WARMUP_S = 3;
const WINDOW_S = 10;

/** The same figure from the checked-in floor results. */
export interface FloorReference {
  /** The server's CPU per input there, µs. */
  readonly serverCpuMicrosPerInput: number;
  /** When that floor ran (ISO). */
  readonly date: string;
}

/** What the check measured, and the reference it is compared with, if any. */
export interface MachineCheck {
  /** The floor's figures. */
  readonly floor: FloorResult;
  /** The checked-in figure for the same transport and client count; absent when there is none. */
  readonly reference?: FloorReference;
  /** The check in a sentence, for the finding. */
  readonly sentence: string;
}

/** The floor's transport for a load run's: its datagrams over UDP, WebSocket as itself, TCP and TLS over TCP. */
export function floorTransport(options: Pick<LoadTestOptions, 'transport' | 'datagrams'>): FloorTransport {
  if (options.datagrams === true) return 'udp';
  return options.transport === 'ws' ? 'ws' : 'tcp';
}

/**
 * The checked-in floor's figure for this transport and client count, from the floor results'
 * JSON text; undefined when it has none (or the text is not a floor result).
 */
export function floorReference(json: string, transport: FloorTransport, clients: number): FloorReference | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { date, results } = parsed as { date?: unknown; results?: unknown };
  if (typeof date !== 'string' || !Array.isArray(results)) return undefined;
  const rows = (results as unknown[]).filter((r): r is Partial<FloorResult> => typeof r === 'object' && r !== null);
  const match = rows.find((r) => r.transport === transport && r.clients === clients);
  const micros = match?.serverCpuMicrosPerInput;
  return typeof micros === 'number' && micros > 0 ? { serverCpuMicrosPerInput: micros, date } : undefined;
}

/** The check in a sentence: what the bare sockets cost, and against the reference where there is one. */
export function machineCheckSentence(floor: FloorResult, reference: FloorReference | undefined): string {
  const count = floor.clients.toLocaleString('en-US');
  const against = reference === undefined
    ? 'the checked-in floor results have no figure for this transport and count to compare with'
    : `${(floor.serverCpuMicrosPerInput / reference.serverCpuMicrosPerInput).toFixed(2)}× the ${reference.serverCpuMicrosPerInput} µs of the checked-in floor results (bench/results/floor.json, ${reference.date.slice(0, 10)})`;
  return `Machine check before the search (the socket floor, no game in it: ${floor.connected.toLocaleString('en-US')} of ${count} clients over ${floor.transport}, ${floor.windowS} s): the server's CPU was ${floor.serverCpuMicrosPerInput} µs per input, ${against}; the clients took ${(floor.clientCpuCores * 100).toFixed(0)}% of a core and saw input → ack p99 ${floor.ack.p99.toFixed(1)} ms.`;
}

/**
 * Runs the floor with `clients` clients as the search's bots would run (their transport,
 * processes and niceness) and compares it with the checked-in figure.
 * @param timing - seconds of traffic before the window, and the window (3 and 10 by default)
 */
export async function runMachineCheck(
  clients: number,
  options: Pick<LoadTestOptions, 'transport' | 'datagrams' | 'processes' | 'botNice'>,
  timing: { readonly warmupS: number; readonly windowS: number } = { warmupS: WARMUP_S, windowS: WINDOW_S },
): Promise<MachineCheck> {
  const transport = floorTransport(options);
  const floor = await measureFloor({
    transport,
    clients,
    processes: options.processes,
    warmupS: timing.warmupS,
    windowS: timing.windowS,
    frameBytes: FLOOR_FRAME_BYTES,
    niceness: botNiceness(options.botNice ?? DEFAULT_BOT_NICE),
  });
  const reference = existsSync(FLOOR_RESULTS) ? floorReference(readFileSync(FLOOR_RESULTS, 'utf8'), transport, clients) : undefined;
  return { floor, ...(reference === undefined ? {} : { reference }), sentence: machineCheckSentence(floor, reference) };
}
