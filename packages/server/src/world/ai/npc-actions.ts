/**
 * Action leaves for NPC behaviour trees: looking for enemies, chasing, attacking with skills,
 * evading home, fleeing, calling allies, wandering and patrolling. Actions that take time answer
 * RUNNING until done; each keeps what it needs in the NPC's tree memory and notices when it was
 * interrupted (see freshStart), so a restarted action starts over. Parameters are documented in
 * docs/content.md.
 * @module
 */
import { z } from 'zod';
import { FAILURE, RUNNING, SUCCESS, freshStart } from './behaviour-tree.ts';
import type { Status } from './behaviour-tree.ts';
import { defineLeaf } from './behaviour-compiler.ts';
import type { LeafDefinition } from './behaviour-compiler.ts';
import { SIGHT_THREAT } from './npc-context.ts';
import type { NpcContext } from './npc-context.ts';
import { stopWalking, walkTo } from './npc-steering.ts';
import type { NpcEntity } from '../npc/npc-entity.ts';

const none = z.strictObject({});
/** Close enough to home to count as there, metres. */
const HOME_METRES = 0.5;
/** Tries at finding a free spot for a random walk or a flight. */
const SPOT_TRIES = 6;

/** A free spot at most `radius` from (cx, cy) chosen with the zone's generator, or undefined. */
function randomSpot(context: NpcContext, cx: number, cy: number, radius: number): [number, number] | undefined {
  const grid = context.zone.map.collision;
  const body = context.npc.radius;
  for (let i = 0; i < SPOT_TRIES; i++) {
    const angle = context.random() * 2 * Math.PI;
    const distance = Math.sqrt(context.random()) * radius;
    const x = cx + Math.cos(angle) * distance;
    const y = cy + Math.sin(angle) * distance;
    if (grid.isFree(x, y, body)) return [x, y];
  }
  return undefined;
}

/** Ends an evade: home, healed, free to fight again. */
function finishEvade(npc: NpcEntity): void {
  npc.evading = false;
  npc.threat.clear();
  npc.setHitPoints(npc.maxHitPoints);
}

/**
 * One tick of evading: drop all threat and walk home; at home, heal to full. When home cannot be
 * reached by walking, the NPC is put back home at once: an NPC must never stay stuck evading.
 * Also what NPCs nobody sees do when they were fighting (see npc-zone.ts).
 */
export function evadeStep(context: NpcContext): Status {
  const npc = context.npc;
  npc.evading = true;
  npc.threat.clear();
  context.combat?.disengage(npc);
  const status = walkTo(context, npc.homeX, npc.homeY, HOME_METRES);
  if (status === RUNNING) return RUNNING;
  if (status === FAILURE) {
    stopWalking(context, npc);
    context.zone.moveEntity(npc, npc.homeX, npc.homeY);
  }
  finishEvade(npc);
  return SUCCESS;
}

/**
 * The `useSkill` action: turn the weapon on the target (it swings whenever in reach), then use
 * `skill` — or else the first of the template's skills that combat accepts — on it. SUCCESS
 * when a skill was used; FAILURE when none could be (the weapon still swings).
 * @param skills - skill wire ids by name; `skill` must be one of them
 */
export function useSkillLeaf(skills: ReadonlyMap<string, number>): LeafDefinition<NpcContext> {
  const params = z.strictObject({ skill: z.string().refine((name) => skills.has(name), { message: 'no skill of that name in the combat content' }).optional() });
  return defineLeaf(params, 0, ({ skill }) => {
    const named = skill === undefined ? undefined : [skills.get(skill) ?? 0];
    return (context: NpcContext) => {
      const { combat, npc } = context;
      const target = context.target();
      if (combat === undefined || target === undefined || !combat.canAct(npc)) return FAILURE;
      combat.engage(context.zone, npc, target);
      for (const id of named ?? npc.template.skills) {
        if (combat.useSkill(context.zone, npc, id, target) === undefined) {
          stopWalking(context, npc);
          return SUCCESS;
        }
      }
      return FAILURE;
    };
  });
}

