/**
 * Deaths that need work outside the tick: a player's kill of an NPC (its loot, granted through
 * the economy, which is I/O) and a player's own death (its open trade ends). A zone system run
 * last in the world's system list reads the tick's death events from combat and notes them; the
 * server is told that there are notes ({@link DeathNotices.onNoted}), takes them once the tick is
 * over ({@link DeathNotices.take}) and does the I/O there, so the tick never waits and never
 * fails on it.
 *
 * The loot roll's seed is drawn from the zone's generator at the kill, so the same inputs give
 * the same drops on every run.
 * @module
 */
import { combatEvents, CombatEvents } from '../combat/combat-event.ts';
import { PlayerEntity } from '../player-entity.ts';
import type { ZoneSystem } from '../systems/zone-system.ts';
import type { Zone } from '../zone.ts';
import { NpcEntity } from './npc-entity.ts';

/** Notes kept between two takes when nobody takes them: beyond it, new ones are dropped and counted. */
export const DEATH_NOTICE_BOUND = 10_000;

/** A player killed an NPC. */
export interface NpcKill {
  /** The killer's character id. */
  readonly characterId: string;
  /** The NPC's template id. */
  readonly templateId: string;
  /** The template's loot table, if it has one. */
  readonly lootTable: string | undefined;
  /** Seed of the loot roll (drawn from the zone's generator at the kill). */
  readonly lootSeed: number;
  /** Zone of the kill. */
  readonly zone: string;
  /** Zone tick of the kill. */
  readonly tick: number;
}

/** What {@link DeathNotices.take} hands over. */
export interface Deaths {
  /** NPCs killed by players, oldest first. */
  readonly kills: NpcKill[];
  /** Character ids of players who died, oldest first. */
  readonly fallen: string[];
}

/** The death-notices zone system (one per world). */
export class DeathNotices implements ZoneSystem {
  /** Name for metrics and logs. */
  readonly name = 'death-notices';
  /** Notes dropped because {@link DEATH_NOTICE_BOUND} was reached before a take. */
  dropped = 0;
  #kills: NpcKill[] = [];
  #fallen: string[] = [];
  #noted: (() => void) | undefined;

  /**
   * Sets the listener told (inside the tick) when the first note after a take is made; it must
   * only schedule the take for after the tick, never do the work itself.
   */
  onNoted(listener: () => void): void {
    this.#noted = listener;
  }

  /** Notes the deaths of the zone's tick; run after combat and NPC AI. */
  step(zone: Zone): void {
    for (const event of combatEvents(zone)) {
      if (event.kind !== CombatEvents.death) continue;
      const { target, source } = event;
      if (target instanceof PlayerEntity) this.#note(this.#fallen, target.id);
      else if (target instanceof NpcEntity && source instanceof PlayerEntity) {
        const lootTable = target.template.lootTable;
        this.#note(this.#kills, {
          characterId: source.id,
          templateId: target.template.id,
          lootTable,
          lootSeed: lootTable === undefined ? 0 : zone.random.below(0x1_0000_0000),
          zone: zone.id,
          tick: zone.tick,
        });
      }
    }
  }

  /** Hands over (and forgets) every note since the last take. */
  take(): Deaths {
    const deaths = { kills: this.#kills, fallen: this.#fallen };
    this.#kills = [];
    this.#fallen = [];
    return deaths;
  }

  #note<T>(list: T[], note: T): void {
    const pending = this.#kills.length + this.#fallen.length;
    if (pending >= DEATH_NOTICE_BOUND) {
      this.dropped++;
      return;
    }
    list.push(note);
    if (pending === 0) this.#noted?.();
  }
}
