/**
 * Every leaf type NPC behaviour trees may use: the conditions and the actions, by name.
 * @module
 */
import type { LeafRegistry } from './behaviour-compiler.ts';
import { NPC_ACTIONS } from './npc-actions.ts';
import type { NpcContext } from './npc-context.ts';
import { NPC_CONDITIONS } from './npc-conditions.ts';

/** The leaf registry NPC trees are compiled with. */
export const NPC_LEAVES: LeafRegistry<NpcContext> = new Map([...NPC_CONDITIONS, ...NPC_ACTIONS]);
