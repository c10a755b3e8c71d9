/**
 * The dashboard's minimap: one zone scaled into a canvas, every entity a dot (players blue,
 * NPCs red, dimmer as they lose health), names beside players while there are few enough to
 * read. A click finds the nearest player, for the player lookup.
 * @module
 */
import type { EntityMark, ZoneSnapshot } from './admin-api.ts';

/** Players named on the map at most; beyond that only dots. */
const NAMED_PLAYERS = 60;

/** Draws zone snapshots on a canvas. */
export class Minimap {
  readonly #canvas: HTMLCanvasElement;
  readonly #context: CanvasRenderingContext2D;
  #snapshot: ZoneSnapshot | undefined;

  /**
   * @param canvas - where to draw
   * @param onPick - called with the name of the player nearest a click (within 12 px)
   */
  constructor(canvas: HTMLCanvasElement, onPick: (name: string) => void) {
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2D canvas context');
    this.#canvas = canvas;
    this.#context = context;
    canvas.addEventListener('click', (event) => {
      const rect = canvas.getBoundingClientRect();
      const picked = this.#nearestPlayer(event.clientX - rect.left, event.clientY - rect.top);
      if (picked !== undefined) onPick(picked[4]);
    });
  }

  /** The snapshot drawn last. */
  get snapshot(): ZoneSnapshot | undefined {
    return this.#snapshot;
  }

  /** Draws a snapshot. */
  draw(snapshot: ZoneSnapshot): void {
    this.#snapshot = snapshot;
    const canvas = this.#canvas;
    const width = canvas.clientWidth || 480;
    const scale = width / Math.max(1, snapshot.width);
    const height = Math.round(snapshot.height * scale);
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.height = `${height}px`;
    const g = this.#context;
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    g.fillStyle = '#10261a';
    g.fillRect(0, 0, width, height);
    g.strokeStyle = '#2c3642';
    g.strokeRect(0.5, 0.5, width - 1, height - 1);
    const players = snapshot.entities.filter((e) => e[0] === 'player').length;
    g.font = '11px system-ui, sans-serif';
    for (const [kind, x, y, health, name] of snapshot.entities) {
      const px = x * scale;
      const py = y * scale;
      g.globalAlpha = 0.35 + 0.65 * health;
      g.fillStyle = kind === 'player' ? '#38bdf8' : '#f87171';
      g.beginPath();
      g.arc(px, py, kind === 'player' ? 3.5 : 2.5, 0, Math.PI * 2);
      g.fill();
      g.globalAlpha = 1;
      if (kind === 'player' && players <= NAMED_PLAYERS) {
        g.fillStyle = '#e6ebf0';
        g.fillText(name, px + 5, py - 4);
      }
    }
  }

  #nearestPlayer(cx: number, cy: number): EntityMark | undefined {
    const snapshot = this.#snapshot;
    if (snapshot === undefined) return undefined;
    const scale = (this.#canvas.clientWidth || 480) / Math.max(1, snapshot.width);
    let best: EntityMark | undefined;
    let bestDistance = 12;
    for (const mark of snapshot.entities) {
      if (mark[0] !== 'player') continue;
      const distance = Math.hypot(mark[1] * scale - cx, mark[2] * scale - cy);
      if (distance < bestDistance) {
        best = mark;
        bestDistance = distance;
      }
    }
    return best;
  }
}
