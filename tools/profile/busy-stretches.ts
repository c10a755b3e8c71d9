/**
 * How a CPU profile's busy time is laid out in time: the unbroken stretches in which the thread
 * never waited in its event loop, and what the long ones were doing.
 *
 * A thread that is busy 80% of the time in stretches of 2 ms answers every message within a few
 * milliseconds; one that is busy 80% of the time in stretches of 150 ms keeps a message that
 * arrives during one waiting for the rest of it before the message is even read. The self-time
 * tables cannot tell the two apart; the stretches do. A stretch is a run of consecutive busy
 * samples and ends at the first sample that finds the thread waiting in the event loop (V8's
 * `(idle)`, which covers libuv's poll phase, its read system calls included), so a stretch is
 * at most one sampling interval longer than the thread's real run of work. The stretches
 * before the thread first waits (the process starting: loading modules) are left out.
 * @module
 */
import { basename } from 'node:path';
import { codeKind, frameWhere, outsideBucket } from './cpu-profile.ts';
import type { CpuProfile, ProfileNode } from './cpu-profile.ts';

/** One task's share of the long stretches' time. */
export interface StretchTask {
  /**
   * The outermost named engine functions on the samples' stacks, from what the event loop called
   * into the engine down, each with its file (`#turn (world-clock.ts) › step (world.ts)`); for
   * samples with no engine frame, a bucket named after their own frame: `(garbage collector)`,
   * `(program)`, `Node.js`, `native` or a library's package name.
   */
  readonly name: string;
  /** The path's last function's file and line, relative to the repository; empty for a bucket. */
  readonly where: string;
  /** Share of the long stretches' samples, 0-1. */
  readonly share: number;
}

/** The busy stretches of a profile, and what the long ones spent their time in. */
export interface BusyStretches {
  /** Stretches counted (those after the thread first waited in its event loop). */
  readonly count: number;
  /** Stretch lengths, nearest-rank percentiles, ms. */
  readonly p50Ms: number;
  /** 90th percentile of the stretch lengths, ms. */
  readonly p90Ms: number;
  /** 99th percentile of the stretch lengths, ms. */
  readonly p99Ms: number;
  /** The longest stretch, ms. */
  readonly maxMs: number;
  /** What counts as long: a stretch of at least this many ms (one tick interval, for a server). */
  readonly longMs: number;
  /** Stretches of at least {@link BusyStretches.longMs}. */
  readonly longCount: number;
  /** Long stretches per second of the profile. */
  readonly longPerSecond: number;
  /** Share of the busy time (the stretches' total length) spent in long stretches, 0-1. */
  readonly longShare: number;
  /** What the long stretches' samples were doing, heaviest first. */
  readonly longTasks: readonly StretchTask[];
}

function round(value: number, places: number): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}

/** Nearest-rank percentile of ascending values; 0 for none. */
function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

/**
 * For every node, the task its samples count for: the path of the outermost `depth` named
 * engine functions from the root down to it (an unnamed engine frame on the way, such as a
 * timer's arrow function, only when no named one follows), or the node's own bucket when no
 * engine frame is on its stack.
 */
