/**
 * NPC AI and combat together in one zone, with the real combat module behind the AI
 * (CombatForNpcs): NPCs are equipped at spawn and respawn, attack with their swing and skills,
 * damage becomes threat, and a kill gives its experience and one death notice (for the loot).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CharacterClass } from '@realmforge/protocol';
import { combatEvents, CombatEvents } from '../../../src/world/combat/combat-event.ts';
import type { CombatEventKindValue } from '../../../src/world/combat/combat-event.ts';
import { CombatSystem } from '../../../src/world/combat/combat-system.ts';
import { CombatForNpcs } from '../../../src/world/npc/combat-for-npcs.ts';
import { DEATH_NOTICE_BOUND, DeathNotices } from '../../../src/world/npc/death-notices.ts';
import { loadNpcContent } from '../../../src/world/npc/npc-content.ts';
import type { NpcEntity } from '../../../src/world/npc/npc-entity.ts';
import { createNpcSystem } from '../../../src/world/npc/npc-system.ts';
import type { NpcSpawner } from '../../../src/world/map/npc-spawners.ts';
import type { PlayerEntity } from '../../../src/world/player-entity.ts';
import { movementSystem } from '../../../src/world/systems/movement.ts';
import type { ZoneSystem } from '../../../src/world/systems/zone-system.ts';
import { Zone } from '../../../src/world/zone.ts';
import { openZone } from '../../helpers/test-maps.ts';
import { content as combatContent } from '../combat/combat-fixture.ts';
import { SKILLS, spawner } from './npc-fixture.ts';

const contentRoot = join(import.meta.dirname, '..', '..', '..', '..', '..', 'content');
const npcContent = await loadNpcContent(contentRoot, { skills: SKILLS, lootTables: new Set(['vermin', 'wolf', 'bandit']) });
const rendAura = [...combatContent.auras.values()].find((aura) => aura.name === 'rend');
const combatJson = JSON.parse(readFileSync(join(contentRoot, 'combat.json'), 'utf8')) as { skills: { id: number; name: string }[] };

interface LoggedEvent {
  readonly kind: CombatEventKindValue;
  readonly source: number;
  readonly target: number;
  readonly amount: number;
  readonly skillId: number;
  readonly auraId: number;
}

/** A zone as the server builds it: movement, combat, NPC AI with real combat, death notices; plus an event log. */
function battlefield(spawners: NpcSpawner[], seed = 11): { zone: Zone; combat: CombatSystem; notices: DeathNotices; log: LoggedEvent[]; npcs: () => NpcEntity[] } {
  const combat = new CombatSystem(combatContent);
  const ai = createNpcSystem(npcContent, { combat: new CombatForNpcs(combatContent, npcContent) });
  const notices = new DeathNotices();
  const log: LoggedEvent[] = [];
  const recorder: ZoneSystem = {
    name: 'recorder',
    step(zone) {
      for (const e of combatEvents(zone)) log.push({ kind: e.kind, source: e.source?.handle ?? 0, target: e.target.handle, amount: e.amount, skillId: e.skillId, auraId: e.auraId });
    },
  };
  const map = { ...openZone('battlefield', { spawns: [{ name: 'graveyard', x: 10, y: 10 }] }), spawners };
  const zone = new Zone(map, { tickRateHz: 20, viewRadius: 50, hysteresis: 5, cellSize: 16, seed, systems: [movementSystem, combat, ai, notices, recorder] });
  return { zone, combat, notices, log, npcs: () => ai.zoneState(zone)?.spawns.living ?? [] };
}

let next = 0;
function warrior(zone: Zone, x: number, y: number): PlayerEntity {
  next++;
  return zone.addPlayer({ characterId: `char-${next}`, accountId: `acct-${next}`, name: `Hero${next}`, classId: CharacterClass.CHARACTER_CLASS_WARRIOR, level: 1, experience: 0, hitPoints: 120, maxHitPoints: 120, speed: 5 }, x, y);
}

function run(zone: Zone, ticks: number): void {
  for (let i = 0; i < ticks; i++) zone.step();
}

