/**
 * Echo benchmark: round trips through the full session stack (socket, framing, decode, the
 * session state machine, encode, batched write) over TCP and WebSocket. Reports messages
 * echoed per second, the server CPU they cost (messages per server core-second: the server's
 * sessions run on one thread, so this is the one-core figure) and the round-trip latency
 * distribution. A benchmark, not a test: it prints a table and writes bench/results/echo.json;
 * it asserts nothing beyond every echo matching its request.
 *
 * Run: `npm run bench:echo` (flags after `--`: --duration S, --warmup S, --clients N, --window N,
 * --payload BYTES, --transports tcp,ws[,tls], --quick for a short smoke run that writes no file).
 *
 * Method: the real server (the command line, main.ts) runs as a child process on ephemeral
 * loopback ports with a temporary data directory, so the load generator's CPU is not counted.
 * Its CPU time is read from /proc/<pid>/stat (utime + stime of all its threads, and the main
 * thread's alone) before and after each measured phase. Each phase opens C connections, does
 * the handshake, then each connection keeps W pings outstanding (closed loop, pipelined): a pong
 * is answered by the next ping at once. Nothing is recorded during the warm-up; then for the
 * measured duration every round trip (send of the ping → its pong, matched by request id) goes
 * into an HdrHistogram in microseconds. A second phase per transport with one connection and
 * one ping in flight gives the unloaded latency. Closed-loop latency under load includes the
 * time queued behind the connection's own window; it is service time under saturation, not an
 * open-loop latency at a fixed offered rate.
 * @module
 */
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect as connectNet } from 'node:net';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { connect as connectTls } from 'node:tls';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'hdr-histogram-js';
import type { Histogram } from 'hdr-histogram-js';
import { WebSocket } from 'ws';
import { decodeServerMessage, encodeClientMessage, encodeFrame, FrameDecoder, PROTOCOL_VERSION } from '@realmforge/protocol';
import { describeMachine } from './machine.ts';

type Transport = 'tcp' | 'tls' | 'ws';

interface Options {
  durationS: number;
  warmupS: number;
  clients: number;
  window: number;
  payloadBytes: number;
  transports: Transport[];
  quick: boolean;
}

function parseOptions(): Options {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string' },
      warmup: { type: 'string' },
      clients: { type: 'string' },
      window: { type: 'string' },
      payload: { type: 'string' },
      transports: { type: 'string' },
      quick: { type: 'boolean', default: false },
    },
  });
  const quick = values.quick;
  const number = (flag: string, raw: string | undefined, fallback: number, min: number, max: number, integer: boolean): number => {
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
      throw new Error(`--${flag} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}; got "${raw}"`);
    }
    return value;
  };
  const transports = (values.transports ?? 'tcp,ws').split(',').map((t) => t.trim());
  for (const t of transports) {
    if (t !== 'tcp' && t !== 'tls' && t !== 'ws') throw new Error(`--transports takes a list of tcp, tls, ws; got "${t}"`);
  }
  return {
    durationS: number('duration', values.duration, quick ? 1 : 5, 0.1, 60, false),
    warmupS: number('warmup', values.warmup, quick ? 0.5 : 1, 0, 30, false),
    clients: number('clients', values.clients, quick ? 10 : 50, 1, 1000, true),
    window: number('window', values.window, 8, 1, 256, true),
    payloadBytes: number('payload', values.payload, 16, 0, 60_000, true),
    transports: transports as Transport[],
    quick,
  };
}

// ---------------------------------------------------------------- server process and its CPU

const CLK_TCK = clockTicksPerSecond();

function clockTicksPerSecond(): number {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isInteger(ticks) && ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
}

/** utime + stime in seconds from a /proc stat file (whole process, or one thread under task/). */
function cpuSecondsFromStat(path: string): number {
  const stat = readFileSync(path, 'utf8');
  // Fields after "(comm)": state is field 3, utime field 14, stime field 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
}

