/**
 * Loads and checks the NPC content: content/npcs.json (templates) and content/behaviours.json
 * (behaviour trees), next to the zones directory. Everything is validated at start; a mistake
 * stops the server with a {@link ContentError} naming the file, the template or tree, and the
 * field, e.g. `content/npcs.json: template "wolf" field "leashRadius": Too small: expected
 * number to be >0`.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BehaviourError, compileTree, describeIssue } from '../ai/behaviour-compiler.ts';
import type { CompiledTree } from '../ai/behaviour-compiler.ts';
import type { NpcContext } from '../ai/npc-context.ts';
import { npcLeaves } from '../ai/npc-leaves.ts';
import { ContentError } from '../map/tiled-json.ts';
import type { ZoneMap } from '../map/zone-map.ts';
import { npcFileSchema, npcTemplateSchema } from './npc-template.ts';
import type { NpcTemplate } from './npc-template.ts';

/** NPC templates and the trees they run. */
export interface NpcContent {
  /** Templates by id. */
  readonly templates: ReadonlyMap<string, NpcTemplate>;
  /** Compiled behaviour trees by id. */
  readonly trees: ReadonlyMap<string, CompiledTree<NpcContext>>;
}

/** Content with no NPCs (a content directory without npcs.json). */
export const NO_NPC_CONTENT: NpcContent = { templates: new Map(), trees: new Map() };

const behavioursFileSchema = z.strictObject({ trees: z.record(z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'tree ids must be 1 to 64 lower-case letters, digits, "-" or "_"'), z.unknown()) });

/** What NPC content is checked and resolved against. */
export interface NpcContentOptions {
  /** Skill wire ids by name, from the combat content (the one definition of skills). */
  readonly skills: ReadonlyMap<string, number>;
  /** Loot table ids the economy defines; when given, a template naming another table is an error. */
  readonly lootTables?: ReadonlySet<string>;
}

/**
 * Builds NPC content from the two parsed files.
 * @param npcs - parsed npcs.json
 * @param behaviours - parsed behaviours.json
 * @param files - the files' names, for error messages
 * @param options - the skills and loot tables names are resolved against
 * @throws ContentError naming the file, template or tree, and field
 */
export function parseNpcContent(npcs: unknown, behaviours: unknown, files: { npcs: string; behaviours: string }, options: NpcContentOptions): NpcContent {
  const treeFile = behavioursFileSchema.safeParse(behaviours);
  if (!treeFile.success) throw new ContentError(files.behaviours, describeIssue(treeFile.error));
  const trees = new Map<string, CompiledTree<NpcContext>>();
  const leaves = npcLeaves(options.skills);
  for (const [id, json] of Object.entries(treeFile.data.trees)) {
    try {
      trees.set(id, compileTree(id, json, leaves));
    } catch (error) {
      if (error instanceof BehaviourError) throw new ContentError(files.behaviours, error.message);
      throw error;
    }
  }
  const npcFile = npcFileSchema.safeParse(npcs);
  if (!npcFile.success) throw new ContentError(files.npcs, describeIssue(npcFile.error));
  const templates = new Map<string, NpcTemplate>();
  for (const [id, json] of Object.entries(npcFile.data.templates)) {
    const parsed = npcTemplateSchema.safeParse(json);
    if (!parsed.success) throw new ContentError(files.npcs, `template "${id}" field ${describeIssue(parsed.error)}`);
    const where = `template "${id}" field`;
    const skills = parsed.data.skills.map((name) => options.skills.get(name) ?? fail(files.npcs, `${where} "skills": unknown skill "${name}" (combat content has: ${[...options.skills.keys()].join(', ')})`));
    const template: NpcTemplate = Object.freeze({ ...parsed.data, id, skills: Object.freeze(skills) });
    if (!trees.has(template.behaviour)) {
      throw new ContentError(files.npcs, `${where} "behaviour": no tree "${template.behaviour}" in ${files.behaviours} (trees: ${[...trees.keys()].join(', ')})`);
    }
    if (template.attack.min > template.attack.max) throw new ContentError(files.npcs, `${where} "attack.min": ${template.attack.min} is above max ${template.attack.max}`);
    if (template.lootTable !== undefined && options.lootTables !== undefined && !options.lootTables.has(template.lootTable)) {
      throw new ContentError(files.npcs, `${where} "lootTable": no loot table "${template.lootTable}" in the economy content (tables: ${[...options.lootTables].join(', ')})`);
    }
    if (template.corpseSeconds > template.respawnSeconds) {
      throw new ContentError(files.npcs, `${where} "corpseSeconds": ${template.corpseSeconds} s is longer than its respawnSeconds (${template.respawnSeconds} s)`);
    }
    templates.set(id, template);
  }
  return { templates, trees };
}

function fail(file: string, message: string): never {
  throw new ContentError(file, message);
}

/** The text of a file, or undefined when it does not exist. */
async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ContentError(file, `cannot be read: ${(error as Error).message}`);
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ContentError(file, `is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * Loads `npcs.json` and `behaviours.json` from `dir` (the content root, the parent of the zones
 * directory). A directory without npcs.json has no NPCs ({@link NO_NPC_CONTENT}); with it,
 * behaviours.json is required.
 * @throws ContentError naming the file at fault
 */
export async function loadNpcContent(dir: string, options: NpcContentOptions): Promise<NpcContent> {
  const npcsFile = join(dir, 'npcs.json');
  const behavioursFile = join(dir, 'behaviours.json');
  const npcs = await readText(npcsFile);
  if (npcs === undefined) return NO_NPC_CONTENT;
  const behaviours = await readText(behavioursFile);
  if (behaviours === undefined) throw new ContentError(behavioursFile, 'is missing; npcs.json needs the behaviour trees it names');
  return parseNpcContent(parseJson(npcs, npcsFile), parseJson(behaviours, behavioursFile), { npcs: npcsFile, behaviours: behavioursFile }, options);
}

/**
 * Checks that every spawner of every zone names a template that exists.
 * @throws ContentError naming the map file and spawner
 */
export function checkSpawners(maps: Iterable<ZoneMap>, content: NpcContent): void {
  for (const map of maps) {
    for (const spawner of map.spawners ?? []) {
      if (!content.templates.has(spawner.template)) {
        const known = [...content.templates.keys()].join(', ');
        throw new ContentError(map.file, `spawner "${spawner.id}" names template "${spawner.template}", which is not in npcs.json (templates: ${known === '' ? 'none' : known})`);
      }
    }
  }
}
