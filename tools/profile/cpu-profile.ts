/**
 * Reading a V8 CPU profile (`node --cpu-prof`, a `.cpuprofile` file) into the call tree of its
 * busy samples, and the summaries the benchmarks and load runs print from it: the heaviest
 * functions by self time, and the engine's source files by the samples spent in them (with
 * what they call outside the engine: Node, libraries, the kernel).
 *
 * Shares are of the busy samples: V8 counts a sample `(idle)` when the thread waits in the
 * event loop (including, for sockets, the read system calls libuv makes there), so idle time is
 * left out and the rest is what the thread spent working.
 * @module
 */
import { readFileSync } from 'node:fs';

/** A V8 profile's call frame: the function and where it is. */
export interface CallFrame {
  /** Function name; V8's own buckets are `(root)`, `(idle)`, `(program)`, `(garbage collector)`. */
  readonly functionName: string;
  /** Script URL (`file:///…`, `node:net`); empty for native code. */
  readonly url: string;
  /** Zero-based line of the function's start. */
  readonly lineNumber: number;
}

/** One node of a `.cpuprofile`'s call tree. */
export interface ProfileNode {
  /** Node id, referenced by `children` and `samples`. */
  readonly id: number;
  /** The function. */
  readonly callFrame: CallFrame;
  /** Ids of the nodes it called. */
  readonly children?: readonly number[];
}

/** The parts of a `.cpuprofile` read here. */
export interface CpuProfile {
  /** The call tree; the first node is the root. */
  readonly nodes: readonly ProfileNode[];
  /** The node each sample landed in, in time order. */
  readonly samples: readonly number[];
  /** Microseconds since the previous sample, one per sample. */
  readonly timeDeltas: readonly number[];
}

/** A node of the busy call tree: the function, its samples and its callees. */
export interface BusyNode {
  /** Function name (`(anonymous)` for unnamed functions). */
  readonly name: string;
  /** File and line, relative to the repository when inside it; empty for native code and V8's buckets. */
  readonly where: string;
  /** What kind of code it is (for colour and attribution). */
  readonly kind: CodeKind;
  /** Samples in this function itself. */
  self: number;
  /** Samples in it and everything it called. */
  total: number;
  /** Its callees, heaviest first. */
  readonly children: BusyNode[];
}

/**
 * What kind of code a frame is: the engine's own (`engine`: inside the repository, outside
 * node_modules), a library (`library`), Node's JavaScript (`node`), native code with no script
 * (`native`: V8 builtins, Node's C++ and the system calls below it), or V8's buckets
 * (`gc` for the garbage collector, `v8` for `(program)` and the root).
 */
export type CodeKind = 'engine' | 'library' | 'node' | 'native' | 'gc' | 'v8';

/** A profile that cannot be read; the message says why. */
export class ProfileError extends Error {
  /** @param message - what is wrong */
  constructor(message: string) {
    super(message);
    this.name = 'ProfileError';
  }
}

/**
 * Reads and checks a `.cpuprofile` file.
 * @throws ProfileError when the file is not a V8 CPU profile
 */
export function readCpuProfile(file: string): CpuProfile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ProfileError(`${file}: not a readable JSON file (${error instanceof Error ? error.message : String(error)})`);
  }
  const profile = parsed as Partial<CpuProfile> | null;
  if (profile === null || typeof profile !== 'object' || !Array.isArray(profile.nodes) || !Array.isArray(profile.samples) || !Array.isArray(profile.timeDeltas)) {
    throw new ProfileError(`${file}: not a V8 CPU profile (nodes, samples and timeDeltas are required)`);
  }
  if (profile.nodes.length === 0) throw new ProfileError(`${file}: the profile has no nodes`);
  return profile as CpuProfile;
}