/** Starts the player's weapon on the target (a request resolved at the next tick). */
async function attack(zone: Zone, combat: CombatSystem, player: PlayerEntity, target: NpcEntity): Promise<void> {
  const selected = combat.request(zone, player, { kind: 'target', entity: target.handle });
  const swinging = combat.request(zone, player, { kind: 'autoAttack', enabled: true });
  zone.step();
  assert.equal((await selected).ok, true);
  assert.equal((await swinging).ok, true);
}

describe('NPCs fighting with the real combat module', () => {
  it('spawned NPCs are equipped with their template profile and worth', () => {
    const { zone, npcs } = battlefield([spawner('bandit', 60, 60), spawner('deer', 20, 20)]);
    run(zone, 1);
    const [bandit, deer] = npcs();
    assert.ok(bandit !== undefined && deer !== undefined);
    assert.equal(bandit.template.id, 'bandit');
    const profile = bandit.combat.profile;
    assert.ok(profile !== undefined);
    assert.deepEqual([...profile.skills.values()].map((skill) => skill.name), ['heroic-strike', 'hamstring']);
    assert.deepEqual(profile.autoAttack, { min: 6, max: 10, intervalMs: 2200, range: 2.5 });
    assert.equal(profile.power, 10);
    assert.equal(bandit.combat.maxResource, 100);
    assert.equal(bandit.combat.resource, 100, 'energy starts full');
    assert.equal(bandit.combat.experienceValue, 80);
    assert.equal(deer.combat.profile?.skills.size, 0);
    assert.equal(deer.combat.experienceValue, 10);
  });

  it('a hostile NPC walks to a player in its aggro radius and hits it with its swing and its skills', () => {
    const { zone, log, npcs } = battlefield([spawner('bandit', 60, 60)]);
    const player = warrior(zone, 68, 60);
    run(zone, 2);
    const [bandit] = npcs();
    assert.ok(bandit !== undefined);
    const startHp = player.hitPoints;
    run(zone, 160);
    assert.ok(Math.hypot(bandit.x - player.x, bandit.y - player.y) < 3, 'the bandit closed in');
    assert.ok(player.hitPoints < startHp, `the player was hurt (${player.hitPoints}/${startHp})`);
    const byBandit = log.filter((e) => e.source === bandit.handle && e.target === player.handle && e.kind === CombatEvents.damage);
    assert.ok(byBandit.some((e) => e.skillId === 0), 'weapon swings landed');
    const used = new Set(byBandit.map((e) => e.skillId).filter((id) => id !== 0));
    assert.ok(used.has(SKILLS.get('heroic-strike') ?? -1) || used.has(SKILLS.get('hamstring') ?? -1), `skills landed: ${[...used].join(',')}`);
    const taken = log.filter((e) => e.target === player.handle && e.kind === CombatEvents.damage).reduce((sum, e) => sum + e.amount, 0);
    assert.equal(player.hitPoints, Math.min(player.maxHitPoints, startHp - taken + log.filter((e) => e.target === player.handle && e.kind === CombatEvents.heal).reduce((sum, e) => sum + e.amount, 0)));
    assert.ok(bandit.combat.resource < 100 || used.size > 0, 'skills cost energy');
  });

  it('a wolf applies its rend (a skill named in content, used by wire id)', () => {
    const { zone, log, npcs } = battlefield([spawner('grey-wolf', 60, 60)]);
    const player = warrior(zone, 66, 60);
    run(zone, 120);
    const [wolf] = npcs();
    assert.ok(wolf !== undefined && rendAura !== undefined);
    assert.ok(log.some((e) => e.source === wolf.handle && e.target === player.handle && e.auraId === rendAura.id), 'rend pulses from the wolf');
    assert.ok(combatJson.skills.some((skill) => skill.name === 'rend' && skill.id === SKILLS.get('rend')));
  });

  it('the damage a player deals becomes the NPC\'s threat, and a peaceful NPC fights back', async () => {
    const { zone, combat, log, npcs } = battlefield([spawner('camp-guard', 60, 60)]);
    run(zone, 1);
    const [guard] = npcs();
    assert.ok(guard !== undefined);
    const player = warrior(zone, guard.x + 1.5, guard.y);
    run(zone, 2);
    assert.equal(guard.threat.size, 0, 'peaceful: no aggro on sight');
    await attack(zone, combat, player, guard);
    run(zone, 60);
    const dealt = log.filter((e) => e.source === player.handle && e.target === guard.handle && e.kind === CombatEvents.damage).reduce((sum, e) => sum + e.amount, 0);
    assert.ok(dealt > 0, 'the player hit the guard');
    assert.equal(guard.threat.threatOf(player.handle), dealt);
    assert.equal(guard.threat.top(), player.handle);
    assert.equal(guard.combat.target, player.handle, 'the guard turned its weapon on the player');
    assert.ok(log.some((e) => e.source === guard.handle && e.target === player.handle && e.kind === CombatEvents.damage), 'and hit back');
  });

  it('killing an NPC gives its experience and one death notice with a seeded loot roll, exactly once; the respawned NPC is equipped', async () => {
    const outcome = async (): Promise<{ seed: number; xp: number }> => {
      const { zone, combat, notices, log, npcs } = battlefield([spawner('grey-wolf', 60, 60, 1, 0, 3)]);
      run(zone, 1);
      const [wolf] = npcs();
      assert.ok(wolf !== undefined);
      const player = warrior(zone, wolf.x + 1.5, wolf.y);
      run(zone, 1);
      wolf.setHitPoints(3);
      await attack(zone, combat, player, wolf);
      for (let i = 0; i < 200 && !wolf.combat.dead; i++) zone.step();
      assert.ok(wolf.combat.dead, 'the wolf died');
      run(zone, 20);
      assert.equal(log.filter((e) => e.kind === CombatEvents.death && e.target === wolf.handle).length, 1);
      assert.equal(player.experience, 45, 'the template\'s experience, once');
      const { kills, fallen } = notices.take();
      assert.equal(kills.length, 1);
      assert.deepEqual(fallen, []);
      const [kill] = kills;
      assert.ok(kill !== undefined);
      assert.equal(kill.characterId, player.id);
      assert.equal(kill.templateId, 'grey-wolf');
      assert.equal(kill.lootTable, 'wolf');
      run(zone, 60);
      assert.equal(notices.take().kills.length, 0, 'a corpse is not killed twice');
      const [respawned] = npcs();
      assert.ok(respawned !== undefined && respawned !== wolf, 'respawned after 3 s');
      assert.equal(respawned.combat.profile?.autoAttack.max, 7);
      assert.equal(respawned.combat.experienceValue, 45);
      return { seed: kill.lootSeed, xp: player.experience };
    };
    const first = await outcome();
    assert.deepEqual(await outcome(), first, 'the same inputs give the same loot seed');
  });

  it('a player killed by an NPC is noted as fallen', () => {
    const { zone, notices, npcs } = battlefield([spawner('camp-guard', 60, 60)]);
    run(zone, 1);
    const [guard] = npcs();
    assert.ok(guard !== undefined);
    const player = warrior(zone, guard.x + 1.5, guard.y);
    run(zone, 1);
    player.setHitPoints(2);
    guard.threat.add(player.handle, 10);
    for (let i = 0; i < 200 && !player.combat.dead; i++) zone.step();
    assert.ok(player.combat.dead);
    assert.deepEqual(notices.take().fallen, [player.id]);
  });

  it('keeps at most DEATH_NOTICE_BOUND notes between takes, counting the rest as dropped, and tells its listener once per batch', () => {
    const zone = new Zone(openZone('bounds'), { tickRateHz: 20, viewRadius: 50, hysteresis: 5, cellSize: 16, seed: 1, systems: [] });
    const player = warrior(zone, 10, 10);
    const notices = new DeathNotices();
    let told = 0;
    notices.onNoted(() => {
      told++;
    });
    const events = combatEvents(zone);
    for (let i = 0; i <= DEATH_NOTICE_BOUND; i++) events.push({ kind: CombatEvents.death, source: undefined, target: player, amount: 0, skillId: 0, auraId: 0 });
    notices.step(zone);
    assert.equal(told, 1);
    assert.equal(notices.dropped, 1);
    assert.equal(notices.take().fallen.length, DEATH_NOTICE_BOUND);
    events.length = 1;
    notices.step(zone);
    assert.equal(told, 2, 'told again after a take');
    assert.equal(notices.take().fallen.length, 1);
  });
});
