import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import type { GameClient } from '@realmforge/client';
import { ServerError } from '@realmforge/client';
import { ErrorCode } from '@realmforge/protocol';
import { EntityKinds } from '../src/world/entity.ts';
import { playerInWorld, startTestServer, uniqueName } from './helpers/test-server.ts';
import type { TestServer } from './helpers/test-server.ts';

async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

describe('the world over real sockets', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ saveIntervalMs: 200 });
  });
  after(() => t.close());

  it('entering the world brings a reset frame; others are seen moving; inputs are acknowledged', async () => {
    const a = await t.connect('tcp');
    const b = await t.connect('ws');
    await playerInWorld(a);
    await playerInWorld(b);
    await until(() => a.world.zone === 'meadow' && b.world.zone === 'meadow', 'reset frames');
    // Players only: the meadow's rats live near the spawn.
    const players = (client: GameClient): number => [...client.world.entities.values()].filter((e) => e.kind === EntityKinds.player).length;
    await until(() => players(a) === 2 && players(b) === 2, 'both players to see each other');
    const aInB = b.world.entities.get(a.world.selfId);
    assert.ok(aInB);
    const startX = aInB.x;
    const sequence = a.move(1, 0);
    await until(() => a.world.ackSequence === sequence, 'the input to be acknowledged');
    await until(() => (b.world.entities.get(a.world.selfId)?.x ?? 0) > startX + 1, 'b to see a walk east');
    const self = a.world.self;
    assert.ok(self && self.x > startX);
    a.move(0, 0);
    a.close();
    b.close();
  });

  it('moving before entering the world is refused', async () => {
    const c: GameClient = await t.connect();
    await assert.rejects(c.request({ moveInput: { sequence: 1, directionX: 1 } }), (e) => e instanceof ServerError && e.code === ErrorCode.ERROR_CODE_NOT_AUTHENTICATED);
    const username = uniqueName();
    await c.register(username, 'correct horse');
    await c.login(username, 'correct horse');
    await assert.rejects(c.request({ moveInput: { sequence: 1, directionX: 1 } }), (e) => e instanceof ServerError && e.code === ErrorCode.ERROR_CODE_NOT_IN_WORLD);
    c.close();
  });

  it('position is saved at logout and restored at the next login', async () => {
    const client = await t.connect();
    const { username, characterId } = await playerInWorld(client);
    await until(() => client.world.self !== undefined, 'self');
    const sequence = client.move(0, 1);
    await until(() => client.world.ackSequence === sequence && (client.world.self?.y ?? 0) > 0, 'ack');
    await sleep(300);
    client.move(0, 0);
    await sleep(100);
    const walked = client.world.self;
    assert.ok(walked);
    await client.logout();
    await client.login(username, 'correct horse');
    const [listed] = await client.listCharacters();
    assert.ok(listed?.position);
    assert.ok(Math.abs((listed.position.y ?? 0) - walked.y) < 0.1, `saved y ${listed.position.y} vs seen ${walked.y}`);
    const entered = await client.enterWorld(characterId);
    assert.ok(Math.abs((entered.character?.position?.y ?? 0) - walked.y) < 0.1);
    client.close();
  });

  it('a resumed session gets a full snapshot again', async () => {
    const first = await t.connect();
    const { resumeToken } = await playerInWorld(first);
    await until(() => first.world.self !== undefined, 'self');
    first.close();
    await first.closed;
    const second = await t.connect();
    await second.resume(resumeToken);
    await until(() => second.world.self !== undefined, 'a reset frame after resume');
    assert.equal(second.world.zone, 'meadow');
    second.close();
  });
});
