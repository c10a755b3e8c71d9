/**
 * A flame graph of a CPU profile's busy samples as one SVG document: the whole busy time along
 * the bottom, each function a box as wide as its share of the samples, standing on the function
 * that called it; the heaviest callees first, from the left. Boxes narrower than a minimum
 * width are left out (their time stays in the caller's width, as a gap on top of it). Hovering
 * a box shows its function, file and share (an SVG `<title>`); no script, so the file is plain
 * text that any browser or image viewer shows. Colours say what kind of code a box is: the
 * engine's own (orange), libraries (green), Node's JavaScript (blue), native code and the kernel
 * below it (red), the garbage collector (purple).
 * @module
 */
import type { BusyNode, CodeKind } from './cpu-profile.ts';
import { escapeXml } from '../loadtest/svg-plot.ts';

/** How to draw. */
export interface FlameGraphOptions {
  /** Heading at the top. */
  readonly title: string;
  /** A line under it (what was profiled, how many samples). */
  readonly subtitle?: string;
  /** Width in pixels (default 1200). */
  readonly width?: number;
  /** Narrowest box drawn, pixels (default 1). */
  readonly minWidth?: number;
}

const FRAME_HEIGHT = 16;
const FONT_SIZE = 11;
/** Average width of a character of the 11 px monospace font, px. */
const CHAR_WIDTH = 6.6;
const SIDE = 10;
const HEADER = 52;
const FOOTER = 24;

/** Hue range and saturation per kind of code. */
const PALETTE: Readonly<Record<CodeKind, { hue: number; spread: number; saturation: number; lightness: number }>> = {
  engine: { hue: 22, spread: 30, saturation: 85, lightness: 60 },
  library: { hue: 95, spread: 40, saturation: 50, lightness: 55 },
  node: { hue: 200, spread: 30, saturation: 55, lightness: 65 },
  native: { hue: 0, spread: 12, saturation: 70, lightness: 62 },
  gc: { hue: 275, spread: 10, saturation: 45, lightness: 65 },
  v8: { hue: 0, spread: 0, saturation: 0, lightness: 72 },
};

const LEGEND: readonly [CodeKind, string][] = [['engine', 'engine'], ['library', 'library'], ['node', 'Node.js'], ['native', 'native / kernel'], ['gc', 'GC'], ['v8', 'V8']];

/** A stable hash of a name, 0-1, so a function keeps its colour across graphs. */
function hashUnit(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

function colour(node: BusyNode): string {
  const p = PALETTE[node.kind];
  const unit = hashUnit(node.name);
  return `hsl(${Math.round(p.hue + unit * p.spread)},${p.saturation}%,${Math.round(p.lightness + (unit - 0.5) * 10)}%)`;
}

function percent(part: number, whole: number): string {
  return `${((part / whole) * 100).toFixed(2)}%`;
}

/** The label that fits a box `width` pixels wide, or '' when not even two characters do. */
export function fitLabel(label: string, width: number): string {
  const room = Math.floor((width - 6) / CHAR_WIDTH);
  if (room < 3) return '';
  return label.length <= room ? label : `${label.slice(0, room - 2)}..`;
}

/** The flame graph of `tree` (busyTree's root) as an SVG document. */
export function flameGraph(tree: BusyNode, options: FlameGraphOptions): string {
  const width = options.width ?? 1200;
  const minWidth = options.minWidth ?? 1;
  const plotWidth = width - 2 * SIDE;
  const scale = tree.total > 0 ? plotWidth / tree.total : 0;
  const boxes: { node: BusyNode; x: number; depth: number; w: number }[] = [];
  let depthMax = 0;
  // Iterative layout: each box's callees start at its left edge, heaviest first.
  const stack: { node: BusyNode; x: number; depth: number }[] = [{ node: tree, x: SIDE, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const w = item.node.total * scale;
    if (w < minWidth) continue;
    boxes.push({ node: item.node, x: item.x, depth: item.depth, w });
    depthMax = Math.max(depthMax, item.depth);
    let x = item.x;
    for (const child of item.node.children) {
      stack.push({ node: child, x, depth: item.depth + 1 });
      x += child.total * scale;
    }
  }
  const height = HEADER + (depthMax + 1) * FRAME_HEIGHT + FOOTER;
  const baseY = height - FOOTER - FRAME_HEIGHT;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="monospace" font-size="${FONT_SIZE}">`,
    `<rect width="${width}" height="${height}" fill="#fbfbf7"/>`,
    `<text x="${width / 2}" y="20" text-anchor="middle" font-size="15">${escapeXml(options.title)}</text>`,
  ];
  if (options.subtitle !== undefined) out.push(`<text x="${width / 2}" y="38" text-anchor="middle" fill="#555">${escapeXml(options.subtitle)}</text>`);
  // Boxes sorted by position so the document reads bottom-up, left to right.
  boxes.sort((a, b) => a.depth - b.depth || a.x - b.x);
  for (const { node, x, depth, w } of boxes) {
    const y = baseY - depth * FRAME_HEIGHT;
    const name = depth === 0 ? 'all busy samples' : node.name;
    const tip = `${name}${node.where === '' ? '' : ` (${node.where})`}: ${percent(node.total, tree.total)} of busy samples, ${percent(node.self, tree.total)} in itself`;
    const label = fitLabel(name, w);
    out.push(`<g><title>${escapeXml(tip)}</title><rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${FRAME_HEIGHT - 1}" rx="2" fill="${colour(node)}"/>${label === '' ? '' : `<text x="${(x + 3).toFixed(1)}" y="${y + FRAME_HEIGHT - 4}">${escapeXml(label)}</text>`}</g>`);
  }
  let lx = SIDE;
  const ly = height - 8;
  for (const [kind, text] of LEGEND) {
    const p = PALETTE[kind];
    out.push(`<rect x="${lx}" y="${ly - 10}" width="12" height="12" fill="hsl(${p.hue + p.spread / 2},${p.saturation}%,${p.lightness}%)"/><text x="${lx + 16}" y="${ly}">${escapeXml(text)}</text>`);
    lx += 24 + text.length * CHAR_WIDTH;
  }
  out.push(`<text x="${width - SIDE}" y="${ly}" text-anchor="end" fill="#555">width: share of busy samples; boxes under ${minWidth} px left out; hover for details</text>`, '</svg>');
  return `${out.join('\n')}\n`;
}
