import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import type { GameClient } from '@realmforge/client';
import { ServerError } from '@realmforge/client';
import { CharacterClass, ErrorCode } from '@realmforge/protocol';
import { openStore } from '../src/store/open-store.ts';
import type { CharacterRecord } from '../src/store/store.ts';
import { Entity, EntityKinds } from '../src/world/entity.ts';
import { equip } from '../src/world/combat/experience.ts';
import { startTestServer, uniqueCharacterName, uniqueName } from './helpers/test-server.ts';
import type { TestServer } from './helpers/test-server.ts';
import { dummyProfile } from './world/combat/combat-fixture.ts';

const LAST_STAND = 5;
const LAST_STAND_COOLDOWN_MS = 120_000;

async function until(condition: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

async function inWorld(t: TestServer, username: string, characterId: string): Promise<GameClient> {
  const client = await t.connect();
  await client.login(username, 'correct horse');
  await client.enterWorld(characterId);
  await until(() => client.world.self !== undefined && client.world.self.maxResource > 0, 'own character with its resource');
  return client;
}

async function stored(t: TestServer, characterId: string): Promise<CharacterRecord | undefined> {
  const store = await openStore({ dataDir: t.dataDir });
  try {
    return await store.getCharacter(characterId);
  } finally {
    await store.close();
  }
}

describe('combat state survives logging out, over real sockets', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  after(() => t.close());

  it('rage, a long cooldown and the maximum hit points of a new level are as they were when the warrior comes back', async () => {
    const username = uniqueName();
    const first = await t.connect();
    await first.register(username, 'correct horse');
    await first.login(username, 'correct horse');
    const { character } = await first.createCharacter(uniqueCharacterName(), CharacterClass.CHARACTER_CLASS_WARRIOR);
    const characterId = character?.id ?? '';
    assert.equal(character?.maxHitPoints, 120);
    await first.enterWorld(characterId);
    await until(() => first.world.self !== undefined && first.world.self.maxResource > 0, 'own character');
    const self = first.world.self;
    assert.ok(self);

    // Kill a dummy worth a level: rage from the swings, 14 more maximum hit points.
    const zone = t.server.world?.zones.get('meadow');
    assert.ok(zone);
    const dummy = zone.addEntity((handle) => new Entity(handle, { name: 'Training Dummy', kind: EntityKinds.npc, classId: CharacterClass.CHARACTER_CLASS_UNSPECIFIED, x: self.x + 1.5, y: self.y, hitPoints: 12, maxHitPoints: 12, level: 1, speed: 0 }));
    equip(zone, dummy, dummyProfile);
    dummy.combat.experienceValue = 100;
    await until(() => first.world.entities.has(dummy.handle), 'the dummy in view');
    await first.selectTarget(dummy.handle);
    await first.setAutoAttack(true);
    await until(() => first.world.self?.level === 2, 'the level up', 20_000);
    await first.castSkill(LAST_STAND);
    const castAt = Date.now();
    await first.logout();
    const loggedOutAt = Date.now();
    first.close();

    const saved = await stored(t, characterId);
    assert.ok(saved);
    assert.equal(saved.level, 2);
    assert.equal(saved.maxHitPoints, 134, 'the maximum of the new level is saved');
    assert.ok(saved.resource > 0 && saved.resource < 100, `rage ${saved.resource} is neither empty nor full`);
    const readyAt = saved.cooldowns[String(LAST_STAND)] ?? 0;
    assert.ok(readyAt >= castAt + LAST_STAND_COOLDOWN_MS - 1000 && readyAt <= loggedOutAt + LAST_STAND_COOLDOWN_MS + 100, `last stand ready at ${readyAt}`);

    await sleep(1200);
    const second = await inWorld(t, username, characterId);
    const listed = (await second.listCharacters()).find((c) => c.id === characterId);
    assert.equal(listed?.maxHitPoints, 134, 'the character list shows the saved maximum');
    await assert.rejects(second.castSkill(LAST_STAND), (error) => error instanceof ServerError && error.code === ErrorCode.ERROR_CODE_COMBAT_ON_COOLDOWN);
    const rage = second.world.self?.resource ?? -1;
    assert.ok(rage <= saved.resource && rage >= saved.resource - 4, `rage ${rage} back as saved (${saved.resource}), at most two seconds of decay later`);
    assert.equal(second.world.self?.maxHitPoints, 134);

    // The cooldown counts the time spent offline: what is left now ends when the saved time does.
    const player = t.server.world?.get(characterId);
    assert.ok(player);
    const readyTick = player.combat.cooldowns.get(LAST_STAND) ?? 0;
    const leftMs = (readyTick - zone.tick) * zone.dt * 1000;
    const expectedLeftMs = readyAt - Date.now();
    assert.ok(expectedLeftMs < LAST_STAND_COOLDOWN_MS - 1000, 'time has passed since the cast');
    assert.ok(Math.abs(leftMs - expectedLeftMs) < 250, `${leftMs} ms left, expected ${expectedLeftMs}`);
    second.close();
  });
});
