/**
 * Experience and levels: the curve, awarding experience for a kill (split among the killer's
 * party members nearby), levelling up with the class's stat growth, and equipping an entity
 * with a profile at its level.
 * @module
 */
import { CHARACTER_CLASSES } from '../../characters/character-classes.ts';
import type { Entity } from '../entity.ts';
import { PlayerEntity } from '../player-entity.ts';
import type { Zone } from '../zone.ts';
import type { CombatContent, CombatProfile, LevelRules } from './combat-content.ts';
import { combatEvents, CombatEvents } from './combat-event.ts';
import { ticksFor } from './combat-rules.ts';

/** Experience needed to go from `level` to the next one. */
export function experienceToNext(levels: LevelRules, level: number): number {
  return levels.experienceBase + levels.experiencePerLevel * (level - 1);
}

/** Power at the entity's level. */
export function powerOf(entity: Entity, profile: CombatProfile): number {
  return profile.power + profile.powerPerLevel * (entity.level - 1);
}

/** Maximum resource at a level. */
function maxResourceAt(profile: CombatProfile, level: number): number {
  return profile.resource.max + profile.resource.maxPerLevel * (level - 1);
}

/** A player's maximum hit points at its level: the class's base plus growth per level. */
function maxHitPointsAt(player: PlayerEntity, profile: CombatProfile, level: number): number {
  const base = CHARACTER_CLASSES.get(player.classId)?.baseHitPoints ?? player.maxHitPoints;
  return base + profile.hitPointsPerLevel * (level - 1);
}

/**
 * Gives an entity its profile: maximum resource at its level, the resource it was saved with
 * (or the class's starting value), long cooldowns it was saved with, and for players the
 * maximum hit points of their level. NPC templates call this with their own profile.
 */
export function equip(zone: Zone, entity: Entity, profile: CombatProfile): void {
  const combat = entity.combat;
  combat.profile = profile;
  combat.tick = zone.tick;
  combat.setMaxResource(maxResourceAt(profile, entity.level));
  const saved = combat.saved;
  combat.saved = undefined;
  combat.setResource(saved !== undefined && saved.resource >= 0 ? saved.resource : profile.resource.startsFull ? combat.maxResource : 0);
  if (saved !== undefined) {
    for (const [skillId, ms] of Object.entries(saved.cooldowns)) {
      const id = Number(skillId);
      if (profile.skills.has(id) && ms > 0) combat.cooldowns.set(id, zone.tick + ticksFor(zone, ms));
    }
  }
  if (entity instanceof PlayerEntity) {
    entity.setMaxHitPoints(maxHitPointsAt(entity, profile, entity.level));
    if (entity.hitPoints === 0) combat.setDead(true);
  }
}

/** Adds experience to a player, levelling up (stats grow, health and resource refill) as often as it reaches the next level. */
export function gainExperience(zone: Zone, content: CombatContent, player: PlayerEntity, amount: number, source: Entity | undefined): void {
  if (amount <= 0) return;
  const events = combatEvents(zone);
  const gained = { kind: CombatEvents.experience, source, target: player, amount, skillId: 0, auraId: 0 };
  events.push(gained);
  player.combat.record(gained);
  player.experience += amount;
  const profile = player.combat.profile;
  while (player.level < content.levels.cap && player.experience >= experienceToNext(content.levels, player.level)) {
    player.experience -= experienceToNext(content.levels, player.level);
    player.setLevel(player.level + 1);
    if (profile !== undefined) {
      player.setMaxHitPoints(maxHitPointsAt(player, profile, player.level));
      player.combat.setMaxResource(maxResourceAt(profile, player.level));
      if (profile.resource.startsFull) player.combat.setResource(player.combat.maxResource);
    }
    player.setHitPoints(player.maxHitPoints);
    const levelUp = { kind: CombatEvents.levelUp, source: undefined, target: player, amount: player.level, skillId: 0, auraId: 0 };
    events.push(levelUp);
    player.combat.record(levelUp);
  }
  if (player.level >= content.levels.cap) player.experience = 0;
}

/**
 * Awards a kill's experience: the victim's worth goes to the killing player, or is split evenly
 * (rounded down, at least 1 each) among the killer's party members who are alive, in this zone
 * and within the party radius of the victim.
 */
export function awardKill(zone: Zone, content: CombatContent, killer: Entity, victim: Entity): void {
  const worth = victim.combat.experienceValue;
  if (worth <= 0 || !(killer instanceof PlayerEntity)) return;
  const party = killer.combat.party;
  if (party === undefined) {
    gainExperience(zone, content, killer, worth, victim);
    return;
  }
  const radius = content.partyExperienceRadius;
  const sharers: PlayerEntity[] = [];
  for (const player of zone.players()) {
    if (player.combat.party !== party || player.combat.dead) continue;
    if (player !== killer && Math.hypot(player.x - victim.x, player.y - victim.y) > radius) continue;
    sharers.push(player);
  }
  const share = Math.max(1, Math.floor(worth / sharers.length));
  for (const player of sharers) gainExperience(zone, content, player, share, victim);
}
