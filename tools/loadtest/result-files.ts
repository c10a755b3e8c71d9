/**
 * Writes a load run's result: `<name>.json` (options, verdict, both sides' numbers, the
 * per-second timelines, the machine), `<name>.md` (summary) and three SVG plots next to them:
 * latency percentiles, players, and server CPU and memory over time. A profiled run also gets
 * its server's flame graph (`<name>-flame.svg`), the raw profile (`<name>.cpuprofile`, for
 * Chrome DevTools or speedscope) and where the server's time went, in the JSON and the markdown.
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeMachine } from '../../bench/machine.ts';
import { loadMarkdown } from './load-markdown.ts';
import type { LoadTestResult } from './run-load.ts';
import { linePlot } from './svg-plot.ts';
import { writeProfileReport } from '../profile/profile-report.ts';
import type { ProfileSummary } from '../profile/profile-report.ts';

/** The paths written. */
export interface WrittenResult {
  /** The JSON file. */
  readonly json: string;
  /** The markdown summary. */
  readonly markdown: string;
  /** The SVG plots. */
  readonly plots: readonly string[];
  /** The server's flame graph and raw CPU profile, for a profiled run. */
  readonly profile?: { readonly flameGraph: string; readonly cpuProfile: string };
}

/** The plots of a run: file suffix, title and SVG text. */
export function loadPlots(name: string, result: LoadTestResult, tickBudgetMs: number): { file: string; title: string; svg: string }[] {
  const bots = result.timeline.bots;
  const server = result.timeline.server;
  const ack = (pick: (l: (typeof bots)[number]['ack']) => number) => bots.map((b) => [b.elapsedS, b.ack.count === 0 ? undefined : pick(b.ack)] as const);
  const plots = [
    {
      file: `${name}-latency.svg`,
      title: 'Input → acknowledgement latency, per second',
      svg: linePlot({
        title: `${name}: input → acknowledgement latency`,
        xLabel: 'seconds',
        yLabel: 'ms',
        series: [
          { label: 'p50', points: ack((l) => l.p50) },
          { label: 'p90', points: ack((l) => l.p90) },
          { label: 'p99', points: ack((l) => l.p99) },
          { label: 'p99.9', points: ack((l) => l.p999) },
          { label: 'max', points: ack((l) => l.max) },
          ...(bots.some((b) => b.reply.count > 0) ? [{ label: 'chat reply p99', points: bots.map((b) => [b.elapsedS, b.reply.count === 0 ? undefined : b.reply.p99] as const) }] : []),
        ],
        references: [{ label: `tick + 15 ms (${tickBudgetMs + 15})`, y: tickBudgetMs + 15 }],
      }),
    },
    {
      file: `${name}-players.svg`,
      title: 'Players over time',
      svg: linePlot({
        title: `${name}: players`,
        xLabel: 'seconds',
        yLabel: 'players',
        series: [
          { label: 'connected (bots)', points: bots.map((b) => [b.elapsedS, b.connected] as const) },
          { label: 'in world (bots)', points: bots.map((b) => [b.elapsedS, b.inWorld] as const) },
          ...(server.length === 0 ? [] : [{ label: 'in world (server)', points: server.map((s) => [s.elapsedS, s.playersInWorld] as const) }]),
        ],
      }),
    },
  ];
  if (server.length > 0) {
    plots.push({
      file: `${name}-server.svg`,
      title: 'Server CPU and memory over time',
      svg: linePlot({
        title: `${name}: server CPU (% of one core) and memory`,
        xLabel: 'seconds',
        yLabel: '% of a core / MiB',
        series: [
          { label: 'CPU % (user+sys)', points: server.map((s) => [s.elapsedS, s.cpuCores * 100] as const) },
          { label: 'CPU % kernel', points: server.map((s) => [s.elapsedS, s.cpuSystemCores * 100] as const) },
          // Servers from before the thread metric have no main-thread series.
          ...(server.some((s) => s.mainBusy !== undefined) ? [{ label: 'main thread busy %', points: server.map((s) => [s.elapsedS, (s.mainBusy ?? 0) * 100] as const) }] : []),
          { label: 'resident MiB', points: server.map((s) => [s.elapsedS, s.rssMiB] as const) },
          { label: 'loop lag p99 ms', points: server.map((s) => [s.elapsedS, s.eventLoopLagP99Ms] as const) },
        ],
      }),
    });
  }
  return plots;
}

/** Writes the result files into `directory` (created when missing). */
export function writeLoadResult(directory: string, name: string, result: LoadTestResult, tickBudgetMs = 50): WrittenResult {
  mkdirSync(directory, { recursive: true });
  const machine = describeMachine();
  const plots = loadPlots(name, result, tickBudgetMs);
  for (const plot of plots) writeFileSync(join(directory, plot.file), plot.svg);
  const { serverProfile, ...measured } = result;
  let profile: ProfileSummary | undefined;
  let cpuProfile: string | undefined;
  if (serverProfile !== undefined) {
    profile = writeProfileReport(directory, name, serverProfile, `${name}: the server's main thread`, undefined, tickBudgetMs);
    cpuProfile = join(directory, `${name}.cpuprofile`);
    writeFileSync(cpuProfile, JSON.stringify(serverProfile));
  }
  const json = join(directory, `${name}.json`);
  writeFileSync(json, `${JSON.stringify({ name, ...measured, ...(profile === undefined ? {} : { profile }), plots: plots.map((p) => p.file), machine, finishedAt: new Date().toISOString() }, null, 2)}\n`);
  const markdown = join(directory, `${name}.md`);
  const machineLine = `${machine.cpuModel}, ${machine.availableParallelism} usable cores, Node ${machine.node}`;
  writeFileSync(markdown, loadMarkdown(name, result, plots, machineLine, 1000 / tickBudgetMs, profile));
  return {
    json,
    markdown,
    plots: plots.map((p) => join(directory, p.file)),
    ...(profile === undefined || cpuProfile === undefined ? {} : { profile: { flameGraph: join(directory, profile.flameGraph), cpuProfile } }),
  };
}
