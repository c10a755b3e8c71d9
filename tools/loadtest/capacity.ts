/**
 * `npm run loadtest:capacity -- --from N --to N [--step N] [--repeat N] [--ack-bound MS]
 * [--reply-bound MS] [--cpu-bound CORES] [--floor N] [--name NAME] [--out DIR] -- <loadtest options>`: how
 * many players this machine holds. Runs the same load at player counts chosen by bisection over a
 * ladder (`--from` to `--to`, `--step` apart: capacity-search.ts), `--repeat` times each (a count
 * holds only when every one of its runs does; its first failure ends them), judges each run's steady state against the
 * bounds (capacity-verdict.ts: by default issue 5's, one tick + 15 ms for movement p99 and 50 ms
 * for direct replies p99, with every bot in and no unexpected disconnect), writes each run's
 * files as a load run's are (`<name>-<players>`), and `<out>/<name>.json` and `.md` with the
 * finding (capacity-markdown.ts). Everything after the second `--` is a load run's options
 * (`npm run loadtest -- --help`), `--players`, `--name` and `--out` excepted. Without `--host`
 * each count gets a server of its own (a fresh database); with it every count plays the same
 * running server one after the other, as a studio sizes its own machine with the bots on others
 * (the bots' accounts and characters, saved at each run's logout, carry over to the next count).
 * `--floor N` first measures the machine's bare sockets with N clients (machine-check.ts), and
 * the finding says what they cost, against the checked-in floor results.
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { describeMachine } from '../../bench/machine.ts';
import { capacityMarkdown, capacitySentence } from './capacity-markdown.ts';
import type { CapacityRun } from './capacity-markdown.ts';
import { capacityLadder, CapacityLadderError, CapacitySearch } from './capacity-search.ts';
import { defaultBounds, judgeRun } from './capacity-verdict.ts';
import type { CapacityBounds } from './capacity-verdict.ts';
import { checkResultName, defaultName, LoadCliError, parseLoadArgs } from './cli.ts';
import { exitWhenDone, isCommandLineError, stopOnSignals } from './command-line.ts';
import { runMachineCheck } from './machine-check.ts';
import type { MachineCheck } from './machine-check.ts';
import { writeLoadResult } from './result-files.ts';
import { checkLoadOptions, runLoadTest } from './run-load.ts';
import { shellWord } from './shell-word.ts';

const USAGE = 'usage: npm run loadtest:capacity -- --from N --to N [--step N] [--repeat N] [--ack-bound MS] [--reply-bound MS] [--cpu-bound CORES] [--floor N] [--name NAME] [--out DIR] -- <loadtest options>';
const DEFAULT_OUT = 'bench/results/loadtest-capacity';
const DEFAULT_STEP = 250;
/** Most runs a count may be held to. */
const MAX_REPEAT = 5;
/** Most clients the machine check may run (the socket floor's own limit). */
const MAX_FLOOR_CLIENTS = 20_000;

/** A positive number from an option, or undefined when the option is absent. */
function positive(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new LoadCliError(`--${name} must be a positive number; got "${text}"`);
  return value;
}

