/**
 * A small zone with NPCs from the default content, a combat double that records what the AI
 * asked of it, and helpers to add players and run ticks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CharacterClass } from '@realmforge/protocol';
import type { Entity } from '../../../src/world/entity.ts';
import type { NpcSpawner } from '../../../src/world/map/npc-spawners.ts';
import { parseCombatContent } from '../../../src/world/combat/combat-content.ts';
import { skillIdsByName } from '../../../src/world/npc/combat-for-npcs.ts';
import type { NpcCombat, NpcDamage } from '../../../src/world/npc/npc-combat.ts';
import { loadNpcContent } from '../../../src/world/npc/npc-content.ts';
import type { NpcEntity } from '../../../src/world/npc/npc-entity.ts';
import { createNpcSystem } from '../../../src/world/npc/npc-system.ts';
import type { NpcSystem } from '../../../src/world/npc/npc-system.ts';
import type { NpcZone } from '../../../src/world/npc/npc-zone.ts';
import type { PlayerEntity } from '../../../src/world/player-entity.ts';
import { movementSystem } from '../../../src/world/systems/movement.ts';
import { Zone } from '../../../src/world/zone.ts';
import { openZone } from '../../helpers/test-maps.ts';

/** Combat as the AI sees it: skills succeed within 2.5 m; damage is whatever the test queues. */
export class CombatDouble implements NpcCombat {
  readonly used: { caster: number; skill: number; target: number }[] = [];
  readonly equipped: number[] = [];
  /** Target handle by NPC handle while engaged. */
  readonly engaged = new Map<number, number>();
  damage: NpcDamage[] = [];

  equip(_zone: Zone, npc: NpcEntity): void {
    this.equipped.push(npc.handle);
  }

  engage(_zone: Zone, npc: NpcEntity, target: Entity): void {
    this.engaged.set(npc.handle, target.handle);
  }

  disengage(npc: NpcEntity): void {
    this.engaged.delete(npc.handle);
  }

  useSkill(_zone: Zone, caster: Entity, skillId: number, target: Entity): number | undefined {
    if (Math.hypot(caster.x - target.x, caster.y - target.y) > 2.5) return 1;
    this.used.push({ caster: caster.handle, skill: skillId, target: target.handle });
    return undefined;
  }

  canAct(entity: Entity): boolean {
    return entity.hitPoints > 0;
  }

  damageThisTick(): Iterable<NpcDamage> {
    const hits = this.damage;
    this.damage = [];
    return hits;
  }
}

const contentRoot = join(import.meta.dirname, '..', '..', '..', '..', '..', 'content');

/** Skill wire ids by name, from the default combat content. */
export const SKILLS: ReadonlyMap<string, number> = skillIdsByName(parseCombatContent(JSON.parse(readFileSync(join(contentRoot, 'combat.json'), 'utf8')), 'combat.json'));

/** A spawner for tests. */
export function spawner(template: string, x: number, y: number, count = 1, radius = 0, respawnSeconds?: number): NpcSpawner {
  return { id: `${template}-${x}-${y}`, template, x, y, count, radius, respawnSeconds };
}

/** A zone (128 m square, walled border, optional wall column) with the given spawners and the NPC system. */
export async function npcZone(spawners: NpcSpawner[], options: { wallColumn?: number; combat?: NpcCombat; seed?: number } = {}): Promise<{ zone: Zone; system: NpcSystem; state: () => NpcZone }> {
  const content = await loadNpcContent(contentRoot, { skills: SKILLS });
  const map = { ...openZone('npc-test', { wallColumn: options.wallColumn }), spawners };
  const system = createNpcSystem(content, { combat: options.combat });
  const zone = new Zone(map, { tickRateHz: 20, viewRadius: 50, hysteresis: 5, cellSize: 25, seed: options.seed ?? 7, systems: [system, movementSystem] });
  return {
    zone,
    system,
    state: () => {
      const state = system.zoneState(zone);
      if (state === undefined) throw new Error('zone has not ticked');
      return state;
    },
  };
}

/** Adds a player at (x, y). */
export function addPlayer(zone: Zone, x: number, y: number, name = 'Hero'): PlayerEntity {
  return zone.addPlayer({ characterId: `c-${name}`, accountId: `a-${name}`, name, classId: CharacterClass.CHARACTER_CLASS_WARRIOR, level: 1, experience: 0, hitPoints: 100, maxHitPoints: 100, speed: 5 }, x, y);
}

/** Runs `ticks` ticks. */
export function run(zone: Zone, ticks: number): void {
  for (let i = 0; i < ticks; i++) zone.step();
}

/** The living NPCs of the zone. */
export function npcs(state: NpcZone): NpcEntity[] {
  return [...state.spawns.living];
}
