/**
 * Socket-floor benchmark (`npm run bench:floor [-- --transports tcp,ws,udp --clients 1000,2500,5000
 * --processes 2 --warmup S --window S --frame-bytes N --bot-nice N --quick]`): what a load run's
 * traffic costs with no game in it, on this machine. A plain Node server
 * (bench/floor/floor-server.ts) takes each client's movement-sized input (26 bytes, 10 a second,
 * each its own send) and on a 20 Hz tick sends every client that sent one an acknowledging frame
 * of the load runs' mean write size (270 bytes), one send each: the one-write-per-input pattern
 * the engine's world frames settle into (FramePacer). Over TCP and WebSocket, as the engine; over UDP, what a
 * datagram transport would pay before any reliability or security layer. Clients in worker
 * processes at the load harness's niceness time input → acknowledging frame as the bots do.
 *
 * Why: on a 2-core machine the load generator shares the cores with the server, and both pay the
 * kernel for every read and write. This run says how much of the machine that traffic takes
 * before any game logic, and what latency the bare sockets give at each player count: the floor
 * under the engine's load runs (docs/benchmarks.md, loadtest), and the share of the server's
 * CPU that is the engine's own (the inbound benchmark's µs per message less this one's).
 *
 * Method: per client count, a fresh server child and fresh client processes; all connect
 * (1,000 a second), inputs start, then a warm-up, then the measured window. CPU is each
 * process's own `process.cpuUsage()` (all its threads) over the window; latency is an
 * HdrHistogram in µs over the window, merged across client processes. Writes
 * bench/results/floor.json (not with `--quick`).
 * @module
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { botNiceness, DEFAULT_BOT_NICE } from '../tools/loadtest/bot-priority.ts';
import { mergeHistograms } from '../tools/loadtest/merge.ts';
import type { LatencySummary } from '../tools/bots/stats.ts';
import type { ClientReply, ClientRequest, FloorTransport, ServerReply, ServerRequest } from './floor/floor-messages.ts';
import { IpcChild } from './ipc-child.ts';
import { describeMachine } from './machine.ts';

const RESULTS = fileURLToPath(new URL('./results/floor.json', import.meta.url));
const SERVER = fileURLToPath(new URL('./floor/floor-server.ts', import.meta.url));
const CLIENT = fileURLToPath(new URL('./floor/floor-client.ts', import.meta.url));
/** Movement inputs per client per second (the bots' rate). */
const INPUT_HZ = 10;
/** The server's tick rate. */
const TICK_HZ = 20;
/** Connections opened per second, all client processes together. */
const CONNECT_PER_S = 1000;