/** A whole number from an option (the ladder checks its range), or `fallback` when absent. */
function whole(name: string, text: string | undefined, fallback?: number): number {
  if (text === undefined) {
    if (fallback === undefined) throw new LoadCliError(`--${name} is required`);
    return fallback;
  }
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new LoadCliError(`--${name} must be a whole number; got "${text}"`);
  return value;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const split = argv.indexOf('--');
  let ladder: number[];
  let repeat: number;
  let bounds: CapacityBounds;
  let name: string;
  let outDir: string;
  let floorClients: number | undefined;
  let command;
  try {
    if (split < 0) throw new LoadCliError('the load run\'s options follow a second "--"');
    const { values } = parseArgs({
      args: argv.slice(0, split),
      strict: true,
      allowPositionals: false,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        step: { type: 'string' },
        repeat: { type: 'string' },
        'ack-bound': { type: 'string' },
        'reply-bound': { type: 'string' },
        'cpu-bound': { type: 'string' },
        floor: { type: 'string' },
        name: { type: 'string' },
        out: { type: 'string' },
      },
    });
    ladder = capacityLadder(whole('from', values.from), whole('to', values.to), whole('step', values.step, DEFAULT_STEP));
    repeat = whole('repeat', values.repeat, 1);
    if (repeat < 1 || repeat > MAX_REPEAT) throw new LoadCliError(`--repeat must be from 1 to ${MAX_REPEAT}; got ${repeat}`);
    const rest = argv.slice(split + 1);
    if (rest.some((arg) => /^--(players|name|out)(=|$)/.test(arg))) throw new LoadCliError('--players is what the search varies, and --name and --out belong before the second "--"');
    command = parseLoadArgs(['--players', String(ladder[0] ?? 1), ...rest]);
    checkLoadOptions({ ...command.options, players: ladder[ladder.length - 1] ?? 1 });
    const fallback = defaultBounds(1000 / command.tickMs);
    const cpu = positive('cpu-bound', values['cpu-bound']);
    bounds = {
      ackP99Ms: positive('ack-bound', values['ack-bound']) ?? fallback.ackP99Ms,
      replyP99Ms: positive('reply-bound', values['reply-bound']) ?? fallback.replyP99Ms,
      ...(cpu === undefined ? {} : { serverCpuCores: cpu }),
    };
    const o = command.options;
    if (values.floor !== undefined) {
      floorClients = whole('floor', values.floor);
      if (floorClients < 1 || floorClients > MAX_FLOOR_CLIENTS) throw new LoadCliError(`--floor must be from 1 to ${MAX_FLOOR_CLIENTS} clients; got ${floorClients}`);
      if (o.host !== undefined) throw new LoadCliError('--floor measures this machine as the server\'s; with --host the server runs elsewhere');
    }
    name = values.name ?? `capacity-${defaultName(o.mix, undefined, o.transport, o.datagrams === true)}`;
    checkResultName(name);
    outDir = values.out ?? DEFAULT_OUT;
  } catch (error) {
    if (isCommandLineError(error) || error instanceof CapacityLadderError) {
      process.stderr.write(`loadtest:capacity: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
  stopOnSignals('loadtest:capacity');
  mkdirSync(outDir, { recursive: true });
  let check: MachineCheck | undefined;
  if (floorClients !== undefined) {
    process.stdout.write(`\nloadtest:capacity: machine check, the socket floor with ${floorClients} clients\n`);
    check = await runMachineCheck(floorClients, command.options);
    process.stdout.write(`  ${check.sentence}\n`);
  }
  const search = new CapacitySearch(ladder);
  const runs: CapacityRun[] = [];
  for (let players = search.next(); players !== undefined; players = search.next()) {
    let held = true;
    for (let k = 1; k <= repeat && held; k++) {
      const runName = repeat === 1 ? `${name}-${players}` : `${name}-${players}-${k}`;
      process.stdout.write(`\nloadtest:capacity: ${players} players (run ${runs.length + 1}${repeat === 1 ? '' : `, ${k} of ${repeat} for this count`})\n`);
      const result = await runLoadTest({
        ...command.options,
        players,
        onProgress: (line) => {
          process.stdout.write(`${line}\n`);
        },
      });
      writeLoadResult(outDir, runName, result, command.tickMs);
      const verdict = judgeRun(result, bounds);
      held = verdict.met;
      runs.push({ players, name: runName, result, verdict });
      process.stdout.write(`  ${verdict.met ? 'met every bound' : `not held: ${verdict.reasons.join('; ')}`}\n`);
    }
    search.record(players, held);
  }
  const finding = search.finding();
  const machine = describeMachine();
  const setup = {
    command: `npm run loadtest:capacity -- ${argv.map(shellWord).join(' ')}`,
    machine: `${command.options.host === undefined ? '' : 'the bots\' machine: '}${machine.cpuModel}, ${machine.availableParallelism} usable cores, ${machine.totalMemoryGiB} GiB, Node ${machine.node}${command.options.host === undefined ? '; the server and the bots share it' : `; the server: ${command.options.host}:${command.options.port ?? '?'}`}`,
    bounds,
    ladder,
    repeat,
    ...(check === undefined ? {} : { machineCheck: check }),
  };
  const markdown = join(outDir, `${name}.md`);
  writeFileSync(markdown, capacityMarkdown(name, setup, finding, runs));
  const json = join(outDir, `${name}.json`);
  const summary = {
    name,
    ...setup,
    machine,
    finding,
    conclusion: capacitySentence(finding, ladder, runs),
    runs: runs.map((run) => ({ players: run.players, name: run.name, met: run.verdict.met, reasons: run.verdict.reasons, steady: run.result.steady })),
    finishedAt: new Date().toISOString(),
  };
  writeFileSync(json, `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(`\nloadtest:capacity: wrote ${json} and ${markdown}\n`);
  return 0;
}

exitWhenDone('loadtest:capacity', main);
