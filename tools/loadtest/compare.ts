/**
 * `npm run loadtest:compare -- --a "FLAGS" --b "FLAGS" [--label-a L] [--label-b L] [--rounds N]
 * [--name NAME] [--out DIR] -- <loadtest options>`: the same load run against two server
 * settings, alternated in one sitting (first, second, second, first, …: `--rounds` pairs, 2 by
 * default), each run's result files written as a load run's are, and `<out>/<name>.md` comparing
 * their steady states (compare-markdown.ts). On a shared, noisy machine only figures of one
 * sitting compare, and this makes such a pair one command. `--a`/`--b` are the started server's
 * extra flags, space-separated (`--a "--replication-cohorts 1" --b "--replication-cohorts 8"`; an
 * empty string for the defaults); everything after the second `--` is a load run's options
 * (`npm run loadtest -- --help`), `--name`, `--out` and `--host` excepted.
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LoadCliError, parseLoadArgs } from './cli.ts';
import { alternation, comparisonMarkdown } from './compare-markdown.ts';
import type { ComparedRun, ComparedSetting } from './compare-markdown.ts';
import { writeLoadResult } from './result-files.ts';
import { exitWhenDone, isCommandLineError, stopOnSignals } from './command-line.ts';
import { checkLoadOptions, runLoadTest } from './run-load.ts';
import { shellWord } from './shell-word.ts';

const USAGE = 'usage: npm run loadtest:compare -- --a "SERVER FLAGS" --b "SERVER FLAGS" [--label-a L] [--label-b L] [--rounds N] [--name NAME] [--out DIR] -- <loadtest options>';
const DEFAULT_OUT = 'bench/results/loadtest-compare';

/** A file-name-safe label. */
function label(text: string): string {
  if (!/^[a-z0-9][a-z0-9.-]*$/i.test(text)) throw new LoadCliError(`a label is letters, digits, dots and dashes: got "${text}"`);
  return text;
}

/** Options of the comparison that take a value. */
const VALUED = new Set(['--a', '--b', '--label-a', '--label-b', '--rounds', '--name', '--out']);

/**
 * `--a --flag value` as `--a=--flag value`: a setting's flags start with a dash, which parseArgs
 * would otherwise take for an option of its own.
 */
function joinValues(args: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const next = args[i + 1];
    if (VALUED.has(arg) && next !== undefined) {
      joined.push(`${arg}=${next}`);
      i++;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const split = argv.indexOf('--');
  let settings: [ComparedSetting, ComparedSetting];
  let rounds: number;
  let name: string;
  let outDir: string;
  let command;
  try {
    if (split < 0) throw new LoadCliError('the load run\'s options follow a second "--"');
    const { values } = parseArgs({
      args: joinValues(argv.slice(0, split)),
      options: {
        a: { type: 'string' },
        b: { type: 'string' },
        'label-a': { type: 'string' },
        'label-b': { type: 'string' },
        rounds: { type: 'string' },
        name: { type: 'string' },
        out: { type: 'string' },
      },
    });
    if (values.a === undefined || values.b === undefined) throw new LoadCliError('--a and --b are required (an empty string for the defaults)');
    const flags = (text: string): string[] => text.split(/\s+/).filter((flag) => flag !== '');
    settings = [
      { label: label(values['label-a'] ?? 'a'), serverFlags: flags(values.a) },
      { label: label(values['label-b'] ?? 'b'), serverFlags: flags(values.b) },
    ];
    if (settings[0].label === settings[1].label) throw new LoadCliError('the two settings need different labels');
    rounds = Number(values.rounds ?? 2);
    if (!Number.isInteger(rounds) || rounds < 1 || rounds > 10) throw new LoadCliError(`--rounds is a whole number from 1 to 10: got ${values.rounds ?? ''}`);
    const rest = argv.slice(split + 1);
    if (rest.some((arg) => /^--(name|out|host)(=|$)/.test(arg))) throw new LoadCliError('--name, --out and --host belong before the second "--" (a comparison starts its own servers)');
    command = parseLoadArgs(rest);
    checkLoadOptions(command.options);
    name = values.name ?? `compare-${command.name}`;
    outDir = values.out ?? DEFAULT_OUT;
  } catch (error) {
    if (isCommandLineError(error)) {
      process.stderr.write(`loadtest:compare: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  stopOnSignals('loadtest:compare');
  mkdirSync(outDir, { recursive: true });
  const runs: ComparedRun[] = [];
  const order = alternation(rounds);
  for (const [i, setting] of order.entries()) {
    const chosen = settings[setting];
    const runName = `${name}-${chosen.label}-${i + 1}`;
    process.stdout.write(`\nloadtest:compare: run ${i + 1} of ${order.length}: ${chosen.label} (${chosen.serverFlags.join(' ') || 'defaults'})\n`);
    const result = await runLoadTest({
      ...command.options,
      serverFlags: [...(command.options.serverFlags ?? []), ...chosen.serverFlags],
      onProgress: (line) => {
        process.stdout.write(`${line}\n`);
      },
    });
    writeLoadResult(outDir, runName, result, command.tickMs);
    runs.push({ setting, name: runName, result });
    const ack = result.steady?.ack;
    process.stdout.write(`  ${result.ok ? 'OK' : `FAILED: ${result.problems.join('; ')}`}; steady ack p50 ${ack?.p50 ?? '–'} p99 ${ack?.p99 ?? '–'} ms\n`);
  }
  const file = join(outDir, `${name}.md`);
  writeFileSync(file, comparisonMarkdown(name, `npm run loadtest:compare -- ${argv.map(shellWord).join(' ')}`, settings, runs));
  process.stdout.write(`\nloadtest:compare: wrote ${file}\n`);
  return runs.every((run) => run.result.ok) ? 0 : 1;
}

exitWhenDone('loadtest:compare', main);