/** One client count's figures. */
interface StepResult {
  readonly transport: FloorTransport;
  readonly clients: number;
  readonly connected: number;
  readonly windowS: number;
  /** Inputs the clients sent a second. */
  readonly inputsSentPerSecond: number;
  /** Inputs the server read a second (over UDP fewer than sent when the kernel dropped some). */
  readonly inputsPerSecond: number;
  readonly writesPerSecond: number;
  readonly framesReceivedPerSecond: number;
  readonly serverCpuCores: number;
  readonly serverCpuKernelShare: number;
  readonly serverCpuMicrosPerInput: number;
  readonly clientCpuCores: number;
  readonly totalCpuCores: number;
  readonly closed: number;
  readonly ack: LatencySummary;
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

interface Plan {
  readonly transport: FloorTransport;
  readonly clients: number;
  readonly processes: number;
  readonly warmupS: number;
  readonly windowS: number;
  readonly frameBytes: number;
  readonly niceness: number;
}

async function runStep(plan: Plan): Promise<StepResult> {
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

function describe(r: StepResult): string {
  return `  ${r.transport} ${r.connected}/${r.clients} clients: inputs sent ${r.inputsSentPerSecond.toLocaleString('en-US')}/s, read ${r.inputsPerSecond.toLocaleString('en-US')}/s; frames sent ${r.writesPerSecond.toLocaleString('en-US')}/s, received ${r.framesReceivedPerSecond.toLocaleString('en-US')}/s; server ${(r.serverCpuCores * 100).toFixed(0)}% of a core (${(r.serverCpuKernelShare * 100).toFixed(0)}% kernel) = ${r.serverCpuMicrosPerInput} µs per input; clients ${(r.clientCpuCores * 100).toFixed(0)}%; total ${(r.totalCpuCores * 100).toFixed(0)}%; ack p50/p99 ${r.ack.p50}/${r.ack.p99} ms (max ${r.ack.max}); tick lateness p99 ${r.tickLateness.p99} ms; closed ${r.closed}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      clients: { type: 'string', default: '1000,2500,5000' },
      transports: { type: 'string', default: 'tcp,ws,udp' },
      processes: { type: 'string', default: '2' },
      warmup: { type: 'string', default: '3' },
      window: { type: 'string', default: '10' },
      'frame-bytes': { type: 'string', default: '270' },
      'bot-nice': { type: 'string', default: String(DEFAULT_BOT_NICE) },
      quick: { type: 'boolean', default: false },
    },
  });
  const counts = values.quick ? [200] : values.clients.split(',').map(Number);
  const transports = values.transports.split(',');
  const processes = Number(values.processes);
  const frameBytes = Number(values['frame-bytes']);
  const niceness = botNiceness(Number(values['bot-nice']));
  const warmupS = values.quick ? 1 : Number(values.warmup);
  const windowS = values.quick ? 2 : Number(values.window);
  const bad = counts.find((n) => !Number.isInteger(n) || n < 1 || n > 20_000);
  if (transports.some((t) => t !== 'tcp' && t !== 'ws' && t !== 'udp') || bad !== undefined || !Number.isInteger(processes) || processes < 1 || processes > 16 || !(frameBytes >= 8 && frameBytes <= 60_000) || !(warmupS >= 0) || !(windowS > 0)) {
    console.error('bench:floor: --transports takes tcp, ws and/or udp, --clients counts from 1 to 20000, --processes 1-16, --frame-bytes 8-60000, --warmup S >= 0, --window S > 0');
    process.exitCode = 2;
    return;
  }
  console.log(`socket floor: ${transports.join(', ')}, ${counts.join(', ')} clients in ${processes} process(es) at nice ${niceness}, ${INPUT_HZ} inputs/s each, ${TICK_HZ} Hz ticks, ${frameBytes}-byte frames; ${warmupS} s warm-up, ${windowS} s window`);
  const results: StepResult[] = [];
  for (const transport of transports as FloorTransport[]) {
    for (const clients of counts) {
      const result = await runStep({ transport, clients, processes, warmupS, windowS, frameBytes, niceness });
      console.log(describe(result));
      results.push(result);
    }
  }
  if (values.quick) return;
  const output = {
    benchmark: 'floor',
    date: new Date().toISOString(),
    machine: describeMachine(),
    method: `A plain Node server (no sessions, world or encoding) reads 26-byte inputs sent ${INPUT_HZ} times a second by each client, each its own send, and on a ${TICK_HZ} Hz tick sends every client that sent one a ${frameBytes}-byte acknowledging frame, one send each: the one-write-per-input pattern of the engine's world frames. Over TCP a connection per client, inputs length-delimited; over WebSocket (ws, no compression) a message per input and per frame; over UDP one server socket, a socket per client, a datagram per input and per frame (no reliability or security layer). Clients in ${processes} processes at nice ${niceness} (the load harness's default) time input → acknowledging frame as the bots do. CPU is each process's own over a ${windowS} s window after a ${warmupS} s warm-up.`,
    inputHz: INPUT_HZ,
    tickHz: TICK_HZ,
    frameBytes,
    processes,
    niceness,
    results,
  };
  writeFileSync(RESULTS, `${JSON.stringify(output, null, 2)}\n`);
  console.log(`wrote ${RESULTS}`);
}

await main();
