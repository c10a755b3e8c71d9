/**
 * One step of the socket-floor benchmark (bench/floor.bench.ts): a plain Node server child and
 * load-generator children at a given client count, measured over a window. Also the load
 * harness's machine check before a capacity search (tools/loadtest/machine-check.ts).
 * @module
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { mergeHistograms } from '../../tools/loadtest/merge.ts';
import type { LatencySummary } from '../../tools/bots/stats.ts';
import type { ClientReply, ClientRequest, FloorTransport, ServerReply, ServerRequest } from './floor-messages.ts';
import { IpcChild } from '../ipc-child.ts';

/** The checked-in floor results (`npm run bench:floor` writes them; a capacity search's machine check compares with them). */
export const FLOOR_RESULTS = fileURLToPath(new URL('../results/floor.json', import.meta.url));
const SERVER = fileURLToPath(new URL('./floor-server.ts', import.meta.url));
const CLIENT = fileURLToPath(new URL('./floor-client.ts', import.meta.url));
/** Movement inputs per client per second (the bots' rate). */
export const INPUT_HZ = 10;
/** The server's tick rate. */
export const TICK_HZ = 20;
/** Connections opened per second, all client processes together. */
const CONNECT_PER_S = 1000;
/** The acknowledging frame's size, bytes: the load runs' mean write. */
export const FLOOR_FRAME_BYTES = 270;

/** One client count's figures. */
export interface FloorResult {
  /** How inputs and frames travelled. */
  readonly transport: FloorTransport;
  /** Clients asked for. */
  readonly clients: number;
  /** Clients that connected. */
  readonly connected: number;
  /** The measured window, s. */
  readonly windowS: number;
  /** Inputs the clients sent a second. */
  readonly inputsSentPerSecond: number;
  /** Inputs the server read a second (over UDP fewer than sent when the kernel dropped some). */
  readonly inputsPerSecond: number;
  /** Frames the server sent a second (one send each). */
  readonly writesPerSecond: number;
  /** Frames the clients received a second. */
  readonly framesReceivedPerSecond: number;
  /** The server's CPU, cores (its own accounting, all threads). */
  readonly serverCpuCores: number;
  /** The kernel's share of the server's CPU, 0-1. */
  readonly serverCpuKernelShare: number;
  /** The server's CPU per input read, µs. */
  readonly serverCpuMicrosPerInput: number;
  /** The client processes' CPU, cores. */
  readonly clientCpuCores: number;
  /** Server and clients together, cores. */
  readonly totalCpuCores: number;
  /** Connections that closed during the window. */
  readonly closed: number;
  /** Input → acknowledging frame, as the clients timed it, ms. */
  readonly ack: LatencySummary;
  /** How late the server's ticks fired, ms. */
  readonly tickLateness: LatencySummary;
}

type ServerChild = IpcChild<ServerRequest, ServerReply>;
type ClientChild = IpcChild<ClientRequest, ClientReply>;

async function serverReport(server: ServerChild): Promise<Extract<ServerReply, { type: 'report' }>> {
  const reply = await server.ask({ type: 'report' });
  if (reply.type !== 'report') throw new Error(`the floor server answered ${reply.type} to report`);
  return reply;
}

async function clientReports(clients: readonly ClientChild[]): Promise<Extract<ClientReply, { type: 'report' }>[]> {
  const replies = await Promise.all(clients.map((c) => c.ask({ type: 'report' })));
  return replies.map((reply) => {
    if (reply.type !== 'report') throw new Error(`a floor client answered ${reply.type} to report`);
    return reply;
  });
}

/** What one step runs: the transport, the clients and how they are spread, the window. */
export interface FloorPlan {
  /** How inputs and frames travel. */
  readonly transport: FloorTransport;
  /** Clients in all. */
  readonly clients: number;
  /** Client processes they are spread over. */
  readonly processes: number;
  /** Seconds of traffic before the window. */
  readonly warmupS: number;
  /** The measured window, s. */
  readonly windowS: number;
  /** The acknowledging frame's size, bytes. */
  readonly frameBytes: number;
  /** The client processes' niceness (bot-priority.ts). */
  readonly niceness: number;
}

