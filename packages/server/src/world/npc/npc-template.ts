/**
 * NPC templates: what a kind of NPC is (a wolf, a bandit), as content authors write it in
 * content/npcs.json. Every spawned NPC is an instance of one template. The schema here is the
 * single definition of the fields; docs/content.md describes them for authors.
 * @module
 */
import { z } from 'zod';

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be 1 to 64 lower-case letters, digits, "-" or "_"');

/** The fields of one template, validated. */
export const npcTemplateSchema = z.strictObject({
  /** Display name sent to clients. */
  name: z.string().trim().min(1).max(64),
  level: z.number().int().min(1).max(1000),
  hitPoints: z.number().int().min(1).max(10_000_000),
  /** Walking speed, metres per second. */
  speed: z.number().positive().max(50),
  /** Hostile NPCs attack players that come this close (metres) and that they can see. */
  aggroRadius: z.number().min(0).max(200),
  /** Pulled farther than this from home (metres), the NPC gives up, runs home and heals. */
  leashRadius: z.number().positive().max(2000),
  /** Skill names (content/combat.json) the NPC uses, in order of preference. */
  skills: z.array(id).max(16).default([]),
  /** The weapon swing: damage rolled in min..max, once every `intervalMs`, reaching `range` metres. */
  attack: z.strictObject({
    min: z.number().int().min(0).max(100_000),
    max: z.number().int().min(0).max(100_000),
    intervalMs: z.number().int().min(100).max(60_000),
    range: z.number().gt(0).max(200),
  }),
  /** Power: skill effects add power × their powerScaling. */
  power: z.number().int().min(0).max(10_000).default(0),
  /** The energy its skills cost: full at spawn, at most `max`, regained `perSecond`. */
  energy: z.strictObject({
    max: z.number().int().min(1).max(100_000),
    perSecond: z.number().int().min(0).max(10_000),
  }).default({ max: 100, perSecond: 10 }),
  /** Behaviour tree id (content/behaviours.json). */
  behaviour: id,
  /** Experience a kill is worth. */
  experience: z.number().int().min(0).max(100_000_000),
  /** Loot table id (defined by the economy content), or none. */
  lootTable: id.optional(),
  /** Seconds from death to respawn (a spawner may override it). */
  respawnSeconds: z.number().positive().max(604_800),
  /** Seconds a corpse stays (for looting) before it is removed; at most the respawn time. */
  corpseSeconds: z.number().min(0).max(3600).default(10),
  /** NPCs of one faction help each other. */
  faction: id,
  /** Whether it attacks players on sight; a peaceful NPC only fights back. */
  hostile: z.boolean(),
});

/** One NPC template, as loaded. */
export interface NpcTemplate extends Readonly<Omit<z.infer<typeof npcTemplateSchema>, 'skills'>> {
  /** The template's id (its key in npcs.json). */
  readonly id: string;
  /** Wire ids of its skills, resolved from the names in content, in order of preference. */
  readonly skills: readonly number[];
}

/** The whole content/npcs.json file. */
export const npcFileSchema = z.strictObject({
  templates: z.record(id, z.unknown()),
});
