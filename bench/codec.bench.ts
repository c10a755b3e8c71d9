/**
 * Codec benchmark: the CPU cost, in ns per message, of encoding and decoding the envelopes and
 * of stream framing. A benchmark, not a test: it prints a table and writes
 * bench/results/codec.json; it asserts nothing.
 *
 * Run: `npm run bench:codec` (add `-- --quick` for a short smoke run that writes no file).
 *
 * Method: each case is warmed up, then timed in several rounds of a fixed iteration count sized
 * to the round length; the median round is reported (min and max show the spread). Garbage
 * collection triggered by the case's own allocations is part of its cost.
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import {
  decodeClientMessage,
  decodeMoveInputMessage,
  decodeServerMessage,
  encodeClientMessage,
  encodeFrame,
  encodeServerMessage,
  FrameDecoder,
} from '@realmforge/protocol';
import type { ClientMessageInit, ServerMessageInit } from '@realmforge/protocol';
import { describeMachine } from './machine.ts';

const quick = process.argv.includes('--quick');
const WARMUP_MS = quick ? 20 : 150;
const ROUNDS = quick ? 3 : 15;
/** ROUNDS × ROUND_MS ≈ 0.5 s of timed work per case; many short rounds make the median robust to other load on the machine. */
const ROUND_MS = quick ? 10 : 35;

/** Keeps results alive so the optimizer cannot drop the work being timed. */
let sink = 0;

interface Measurement {
  medianNs: number;
  minNs: number;
  maxNs: number;
  iterationsPerRound: number;
}

function now(): number {
  return Number(process.hrtime.bigint());
}

/** Times `iterations` calls of op; returns ns per call. */
function timeBatch(op: () => number, iterations: number): number {
  let acc = 0;
  const start = now();
  for (let i = 0; i < iterations; i++) acc += op();
  const elapsed = now() - start;
  sink += acc;
  return elapsed / iterations;
}

function measure(op: () => number): Measurement {
  // Warm up (lets V8 optimize op) and find a batch size that takes about 5 ms.
  let iterations = 1;
  const warmupEnd = now() + WARMUP_MS * 1e6;
  let perOp = timeBatch(op, iterations);
  while (now() < warmupEnd || iterations * perOp < 5e6) {
    perOp = timeBatch(op, iterations);
    if (iterations * perOp < 5e6) iterations *= 2;
  }
  const iterationsPerRound = Math.max(1, Math.round((ROUND_MS * 1e6) / perOp));
  const rounds: number[] = [];
  for (let r = 0; r < ROUNDS; r++) rounds.push(timeBatch(op, iterationsPerRound));
  rounds.sort((a, b) => a - b);
  return {
    medianNs: rounds[Math.floor(rounds.length / 2)] ?? Number.NaN,
    minNs: rounds[0] ?? Number.NaN,
    maxNs: rounds[rounds.length - 1] ?? Number.NaN,
    iterationsPerRound,
  };
}

interface MessageCase {
  /** Short name used in the table and the results file. */
  name: string;
  /** What the message is and why it is measured. */
  description: string;
  encode: () => Uint8Array;
  decode: (body: Uint8Array) => unknown;
}

function clientCase(name: string, description: string, message: ClientMessageInit): MessageCase {
  return { name, description, encode: () => encodeClientMessage(message), decode: decodeClientMessage };
}

function serverCase(name: string, description: string, message: ServerMessageInit): MessageCase {
  return { name, description, encode: () => encodeServerMessage(message), decode: decodeServerMessage };
}

