/**
 * The combat content: skills, auras (buffs and debuffs), each class's resource, stat growth
 * and skill kit, and the experience curve. Loaded from a JSON file (content/combat.json) and
 * validated with zod once at start; a mistake stops the server with a message naming the file,
 * the skill, aura or class, and the field. After loading, references by name are resolved to
 * objects, so the tick never looks anything up by string.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { CHARACTER_CLASSES } from '../../characters/character-classes.ts';
import { ContentError } from '../map/tiled-json.ts';

const name = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, 'must be 1 to 32 lowercase letters, digits or "-", starting with a letter');
const wireId = z.number().int().min(1).max(65535);
const milliseconds = z.number().int().min(0).max(3_600_000);
const fraction = z.number().gt(0).max(1);

const periodicSchema = z.strictObject({
  effect: z.enum(['damage', 'heal']),
  amount: z.number().int().min(1).max(100_000),
  everyMs: z.number().int().min(50).max(600_000),
});

const auraSchema = z.strictObject({
  id: wireId,
  name,
  kind: z.enum(['buff', 'debuff']),
  durationMs: z.number().int().min(50).max(3_600_000),
  stacking: z.enum(['refresh', 'stack', 'replace']),
  maxStacks: z.number().int().min(1).max(100).default(1),
  periodic: periodicSchema.optional(),
  stun: z.boolean().default(false),
  slow: fraction.optional(),
  damageDone: z.number().gt(0).max(10).default(1),
  damageTaken: z.number().gt(0).max(10).default(1),
});

const effectSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('damage'), min: z.number().int().min(0).max(100_000), max: z.number().int().min(0).max(100_000), powerScaling: z.number().min(0).max(10).default(0) }),
  z.strictObject({ type: z.literal('heal'), min: z.number().int().min(0).max(100_000), max: z.number().int().min(0).max(100_000), powerScaling: z.number().min(0).max(10).default(0) }),
  z.strictObject({ type: z.literal('aura'), aura: name }),
]);

const skillSchema = z.strictObject({
  id: wireId,
  name,
  target: z.enum(['self', 'enemy', 'ally', 'caster-area', 'target-area']),
  radius: z.number().gt(0).max(100).optional(),
  range: z.number().min(0).max(200),
  cooldownMs: milliseconds,
  castMs: milliseconds,
  cost: z.number().int().min(0).max(100_000),
  interruptedByDamage: z.boolean().default(false),
  effects: z.array(effectSchema).min(1).max(8),
});

const classSchema = z.strictObject({
  resource: z.strictObject({
    name,
    max: z.number().int().min(1).max(100_000),
    maxPerLevel: z.number().int().min(0).max(10_000),
    startsFull: z.boolean(),
    regenPerSecond: z.number().int().min(-10_000).max(10_000),
    perSwing: z.number().int().min(0).max(10_000),
    perHitTaken: z.number().int().min(0).max(10_000),
  }),
  hitPointsPerLevel: z.number().int().min(0).max(10_000),
  power: z.number().int().min(0).max(10_000),
  powerPerLevel: z.number().int().min(0).max(1000),
  autoAttack: z.strictObject({
    min: z.number().int().min(0).max(100_000),
    max: z.number().int().min(0).max(100_000),
    intervalMs: z.number().int().min(100).max(60_000),
    range: z.number().gt(0).max(200),
  }),
  skills: z.array(name).min(1).max(16),
});

const fileSchema = z.strictObject({
  missChance: z.number().min(0).max(1),
  respawnHealthFraction: fraction,
  partyExperienceRadius: z.number().gt(0).max(1000),
  persistentCooldownMs: milliseconds,
  levels: z.strictObject({
    cap: z.number().int().min(1).max(1000),
    experienceBase: z.number().int().min(1).max(1e9),
    experiencePerLevel: z.number().int().min(0).max(1e9),
  }),
  classes: z.record(z.string(), classSchema),
  auras: z.array(auraSchema),
  skills: z.array(skillSchema),
});

type AuraJson = z.infer<typeof auraSchema>;
type ClassJson = z.infer<typeof classSchema>;

/** A buff or debuff as content defines it. */
export interface AuraDefinition extends Omit<AuraJson, 'slow'> {
  /** Speed multiplier while active (1 = none). */
  readonly slow: number;
}

