/**
 * A non-player character in a zone: an entity made from a template, with what its AI remembers
 * between ticks (threat, home, the path it walks, its behaviour tree's memory).
 * @module
 */
import { CharacterClass } from '@realmforge/protocol';
import { Entity, EntityKinds } from '../entity.ts';
import type { PathRequest } from '../ai/pathfinder.ts';
import type { NpcTemplate } from './npc-template.ts';
import { ThreatTable } from './threat-table.ts';

/** An NPC. */
export class NpcEntity extends Entity {
  /** What kind of NPC it is. */
  readonly template: NpcTemplate;
  /** Where it spawned: wandering centres on it, leashing measures from it, evading returns to it. */
  readonly homeX: number;
  /** See {@link NpcEntity.homeX}. */
  readonly homeY: number;
  /** Who it fights; the top entry is its target. */
  readonly threat = new ThreatTable();
  /** Its behaviour tree's memory (see ai/behaviour-tree.ts). */
  readonly memory: Float64Array;
  /** Running home after being pulled too far: ignores damage and enemies until home. */
  evading = false;
  /** The tick it died, or -1 while alive. */
  diedAtTick = -1;
  /** The path being walked, if any. */
  route: PathRequest | undefined;
  /** Index of the next tile of {@link NpcEntity.route} to walk to. */
  routeStep = 0;
  /** Where the route leads, metres (the exact point, not the tile centre). */
  routeGoalX = Number.NaN;
  /** See {@link NpcEntity.routeGoalX}. */
  routeGoalY = Number.NaN;

  /**
   * @param handle - zone-local handle
   * @param template - what it is
   * @param x - spawn position, metres
   * @param y - spawn position, metres
   * @param memorySlots - its behaviour tree's memory size
   */
  constructor(handle: number, template: NpcTemplate, x: number, y: number, memorySlots: number) {
    super(handle, {
      name: template.name,
      kind: EntityKinds.npc,
      classId: CharacterClass.CHARACTER_CLASS_UNSPECIFIED,
      x,
      y,
      hitPoints: template.hitPoints,
      maxHitPoints: template.hitPoints,
      level: template.level,
      speed: template.speed,
    });
    this.template = template;
    this.homeX = x;
    this.homeY = y;
    this.memory = new Float64Array(memorySlots).fill(Number.NaN);
  }

  /** Whether it is alive. */
  get alive(): boolean {
    return this.diedAtTick < 0;
  }

  /** Metres from home. */
  distanceFromHome(): number {
    return Math.hypot(this.x - this.homeX, this.y - this.homeY);
  }
}