interface ServerCpu {
  /** Every thread of the server process (event loop, GC helpers, libuv pool). */
  process: number;
  /** The main thread alone: where every session runs. */
  mainThread: number;
}

function serverCpu(pid: number): ServerCpu {
  try {
    return { process: cpuSecondsFromStat(`/proc/${pid}/stat`), mainThread: cpuSecondsFromStat(`/proc/${pid}/task/${pid}/stat`) };
  } catch (error) {
    throw new Error(`cannot read the server's CPU time (is process ${pid} gone?): ${error instanceof Error ? error.message : String(error)}`);
  }
}

interface RunningServer {
  child: ChildProcess;
  pid: number;
  ports: { tcp: number; tls: number | undefined; http: number };
  /** Resolves with how the process ended, e.g. "code 0" or "signal SIGKILL". */
  exited: Promise<string>;
}

const mainScript = fileURLToPath(new URL('../packages/server/src/main.ts', import.meta.url));

function startServer(dataDir: string): Promise<RunningServer> {
  const child = spawn(process.execPath, [mainScript, '--tcp-port', '0', '--tls-port', '0', '--udp-port', '0', '--http-port', '0', '--data-dir', dataDir,
    '--argon2-memory-kib', '1024', '--argon2-iterations', '1', '--log-pretty', 'false',
    // The benchmark is one address pinging as fast as it can: lift the per-address and per-session limits.
    '--max-connections-per-ip', '100000', '--connection-burst-per-ip', '100000', '--connections-per-second-per-ip', '100000',
    '--message-rate-limits', JSON.stringify({ ping: { burst: 100_000_000, perSecond: 100_000_000 } })], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => {
    resolve(code === null ? `signal ${signal ?? 'unknown'}` : `code ${code}`);
  }));
  return new Promise((resolve, reject) => {
    let out = '';
    let started = false;
    child.stdout.on('data', (chunk: Buffer) => {
      // Keep draining the pipe after start so the server never blocks on its log.
      if (started) return;
      out += chunk.toString();
      const match = /tcp (\d+), tls (\d+|off), http\/ws (\d+)/.exec(out);
      if (match?.[1] === undefined || match[3] === undefined || child.pid === undefined) return;
      started = true;
      resolve({ child, pid: child.pid, ports: { tcp: Number(match[1]), tls: match[2] === 'off' ? undefined : Number(match[2]), http: Number(match[3]) }, exited });
    });
    void exited.then((code) => {
      if (!started) reject(new Error(`server exited during start (${code}): ${out}`));
    });
    setTimeout(() => {
      if (started) return;
      child.kill('SIGKILL');
      reject(new Error(`server did not report its ports within 20 s: ${out}`));
    }, 20_000).unref();
  });
}

async function stopServer(server: RunningServer): Promise<string> {
  server.child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(resolve, 15_000, 'timeout').unref());
  const how = await Promise.race([server.exited, timeout]);
  if (how !== 'timeout') return how;
  server.child.kill('SIGKILL');
  return server.exited;
}

// ---------------------------------------------------------------- load generator

/** One client connection as the generator sees it: bodies in (one callback per batch), bodies out. */
interface Link {
  /** Sends message bodies; a stream link writes them all in one socket write. */
  send(bodies: readonly Uint8Array[]): void;
  close(): Promise<void>;
}

type OnBodies = (bodies: readonly Uint8Array[]) => void;
type OnGone = (why: string) => void;

