/**
 * NPC AI for one zone, run once per tick by the NPC system: turn this tick's damage into threat,
 * spawn and respawn, let every NPC that someone can see think (run its behaviour tree), give
 * the rest a cheap idle step, then spend the path-finding budget.
 *
 * "Someone can see" is the interest grid's answer from the end of the last tick: an NPC with no
 * observer has no player within the view radius, so no player can be within its aggro radius
 * and nobody would see what it does. Such an NPC does not run its tree; if it was fighting, it
 * drops its threat and walks home to heal (an evade), otherwise it stands still.
 * @module
 */
import { NpcContext } from '../ai/npc-context.ts';
import { evadeStep } from '../ai/npc-actions.ts';
import { Pathfinder } from '../ai/pathfinder.ts';
import type { PathfinderOptions } from '../ai/pathfinder.ts';
import { stopWalking } from '../ai/npc-steering.ts';
import type { Zone } from '../zone.ts';
import type { NpcCombat } from './npc-combat.ts';
import type { NpcContent } from './npc-content.ts';
import { NpcEntity } from './npc-entity.ts';
import { NpcSpawns } from './npc-spawns.ts';

/** Counters of the last tick, for benchmarks and metrics. */
export interface NpcTickCounts {
  /** NPCs that ran their behaviour tree. */
  thinking: number;
  /** NPCs that nobody saw. */
  idle: number;
  /** Tiles the path finder expanded. */
  pathNodes: number;
}

/** The NPCs of one zone. */
export class NpcZone {
  /** The zone. */
  readonly zone: Zone;
  /** Spawners and the living NPCs. */
  readonly spawns: NpcSpawns;
  /** The zone's path finder. */
  readonly pathfinder: Pathfinder;
  /** What the last tick did. */
  readonly counts: NpcTickCounts = { thinking: 0, idle: 0, pathNodes: 0 };
  readonly #content: NpcContent;
  readonly #combat: NpcCombat | undefined;
  readonly #context: NpcContext;

  /**
   * @param zone - the zone
   * @param content - templates and trees
   * @param combat - the world's combat, if any
   * @param pathfinding - path-finding budget and cache
   */
  constructor(zone: Zone, content: NpcContent, combat: NpcCombat | undefined, pathfinding: PathfinderOptions) {
    this.zone = zone;
    this.#content = content;
    this.#combat = combat;
    this.pathfinder = new Pathfinder(zone.map.collision, pathfinding);
    this.spawns = new NpcSpawns(zone, content, combat);
    this.#context = new NpcContext(zone, this.pathfinder, combat);
  }

  /** Runs one tick of AI. */
  step(): void {
    const zone = this.zone;
    const tick = zone.tick;
    this.#takeDamage();
    this.spawns.step(tick);
    const context = this.#context;
    const interest = zone.interest;
    let thinking = 0;
    for (const npc of this.spawns.living) {
      context.begin(npc, tick);
      if (interest.observersOf(npc.handle).length === 0) {
        this.#idle(context, npc);
        continue;
      }
      thinking++;
      if (npc.threat.size > 0) npc.threat.retain((handle) => context.isEnemy(zone.entity(handle)));
      const tree = this.#content.trees.get(npc.template.behaviour);
      if (tree !== undefined) tree.root(context);
    }
    this.counts.thinking = thinking;
    this.counts.idle = this.spawns.living.length - thinking;
    this.counts.pathNodes = this.pathfinder.step();
  }

  /** Damage dealt to living, non-evading NPCs becomes threat on the attacker. */
  #takeDamage(): void {
    if (this.#combat === undefined) return;
    for (const hit of this.#combat.damageThisTick(this.zone)) {
      const victim = this.zone.entity(hit.victim);
      if (victim instanceof NpcEntity && victim.alive && !victim.evading && hit.attacker !== victim.handle) victim.threat.add(hit.attacker, hit.amount);
    }
  }

  /** The cheap step of an NPC nobody sees: finish any fight by evading home, else stand still. */
  #idle(context: NpcContext, npc: NpcEntity): void {
    if (npc.evading || npc.threat.size > 0 || npc.hitPoints < npc.maxHitPoints) {
      evadeStep(context);
      return;
    }
    if (npc.moving || npc.route !== undefined) stopWalking(context, npc);
  }
}
