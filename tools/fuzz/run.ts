/**
 * One fuzzing run: the corpus replay, then the decoder on its own, then a real server over
 * real sockets, with process-wide watches for unhandled rejections and uncaught exceptions.
 * The CLI (main.ts) and the fuzz test both call {@link runFuzz}.
 * @module
 */
import { fileURLToPath } from 'node:url';
import { loadCorpus, replayCorpus } from './corpus.ts';
import type { CorpusResult } from './corpus.ts';
import { runDecoderFuzz } from './decoder-fuzz.ts';
import type { DecoderFuzzResult } from './decoder-fuzz.ts';
import { startFuzzServer } from './fuzz-server.ts';
import { payloadFieldNumbers } from './messages.ts';
import { runServerFuzz } from './server-fuzz.ts';
import type { ServerFuzzResult } from './server-fuzz.ts';

/** The corpus shipped with the tests. */
export const CORPUS_DIR = fileURLToPath(new URL('../../packages/server/test/fuzz-corpus/', import.meta.url));

/** Options of a run. */
export interface FuzzOptions {
  /** Inputs for each of the two fuzzing phases (decoder, server). */
  readonly inputs: number;
  /** Time budget of the whole run, s: the decoder phase gets at most a quarter of it. */
  readonly seconds: number;
  /** Seed. */
  readonly seed: number;
  /** Fuzzing sessions at once. */
  readonly workers: number;
  /** Honest sessions. */
  readonly honest: number;
  /** Largest acceptable heap growth over the server phase, MiB (when GC could be forced). */
  readonly maxHeapGrowthMiB: number;
  /** The corpus directory (default: the shipped one). */
  readonly corpusDir?: string;
  /** Progress lines. */
  readonly log?: (line: string) => void;
}

/** Everything a run found. */
export interface FuzzReport {
  /** True when nothing went wrong. */
  ok: boolean;
  /** What went wrong, one line each. */
  problems: string[];
  /** The corpus replay. */
  corpus: CorpusResult;
  /** The decoder phase. */
  decoder: DecoderFuzzResult;
  /** The server phase. */
  server: ServerFuzzResult;
  /** Unhandled rejections and uncaught exceptions seen by the process. */
  process: { unhandledRejections: string[]; uncaughtExceptions: string[] };
  /** Seconds, all phases. */
  seconds: number;
}

const describe = (value: unknown): string => (value instanceof Error ? (value.stack ?? value.message).split('\n').slice(0, 5).join('\n') : String(value));

/** Runs all phases and judges the results. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const log = options.log ?? ((): void => undefined);
  const started = performance.now();
  const watch = { unhandledRejections: [] as string[], uncaughtExceptions: [] as string[] };
  const onRejection = (reason: unknown): void => {
    watch.unhandledRejections.push(describe(reason));
  };
  const onException = (error: unknown): void => {
    watch.uncaughtExceptions.push(describe(error));
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  const target = await startFuzzServer({ heartbeatIntervalMs: 1_000 });
  try {
    const cases = loadCorpus(options.corpusDir ?? CORPUS_DIR);
    log(`fuzz: replaying ${cases.length} corpus cases`);
    const corpus = await replayCorpus(target, cases);

    const decoderSeconds = options.seconds / 4;
    log(`fuzz: decoder: up to ${options.inputs} inputs or ${decoderSeconds.toFixed(0)} s`);
    const decoder = runDecoderFuzz({
      inputs: options.inputs,
      seconds: decoderSeconds,
      seed: options.seed,
      kinds: target.kinds,
      env: { payloadFields: payloadFieldNumbers(target.kinds), maxBodyBytes: target.maxFrameBytes },
    });
    log(`fuzz: decoder: ${decoder.inputs} inputs in ${decoder.seconds.toFixed(1)} s, ${decoder.findings.length} findings`);

    const serverSeconds = Math.max(1, options.seconds - (performance.now() - started) / 1000);
    log(`fuzz: server: up to ${options.inputs} inputs or ${serverSeconds.toFixed(0)} s, ${options.workers} fuzzing and ${options.honest} honest sessions`);
    const server = await runServerFuzz(target, {
      inputs: options.inputs,
      seconds: serverSeconds,
      seed: options.seed + 1,
      workers: options.workers,
      honest: options.honest,
      onProgress: (p) => {
        log(`fuzz: server: ${p.inputs} inputs, ${p.sessions} sessions, ${p.seconds.toFixed(0)} s`);
      },
    });
    log(`fuzz: server: ${server.inputs} inputs in ${server.seconds.toFixed(1)} s`);
    const report: FuzzReport = { ok: true, problems: [], corpus, decoder, server, process: watch, seconds: 0 };
    judge(report, options);
    report.seconds = (performance.now() - started) / 1000;
    return report;
  } finally {
    await target.stop();
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  }
}

function judge(report: FuzzReport, options: FuzzOptions): void {
  const { problems, corpus, decoder, server } = report;
  for (const failure of corpus.failures) problems.push(`corpus ${failure.where}: ${failure.problems.join('; ')}`);
  for (const finding of decoder.findings.slice(0, 10)) problems.push(`decoder threw ${finding.error} on ${finding.input} ${finding.hex.slice(0, 120)}`);
  if (server.logs.requestFailed > 0) problems.push(`${server.logs.requestFailed} requests failed with an unexpected error (server log 'request failed')`);
  for (const entry of server.logs.errors) problems.push(`server logged an error: ${entry.msg} ${entry.err ?? ''}`);
  for (const finding of server.findings.slice(0, 10)) problems.push(`server: ${finding.kind} (${finding.state}, ${finding.transport}): ${finding.detail}`);
  for (const failure of server.honest.failures.slice(0, 10)) problems.push(failure);
  if (server.honest.sessions < options.honest) problems.push(`only ${server.honest.sessions} of ${options.honest} honest sessions got into the world`);
  if (server.sessionsLeft !== 0) problems.push(`${server.sessionsLeft} sessions still open after every client closed`);
  for (const error of report.process.unhandledRejections) problems.push(`unhandled rejection: ${error}`);
  for (const error of report.process.uncaughtExceptions) problems.push(`uncaught exception: ${error}`);
  if (server.memory.gcForced && server.memory.heapGrowthMiB > options.maxHeapGrowthMiB) {
    problems.push(`heap grew by ${server.memory.heapGrowthMiB} MiB over the server phase (limit ${options.maxHeapGrowthMiB} MiB)`);
  }
  report.ok = problems.length === 0;
}
