import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { ServerError } from '@realmforge/client';
import { encodeClientMessage, encodeFrame, ErrorCode } from '@realmforge/protocol';
import { playerInWorld, startTestServer } from './helpers/test-server.ts';
import type { TestServer } from './helpers/test-server.ts';

function codeOf(error: unknown): ErrorCode | undefined {
  return error instanceof ServerError ? error.code : undefined;
}

describe('resume, heartbeat and slow readers', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ resumeGraceMs: 400, heartbeatIntervalMs: 50, idleTimeoutMs: 600, maxOutboundBytes: 256 * 1024 });
  });
  after(() => t.close());

  it('resumes the same character inside the grace period, with a fresh token', async () => {
    const first = await t.connect();
    const { characterId, resumeToken } = await playerInWorld(first);
    first.close();
    await first.closed;
    const second = await t.connect('ws');
    const resumed = await second.resume(resumeToken);
    assert.equal(resumed.character?.id, characterId);
    assert.notEqual(resumed.resumeToken, resumeToken);
    // Resumed straight into the world: entering again is refused.
    await assert.rejects(second.enterWorld(characterId), (e) => codeOf(e) === ErrorCode.ERROR_CODE_ALREADY_IN_WORLD);
    // The old token was rotated away.
    const third = await t.connect();
    await assert.rejects(third.resume(resumeToken), (e) => codeOf(e) === ErrorCode.ERROR_CODE_RESUME_FAILED);
    second.close();
    third.close();
  });

  it('after the grace period the token is dead and the character is saved and out of the world', async () => {
    const first = await t.connect();
    const { username, characterId, resumeToken } = await playerInWorld(first);
    first.close();
    await sleep(700);
    const second = await t.connect();
    await assert.rejects(second.resume(resumeToken), (e) => codeOf(e) === ErrorCode.ERROR_CODE_RESUME_FAILED);
    await second.login(username, 'correct horse');
    const entered = await second.enterWorld(characterId);
    assert.equal(entered.character?.id, characterId);
    second.close();
  });

  it('a resumed session takes over from a half-open one', async () => {
    const first = await t.connect();
    const { resumeToken } = await playerInWorld(first);
    const second = await t.connect();
    await second.resume(resumeToken);
    const reason = await first.closed;
    assert.equal(reason?.code, ErrorCode.ERROR_CODE_SESSION_REPLACED);
    second.close();
  });

  it('the server pings and a client that answers stays connected past the idle timeout', async () => {
    const client = await t.connect();
    let pings = 0;
    client.onPush((message) => {
      if (message.ping) pings++;
    });
    await sleep(900);
    assert.ok(pings >= 3, `expected pings, got ${pings}`);
    // Still connected after more than one idle timeout: the SDK's pongs count as traffic.
    assert.ok((await client.ping()) >= 0);
    client.close();
  });

  it('closes a silent connection with IDLE_TIMEOUT', async () => {
    const reason = await new Promise<string>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port: t.ports.tcp });
      const chunks: Buffer[] = [];
      socket.on('data', (c) => chunks.push(c));
      socket.on('close', () => {
        resolve(Buffer.concat(chunks).toString('latin1'));
      });
      socket.on('error', reject);
    });
    assert.match(reason, /nothing received/);
  });

  it('closes a client that sends one byte at a time without finishing a frame', async () => {
    const started = Date.now();
    await new Promise<void>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: t.ports.tcp });
      const hello = encodeFrame(encodeClientMessage({ requestId: 1, hello: { protocolVersion: 1 } }));
      let i = 0;
      const drip = setInterval(() => {
        if (!socket.destroyed && i < hello.length - 1) socket.write(hello.subarray(i, ++i));
      }, 100);
      socket.resume();
      socket.on('error', () => undefined);
      socket.on('close', () => {
        clearInterval(drip);
        resolve();
      });
    });
    assert.ok(Date.now() - started < 3000);
  });

  it('disconnects a reader that never reads, without growing server memory unboundedly', async () => {
    const bystander = await t.connect();
    const before = process.memoryUsage().rss;
    const closed = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port: t.ports.tcp }, () => {
        socket.pause(); // never read
        socket.write(encodeFrame(encodeClientMessage({ requestId: 1, hello: { protocolVersion: 1 } })));
        const ping = encodeFrame(encodeClientMessage({ requestId: 2, ping: { nonce: 1, sentAtMs: 0, payload: new Uint8Array(32 * 1024) } }));
        let sent = 0;
        const pump = (): void => {
          while (sent < 4000 && !socket.destroyed) {
            sent++;
            if (!socket.write(ping)) {
              socket.once('drain', pump);
              return;
            }
          }
        };
        pump();
      });
      socket.on('error', () => {
        resolve(true);
      });
      socket.on('close', () => {
        resolve(true);
      });
      setTimeout(() => {
        resolve(false);
      }, 20_000).unref();
    });
    assert.ok(closed, 'the slow reader was not disconnected');
    const grownMiB = (process.memoryUsage().rss - before) / 2 ** 20;
    // 4000 answers of 32 KiB would be 125 MiB if the server queued them all.
    assert.ok(grownMiB < 64, `server memory grew by ${grownMiB.toFixed(1)} MiB`);
    assert.ok((await bystander.ping()) >= 0);
    bystander.close();
  });
});
