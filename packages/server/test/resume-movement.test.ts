/**
 * After a Resume the server keeps the character's last applied input sequence; the SDK's
 * GameClient continues above the acknowledged sequence, so the resumed player can walk.
 */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { playerInWorld, startTestServer } from './helpers/test-server.ts';
import type { TestServer } from './helpers/test-server.ts';

async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

describe('movement after a resume', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  after(() => t.close());

  it('a resumed client continues the input sequence above the server acknowledgement', async () => {
    const first = await t.connect('ws');
    const { resumeToken } = await playerInWorld(first);
    await until(() => first.world.self !== undefined, 'self');
    let sequence = 0;
    for (let i = 0; i < 5; i++) {
      sequence = first.move(i % 2 === 0 ? 1 : -1, 0);
      await sleep(60);
    }
    sequence = first.move(0, 0);
    await until(() => first.world.ackSequence === sequence, 'the last input to be acknowledged');
    first.close();
    await sleep(50);

    const second = await t.connect('ws');
    const resumed = await second.resume(resumeToken);
    assert.ok(resumed.character, 'the character is still in the world');
    await until(() => second.world.self !== undefined, 'the reset frame');
    assert.equal(second.world.ackSequence, sequence, 'the reset frame carries the old acknowledgement');
    const startY = second.world.self?.y ?? 0;
    const next = second.move(0, 1);
    assert.equal(next, sequence + 1, 'the next input continues above the acknowledged sequence');
    await until(() => second.world.ackSequence === next, 'the new input to be acknowledged');
    await until(() => (second.world.self?.y ?? 0) > startY + 0.5, 'the resumed character to walk');
    second.move(0, 0);
    second.close();
  });
});
