/**
 * Metrics scrape benchmark (`npm run bench:scrape [-- --connections 10,1000,5000 --scrapes N
 * --quick]`): how long GET /metrics takes with many clients connected. A scrape runs on the main
 * thread, the one that ticks the world and reads the sessions, so its time is a busy stretch that
 * every message arriving meanwhile waits behind; collectors that walk every socket make it grow
 * with the players (ops/process-metrics.ts).
 *
 * Method: per connection count, a fresh server child (tools/loadtest/server-process.ts: the load
 * runs' settings, a fresh SQLite database), that many idle TCP connections opened from this
 * process, a second's pause, then `--scrapes` GET /metrics 100 ms apart, each timed from the
 * request to the last byte of the answer by this process (so it includes the loopback HTTP
 * round trip: compare counts, not absolute times). Writes bench/results/scrape.json (not with
 * `--quick`).
 * @module
 */
import { writeFileSync } from 'node:fs';
import net from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServerProcess } from '../tools/loadtest/server-process.ts';
import { describeMachine } from './machine.ts';

const RESULTS = fileURLToPath(new URL('./results/scrape.json', import.meta.url));

/** One connection count's scrapes. */
interface ScrapeStep {
  /** Idle TCP connections open during the scrapes. */
  readonly connections: number;
  /** Scrapes timed. */
  readonly scrapes: number;
  /** Scrape time, ms: median, fastest, slowest. */
  readonly p50Ms: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** Size of the answer, bytes. */
  readonly bytes: number;
}

/** Opens `count` TCP connections to the port, 500 at a time. */
async function connect(port: number, count: number): Promise<net.Socket[]> {
  const sockets: net.Socket[] = [];
  while (sockets.length < count) {
    const batch = Math.min(500, count - sockets.length);
    sockets.push(...await Promise.all(Array.from({ length: batch }, () => new Promise<net.Socket>((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => { resolve(socket); });
      socket.once('error', reject);
    }))));
  }
  return sockets;
}

async function measure(connections: number, scrapes: number): Promise<ScrapeStep> {
  const server = await startServerProcess();
  const sockets: net.Socket[] = [];
  try {
    sockets.push(...await connect(server.ports.tcp, connections));
    await sleep(1000);
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < scrapes; i++) {
      const started = performance.now();
      const response = await fetch(`http://127.0.0.1:${server.ports.admin}/metrics`);
      const text = await response.text();
      times.push(performance.now() - started);
      if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
      bytes = text.length;
      await sleep(100);
    }
    times.sort((a, b) => a - b);
    const round = (ms: number): number => Math.round(ms * 100) / 100;
    return { connections, scrapes, p50Ms: round(times[Math.floor(times.length / 2)] ?? 0), minMs: round(times[0] ?? 0), maxMs: round(times.at(-1) ?? 0), bytes };
  } finally {
    for (const socket of sockets) socket.destroy();
    await server.stop();
  }
}

const { values } = parseArgs({
  options: {
    connections: { type: 'string' },
    scrapes: { type: 'string' },
    quick: { type: 'boolean', default: false },
  },
});
const quick = values.quick;
const counts = (values.connections ?? (quick ? '10,500' : '10,1000,2500,5000')).split(',').map(Number);
const scrapes = Number(values.scrapes ?? (quick ? 10 : 30));
if (counts.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(scrapes) || scrapes < 1) {
  throw new Error('--connections takes whole numbers of at least 1 (comma-separated), --scrapes a whole number of at least 1');
}
const machine = describeMachine();
console.log(`scrape benchmark: ${machine.cpuModel}, ${machine.cores} cores, Node ${process.version}`);
const results: ScrapeStep[] = [];
for (const n of counts) {
  const step = await measure(n, scrapes);
  results.push(step);
  console.log(`  ${n} connections: p50 ${step.p50Ms} ms, min ${step.minMs} ms, max ${step.maxMs} ms (${step.bytes} bytes)`);
}
if (!quick) {
  writeFileSync(RESULTS, `${JSON.stringify({ benchmark: 'scrape', date: new Date().toISOString(), machine, method: 'Idle TCP connections from the benchmark process to a server child; GET /metrics timed by the client, 100 ms apart.', results }, null, 2)}\n`);
  console.log(`wrote ${RESULTS}`);
}
