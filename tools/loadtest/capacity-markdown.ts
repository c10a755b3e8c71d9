/**
 * The markdown of a capacity search (capacity.ts): the finding first (the largest count that met
 * every bound, and why the next one up did not), then every count run, in the order it ran, with
 * its steady figures and its verdict. Pure: results in, text out.
 * @module
 */
import type { CapacityFinding } from './capacity-search.ts';
import type { CapacityBounds, CapacityVerdict } from './capacity-verdict.ts';
import type { MachineCheck } from './machine-check.ts';
import type { LoadTestResult } from './run-load.ts';
import { shownFigure, STEADY_FIGURES } from './steady-figures.ts';

/** One count a search ran. */
export interface CapacityRun {
  /** Players in the run. */
  readonly players: number;
  /** Its result file name (without extension). */
  readonly name: string;
  /** Its result. */
  readonly result: LoadTestResult;
  /** Its verdict against the bounds. */
  readonly verdict: CapacityVerdict;
}

/** What the search was: the command, the machine, the bounds and the ladder. */
export interface CapacitySetup {
  /** The command line that ran it. */
  readonly command: string;
  /** The machine, in words, and whether the server shared it with the bots. */
  readonly machine: string;
  /** The bounds every run was judged by. */
  readonly bounds: CapacityBounds;
  /** The counts the search could run. */
  readonly ladder: readonly number[];
  /** How many runs a count needed to hold (each had to meet every bound); 1 when absent. */
  readonly repeat?: number;
  /** The machine check run before the search (machine-check.ts); absent when none ran. */
  readonly machineCheck?: Pick<MachineCheck, 'sentence'>;
}

/** The steady figures listed per run, by column, with their decimals. */
const FIGURES = [
  { ...STEADY_FIGURES.ackP50, digits: 1 },
  { ...STEADY_FIGURES.ackP99, digits: 1 },
  { ...STEADY_FIGURES.replyP99, digits: 1 },
  { ...STEADY_FIGURES.serverCpu, digits: 2 },
  { ...STEADY_FIGURES.mainThreadBusy, digits: 2 },
  { ...STEADY_FIGURES.framesPerPlayer, digits: 1 },
  { ...STEADY_FIGURES.inViewMean, digits: 1 },
] as const;

const players = (count: number): string => count.toLocaleString('en-US');

/** The finding in one sentence. */
export function capacitySentence(finding: CapacityFinding, ladder: readonly number[], runs: readonly CapacityRun[]): string {
  const why = (count: number | undefined): string => {
    const run = runs.find((r) => r.players === count && !r.verdict.met);
    return run === undefined ? '' : `: ${run.verdict.reasons.join('; ')}`;
  };
  if (finding.capacity === undefined) return `**Below ${players(ladder[0] ?? 0)} players**: the ladder's first count failed${why(finding.firstFailure)}.`;
  if (finding.firstFailure === undefined) return `**At least ${players(finding.capacity)} players**: the ladder's last count met every bound; the machine may hold more.`;
  return `**${players(finding.capacity)} players**: the largest count run that met every bound; ${players(finding.firstFailure)} failed${why(finding.firstFailure)}.`;
}

/**
 * The search's markdown.
 * @param title - its heading
 * @param setup - the command, the machine, the bounds and the ladder
 * @param finding - what the search found
 * @param runs - the counts run, in the order they ran
 */
export function capacityMarkdown(title: string, setup: CapacitySetup, finding: CapacityFinding, runs: readonly CapacityRun[]): string {
  const { bounds } = setup;
  const limits = [
    `input → ack p99 at most ${shownFigure(bounds.ackP99Ms, 0)} ms`,
    `direct replies p99 at most ${shownFigure(bounds.replyP99Ms, 0)} ms (where the mix times some)`,
    ...(bounds.serverCpuCores === undefined ? [] : [`server CPU at most ${bounds.serverCpuCores} cores`]),
    'every bot in the world and no unexpected disconnect',
  ];
  const lines = [
    `# ${title}`,
    '',
    `The largest player count this machine held within the bounds, searched by bisection over ${setup.ladder.length} counts from ${players(setup.ladder[0] ?? 0)} to ${players(setup.ladder[setup.ladder.length - 1] ?? 0)} (\`${setup.command}\`). Machine: ${setup.machine}.`,
    '',
    `Bounds, steady state (once every bot was in): ${limits.join('; ')}.`,
    '',
    ...(setup.machineCheck === undefined ? [] : [setup.machineCheck.sentence, '']),
    capacitySentence(finding, setup.ladder, runs),
    '',
    `| players | run | met | ${FIGURES.map((f) => f.title).join(' | ')} | why not |`,
    `| ---: | --- | --- | ${FIGURES.map(() => '---:').join(' | ')} | --- |`,
  ];
  for (const run of runs) {
    lines.push(`| ${players(run.players)} | ${run.name} | ${run.verdict.met ? 'yes' : 'no'} | ${FIGURES.map((f) => shownFigure(f.read(run.result), f.digits)).join(' | ')} | ${run.verdict.reasons.join('; ') || '–'} |`);
  }
  const repeat = setup.repeat ?? 1;
  lines.push(
    '',
    repeat > 1
      ? `Each count ran up to ${repeat} times in a row, in the order above, and held only when every one of its runs met every bound (a count's first failure ended its runs), on the assumption that a count that fails makes every larger one fail too.`
      : 'Each count ran once, in the order above, on the assumption that a count that fails makes every larger one fail too. On a shared machine a count near the boundary may come out the other way in a rerun: the finding is good to about a step (`--repeat N` holds a count to N runs).',
  );
  return `${lines.join('\n')}\n`;
}
