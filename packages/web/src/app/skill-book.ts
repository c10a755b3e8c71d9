/**
 * The combat content as the page needs it (the server's `combat.json`, served at
 * `/content/combat.json`): each class's five skills in skill-bar order with their cost,
 * cooldown, cast time, range and kind of target, the class resource's name, and aura names.
 * The server stays the judge of every cast; this only labels buttons and paces cooldowns.
 * @module
 */

/** Who a skill is aimed at (combat.json's `target`). */
export type SkillTarget = 'enemy' | 'ally' | 'self' | 'caster-area' | 'target-area';

/** One skill. */
export interface SkillInfo {
  /** Wire id (CastSkill.skill_id). */
  readonly id: number;
  /** Content name, e.g. `fireball`. */
  readonly name: string;
  /** Who it is aimed at. */
  readonly target: SkillTarget;
  /** Metres (0 for self and caster-area skills). */
  readonly range: number;
  /** Milliseconds; 0 for none. */
  readonly cooldownMs: number;
  /** Milliseconds; 0 for instant. */
  readonly castMs: number;
  /** Class resource spent. */
  readonly cost: number;
}

/** One class's kit. */
export interface ClassKit {
  /** The class resource's name (rage, mana, focus). */
  readonly resourceName: string;
  /** Skill ids in skill-bar order (keys 1-5). */
  readonly skills: readonly number[];
}

/** The skills of every class, by CharacterClass wire value. */
export interface SkillBook {
  /** Every skill, by id. */
  readonly skills: ReadonlyMap<number, SkillInfo>;
  /** Kits by CharacterClass wire value (1 warrior, 2 mage, 3 ranger). */
  readonly kits: ReadonlyMap<number, ClassKit>;
  /** Aura names, by id. */
  readonly auras: ReadonlyMap<number, string>;
}

/** combat.json's class keys → CharacterClass wire values. */
const CLASS_IDS: Readonly<Record<string, number>> = { warrior: 1, mage: 2, ranger: 3 };
const TARGETS: readonly SkillTarget[] = ['enemy', 'ally', 'self', 'caster-area', 'target-area'];

/** combat.json could not be understood. */
export class ContentError extends Error {
  /** @param message - what is wrong, naming the field */
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ContentError(`${what} is not an object`);
  return value as Record<string, unknown>;
}

function numberAt(value: Record<string, unknown>, key: string, what: string): number {
  const found = value[key];
  if (typeof found !== 'number' || !Number.isFinite(found)) throw new ContentError(`${what}.${key} is not a number`);
  return found;
}

function stringAt(value: Record<string, unknown>, key: string, what: string): string {
  const found = value[key];
  if (typeof found !== 'string') throw new ContentError(`${what}.${key} is not a string`);
  return found;
}

function arrayAt(value: Record<string, unknown>, key: string, what: string): unknown[] {
  const found = value[key];
  if (!Array.isArray(found)) throw new ContentError(`${what}.${key} is not a list`);
  return found;
}

/**
 * Reads combat.json.
 * @throws ContentError naming the first field it cannot read
 */
export function parseSkillBook(json: unknown): SkillBook {
  const root = record(json, 'combat.json');
  const skills = new Map<number, SkillInfo>();
  const byName = new Map<string, number>();
  for (const [index, raw] of arrayAt(root, 'skills', 'combat.json').entries()) {
    const what = `skills[${index}]`;
    const skill = record(raw, what);
    const target = stringAt(skill, 'target', what) as SkillTarget;
    if (!TARGETS.includes(target)) throw new ContentError(`${what}.target "${target}" is not one of ${TARGETS.join(', ')}`);
    const info: SkillInfo = {
      id: numberAt(skill, 'id', what),
      name: stringAt(skill, 'name', what),
      target,
      range: numberAt(skill, 'range', what),
      cooldownMs: numberAt(skill, 'cooldownMs', what),
      castMs: numberAt(skill, 'castMs', what),
      cost: numberAt(skill, 'cost', what),
    };
    skills.set(info.id, info);
    byName.set(info.name, info.id);
  }
  const kits = new Map<number, ClassKit>();
  for (const [className, raw] of Object.entries(record(root.classes, 'combat.json classes'))) {
    const classId = CLASS_IDS[className];
    if (classId === undefined) continue;
    const what = `classes.${className}`;
    const kit = record(raw, what);
    const skillIds = arrayAt(kit, 'skills', what).map((name) => {
      const id = typeof name === 'string' ? byName.get(name) : undefined;
      if (id === undefined) throw new ContentError(`${what}.skills names an unknown skill ${JSON.stringify(name)}`);
      return id;
    });
    kits.set(classId, { resourceName: stringAt(record(kit.resource, `${what}.resource`), 'name', `${what}.resource`), skills: skillIds });
  }
  const auras = new Map<number, string>();
  for (const [index, raw] of (Array.isArray(root.auras) ? root.auras : []).entries()) {
    const aura = record(raw, `auras[${index}]`);
    auras.set(numberAt(aura, 'id', `auras[${index}]`), stringAt(aura, 'name', `auras[${index}]`));
  }
  return { skills, kits, auras };
}

/** A content name as people read it: `heroic-strike` → `Heroic Strike`. */
export function displayName(name: string): string {
  return name
    .split(/[-_ ]+/)
    .filter((word) => word !== '')
    .map((word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`)
    .join(' ');
}
