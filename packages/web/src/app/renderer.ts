/**
 * Draws the world on a canvas: the zone's tiles around the camera (from the tileset image when
 * it has loaded, coloured squares otherwise), portals, then every entity in view with its name
 * and health bar. Players are round and blue, NPCs are orange diamonds, the player's own
 * character is gold with a ring, the selected target has a red ring, the dead are grey with a
 * cross, a caster has a cast bar under it, vendors are marked by a coin, and combat numbers float
 * up from whom they hit. The camera is centred on the player's own (predicted) position.
 * @module
 */
import type { Point } from '@realmforge/client';
import type { ZoneMapView } from './zone-map.ts';

/** Screen pixels per metre (a 2 m tile is 32 px, the tileset's native size). */
export const PIXELS_PER_METRE = 16;

/** An entity as it is drawn this frame. */
export interface DrawnEntity {
  /** Entity id. */
  readonly id: number;
  /** EntityKind wire value: 1 player, 2 NPC. */
  readonly kind: number;
  /** Display name. */
  readonly name: string;
  /** Metres (interpolated or predicted). */
  readonly x: number;
  /** Metres. */
  readonly y: number;
  /** Current hit points. */
  readonly hitPoints: number;
  /** Hit points at full health. */
  readonly maxHitPoints: number;
  /** The player's own character. */
  readonly isSelf: boolean;
  /** Whether it is dead. */
  readonly dead: boolean;
  /** Whether it is the player's selected target. */
  readonly selected: boolean;
  /** While casting: how far the cast is (0-1) and the skill's name; undefined otherwise. */
  readonly cast: { readonly share: number; readonly label: string } | undefined;
}

/** A combat number rising from an entity. */
export interface FloatingText {
  /** Where (metres; where the entity was when it happened). */
  readonly x: number;
  /** Metres. */
  readonly y: number;
  /** The text. */
  readonly text: string;
  /** CSS colour. */
  readonly colour: string;
  /** Seconds since it appeared (it fades over {@link FLOATING_TEXT_SECONDS}). */
  readonly age: number;
}

/** How long combat numbers float. */
export const FLOATING_TEXT_SECONDS = 1.5;

/** Everything one frame shows. */
export interface Scene {
  /** The zone's map, once loaded. */
  readonly map: ZoneMapView | undefined;
  /** The tileset image, once loaded. */
  readonly tiles: CanvasImageSource | undefined;
  /** The world point at the centre of the screen. */
  readonly camera: Point;
  /** Entities to draw (the player's own last, on top). */
  readonly entities: readonly DrawnEntity[];
  /** Where the player is walking to after a click, if anywhere. */
  readonly walkTarget: Point | undefined;
  /** Vendors of the zone. */
  readonly vendors: readonly { readonly name: string; readonly x: number; readonly y: number }[];
  /** Combat numbers in flight. */
  readonly floating: readonly FloatingText[];
}

/** Colours for tile ids when no tileset image is available (the default pack's ids). */
const TILE_COLOURS: Readonly<Record<number, string>> = {
  1: '#5b8f3a', // grass
  2: '#9c7a4c', // dirt
  3: '#5b5b66', // wall
  4: '#7d7d7d', // rock
  5: '#2d5a26', // tree
  6: '#b89c6e', // floor
};
const FLOOR_COLOUR = '#4f7f33';
const WALL_COLOUR = '#3c3c44';
const ENTITY_RADIUS_METRES = 0.4;

/** Canvas renderer of a {@link Scene}. */
export class WorldRenderer {
  readonly #canvas: HTMLCanvasElement;
  readonly #context: CanvasRenderingContext2D;

  /** @param canvas - the canvas to draw on; it is resized to its CSS box at every frame */
  constructor(canvas: HTMLCanvasElement) {
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('this browser has no 2D canvas');
    this.#canvas = canvas;
    this.#context = context;
  }

  /** The world point under a CSS-pixel position on the canvas, for a camera. */
  screenToWorld(cssX: number, cssY: number, camera: Point): Point {
    const rect = this.#canvas.getBoundingClientRect();
    return {
      x: camera.x + (cssX - rect.width / 2) / PIXELS_PER_METRE,
      y: camera.y + (cssY - rect.height / 2) / PIXELS_PER_METRE,
    };
  }

