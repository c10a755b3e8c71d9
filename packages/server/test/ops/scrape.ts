/**
 * Reading the admin port in tests. /metrics is read by two Prometheus text-format parsers:
 * parse-prometheus-text-format (a port of the Python client's state-machine parser) checks
 * every line of the exposition and yields each family's type, and prom2javascript yields the
 * values of the realmforge_* families, histograms by label set included (the first flattens
 * labelled histograms into one; the second cannot read NaN, which prom-client's event-loop lag
 * gauges report between scrapes too close together for a sample).
 */
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { getMetricsFromStream } from 'prom2javascript';
import type { PromHistogramData, PromLabels, PromMetric, PromMetrics } from 'prom2javascript';

/** GETs a path on the admin port. */
export function admin(port: number, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}${path}`, init);
}

/** One parsed scrape. */
export interface Scrape {
  /** Every family in the exposition, with its type in lower case. */
  readonly families: ReadonlyMap<string, string>;
  /** The realmforge_* families with their series. */
  readonly metrics: PromMetrics;
}

/** Scrapes /metrics and parses the exposition. */
export async function scrape(port: number, token?: string): Promise<Scrape> {
  const response = await admin(port, '/metrics', token === undefined ? {} : { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`/metrics answered ${response.status}`);
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.startsWith('text/plain')) throw new Error(`/metrics content-type ${contentType}`);
  const text = await response.text();
  const families = new Map(parsePrometheusTextFormat(text).map((family) => [family.name, family.type.toLowerCase()]));
  const ours = text.split('\n').filter((line) => line.startsWith('realmforge_') || line.startsWith('# HELP realmforge_') || line.startsWith('# TYPE realmforge_'));
  return { families, metrics: await getMetricsFromStream(Readable.from([ours.join('\n')])) };
}

function matches(labels: PromLabels, wanted: PromLabels): boolean {
  return Object.entries(wanted).every(([key, value]) => labels[key] === value);
}

function family(scraped: Scrape, name: string): PromMetric {
  const found = scraped.metrics[name];
  if (found === undefined) throw new Error(`no metric family ${name}`);
  return found;
}

/** Sum of a realmforge counter's or gauge's series whose labels include `labels`. */
export function value(scraped: Scrape, name: string, labels: PromLabels = {}): number {
  const { type, data } = family(scraped, name);
  if (type !== 'counter' && type !== 'gauge') throw new Error(`${name} is a ${type}`);
  let sum = 0;
  for (const series of data as { labels: PromLabels; value: number }[]) if (matches(series.labels, labels)) sum += series.value;
  return sum;
}

/** Sum of the observation counts of a realmforge histogram's series whose labels include `labels`. */
export function observations(scraped: Scrape, name: string, labels: PromLabels = {}): number {
  const { type, data } = family(scraped, name);
  if (type !== 'histogram') throw new Error(`${name} is a ${type}`);
  let sum = 0;
  for (const series of data as PromHistogramData[]) if (matches(series.labels, labels)) sum += series.count;
  return sum;
}

/** A row of the metrics reference table in docs/operations.md. */
export interface DocumentedFamily {
  readonly name: string;
  readonly type: string;
}

const operationsDoc = readFileSync(new URL('../../../../docs/operations.md', import.meta.url), 'utf8');

/** The metric families docs/operations.md documents, with their types. */
export function documentedFamilies(): DocumentedFamily[] {
  const rows = operationsDoc.split('\n').map((line) => /^\| `([a-z_]+)` \| (counter|gauge|histogram|summary) \|/.exec(line));
  return rows.filter((row) => row !== null).map((row) => ({ name: row[1] ?? '', type: row[2] ?? '' }));
}

/** The configuration rows of docs/operations.md: key, flag and environment cells. */
export function documentedConfigKeys(): { key: string; flag: string; env: string; defaultCell: string }[] {
  const rows = operationsDoc.split('\n').map((line) => /^\| ([a-zA-Z0-9]+) \| `(--[a-z0-9-]+)` \| `(REALMFORGE_[A-Z0-9_]+)` \| ([^|]+) \|/.exec(line));
  return rows.filter((row) => row !== null).map((row) => ({ key: row[1] ?? '', flag: row[2] ?? '', env: row[3] ?? '', defaultCell: (row[4] ?? '').trim() }));
}

/** Polls `probe` until it returns a value, or fails after `timeoutMs`. */
export async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await probe();
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