/** The kind of a frame, from its URL and name. */
export function codeKind(frame: CallFrame, root: string): CodeKind {
  if (frame.functionName === '(garbage collector)') return 'gc';
  if (frame.url === '') return frame.functionName.startsWith('(') ? 'v8' : 'native';
  if (frame.url.startsWith('node:') || !frame.url.includes('/')) return 'node';
  const path = frame.url.replace(/^file:\/\//, '');
  return path.startsWith(`${root}/`) && !path.includes('/node_modules/') ? 'engine' : 'library';
}

/** A frame's file and line (one-based), relative to the repository `root` when inside it; empty for native code. */
export function frameWhere(frame: CallFrame, root: string): string {
  if (frame.url === '') return '';
  const path = frame.url.replace(/^file:\/\//, '');
  return `${path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path}:${frame.lineNumber + 1}`;
}

/**
 * The profile's call tree with the idle samples left out: each node's self and total samples,
 * children heaviest first. The root's total is the count of busy samples.
 * @param root - the repository's absolute path: frames inside it are the engine's, named relative to it
 */
export function busyTree(profile: CpuProfile, root: string): BusyNode {
  const hits = new Map<number, number>();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const first = profile.nodes[0] as ProfileNode;
  // Iterative, children after parents: deep stacks must not overflow this one.
  const made = new Map<number, BusyNode>();
  const order: { id: number; parent: BusyNode | undefined }[] = [{ id: first.id, parent: undefined }];
  const visited: BusyNode[] = [];
  for (let i = 0; i < order.length; i++) {
    const { id, parent } = order[i] as { id: number; parent: BusyNode | undefined };
    const node = byId.get(id);
    if (node === undefined || made.has(id)) continue;
    const frame = node.callFrame;
    if (frame.functionName === '(idle)') continue;
    const busy: BusyNode = {
      name: frame.functionName === '' ? '(anonymous)' : frame.functionName,
      where: frameWhere(frame, root),
      kind: codeKind(frame, root),
      self: hits.get(id) ?? 0,
      total: 0,
      children: [],
    };
    made.set(id, busy);
    visited.push(busy);
    parent?.children.push(busy);
    for (const child of node.children ?? []) order.push({ id: child, parent: busy });
  }
  // Totals bottom-up: a node was visited after its parent, so the reverse visits callees first.
  for (let i = visited.length - 1; i >= 0; i--) {
    const node = visited[i] as BusyNode;
    node.total += node.self;
    for (const child of node.children) node.total += child.total;
    node.children.sort((a, b) => b.total - a.total);
  }
  return made.get(first.id) ?? { name: '(root)', where: '', kind: 'v8', self: 0, total: 0, children: [] };
}

/** One function's share of the busy samples. */
export interface ProfileEntry {
  /** Function name (`(anonymous)`, `(garbage collector)`, `(program)` for V8's own buckets). */
  readonly name: string;
  /** File and line, relative to the repository where it is inside it. */
  readonly where: string;
  /** Share of the busy samples in this function itself, 0-1. */
  readonly selfShare: number;
}

function share(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 1000 : 0;
}

/** The `top` functions by self time (one entry per function, wherever it was called from). */
export function topSelf(tree: BusyNode, top = 15): ProfileEntry[] {
  const byFunction = new Map<string, { name: string; where: string; hits: number }>();
  const stack = [tree];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.self > 0 && node !== tree) {
      const key = `${node.name}@${node.where}`;
      const entry = byFunction.get(key) ?? { name: node.name, where: node.where, hits: 0 };
      entry.hits += node.self;
      byFunction.set(key, entry);
    }
    stack.push(...node.children);
  }
  return [...byFunction.values()]
    .sort((a, b) => b.hits - a.hits)
    .slice(0, top)
    .map((e) => ({ name: e.name, where: e.where, selfShare: share(e.hits, tree.total) }));
}

/**
 * The `top` functions by self time in a profile file, and the count of busy samples.
 * @throws ProfileError when the file is not a V8 CPU profile
 */
export function topSelfTime(file: string, root: string, top = 15): { samples: number; entries: ProfileEntry[] } {
  const tree = busyTree(readCpuProfile(file), root);
  return { samples: tree.total, entries: topSelf(tree, top) };
}

/** A source file's (or an outside bucket's) share of the busy samples. */
export interface FileShare {
  /**
   * The engine's source file, relative to the repository; or, for samples with no engine frame
   * on their stack, a bucket: `(garbage collector)`, `(program)`, `Node.js`, `native`, or a library's package name.
   */
  readonly file: string;
  /** Share of the busy samples whose innermost engine frame is in this file, with what it called outside the engine. */
  readonly share: number;
  /** Share of the busy samples in the file's own functions. */
  readonly ownShare: number;
}

/**
 * The bucket a sample outside the engine counts under: `(garbage collector)`, V8's own bucket by
 * its name (`(program)`), `Node.js`, `native`, or a library's package name (from `location`, a
 * path or URL inside node_modules).
 */
export function outsideBucket(kind: Exclude<CodeKind, 'engine'>, name: string, location: string): string {
  switch (kind) {
    case 'gc': return '(garbage collector)';
    case 'v8': return name;
    case 'node': return 'Node.js';
    case 'native': return 'native';
    case 'library': return /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(location)?.[1] ?? 'library';
  }
}

function bucketOf(node: BusyNode): string {
  return node.kind === 'engine' ? node.where.replace(/:\d+$/, '') : outsideBucket(node.kind, node.name, node.where);
}

/**
 * Where the busy samples go by the engine's own source files: each sample counts for the file
 * of the innermost engine frame on its stack, so a file's share includes the Node internals,
 * libraries, native code and kernel time it called (a socket write counts for the connection
 * code that wrote); samples with no engine frame go to a bucket named after their own frame.
 * The `top` heaviest.
 */
export function byEngineFile(tree: BusyNode, top = 15): FileShare[] {
  const shares = new Map<string, { total: number; own: number }>();
  const add = (file: string, samples: number, own: boolean): void => {
    const entry = shares.get(file) ?? { total: 0, own: 0 };
    entry.total += samples;
    if (own) entry.own += samples;
    shares.set(file, entry);
  };
  const stack: { node: BusyNode; file: string | undefined }[] = [{ node: tree, file: undefined }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node } = item;
    const engine = node.kind === 'engine';
    const file = engine ? node.where.replace(/:\d+$/, '') : item.file;
    if (node.self > 0) add(file ?? bucketOf(node), node.self, engine);
    for (const child of node.children) stack.push({ node: child, file });
  }
  return [...shares.entries()]
    .map(([file, s]) => ({ file, share: share(s.total, tree.total), ownShare: share(s.own, tree.total), samples: s.total }))
    .sort((a, b) => b.samples - a.samples)
    .slice(0, top)
    .map(({ file, share: total, ownShare }) => ({ file, share: total, ownShare }));
}

/**
 * Which file of a `--cpu-prof` directory is a process's main thread: Node names each
 * `CPU.<date>.<time>.<pid>.<thread>.<sequence>.cpuprofile`, thread 0 being the main one (worker
 * threads given the same flags write their own). The first in name order when several
 * processes wrote there; undefined when there is none.
 */
export function mainThreadProfile(files: readonly string[]): string | undefined {
  return files.filter((f) => /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(f)).sort()[0];
}
