/**
 * `npm run fuzz -- [--inputs N] [--seconds S] [--seed N] [--workers N] [--honest N]
 * [--json FILE] [--max-heap-growth-mib M]`: replays the regression corpus, fuzzes the decoder
 * and then a real server over real sockets, prints a summary, writes the numbers as JSON
 * (bench/results/fuzz.json by default) and exits 0 only when nothing went wrong.
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { describeMachine } from '../../bench/machine.ts';
import { runFuzz } from './run.ts';
import type { FuzzOptions, FuzzReport } from './run.ts';

const USAGE = `usage: npm run fuzz -- [options]

Replays packages/server/test/fuzz-corpus, then feeds mutated ClientMessages of every payload
case to the decoder and to a real server (in this process, over TCP and WebSocket), and checks
that nothing crashes, no request fails with an unexpected error, memory stays flat and honest
players keep getting answers.

  --inputs N               inputs for each phase, decoder and server (default 1000000)
  --seconds S              time budget for the whole run (default 900; the decoder gets ≤ 1/4)
  --seed N                 seed (default 1); a finding reproduces with the same seed
  --workers N              fuzzing sessions at once (default 32)
  --honest N               honest players (default 4)
  --json FILE              where the results go (default bench/results/fuzz.json; "-" for none)
  --max-heap-growth-mib M  heap growth over the server phase that fails the run (default 64)
  --help                   this text

Run it with --expose-gc (npm run fuzz does) so memory is measured after garbage collection.
Exit status: 0 when nothing went wrong, 1 when something did, 2 for bad options.`;

function option(values: Record<string, string | boolean | undefined>, name: string, fallback: number, min: number, max: number): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`--${name} must be an integer from ${min} to ${max}; got "${String(raw)}"`);
  }
  return value;
}

const n = (value: number): string => value.toLocaleString('en-US');
const list = (counts: Record<string, number>): string => Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k.replace('ERROR_CODE_', '')} ${n(v)}`).join(', ');

function summary(report: FuzzReport, options: FuzzOptions): string {
  const { corpus, decoder, server } = report;
  const o = server.outcomes;
  const m = server.memory;
  return [
    `fuzz: ${report.ok ? 'OK' : 'FAILED'} (seed ${options.seed}, ${report.seconds.toFixed(0)} s)`,
    `corpus:  ${corpus.cases} cases (${list(corpus.outcomes)}), ${corpus.failures.length} failing`,
    `decoder: ${n(decoder.inputs)} inputs in ${decoder.seconds.toFixed(1)} s (${n(Math.round(decoder.inputs / decoder.seconds))}/s): ${n(decoder.decoded)} decoded; ` +
      `protocol errors ${list(decoder.protocolErrors)}; anything else thrown: ${decoder.findings.length}`,
    `server:  ${n(server.inputs)} inputs in ${server.seconds.toFixed(1)} s (${n(Math.round(server.inputs / server.seconds))}/s), ${n(server.rounds)} rounds, ` +
      `${n(server.sessions)} sessions (${list(server.states)}; ${list(server.transports)}), ${n(server.setupFailures)} set-ups refused`,
    `         rounds ended: fatal ${n(o.fatal)}, request error ${n(o.requestError)}, answered ${n(o.answered)}, silent ${n(o.silent)}, ` +
      `stalled ${n(o.stalled)}, unanswered ${n(o.unanswered)}, closed without error ${n(o.closedWithoutError)}`,
    `         'request failed' in the server log: ${server.logs.requestFailed}; other server errors: ${server.logs.errors.length}; findings: ${server.findings.length}`,
    `         honest players: ${server.honest.sessions}, ${n(server.honest.pings)} pings answered (slowest ${server.honest.maxPingMs} ms), ${n(server.honest.moves)} moves, ${server.honest.failures.length} failures`,
    `         memory${m.gcForced ? ' (after GC)' : ' (GC not exposed)'}: heap ${m.baselineHeapMiB} → ${m.endHeapMiB} MiB (${m.heapGrowthMiB >= 0 ? '+' : ''}${m.heapGrowthMiB}), ` +
      `RSS ${m.baselineRssMiB} → ${m.endRssMiB} MiB (peak ${m.maxRssMiB})`,
    `         unhandled rejections: ${report.process.unhandledRejections.length}, uncaught exceptions: ${report.process.uncaughtExceptions.length}`,
    ...report.problems.map((p) => `problem: ${p}`),
  ].join('\n');
}

async function main(): Promise<number> {
  let options: FuzzOptions;
  let jsonFile: string | undefined;
  try {
    const { values } = parseArgs({
      options: {
        inputs: { type: 'string' }, seconds: { type: 'string' }, seed: { type: 'string' }, workers: { type: 'string' },
        honest: { type: 'string' }, json: { type: 'string' }, 'max-heap-growth-mib': { type: 'string' }, help: { type: 'boolean' },
      },
      strict: true,
    });
    if (values.help === true) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    options = {
      inputs: option(values, 'inputs', 1_000_000, 1, 1_000_000_000),
      seconds: option(values, 'seconds', 900, 1, 86_400),
      seed: option(values, 'seed', 1, 0, 2 ** 32 - 1),
      workers: option(values, 'workers', 32, 1, 1_000),
      honest: option(values, 'honest', 4, 0, 100),
      maxHeapGrowthMiB: option(values, 'max-heap-growth-mib', 64, 0, 100_000),
      log: (line) => {
        process.stdout.write(`${line}\n`);
      },
    };
    jsonFile = values.json === '-' ? undefined : (values.json ?? 'bench/results/fuzz.json');
  } catch (error) {
    process.stderr.write(`fuzz: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const hardLimit = setTimeout(() => {
    process.stderr.write('fuzz: FAILED: the run overran its time budget by 2 minutes; exiting\n');
    process.exit(3);
  }, (options.seconds + 120) * 1000);
  hardLimit.unref();
  const report = await runFuzz(options);
  process.stdout.write(`\n${summary(report, options)}\n`);
  if (jsonFile !== undefined) {
    const recorded = { ...options, log: undefined };
    mkdirSync(dirname(jsonFile), { recursive: true });
    writeFileSync(jsonFile, `${JSON.stringify({ ...report, options: recorded, machine: describeMachine(), finishedAt: new Date().toISOString() }, null, 2)}\n`);
    process.stdout.write(`fuzz: wrote ${jsonFile}\n`);
  }
  return report.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`fuzz: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
