/**
 * A load run's markdown summary: what ran, the verdict, the bots' side (connections, traffic,
 * latencies, errors, disconnects), the server's side (CPU, memory, lag, GC, ticks per zone),
 * and links to the plots.
 * @module
 */
import { datagramLine } from '../bots/report.ts';
import type { LatencySummary } from '../bots/stats.ts';
import type { ViewSummary } from '../bots/view-census.ts';
import type { LoadTestResult } from './run-load.ts';
import { worldFramesPerPlayer } from './server-watch.ts';
import type { Quantiles, ServerSummary } from './server-watch.ts';
import { describeTickRates } from './world-tick-rate.ts';
import { profileMarkdown } from '../profile/profile-report.ts';
import type { ProfileSummary } from '../profile/profile-report.ts';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function latencyRow(name: string, l: LatencySummary): string {
  if (l.count === 0) return `| ${name} | 0 | | | | | |`;
  return `| ${name} | ${integer.format(l.count)} | ${l.p50.toFixed(1)} | ${l.p90.toFixed(1)} | ${l.p99.toFixed(1)} | ${l.p999.toFixed(1)} | ${l.max.toFixed(1)} |`;
}

function listed(record: Readonly<Record<string, number>>): string {
  const entries = Object.entries(record).sort((a, b) => b[1] - a[1]);
  return entries.length === 0 ? 'none' : entries.map(([k, n]) => `${k} ×${integer.format(n)}`).join(', ');
}

function perZone(record: Readonly<Record<string, number>>): string {
  const entries = Object.entries(record);
  return entries.length === 0 ? 'n/a' : entries.map(([zone, ms]) => `${zone} ${ms.toFixed(2)} ms`).join(', ');
}

function viewLine(v: ViewSummary): string {
  return v.samples === 0 ? 'no samples' : `mean ${v.mean.toFixed(1)}, median ${v.p50}, p99 ${v.p99}, max ${v.max}`;
}

/**
 * The summary of a run as markdown; `plots` are file names next to the markdown file,
 * `tickRateHz` the server's tick rate, `profile` where a profiled run's server spent its time.
 */
