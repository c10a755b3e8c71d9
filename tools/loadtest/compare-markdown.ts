/**
 * The markdown of a two-setting comparison (compare.ts): one row per run in the order they ran,
 * then each setting's mean and the second's ratio to the first. Steady-state figures only (once
 * every bot was in), as the load summaries give them. Pure: results in, text out.
 * @module
 */
import type { LoadTestResult } from './run-load.ts';
import { shownFigure, STEADY_FIGURES } from './steady-figures.ts';

/** One of the compared settings. */
export interface ComparedSetting {
  /** Its label in file names and tables. */
  readonly label: string;
  /** The flags it gives the started server. */
  readonly serverFlags: readonly string[];
}

/** One finished run of a comparison. */
export interface ComparedRun {
  /** Which setting: 0 for the first, 1 for the second. */
  readonly setting: 0 | 1;
  /** Its result file name (without extension). */
  readonly name: string;
  /** Its result. */
  readonly result: LoadTestResult;
}

/** The steady-state figures a comparison lists, by column, with their decimals. */
const FIGURES = [
  { ...STEADY_FIGURES.ackP50, digits: 1 },
  { ...STEADY_FIGURES.ackP99, digits: 1 },
  { ...STEADY_FIGURES.replyP99, digits: 1 },
  { ...STEADY_FIGURES.serverCpu, digits: 3 },
  { ...STEADY_FIGURES.mainThreadBusy, digits: 3 },
  { ...STEADY_FIGURES.socketWrites, digits: 0 },
  { ...STEADY_FIGURES.framesPerPlayer, digits: 2 },
] as const;

function mean(values: readonly (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  return known.length === 0 ? undefined : known.reduce((sum, v) => sum + v, 0) / known.length;
}

/**
 * The comparison's markdown.
 * @param title - its heading
 * @param command - the command line that ran it, quoted in the text
 * @param settings - the two settings, first then second
 * @param runs - the runs in the order they ran
 */
export function comparisonMarkdown(title: string, command: string, settings: readonly [ComparedSetting, ComparedSetting], runs: readonly ComparedRun[]): string {
  const flags = (setting: ComparedSetting): string => (setting.serverFlags.length === 0 ? 'no extra server flags' : `\`${setting.serverFlags.join(' ')}\``);
  const lines = [
    `# ${title}`,
    '',
    `Two server settings alternated in one sitting (\`${command}\`): **${settings[0].label}** (${flags(settings[0])}) and **${settings[1].label}** (${flags(settings[1])}). Steady state (once every bot was in), as each run's own summary gives it; one row per run in the order they ran, then each setting's mean.`,
    '',
    `| run | setting | ok | ${FIGURES.map((f) => f.title).join(' | ')} |`,
    `| --- | --- | --- | ${FIGURES.map(() => '---:').join(' | ')} |`,
  ];
  for (const run of runs) {
    const ok = run.result.ok ? 'yes' : `no: ${run.result.problems.join('; ')}`;
    lines.push(`| ${run.name} | ${settings[run.setting].label} | ${ok} | ${FIGURES.map((f) => shownFigure(f.read(run.result), f.digits)).join(' | ')} |`);
  }
  const means = [0, 1].map((setting) => FIGURES.map((f) => mean(runs.filter((run) => run.setting === setting).map((run) => f.read(run.result)))));
  lines.push('', `| mean of | ${FIGURES.map((f) => f.title).join(' | ')} |`, `| --- | ${FIGURES.map(() => '---:').join(' | ')} |`);
  for (const setting of [0, 1] as const) lines.push(`| ${settings[setting].label} | ${(means[setting] ?? []).map((v, i) => shownFigure(v, FIGURES[i]?.digits ?? 0)).join(' | ')} |`);
  const ratios = FIGURES.map((_, i) => {
    const a = means[0]?.[i];
    const b = means[1]?.[i];
    return a === undefined || b === undefined || a === 0 ? '–' : `${(b / a).toFixed(2)}×`;
  });
  lines.push(`| ${settings[1].label} / ${settings[0].label} | ${ratios.join(' | ')} |`);
  return `${lines.join('\n')}\n`;
}

/**
 * The order of a comparison's runs: the first setting, then the second, then the second again
 * and the first (so neither always runs first on a warming machine), `rounds` times two runs.
 */
export function alternation(rounds: number): (0 | 1)[] {
  return Array.from({ length: 2 * rounds }, (_, i) => (i % 4 === 0 || i % 4 === 3 ? 0 : 1));
}