function openStream(transport: 'tcp' | 'tls', port: number, caPem: string | undefined, onBodies: OnBodies, onGone: OnGone): Promise<Link> {
  return new Promise((resolve, reject) => {
    const socket: Socket = transport === 'tcp'
      ? connectNet({ host: '127.0.0.1', port }, ready)
      : connectTls({ host: '127.0.0.1', port, ca: caPem, minVersion: 'TLSv1.3' }, ready);
    socket.setNoDelay(true);
    const decoder = new FrameDecoder();
    let open = false;
    socket.on('data', (chunk: Buffer) => {
      onBodies(decoder.push(chunk));
    });
    socket.on('error', (error) => {
      if (!open) reject(error);
      else onGone(error.message);
    });
    socket.on('close', () => {
      onGone('connection closed');
    });
    function ready(): void {
      open = true;
      resolve({
        send: (bodies) => {
          if (bodies.length === 1 && bodies[0] !== undefined) socket.write(encodeFrame(bodies[0]));
          else socket.write(Buffer.concat(bodies.map(encodeFrame)));
        },
        close: () => socket.closed ? Promise.resolve() : closeWithin(socket, 'close', () => socket.end(), () => socket.destroy()),
      });
    }
  });
}

function openWebSocket(port: number, onBodies: OnBodies, onGone: OnGone): Promise<Link> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { perMessageDeflate: false });
    let open = false;
    ws.on('message', (data: Buffer) => {
      onBodies([data]);
    });
    ws.on('error', (error) => {
      if (!open) reject(error);
      else onGone(error.message);
    });
    ws.on('close', () => {
      onGone('connection closed');
    });
    ws.on('open', () => {
      open = true;
      resolve({
        // One WebSocket message per protobuf message is the protocol; `ws` writes each one.
        send: (bodies) => {
          for (const body of bodies) ws.send(body, { binary: true });
        },
        close: () => ws.readyState === WebSocket.CLOSED ? Promise.resolve() : closeWithin(ws, 'close', () => {
          ws.close(1000);
        }, () => {
          ws.terminate();
        }),
      });
    });
  });
}

/**
 * Asks politely, then forces after a second; resolves once the emitter reports the close, or
 * right after forcing (a socket that is already closed reports nothing more).
 */
function closeWithin(emitter: { once(event: string, listener: () => void): unknown }, event: string, polite: () => void, force: () => void): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      force();
      resolve();
    }, 1_000);
    emitter.once(event, () => {
      clearTimeout(timer);
      resolve();
    });
    polite();
  });
}

/** What a phase shares across its clients. */
interface PhaseState {
  /** Clients send a new ping for each pong while true. */
  running: boolean;
  /** Round trips are counted and recorded while true. */
  recording: boolean;
  echoed: number;
  histogram: Histogram;
  /** The first thing that went wrong (a mismatched echo, a server error, a lost connection). */
  failure: string | undefined;
}

/** One benchmark connection: handshake, then a window of pipelined pings. */
class EchoClient {
  link: Link | undefined;
  outstanding = 0;
  readonly #state: PhaseState;
  readonly #window: number;
  readonly #payload: Uint8Array;
  /** Send time (performance.now) of each ping in flight, indexed by requestId % window. */
  readonly #sentAt: Float64Array;
  #nextId = 1;
  #welcome: (() => void) | undefined;
  #closing = false;

  constructor(state: PhaseState, window: number, payload: Uint8Array) {
    this.#state = state;
    this.#window = window;
    this.#payload = payload;
    this.#sentAt = new Float64Array(window);
  }

