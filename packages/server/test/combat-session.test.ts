import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import type { GameClient } from '@realmforge/client';
import { ServerError } from '@realmforge/client';
import { CharacterClass, ErrorCode, v1 } from '@realmforge/protocol';
import { Entity, EntityKinds } from '../src/world/entity.ts';
import { equip } from '../src/world/combat/experience.ts';
import { startTestServer, uniqueCharacterName, uniqueName } from './helpers/test-server.ts';
import type { TestServer } from './helpers/test-server.ts';
import { dummyProfile } from './world/combat/combat-fixture.ts';

const FIREBALL = 10;
const FROST_NOVA = 11;
const HEROIC_STRIKE = 1;
const DAMAGE: number = v1.CombatEventKind.COMBAT_EVENT_KIND_DAMAGE;
const MISS: number = v1.CombatEventKind.COMBAT_EVENT_KIND_MISS;
const DEATH: number = v1.CombatEventKind.COMBAT_EVENT_KIND_DEATH;
const EXPERIENCE: number = v1.CombatEventKind.COMBAT_EVENT_KIND_EXPERIENCE;
const LEVEL_UP: number = v1.CombatEventKind.COMBAT_EVENT_KIND_LEVEL_UP;

async function until(condition: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

async function hero(t: TestServer, characterClass: CharacterClass): Promise<GameClient> {
  const client = await t.connect();
  const username = uniqueName();
  await client.register(username, 'correct horse');
  await client.login(username, 'correct horse');
  const created = await client.createCharacter(uniqueCharacterName(), characterClass);
  await client.enterWorld(created.character?.id ?? '');
  await until(() => client.world.self !== undefined && client.world.self.maxResource > 0, 'own character with its resource');
  return client;
}

function rejectedWith(code: ErrorCode): (error: unknown) => boolean {
  return (error) => error instanceof ServerError && error.code === code;
}

describe('combat over real sockets: a pvp zone', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ startZone: 'ironwood' });
  });
  after(() => t.close());

  it('two players fight: a fireball casts then lands, cooldowns and unknown skills come back as error codes', async () => {
    const mage = await hero(t, CharacterClass.CHARACTER_CLASS_MAGE);
    const warrior = await hero(t, CharacterClass.CHARACTER_CLASS_WARRIOR);
    const warriorId = warrior.world.selfId;
    await until(() => mage.world.entities.has(warriorId), 'the mage to see the warrior');
    assert.equal(await mage.selectTarget(warriorId), warriorId);
    const cast = await mage.castSkill(FIREBALL);
    assert.equal(cast.targetEntityId, warriorId);
    assert.equal(cast.castTicks, 40);
    await until(() => mage.world.self?.castSkillId === FIREBALL, 'the cast to show in the mirror');
    await assert.rejects(mage.castSkill(FIREBALL), rejectedWith(ErrorCode.ERROR_CODE_COMBAT_ALREADY_CASTING));
    const landed = (): boolean => mage.world.combatLog.some((e) => e.skillId === FIREBALL && e.targetId === warriorId && (e.kind === DAMAGE || e.kind === MISS));
    await until(landed, 'the fireball to land', 5000);
    const hit = mage.world.combatLog.find((e) => e.skillId === FIREBALL && e.kind === DAMAGE);
    if (hit !== undefined) await until(() => warrior.world.self?.hitPoints === (warrior.world.self?.maxHitPoints ?? 0) - hit.amount, 'the victim to see its health drop');
    await until(() => mage.world.self?.castSkillId === 0, 'the cast to end');
    await mage.castSkill(FROST_NOVA);
    await assert.rejects(mage.castSkill(FROST_NOVA), rejectedWith(ErrorCode.ERROR_CODE_COMBAT_ON_COOLDOWN));
    await assert.rejects(mage.castSkill(HEROIC_STRIKE, warriorId), rejectedWith(ErrorCode.ERROR_CODE_COMBAT_UNKNOWN_SKILL));
    await assert.rejects(warrior.castSkill(HEROIC_STRIKE, mage.world.selfId), rejectedWith(ErrorCode.ERROR_CODE_COMBAT_NOT_ENOUGH_RESOURCE));
    await assert.rejects(mage.selectTarget(999_999), rejectedWith(ErrorCode.ERROR_CODE_COMBAT_TARGET_NOT_FOUND));
    mage.close();
    warrior.close();
  });
});

describe('combat over real sockets: a peaceful zone with a test NPC', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  after(() => t.close());

  it('a player kills an NPC with its weapon, gains experience and a level; range and PvP errors come back as codes', async () => {
    const warrior = await hero(t, CharacterClass.CHARACTER_CLASS_WARRIOR);
    const mage = await hero(t, CharacterClass.CHARACTER_CLASS_MAGE);
    const zone = t.server.world?.zones.get('meadow');
    assert.ok(zone);
    const self = warrior.world.self;
    assert.ok(self);
    const make = (x: number, y: number, worth: number): Entity => {
      const npc = zone.addEntity((handle) => new Entity(handle, { name: 'Training Dummy', kind: EntityKinds.npc, classId: CharacterClass.CHARACTER_CLASS_UNSPECIFIED, x, y, hitPoints: 25, maxHitPoints: 25, level: 1, speed: 0 }));
      equip(zone, npc, dummyProfile);
      npc.combat.experienceValue = worth;
      return npc;
    };
    const near = make(self.x + 1.5, self.y, 130);
    const far = make(self.x + 40, self.y, 10);
    await until(() => warrior.world.entities.has(near.handle) && mage.world.entities.has(far.handle), 'the NPCs to come into view');
    await assert.rejects(mage.castSkill(FIREBALL, far.handle), rejectedWith(ErrorCode.ERROR_CODE_COMBAT_OUT_OF_RANGE));
    await assert.rejects(mage.castSkill(FIREBALL, warrior.world.selfId), rejectedWith(ErrorCode.ERROR_CODE_COMBAT_PVP_DISABLED));
    await assert.rejects(warrior.setAutoAttack(true), rejectedWith(ErrorCode.ERROR_CODE_COMBAT_INVALID_TARGET));
    await warrior.selectTarget(near.handle);
    assert.equal(await warrior.setAutoAttack(true), true);
    await until(() => warrior.world.entities.get(near.handle)?.dead === true, 'the NPC to die', 20_000);
    await until(() => warrior.world.self?.level === 2, 'the level up');
    const kinds = warrior.world.combatLog.map((e) => e.kind);
    assert.ok(kinds.includes(DEATH));
    assert.ok(warrior.world.combatLog.some((e) => e.kind === EXPERIENCE && e.amount === 130));
    assert.ok(kinds.includes(LEVEL_UP));
    assert.ok(self.resource > 0, 'swings built rage');
    await assert.rejects(warrior.releaseSpirit(), rejectedWith(ErrorCode.ERROR_CODE_COMBAT_NOT_DEAD));
    warrior.close();
    mage.close();
  });
});
