/**
 * The dashboard's live charts, drawn with uPlot from the server's one-second samples: players,
 * messages and bytes per second, tick duration p50/p99 per zone, event-loop lag, memory, CPU
 * and database latency. Each chart keeps the last {@link HISTORY} samples.
 * @module
 */
import uPlot from 'uplot';
import type { Vitals } from './admin-api.ts';

/** Samples each chart keeps (ten minutes at one a second). */
export const HISTORY = 600;

const COLOURS = ['#38bdf8', '#f97316', '#a3e635', '#f472b6', '#facc15', '#c084fc', '#2dd4bf', '#fb7185'];

/** One line of a chart: its label and how to read it from a sample. */
interface Line {
  readonly label: string;
  readonly read: (vitals: Vitals) => number | null;
  readonly dash?: number[];
}

/** A chart definition: title, unit and lines (the per-zone chart's lines come from the first sample). */
interface ChartSpec {
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  readonly lines: (first: Vitals) => Line[];
}

const megabytes = (bytes: number): number => Math.round((bytes / 1_048_576) * 10) / 10;

const SPECS: readonly ChartSpec[] = [
  {
    id: 'players',
    title: 'Players',
    unit: '',
    lines: () => [
      { label: 'sessions', read: (v) => v.sessions },
      { label: 'in world', read: (v) => v.playersInWorld },
    ],
  },
  {
    id: 'messages',
    title: 'Messages per second',
    unit: '/s',
    lines: () => [
      { label: 'in', read: (v) => v.messagesInPerSecond },
      { label: 'out', read: (v) => v.messagesOutPerSecond },
    ],
  },
  {
    id: 'bytes',
    title: 'Bytes per second',
    unit: 'B/s',
    lines: () => [
      { label: 'in', read: (v) => v.bytesInPerSecond },
      { label: 'out', read: (v) => v.bytesOutPerSecond },
    ],
  },
  {
    id: 'ticks',
    title: 'Tick duration per zone (last 5 s)',
    unit: 'ms',
    lines: (first) =>
      Object.keys(first.zones)
        .sort()
        .flatMap((zone) => [
          { label: `${zone} p50`, read: (v: Vitals) => v.zones[zone]?.p50Ms ?? null },
          { label: `${zone} p99`, read: (v: Vitals) => v.zones[zone]?.p99Ms ?? null, dash: [4, 4] },
        ]),
  },
  {
    id: 'degradation',
    title: 'Distant entities sent every N ticks (graceful degradation raises it)',
    unit: 'ticks',
    lines: () => [{ label: 'stride', read: (v) => v.distantStride }],
  },
  {
    id: 'lag',
    title: 'Event-loop lag',
    unit: 'ms',
    lines: () => [
      { label: 'p99', read: (v) => v.eventLoopLagP99Ms },
      { label: 'max', read: (v) => v.eventLoopLagMaxMs },
    ],
  },
  {
    id: 'memory',
    title: 'Memory',
    unit: 'MB',
    lines: () => [
      { label: 'resident', read: (v) => megabytes(v.rssBytes) },
      { label: 'heap used', read: (v) => megabytes(v.heapUsedBytes) },
    ],
  },
  {
    id: 'cpu',
    title: 'CPU (% of one core)',
    unit: '%',
    lines: () => [
      { label: 'process', read: (v) => v.cpuPercent },
      { label: 'main thread busy', read: (v) => v.mainThreadBusyPercent },
    ],
  },
  {
    id: 'database',
    title: 'Database latency (mean per call)',
    unit: 'ms',
    lines: () => [{ label: 'mean', read: (v) => v.storeMeanMs }],
  },
];

/** One live chart. */
class LiveChart {
  readonly id: string;
  readonly #lines: Line[];
  readonly #data: (number | null)[][];
  readonly #plot: uPlot;

  constructor(spec: ChartSpec, first: Vitals, parent: HTMLElement) {
    this.id = spec.id;
    this.#lines = spec.lines(first);
    this.#data = [[], ...this.#lines.map(() => [])];
    const box = document.createElement('section');
    box.className = 'chart';
    box.dataset.chart = spec.id;
    parent.append(box);
    const unit = spec.unit;
    this.#plot = new uPlot(
      {
        title: spec.title,
        width: Math.max(280, box.clientWidth || 420),
        height: 180,
        scales: { x: { time: true } },
        series: [
          {},
          ...this.#lines.map((line, i) => ({
            label: line.label,
            stroke: COLOURS[i % COLOURS.length] ?? '#38bdf8',
            width: 1.5,
            dash: line.dash,
            spanGaps: false,
            value: (_: uPlot, v: number | null) => (v === null ? '–' : `${v}${unit === '' ? '' : ` ${unit}`}`),
          })),
        ],
        axes: [{ stroke: '#94a3b8', grid: { stroke: '#2c3642' } }, { stroke: '#94a3b8', grid: { stroke: '#2c3642' }, size: 60 }],
        legend: { live: true },
      },
      this.#data as uPlot.AlignedData,
      box,
    );
  }

  /** Points the chart holds. */
  get points(): number {
    return this.#data[0]?.length ?? 0;
  }

  /** Each line's newest value, by label. */
  get latest(): Record<string, number | null> {
    return Object.fromEntries(this.#lines.map((line, i) => [line.label, this.#data[i + 1]?.at(-1) ?? null]));
  }

  push(samples: readonly Vitals[]): void {
    for (const vitals of samples) {
      this.#data[0]?.push(vitals.atMs / 1000);
      this.#lines.forEach((line, i) => this.#data[i + 1]?.push(line.read(vitals)));
    }
    const excess = this.points - HISTORY;
    if (excess > 0) for (const series of this.#data) series.splice(0, excess);
    this.#plot.setData(this.#data as uPlot.AlignedData);
  }

  resize(width: number): void {
    this.#plot.setSize({ width, height: 180 });
  }
}

/** Every chart of the dashboard; created with the first samples. */
export class VitalsCharts {
  readonly #parent: HTMLElement;
  #charts: LiveChart[] = [];
  #latest: Vitals | undefined;

  /** @param parent - where the charts go */
  constructor(parent: HTMLElement) {
    this.#parent = parent;
    window.addEventListener('resize', () => {
      for (const chart of this.#charts) chart.resize(Math.max(280, (this.#parent.querySelector('.chart')?.clientWidth ?? 440) - 20));
    });
  }

  /** The newest sample, if any. */
  get latest(): Vitals | undefined {
    return this.#latest;
  }

  /** Data points held per chart id. */
  points(): Record<string, number> {
    return Object.fromEntries(this.#charts.map((chart) => [chart.id, chart.points]));
  }

  /** Each chart's newest values, by chart id and line label. */
  latestValues(): Record<string, Record<string, number | null>> {
    return Object.fromEntries(this.#charts.map((chart) => [chart.id, chart.latest]));
  }

  /** Adds samples (oldest first) to every chart. */
  add(samples: readonly Vitals[]): void {
    const first = samples[0];
    if (first === undefined) return;
    if (this.#charts.length === 0) this.#charts = SPECS.map((spec) => new LiveChart(spec, first, this.#parent));
    for (const chart of this.#charts) chart.push(samples);
    this.#latest = samples[samples.length - 1];
  }
}
