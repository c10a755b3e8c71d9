/**
 * Regression tests for what the fuzzer (npm run fuzz) found, one per finding, each in the
 * plainest form that used to fail. The raw inputs are also in test/fuzz-corpus/.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { WebSocket } from 'ws';
import { decodeServerMessage, encodeClientMessage, ErrorCode } from '@realmforge/protocol';
import type { ServerMessage } from '@realmforge/protocol';
import { rawClient } from './helpers/raw-client.ts';
import { startTestServer } from './helpers/test-server.ts';
import type { TestServer } from './helpers/test-server.ts';

describe('fuzz findings', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ heartbeatIntervalMs: 50 });
  });
  after(() => t.close());

  // Found by the fuzzer: a Pong answering the server's heartbeat with sent_at_ms = -Infinity
  // (or NaN, or missing) made the round trip Infinity/NaN; the RTT histogram threw, the
  // request "failed" with STORAGE_UNAVAILABLE and an error was logged. The server now times
  // the round trip by its own clock and measures each ping once.
  for (const sentAtMs of [Number.NEGATIVE_INFINITY, Number.NaN, Number.POSITIVE_INFINITY, -1e308, undefined]) {
    it(`a heartbeat Pong with sent_at_ms ${String(sentAtMs)} is taken calmly`, async () => {
      const client = await rawClient(t.ports.tcp);
      client.send({ requestId: 1, hello: { protocolVersion: 1 } });
      await client.waitFor((m) => m.welcome != null);
      const ping = await client.waitFor((m) => m.ping != null && m.requestId === 0);
      const nonce = ping.ping?.nonce ?? 0;
      client.send({ requestId: 77, pong: { nonce, ...(sentAtMs === undefined ? {} : { sentAtMs }) } }, { requestId: 78, ping: { nonce: 1 } });
      await client.waitFor((m) => m.requestId === 78);
      assert.deepEqual(client.received.filter((m) => m.requestId === 77), [], 'a pong gets no answer, certainly no error');
      assert.equal(client.received.some((m) => m.error?.code === ErrorCode.ERROR_CODE_STORAGE_UNAVAILABLE), false);
      client.socket.destroy();
    });
  }

  // Found by the fuzzer: over WebSocket, binary messages that came after a (refused) text
  // message were still handled before the session closed, so the client saw answers to
  // requests sent after the bad one. Now nothing after a bad message is taken.
  it('handles nothing that comes after a refused WebSocket text message', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${t.ports.http}/ws`);
    const received: ServerMessage[] = [];
    ws.on('message', (data: Buffer) => {
      received.push(decodeServerMessage(data));
    });
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    const closed = new Promise((resolve) => ws.once('close', resolve));
    ws.send(encodeClientMessage({ requestId: 1, hello: { protocolVersion: 1 } }));
    ws.send(encodeClientMessage({ requestId: 2, ping: { nonce: 2 } }));
    ws.send('{"ping":{}}');
    ws.send(encodeClientMessage({ requestId: 3, ping: { nonce: 3 } }));
    await closed;
    assert.deepEqual(received.filter((m) => m.ping == null).map((m) => m.requestId), [1, 2, 0]);
    assert.equal(received.at(-1)?.error?.code, ErrorCode.ERROR_CODE_MALFORMED_FRAME);
    assert.equal(received.at(-1)?.error?.fatal, true);
  });
});