/** One effect of a skill, with its aura resolved. */
export type SkillEffect =
  | { readonly type: 'damage' | 'heal'; readonly min: number; readonly max: number; readonly powerScaling: number }
  | { readonly type: 'aura'; readonly aura: AuraDefinition };

/** Who a skill may be aimed at, and what it touches. */
export type TargetRule = 'self' | 'enemy' | 'ally' | 'caster-area' | 'target-area';

/** A skill as content defines it. */
export interface SkillDefinition {
  /** Wire id (CastSkill.skill_id). */
  readonly id: number;
  /** Content name. */
  readonly name: string;
  /** Who it is aimed at: the caster, one enemy, one ally, enemies around the caster or around an enemy. */
  readonly target: TargetRule;
  /** Area radius for area rules, metres (0 otherwise). */
  readonly radius: number;
  /** Metres from the caster's centre to the target's edge. */
  readonly range: number;
  /** Milliseconds before it can be used again. */
  readonly cooldownMs: number;
  /** Milliseconds of casting (0 = instant). */
  readonly castMs: number;
  /** Resource spent when it takes effect. */
  readonly cost: number;
  /** Whether damage taken while casting interrupts it (moving always does). */
  readonly interruptedByDamage: boolean;
  /** Applied in order to every target. */
  readonly effects: readonly SkillEffect[];
}

/** The resource a class spends. */
export type ResourceRules = ClassJson['resource'];

/** The weapon swing. */
export interface AutoAttackRules {
  /** Damage range, inclusive. */
  readonly min: number;
  /** Damage range, inclusive. */
  readonly max: number;
  /** Milliseconds between swings. */
  readonly intervalMs: number;
  /** Metres from the attacker's centre to the target's edge. */
  readonly range: number;
}

/** What an entity fights with: its resource, power and kit. NPC templates build one too. */
export interface CombatProfile {
  /** The resource spent by skills (rage, mana, focus, or whatever an NPC uses). */
  readonly resource: ResourceRules;
  /** Hit points gained per level. */
  readonly hitPointsPerLevel: number;
  /** Power at level 1: skill effects add `power × powerScaling`. */
  readonly power: number;
  /** Power gained per level. */
  readonly powerPerLevel: number;
  /** The weapon swing. */
  readonly autoAttack: AutoAttackRules;
  /** Skills it may use, by wire id. */
  readonly skills: ReadonlyMap<number, SkillDefinition>;
}

/** Level curve: experience to go from level L to L+1 is base + perLevel × (L - 1). */
export interface LevelRules {
  /** Highest level. */
  readonly cap: number;
  /** Experience from level 1 to 2. */
  readonly experienceBase: number;
  /** Extra experience needed for each later level. */
  readonly experiencePerLevel: number;
}

/** The loaded, validated and resolved combat content. */
export interface CombatContent {
  /** Chance that an attack (swing or damaging skill) misses, 0..1. */
  readonly missChance: number;
  /** Share of maximum hit points a released spirit comes back with. */
  readonly respawnHealthFraction: number;
  /** Party members within this many metres of a kill share its experience. */
  readonly partyExperienceRadius: number;
  /** Cooldowns at least this long are saved with the character. */
  readonly persistentCooldownMs: number;
  /** The experience curve. */
  readonly levels: LevelRules;
  /** Combat profile by CharacterClass wire value. */
  readonly classes: ReadonlyMap<number, CombatProfile>;
  /** Every skill by wire id. */
  readonly skills: ReadonlyMap<number, SkillDefinition>;
  /** Every aura by wire id. */
  readonly auras: ReadonlyMap<number, AuraDefinition>;
}

/** Where in the file an issue is, in words: `skill "fireball" field "castMs"`. */
function locate(json: unknown, path: readonly PropertyKey[]): string {
  const [section, index, ...rest] = path;
  const field = (parts: readonly PropertyKey[]): string => (parts.length === 0 ? '' : ` field "${parts.map(String).join('.')}"`);
  if ((section === 'skills' || section === 'auras') && typeof index === 'number') {
    const list = (json as Record<string, unknown[] | undefined>)[section];
    const entry = list?.[index] as { name?: unknown } | undefined;
    const label = typeof entry?.name === 'string' ? `"${entry.name}"` : `#${index + 1}`;
    return `${section === 'skills' ? 'skill' : 'aura'} ${label}${field(rest)}`;
  }
  if (section === 'classes' && index !== undefined) return `class "${String(index)}"${field(rest)}`;
  return field(path).trim() || 'the file';
}

