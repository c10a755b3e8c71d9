/**
 * A small combat arena for tests: an open zone with the movement and combat systems and the
 * default combat content, players of each class, and training dummies (NPCs).
 */
import { readFileSync } from 'node:fs';
import { CharacterClass } from '@realmforge/protocol';
import { Entity, EntityKinds } from '../../../src/world/entity.ts';
import { parseCombatContent } from '../../../src/world/combat/combat-content.ts';
import type { CombatContent, CombatProfile } from '../../../src/world/combat/combat-content.ts';
import { CombatSystem } from '../../../src/world/combat/combat-system.ts';
import { equip } from '../../../src/world/combat/experience.ts';
import type { PlayerEntity } from '../../../src/world/player-entity.ts';
import { movementSystem } from '../../../src/world/systems/movement.ts';
import { Zone } from '../../../src/world/zone.ts';
import { openZone } from '../../helpers/test-maps.ts';

/** The default content, as the server loads it. */
export const content: CombatContent = parseCombatContent(JSON.parse(readFileSync(new URL('../../../../../content/combat.json', import.meta.url), 'utf8')), 'content/combat.json');

/** A dummy's profile: a weak swing, no skills. */
export const dummyProfile: CombatProfile = {
  resource: { name: 'none', max: 1, maxPerLevel: 0, startsFull: false, regenPerSecond: 0, perSwing: 0, perHitTaken: 0 },
  hitPointsPerLevel: 0,
  power: 0,
  powerPerLevel: 0,
  autoAttack: { min: 1, max: 2, intervalMs: 2000, range: 3 },
  skills: new Map(),
};

/** An arena: a zone (64 x 64 tiles of 2 m, a wall at column 30 when asked) with combat. */
export function arena(options: { pvp?: boolean; wall?: boolean; seed?: number } = {}): { zone: Zone; combat: CombatSystem } {
  const combat = new CombatSystem(content);
  const map = openZone('arena', {
    pvp: options.pvp ?? false,
    ...(options.wall === true ? { wallColumn: 30 } : {}),
    spawns: [{ name: 'graveyard-east', x: 100, y: 100 }, { name: 'graveyard-west', x: 12, y: 100 }],
  });
  const zone = new Zone(map, { tickRateHz: 20, viewRadius: 50, hysteresis: 5, cellSize: 16, seed: options.seed ?? 7, systems: [movementSystem, combat] });
  return { zone, combat };
}

let next = 0;

/** Adds a player of a class at (x, y) and runs a tick so combat equips it. */
export function addPlayer(zone: Zone, classId: CharacterClass, x: number, y: number, level = 1): PlayerEntity {
  next++;
  const player = zone.addPlayer({
    characterId: `char-${next}`,
    accountId: `acct-${next}`,
    name: `Hero${next}`,
    classId,
    level,
    experience: 0,
    hitPoints: 100,
    maxHitPoints: 100,
    speed: 5,
  }, x, y);
  zone.step();
  return player;
}

/** Adds a training dummy (an NPC worth `experience`) at (x, y). */
export function addDummy(zone: Zone, x: number, y: number, hitPoints = 60, experience = 40): Entity {
  const dummy = zone.addEntity((handle) => new Entity(handle, { name: 'Dummy', kind: EntityKinds.npc, classId: CharacterClass.CHARACTER_CLASS_UNSPECIFIED, x, y, hitPoints, maxHitPoints: hitPoints, level: 1, speed: 3 }));
  equip(zone, dummy, dummyProfile);
  dummy.combat.experienceValue = experience;
  return dummy;
}

/** Steps the zone n times. */
export function run(zone: Zone, ticks: number): void {
  for (let i = 0; i < ticks; i++) zone.step();
}
