/**
 * Combat events in words: a line for the combat log ("Grey Wolf hits you for 6 (Rend)") and
 * the short floating text drawn over the entity it happened to ("-6", "+12", "miss"). Pure.
 * @module
 */
import { v1 } from '@realmforge/protocol';
import type { MirroredCombatEvent } from '@realmforge/client';
import { displayName } from './skill-book.ts';

// Plain numbers: the mirror carries the wire value as a number.
const DAMAGE: number = v1.CombatEventKind.COMBAT_EVENT_KIND_DAMAGE;
const HEAL: number = v1.CombatEventKind.COMBAT_EVENT_KIND_HEAL;
const MISS: number = v1.CombatEventKind.COMBAT_EVENT_KIND_MISS;
const INTERRUPT: number = v1.CombatEventKind.COMBAT_EVENT_KIND_INTERRUPT;
const DEATH: number = v1.CombatEventKind.COMBAT_EVENT_KIND_DEATH;
const EXPERIENCE: number = v1.CombatEventKind.COMBAT_EVENT_KIND_EXPERIENCE;
const LEVEL_UP: number = v1.CombatEventKind.COMBAT_EVENT_KIND_LEVEL_UP;
import type { SkillBook } from './skill-book.ts';

/** How a combat event is shown. */
export interface CombatText {
  /** The combat log's line. */
  readonly line: string;
  /** What floats over the target; '' for none (experience and level-ups float over the player only). */
  readonly floating: string;
  /** The kind, for colours: damage, heal, miss, interrupt, death, experience, level. */
  readonly tone: 'damage' | 'heal' | 'miss' | 'interrupt' | 'death' | 'experience' | 'level';
}

/**
 * The words for one event.
 * @param nameOf - an entity's display name by id ('' when not in view)
 * @param selfId - the player's own entity (called "you")
 */
export function combatText(event: MirroredCombatEvent, nameOf: (id: number) => string, selfId: number, book: SkillBook | undefined): CombatText {
  const who = (id: number, capital: boolean): string => {
    if (id === selfId) return capital ? 'You' : 'you';
    const name = nameOf(id);
    return name === '' ? (capital ? 'Something' : 'something') : name;
  };
  const source = who(event.sourceId, true);
  const target = who(event.targetId, false);
  const skillName = event.skillId !== 0 ? book?.skills.get(event.skillId)?.name : event.auraId !== 0 ? book?.auras.get(event.auraId) : undefined;
  const by = skillName === undefined ? '' : ` (${displayName(skillName)})`;
  const verb = (youForm: string, otherForm: string): string => (event.sourceId === selfId ? youForm : otherForm);
  switch (event.kind) {
    case DAMAGE:
      return { line: `${source} ${verb('hit', 'hits')} ${target} for ${event.amount}${by}`, floating: `-${event.amount}`, tone: 'damage' };
    case HEAL:
      return { line: `${source} ${verb('heal', 'heals')} ${target} for ${event.amount}${by}`, floating: `+${event.amount}`, tone: 'heal' };
    case MISS:
      return { line: `${source} ${verb('miss', 'misses')} ${target}${by}`, floating: 'miss', tone: 'miss' };
    case INTERRUPT:
      return { line: `${source} ${verb('interrupt', 'interrupts')} ${event.targetId === selfId ? 'your' : `${target}'s`} cast${by}`, floating: 'interrupted', tone: 'interrupt' };
    case DEATH:
      return { line: event.targetId === selfId ? 'You die' : `${who(event.targetId, true)} dies`, floating: 'dead', tone: 'death' };
    case EXPERIENCE:
      return { line: `${who(event.targetId, true)} ${event.targetId === selfId ? 'gain' : 'gains'} ${event.amount} experience`, floating: event.targetId === selfId ? `+${event.amount} xp` : '', tone: 'experience' };
    case LEVEL_UP:
      return { line: `${who(event.targetId, true)} ${event.targetId === selfId ? 'reach' : 'reaches'} level ${event.amount}`, floating: event.targetId === selfId ? `level ${event.amount}!` : '', tone: 'level' };
    default:
      // A kind newer than this page: logged plainly, nothing floats.
      return { line: `${source}: combat event ${event.kind} on ${target}`, floating: '', tone: 'miss' };
  }
}
