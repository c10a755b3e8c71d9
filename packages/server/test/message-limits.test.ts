/** Per-session message rate limits over real sockets. */
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { ErrorCode } from '@realmforge/protocol';
import type { ServerMessage } from '@realmforge/protocol';
import { rawClient } from './helpers/raw-client.ts';
import { startTestServer } from './helpers/test-server.ts';
import type { TestServer } from './helpers/test-server.ts';

const isRateLimited = (m: ServerMessage): boolean => m.error?.code === ErrorCode.ERROR_CODE_RATE_LIMITED;

describe('per-session message rate limits', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  after(() => t.close());

  it('refuses pings over the rate with a non-fatal RATE_LIMITED; the session carries on', async () => {
    const client = await rawClient(t.ports.tcp);
    client.send({ requestId: 1, hello: { protocolVersion: 1 } });
    await client.waitFor((m) => m.welcome != null);
    const pings = Array.from({ length: 25 }, (_, i) => ({ requestId: 100 + i, ping: { nonce: i } }));
    client.send(...pings);
    await client.waitFor((m) => m.requestId === 124);
    const pongs = client.received.filter((m) => m.pong != null);
    const limited = client.received.filter(isRateLimited);
    assert.ok(pongs.length >= 10 && pongs.length < 25, `${pongs.length} pongs: the burst of 10 and whatever refilled meanwhile`);
    assert.equal(pongs.length + limited.length, 25, 'every ping is answered, with a pong or an error');
    assert.ok(limited.every((m) => m.error?.fatal === false && m.requestId >= 110), 'the refusals are for the requests over the burst');
    assert.match(limited[0]?.error?.message ?? '', /too many ping messages; the next is accepted in \d+ ms/);
    // After the refill the session still works.
    await sleep(400);
    client.send({ requestId: 200, ping: { nonce: 200 } });
    const answer = await client.waitFor((m) => m.requestId === 200);
    assert.ok(answer.pong != null);
    client.socket.destroy();
  });

  it('disconnects a client that keeps flooding with a fatal RATE_LIMITED, and only that client', async () => {
    const honest = await t.connect();
    const flooder = await rawClient(t.ports.tcp);
    flooder.send({ requestId: 1, hello: { protocolVersion: 1 } });
    await flooder.waitFor((m) => m.welcome != null);
    flooder.send(...Array.from({ length: 200 }, (_, i) => ({ requestId: 10 + i, ping: { nonce: i } })));
    await flooder.closed;
    const last = flooder.received.at(-1);
    assert.equal(last?.error?.code, ErrorCode.ERROR_CODE_RATE_LIMITED);
    assert.equal(last.error.fatal, true);
    const refusals = flooder.received.filter((m) => isRateLimited(m) && m.error?.fatal === false).length;
    assert.ok(refusals >= 20 && refusals < 40, `${refusals} non-fatal refusals before the disconnect (20 strikes + refill)`);
    assert.ok(flooder.received.length < 100, 'the rest of the flood was never handled');
    assert.ok((await honest.ping()) >= 0, 'another session is unaffected');
    honest.close();
  });

  it('limits each payload case separately: a ping flood does not hold up other requests', async () => {
    const client = await rawClient(t.ports.tcp);
    client.send({ requestId: 1, hello: { protocolVersion: 1 } }, ...Array.from({ length: 12 }, (_, i) => ({ requestId: 10 + i, ping: { nonce: i } })));
    await client.waitFor((m) => m.requestId === 21);
    // Not logged in: a list request is refused for that reason, not for the ping flood.
    client.send({ requestId: 50, listCharacters: {} });
    const answer = await client.waitFor((m) => m.requestId === 50);
    assert.equal(answer.error?.code, ErrorCode.ERROR_CODE_NOT_AUTHENTICATED);
    client.socket.destroy();
  });
});
