/**
 * NPCs fighting and dropping loot, through the real protocol: a server on a copy of the default
 * content whose start zone has a grey wolf spawner 9 m from the spawn point and a weak rat (a
 * test template that stands its ground, with a loot table that always drops a wolf pelt) 2 m
 * from it. The client sees both in its world frames, the wolf walks to it and bites (its hit
 * points drop in the frames), it kills the rat and gets the experience and a LootReceived push,
 * and after logging out and in on a new connection its inventory still holds the pelt.
 */
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import type { GameClient } from '@realmforge/client';
import { CharacterClass, v1 } from '@realmforge/protocol';
import { STARTER_GOLD } from '../src/economy/economy.ts';
import { startTestServer, tempDir, uniqueCharacterName, uniqueName } from './helpers/test-server.ts';
import type { TestServer } from './helpers/test-server.ts';

const NPC: number = v1.EntityKind.ENTITY_KIND_NPC;
const DAMAGE: number = v1.CombatEventKind.COMBAT_EVENT_KIND_DAMAGE;
const DEATH: number = v1.CombatEventKind.COMBAT_EVENT_KIND_DEATH;
const EXPERIENCE: number = v1.CombatEventKind.COMBAT_EVENT_KIND_EXPERIENCE;
const PIXELS_PER_METRE = 16;
const RAT_EXPERIENCE = 30;

async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

interface TiledObject { name: string; type: string; x: number; y: number; properties?: { name: string; type: string; value: unknown }[] }
interface TiledLayer { name: string; objects?: TiledObject[] }

function spawnerObject(id: number, template: string, x: number, y: number): Record<string, unknown> {
  return {
    id, name: `${template}-test`, type: 'spawner', point: true, x, y, width: 0, height: 0, rotation: 0, visible: true,
    properties: [{ name: 'template', type: 'string', value: template }, { name: 'count', type: 'int', value: 1 }, { name: 'radius', type: 'float', value: 0 }],
  };
}

/** A copy of the default content with the test spawners and the rat; returns its root. */
function testContent(): string {
  const root = tempDir();
  const source = join(import.meta.dirname, '..', '..', '..', 'content');
  cpSync(source, root, { recursive: true });
  const meadowFile = join(root, 'zones', 'meadow.tmj');
  const meadow = JSON.parse(readFileSync(meadowFile, 'utf8')) as { layers: TiledLayer[] };
  const spawn = meadow.layers.find((layer) => layer.name === 'spawns')?.objects?.find((object) => object.name === 'default');
  const spawners = meadow.layers.find((layer) => layer.name === 'spawners');
  assert.ok(spawn !== undefined && spawners !== undefined);
  spawners.objects = [
    spawnerObject(9001, 'grey-wolf', spawn.x + 9 * PIXELS_PER_METRE, spawn.y),
    spawnerObject(9002, 'rat', spawn.x, spawn.y + 2 * PIXELS_PER_METRE),
  ] as unknown as TiledObject[];
  writeFileSync(meadowFile, JSON.stringify(meadow));
  const npcsFile = join(root, 'npcs.json');
  const npcs = JSON.parse(readFileSync(npcsFile, 'utf8')) as { templates: Record<string, unknown> };
  npcs.templates.rat = {
    name: 'Rat', level: 1, hitPoints: 8, speed: 3, aggroRadius: 0, leashRadius: 30, attack: { min: 1, max: 1, intervalMs: 2000, range: 2 },
    behaviour: 'stand-ground', experience: RAT_EXPERIENCE, lootTable: 'rat', respawnSeconds: 600, corpseSeconds: 60, faction: 'vermin', hostile: false,
  };
  writeFileSync(npcsFile, JSON.stringify(npcs));
  const behavioursFile = join(root, 'behaviours.json');
  const behaviours = JSON.parse(readFileSync(behavioursFile, 'utf8')) as { trees: Record<string, unknown> };
  behaviours.trees['stand-ground'] = { type: 'sequence', children: [{ type: 'hasTarget' }, { type: 'useSkill' }] };
  writeFileSync(behavioursFile, JSON.stringify(behaviours));
  const lootFile = join(root, 'loot.json');
  const loot = JSON.parse(readFileSync(lootFile, 'utf8')) as { tables: unknown[] };
  loot.tables.push({ id: 'rat', gold: { min: 3, max: 3 }, entries: [{ item: 'wolf_pelt', chance: 1, count: { min: 1, max: 1 } }] });
  writeFileSync(lootFile, JSON.stringify(loot));
  return root;
}

