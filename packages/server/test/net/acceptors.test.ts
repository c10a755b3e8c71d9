import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { describe, it } from 'node:test';
import { acceptorCount, listenAcceptors } from '../../src/net/acceptors.ts';

async function closeAll(servers: readonly Server[]): Promise<void> {
  await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => {
    resolve();
  }))));
}

/** Opens `count` connections to the port from another process and waits until they are all established (kernel side). */
async function connectFromChild(port: number, count: number): Promise<() => void> {
  const script = `
    const net = require('node:net');
    let open = 0;
    for (let i = 0; i < ${count}; i++) net.connect(${port}, '127.0.0.1', () => { if (++open === ${count}) process.stdout.write('open\\n'); }).on('error', () => {});
    setTimeout(() => process.exit(0), 20000);
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('open')) resolve();
    });
    child.once('exit', () => {
      reject(new Error('the client process ended before its connections opened'));
    });
  });
  return () => child.kill();
}

/**
 * Connections accepted in one event-loop turn: from a timer callback, the loop is held (a
 * synchronous child process) while `count` connections complete in the kernel, then the poll
 * phase that follows accepts, and a setImmediate (the check phase right after it) counts.
 */
async function acceptedInOneTurn(acceptors: number, count: number): Promise<number> {
  let accepted = 0;
  const { port, servers } = await listenAcceptors(() => createServer((socket) => {
    accepted++;
    socket.on('error', () => undefined);
  }), acceptors, 0, '127.0.0.1', 512);
  const script = `
    const net = require('node:net');
    let open = 0;
    for (let i = 0; i < ${count}; i++) net.connect(${port}, '127.0.0.1', () => { if (++open === ${count}) process.exit(0); }).on('error', () => process.exit(1));
    setTimeout(() => process.exit(2), 10000);
  `;
  const inOneTurn = await new Promise<number>((resolve, reject) => {
    setTimeout(() => {
      const child = spawnSync(process.execPath, ['-e', script]);
      if (child.status !== 0) reject(new Error(`the client process failed (${String(child.status)})`));
      const before = accepted;
      setImmediate(() => {
        resolve(accepted - before);
      });
    }, 0);
  });
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.equal(accepted, count, 'every queued connection is accepted in the end');
  await closeAll(servers);
  return inOneTurn;
}

describe('acceptors: several listening sockets on one port', () => {
  it('uses SO_REUSEPORT only where the platform has it', () => {
    assert.equal(acceptorCount(8, 'linux'), 8);
    assert.equal(acceptorCount(8, 'freebsd'), 8);
    assert.equal(acceptorCount(8, 'win32'), 1);
    assert.equal(acceptorCount(8, 'darwin'), 1);
    assert.equal(acceptorCount(0, 'linux'), 1);
  });

  it('binds every acceptor to one port and each accepts connections', { skip: acceptorCount(4) === 1 ? 'no SO_REUSEPORT on this platform' : false }, async () => {
    const hits = [0, 0, 0, 0];
    let next = 0;
    const { port, servers } = await listenAcceptors(() => {
      const index = next++;
      return createServer((socket) => {
        hits[index] = (hits[index] ?? 0) + 1;
        socket.destroy();
      });
    }, 4, 0, '127.0.0.1', 512);
    assert.equal(servers.length, 4);
    assert.ok(port > 0);
    for (const server of servers) assert.equal((server.address() as { port: number }).port, port);
    const stop = await connectFromChild(port, 64);
    await new Promise((resolve) => setTimeout(resolve, 300));
    stop();
    assert.equal(hits.reduce((a, b) => a + b, 0), 64, 'every connection was accepted once');
    assert.ok(hits.filter((n) => n > 0).length >= 2, `the kernel spread connections over the acceptors: ${hits.join(', ')}`);
    await closeAll(servers);
  });

  it('refuses a port something else holds, with or without SO_REUSEPORT, and leaves nothing bound', async () => {
    const plain = createServer();
    await new Promise<void>((resolve) => plain.listen({ port: 0, host: '127.0.0.1' }, resolve));
    const taken = (plain.address() as { port: number }).port;
    await assert.rejects(listenAcceptors(() => createServer(), 4, taken, '127.0.0.1', 512), { code: 'EADDRINUSE' });
    await assert.rejects(listenAcceptors(() => createServer(), 1, taken, '127.0.0.1', 512), { code: 'EADDRINUSE' });
    await closeAll([plain]);

    if (acceptorCount(4) === 1) return;
    // Another group sharing a port with SO_REUSEPORT (a second server started by mistake) is caught by the plain probe bind.
    const group = await listenAcceptors(() => createServer(), 2, 0, '127.0.0.1', 512);
    await assert.rejects(listenAcceptors(() => createServer(), 4, group.port, '127.0.0.1', 512), { code: 'EADDRINUSE' });
    await closeAll(group.servers);
    // Released: the port can be bound again.
    const again = await listenAcceptors(() => createServer(), 4, group.port, '127.0.0.1', 512);
    assert.equal(again.port, group.port);
    await closeAll(again.servers);
  });

  it('accepts more than one queued connection per event-loop turn with several acceptors (one with a single listener)', { skip: acceptorCount(8) === 1 ? 'no SO_REUSEPORT on this platform' : false }, async () => {
    const single = await acceptedInOneTurn(1, 24);
    const several = await acceptedInOneTurn(8, 24);
    assert.equal(single, 1, `one listener took ${single} connections in one turn`);
    assert.ok(several >= 2, `eight acceptors took ${several} connections in one turn`);
  });
});
