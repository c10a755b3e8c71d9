/**
 * Several listening sockets on one port, so a busy server still accepts a login storm.
 *
 * libuv accepts one connection per listening socket per event-loop turn (measured with Node
 * 20 and 24: a loop whose turns take 50 ms accepts about 18 connections a second on one
 * listener, 8 times that on 8). While the world runs, a turn takes one tick plus every socket's
 * reads, tens of milliseconds, so a single listener admits only tens of players a second: the
 * rest wait in the kernel's accept queue, their first message unanswered, and time out. N
 * sockets bound to the same port with `SO_REUSEPORT` (Linux) are N accepts per turn; the kernel
 * spreads new connections among them.
 *
 * `SO_REUSEPORT` would also let a second server process started by mistake on the same port
 * take a share of the players without an error, so the port is first bound once without it:
 * that bind fails with EADDRINUSE when anything holds the port, as a single listener would.
 * @module
 */
import type { Server as NetServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/** What the listeners of one port are: servers that differ only in their socket. */
export type ServerFactory = () => NetServer;

/** Platforms where Node's `reusePort` is available and spreads accepts (Node docs, `server.listen`). */
const REUSE_PORT_PLATFORMS: ReadonlySet<NodeJS.Platform> = new Set(['linux', 'freebsd', 'sunos', 'aix']);

/** How many listening sockets a port gets on this platform when `wanted` are asked for. */
export function acceptorCount(wanted: number, platform: NodeJS.Platform = process.platform): number {
  return REUSE_PORT_PLATFORMS.has(platform) ? Math.max(1, Math.floor(wanted)) : 1;
}

function listenOne(server: NetServer, port: number, host: string, backlog: number, reusePort: boolean): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, backlog, ...(reusePort ? { reusePort } : {}) }, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeOne(server: NetServer): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => {
      resolve();
    });
  });
}

/** The servers listening on one port. */
export interface Acceptors {
  /** The bound port (the one chosen when 0 was asked for). */
  readonly port: number;
  /** Every listening server, the first one first. */
  readonly servers: readonly NetServer[];
}

/**
 * Binds `count` servers made by `make` to one port (0 picks a free one). With one, that is a
 * plain listen. With more, the port is first checked free with a plain bind (closed again),
 * then every server binds it with `reusePort`. Rejects, with every server it bound closed,
 * when the port is taken or a bind fails.
 */
export async function listenAcceptors(make: ServerFactory, count: number, port: number, host: string, backlog: number): Promise<Acceptors> {
  const first = make();
  if (count <= 1) return { port: await listenOne(first, port, host, backlog, false), servers: [first] };
  const probe = make();
  const bound = await listenOne(probe, port, host, backlog, false);
  await closeOne(probe);
  const servers: NetServer[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = i === 0 ? first : make();
      await listenOne(server, bound, host, backlog, true);
      servers.push(server);
    }
  } catch (error) {
    await Promise.all(servers.map(closeOne));
    throw error;
  }
  return { port: bound, servers };
}