const messages: MessageCase[] = [
  clientCase('client-hello', 'ClientMessage{request_id, hello{protocol_version, client_name}}: the handshake request', {
    requestId: 1,
    hello: { protocolVersion: 1, clientName: 'realmforge-client/0.1.0' },
  }),
  serverCase('server-welcome', 'ServerMessage{request_id, welcome{...}}: the handshake answer', {
    requestId: 1,
    welcome: { protocolVersion: 1, tickRateHz: 20, serverName: 'Realmforge', heartbeatIntervalMs: 5000, idleTimeoutMs: 30_000 },
  }),
  clientCase(
    'client-move-input',
    'ClientMessage{move_input{sequence, direction_x, direction_y, client_time_ms}}: the movement message, the most frequent client message in play',
    { moveInput: { sequence: 123_456, directionX: Math.fround(0.6), directionY: Math.fround(-0.8), clientTimeMs: 1_732_560_000_123.5 } },
  ),
  {
    name: 'client-move-input-fast',
    description: 'the same movement message read by the server\'s hand-written MoveInput reader (decodeMoveInputMessage), which it tries before the generated decoder',
    encode: () => encodeClientMessage({ moveInput: { sequence: 123_456, directionX: Math.fround(0.6), directionY: Math.fround(-0.8), clientTimeMs: 1_732_560_000_123.5 } }),
    decode: decodeMoveInputMessage,
  },
  clientCase(
    'client-ping',
    'ClientMessage{ping{nonce, sent_at_ms}}: a small heartbeat message (the movement stand-in before MoveInput existed)',
    { ping: { nonce: 123_456, sentAtMs: 1_732_560_000_123.5 } },
  ),
  serverCase(
    'server-world-frame-10',
    'ServerMessage{world_frame} with 10 position updates: a typical per-tick push (the server itself builds these from shared pre-encoded segments; this is the generic codec cost, e.g. for a client decoding it)',
    {
      worldFrame: {
        tick: 123_457,
        ackSequence: 123_456,
        updates: Array.from({ length: 10 }, (_, i) => ({ entityId: 100 + i, x: 16_000 + 37 * i, y: 9_000 + 11 * i })),
      },
    },
  ),
];

interface Result {
  message: string;
  description: string;
  op: string;
  bodyBytes: number;
  frameBytes: number;
  nsPerOp: { median: number; min: number; max: number };
  opsPerSecond: number;
  iterationsPerRound: number;
}

const results: Result[] = [];
/** 1-minute load average before the run: other work on the machine makes the numbers noisier. */
const loadBefore = round1(loadavg()[0] ?? Number.NaN);

for (const message of messages) {
  const body = message.encode();
  const frame = encodeFrame(body);
  const decoder = new FrameDecoder();
  const ops: [string, () => number][] = [
    ['encode', () => message.encode().length],
    ['decode', () => (message.decode(body) === undefined ? 0 : 1)],
    ['frame (encodeFrame)', () => encodeFrame(body).length],
    ['unframe (FrameDecoder.push)', () => decoder.push(frame).length],
    ['encode + frame', () => encodeFrame(message.encode()).length],
    [
      'unframe + decode',
      () => {
        const [received] = decoder.push(frame);
        return received === undefined || message.decode(received) === undefined ? 0 : 1;
      },
    ],
  ];
  for (const [op, run] of ops) {
    const m = measure(run);
    results.push({
      message: message.name,
      description: message.description,
      op,
      bodyBytes: body.length,
      frameBytes: frame.length,
      nsPerOp: { median: round1(m.medianNs), min: round1(m.minNs), max: round1(m.maxNs) },
      opsPerSecond: Math.round(1e9 / m.medianNs),
      iterationsPerRound: m.iterationsPerRound,
    });
  }
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

const machine = describeMachine();
const loadAfter = round1(loadavg()[0] ?? Number.NaN);

printTable();
if (sink === 0.5) console.log(sink); // never true; keeps sink observable

if (quick) {
  console.log('\n--quick: results not written');
} else {
  const outDir = new URL('./results/', import.meta.url);
  mkdirSync(outDir, { recursive: true });
  const out = new URL('codec.json', outDir);
  const report = {
    benchmark: 'codec',
    date: new Date().toISOString(),
    machine,
    method: { warmupMs: WARMUP_MS, rounds: ROUNDS, roundMs: ROUND_MS, statistic: 'median of rounds, ns per operation' },
    loadAverage1m: { before: loadBefore, after: loadAfter },
    results,
  };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${out.pathname}`);
}

function printTable(): void {
  console.log(`codec benchmark: ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}`);
  console.log(`median of ${ROUNDS} rounds of ~${ROUND_MS} ms after ${WARMUP_MS} ms warm-up; 1-min load average ${loadBefore} before, ${loadAfter} after\n`);
  const header = ['message', 'body B', 'operation', 'ns/op', 'min', 'max', 'ops/s'];
  const rows = results.map((r) => [
    r.message,
    String(r.bodyBytes),
    r.op,
    r.nsPerOp.median.toFixed(1),
    r.nsPerOp.min.toFixed(1),
    r.nsPerOp.max.toFixed(1),
    r.opsPerSecond.toLocaleString('en-US'),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const numeric = new Set([1, 3, 4, 5, 6]);
  const line = (cells: string[]): string =>
    `| ${cells.map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (numeric.has(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
  for (const row of rows) console.log(line(row));
}