/**
 * Validates and resolves combat content.
 * @param json - the parsed file
 * @param file - where it came from; every error names it
 * @throws ContentError naming the file, the skill/aura/class and the field at fault
 */
export function parseCombatContent(json: unknown, file: string): CombatContent {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ContentError(file, `${locate(json, issue?.path ?? [])}: ${issue?.message ?? 'invalid'}`);
  }
  const data = parsed.data;
  const auras = new Map<number, AuraDefinition>();
  const aurasByName = new Map<string, AuraDefinition>();
  for (const aura of data.auras) {
    if (auras.has(aura.id)) throw new ContentError(file, `aura "${aura.name}" field "id": ${aura.id} is used by aura "${auras.get(aura.id)?.name ?? ''}" too`);
    if (aurasByName.has(aura.name)) throw new ContentError(file, `aura "${aura.name}" field "name": defined twice`);
    const resolved: AuraDefinition = Object.freeze({ ...aura, slow: aura.slow ?? 1 });
    auras.set(aura.id, resolved);
    aurasByName.set(aura.name, resolved);
  }
  const skills = new Map<number, SkillDefinition>();
  const skillsByName = new Map<string, SkillDefinition>();
  for (const skill of data.skills) {
    const where = `skill "${skill.name}"`;
    if (skills.has(skill.id)) throw new ContentError(file, `${where} field "id": ${skill.id} is used by skill "${skills.get(skill.id)?.name ?? ''}" too`);
    if (skillsByName.has(skill.name)) throw new ContentError(file, `${where} field "name": defined twice`);
    const area = skill.target === 'caster-area' || skill.target === 'target-area';
    if (area && skill.radius === undefined) throw new ContentError(file, `${where} field "radius": required for target "${skill.target}"`);
    if (!area && skill.radius !== undefined) throw new ContentError(file, `${where} field "radius": only area skills have one`);
    const effects = skill.effects.map((effect, i): SkillEffect => {
      if (effect.type === 'aura') {
        const aura = aurasByName.get(effect.aura);
        if (aura === undefined) throw new ContentError(file, `${where} field "effects.${i}.aura": no aura is called "${effect.aura}"`);
        return Object.freeze({ type: 'aura', aura });
      }
      if (effect.min > effect.max) throw new ContentError(file, `${where} field "effects.${i}.min": ${effect.min} is above max ${effect.max}`);
      return Object.freeze({ ...effect });
    });
    const resolved: SkillDefinition = Object.freeze({ ...skill, radius: skill.radius ?? 0, effects: Object.freeze(effects) });
    skills.set(skill.id, resolved);
    skillsByName.set(skill.name, resolved);
  }
  const classes = new Map<number, CombatProfile>();
  const classIds = new Map([...CHARACTER_CLASSES.values()].map((c) => [c.name, c.id]));
  for (const [className, rules] of Object.entries(data.classes)) {
    const where = `class "${className}"`;
    const classId = classIds.get(className);
    if (classId === undefined) throw new ContentError(file, `${where}: no such class (classes: ${[...classIds.keys()].join(', ')})`);
    if (rules.autoAttack.min > rules.autoAttack.max) throw new ContentError(file, `${where} field "autoAttack.min": ${rules.autoAttack.min} is above max ${rules.autoAttack.max}`);
    const kit = new Map<number, SkillDefinition>();
    rules.skills.forEach((skillName, i) => {
      const skill = skillsByName.get(skillName);
      if (skill === undefined) throw new ContentError(file, `${where} field "skills.${i}": no skill is called "${skillName}"`);
      kit.set(skill.id, skill);
    });
    classes.set(classId, Object.freeze({ ...rules, skills: kit }));
  }
  for (const [className, classId] of classIds) {
    if (!classes.has(classId)) throw new ContentError(file, `class "${className}": missing; every playable class needs a combat profile`);
  }
  return Object.freeze({ ...data, classes, skills, auras });
}

/**
 * Reads and validates a combat content file.
 * @throws ContentError when the file cannot be read, is not JSON, or is invalid
 */
export async function loadCombatContent(file: string): Promise<CombatContent> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new ContentError(file, `cannot be loaded: ${(error as Error).message}`);
  }
  return parseCombatContent(json, file);
}