  /** Draws one frame. */
  draw(scene: Scene): void {
    const canvas = this.#canvas;
    const ctx = this.#context;
    const ratio = globalThis.devicePixelRatio || 1;
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.imageSmoothingEnabled = false;
    ctx.fillStyle = '#101418';
    ctx.fillRect(0, 0, width, height);
    // World metres → CSS pixels, rounded so tiles do not shimmer at fractional offsets.
    const originX = Math.round(width / 2 - scene.camera.x * PIXELS_PER_METRE);
    const originY = Math.round(height / 2 - scene.camera.y * PIXELS_PER_METRE);
    if (scene.map !== undefined) this.#drawMap(scene.map, scene.tiles, originX, originY, width, height);
    if (scene.walkTarget !== undefined) {
      const tx = originX + scene.walkTarget.x * PIXELS_PER_METRE;
      const ty = originY + scene.walkTarget.y * PIXELS_PER_METRE;
      ctx.strokeStyle = 'rgba(255, 255, 255, 0.8)';
      ctx.lineWidth = 2;
      ctx.beginPath();
      ctx.arc(tx, ty, 6, 0, Math.PI * 2);
      ctx.stroke();
    }
    for (const vendor of scene.vendors) this.#drawVendor(vendor, originX, originY);
    for (const entity of scene.entities) this.#drawEntity(entity, originX, originY);
    ctx.font = 'bold 14px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.lineWidth = 3;
    for (const text of scene.floating) {
      const x = originX + text.x * PIXELS_PER_METRE;
      const y = originY + text.y * PIXELS_PER_METRE - 28 - text.age * 30;
      ctx.globalAlpha = Math.max(0, 1 - text.age / FLOATING_TEXT_SECONDS);
      ctx.strokeStyle = 'rgba(0, 0, 0, 0.8)';
      ctx.strokeText(text.text, x, y);
      ctx.fillStyle = text.colour;
      ctx.fillText(text.text, x, y);
    }
    ctx.globalAlpha = 1;
  }