function tasksByNode(profile: CpuProfile, root: string, depth: number): Map<number, { name: string; where: string }> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const tasks = new Map<number, { name: string; where: string }>();
  const first = profile.nodes[0] as ProfileNode;
  type Path = { readonly names: readonly string[]; readonly where: string; readonly anonymous: boolean };
  // Iterative, parents before children: each child extends its parent's path.
  const order: { id: number; path: Path | undefined }[] = [{ id: first.id, path: undefined }];
  for (let i = 0; i < order.length; i++) {
    const { id, path } = order[i] as (typeof order)[number];
    const node = byId.get(id);
    if (node === undefined || tasks.has(id)) continue;
    const frame = node.callFrame;
    const kind = codeKind(frame, root);
    let own = path;
    if (kind === 'engine') {
      const named = frame.functionName !== '';
      const where = frameWhere(frame, root);
      const step = `${named ? frame.functionName : '(anonymous)'} (${basename(where.replace(/:\d+$/, ''))})`;
      if (own === undefined || own.anonymous) {
        // The first engine frame, or the first named one after anonymous ones, starts the path.
        if (own === undefined || named) own = { names: [step], where, anonymous: !named };
      } else if (named && own.names.length < depth) {
        own = { names: [...own.names, step], where, anonymous: false };
      }
    }
    // No engine frame on the stack (an engine frame itself always has a path): the frame's bucket.
    if (own !== undefined) tasks.set(id, { name: own.names.join(' › '), where: own.where });
    else if (kind !== 'engine') tasks.set(id, { name: outsideBucket(kind, frame.functionName, frame.url), where: '' });
    for (const child of node.children ?? []) order.push({ id: child, path: own });
  }
  return tasks;
}

/**
 * The profile's busy stretches and what the long ones were doing.
 * @param root - the repository's absolute path: frames inside it (outside node_modules) are the engine's
 * @param longMs - a stretch at least this long is long (a server's tick interval: 50 ms at 20 Hz)
 * @param top - how many tasks to list
 * @param depth - how many named engine functions, from the outermost down, tell tasks apart
 */
export function busyStretches(profile: CpuProfile, root: string, longMs = 50, top = 10, depth = 4): BusyStretches {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === '(idle)').map((n) => n.id));
  const tasks = tasksByNode(profile, root, depth);
  const { samples, timeDeltas } = profile;
  let micros = 0;
  for (const delta of timeDeltas) micros += delta;
  // A sample stands for the time until the next one; the last for a typical interval.
  const sorted = [...timeDeltas].sort((a, b) => a - b);
  const typical = percentile(sorted, 0.5);
  const lengths: number[] = [];
  let waited = false;
  let busyMicros = 0;
  let longMicros = 0;
  let longSamples = 0;
  const longHits = new Map<string, { name: string; where: string; hits: number }>();
  let start = -1;
  const close = (end: number): void => {
    let length = 0;
    for (let i = start; i < end; i++) length += timeDeltas[i + 1] ?? typical;
    lengths.push(length / 1000);
    busyMicros += length;
    if (length >= longMs * 1000) {
      longMicros += length;
      for (let i = start; i < end; i++) {
        const task = tasks.get(samples[i] ?? -1) ?? { name: '(unknown)', where: '' };
        const key = `${task.name}@${task.where}`;
        const entry = longHits.get(key) ?? { ...task, hits: 0 };
        entry.hits += 1;
        longHits.set(key, entry);
        longSamples += 1;
      }
    }
    start = -1;
  };
  for (let i = 0; i < samples.length; i++) {
    if (idle.has(samples[i] ?? -1)) {
      if (start >= 0) close(i);
      waited = true;
      continue;
    }
    if (waited && start < 0) start = i;
  }
  if (start >= 0) close(samples.length);
  lengths.sort((a, b) => a - b);
  const longCount = lengths.filter((l) => l >= longMs).length;
  const seconds = micros / 1e6;
  return {
    count: lengths.length,
    p50Ms: round(percentile(lengths, 0.5), 1),
    p90Ms: round(percentile(lengths, 0.9), 1),
    p99Ms: round(percentile(lengths, 0.99), 1),
    maxMs: round(lengths.at(-1) ?? 0, 1),
    longMs,
    longCount,
    longPerSecond: seconds > 0 ? round(longCount / seconds, 2) : 0,
    longShare: busyMicros > 0 ? round(longMicros / busyMicros, 3) : 0,
    longTasks: [...longHits.values()]
      .sort((a, b) => b.hits - a.hits)
      .slice(0, top)
      .map((t) => ({ name: t.name, where: t.where, share: round(t.hits / longSamples, 3) })),
  };
}