function npcNamed(client: GameClient, name: string): { id: number; x: number; y: number; dead: boolean } | undefined {
  for (const entity of client.world.entities.values()) if (entity.kind === NPC && entity.name === name) return entity;
  return undefined;
}

describe('NPC combat and loot over real sockets', () => {
  let t: TestServer;
  let content: string;
  before(async () => {
    content = testContent();
    t = await startTestServer({ contentDir: join(content, 'zones'), combatContentFile: join(content, 'combat.json'), webClient: false });
  });
  after(async () => {
    await t.close();
    rmSync(content, { recursive: true, force: true });
  });

  it('a wolf walks to the player and bites; the player kills a rat, gets its experience and loot, and keeps the loot across a reconnect', async () => {
    const client = await t.connect();
    const username = uniqueName();
    await client.register(username, 'correct horse');
    await client.login(username, 'correct horse');
    const created = await client.createCharacter(uniqueCharacterName(), CharacterClass.CHARACTER_CLASS_WARRIOR);
    const characterId = created.character?.id ?? '';
    const loots: { templateIds: (string | null | undefined)[]; gold: number | null | undefined }[] = [];
    client.economy.onLoot((loot) => loots.push({ templateIds: loot.items.map((item) => item.templateId), gold: loot.gold }));
    await client.enterWorld(characterId);
    await until(() => client.world.self !== undefined && client.world.self.maxResource > 0, 'own character');
    await until(() => npcNamed(client, 'Grey Wolf') !== undefined && npcNamed(client, 'Rat') !== undefined, 'the wolf and the rat in the world frames');
    const self = client.world.self;
    const wolf = npcNamed(client, 'Grey Wolf');
    assert.ok(self !== undefined && wolf !== undefined);
    const startDistance = Math.hypot(wolf.x - self.x, wolf.y - self.y);
    assert.ok(startDistance > 6, `the wolf starts away (${startDistance} m)`);
    const fullHealth = self.hitPoints;
    await until(() => Math.hypot(wolf.x - self.x, wolf.y - self.y) < 3, 'the wolf to walk up to the player');
    await until(() => self.hitPoints < fullHealth, 'the wolf\'s bites to show in the frames', 15_000);
    assert.ok(client.world.combatLog.some((e) => e.kind === DAMAGE && e.sourceId === wolf.id && e.targetId === self.id), 'the combat log names the wolf');

    const rat = npcNamed(client, 'Rat');
    assert.ok(rat !== undefined);
    await client.selectTarget(rat.id);
    assert.equal(await client.setAutoAttack(true), true);
    await until(() => rat.dead, 'the rat to die', 15_000);
    await until(() => client.world.combatLog.some((e) => e.kind === EXPERIENCE && e.amount === RAT_EXPERIENCE), 'the rat\'s experience');
    assert.equal(client.world.combatLog.filter((e) => e.kind === DEATH && e.targetId === rat.id).length, 1);
    await until(() => loots.length > 0, 'the loot push');
    assert.deepEqual(loots, [{ templateIds: ['wolf_pelt'], gold: 3 }]);
    const pelts = (): number => (client.economy.inventory?.bag ?? []).filter((entry) => entry.item?.templateId === 'wolf_pelt').length;
    await until(() => pelts() === 1, 'the pelt in the inventory');
    await client.logout();
    client.close();

    const again = await t.connect();
    await again.login(username, 'correct horse');
    await again.enterWorld(characterId);
    await until(() => again.economy.inventory !== undefined, 'the inventory after entering again');
    const bag = again.economy.inventory?.bag ?? [];
    assert.deepEqual(bag.map((entry) => entry.item?.templateId).filter((id) => id === 'wolf_pelt'), ['wolf_pelt']);
    assert.equal(again.economy.inventory?.gold, STARTER_GOLD + 3, 'the starter purse and the rat\'s gold');
    await sleep(200);
    assert.equal(loots.length, 1, 'one kill, one loot push');
    again.close();
  });
});