  async connect(transport: Transport, server: RunningServer, caPem: string | undefined): Promise<void> {
    const onBodies: OnBodies = (bodies) => {
      this.#receive(bodies);
    };
    const onGone: OnGone = (why) => {
      if (!this.#closing) this.#fail(`connection lost: ${why}`);
    };
    if (transport === 'ws') this.link = await openWebSocket(server.ports.http, onBodies, onGone);
    else {
      const port = transport === 'tcp' ? server.ports.tcp : server.ports.tls;
      if (port === undefined) throw new Error('the server has TLS off');
      this.link = await openStream(transport, port, caPem, onBodies, onGone);
    }
    const welcomed = new Promise<void>((resolve) => (this.#welcome = resolve));
    this.link.send([encodeClientMessage({ requestId: this.#nextId++, hello: { protocolVersion: PROTOCOL_VERSION, clientName: 'realmforge-echo-bench' } })]);
    await welcomed;
  }

  /** Fills the window. */
  start(): void {
    const bodies: Uint8Array[] = [];
    for (let i = 0; i < this.#window; i++) bodies.push(this.#ping());
    this.link?.send(bodies);
  }

  close(): Promise<void> {
    this.#closing = true;
    return this.link?.close() ?? Promise.resolve();
  }

  #ping(): Uint8Array {
    const id = this.#nextId;
    this.#nextId = id === 0xffff_ffff ? 1 : id + 1;
    const sentAtMs = performance.now();
    this.#sentAt[id % this.#window] = sentAtMs;
    this.outstanding++;
    return encodeClientMessage({ requestId: id, ping: { nonce: id, sentAtMs, payload: this.#payload } });
  }

  #receive(bodies: readonly Uint8Array[]): void {
    const now = performance.now();
    const state = this.#state;
    let replies: Uint8Array[] | undefined;
    for (const body of bodies) {
      const message = decodeServerMessage(body);
      if (message.pong && message.requestId !== 0) {
        const { requestId, pong } = message;
        const sentAt = this.#sentAt[requestId % this.#window] ?? Number.NaN;
        if (pong.nonce !== requestId || pong.sentAtMs !== sentAt || (pong.payload?.length ?? 0) !== this.#payload.length) {
          this.#fail(`pong ${requestId} does not echo its ping (nonce ${pong.nonce ?? 'none'}, ${pong.payload?.length ?? 0} payload bytes)`);
          return;
        }
        this.outstanding--;
        if (state.recording) {
          state.echoed++;
          state.histogram.recordValue(Math.max(1, Math.round((now - sentAt) * 1000)));
        }
        if (state.running) (replies ??= []).push(this.#ping());
      } else if (message.welcome) {
        this.#welcome?.();
        this.#welcome = undefined;
      } else if (message.ping) {
        // The server's heartbeat: answer it as a real client would.
        (replies ??= []).push(encodeClientMessage({ pong: { nonce: message.ping.nonce, sentAtMs: message.ping.sentAtMs } }));
      } else {
        this.#fail(`unexpected server message: ${JSON.stringify(message.toJSON())}`);
        return;
      }
    }
    if (replies !== undefined) this.link?.send(replies);
  }

  #fail(why: string): void {
    this.#state.failure ??= why;
    this.#state.running = false;
    this.#welcome?.();
  }
}

// ---------------------------------------------------------------- phases

interface PhaseResult {
  transport: Transport;
  load: 'loaded' | 'unloaded';
  clients: number;
  window: number;
  measuredSeconds: number;
  echoed: number;
  messagesPerSecond: number;
  serverCpuSeconds: number;
  serverMainThreadCpuSeconds: number;
  /** Server CPU over wall time, all threads; 1 = one core busy the whole time. */
  serverCpuUtilization: number;
  serverMainThreadUtilization: number;
  /** Echoes per second of server CPU (all threads): the one-core throughput. */
  messagesPerServerCoreSecond: number;
  /** The load generator's own CPU over wall time (all its threads). */
  generatorCpuUtilization: number;
  latencyMs: { p50: number; p90: number; p99: number; p999: number; max: number; mean: number };
  /** Which side limited throughput, judged from the utilizations. */
  bottleneck: string;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Sleeps for ms, or less once `failed` reports something (checked every 50 ms). */
async function sleepUnless(ms: number, failed: () => string | undefined): Promise<void> {
  const until = performance.now() + ms;
  for (let left = ms; left > 0 && failed() === undefined; left = until - performance.now()) await sleep(Math.min(50, left));
}

async function runPhase(server: RunningServer, caPem: string | undefined, transport: Transport, load: PhaseResult['load'], clients: number, window: number, options: Options): Promise<PhaseResult> {
  const state: PhaseState = {
    running: true,
    recording: false,
    echoed: 0,
    histogram: build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3 }),
    failure: undefined,
  };
  const payload = new Uint8Array(options.payloadBytes).fill(0x2a);
  // Clients set state.failure from socket callbacks; reading it through a call keeps the
  // compiler from assuming an earlier check still holds after an await.
  const failure = (): string | undefined => state.failure;
  const fleet = Array.from({ length: clients }, () => new EchoClient(state, window, payload));
  try {
    await Promise.all(fleet.map((client) => client.connect(transport, server, caPem)));
    const connectFailure = failure();
    if (connectFailure !== undefined) throw new Error(connectFailure);
    for (const client of fleet) client.start();
    await sleepUnless(options.warmupS * 1000, failure);
    state.histogram.reset();
    state.echoed = 0;
    state.recording = true;
    const cpu0 = serverCpu(server.pid);
    const gen0 = process.cpuUsage();
    const t0 = performance.now();
    await sleepUnless(options.durationS * 1000, failure);
    state.recording = false;
    const t1 = performance.now();
    const measureFailure = failure();
    if (measureFailure !== undefined) throw new Error(`${transport} ${load}: ${measureFailure}`);
    const cpu1 = serverCpu(server.pid);
    const gen = process.cpuUsage(gen0);
    state.running = false;
    // Let the pings still in flight come back, so none is lost unnoticed.
    const drainUntil = performance.now() + 3_000;
    while (fleet.some((c) => c.outstanding > 0) && failure() === undefined && performance.now() < drainUntil) await sleep(10);
    const drainFailure = failure();
    if (drainFailure !== undefined) throw new Error(`${transport} ${load}: ${drainFailure}`);
    const lost = fleet.reduce((sum, c) => sum + c.outstanding, 0);
    if (lost > 0) throw new Error(`${transport} ${load}: ${lost} pings never answered`);

    const seconds = (t1 - t0) / 1000;
    const cpu = cpu1.process - cpu0.process;
    const mainCpu = cpu1.mainThread - cpu0.mainThread;
    const h = state.histogram;
    const ms = (us: number): number => Math.round(us) / 1000;
    const serverMain = mainCpu / seconds;
    const generator = (gen.user + gen.system) / 1e6 / seconds;
    return {
      transport,
      load,
      clients,
      window,
      measuredSeconds: round(seconds, 3),
      echoed: state.echoed,
      messagesPerSecond: Math.round(state.echoed / seconds),
      serverCpuSeconds: round(cpu, 2),
      serverMainThreadCpuSeconds: round(mainCpu, 2),
      serverCpuUtilization: round(cpu / seconds, 3),
      serverMainThreadUtilization: round(serverMain, 3),
      messagesPerServerCoreSecond: cpu > 0 ? Math.round(state.echoed / cpu) : Number.NaN,
      generatorCpuUtilization: round(generator, 3),
      latencyMs: {
        p50: ms(h.getValueAtPercentile(50)),
        p90: ms(h.getValueAtPercentile(90)),
        p99: ms(h.getValueAtPercentile(99)),
        p999: ms(h.getValueAtPercentile(99.9)),
        max: ms(h.maxValue),
        mean: ms(h.mean),
      },
      bottleneck: load === 'unloaded' ? 'none (latency point)' : serverMain >= 0.9 ? 'server' : generator >= 0.9 ? 'generator' : 'neither',
    };
  } finally {
    state.running = false;
    await Promise.all(fleet.map((client) => client.close()));
    state.histogram.destroy();
  }
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

async function measureIdle(server: RunningServer, ms: number): Promise<number> {
  const before = serverCpu(server.pid).process;
  const t0 = performance.now();
  await sleep(ms);
  return round((serverCpu(server.pid).process - before) / ((performance.now() - t0) / 1000), 3);
}

// ---------------------------------------------------------------- report

function printTable(results: readonly PhaseResult[], idleUtilization: number): void {
  const machine = describeMachine();
  console.log(`echo benchmark: ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}`);
  console.log(`server idle CPU ${(idleUtilization * 100).toFixed(1)}% of a core (tick, heartbeat)\n`);
  const header = ['transport', 'clients', 'window', 'echoed', 'msg/s', 'srv CPU s', 'srv CPU', 'srv main', 'msg/srv-core-s', 'gen CPU', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'bound'];
  const pct = (v: number): string => `${(v * 100).toFixed(0)}%`;
  const rows = results.map((r) => [
    r.transport,
    String(r.clients),
    String(r.window),
    r.echoed.toLocaleString('en-US'),
    r.messagesPerSecond.toLocaleString('en-US'),
    r.serverCpuSeconds.toFixed(2),
    pct(r.serverCpuUtilization),
    pct(r.serverMainThreadUtilization),
    r.messagesPerServerCoreSecond.toLocaleString('en-US'),
    pct(r.generatorCpuUtilization),
    r.latencyMs.p50.toFixed(3),
    r.latencyMs.p90.toFixed(3),
    r.latencyMs.p99.toFixed(3),
    r.latencyMs.max.toFixed(3),
    r.bottleneck,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const left = new Set([0, 14]);
  const line = (cells: string[]): string =>
    `| ${cells.map((cell, i) => (left.has(i) ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (left.has(i) ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const options = parseOptions();
  const phases = options.transports.flatMap((t) => [
    { transport: t, load: 'loaded' as const, clients: options.clients, window: options.window },
    { transport: t, load: 'unloaded' as const, clients: 1, window: 1 },
  ]);
  // Whatever happens, the process ends: phases are bounded, and this bounds everything else.
  const budgetMs = 60_000 + phases.length * (options.warmupS + options.durationS + 10) * 1000;
  let server: RunningServer | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'realmforge-echo-'));
  const watchdog = setTimeout(() => {
    console.error(`echo benchmark: did not finish within ${Math.round(budgetMs / 1000)} s; killing the server and exiting`);
    server?.child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(1);
  }, budgetMs);

  const results: PhaseResult[] = [];
  let idleUtilization = Number.NaN;
  try {
    server = await startServer(dataDir);
    const caPem = options.transports.includes('tls') ? readFileSync(join(dataDir, 'tls', 'dev-cert.pem'), 'utf8') : undefined;
    idleUtilization = await measureIdle(server, 1_000);
    for (const phase of phases) {
      process.stderr.write(`  ${phase.transport} ${phase.load}: ${phase.clients} client(s) × window ${phase.window}, ${options.warmupS} s warm-up + ${options.durationS} s ...\n`);
      results.push(await runPhase(server, caPem, phase.transport, phase.load, phase.clients, phase.window, options));
    }
  } finally {
    if (server !== undefined) {
      const how = await stopServer(server);
      if (how !== 'code 0') console.error(`echo benchmark: the server ended with ${how}, not a clean exit after SIGTERM`);
    }
    rmSync(dataDir, { recursive: true, force: true });
    clearTimeout(watchdog);
  }

  printTable(results, idleUtilization);
  if (options.quick) {
    console.log('\n--quick: results not written');
    return;
  }
  const outDir = new URL('./results/', import.meta.url);
  mkdirSync(outDir, { recursive: true });
  const out = new URL('echo.json', outDir);
  const report = {
    benchmark: 'echo',
    date: new Date().toISOString(),
    machine: describeMachine(),
    parameters: {
      durationSeconds: options.durationS,
      warmupSeconds: options.warmupS,
      clients: options.clients,
      window: options.window,
      pingPayloadBytes: options.payloadBytes,
      transports: options.transports,
      server: 'packages/server/src/main.ts as a child process, loopback, ephemeral ports, default config except argon2 cost',
      clockTicksPerSecond: CLK_TCK,
    },
    method: 'closed loop: each client keeps `window` pings in flight and answers each pong with a new ping; latency = ping send to matching pong (by request id), HdrHistogram in µs; server CPU = utime+stime from /proc/<pid>/stat over the measured phase',
    serverIdleCpuUtilization: idleUtilization,
    results,
  };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${fileURLToPath(out)}`);
}

main().then(
  () => {
    process.exit(0);
  },
  (error: unknown) => {
    console.error(`echo benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
