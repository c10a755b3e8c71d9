/** WebSocket reading through the shared inbound queue: order, backpressure, a bad message. */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { WebSocket, WebSocketServer } from 'ws';
import { ErrorCode, isProtocolError } from '@realmforge/protocol';
import { WsConnection } from '../../src/net/ws-connection.ts';

async function wsPair(): Promise<{ connection: WsConnection; ws: WebSocket; client: WebSocket; stop: () => void }> {
  const http = createServer();
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  const accepted = new Promise<{ connection: WsConnection; ws: WebSocket }>((resolve) => {
    http.on('upgrade', (request, socket: Duplex, head) => {
      wss.handleUpgrade(request, socket, head, (ws) => {
        resolve({ connection: new WsConnection(ws, socket, '127.0.0.1', { maxOutboundBytes: 1 << 20 }), ws });
      });
    });
  });
  http.listen(0, '127.0.0.1');
  await once(http, 'listening');
  const client = new WebSocket(`ws://127.0.0.1:${(http.address() as AddressInfo).port}`, { perMessageDeflate: false });
  await once(client, 'open');
  const { connection, ws } = await accepted;
  return {
    connection,
    ws,
    client,
    stop: () => {
      connection.destroy();
      client.terminate();
      wss.close();
      http.close();
    },
  };
}

describe('WebSocket reading', () => {
  it('pauses the socket while the reader is busy and delivers every message in order once it reads', async () => {
    const { connection, ws, client, stop } = await wsPair();
    try {
      for (let i = 0; i < 200; i++) client.send(Uint8Array.of(i), { binary: true });
      const reader = connection.messages()[Symbol.asyncIterator]();
      await sleep(100);
      assert.ok(ws.isPaused, 'the socket was not paused with 200 messages unread');
      const seen: number[] = [];
      while (seen.length < 200) {
        const next = await reader.next();
        assert.ok(next.done !== true);
        seen.push(next.value[0] ?? -1);
      }
      assert.deepEqual(seen, Array.from({ length: 200 }, (_, i) => i));
      assert.ok(!ws.isPaused);
    } finally {
      stop();
    }
  });

  it('hands over the binary messages before a text one, then raises MALFORMED_FRAME', async () => {
    const { connection, client, stop } = await wsPair();
    try {
      client.send(Uint8Array.of(1), { binary: true });
      client.send('{"ping":{}}');
      client.send(Uint8Array.of(2), { binary: true });
      const seen: number[] = [];
      await assert.rejects(
        (async () => {
          for await (const body of connection.messages()) seen.push(body[0] ?? -1);
        })(),
        (error: unknown) => isProtocolError(error) && error.code === ErrorCode.ERROR_CODE_MALFORMED_FRAME,
      );
      assert.deepEqual(seen, [1]);
    } finally {
      stop();
    }
  });

  it('ends the read loop when the peer closes', async () => {
    const { connection, client, stop } = await wsPair();
    try {
      client.send(Uint8Array.of(7), { binary: true });
      client.close(1000);
      const seen: number[] = [];
      for await (const body of connection.messages()) seen.push(body[0] ?? -1);
      assert.deepEqual(seen, [7]);
    } finally {
      stop();
    }
  });
});
