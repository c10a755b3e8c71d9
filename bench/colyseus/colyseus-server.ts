/**
 * The Colyseus server of the peer benchmark, run as a child process so that its CPU time is its
 * own: Colyseus 0.18 with its WebSocket transport and defaults, two room types (`wander50`:
 * rooms of at most 50 players that the matchmaker fills one after another, standing in for
 * interest management; `wanderShared`: one room for everyone), listening on 127.0.0.1 on an
 * ephemeral port. It prints `listening <port>` once ready and stops on SIGTERM (Colyseus's own
 * graceful shutdown) or when its parent goes away.
 * @module
 */
import type { AddressInfo } from 'node:net';
import { defineRoom, defineServer } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { ROOM_TYPES } from './room-types.ts';
import { WanderRoom } from './wander-room.ts';

async function main(): Promise<void> {
  const transport = new WebSocketTransport();
  const server = defineServer({
    transport,
    greet: false,
    rooms: {
      [ROOM_TYPES.roomsOf50]: defineRoom(WanderRoom, { maxClients: 50 }),
      [ROOM_TYPES.shared]: defineRoom(WanderRoom, {}),
    },
  });
  await server.listen(0, '127.0.0.1');
  const address = transport.server?.address() as AddressInfo | null | undefined;
  if (address === null || address === undefined) throw new Error('the transport did not report its port');
  process.stdout.write(`listening ${address.port}\n`);
  // The benchmark's coordinator owns this process: it must not outlive it.
  process.on('disconnect', () => {
    process.exit(0);
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`colyseus server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
