/**
 * The I/O threads on their own, over real loopback sockets: admission through the gate, frames
 * in, batched writes out (one write per connection per turn), the slow-consumer bound, a
 * thread that dies, a port already taken, and close.
 */
import assert from 'node:assert/strict';
import { createServer, connect } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Worker } from 'node:worker_threads';
import { encodeFrame, ErrorCode, FrameDecoder, isProtocolError } from '@realmforge/protocol';
import type { Connection } from '../../src/net/connection.ts';
import { ConnectionGate } from '../../src/net/connection-gate.ts';
import type { IoThreadData } from '../../src/net/io-thread-messages.ts';
import { startIoThread, startIoThreads } from '../../src/net/io-threads.ts';
import { ThreadedConnection } from '../../src/net/threaded-connection.ts';
import type { IoThreads, IoThreadsOptions } from '../../src/net/io-threads.ts';
import { startTestServer } from '../helpers/test-server.ts';
import { scrape, value } from '../ops/scrape.ts';

interface Harness {
  readonly io: IoThreads;
  readonly workers: Worker[];
  readonly crashes: Error[];
  readonly outbound: { batching: boolean; writes: number };
  /** Resolves with the next connection the threads hand over. */
  next(): Promise<Connection>;
}

async function harness(overrides: Partial<IoThreadsOptions> = {}): Promise<Harness> {
  const workers: Worker[] = [];
  const crashes: Error[] = [];
  const accepted: Connection[] = [];
  const waiting: ((connection: Connection) => void)[] = [];
  const outbound = { batching: true, writes: 0 };
  const io = await startIoThreads({
    threads: 2,
    host: '127.0.0.1',
    tcpPort: 0,
    maxFrameBytes: 1024,
    maxOutboundBytes: 64 * 1024,
    handshakeTimeoutMs: 1_000,
    outbound,
    accept: (connection) => {
      const wake = waiting.shift();
      if (wake === undefined) accepted.push(connection);
      else wake(connection);
    },
    onCrash: (error) => crashes.push(error),
    start: (data: IoThreadData) => {
      const worker = startIoThread(data);
      workers.push(worker);
      return worker;
    },
    ...overrides,
  });
  return {
    io,
    workers,
    crashes,
    outbound,
    next: () => {
      const ready = accepted.shift();
      return ready === undefined ? new Promise((resolve) => waiting.push(resolve)) : Promise.resolve(ready);
    },
  };
}

/** A TCP client that collects the frame bodies it receives. */
function client(port: number): Promise<{ socket: Socket; bodies: Uint8Array[]; chunks: number; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const decoder = new FrameDecoder(1 << 20);
    const state = { socket, bodies: [] as Uint8Array[], chunks: 0, closed: new Promise<void>((done) => socket.once('close', () => {
      done();
    })) };
    socket.on('data', (chunk: Buffer) => {
      state.chunks++;
      state.bodies.push(...decoder.push(chunk));
    });
    socket.on('error', () => undefined);
    socket.once('connect', () => {
      resolve(state);
    });
    socket.once('error', reject);
  });
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

