import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CharacterClass } from '@realmforge/protocol';
import type { CharacterRecord } from '../../../src/store/store.ts';
import { CombatSystem } from '../../../src/world/combat/combat-system.ts';
import { movementSystem } from '../../../src/world/systems/movement.ts';
import { World } from '../../../src/world/world.ts';
import { linkedZones } from '../../helpers/test-maps.ts';
import { content } from './combat-fixture.ts';

const LAST_STAND = 5;
const HEROIC_STRIKE = 1;
const EPOCH = 1_767_225_600_000;

function world(tickRateHz: number, clock: { now: number }): World {
  return new World(linkedZones(), {
    tickRateHz, viewRadius: 40, hysteresis: 4, cellSize: 10, seed: 5, startZone: 'alpha',
    systems: [movementSystem, new CombatSystem(content)],
    epochNow: () => clock.now,
  });
}

function warrior(overrides: Partial<CharacterRecord>): CharacterRecord {
  return {
    id: 'C1', accountId: 'A1', name: 'Brakka', classId: CharacterClass.CHARACTER_CLASS_WARRIOR, level: 1, experience: 0,
    zone: 'alpha', x: 20, y: 20, hitPoints: 90, maxHitPoints: 999, resource: -1, cooldowns: {}, createdAt: 0, ...overrides,
  };
}

describe('stored combat state', () => {
  it('a character comes back with its resource and long cooldowns, counted in wall-clock time across tick rates', () => {
    const clock = { now: EPOCH };
    const first = world(20, clock);
    const player = first.enter(warrior({ resource: 37, cooldowns: { [LAST_STAND]: EPOCH + 90_000, [HEROIC_STRIKE]: EPOCH - 5 } }), undefined);
    assert.deepEqual(first.characterState(player).cooldowns, { [LAST_STAND]: EPOCH + 90_000 }, 'before its zone ticks, it saves what it was loaded with');
    first.step();
    assert.equal(player.combat.resource, 37);
    assert.equal(player.combat.cooldowns.get(LAST_STAND), 1 + 1800, '90 s at 20 Hz');
    assert.equal(player.combat.cooldowns.has(HEROIC_STRIKE), false, 'a cooldown that ran out offline is gone');
    assert.equal(player.maxHitPoints, 120, 'maximum hit points from class and level, not the stale stored figure');

    player.combat.cooldowns.set(HEROIC_STRIKE, 101 + 40);
    for (let i = 0; i < 100; i++) first.step();
    clock.now = EPOCH + 5000;
    const saved = first.characterState(player);
    assert.equal(saved.resource, 37 - 2 * 5, 'rage decayed for five seconds');
    assert.equal(saved.maxHitPoints, 120);
    assert.deepEqual(saved.cooldowns, { [LAST_STAND]: EPOCH + 90_000 }, 'the same ready time; a short cooldown is not kept');

    clock.now = EPOCH + 30_000;
    const second = world(10, clock);
    const back = second.enter({ ...warrior({}), ...saved }, undefined);
    assert.deepEqual(second.characterState(back).cooldowns, saved.cooldowns);
    second.step();
    assert.equal(back.combat.resource, 27);
    assert.equal(back.combat.cooldowns.get(LAST_STAND), 1 + 600, '60 s left at 10 Hz');
  });

  it('a new character starts with its class resource and saves no cooldowns', () => {
    const clock = { now: EPOCH };
    const w = world(20, clock);
    const mage = w.enter(warrior({ classId: CharacterClass.CHARACTER_CLASS_MAGE }), undefined);
    assert.deepEqual(w.characterState(mage), { id: 'C1', level: 1, experience: 0, zone: 'alpha', x: 20, y: 20, hitPoints: 90, maxHitPoints: 999, resource: -1, cooldowns: {} });
    w.step();
    assert.equal(mage.combat.resource, 120, 'mana starts full');
    assert.deepEqual({ ...w.characterState(mage), x: 0, y: 0 }, { id: 'C1', level: 1, experience: 0, zone: 'alpha', x: 0, y: 0, hitPoints: 80, maxHitPoints: 80, resource: 120, cooldowns: {} });
  });
});
