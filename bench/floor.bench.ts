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
import { parseArgs } from 'node:util';
import { botNiceness, DEFAULT_BOT_NICE } from '../tools/loadtest/bot-priority.ts';
import type { FloorTransport } from './floor/floor-messages.ts';
import { describeFloor, FLOOR_FRAME_BYTES, FLOOR_RESULTS, INPUT_HZ, measureFloor, TICK_HZ } from './floor/floor-run.ts';
import type { FloorResult } from './floor/floor-run.ts';
import { describeMachine } from './machine.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      clients: { type: 'string', default: '1000,2500,5000' },
      transports: { type: 'string', default: 'tcp,ws,udp' },
      processes: { type: 'string', default: '2' },
      warmup: { type: 'string', default: '3' },
      window: { type: 'string', default: '10' },
      'frame-bytes': { type: 'string', default: String(FLOOR_FRAME_BYTES) },
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
  const results: FloorResult[] = [];
  for (const transport of transports as FloorTransport[]) {
    for (const clients of counts) {
      const result = await measureFloor({ transport, clients, processes, warmupS, windowS, frameBytes, niceness });
      console.log(describeFloor(result));
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
  writeFileSync(FLOOR_RESULTS, `${JSON.stringify(output, null, 2)}\n`);
  console.log(`wrote ${FLOOR_RESULTS}`);
}

await main();
