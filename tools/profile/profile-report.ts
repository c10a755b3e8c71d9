/**
 * What a CPU profile says, as a report: the flame graph written next to a run's results, and a
 * summary (busy share, the engine's files by their share, the heaviest functions) kept in the
 * run's JSON and rendered as markdown tables.
 * @module
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { busyStretches } from './busy-stretches.ts';
import type { BusyStretches } from './busy-stretches.ts';
import { busyTree, byEngineFile, topSelf } from './cpu-profile.ts';
import type { BusyNode, CpuProfile, FileShare, ProfileEntry } from './cpu-profile.ts';
import { flameGraph } from './flame-graph.ts';

/** The repository's root: frames inside it are the engine's. */
export const REPOSITORY_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** What counts as a long busy stretch unless told: one tick at the server's default 20 Hz, ms. */
export const DEFAULT_LONG_MS = 50;

/** A profile's summary, as a run's JSON keeps it. */
export interface ProfileSummary {
  /** Samples the thread was busy in (not waiting in the event loop). */
  readonly busySamples: number;
  /** Busy samples as a share of all samples, 0-1. */
  readonly busyShare: number;
  /** Seconds the profile covers. */
  readonly seconds: number;
  /** The engine's source files by their share of the busy samples, heaviest first. */
  readonly files: readonly FileShare[];
  /** The heaviest functions by self time. */
  readonly functions: readonly ProfileEntry[];
  /** The flame graph's file name, next to the run's other files. */
  readonly flameGraph: string;
  /** The unbroken busy stretches and what the long ones did; absent in summaries from before they were measured. */
  readonly stretches?: BusyStretches;
}

/**
 * Summarises a profile; `flameFile` is the name its flame graph is written under.
 * @param longMs - a busy stretch at least this long counts as long (the server's tick interval)
 */
export function summarizeProfile(profile: CpuProfile, flameFile: string, root = REPOSITORY_ROOT, longMs = DEFAULT_LONG_MS): ProfileSummary {
  return summaryOf(profile, busyTree(profile, root), flameFile, busyStretches(profile, root, longMs));
}

/** The summary of a profile whose busy tree is already built. */
function summaryOf(profile: CpuProfile, tree: BusyNode, flameFile: string, stretches: BusyStretches): ProfileSummary {
  let micros = 0;
  for (const delta of profile.timeDeltas) micros += delta;
  const all = profile.samples.length;
  return {
    busySamples: tree.total,
    busyShare: all > 0 ? Math.round((tree.total / all) * 1000) / 1000 : 0,
    seconds: Math.round(micros / 1e5) / 10,
    files: byEngineFile(tree, 15),
    functions: topSelf(tree, 15),
    flameGraph: flameFile,
    stretches,
  };
}

/**
 * Writes `<name>-flame.svg` into `directory` and returns the profile's summary.
 * @param title - what was profiled, for the graph's heading
 * @param longMs - a busy stretch at least this long counts as long (the server's tick interval)
 */
export function writeProfileReport(directory: string, name: string, profile: CpuProfile, title: string, root = REPOSITORY_ROOT, longMs = DEFAULT_LONG_MS): ProfileSummary {
  const flameFile = `${name}-flame.svg`;
  const tree = busyTree(profile, root);
  const summary = summaryOf(profile, tree, flameFile, busyStretches(profile, root, longMs));
  const subtitle = `${summary.busySamples.toLocaleString('en-US')} busy samples over ${summary.seconds} s (busy ${(summary.busyShare * 100).toFixed(0)}% of the time)`;
  writeFileSync(join(directory, flameFile), flameGraph(tree, { title, subtitle }));
  return summary;
}

function pct(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/**
 * The summary as markdown: a heading, a line, the files table, the functions table and the
 * flame graph.
 * @param subject - what was profiled, as the sentence names it ("the server's main thread")
 * @param note - a sentence after the first paragraph (what else to know about the profiled run)
 */
export function profileMarkdown(summary: ProfileSummary, subject: string, note?: string, heading = '##'): string[] {
  return [
    `${heading} Where the time goes (CPU profile)`,
    '',
    `\`node --cpu-prof\` on ${subject}: ${summary.busySamples.toLocaleString('en-US')} busy samples over ${summary.seconds} s, busy ${pct(summary.busyShare)} of the time (the rest waiting in the event loop, including the read system calls libuv makes there). Shares are of the busy samples.${note === undefined ? '' : ` ${note}`}`,
    '',
    'By source file: each sample counts for the innermost engine frame on its stack, so a file includes the Node internals, libraries, native code and kernel time it called (a socket write counts for the code that wrote); "own" is the time in the file\'s own functions. Samples with no engine frame count under their own frame\'s kind.',
    '',
    '| file | share | own |',
    '| --- | ---: | ---: |',
    ...summary.files.map((f) => `| ${f.file} | ${pct(f.share)} | ${pct(f.ownShare)} |`),
    '',
    'Heaviest functions by self time:',
    '',
    '| self | function | where |',
    '| ---: | --- | --- |',
    ...summary.functions.map((f) => `| ${pct(f.selfShare)} | \`${f.name}\` | ${f.where} |`),
    '',
    ...(summary.stretches === undefined ? [] : stretchesMarkdown(summary.stretches)),
    `![Flame graph](${summary.flameGraph})`,
    '',
  ];
}

const ms = (value: number): string => `${value.toLocaleString('en-US')} ms`;

/** The busy stretches as a paragraph and, when there are long ones, a table of what they did. */
function stretchesMarkdown(s: BusyStretches): string[] {
  const head = `Unbroken busy stretches (from the thread's first wait in its event loop; a stretch ends at the first sample that finds it waiting there again, so a message that arrives during one waits for the rest of it before it is even read): ${s.count.toLocaleString('en-US')}, p50 ${ms(s.p50Ms)}, p90 ${ms(s.p90Ms)}, p99 ${ms(s.p99Ms)}, max ${ms(s.maxMs)}.`;
  if (s.longCount === 0) return [`${head} None lasted ${ms(s.longMs)} or more.`, ''];
  return [
    `${head} ${s.longCount.toLocaleString('en-US')} lasted ${ms(s.longMs)} or more (${s.longPerSecond} a second), ${pct(s.longShare)} of the busy time; what they spent it in, by each sample's outermost named engine functions (from what the event loop called, down to four deep):`,
    '',
    '| share | task | where |',
    '| ---: | --- | --- |',
    ...s.longTasks.map((t) => `| ${pct(t.share)} | \`${t.name}\` | ${t.where} |`),
    '',
  ];
}
