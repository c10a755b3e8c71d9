/**
 * A tiny SVG line plot: a few named series over a shared x axis, with axes, ticks, a legend
 * and a title. Enough for the load reports' latency, players and CPU/memory plots; no
 * dependencies, so the files are plain text a reviewer can diff.
 * @module
 */

/** One line of a plot. */
export interface PlotSeries {
  /** Legend label. */
  readonly label: string;
  /** Points; y undefined leaves a gap. */
  readonly points: readonly (readonly [number, number | undefined])[];
}

/** What to draw. */
export interface PlotSpec {
  /** Title at the top. */
  readonly title: string;
  /** Label of the x axis. */
  readonly xLabel: string;
  /** Label of the y axis. */
  readonly yLabel: string;
  /** The lines. */
  readonly series: readonly PlotSeries[];
  /** Horizontal reference lines (a target), drawn dashed. */
  readonly references?: readonly { readonly label: string; readonly y: number }[];
}

const WIDTH = 720;
const HEIGHT = 360;
const MARGIN = { left: 64, right: 160, top: 36, bottom: 44 };
const COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#17becf'];

/** Text made safe inside SVG/XML text and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A "nice" step (1, 2 or 5 times a power of ten) giving about `target` ticks over `span`. */
export function niceStep(span: number, target = 5): number {
  if (!(span > 0)) return 1;
  const raw = span / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
}

function label(value: number): string {
  if (Math.abs(value) >= 1e6) return `${Number((value / 1e6).toPrecision(3))}M`;
  if (Math.abs(value) >= 1e4) return `${Number((value / 1e3).toPrecision(3))}k`;
  return String(Number(value.toPrecision(4)));
}

/** The plot as an SVG document. */
export function linePlot(spec: PlotSpec): string {
  const xs = spec.series.flatMap((s) => s.points.map(([x]) => x));
  const ys = [...spec.series.flatMap((s) => s.points.map(([, y]) => y).filter((y) => y !== undefined)), ...(spec.references ?? []).map((r) => r.y)];
  const xMax = Math.max(1, ...xs);
  const xMin = Math.min(xMax - 1, ...xs, 0);
  const yStep = niceStep(Math.max(...ys, 0) || 1);
  const yMax = Math.max(yStep, Math.ceil(Math.max(...ys, 0) / yStep) * yStep);
  const xStep = niceStep(xMax - xMin);
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const px = (x: number): number => MARGIN.left + ((x - xMin) / (xMax - xMin)) * plotW;
  const py = (y: number): number => MARGIN.top + plotH - (y / yMax) * plotH;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="11">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
    `<text x="${WIDTH / 2}" y="20" text-anchor="middle" font-size="14">${escapeXml(spec.title)}</text>`,
  ];
  for (let y = 0; y <= yMax + yStep / 2; y += yStep) {
    out.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${py(y).toFixed(1)}" y2="${py(y).toFixed(1)}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${MARGIN.left - 6}" y="${(py(y) + 4).toFixed(1)}" text-anchor="end">${label(y)}</text>`);
  }
  for (let x = Math.ceil(xMin / xStep) * xStep; x <= xMax + 1e-9; x += xStep) {
    out.push(`<line x1="${px(x).toFixed(1)}" x2="${px(x).toFixed(1)}" y1="${MARGIN.top + plotH}" y2="${MARGIN.top + plotH + 4}" stroke="black"/>`);
    out.push(`<text x="${px(x).toFixed(1)}" y="${MARGIN.top + plotH + 16}" text-anchor="middle">${label(x)}</text>`);
  }
  out.push(`<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotW}" height="${plotH}" fill="none" stroke="black"/>`);
  out.push(`<text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 8}" text-anchor="middle">${escapeXml(spec.xLabel)}</text>`);
  out.push(`<text transform="translate(16 ${MARGIN.top + plotH / 2}) rotate(-90)" text-anchor="middle">${escapeXml(spec.yLabel)}</text>`);
  const legend = (i: number, text: string, dash: boolean, colour: string): void => {
    const y = MARGIN.top + 10 + i * 16;
    const x = MARGIN.left + plotW + 12;
    out.push(`<line x1="${x}" x2="${x + 18}" y1="${y}" y2="${y}" stroke="${colour}" stroke-width="2"${dash ? ' stroke-dasharray="4 3"' : ''}/>`);
    out.push(`<text x="${x + 24}" y="${y + 4}">${escapeXml(text)}</text>`);
  };
  spec.series.forEach((series, i) => {
    const colour = COLOURS[i % COLOURS.length] ?? 'black';
    let path = '';
    let pen = false;
    for (const [x, y] of series.points) {
      if (y === undefined) {
        pen = false;
        continue;
      }
      path += `${pen ? 'L' : 'M'}${px(x).toFixed(1)} ${py(y).toFixed(1)} `;
      pen = true;
    }
    if (path !== '') out.push(`<path d="${path.trim()}" fill="none" stroke="${colour}" stroke-width="1.5"/>`);
    legend(i, series.label, false, colour);
  });
  (spec.references ?? []).forEach((reference, i) => {
    out.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${py(reference.y).toFixed(1)}" y2="${py(reference.y).toFixed(1)}" stroke="#555" stroke-dasharray="4 3"/>`);
    legend(spec.series.length + i, reference.label, true, '#555');
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
