/**
 * What an NPC's behaviour tree sees while it is ticked: the NPC, its zone, the zone's path
 * finder and combat, plus the questions leaves ask (who is my target, who can I see). One
 * context per zone is reused for every NPC, so thinking allocates nothing.
 * @module
 */
import type { Entity } from '../entity.ts';
import { EntityKinds } from '../entity.ts';
import type { NpcCombat } from '../npc/npc-combat.ts';
import { NpcEntity } from '../npc/npc-entity.ts';
import type { Zone } from '../zone.ts';
import type { TreeContext } from './behaviour-tree.ts';
import type { Pathfinder } from './pathfinder.ts';

const NO_MEMORY = new Float64Array(0);

/** Threat a sighted enemy or a call for help puts on the table: less than any real hit. */
export const SIGHT_THREAT = 1e-3;

/** The context NPC leaves run in. */
export class NpcContext implements TreeContext {
  /** The zone. */
  readonly zone: Zone;
  /** The zone's path finder. */
  readonly pathfinder: Pathfinder;
  /** Combat, when the world has it; without it NPCs cannot attack. */
  readonly combat: NpcCombat | undefined;
  /** Ticks per second. */
  readonly ticksPerSecond: number;
  /** The tick being run. */
  tick = 0;
  /** The thinking NPC's tree memory. */
  memory: Float64Array = NO_MEMORY;
  #npc: NpcEntity | undefined;
  readonly #near: number[] = [];

  /**
   * @param zone - the zone
   * @param pathfinder - its path finder
   * @param combat - its combat, if any
   */
  constructor(zone: Zone, pathfinder: Pathfinder, combat: NpcCombat | undefined) {
    this.zone = zone;
    this.pathfinder = pathfinder;
    this.combat = combat;
    this.ticksPerSecond = 1 / zone.dt;
  }

  /** The NPC being thought for. */
  get npc(): NpcEntity {
    if (this.#npc === undefined) throw new Error('no NPC is thinking');
    return this.#npc;
  }

  /** Makes `npc` the thinking NPC for `tick`. */
  begin(npc: NpcEntity, tick: number): void {
    this.#npc = npc;
    this.memory = npc.memory;
    this.tick = tick;
  }

  /** A float in [0, 1) from the zone's generator. */
  random(): number {
    return this.zone.random.next();
  }

  /** The NPC's target: the valid entity with the highest threat, if any. */
  target(): Entity | undefined {
    const handle = this.npc.threat.top();
    return handle < 0 ? undefined : this.zone.entity(handle);
  }

  /** Whether `entity` is someone this NPC may fight: alive, and a player or an NPC of another faction. */
  isEnemy(entity: Entity | undefined): entity is Entity {
    if (entity === undefined || entity.hitPoints <= 0) return false;
    if (entity.kind === EntityKinds.player) return true;
    return entity instanceof NpcEntity && entity.alive && entity.template.faction !== this.npc.template.faction;
  }

  /**
   * The nearest living player within the NPC's aggro radius that it can see (line of sight on
   * the collision layer). Only players that see the NPC (its observers) can qualify, and the
   * aggro radius is far below the view radius, so this never scans the zone.
   */
  nearestEnemyInSight(): Entity | undefined {
    const npc = this.npc;
    const radius = npc.template.aggroRadius;
    const r2 = radius * radius;
    const observers = this.zone.interest.observersOf(npc.handle);
    let best: Entity | undefined;
    let bestD2 = Number.POSITIVE_INFINITY;
    for (const handle of observers) {
      const player = this.zone.entity(handle);
      if (player === undefined || player.hitPoints <= 0) continue;
      const dx = player.x - npc.x;
      const dy = player.y - npc.y;
      const d2 = dx * dx + dy * dy;
      if (d2 > r2 || d2 >= bestD2) continue;
      if (!this.zone.map.collision.lineOfSight(npc.x, npc.y, player.x, player.y)) continue;
      best = player;
      bestD2 = d2;
    }
    return best;
  }

  /** Living, non-evading NPCs of the same faction within `radius` metres, in handle order (the thinking NPC excluded). */
  alliesNear(radius: number, out: NpcEntity[]): NpcEntity[] {
    out.length = 0;
    const npc = this.npc;
    for (const handle of this.zone.interest.queryRadius(npc.x, npc.y, radius, this.#near)) {
      if (handle === npc.handle) continue;
      const other = this.zone.entity(handle);
      if (other instanceof NpcEntity && other.alive && !other.evading && other.template.faction === npc.template.faction) out.push(other);
    }
    return out;
  }
}
