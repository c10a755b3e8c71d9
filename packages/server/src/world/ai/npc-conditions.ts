/**
 * Condition leaves for NPC behaviour trees: questions about the NPC and its target, answering
 * SUCCESS (yes) or FAILURE (no) in the same tick. Parameters are documented in docs/content.md.
 * @module
 */
import { z } from 'zod';
import { FAILURE, SUCCESS } from './behaviour-tree.ts';
import { defineLeaf } from './behaviour-compiler.ts';
import type { LeafDefinition } from './behaviour-compiler.ts';
import type { NpcContext } from './npc-context.ts';

const none = z.strictObject({});

/** Condition leaves by name. */
export const NPC_CONDITIONS: ReadonlyMap<string, LeafDefinition<NpcContext>> = new Map([
  /** Whether the NPC has someone to fight. */
  ['hasTarget', defineLeaf(none, 0, () => (context: NpcContext) => (context.target() === undefined ? FAILURE : SUCCESS))],
  /** Whether hit points are below `fraction` of the maximum. */
  ['healthBelow', defineLeaf(z.strictObject({ fraction: z.number().gt(0).max(1) }), 0, ({ fraction }) => (context: NpcContext) => {
    const npc = context.npc;
    return npc.hitPoints < npc.maxHitPoints * fraction ? SUCCESS : FAILURE;
  })],
  /** Whether the target is within `metres`. */
  ['targetWithin', defineLeaf(z.strictObject({ metres: z.number().min(0).max(1000) }), 0, ({ metres }) => (context: NpcContext) => {
    const target = context.target();
    if (target === undefined) return FAILURE;
    return Math.hypot(target.x - context.npc.x, target.y - context.npc.y) <= metres ? SUCCESS : FAILURE;
  })],
  /** Whether the NPC is farther from home than its template's leash radius. */
  ['beyondLeash', defineLeaf(none, 0, () => (context: NpcContext) => {
    const npc = context.npc;
    return npc.distanceFromHome() > npc.template.leashRadius ? SUCCESS : FAILURE;
  })],
  /** Whether the NPC is evading (running home after a leash). */
  ['isEvading', defineLeaf(none, 0, () => (context: NpcContext) => (context.npc.evading ? SUCCESS : FAILURE))],
]);