describe('I/O threads', () => {
  const open: IoThreads[] = [];
  after(async () => {
    await Promise.all(open.map((io) => io.close()));
  });

  it('reads frames in the thread and writes a turn of bodies in one write per connection', async () => {
    const h = await harness();
    open.push(h.io);
    const peer = await client(h.io.tcp.port);
    const connection = await h.next();
    assert.equal(connection.transport, 'tcp');
    assert.equal(connection.remoteAddress, '127.0.0.1');
    peer.socket.write(Buffer.concat([encodeFrame(new Uint8Array([1, 2, 3])), encodeFrame(new Uint8Array([4]))]));
    const reader = connection.messages()[Symbol.asyncIterator]();
    assert.deepEqual([...((await reader.next()).value as Uint8Array)], [1, 2, 3]);
    assert.deepEqual([...((await reader.next()).value as Uint8Array)], [4]);
    assert.equal(connection.bytesReceived, 6);
    const writesBefore = h.outbound.writes;
    for (let i = 0; i < 50; i++) assert.equal(connection.send(new Uint8Array([i, i])), true);
    await until(() => peer.bodies.length === 50, 'the 50 bodies');
    assert.equal(h.outbound.writes - writesBefore, 1, 'one socket write for the turn');
    assert.equal(peer.chunks, 1);
    assert.deepEqual([...(peer.bodies[49] ?? [])], [49, 49]);
    assert.equal(connection.bytesSent, 150);
    // The peer ends its side: the reader ends, the socket closes, done resolves.
    peer.socket.end();
    assert.equal((await reader.next()).done, true);
    connection.close();
    await connection.done;
    assert.equal(connection.closed, true);
    assert.equal(connection.send(new Uint8Array([1])), false);
  });

  it('bad framing reaches the reader as the protocol error, after the frames before it', async () => {
    const h = await harness();
    open.push(h.io);
    const peer = await client(h.io.tcp.port);
    const connection = await h.next();
    peer.socket.write(Buffer.concat([encodeFrame(new Uint8Array([7])), Buffer.from([0x80, 0x80, 0x01])]));
    const bodies: number[][] = [];
    await assert.rejects(async () => {
      for await (const body of connection.messages()) bodies.push([...body]);
    }, (error) => isProtocolError(error) && error.code === ErrorCode.ERROR_CODE_FRAME_TOO_LARGE);
    assert.deepEqual(bodies, [[7]]);
    // The connection is still writable, so the session can send its fatal error before closing.
    assert.equal(connection.send(new Uint8Array([9])), true);
    connection.close();
    await peer.closed;
    assert.deepEqual([...(peer.bodies[0] ?? [])], [9]);
  });

  it('a peer that does not read is cut at the outbound bound, with onOverflow told once', async () => {
    const h = await harness();
    open.push(h.io);
    const peer = await client(h.io.tcp.port);
    peer.socket.pause();
    const connection = await h.next();
    assert.ok(connection instanceof ThreadedConnection);
    let overflows = 0;
    connection.onOverflow = () => overflows++;
    const body = new Uint8Array(16 * 1024);
    let accepted = 0;
    const deadline = Date.now() + 10_000;
    // A turn at a time, as the world tick sends; before the next, the thread's report of the
    // write (what the kernel took, what the socket holds) comes back. It may take several turns
    // on a loaded machine, and bytes not yet reported count toward the bound as unsent.
    while (connection.send(body)) {
      accepted++;
      assert.ok(Date.now() < deadline, `still accepting after ${accepted} bodies`);
      do await sleep(1);
      while (connection.inFlight > 0 && Date.now() < deadline);
    }
    assert.equal(overflows, 1);
    assert.equal(connection.closed, true);
    await connection.done;
    assert.ok(accepted * body.length > 64 * 1024, 'the kernel took some before the bound was crossed');
  });

  it('admits through the gate: the connection over the per-address limit gets RATE_LIMITED and is closed', async () => {
    const gate = new ConnectionGate({ maxPerAddress: 1, rate: { burst: 100, perSecond: 100 } });
    const h = await harness({ gate });
    open.push(h.io);
    const first = await client(h.io.tcp.port);
    const connection = await h.next();
    assert.equal(gate.openFrom('127.0.0.1'), 1);
    const second = await client(h.io.tcp.port);
    await second.closed;
    assert.equal(gate.refusedTooMany, 1);
    assert.ok(second.bodies.length === 1, 'one refusal frame');
    first.socket.destroy();
    await connection.done;
    assert.equal(gate.openFrom('127.0.0.1'), 0, 'released on close');
  });

  it('a thread that dies ends its connections with the reason and is reported once', async () => {
    const gate = new ConnectionGate({ maxPerAddress: 100, rate: { burst: 100, perSecond: 100 } });
    const h = await harness({ gate, threads: 1 });
    open.push(h.io);
    const peer = await client(h.io.tcp.port);
    const connection = await h.next();
    const reading = (async () => {
      for await (const body of connection.messages()) assert.fail(`unexpected body ${body.length}`);
    })();
    const failure = (): Error | undefined => h.io.failure;
    assert.equal(failure(), undefined);
    await h.workers[0]?.terminate();
    await assert.rejects(reading, /I\/O thread 0 died/);
    await connection.done;
    assert.equal(connection.closed, true);
    assert.equal(connection.send(new Uint8Array([1])), false);
    assert.equal(h.crashes.length, 1);
    assert.match(failure()?.message ?? '', /I\/O thread 0 died/);
    assert.equal(gate.openFrom('127.0.0.1'), 0);
    await peer.closed;
  });

  it('refuses to start on a port another socket holds, leaving no thread behind', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen({ port: 0, host: '127.0.0.1' }, resolve));
    const { port } = holder.address() as AddressInfo;
    const workers: Worker[] = [];
    try {
      await assert.rejects(harness({ tcpPort: port, start: (data) => {
        const worker = startIoThread(data);
        workers.push(worker);
        return worker;
      } }), /EADDRINUSE/);
      assert.equal(workers.length, 1);
      assert.equal(workers[0]?.threadId, -1, 'the thread has ended');
    } finally {
      holder.close();
    }
  });

  it('close ends the threads and every socket they hold', async () => {
    const h = await harness();
    const peer = await client(h.io.tcp.port);
    const connection = await h.next();
    connection.send(new Uint8Array([5]));
    const busyBefore = h.io.busyMs();
    assert.ok(busyBefore.length > 0 && busyBefore.every((ms) => ms > 0), `each thread reports busy time: ${busyBefore.join(', ')}`);
    await h.io.close();
    const busyAfter = h.io.busyMs();
    assert.ok(busyAfter.every((ms, i) => ms >= (busyBefore[i] ?? 0)), `an ended thread's busy time does not go back: ${busyBefore.join(', ')} → ${busyAfter.join(', ')}`);
    await peer.closed;
    await connection.done;
    assert.equal(h.io.connectionCount, 0);
    assert.ok(h.workers.every((worker) => worker.threadId === -1));
    assert.equal(h.crashes.length, 0);
  });
});

describe('a server with ioThreads', () => {
  it('serves the game through the threads and reports them in /readyz', async () => {
    const t = await startTestServer({ ioThreads: 1 });
    try {
      const client = await t.connect('tcp');
      assert.ok((await client.ping()) >= 0);
      const response = await fetch(`http://127.0.0.1:${t.ports.admin}/readyz`);
      assert.deepEqual(await response.json(), { status: 'ready', checks: { server: 'ok', world: 'ok', store: 'ok', io: 'ok' } });
      const m = await scrape(t.ports.admin);
      assert.ok(value(m, 'realmforge_thread_busy_seconds_total', { thread: 'io-0' }) > 0, 'the I/O thread\'s busy time is on /metrics');
      assert.ok(value(m, 'realmforge_thread_busy_seconds_total', { thread: 'main' }) > 0);
      assert.equal(value(m, 'realmforge_thread_busy_seconds_total', { thread: 'io-1' }), 0, 'one thread, one series');
      client.close();
    } finally {
      await t.close();
    }
  });
});