/** Action leaves by name (with {@link useSkillLeaf}, which needs the skills). */
export const NPC_ACTIONS: ReadonlyMap<string, LeafDefinition<NpcContext>> = new Map([
  /** Hostile NPCs: put the nearest visible player within the aggro radius on the threat table. */
  ['lookForEnemies', defineLeaf(none, 0, () => (context: NpcContext) => {
    if (!context.npc.template.hostile) return FAILURE;
    const enemy = context.nearestEnemyInSight();
    if (enemy === undefined) return FAILURE;
    context.npc.threat.add(enemy.handle, SIGHT_THREAT);
    return SUCCESS;
  })],
  /** Walk toward the target until within `within` metres. */
  ['chase', defineLeaf(z.strictObject({ within: z.number().min(0.5).max(100).default(1.5) }), 0, ({ within }) => (context: NpcContext) => {
    const target = context.target();
    if (target === undefined) return FAILURE;
    return walkTo(context, target.x, target.y, within);
  })],
  /** Drop all threat, run home, heal to full there. */
  ['evade', defineLeaf(none, 0, () => evadeStep)],
  /** Walk home without healing (after a patrol, say). */
  ['returnHome', defineLeaf(none, 0, () => (context: NpcContext) => walkTo(context, context.npc.homeX, context.npc.homeY, HOME_METRES))],
  /** Run from the target for `seconds`, toward a spot `metres` away from it. Slots: end tick, last tick, spot x, spot y. */
  ['flee', defineLeaf(z.strictObject({ seconds: z.number().positive().max(60), metres: z.number().min(1).max(100).default(15) }), 4, ({ seconds, metres }, slot) => (context: NpcContext) => {
    const { memory, npc } = context;
    const target = context.target();
    if (target === undefined) return FAILURE;
    if (freshStart(context, slot + 1)) {
      memory[slot] = context.tick + Math.ceil(seconds * context.ticksPerSecond);
      const away = Math.atan2(npc.y - target.y, npc.x - target.x);
      const spot = randomSpot(context, npc.x + Math.cos(away) * metres, npc.y + Math.sin(away) * metres, metres / 2) ?? [npc.homeX, npc.homeY];
      memory[slot + 2] = spot[0];
      memory[slot + 3] = spot[1];
    }
    if (context.tick >= (memory[slot] ?? 0)) {
      memory[slot + 1] = Number.NaN;
      stopWalking(context, npc);
      return SUCCESS;
    }
    walkTo(context, memory[slot + 2] ?? npc.x, memory[slot + 3] ?? npc.y, HOME_METRES);
    return RUNNING;
  })],
  /** Put this NPC's target on the threat table of allies (same faction) within `radius` metres that are not fighting. */
  ['callForHelp', defineLeaf(z.strictObject({ radius: z.number().positive().max(100) }), 0, ({ radius }) => {
    const allies: NpcEntity[] = [];
    return (context: NpcContext) => {
      const target = context.target();
      if (target === undefined) return FAILURE;
      for (const ally of context.alliesNear(radius, allies)) if (ally.threat.size === 0) ally.threat.add(target.handle, SIGHT_THREAT);
      return SUCCESS;
    };
  })],
  /** Walk to a random free spot within `radius` metres of home. Slots: last tick, spot x, spot y. */
  ['wander', defineLeaf(z.strictObject({ radius: z.number().positive().max(200) }), 3, ({ radius }, slot) => (context: NpcContext) => {
    const { memory, npc } = context;
    if (freshStart(context, slot)) {
      const spot = randomSpot(context, npc.homeX, npc.homeY, radius);
      if (spot === undefined) {
        memory[slot] = Number.NaN;
        return FAILURE;
      }
      memory[slot + 1] = spot[0];
      memory[slot + 2] = spot[1];
    }
    const status = walkTo(context, memory[slot + 1] ?? npc.x, memory[slot + 2] ?? npc.y, HOME_METRES);
    if (status !== RUNNING) memory[slot] = Number.NaN;
    return status;
  })],
  /** Walk to the next of `points` (metres from home, in order, round and round); SUCCESS at each (FAILURE skips an unreachable one). Slot: index. */
  ['patrol', defineLeaf(z.strictObject({ points: z.array(z.tuple([z.number().min(-200).max(200), z.number().min(-200).max(200)])).min(2).max(32) }), 1, ({ points }, slot) => (context: NpcContext) => {
    const { memory, npc } = context;
    const index = (memory[slot] ?? 0) || 0;
    const point = points[index % points.length] ?? [0, 0];
    const status = walkTo(context, npc.homeX + point[0], npc.homeY + point[1], HOME_METRES);
    if (status !== RUNNING) memory[slot] = (index + 1) % points.length;
    return status;
  })],
]);
