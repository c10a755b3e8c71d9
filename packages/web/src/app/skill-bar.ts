/**
 * The skill bar's state: which of the class's skills keys 1-5 cast, how long each cooldown has
 * left and whether the player can afford it now. The server never sends cooldowns, so the bar
 * follows the server's rule (a cooldown starts when the skill takes effect): at once for an
 * instant skill the server accepted, and for a skill with a cast time when the first combat
 * event the caster's skill caused arrives (an interrupted cast causes none, so no cooldown).
 * Pure: time comes in as arguments.
 * @module
 */
import { displayName } from './skill-book.ts';
import type { SkillBook, SkillInfo } from './skill-book.ts';

/** One button of the bar as drawn. */
export interface SkillSlot {
  /** The key that casts it (1-5). */
  readonly key: number;
  /** The skill. */
  readonly skill: SkillInfo;
  /** Its name for people. */
  readonly label: string;
  /** Milliseconds until it can be used again; 0 when ready. */
  readonly cooldownLeftMs: number;
  /** Share of the cooldown still to run, 0-1 (for the sweep drawn over the button). */
  readonly cooldownShare: number;
  /** Whether the resource covers its cost. */
  readonly affordable: boolean;
  /** Whether pressing it now makes sense: ready, affordable, alive and not casting. */
  readonly usable: boolean;
}

/** What the bar reads of the player's own entity. */
export interface Caster {
  /** Class resource now. */
  readonly resource: number;
  /** Whether it is dead. */
  readonly dead: boolean;
  /** The skill it is casting; 0 when not casting. */
  readonly castSkillId: number;
}

/** A combat event, as far as the bar cares. */
export interface CausedEvent {
  /** Who caused it. */
  readonly sourceId: number;
  /** The skill; 0 for a weapon swing or an aura pulse. */
  readonly skillId: number;
}

/** Cooldowns and the key layout of one player's skill bar. */
export class SkillBar {
  readonly #book: SkillBook;
  /** Skill id → when it is ready again (ms, the caller's clock). */
  readonly #readyAt = new Map<number, number>();
  /** Skills whose cast the server accepted and that have not taken effect yet. */
  readonly #casting = new Set<number>();

  /** @param book - the skills of every class */
  constructor(book: SkillBook) {
    this.#book = book;
  }

  /** The skill key `key` (1-5) casts for a class, if any. */
  skillFor(classId: number, key: number): SkillInfo | undefined {
    const id = this.#book.kits.get(classId)?.skills[key - 1];
    return id === undefined ? undefined : this.#book.skills.get(id);
  }

  /** The server accepted a cast (SkillCast): an instant skill's cooldown starts now. */
  accepted(skillId: number, castTicks: number, nowMs: number): void {
    if (castTicks === 0) this.#startCooldown(skillId, nowMs);
    else this.#casting.add(skillId);
  }

  /** A combat event arrived: the first one a pending cast of the player's caused starts its cooldown. */
  event(event: CausedEvent, selfId: number, nowMs: number): void {
    if (event.sourceId !== selfId || !this.#casting.delete(event.skillId)) return;
    this.#startCooldown(event.skillId, nowMs);
  }

  /** The player's cast ended without taking effect (interrupted, or it died). */
  castEnded(skillId: number): void {
    this.#casting.delete(skillId);
  }

  /** The bar for a class as it stands at `nowMs`. */
  slots(classId: number, caster: Caster, nowMs: number): SkillSlot[] {
    const kit = this.#book.kits.get(classId);
    if (kit === undefined) return [];
    return kit.skills.flatMap((id, index) => {
      const skill = this.#book.skills.get(id);
      if (skill === undefined) return [];
      const cooldownLeftMs = Math.max(0, (this.#readyAt.get(id) ?? 0) - nowMs);
      const affordable = caster.resource >= skill.cost;
      return [{
        key: index + 1,
        skill,
        label: displayName(skill.name),
        cooldownLeftMs,
        cooldownShare: skill.cooldownMs > 0 ? Math.min(1, cooldownLeftMs / skill.cooldownMs) : 0,
        affordable,
        usable: cooldownLeftMs === 0 && affordable && !caster.dead && caster.castSkillId === 0,
      }];
    });
  }

  #startCooldown(skillId: number, nowMs: number): void {
    const cooldownMs = this.#book.skills.get(skillId)?.cooldownMs ?? 0;
    if (cooldownMs > 0) this.#readyAt.set(skillId, nowMs + cooldownMs);
  }
}
