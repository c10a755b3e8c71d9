/**
 * Content for the crash test: a copy of the default content whose meadow has, instead of its
 * far-off spawners, two spawners of weak rats 1.5 m either side of the spawn point (between
 * the smith and the herbalist), so players can fight, loot, buy, sell and trade without
 * walking. Rats stand their ground, respawn after a second and always drop a pelt and gold.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The rat's display name in the world frames. */
export const RAT_NAME = 'Crash Rat';
/** Experience a rat is worth. */
export const RAT_EXPERIENCE = 7;

const PIXELS_PER_METRE = 16;

interface TiledObject { name: string; x: number; y: number }
interface TiledLayer { name: string; objects?: TiledObject[] }

function spawner(id: number, x: number, y: number): Record<string, unknown> {
  return {
    id, name: `crash-rats-${id}`, type: 'spawner', point: true, x, y, width: 0, height: 0, rotation: 0, visible: true,
    properties: [{ name: 'template', type: 'string', value: 'crash-rat' }, { name: 'count', type: 'int', value: 2 }, { name: 'radius', type: 'float', value: 0 }],
  };
}

function rewrite(file: string, change: (json: unknown) => void): void {
  const json = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  change(json);
  writeFileSync(file, JSON.stringify(json));
}

/** Writes the crash content into `root` (a fresh directory); returns its zones directory. */
export function writeCrashContent(root: string): string {
  cpSync(join(import.meta.dirname, '..', '..', '..', '..', 'content'), root, { recursive: true });
  rewrite(join(root, 'zones', 'meadow.tmj'), (json) => {
    const meadow = json as { layers: TiledLayer[] };
    const spawn = meadow.layers.find((layer) => layer.name === 'spawns')?.objects?.find((object) => object.name === 'default');
    const spawners = meadow.layers.find((layer) => layer.name === 'spawners');
    if (spawn === undefined || spawners === undefined) throw new Error('the default meadow has no default spawn or spawners layer');
    const offset = 1.5 * PIXELS_PER_METRE;
    spawners.objects = [spawner(9101, spawn.x, spawn.y + offset), spawner(9102, spawn.x, spawn.y - offset)] as unknown as TiledObject[];
  });
  rewrite(join(root, 'npcs.json'), (npcs) => {
    (npcs as { templates: Record<string, unknown> }).templates['crash-rat'] = {
      name: RAT_NAME, level: 1, hitPoints: 6, speed: 3, aggroRadius: 0, leashRadius: 30, attack: { min: 1, max: 1, intervalMs: 2000, range: 2 },
      behaviour: 'crash-stand-ground', experience: RAT_EXPERIENCE, lootTable: 'crash_rat', respawnSeconds: 1, corpseSeconds: 0.5, faction: 'vermin', hostile: false,
    };
  });
  rewrite(join(root, 'behaviours.json'), (behaviours) => {
    (behaviours as { trees: Record<string, unknown> }).trees['crash-stand-ground'] = { type: 'sequence', children: [{ type: 'hasTarget' }, { type: 'useSkill' }] };
  });
  rewrite(join(root, 'loot.json'), (loot) => {
    (loot as { tables: unknown[] }).tables.push({
      id: 'crash_rat', gold: { min: 5, max: 15 },
      entries: [{ item: 'wolf_pelt', chance: 1, count: { min: 1, max: 2 } }, { item: 'health_potion', chance: 0.5, count: { min: 1, max: 1 } }],
    });
  });
  return join(root, 'zones');
}
