/**
 * The NPC AI zone system: plugs NPCs into the zone tick (see systems/zone-system.ts). One system
 * serves every zone of a world and keeps an {@link NpcZone} per zone, created on the zone's
 * first tick (which spawns its NPCs). Run it after combat (so this tick's damage becomes threat)
 * and before movement (so the steps it decides are walked in the same tick).
 * @module
 */
import { DEFAULT_PATHFINDER_OPTIONS } from '../ai/pathfinder.ts';
import type { PathfinderOptions } from '../ai/pathfinder.ts';
import type { ZoneSystem } from '../systems/zone-system.ts';
import type { Zone } from '../zone.ts';
import type { NpcCombat } from './npc-combat.ts';
import type { NpcContent } from './npc-content.ts';
import { NpcZone } from './npc-zone.ts';

/** Options of the NPC system. */
export interface NpcSystemOptions {
  /** The world's combat; without it NPCs chase but cannot attack. */
  readonly combat?: NpcCombat;
  /** Path-finding budget per zone and tick, search bound and cache size. */
  readonly pathfinding?: PathfinderOptions;
}

/** The NPC system, with access to each zone's NPC state (tests, metrics, benchmarks). */
export interface NpcSystem extends ZoneSystem {
  /** The NPC state of a zone, once it has ticked. */
  zoneState(zone: Zone): NpcZone | undefined;
}

/** Creates the NPC AI system for a world. */
export function createNpcSystem(content: NpcContent, options: NpcSystemOptions = {}): NpcSystem {
  const zones = new Map<Zone, NpcZone>();
  const pathfinding = options.pathfinding ?? DEFAULT_PATHFINDER_OPTIONS;
  return {
    name: 'npc-ai',
    step(zone: Zone): void {
      let state = zones.get(zone);
      if (state === undefined) {
        state = new NpcZone(zone, content, options.combat, pathfinding);
        zones.set(zone, state);
      }
      state.step();
    },
    zoneState(zone: Zone): NpcZone | undefined {
      return zones.get(zone);
    },
  };
}
