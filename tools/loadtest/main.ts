/**
 * `npm run loadtest -- --players N ...`: runs a load test, prints progress every 5 s and the
 * markdown summary at the end, writes the result files, and exits 0 only when every bot
 * entered the world and no connection ended unexpectedly.
 * @module
 */
import { readFileSync } from 'node:fs';
import { LoadCliError, parseLoadArgs, USAGE } from './cli.ts';
import { exitWhenDone } from './command-line.ts';
import { writeLoadResult } from './result-files.ts';
import { checkLoadOptions, LoadOptionError, runLoadTest } from './run-load.ts';
import { MixError } from './scenario-mix.ts';

/** Slack beyond the run's duration before the process gives up on itself, ms. */
const HARD_TIMEOUT_SLACK_MS = 180_000;

async function main(): Promise<number> {
  let command;
  try {
    command = parseLoadArgs(process.argv.slice(2));
    if (command.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    checkLoadOptions(command.options);
  } catch (error) {
    if (error instanceof LoadCliError || error instanceof LoadOptionError || error instanceof MixError) {
      process.stderr.write(`loadtest: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  const hardTimeoutMs = command.options.durationS * 1000 + HARD_TIMEOUT_SLACK_MS;
  setTimeout(() => {
    process.stderr.write(`loadtest: FAILED: the run overran its hard limit of ${hardTimeoutMs / 1000} s; exiting\n`);
    process.exit(3);
  }, hardTimeoutMs).unref();
  const stop = new AbortController();
  // SIGTERM as Ctrl-C: a signal's default action would end this process without its exit
  // listeners, and the started server would outlive the run.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stop.signal.aborted) process.exit(130);
      process.stderr.write(`loadtest: ${signal}; logging the bots out (signal again to quit at once)\n`);
      stop.abort();
    });
  }
  const o = command.options;
  process.stdout.write(`loadtest: ${o.players} players (${o.mix}) over ${o.transport}${o.datagrams === true ? ' with datagrams' : ''} for ${o.durationS} s in ${o.processes} process(es)${o.host === undefined ? ', starting a server' : ` against ${o.host}:${o.port ?? ''}`}\n`);
  const result = await runLoadTest({
    ...o,
    signal: stop.signal,
    onProgress: (line) => {
      process.stdout.write(`${line}\n`);
    },
  });
  const written = writeLoadResult(command.outDir, command.name, result, command.tickMs);
  process.stdout.write(`\n${readFileSync(written.markdown, 'utf8')}\nloadtest: wrote ${written.json}, ${written.markdown} and ${written.plots.length} plots\n`);
  if (!result.ok) process.stderr.write(`loadtest: FAILED: ${result.problems.join('; ')}\n`);
  return result.ok ? 0 : 1;
}

exitWhenDone('loadtest', main);
