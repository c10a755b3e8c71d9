/**
 * What a fighting bot knows of its class, as a game client ships its skill data: each class's
 * weapon reach and skills (range, cooldown, cast time, cost, what they aim at) from
 * content/combat.json, read once per process.
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CharacterClass } from '@realmforge/protocol';

/** What a skill is aimed at (the content's `target`). */
export type SkillAim = 'enemy' | 'target-area' | 'caster-area' | 'self' | 'ally';

/** One skill of a class kit. */
export interface KitSkill {
  /** The skill's id on the wire. */
  readonly id: number;
  /** What it is aimed at. */
  readonly aim: SkillAim;
  /** Reach, metres: the range for aimed skills, the radius for caster-area skills. */
  readonly reach: number;
  /** Cooldown after use, ms. */
  readonly cooldownMs: number;
  /** Cast time, ms (0: instant). */
  readonly castMs: number;
  /** Class resource it costs. */
  readonly cost: number;
  /** True when it deals damage (its effect can be seen as a damage or miss event). */
  readonly damages: boolean;
}

/** A class's fighting kit. */
export interface CombatKit {
  /** The weapon swing's range, metres: how near the bot stands to its target. */
  readonly swingRange: number;
  /** Skills, damaging ones first (the order the bot tries them in). */
  readonly skills: readonly KitSkill[];
}

interface CombatContent {
  readonly classes: Readonly<Record<string, { readonly autoAttack: { readonly range: number }; readonly skills: readonly string[] }>>;
  readonly skills: readonly {
    readonly id: number; readonly name: string; readonly target: SkillAim; readonly range: number; readonly radius?: number;
    readonly cooldownMs: number; readonly castMs: number; readonly cost: number; readonly effects: readonly { readonly type: string }[];
  }[];
}

const CONTENT = fileURLToPath(new URL('../../../content/combat.json', import.meta.url));

/** The content's class names by wire value. */
const CLASS_NAMES: ReadonlyMap<CharacterClass, string> = new Map([
  [CharacterClass.CHARACTER_CLASS_WARRIOR, 'warrior'],
  [CharacterClass.CHARACTER_CLASS_MAGE, 'mage'],
  [CharacterClass.CHARACTER_CLASS_RANGER, 'ranger'],
]);

/** The classes a fighting bot may play, in the order bots are dealt them. */
export const FIGHTING_CLASSES: readonly CharacterClass[] = [...CLASS_NAMES.keys()];

function readKits(): Map<CharacterClass, CombatKit> {
  const content = JSON.parse(readFileSync(CONTENT, 'utf8')) as CombatContent;
  const kits = new Map<CharacterClass, CombatKit>();
  for (const [classId, name] of CLASS_NAMES) {
    const definition = content.classes[name];
    if (definition === undefined) throw new Error(`${CONTENT}: no class "${name}"`);
    const skills = definition.skills.map((skillName): KitSkill => {
      const s = content.skills.find((x) => x.name === skillName);
      if (s === undefined) throw new Error(`${CONTENT}: class "${name}" names an unknown skill "${skillName}"`);
      return {
        id: s.id, aim: s.target, reach: s.target === 'caster-area' ? (s.radius ?? 0) : s.range,
        cooldownMs: s.cooldownMs, castMs: s.castMs, cost: s.cost, damages: s.effects.some((e) => e.type === 'damage'),
      };
    });
    kits.set(classId, { swingRange: definition.autoAttack.range, skills: [...skills.filter((s) => s.damages), ...skills.filter((s) => !s.damages)] });
  }
  return kits;
}

/** Kits by CharacterClass wire value. */
const KITS: ReadonlyMap<number, CombatKit> = readKits();

/** The kit of a class; the warrior's for a class the content does not know. */
export function kitOf(classId: number): CombatKit {
  const kit = KITS.get(classId) ?? KITS.get(CharacterClass.CHARACTER_CLASS_WARRIOR);
  if (kit === undefined) throw new Error('the combat content has no warrior');
  return kit;
}
