/**
 * Combat cheats over real sockets: spamming a skill during its cooldown, attacking a target
 * out of range and attacking through a wall. Each request is checked against the zone's state
 * at the tick, refused with its error code and applied never (or once, for the one cast the
 * cooldown allowed); each refusal is an `impossible_action` detection with its evidence, and
 * enough of them draw a sanction. An honest player in the same zone plays on normally.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ServerError } from '@realmforge/client';
import type { GameClient } from '@realmforge/client/node';
import { CharacterClass, ErrorCode, SanctionKind, v1 } from '@realmforge/protocol';
import { loadWorldContent } from '../../src/world/map/tiled-map.ts';
import type { ZoneMap } from '../../src/world/map/zone-map.ts';
import { playerInWorld, startTestServer } from '../helpers/test-server.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { HonestPlayer, heroInWorld, impossibleActionsOf, moderationOf, sanctionsSeen, trainingDummy, until } from './cheat-kit.ts';

const FIREBALL = 10;
const FROST_NOVA = 11;
const DAMAGE: number = v1.CombatEventKind.COMBAT_EVENT_KIND_DAMAGE;
const MISS: number = v1.CombatEventKind.COMBAT_EVENT_KIND_MISS;

function refusedWith(code: ErrorCode): (error: unknown) => boolean {
  return (error) => error instanceof ServerError && error.code === code && !error.fatal;
}

/** Hits (or misses) of a skill on a target, as the caster's combat log shows them. */
function landed(client: GameClient, skillId: number, targetId: number): number {
  return client.world.combatLog.filter((e) => e.skillId === skillId && e.targetId === targetId && (e.kind === DAMAGE || e.kind === MISS)).length;
}

