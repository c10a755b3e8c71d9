/**
 * A player's combat state as it is stored with the character, and back: the class resource,
 * and the long cooldowns still running. Inside a zone cooldowns are ticks; stored, they are the
 * wall-clock time the skill is ready again (ms since the epoch), so time spent offline counts and
 * a server restarted at another tick rate still gets them right. Which cooldowns are long is
 * content: a skill whose cooldown is at least `persistentCooldownMs` keeps whatever is left of
 * it (so logging out and in never resets one); shorter ones are not saved, since logging out
 * and back in costs a good share of them anyway.
 * These run at the world's edge (saving, entering the world), never inside a tick.
 * @module
 */
import type { PlayerEntity } from '../player-entity.ts';
import type { Zone } from '../zone.ts';
import type { SavedCombat } from './combatant.ts';
import { combatContentOf } from './zone-combat.ts';

/** What of a player's combat state is stored. */
export interface StoredCombat {
  /** Class resource; -1 for "the class's starting value". */
  readonly resource: number;
  /** Skill id → when it is ready again, ms since the epoch. */
  readonly cooldowns: Readonly<Record<string, number>>;
}

/**
 * The combat state to store for a player.
 * @param zone - the zone the player is in (its tick and tick length turn cooldowns into time)
 * @param player - the player
 * @param epochMs - the wall clock now, ms since the epoch
 */
export function storedCombat(zone: Zone | undefined, player: PlayerEntity, epochMs: number): StoredCombat {
  const combat = player.combat;
  const cooldowns: Record<string, number> = {};
  const saved = combat.saved;
  if (combat.profile === undefined) {
    // Not equipped yet (it entered the world since the zone's last tick): what it was loaded with.
    if (saved === undefined) return { resource: -1, cooldowns };
    for (const [skill, ms] of Object.entries(saved.cooldowns)) cooldowns[skill] = Math.ceil(epochMs + ms);
    return { resource: saved.resource, cooldowns };
  }
  const content = zone === undefined ? undefined : combatContentOf(zone);
  if (zone !== undefined && content !== undefined) {
    for (const [skill, readyTick] of combat.cooldowns) {
      const definition = content.skills.get(skill);
      if (readyTick <= zone.tick || definition === undefined || definition.cooldownMs < content.persistentCooldownMs) continue;
      cooldowns[String(skill)] = Math.ceil(epochMs + (readyTick - zone.tick) * zone.dt * 1000);
    }
  }
  return { resource: combat.resource, cooldowns };
}

/**
 * What a stored character brings into combat: its resource, and the milliseconds left on each
 * stored cooldown at `epochMs` (those already over are dropped). The combat system applies it
 * when it equips the player.
 */
export function savedCombat(stored: StoredCombat, epochMs: number): SavedCombat {
  const cooldowns: Record<string, number> = {};
  for (const [skill, readyAt] of Object.entries(stored.cooldowns)) {
    if (readyAt > epochMs) cooldowns[skill] = readyAt - epochMs;
  }
  return { resource: stored.resource, cooldowns };
}
