/**
 * Every leaf type NPC behaviour trees may use: the conditions and the actions, by name.
 * @module
 */
import type { LeafRegistry } from './behaviour-compiler.ts';
import { NPC_ACTIONS, useSkillLeaf } from './npc-actions.ts';
import type { NpcContext } from './npc-context.ts';
import { NPC_CONDITIONS } from './npc-conditions.ts';

/**
 * The leaf registry NPC trees are compiled with.
 * @param skills - skill wire ids by name (combat content), so a tree naming a skill is resolved once, at load
 */
export function npcLeaves(skills: ReadonlyMap<string, number>): LeafRegistry<NpcContext> {
  return new Map([...NPC_CONDITIONS, ...NPC_ACTIONS, ['useSkill', useSkillLeaf(skills)]]);
}
