/** The login throttle over real sockets (every test client is 127.0.0.1; other addresses are covered by test/limits). */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { ServerError } from '@realmforge/client';
import { ErrorCode } from '@realmforge/protocol';
import { startTestServer, uniqueName } from './helpers/test-server.ts';
import type { TestServer } from './helpers/test-server.ts';

const codeOf = (error: unknown): ErrorCode | undefined => (error instanceof ServerError ? error.code : undefined);

describe('login throttling over real sockets', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({
      // Isolate the throttle from the per-session login rate.
      messageRateLimits: { login: { burst: 1000, perSecond: 1000 } },
      loginBackoffBaseMs: 300,
      loginIpFailureBurst: 20,
    });
  });
  after(() => t.close());

  it('brute force on one account gets RATE_LIMITED with the wait; the right password works after the backoff', async () => {
    const client = await t.connect();
    const username = uniqueName('brute');
    await client.register(username, 'correct horse');
    for (let i = 0; i < 3; i++) {
      await assert.rejects(client.login(username, `wrong horse ${i}`), (e) => codeOf(e) === ErrorCode.ERROR_CODE_AUTH_FAILED);
    }
    await assert.rejects(client.login(username, 'wrong horse 3'), (e) => codeOf(e) === ErrorCode.ERROR_CODE_RATE_LIMITED && /try again in 1 s/.test((e as Error).message));
    await assert.rejects(client.login(username, 'correct horse'), (e) => codeOf(e) === ErrorCode.ERROR_CODE_RATE_LIMITED, 'even the right password waits: the throttle does not look at it');
    await sleep(350);
    assert.ok((await client.login(username, 'correct horse')).resumeToken.length > 0);
    client.close();
    // The success reset the pair: the free failures are back.
    const again = await t.connect();
    await assert.rejects(again.login(username, 'wrong horse'), (e) => codeOf(e) === ErrorCode.ERROR_CODE_AUTH_FAILED);
    again.close();
  });

  it('one address failing across many accounts (credential stuffing) runs out of budget', async () => {
    const client = await t.connect();
    let refusedAt: number | undefined;
    for (let i = 0; i < 30 && refusedAt === undefined; i++) {
      try {
        await client.login(uniqueName('stuffed'), 'some password');
      } catch (error) {
        if (codeOf(error) === ErrorCode.ERROR_CODE_RATE_LIMITED) refusedAt = i;
        else assert.equal(codeOf(error), ErrorCode.ERROR_CODE_AUTH_FAILED);
      }
    }
    // The first test spent 4 of the 20 failures.
    assert.ok(refusedAt !== undefined && refusedAt <= 20, `refused at attempt ${refusedAt}`);
    client.close();
  });
});