/** Runs one step: a fresh server and fresh clients, connected, warmed up, then measured. */
export async function measureFloor(plan: FloorPlan): Promise<FloorResult> {
  const server: ServerChild = new IpcChild('floor server', SERVER, ['--transport', plan.transport, '--tick-hz', String(TICK_HZ), '--frame-bytes', String(plan.frameBytes)], true);
  const clients: ClientChild[] = [];
  try {
    const listening = await server.greeting();
    if (listening.type !== 'listening') throw new Error('the floor server did not start');
    const share = Math.ceil(plan.clients / plan.processes);
    for (let i = 0; i < plan.processes; i++) {
      clients.push(new IpcChild(`floor client ${i + 1}`, CLIENT, [], false, plan.niceness));
    }
    let connected = 0;
    const opened = await Promise.all(clients.map((c, i) => c.ask({ type: 'open', transport: plan.transport, port: listening.port, count: Math.max(0, Math.min(share, plan.clients - i * share)), perSecond: CONNECT_PER_S / plan.processes })));
    for (const reply of opened) if (reply.type === 'opened') connected += reply.open;
    for (const c of clients) c.tell({ type: 'inputs', inputHz: INPUT_HZ });
    await sleep(plan.warmupS * 1000);
    server.tell({ type: 'measure' });
    await Promise.all(clients.map((c) => c.ask({ type: 'measure' })));
    const serverBefore = await serverReport(server);
    const clientsBefore = await clientReports(clients);
    const startedAt = performance.now();
    await sleep(plan.windowS * 1000);
    const serverAfter = await serverReport(server);
    const clientsAfter = await clientReports(clients);
    const seconds = (performance.now() - startedAt) / 1000;
    const user = (serverAfter.userMicros - serverBefore.userMicros) / 1e6;
    const system = (serverAfter.systemMicros - serverBefore.systemMicros) / 1e6;
    const inputs = serverAfter.inputs - serverBefore.inputs;
    const clientCpu = clientsAfter.reduce((a, r) => a + r.cpuMicros, 0) - clientsBefore.reduce((a, r) => a + r.cpuMicros, 0);
    const round = (value: number, digits: number): number => Math.round(value * 10 ** digits) / 10 ** digits;
    const clientDelta = (key: 'inputsSent' | 'framesReceived'): number => clientsAfter.reduce((a, r) => a + r[key], 0) - clientsBefore.reduce((a, r) => a + r[key], 0);
    return {
      transport: plan.transport,
      clients: plan.clients,
      connected,
      windowS: round(seconds, 1),
      inputsSentPerSecond: Math.round(clientDelta('inputsSent') / seconds),
      inputsPerSecond: Math.round(inputs / seconds),
      writesPerSecond: Math.round((serverAfter.writes - serverBefore.writes) / seconds),
      framesReceivedPerSecond: Math.round(clientDelta('framesReceived') / seconds),
      serverCpuCores: round((user + system) / seconds, 3),
      serverCpuKernelShare: user + system > 0 ? round(system / (user + system), 3) : 0,
      serverCpuMicrosPerInput: inputs > 0 ? round(((user + system) * 1e6) / inputs, 1) : 0,
      clientCpuCores: round(clientCpu / 1e6 / seconds, 3),
      totalCpuCores: round((user + system) / seconds + clientCpu / 1e6 / seconds, 3),
      closed: clientsAfter.reduce((a, r) => a + r.closed, 0),
      ack: mergeHistograms(clientsAfter.map((r) => r.ack)),
      tickLateness: mergeHistograms([serverAfter.tickLateness]),
    };
  } finally {
    await Promise.all(clients.map((c) => c.stop({ type: 'stop' })));
    await server.stop();
  }
}

/** One step's figures in a line. */
export function describeFloor(r: FloorResult): string {
  return `  ${r.transport} ${r.connected}/${r.clients} clients: inputs sent ${r.inputsSentPerSecond.toLocaleString('en-US')}/s, read ${r.inputsPerSecond.toLocaleString('en-US')}/s; frames sent ${r.writesPerSecond.toLocaleString('en-US')}/s, received ${r.framesReceivedPerSecond.toLocaleString('en-US')}/s; server ${(r.serverCpuCores * 100).toFixed(0)}% of a core (${(r.serverCpuKernelShare * 100).toFixed(0)}% kernel) = ${r.serverCpuMicrosPerInput} µs per input; clients ${(r.clientCpuCores * 100).toFixed(0)}%; total ${(r.totalCpuCores * 100).toFixed(0)}%; ack p50/p99 ${r.ack.p50}/${r.ack.p99} ms (max ${r.ack.max}); tick lateness p99 ${r.tickLateness.p99} ms; closed ${r.closed}`;
}

