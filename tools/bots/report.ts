/**
 * Human-readable lines for a bot run: one line per interval, and a summary at the end.
 * @module
 */
import type { BotRunResult } from './run.ts';
import type { DatagramSummary, IntervalReport, LatencySummary, TrafficSummary } from './stats.ts';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Bytes per second with a binary unit. */
export function formatRate(bytesPerSecond: number): string {
  if (bytesPerSecond >= 1024 * 1024) return `${(bytesPerSecond / (1024 * 1024)).toFixed(2)} MiB/s`;
  if (bytesPerSecond >= 1024) return `${(bytesPerSecond / 1024).toFixed(1)} KiB/s`;
  return `${integer.format(bytesPerSecond)} B/s`;
}

function traffic(t: TrafficSummary): string {
  return `${integer.format(t.messagesPerSecond)} msg/s ${formatRate(t.bytesPerSecond)}`;
}

/** Latency percentiles as one line. */
export function latency(l: LatencySummary): string {
  if (l.count === 0) return 'no acks';
  return `p50 ${l.p50.toFixed(1)} p90 ${l.p90.toFixed(1)} p99 ${l.p99.toFixed(1)} p99.9 ${l.p999.toFixed(1)} max ${l.max.toFixed(1)} ms (${integer.format(l.count)})`;
}

/** Counts by reason, largest first. */
export function byReason(record: Readonly<Record<string, number>>): string {
  const entries = Object.entries(record).sort((a, b) => b[1] - a[1]);
  return entries.length === 0 ? 'none' : entries.map(([reason, n]) => `${reason} ×${integer.format(n)}`).join(', ');
}

/** What the datagram channels did, as one line. */
export function datagramLine(d: DatagramSummary): string {
  return `${integer.format(d.channels)} channels (${integer.format(d.bound)} bound, ${integer.format(d.gaveUp)} gave up, ${integer.format(d.fellBack)} fell back); ${integer.format(d.taken)} frame datagrams taken, ${integer.format(d.lost)} losses, ${integer.format(d.resyncs)} resyncs asked, ${integer.format(d.moveRepeats)} moves repeated unacknowledged`;
}

/** One interval as a line. */
export function formatInterval(r: IntervalReport): string {
  return [
    `[${r.elapsedS.toFixed(1).padStart(6)} s]`,
    `connected ${r.connected}/${r.target}, in world ${r.inWorld}`,
    `in ${traffic(r.inbound)}`,
    `out ${traffic(r.outbound)}`,
    `ack ${latency(r.latency)}`,
    ...(r.replyLatency.count === 0 ? [] : [`reply ${latency(r.replyLatency)}`]),
    `in view ${r.view.mean.toFixed(1)}`,
    `errors ${r.errors}, disconnects ${r.disconnects}`,
  ].join(' | ');
}

/** The final summary as lines of text. */
export function formatSummary(result: BotRunResult): string {
  const { options: o, summary: s } = result;
  const lines = [
    `bots: ${o.count} over ${o.transport}${o.datagrams ? ' with datagrams' : ''} to ${o.host}:${o.port}, ${s.durationS} s (ramp ${Number(o.rampPerS.toFixed(1))}/s, ${o.inputHz} inputs/s per bot, prefix "${o.prefix}")`,
    `  connected        ${s.connected}/${s.target} (peak ${s.peakConnected} open at once)`,
    `  entered world    ${s.enteredWorld}/${s.target}${s.allInWorldAfterS === null ? '' : `, all within ${s.allInWorldAfterS} s`}`,
    `  new accounts     ${s.accountsRegistered} registered, ${s.charactersCreated} characters created (existing ones are reused)`,
    `  world frames     ${integer.format(s.worldFrames)} (${s.botsWithFrames} bots received frames)`,
    `  inputs           ${integer.format(s.inputsSent)} sent, ${integer.format(s.inputsAcked)} acknowledged`,
    `  in  (server→bots) ${integer.format(s.inbound.messages)} msgs, ${integer.format(s.inbound.bytes)} B; ${traffic(s.inbound)}`,
    `  out (bots→server) ${integer.format(s.outbound.messages)} msgs, ${integer.format(s.outbound.bytes)} B; ${traffic(s.outbound)}`,
    `  input→ack        ${latency(s.latency)}`,
    `  request→reply    ${s.replyLatency.count === 0 ? 'no direct requests' : latency(s.replyLatency)}`,
    `  entity changes   ${integer.format(s.entityChanges)} enters/updates/leaves delivered`,
    `  in view          ${s.view.samples === 0 ? 'no samples' : `${s.view.mean.toFixed(1)} other entities per player on average (median ${s.view.p50}, p99 ${s.view.p99}, max ${s.view.max}; ${integer.format(s.view.samples)} samples, one per bot per report)`}`,
    `  reconnects       ${byReason(s.reconnects)}`,
    `  errors           ${byReason(s.errors)}`,
    `  handled errors   ${byReason(s.handledErrors)}`,
    `  disconnects      ${byReason(s.disconnects)}`,
    ...(o.datagrams ? [`  datagrams        ${datagramLine(s.datagrams)}`] : []),
    `  setup failures   ${byReason(s.setupFailures)}`,
    `  bot process      ${s.botProcess.cpuCoresUsed} cores, event-loop delay p99 ${s.botProcess.eventLoopDelayP99Ms} ms, max ${s.botProcess.eventLoopDelayMaxMs} ms, nice ${s.botProcess.nice}`,
    result.ok ? 'result: OK' : `result: FAILED: ${result.problems.join('; ')}`,
  ];
  return lines.join('\n');
}
