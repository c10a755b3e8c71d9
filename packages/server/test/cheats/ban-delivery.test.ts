/**
 * A ban's last words reach the player on every transport: the `SanctionNotice` and the
 * `Disconnect{ACCOUNT_BANNED}` are queued in the turn the connection is closed, with the
 * client's latest requests still unread by the server, and the close writes them before it
 * ends the socket (stream end, WebSocket close frame, the I/O thread's end after its turn's
 * writes).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ErrorCode, SanctionKind } from '@realmforge/protocol';
import type { ServerMessage } from '@realmforge/protocol';
import { playerInWorld, startTestServer } from '../helpers/test-server.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { accountIdOf, moderationOf } from './cheat-kit.ts';

for (const ioThreads of [0, 1]) {
  describe(`a ban's Disconnect, ${ioThreads === 0 ? 'sockets in the main thread' : 'sockets in an I/O thread'}`, () => {
    let t: TestServer;
    before(async () => {
      t = await startTestServer({ ioThreads });
    });
    after(async () => {
      await t.close();
    });

    const transports = ioThreads === 0 ? (['tcp', 'tls', 'ws'] as const) : (['tcp', 'tls'] as const);
    for (const transport of transports) {
      it(`reaches a ${transport} client before the close, while its requests are still coming`, async () => {
        const client = await t.connect(transport);
        const { username } = await playerInWorld(client);
        const accountId = await accountIdOf(t.server, username);
        const seen: ServerMessage[] = [];
        client.onPush((message) => {
          if (message.sanctionNotice != null || message.disconnect != null) seen.push(message);
        });
        // Requests the server has not read yet when it closes the session.
        for (let nonce = 1; nonce <= 10; nonce++) client.send({ ping: { nonce } });
        await moderationOf(t.server).ban(accountId, 60_000, 'delivery check', 'test');
        const closed = await Promise.race([client.closed, sleep(5_000, 'open' as const)]);
        assert.ok(closed !== 'open', 'the connection was closed');
        assert.equal(closed?.code, ErrorCode.ERROR_CODE_ACCOUNT_BANNED);
        assert.deepEqual(seen.map((m) => m.sanctionNotice?.kind ?? m.disconnect?.reason), [SanctionKind.SANCTION_KIND_BAN, ErrorCode.ERROR_CODE_ACCOUNT_BANNED]);
      });
    }
  });
}
