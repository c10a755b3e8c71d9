/**
 * NPC AI in a real zone tick with the default content's templates and trees: aggro and chase,
 * attacks through the combat interface, threat from damage, leash and evade, flee at low
 * health, calling allies, idle NPCs nobody sees, spawning and respawning, determinism.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CombatDouble, SKILLS, addPlayer, npcZone, npcs, run, spawner } from './npc-fixture.ts';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }): number => Math.hypot(a.x - b.x, a.y - b.y);

describe('NPC AI', () => {
  it('spawns every spawner\'s NPCs within its radius on the zone\'s first tick', async () => {
    const { zone, state } = await npcZone([spawner('deer', 40, 40, 5, 6), spawner('grey-wolf', 90, 90, 3, 0)]);
    run(zone, 1);
    const living = npcs(state());
    assert.equal(living.length, 8);
    for (const npc of living.filter((n) => n.template.id === 'deer')) assert.ok(distance(npc, { x: 40, y: 40 }) <= 6);
    assert.equal(zone.population, 8);
  });

  it('NPCs nobody sees do not run their trees; one a player sees does', async () => {
    const { zone, state } = await npcZone([spawner('grey-wolf', 100, 100)]);
    run(zone, 100);
    const [wolf] = npcs(state());
    assert.ok(wolf !== undefined);
    assert.equal(state().counts.thinking, 0);
    assert.equal(state().counts.idle, 1);
    assert.deepEqual([wolf.x, wolf.y], [100, 100], 'an unseen wolf does not wander');
    addPlayer(zone, 70, 70);
    run(zone, 2);
    assert.equal(state().counts.thinking, 1, 'seen from 42 m, beyond its aggro radius');
  });

  it('a hostile NPC that sees a player within its aggro radius chases and attacks it', async () => {
    const combat = new CombatDouble();
    const { zone, state } = await npcZone([spawner('grey-wolf', 60, 60)], { combat });
    const player = addPlayer(zone, 70, 60);
    run(zone, 2);
    const [wolf] = npcs(state());
    assert.ok(wolf !== undefined);
    const start = distance(wolf, player);
    run(zone, 60);
    assert.equal(wolf.threat.top(), player.handle);
    assert.ok(distance(wolf, player) < Math.min(start, 2), `wolf closed in (${distance(wolf, player)} m)`);
    assert.ok(combat.used.some((use) => use.caster === wolf.handle && use.skill === SKILLS.get('rend') && use.target === player.handle));
    assert.ok(combat.equipped.includes(wolf.handle), 'spawned NPCs are equipped');
    assert.equal(combat.engaged.get(wolf.handle), player.handle, 'the weapon is turned on the target');
  });

  it('does not aggro through a wall (line of sight) or beyond its aggro radius', async () => {
    const { zone, state } = await npcZone([spawner('grey-wolf', 50, 60), spawner('grey-wolf', 20, 100)], { wallColumn: 28 });
    addPlayer(zone, 62, 60);
    run(zone, 40);
    for (const wolf of npcs(state())) assert.equal(wolf.threat.size, 0);
  });

  it('peaceful NPCs ignore players until damaged; damage puts the attacker on the threat table', async () => {
    const combat = new CombatDouble();
    const { zone, state } = await npcZone([spawner('camp-guard', 60, 60)], { combat });
    const player = addPlayer(zone, 63, 60);
    run(zone, 20);
    const [guard] = npcs(state());
    assert.ok(guard !== undefined);
    assert.equal(guard.threat.size, 0);
    combat.damage = [{ attacker: player.handle, victim: guard.handle, amount: 12 }];
    run(zone, 1);
    assert.equal(guard.threat.threatOf(player.handle), 12);
    assert.equal(guard.threat.top(), player.handle);
  });

  it('the highest threat is the target', async () => {
    const combat = new CombatDouble();
    const { zone, state } = await npcZone([spawner('camp-guard', 60, 60)], { combat });
    const a = addPlayer(zone, 62, 60, 'A');
    const b = addPlayer(zone, 58, 60, 'B');
    run(zone, 1);
    const [guard] = npcs(state());
    assert.ok(guard !== undefined);
    combat.damage = [{ attacker: a.handle, victim: guard.handle, amount: 5 }, { attacker: b.handle, victim: guard.handle, amount: 3 }];
    run(zone, 1);
    assert.equal(guard.threat.top(), a.handle);
    combat.damage = [{ attacker: b.handle, victim: guard.handle, amount: 4 }];
    run(zone, 1);
    assert.equal(guard.threat.top(), b.handle);
  });

  it('calls allies of its faction for help, not other factions', async () => {
    const combat = new CombatDouble();
    const { zone, state } = await npcZone([spawner('grey-wolf', 60, 60), spawner('grey-wolf', 66, 62), spawner('deer', 62, 66), spawner('grey-wolf', 110, 110)], { combat });
    const player = addPlayer(zone, 40, 40);
    run(zone, 1);
    const [first, second, deer, far] = npcs(state());
    assert.ok(first !== undefined && second !== undefined && deer !== undefined && far !== undefined);
    combat.damage = [{ attacker: player.handle, victim: first.handle, amount: 5 }];
    run(zone, 2);
    assert.equal(second.threat.top(), player.handle, 'the nearby wolf joins');
    assert.equal(deer.threat.size, 0, 'wildlife does not help wolves');
    assert.equal(far.threat.size, 0, 'wolves beyond the call radius do not hear it');
  });

  it('pulled beyond its leash radius, it evades home: drops threat and heals to full', async () => {
    const combat = new CombatDouble();
    const { zone, state } = await npcZone([spawner('grey-wolf', 20, 20)], { combat });
    const player = addPlayer(zone, 26, 20);
    run(zone, 1);
    const [wolf] = npcs(state());
    assert.ok(wolf !== undefined);
    wolf.setHitPoints(30);
    run(zone, 20);
    assert.equal(wolf.threat.top(), player.handle);
    // The player runs far away (faster than the wolf); the wolf follows until its leash.
    player.targetX = 110;
    player.targetY = 110;
    player.speed = 9;
    let evaded = false;
    for (let i = 0; i < 600 && !evaded; i++) {
      zone.step();
      if (wolf.evading) evaded = true;
    }
    assert.ok(evaded, 'the wolf evaded');
    assert.ok(wolf.distanceFromHome() > wolf.template.leashRadius - 1);
    run(zone, 400);
    assert.equal(wolf.evading, false);
    assert.ok(wolf.distanceFromHome() <= 0.6, `home again (${wolf.distanceFromHome()} m away)`);
    assert.equal(wolf.hitPoints, wolf.maxHitPoints);
    assert.equal(wolf.threat.size, 0);
  });

  it('flees from its target at low health, then fights again', async () => {
    const combat = new CombatDouble();
    const { zone, state } = await npcZone([spawner('bandit', 60, 60)], { combat });
    const player = addPlayer(zone, 64, 60);
    run(zone, 30);
    const [bandit] = npcs(state());
    assert.ok(bandit !== undefined);
    assert.equal(bandit.threat.top(), player.handle);
    assert.ok(distance(bandit, player) < 2);
    bandit.setHitPoints(20);
    run(zone, 60);
    assert.ok(distance(bandit, player) > 8, `ran away (${distance(bandit, player)} m)`);
    run(zone, 160);
    assert.ok(distance(bandit, player) < 2, 'came back to fight after fleeing');
  });

  it('an NPC nobody sees any more gives up the fight and goes home', async () => {
    const combat = new CombatDouble();
    const { zone, state } = await npcZone([spawner('grey-wolf', 20, 20)], { combat });
    const player = addPlayer(zone, 25, 20);
    run(zone, 30);
    const [wolf] = npcs(state());
    assert.ok(wolf !== undefined && wolf.threat.size === 1);
    wolf.setHitPoints(10);
    zone.remove(player);
    run(zone, 200);
    assert.equal(wolf.threat.size, 0);
    assert.equal(wolf.hitPoints, wolf.maxHitPoints);
    assert.ok(wolf.distanceFromHome() <= 0.6);
  });

  it('a dead NPC leaves a corpse, then respawns after its respawn time (in ticks)', async () => {
    const { zone, state } = await npcZone([spawner('deer', 60, 60, 1, 0, 2)]);
    run(zone, 1);
    const [deer] = npcs(state());
    assert.ok(deer !== undefined);
    deer.setHitPoints(0);
    run(zone, 1);
    assert.equal(deer.alive, false);
    assert.equal(state().spawns.living.length, 0);
    assert.equal(state().spawns.corpses, 1);
    assert.equal(zone.entity(deer.handle), deer, 'the corpse stays for looting');
    run(zone, 39);
    assert.equal(state().spawns.living.length, 0);
    run(zone, 1);
    assert.equal(state().spawns.living.length, 1, 'respawned 40 ticks (2 s at 20 Hz) after death');
    assert.notEqual(state().spawns.living[0], deer);
    assert.equal(zone.entity(deer.handle) === deer, false, 'the corpse is gone');
  });

  it('is deterministic: the same seed and inputs give the same state', async () => {
    const hashes: string[] = [];
    for (let round = 0; round < 2; round++) {
      const { zone } = await npcZone([spawner('deer', 40, 40, 4, 10), spawner('grey-wolf', 80, 80, 3, 8), spawner('bandit', 90, 40, 2, 5)], { combat: new CombatDouble() });
      addPlayer(zone, 60, 60);
      run(zone, 300);
      hashes.push(zone.stateHash());
    }
    assert.equal(hashes[0], hashes[1]);
  });
});
