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
const RENEW = 13;
const EXPERIENCE: number = v1.CombatEventKind.COMBAT_EVENT_KIND_EXPERIENCE;

interface Hero {
  readonly client: GameClient;
  readonly characterId: string;
  readonly name: string;
}

async function until(condition: () => boolean, what: string, timeoutMs = 8000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

async function hero(t: TestServer, characterClass: CharacterClass): Promise<Hero> {
  const client = await t.connect();
  const username = uniqueName();
  await client.register(username, 'correct horse');
  await client.login(username, 'correct horse');
  const { character } = await client.createCharacter(uniqueCharacterName(), characterClass);
  await client.enterWorld(character?.id ?? '');
  await until(() => client.world.self !== undefined && client.world.self.maxResource > 0, 'own character with its resource');
  return { client, characterId: character?.id ?? '', name: character?.name ?? '' };
}

function rejectedWith(code: ErrorCode): (error: unknown) => boolean {
  return (error) => error instanceof ServerError && error.code === code;
}

/** Experience the hero's client saw itself gain. */
function experienceGained(h: Hero): number[] {
  return h.client.world.combatLog.filter((e) => e.kind === EXPERIENCE && e.targetId === h.client.world.selfId).map((e) => e.amount);
}

describe('parties in combat over real sockets (pvp ironwood)', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ startZone: 'ironwood' });
  });
  after(() => t.close());

  it('party members are allies (no damage, heals allowed) and share the experience of a kill; leaving ends both', async () => {
    const warrior = await hero(t, CharacterClass.CHARACTER_CLASS_WARRIOR);
    const mage = await hero(t, CharacterClass.CHARACTER_CLASS_MAGE);
    const warriorHandle = warrior.client.world.selfId;
    await until(() => mage.client.world.entities.has(warriorHandle), 'the mage to see the warrior');

    await warrior.client.social.partyInvite(mage.name);
    assert.equal(await mage.client.social.partyRespond(warrior.characterId, true), true);
    // The answer to the accept is sent after the party id is on both entities, before the next tick.
    await assert.rejects(mage.client.castSkill(FIREBALL, warriorHandle), rejectedWith(ErrorCode.ERROR_CODE_COMBAT_INVALID_TARGET));
    assert.equal((await mage.client.castSkill(RENEW, warriorHandle)).targetEntityId, warriorHandle, 'a party member may be healed');

    const zone = t.server.world?.zones.get('ironwood');
    assert.ok(zone);
    const self = warrior.client.world.self;
    assert.ok(self);
    const dummy = zone.addEntity((handle) => new Entity(handle, { name: 'Training Dummy', kind: EntityKinds.npc, classId: CharacterClass.CHARACTER_CLASS_UNSPECIFIED, x: self.x + 1.5, y: self.y, hitPoints: 10, maxHitPoints: 10, level: 1, speed: 0 }));
    equip(zone, dummy, dummyProfile);
    dummy.combat.experienceValue = 90;
    await until(() => warrior.client.world.entities.has(dummy.handle), 'the dummy to come into view');
    await warrior.client.selectTarget(dummy.handle);
    await warrior.client.setAutoAttack(true);
    await until(() => experienceGained(warrior).length > 0 && experienceGained(mage).length > 0, 'both members to gain experience', 20_000);
    assert.deepEqual(experienceGained(warrior), [45], 'the killer gets half');
    assert.deepEqual(experienceGained(mage), [45], 'the party member nearby gets the other half');

    await mage.client.social.partyLeave();
    await assert.rejects(mage.client.castSkill(RENEW, warriorHandle), rejectedWith(ErrorCode.ERROR_CODE_COMBAT_INVALID_TARGET));
    await until(() => mage.client.world.self?.castSkillId === 0, 'no cast in progress');
    assert.equal((await mage.client.castSkill(FIREBALL, warriorHandle)).targetEntityId, warriorHandle, 'out of the party, pvp is back');
    await until(() => mage.client.world.combatLog.some((e) => e.skillId === FIREBALL && e.targetId === warriorHandle), 'the fireball to land', 5000);
    warrior.client.close();
    mage.client.close();
  });
});
