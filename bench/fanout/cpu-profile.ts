/**
 * The heaviest functions of a V8 CPU profile (`node --cpu-prof`): self time by function and
 * location, as shares of the busy samples (the `(idle)` ones left out), so a benchmark can say
 * where the server's time goes.
 * @module
 */
import { readFileSync } from 'node:fs';

/** One function's share of the samples. */
export interface ProfileEntry {
  /** Function name (`(anonymous)`, `(garbage collector)`, `(program)` for V8's own buckets). */
  readonly name: string;
  /** File and line, relative to the repository where it is inside it. */
  readonly where: string;
  /** Share of the busy samples in this function itself, 0-1. */
  readonly selfShare: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly hitCount?: number;
}

/** The `top` functions by self time in the profile file, and the count of busy samples. */
export function topSelfTime(file: string, root: string, top = 15): { samples: number; entries: ProfileEntry[] } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
  const byFunction = new Map<string, { name: string; where: string; hits: number }>();
  let samples = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0 || node.callFrame.functionName === '(idle)') continue;
    samples += hits;
    const { functionName, url, lineNumber } = node.callFrame;
    const path = url.replace(/^file:\/\//, '').replace(`${root}/`, '');
    const where = url === '' ? '' : `${path}:${lineNumber + 1}`;
    const key = `${functionName}@${where}`;
    const entry = byFunction.get(key) ?? { name: functionName === '' ? '(anonymous)' : functionName, where, hits: 0 };
    entry.hits += hits;
    byFunction.set(key, entry);
  }
  const entries = [...byFunction.values()]
    .sort((a, b) => b.hits - a.hits)
    .slice(0, top)
    .map((e) => ({ name: e.name, where: e.where, selfShare: samples > 0 ? Math.round((e.hits / samples) * 1000) / 1000 : 0 }));
  return { samples, entries };
}
