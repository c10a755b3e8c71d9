/**
 * NPC content validation: the default content loads; mistakes name the file, template or tree,
 * and field; spawners are read from maps and checked against the templates.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ContentError } from '../../../src/world/map/tiled-json.ts';
import { loadWorldContent } from '../../../src/world/map/tiled-map.ts';
import { parseCombatContent } from '../../../src/world/combat/combat-content.ts';
import { skillIdsByName } from '../../../src/world/npc/combat-for-npcs.ts';
import { checkSpawners, loadNpcContent, parseNpcContent } from '../../../src/world/npc/npc-content.ts';

const root = join(import.meta.dirname, '..', '..', '..', '..', '..', 'content');
const npcs = JSON.parse(readFileSync(join(root, 'npcs.json'), 'utf8')) as { templates: Record<string, Record<string, unknown>> };
const behaviours = JSON.parse(readFileSync(join(root, 'behaviours.json'), 'utf8')) as unknown;
const files = { npcs: 'npcs.json', behaviours: 'behaviours.json' };
const combatJson = JSON.parse(readFileSync(join(root, 'combat.json'), 'utf8')) as unknown;
const skills = skillIdsByName(parseCombatContent(combatJson, 'combat.json'));
const options = { skills };

function withWolf(change: Record<string, unknown>): unknown {
  return { templates: { ...npcs.templates, 'grey-wolf': { ...npcs.templates['grey-wolf'], ...change } } };
}

function rejects(run: () => unknown, message: RegExp): void {
  assert.throws(run, (error: unknown) => error instanceof ContentError && message.test(error.message), message.source);
}

describe('NPC content', () => {
  it('loads the default templates and trees, and every spawner of the default zones names a template', async () => {
    const content = await loadNpcContent(root, { skills, lootTables: new Set(['vermin', 'wolf', 'bandit']) });
    assert.deepEqual([...content.templates.keys()].sort(), ['bandit', 'camp-guard', 'deer', 'field-rat', 'grey-wolf']);
    assert.deepEqual(content.templates.get('bandit')?.skills, [skills.get('heroic-strike'), skills.get('hamstring')], 'skill names resolve to wire ids in order');
    assert.ok(content.trees.size >= 4);
    const maps = await loadWorldContent(join(root, 'zones'));
    for (const map of maps.values()) assert.ok((map.spawners ?? []).length > 0, `${map.id} has spawners`);
    checkSpawners(maps.values(), content);
  });

  it('names the template and field of a bad value', () => {
    rejects(() => parseNpcContent(withWolf({ leashRadius: 0 }), behaviours, files, options), /^npcs\.json: template "grey-wolf" field "leashRadius": Too small/);
    rejects(() => parseNpcContent(withWolf({ hostile: 'yes' }), behaviours, files, options), /template "grey-wolf" field "hostile"/);
    rejects(() => parseNpcContent(withWolf({ speeed: 3 }), behaviours, files, options), /template "grey-wolf" field Unrecognized key: "speeed"/);
    rejects(() => parseNpcContent(withWolf({ behaviour: 'sleepy' }), behaviours, files, options), /template "grey-wolf" field "behaviour": no tree "sleepy" in behaviours\.json/);
    rejects(() => parseNpcContent(withWolf({ skills: ['bite'] }), behaviours, files, options), /template "grey-wolf" field "skills": unknown skill "bite"/);
    rejects(() => parseNpcContent(withWolf({ attack: undefined }), behaviours, files, options), /template "grey-wolf" field "attack"/);
    rejects(() => parseNpcContent(withWolf({ attack: { min: 9, max: 3, intervalMs: 2000, range: 2 } }), behaviours, files, options), /template "grey-wolf" field "attack\.min": 9 is above max 3/);
    rejects(() => parseNpcContent(withWolf({ attack: { min: 1, max: 3, intervalMs: 10, range: 2 } }), behaviours, files, options), /template "grey-wolf" field "attack"\."intervalMs": Too small/);
    rejects(() => parseNpcContent(withWolf({ energy: { max: 0, perSecond: 1 } }), behaviours, files, options), /template "grey-wolf" field "energy"\."max": Too small/);
    rejects(() => parseNpcContent(withWolf({ lootTable: 'grey-wolf' }), behaviours, files, { skills, lootTables: new Set(['vermin', 'wolf']) }), /template "grey-wolf" field "lootTable": no loot table "grey-wolf" in the economy content \(tables: vermin, wolf\)/);
    rejects(() => parseNpcContent(withWolf({ corpseSeconds: 100, respawnSeconds: 30 }), behaviours, files, options), /"corpseSeconds": 100 s is longer than its respawnSeconds/);
    rejects(() => parseNpcContent({ templates: { 'Bad Id': {} } }, behaviours, files, options), /^npcs\.json: "templates"/);
  });

  it('names the tree and node of a bad behaviour tree', () => {
    const trees = { trees: { broken: { type: 'selector', children: [{ type: 'wander', radius: -2 }] } } };
    rejects(() => parseNpcContent({ templates: {} }, trees, files, options), /^behaviours\.json: tree "broken" at root\.children\[0\]: wander "radius": Too small/);
    rejects(() => parseNpcContent({ templates: {} }, { trees: { t: { type: 'fly' } } }, files, options), /tree "t" at root: unknown node type "fly"/);
    rejects(() => parseNpcContent({ templates: {} }, { trees: { t: { type: 'useSkill', skill: 'bite' } } }, files, options), /tree "t" at root: useSkill "skill": no skill of that name in the combat content/);
    rejects(() => parseNpcContent({ templates: {} }, { trees: { t: { type: 'patrol', points: [[0, 0]] } } }, files, options), /patrol "points": Too small/);
  });

  it('a spawner naming a missing template is an error naming the map and spawner', async () => {
    const maps = await loadWorldContent(join(root, 'zones'));
    const content = parseNpcContent({ templates: {} }, behaviours, files, options);
    rejects(() => {
      checkSpawners(maps.values(), content);
    }, /\.tmj: spawner "[a-z-]+\d*" names template "[a-z-]+", which is not in npcs\.json \(templates: none\)/);
  });
});
