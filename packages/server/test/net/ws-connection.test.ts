import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { describe, it } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { WebSocket, WebSocketServer } from 'ws';
import { WsConnection } from '../../src/net/ws-connection.ts';

const FRAME_BYTES = 64 * 1024;
const TICKS = 200;

describe('WebSocket connection', () => {
  it("a slow reader's queued frames stay intact while the sender reuses their memory every turn", async () => {
    const http = createServer();
    const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
    const accepted = new Promise<{ connection: WsConnection; ws: WebSocket }>((resolve) => {
      http.on('upgrade', (request, socket: Duplex, head) => {
        wss.handleUpgrade(request, socket, head, (ws) => {
          resolve({ connection: new WsConnection(ws, socket, '127.0.0.1', { maxOutboundBytes: 64 * 1024 * 1024 }), ws });
        });
      });
    });
    http.listen(0, '127.0.0.1');
    await once(http, 'listening');
    const client = new WebSocket(`ws://127.0.0.1:${(http.address() as AddressInfo).port}`, { perMessageDeflate: false });
    const received: Buffer[] = [];
    client.on('message', (data: Buffer) => received.push(data));
    await once(client, 'open');
    const { connection, ws } = await accepted;
    try {
      // The reader stops reading: what is sent piles up in the server socket's write queue.
      client.pause();
      // One buffer, rewritten every turn as the frame builder rewrites its slabs.
      const slab = new Uint8Array(FRAME_BYTES);
      let backlog = 0;
      for (let tick = 0; tick < TICKS; tick++) {
        slab.fill(tick & 0xff);
        assert.ok(connection.send(slab));
        await nextTurn();
        backlog = Math.max(backlog, ws.bufferedAmount);
      }
      // Megabytes queued past what the kernel took: ws held them for many turns.
      assert.ok(backlog > 2 * 1024 * 1024, `the reader fell only ${backlog} bytes behind`);
      client.resume();
      while (received.length < TICKS) await once(client, 'message');
      for (let tick = 0; tick < TICKS; tick++) {
        const message = received[tick];
        assert.ok(message !== undefined && message.length === FRAME_BYTES);
        assert.ok(message.every((byte) => byte === (tick & 0xff)), `frame ${tick} was overwritten while queued`);
      }
    } finally {
      connection.destroy();
      client.terminate();
      wss.close();
      http.close();
    }
  });
});
