/**
 * Reading the server's /metrics: the sample lines of the Prometheus text format
 * (`name{label="value",...} number`), and quantiles from a histogram's cumulative buckets the
 * way PromQL's histogram_quantile computes them (linear within the bucket).
 * @module
 */

/** One sample line. */
export interface Sample {
  /** Metric name, with a histogram's `_bucket`/`_sum`/`_count` suffix. */
  readonly name: string;
  /** Label values by label name. */
  readonly labels: Readonly<Record<string, string>>;
  /** The value (NaN and ±Inf as written). */
  readonly value: number;
}

const LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

function number(text: string): number {
  if (text === '+Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  return Number(text);
}

/** Every sample of an exposition; comments and blank lines are skipped. */
export function parseSamples(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = LINE.exec(line);
    if (match === null) continue;
    const labels: Record<string, string> = {};
    for (const label of (match[2] ?? '').matchAll(LABEL)) labels[label[1] ?? ''] = (label[2] ?? '').replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    samples.push({ name: match[1] ?? '', labels, value: number(match[3] ?? '') });
  }
  return samples;
}

/** Sum of the samples named `name` whose labels include `where`. */
export function total(samples: readonly Sample[], name: string, where: Readonly<Record<string, string>> = {}): number {
  let sum = 0;
  for (const s of samples) {
    if (s.name !== name) continue;
    if (Object.entries(where).every(([k, v]) => s.labels[k] === v)) sum += s.value;
  }
  return sum;
}

/** Distinct values of `label` among the samples named `name`. */
export function labelValues(samples: readonly Sample[], name: string, label: string): string[] {
  const values = new Set<string>();
  for (const s of samples) if (s.name === name && s.labels[label] !== undefined) values.add(s.labels[label]);
  return [...values].sort();
}

/** A histogram's cumulative bucket counts: upper bound → observations at or below it. */
export type Buckets = ReadonlyMap<number, number>;

/** The `_bucket` series of histogram `name` whose labels include `where`. */
export function bucketsOf(samples: readonly Sample[], name: string, where: Readonly<Record<string, string>> = {}): Buckets {
  const buckets = new Map<number, number>();
  for (const s of samples) {
    if (s.name !== `${name}_bucket` || s.labels.le === undefined) continue;
    if (!Object.entries(where).every(([k, v]) => s.labels[k] === v)) continue;
    const le = number(s.labels.le);
    buckets.set(le, (buckets.get(le) ?? 0) + s.value);
  }
  return buckets;
}

/** Bucket counts of `later` minus `earlier`: the observations between two scrapes. */
export function bucketDelta(later: Buckets, earlier: Buckets): Buckets {
  const delta = new Map<number, number>();
  for (const [le, count] of later) delta.set(le, count - (earlier.get(le) ?? 0));
  return delta;
}

/**
 * The q-quantile (0-1) of cumulative buckets, interpolated linearly inside the bucket it falls
 * in (as histogram_quantile does); the largest finite bound when it falls in the +Inf bucket;
 * undefined when there are no observations.
 */
export function bucketQuantile(buckets: Buckets, q: number): number | undefined {
  const bounds = [...buckets.keys()].sort((a, b) => a - b);
  const count = buckets.get(Infinity) ?? buckets.get(bounds.at(-1) ?? Infinity) ?? 0;
  if (count <= 0) return undefined;
  const rank = q * count;
  let lowerBound = 0;
  let lowerCount = 0;
  for (const bound of bounds) {
    const cumulative = buckets.get(bound) ?? 0;
    if (cumulative >= rank) {
      if (bound === Infinity) return lowerBound;
      const inBucket = cumulative - lowerCount;
      return inBucket <= 0 ? bound : lowerBound + ((bound - lowerBound) * (rank - lowerCount)) / inBucket;
    }
    lowerBound = bound;
    lowerCount = cumulative;
  }
  return lowerBound;
}