  #drawVendor(vendor: { readonly name: string; readonly x: number; readonly y: number }, originX: number, originY: number): void {
    const ctx = this.#context;
    const x = originX + vendor.x * PIXELS_PER_METRE;
    const y = originY + vendor.y * PIXELS_PER_METRE;
    ctx.fillStyle = '#eab308';
    ctx.strokeStyle = '#713f12';
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.arc(x, y, 6, 0, Math.PI * 2);
    ctx.fill();
    ctx.stroke();
    ctx.font = '11px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(0, 0, 0, 0.75)';
    ctx.strokeText(vendor.name, x, y + 18);
    ctx.fillStyle = '#fde68a';
    ctx.fillText(vendor.name, x, y + 18);
  }

  #drawMap(map: ZoneMapView, tiles: CanvasImageSource | undefined, originX: number, originY: number, width: number, height: number): void {
    const ctx = this.#context;
    const size = map.tileSizeMetres * PIXELS_PER_METRE;
    const firstX = Math.max(0, Math.floor(-originX / size));
    const firstY = Math.max(0, Math.floor(-originY / size));
    const lastX = Math.min(map.width - 1, Math.floor((width - originX) / size));
    const lastY = Math.min(map.height - 1, Math.floor((height - originY) / size));
    const tileset = tiles === undefined ? undefined : map.tileset;
    for (let ty = firstY; ty <= lastY; ty++) {
      for (let tx = firstX; tx <= lastX; tx++) {
        const index = ty * map.width + tx;
        const px = originX + tx * size;
        const py = originY + ty * size;
        const ground = map.ground[index] ?? 0;
        const wall = map.collision[index] ?? 0;
        if (!this.#drawTile(tiles, tileset, ground, px, py, size)) {
          ctx.fillStyle = TILE_COLOURS[ground] ?? FLOOR_COLOUR;
          ctx.fillRect(px, py, size, size);
        }
        if (wall !== 0 && !this.#drawTile(tiles, tileset, wall, px, py, size)) {
          ctx.fillStyle = TILE_COLOURS[wall] ?? WALL_COLOUR;
          ctx.fillRect(px, py, size, size);
          ctx.strokeStyle = 'rgba(0, 0, 0, 0.35)';
          ctx.lineWidth = 1;
          ctx.strokeRect(px + 0.5, py + 0.5, size - 1, size - 1);
        }
      }
    }
    for (const portal of map.portals) {
      const px = originX + portal.x * PIXELS_PER_METRE;
      const py = originY + portal.y * PIXELS_PER_METRE;
      ctx.fillStyle = 'rgba(168, 85, 247, 0.35)';
      ctx.fillRect(px, py, portal.width * PIXELS_PER_METRE, portal.height * PIXELS_PER_METRE);
      ctx.fillStyle = '#f5e9ff';
      ctx.font = '12px system-ui, sans-serif';
      ctx.textAlign = 'center';
      ctx.fillText(`→ ${portal.targetZone}`, px + (portal.width * PIXELS_PER_METRE) / 2, py - 4);
    }
  }

  /** Draws a tile from the tileset image; false when the image does not cover the gid. */
  #drawTile(image: CanvasImageSource | undefined, tileset: ZoneMapView['tileset'], gid: number, px: number, py: number, size: number): boolean {
    if (image === undefined || tileset === undefined || gid === 0) return false;
    const local = gid - tileset.firstGid;
    if (local < 0 || (tileset.tileCount > 0 && local >= tileset.tileCount)) return false;
    const sx = (local % tileset.columns) * tileset.tileWidth;
    const sy = Math.floor(local / tileset.columns) * tileset.tileHeight;
    this.#context.drawImage(image, sx, sy, tileset.tileWidth, tileset.tileHeight, px, py, size, size);
    return true;
  }

  #drawEntity(entity: DrawnEntity, originX: number, originY: number): void {
    const ctx = this.#context;
    const x = originX + entity.x * PIXELS_PER_METRE;
    const y = originY + entity.y * PIXELS_PER_METRE;
    const r = Math.max(7, ENTITY_RADIUS_METRES * PIXELS_PER_METRE);
    ctx.lineWidth = 2;
    if (entity.selected) {
      ctx.strokeStyle = '#ef4444';
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.arc(x, y, r + 8, 0, Math.PI * 2);
      ctx.stroke();
      ctx.lineWidth = 2;
    }
    if (entity.isSelf) {
      ctx.strokeStyle = 'rgba(250, 204, 21, 0.9)';
      ctx.beginPath();
      ctx.arc(x, y, r + 5, 0, Math.PI * 2);
      ctx.stroke();
    }
    ctx.beginPath();
    if (entity.kind === 2) {
      ctx.moveTo(x, y - r - 2);
      ctx.lineTo(x + r + 2, y);
      ctx.lineTo(x, y + r + 2);
      ctx.lineTo(x - r - 2, y);
      ctx.closePath();
      ctx.fillStyle = entity.dead ? '#6b7280' : '#f97316';
    } else {
      ctx.arc(x, y, r, 0, Math.PI * 2);
      ctx.fillStyle = entity.dead ? '#6b7280' : entity.isSelf ? '#facc15' : '#3b82f6';
    }
    ctx.fill();
    ctx.strokeStyle = '#0b0d10';
    ctx.stroke();
    if (entity.dead) {
      ctx.strokeStyle = '#111827';
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.moveTo(x - r / 2, y - r / 2);
      ctx.lineTo(x + r / 2, y + r / 2);
      ctx.moveTo(x + r / 2, y - r / 2);
      ctx.lineTo(x - r / 2, y + r / 2);
      ctx.stroke();
    }
    if (entity.cast !== undefined) {
      const barWidth = 40;
      ctx.fillStyle = 'rgba(0, 0, 0, 0.7)';
      ctx.fillRect(x - barWidth / 2 - 1, y + r + 5, barWidth + 2, 6);
      ctx.fillStyle = '#a78bfa';
      ctx.fillRect(x - barWidth / 2, y + r + 6, barWidth * Math.max(0, Math.min(1, entity.cast.share)), 4);
      ctx.font = '10px system-ui, sans-serif';
      ctx.textAlign = 'center';
      ctx.fillStyle = '#ddd6fe';
      ctx.fillText(entity.cast.label, x, y + r + 22);
    }
    // Name, then a health bar between the name and the body.
    ctx.font = `${entity.isSelf ? 'bold ' : ''}12px system-ui, sans-serif`;
    ctx.textAlign = 'center';
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(0, 0, 0, 0.75)';
    const label = entity.dead ? `${entity.name} (dead)` : entity.name;
    ctx.strokeText(label, x, y - r - 12);
    ctx.fillStyle = entity.dead ? '#9ca3af' : entity.kind === 2 ? '#fed7aa' : '#ffffff';
    ctx.fillText(label, x, y - r - 12);
    if (entity.maxHitPoints > 0) {
      const barWidth = 30;
      const share = Math.max(0, Math.min(1, entity.hitPoints / entity.maxHitPoints));
      ctx.fillStyle = '#3f0d0d';
      ctx.fillRect(x - barWidth / 2, y - r - 8, barWidth, 4);
      ctx.fillStyle = share > 0.5 ? '#22c55e' : share > 0.25 ? '#eab308' : '#ef4444';
      ctx.fillRect(x - barWidth / 2, y - r - 8, barWidth * share, 4);
    }
  }
}