describe('combat cheats', () => {
  let t: TestServer;
  let maps: Map<string, ZoneMap>;
  let honest: HonestPlayer;
  let honestClient: GameClient;
  const clients: GameClient[] = [];

  before(async () => {
    // Every refusal counts (no folding), so the test can count them; default weights and thresholds.
    t = await startTestServer({ anticheatReportIntervalMs: 0 });
    maps = await loadWorldContent(t.server.config.contentDir);
    honestClient = await t.connect();
    await playerInWorld(honestClient);
    await until(() => honestClient.world.self !== undefined, 'honest player in the world');
    honest = new HonestPlayer(honestClient);
    honest.start();
  });

  after(async () => {
    try {
      honest.stopAndCheck();
    } finally {
      for (const client of [...clients, honestClient]) client.close();
      await t.close();
    }
  });

  async function mage(): Promise<Awaited<ReturnType<typeof heroInWorld>>> {
    const hero = await heroInWorld(t, CharacterClass.CHARACTER_CLASS_MAGE);
    clients.push(hero.client);
    return hero;
  }

  it('cooldown spam: of a burst of the same skill one cast lands, the rest are refused ON_COOLDOWN, counted and sanctioned', async () => {
    const { client, accountId } = await mage();
    const seen = sanctionsSeen(client);
    const self = client.world.self;
    assert.ok(self !== undefined);
    const dummy = trainingDummy(t.server, client.world.zone, self.x + 2, self.y);
    await until(() => client.world.entities.has(dummy.handle), 'the dummy in view');

    // Nine casts at once: all reach the zone within the same tick or the next few.
    const results = await Promise.allSettled(Array.from({ length: 9 }, () => client.castSkill(FROST_NOVA)));
    const accepted = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    assert.equal(accepted.length, 1, 'one cast accepted');
    for (const r of refused) assert.ok(refusedWith(ErrorCode.ERROR_CODE_COMBAT_ON_COOLDOWN)(r.reason), `refused ON_COOLDOWN: ${String(r.reason)}`);

    // And again and again, one at a time, well inside the 15 s cooldown.
    for (let i = 0; i < 3; i++) {
      await sleep(100);
      await assert.rejects(client.castSkill(FROST_NOVA), refusedWith(ErrorCode.ERROR_CODE_COMBAT_ON_COOLDOWN));
    }
    await until(() => landed(client, FROST_NOVA, dummy.handle) === 1, 'the one frost nova to land');
    await sleep(300);
    assert.equal(landed(client, FROST_NOVA, dummy.handle), 1, 'applied once');

    // 11 refusals of weight 3 each (less a little decay): past the warning at 20.
    await until(async () => (await impossibleActionsOf(t.server, accountId)).length === 11, 'every refusal recorded');
    const entries = await impossibleActionsOf(t.server, accountId);
    assert.ok(entries.every((e) => /^castSkill .*"skillId":11/.test(e.sent) && /^ERROR_CODE_COMBAT_ON_COOLDOWN: /.test(e.expected) && e.actor === 'anticheat'), entries[0]?.sent);
    assert.ok((entries[0]?.suspicion ?? 0) > 30, `suspicion grew with each refusal (${entries[0]?.suspicion})`);
    await until(() => seen.some((m) => m.sanctionNotice?.kind === SanctionKind.SANCTION_KIND_WARN), 'a warning');
    assert.ok(moderationOf(t.server).suspicion(accountId) > 30);
  });

  it('out of range: a fireball at a dummy 40 m away is refused OUT_OF_RANGE, never cast, and detected', async () => {
    const { client, accountId } = await mage();
    const self = client.world.self;
    assert.ok(self !== undefined);
    const map = maps.get(client.world.zone);
    assert.ok(map !== undefined);
    // A free spot 40 m away (fireball reaches 30 m), inside the view radius.
    const spot = [[40, 0], [-40, 0], [0, 40], [0, -40], [28, 28], [-28, -28]].map(([dx = 0, dy = 0]) => ({ x: self.x + dx, y: self.y + dy })).find((p) => map.collision.isFree(p.x, p.y, 0.5));
    assert.ok(spot !== undefined, 'a free spot 40 m from the spawn');
    const far = trainingDummy(t.server, client.world.zone, spot.x, spot.y);
    await until(() => client.world.entities.has(far.handle), 'the far dummy in view');
    for (let i = 0; i < 3; i++) await assert.rejects(client.castSkill(FIREBALL, far.handle), refusedWith(ErrorCode.ERROR_CODE_COMBAT_OUT_OF_RANGE));
    assert.equal(client.world.self?.castSkillId, 0, 'no cast started');
    await sleep(2500);
    assert.equal(landed(client, FIREBALL, far.handle), 0, 'nothing landed');
    assert.equal(far.hitPoints, far.maxHitPoints);
    const entries = await impossibleActionsOf(t.server, accountId);
    assert.equal(entries.length, 3);
    assert.ok(entries.every((e) => /^castSkill .*"skillId":10/.test(e.sent) && /^ERROR_CODE_COMBAT_OUT_OF_RANGE: /.test(e.expected)));
  });

  it('through a wall: a fireball at a dummy behind a wall, in range, is refused NO_LINE_OF_SIGHT, never cast, and detected', async () => {
    const { client, accountId } = await mage();
    const self = client.world.self;
    assert.ok(self !== undefined);
    const map = maps.get(client.world.zone);
    assert.ok(map !== undefined);
    // The nearest free spot 10-26 m away that the caster cannot see.
    let hidden: { x: number; y: number } | undefined;
    for (let d = 10; d <= 26 && hidden === undefined; d += 1) {
      for (let a = 0; a < 32 && hidden === undefined; a++) {
        const p = { x: self.x + d * Math.cos((a * Math.PI) / 16), y: self.y + d * Math.sin((a * Math.PI) / 16) };
        if (map.collision.isFree(p.x, p.y, 0.5) && !map.collision.lineOfSight(self.x, self.y, p.x, p.y)) hidden = p;
      }
    }
    assert.ok(hidden !== undefined, 'a spot behind a wall within fireball range of the spawn');
    const behind = trainingDummy(t.server, client.world.zone, hidden.x, hidden.y);
    await until(() => client.world.entities.has(behind.handle), 'the hidden dummy in view (interest ignores walls)');
    await client.selectTarget(behind.handle);
    // Once aimed explicitly, once at the selected target.
    await assert.rejects(client.castSkill(FIREBALL, behind.handle), refusedWith(ErrorCode.ERROR_CODE_COMBAT_NO_LINE_OF_SIGHT));
    await assert.rejects(client.castSkill(FIREBALL), refusedWith(ErrorCode.ERROR_CODE_COMBAT_NO_LINE_OF_SIGHT));
    assert.equal(client.world.self?.castSkillId, 0, 'no cast started');
    await sleep(2500);
    assert.equal(landed(client, FIREBALL, behind.handle), 0, 'nothing landed');
    assert.equal(behind.hitPoints, behind.maxHitPoints);
    const entries = await impossibleActionsOf(t.server, accountId);
    assert.equal(entries.length, 2);
    assert.ok(entries.every((e) => /^castSkill /.test(e.sent) && /^ERROR_CODE_COMBAT_NO_LINE_OF_SIGHT: /.test(e.expected)));
  });
});
