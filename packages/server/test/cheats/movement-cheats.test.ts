/**
 * Movement cheats over real sockets: a speed hack, teleports, walking into a wall and replayed
 * packets. Each is prevented by the server-authoritative movement and each is detected (an
 * audit entry with evidence), while an honest player in the same zone plays on normally.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { GameClient } from '@realmforge/client/node';
import { PLAYER_RADIUS } from '../../src/world/entity.ts';
import { loadWorldContent } from '../../src/world/map/tiled-map.ts';
import type { ZoneMap } from '../../src/world/map/zone-map.ts';
import { playerInWorld, startTestServer } from '../helpers/test-server.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { accountIdOf, auditOf, HonestPlayer, until } from './cheat-kit.ts';

/** Warrior speed, m/s, and what a tick of rounding may add. */
const SPEED = 5;
const SLACK = 0.5;
/** Wire position precision, m. */
const QUANTUM = 1 / 16;

/** A copy of the own character's position (the mirror updates its entities in place). */
function positionOf(client: GameClient): { x: number; y: number } {
  const self = client.world.self;
  assert.ok(self !== undefined, 'own entity');
  return { x: self.x, y: self.y };
}

describe('movement cheats', () => {
  let t: TestServer;
  let maps: Map<string, ZoneMap>;
  let honest: HonestPlayer;
  let honestClient: GameClient;
  const clients: GameClient[] = [];

  async function cheater(): Promise<{ client: GameClient; accountId: string }> {
    const client = await t.connect();
    clients.push(client);
    const { username } = await playerInWorld(client);
    await until(() => client.world.self !== undefined, 'own entity');
    return { client, accountId: await accountIdOf(t.server, username) };
  }

  before(async () => {
    t = await startTestServer();
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

  it('speed hack: a burst of inputs with huge direction vectors moves no faster than the class speed, and is detected', async () => {
    const { client, accountId } = await cheater();
    const { x: x0, y: y0 } = positionOf(client);
    const startedAt = Date.now();
    for (let i = 0; i < 50; i++) client.send({ moveInput: { sequence: 100 + i, directionX: 1e9 * (i % 2 === 0 ? 1 : -1), directionY: 1e30, clientTimeMs: Date.now() } });
    await sleep(1000);
    const self = positionOf(client);
    const elapsed = (Date.now() - startedAt) / 1000;
    const moved = Math.hypot(self.x - x0, self.y - y0);
    assert.ok(moved <= SPEED * elapsed + SLACK, `moved ${moved.toFixed(2)} m in ${elapsed} s`);
    const audit = await auditOf(t.server, accountId);
    const flood = audit.find((entry) => entry.name === 'input_flood');
    assert.ok(flood !== undefined, 'input_flood recorded');
    assert.match(flood.sent, /MoveInputs beyond the allowance/);
    assert.match(flood.expected, /at most 2 per tick on average/);
  });

  it('teleport: a far target and a client clock that jumps ahead move the character only at walking speed, and the jump is detected', async () => {
    const { client, accountId } = await cheater();
    const start = positionOf(client);
    const startedAt = Date.now();
    client.send({ moveInput: { sequence: 1, target: { x: start.x + 5000, y: start.y + 5000 }, clientTimeMs: startedAt } });
    client.send({ moveInput: { sequence: 2, target: { x: start.x + 5000, y: start.y + 5000 }, clientTimeMs: startedAt + 60_000 } });
    for (let i = 0; i < 10; i++) {
      await sleep(50);
      const self = positionOf(client);
      const moved = Math.hypot(self.x - start.x, self.y - start.y);
      assert.ok(moved <= SPEED * ((Date.now() - startedAt) / 1000) + SLACK, `never jumps: ${moved.toFixed(2)} m`);
    }
    const drift = (await auditOf(t.server, accountId)).find((entry) => entry.name === 'clock_drift');
    assert.ok(drift !== undefined, 'clock_drift recorded');
    assert.match(drift.sent, /client clock advanced 60000 ms/);
  });

  it('wall clip: walking at a wall stops at it, whatever target is sent', async () => {
    const { client } = await cheater();
    const self = positionOf(client);
    const map = maps.get(client.world.zone);
    assert.ok(map !== undefined, `map of ${client.world.zone}`);
    // The nearest wall in one of the four directions.
    let best: { dx: number; dy: number; distance: number } | undefined;
    for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
      for (let d = 0; d < 60; d += 0.25) {
        if (!map.collision.isFree(self.x + dx * d, self.y + dy * d, PLAYER_RADIUS)) {
          if (best === undefined || d < best.distance) best = { dx, dy, distance: d };
          break;
        }
      }
    }
    assert.ok(best !== undefined, 'a wall within 60 m of the spawn');
    const { dx, dy, distance } = best;
    client.send({ moveInput: { sequence: 1, target: { x: self.x + dx * (distance + 20), y: self.y + dy * (distance + 20) }, clientTimeMs: Date.now() } });
    const walkMs = ((distance + 2) / SPEED) * 1000;
    const deadline = Date.now() + walkMs;
    while (Date.now() < deadline) {
      await sleep(50);
      const now = client.world.self;
      assert.ok(now !== undefined);
      // Positions on the wire are rounded to 1/16 m.
      assert.ok(map.collision.isFree(now.x, now.y, PLAYER_RADIUS - QUANTUM), `never inside a wall: (${now.x}, ${now.y})`);
      const along = (now.x - self.x) * dx + (now.y - self.y) * dy;
      assert.ok(along < distance + QUANTUM, `never past the wall at ${distance} m: ${along.toFixed(2)} m`);
    }
    const end = positionOf(client);
    assert.ok(end.x !== self.x || end.y !== self.y, 'it moved');
    const along = (end.x - self.x) * dx + (end.y - self.y) * dy;
    assert.ok(along > distance - 2, `walked up to the wall (${along.toFixed(2)} of ${distance} m)`);
  });

  it('replayed packets: a replayed input is applied once, never again, and is detected', async () => {
    const { client, accountId } = await cheater();
    const east = { moveInput: { sequence: 10, directionX: 1, directionY: 0, clientTimeMs: Date.now() } };
    client.send(east);
    await sleep(300);
    client.send({ moveInput: { sequence: 11, directionX: 0, directionY: 0, clientTimeMs: Date.now() } });
    await until(() => client.world.ackSequence === 11, 'the stop acknowledged');
    await sleep(100);
    const stopped = positionOf(client);
    for (let i = 0; i < 3; i++) client.send(east);
    await sleep(400);
    const later = positionOf(client);
    assert.equal(client.world.ackSequence, 11, 'the replay is not acknowledged');
    assert.deepEqual([later.x, later.y], [stopped.x, stopped.y], 'the replayed walk east was not applied again');
    const replay = (await auditOf(t.server, accountId)).find((entry) => entry.name === 'sequence_replay');
    assert.ok(replay !== undefined, 'sequence_replay recorded');
    assert.match(replay.sent, /MoveInput sequence 10/);
    assert.match(replay.expected, /above 11/);
  });

  it('sequence jump: a sequence far ahead is detected', async () => {
    const { client, accountId } = await cheater();
    client.send({ moveInput: { sequence: 5, directionX: 0, directionY: 0, clientTimeMs: Date.now() } });
    await until(() => client.world.ackSequence === 5, 'first input acknowledged');
    client.send({ moveInput: { sequence: 4_000_000_000, directionX: 0, directionY: 0, clientTimeMs: Date.now() } });
    await until(async () => (await auditOf(t.server, accountId)).some((entry) => entry.name === 'sequence_jump'), 'sequence_jump recorded');
  });
});
