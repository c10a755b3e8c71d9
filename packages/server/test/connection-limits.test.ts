/** Per-address connection limits over real sockets, on every transport. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GameClient } from '@realmforge/client';
import { ErrorCode } from '@realmforge/protocol';
import type { ServerMessage } from '@realmforge/protocol';
import { eventually, rawClient } from './helpers/raw-client.ts';
import type { RawClient } from './helpers/raw-client.ts';
import { startTestServer } from './helpers/test-server.ts';

const isRateLimited = (m: ServerMessage): boolean => m.error?.code === ErrorCode.ERROR_CODE_RATE_LIMITED;

describe('per-address connection limits', () => {
  it('refuses connections beyond maxConnectionsPerIp: 60 from one address, 50 admitted', async () => {
    const t = await startTestServer({ maxConnectionsPerIp: 50, connectionBurstPerIp: 1000, connectionsPerSecondPerIp: 1000 });
    try {
      const clients = await Promise.all(Array.from({ length: 60 }, () => rawClient(t.ports.tcp)));
      for (const [i, client] of clients.entries()) client.send({ requestId: i + 1, hello: { protocolVersion: 1 } });
      const outcomes = await Promise.all(clients.map(async (client) => {
        const first = await client.waitFor(() => true);
        return first.welcome != null ? 'welcome' : first.error?.fatal === true && isRateLimited(first) ? 'refused' : 'other';
      }));
      assert.equal(outcomes.filter((o) => o === 'welcome').length, 50);
      assert.equal(outcomes.filter((o) => o === 'refused').length, 10, 'the excess gets a fatal RATE_LIMITED');
      const refused = clients.filter((_, i) => outcomes[i] === 'refused');
      await Promise.all(refused.map((c) => c.closed));
      assert.equal(t.server.connectionsRefused, 10);
      assert.match(refused[0]?.received[0]?.error?.message ?? '', /too many connections from your address/);
      // Closing one admitted connection makes room for one more.
      const admitted = clients.filter((_, i) => outcomes[i] === 'welcome');
      admitted[0]?.socket.destroy();
      await admitted[0]?.closed;
      const another = await eventually(() => t.connect());
      assert.ok((await another.ping()) >= 0);
      another.close();
      for (const client of admitted) client.socket.destroy();
    } finally {
      await t.close();
    }
  });

  it('refuses connections opened faster than the per-address rate', async () => {
    const t = await startTestServer({ maxConnectionsPerIp: 1000, connectionBurstPerIp: 5, connectionsPerSecondPerIp: 0.01 });
    try {
      const clients: RawClient[] = [];
      for (let i = 0; i < 8; i++) clients.push(await rawClient(t.ports.tcp));
      for (const client of clients) client.send({ requestId: 1, hello: { protocolVersion: 1 } });
      const firsts = await Promise.all(clients.map((c) => c.waitFor(() => true)));
      assert.equal(firsts.filter((m) => m.welcome != null).length, 5);
      const refused = firsts.filter((m) => isRateLimited(m) && m.error?.fatal === true);
      assert.equal(refused.length, 3);
      assert.match(refused[0]?.error?.message ?? '', /connecting too fast/);
      for (const client of clients) client.socket.destroy();
    } finally {
      await t.close();
    }
  });

  it('applies to TLS and WebSocket too: the excess socket is dropped before its handshake', async () => {
    const t = await startTestServer({ maxConnectionsPerIp: 1 });
    try {
      for (const transport of ['tls', 'ws'] as const) {
        const first = await eventually(() => t.connect(transport));
        await assert.rejects(async () => {
          const second: GameClient = await t.connect(transport);
          second.close();
        }, `a second ${transport} connection is refused`);
        first.close();
        await first.closed;
      }
      // The WebSocket's first connection may itself have had to wait for the TLS one to be released.
      const again = await eventually(() => t.connect('ws'));
      again.close();
      assert.ok(t.server.connectionsRefused >= 2);
    } finally {
      await t.close();
    }
  });
});
