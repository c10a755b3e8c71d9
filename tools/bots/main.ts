/**
 * `npm run bots -- --count N ...`: runs headless bots against a server, prints a progress line
 * every few seconds and a summary at the end, optionally writes the numbers as JSON, and exits
 * 0 only when every bot entered the world and no connection ended unexpectedly.
 * @module
 */
import { writeFileSync } from 'node:fs';
import { describeMachine } from '../../bench/machine.ts';
import { BotOptionError, resolveBotOptions, runBots } from './run.ts';
import { parseBotArgs, USAGE } from './cli.ts';
import { formatInterval, formatSummary } from './report.ts';

/** Slack beyond the run's duration before the process gives up on itself, ms. */
const HARD_TIMEOUT_SLACK_MS = 60_000;

async function main(): Promise<number> {
  let command;
  let resolved;
  try {
    command = parseBotArgs(process.argv.slice(2));
    if (command.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    resolved = resolveBotOptions(command.options);
  } catch (error) {
    if (error instanceof BotOptionError) {
      process.stderr.write(`bots: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  const hardTimeoutMs = resolved.durationS * 1000 + HARD_TIMEOUT_SLACK_MS;
  const hardTimer = setTimeout(() => {
    process.stderr.write(`bots: FAILED: the run overran its hard limit of ${hardTimeoutMs / 1000} s; exiting\n`);
    process.exit(3);
  }, hardTimeoutMs);
  hardTimer.unref();

  const stop = new AbortController();
  process.on('SIGINT', () => {
    if (stop.signal.aborted) process.exit(130);
    process.stderr.write('bots: interrupted; logging the bots out (interrupt again to quit at once)\n');
    stop.abort();
  });

  process.stdout.write(`bots: starting ${resolved.count} over ${resolved.transport}${resolved.datagrams ? ' with datagrams' : ''} to ${resolved.host}:${resolved.port} for ${resolved.durationS} s\n`);
  const result = await runBots({
    ...command.options,
    signal: stop.signal,
    onReport: (interval) => {
      process.stdout.write(`${formatInterval(interval)}\n`);
    },
  });
  process.stdout.write(`\n${formatSummary(result)}\n`);
  if (command.jsonFile !== undefined) {
    const { options, summary, intervals, ok, problems } = result;
    writeFileSync(command.jsonFile, `${JSON.stringify({ ok, problems, options, summary, intervals, machine: describeMachine(), finishedAt: new Date().toISOString() }, null, 2)}\n`);
    process.stdout.write(`bots: wrote ${command.jsonFile}\n`);
  }
  if (!result.ok) process.stderr.write(`bots: FAILED: ${result.problems.join('; ')}\n`);
  return result.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bots: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