export function loadMarkdown(name: string, result: LoadTestResult, plots: readonly { readonly title: string; readonly file: string }[], machine: string, tickRateHz: number, profile?: ProfileSummary): string {
  const { options: o, bots: b, server: s } = result;
  const ramp = Number.isFinite(o.rampPerS) ? `${o.rampPerS}/s` : 'burst (everyone at once)';
  const lines = [
    `# Load run: ${name}`,
    '',
    `${o.players} players, scenario \`${o.mix}\`, ${o.durationS} s, ramp ${ramp}, ${o.transport}${o.datagrams === true ? ' with datagrams' : ''}, bots in ${o.processes} process${o.processes === 1 ? '' : 'es'}; target: ${o.target}.`,
    `Machine: ${machine}. The bots run on the same machine as the server and compete with it for the same cores${o.botNice === 0 ? '' : `; they run at nice ${o.botNice}, so the server gets a contested core first`}.`,
    '',
    `**Result: ${result.ok ? 'OK' : `FAILED: ${result.problems.join('; ')}`}**`,
    '',
    '## Bots',
    '',
    `- connected ${b.connected} (peak ${b.peakConnected} at once), in the world ${b.enteredWorld}/${b.target}${b.allInWorldAfterS === null ? '' : ` (all within ${b.allInWorldAfterS} s)`}`,
    `- world frames ${integer.format(b.worldFrames)} (${b.botsWithFrames} bots received frames); entity enters/updates/leaves delivered ${integer.format(b.entityChanges)}`,
    `- other entities in view per player (the density this run measured; one sample per bot in the world per second): whole run ${viewLine(b.view)}${result.steady === undefined ? '' : `; steady (from ${result.steady.fromS} s) ${viewLine(result.steady.view)}`}`,
    `- server → bots ${integer.format(b.inbound.messagesPerSecond)} msg/s, ${integer.format(b.inbound.bytesPerSecond)} B/s; bots → server ${integer.format(b.outbound.messagesPerSecond)} msg/s, ${integer.format(b.outbound.bytesPerSecond)} B/s`,
    ...(o.datagrams === true ? [`- datagrams: ${datagramLine(b.datagrams)}`] : []),
    `- reconnects (churn): ${listed(b.reconnects)}`,
    `- outcomes (combat, traders): ${listed(b.outcomes)}; refusals that are part of play: ${listed(b.handledErrors)}`,
    `- errors: ${listed(b.errors)}; unexpected disconnects: ${listed(b.disconnects)}; setup failures: ${listed(b.setupFailures)}`,
    `- bot processes: ${b.botProcesses.map((p) => `${p.cpuCoresUsed} cores, loop delay p99 ${p.eventLoopDelayP99Ms} ms, nice ${p.nice}`).join('; ')}`,
    '',
    '| latency (ms) | samples | p50 | p90 | p99 | p99.9 | max |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    latencyRow('input → acknowledging frame', b.latency),
    latencyRow('chat → ChatSent reply', b.replyLatency),
    ...Object.entries(b.actionLatency).map(([label, l]) => latencyRow(label, l)),
    ...(result.steady === undefined ? [] : [
      latencyRow(`input → ack, steady (from ${result.steady.fromS} s)`, result.steady.ack),
      latencyRow(`chat → reply, steady (from ${result.steady.fromS} s)`, result.steady.reply),
      ...Object.entries(result.steady.actions).map(([label, l]) => latencyRow(`${label}, steady`, l)),
    ]),
    '',
    'Steady rows leave out the ramp-up: only seconds starting at least one second after the last bot entered the world.',
    'Scenario rows (combat, traders): a request to its direct reply (`… → reply`: answered at the next tick, so up to one tick interval of waiting is included), or an action to its effect seen in a world frame.',
    '',
  ];
  if (s !== undefined) {
    lines.push(
      '## Server (its own /metrics, scraped at 1 Hz)',
      '',
      `- CPU: ${s.cpuCoresMean} cores on average (${(s.cpuCoresMean * 100).toFixed(0)}% of one core; busiest second ${(s.cpuCoresMax * 100).toFixed(0)}%), ${(s.cpuSystemShare * 100).toFixed(0)}% of it in the kernel; ${s.cpuSeconds} CPU-s in ${s.seconds} s`,
      `- resident memory: at most ${s.rssMaxMiB} MiB; event-loop lag p99: at most ${s.eventLoopLagP99MaxMs} ms`,
      `- GC: ${s.gcPauses} pauses, ${s.gcPauseTotalMs} ms in total, ${s.gcPauseMeanMs} ms on average`,
      `- tick duration p50: ${perZone(s.tickP50Ms)}; p99: ${perZone(s.tickP99Ms)}`,
      ...threadsLine(s.threadsBusy, 'over the whole run'),
      ...(s.inputToFrameMs === undefined ? [] : [`- the server's share of input → ack (input arrival to the acknowledging frame queued; the rest is socket writes, the kernel and the bots): p50 ${s.inputToFrameMs.p50} ms, p99 ${s.inputToFrameMs.p99} ms over the whole run`]),
      `- ticks over budget ${s.ticks.overruns}, skipped ${s.ticks.skipped}, caught up (run without replication) ${s.ticks.caughtUp ?? 0}, degraded (distant entities at a lower rate) ${s.ticks.degraded}; the world ran ${describeTickRates(tickRateHz, s.ticks, s.seconds)}`,
      `- messages in ${integer.format(s.rates.messagesInPerS)}/s, out ${integer.format(s.rates.messagesOutPerS)}/s; bytes in ${integer.format(s.rates.bytesInPerS)}/s, out ${integer.format(s.rates.bytesOutPerS)}/s; socket writes ${integer.format(s.rates.socketWritesPerS)}/s`,
      `- sessions ended, by reason: ${listed(s.disconnects)}`,
      ...datagramPortLine(s.datagrams),
      ...steadyServerLines(result.steady, tickRateHz),
      '',
    );
  }
  if (profile !== undefined) lines.push(...profileMarkdown(profile, "the server's main thread", 'Sampling costs the server some CPU of its own, so a profiled run\'s other figures are not comparable with unprofiled runs\'.'));
  if (plots.length > 0) {
    lines.push('## Plots', '');
    for (const plot of plots) lines.push(`![${plot.title}](${plot.file})`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The datagram port over the run (absent from servers without one). */
function datagramPortLine(d: ServerSummary['datagrams']): string[] {
  if (d === undefined) return [];
  const kernel = d.kernelDrops === undefined ? '' : `; the kernel dropped ${integer.format(d.kernelDrops)} UDP datagrams for a full receive buffer (machine-wide: the server's inputs and the bots' frames)`;
  return [`- datagram port: ${integer.format(d.inPerS)}/s in, ${integer.format(d.outPerS)}/s out; dropped by the port: ${listed(d.dropped)}; channels let go for silence ${d.fallbacks}${kernel}`];
}

/** How busy the server's event loops were (absent from servers without the metric). */
function threadsLine(busy: ServerSummary['threadsBusy'], span: string): string[] {
  if (busy === undefined) return [];
  const percent = (share: number): string => `${(share * 100).toFixed(0)}%`;
  const io = busy.io.length === 0 ? 'no I/O threads (sockets on the main thread)' : `${busy.io.length} I/O thread${busy.io.length === 1 ? '' : 's'} busy ${busy.io.map(percent).join(', ')}`;
  return [`- event loops busy (${span}; event-loop utilization): the main thread (world, sessions) ${percent(busy.main)}; ${io}`];
}

/**
 * How often each player got a world frame, and in how many cohorts the world served them (absent
 * from results without the figures).
 */
function framesLine(s: ServerSummary): string[] {
  const frames = worldFramesPerPlayer(s);
  if (frames === undefined) return [];
  const cohorts = s.replicationCohortsMean === undefined ? '' : s.replicationCohortsMean > 1 ? `; players served in cohorts, ${s.replicationCohortsMean} on average (a share of them at every tick)` : '; every replicated tick served every player (no cohorts)';
  return [`- steady, world frames: ${frames.toFixed(1)} a second per player${cohorts}`];
}

/** The server's steady state (once everyone was in) in one line: what the whole-run figures mix with the login storm. */
function steadyServerLines(steady: LoadTestResult['steady'], tickRateHz: number): string[] {
  const s = steady?.server;
  if (steady === undefined || s === undefined) return [];
  const share = s.inputToFrameMs === undefined ? '' : `; the server's share of input → ack p50 ${s.inputToFrameMs.p50} ms, p99 ${s.inputToFrameMs.p99} ms`;
  const quantiles = (byName: Readonly<Record<string, Quantiles>>): string => Object.entries(byName).map(([name, q]) => `${name} ${q.p50}/${q.p99}`).join(', ') || 'none';
  return [`- steady (from ${steady.fromS} s): CPU ${s.cpuCoresMean} cores (${(s.cpuSystemShare * 100).toFixed(0)}% kernel); event-loop lag p99 at most ${s.eventLoopLagP99MaxMs} ms; GC ${s.gcPauses} pauses, ${s.gcPauseTotalMs} ms; tick p50: ${perZone(s.tickP50Ms)}, p99: ${perZone(s.tickP99Ms)}${share}; ticks degraded ${s.ticks.degraded}, the world ran ${describeTickRates(tickRateHz, s.ticks, s.seconds)}; socket writes ${integer.format(s.rates.socketWritesPerS)}/s, bytes out ${integer.format(s.rates.bytesOutPerS)}/s`,
    ...threadsLine(s.threadsBusy, 'steady'),
    ...framesLine(s),
    `- steady, requests handled by the server, p50/p99 ms (start of handling to the answer; not the wait behind the session's earlier messages): ${quantiles(s.requestMs)}`,
    `- steady, store operations, p50/p99 ms: ${quantiles(s.storeMs)}`];
}
