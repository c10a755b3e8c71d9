import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect, createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import fc from 'fast-check';
import { encodeFrame, ErrorCode, FrameDecoder, isProtocolError } from '@realmforge/protocol';
import { StreamConnection } from '../../src/net/stream-connection.ts';

const MAX_FRAME_BYTES = 64 * 1024;

describe('StreamConnection reading', () => {
  let server: Server;
  const accepted: Socket[] = [];
  const waiting: ((socket: Socket) => void)[] = [];
  const opened: Socket[] = [];

  before(async () => {
    server = createServer((socket) => {
      opened.push(socket);
      const take = waiting.shift();
      if (take === undefined) accepted.push(socket);
      else take(socket);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
  });

  after(() => {
    for (const socket of opened) socket.destroy();
    server.close();
  });

  /** A connected client socket and the server's StreamConnection for it. */
  async function pair(): Promise<{ client: Socket; connection: StreamConnection; socket: Socket }> {
    const socketPromise = new Promise<Socket>((resolve) => {
      const ready = accepted.shift();
      if (ready === undefined) waiting.push(resolve);
      else resolve(ready);
    });
    const client = connect({ host: '127.0.0.1', port: (server.address() as AddressInfo).port });
    client.setNoDelay(true);
    client.on('error', () => undefined);
    opened.push(client);
    await once(client, 'connect');
    const socket = await socketPromise;
    return { client, socket, connection: new StreamConnection(socket, 'tcp', { maxFrameBytes: MAX_FRAME_BYTES, maxOutboundBytes: 1 << 20 }) };
  }

  async function readAll(connection: StreamConnection): Promise<Uint8Array[]> {
    const bodies: Uint8Array[] = [];
    for await (const body of connection.messages()) bodies.push(Uint8Array.from(body));
    return bodies;
  }

  const bodyArb = fc.oneof(
    { weight: 10, arbitrary: fc.uint8Array({ maxLength: 200 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1000, max: 20_000 }).map((n) => new Uint8Array(n).map((_, i) => (i * 7) & 0xff)) },
  );

  it('loses nothing and keeps order whether frames arrive split across chunks or many per chunk (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(bodyArb, { minLength: 1, maxLength: 30 }), fc.array(fc.integer({ min: 1, max: 600 }), { minLength: 1, maxLength: 10 }), async (bodies, cuts) => {
        const { client, connection } = await pair();
        const stream = Buffer.concat(bodies.map(encodeFrame));
        const reading = readAll(connection);
        let at = 0;
        for (let i = 0; at < stream.length; i++) {
          const size = cuts[i % cuts.length] ?? 1;
          client.write(stream.subarray(at, at + size));
          at += size;
          // Let some pieces travel alone, others coalesce.
          if (i % 3 === 0) await new Promise((resolve) => setImmediate(resolve));
        }
        client.end();
        const read = await reading;
        assert.deepEqual(read.map((b) => Buffer.from(b).toString('hex')), bodies.map((b) => Buffer.from(b).toString('hex')));
        connection.destroy();
      }),
      { numRuns: 25 },
    );
  });

  it('reads hundreds of frames written in one chunk', async () => {
    const { client, connection } = await pair();
    const bodies = Array.from({ length: 500 }, (_, i) => Uint8Array.of(i & 0xff, i >> 8));
    const reading = readAll(connection);
    client.end(Buffer.concat(bodies.map(encodeFrame)));
    assert.deepEqual(await reading, bodies);
    connection.destroy();
  });

  it('raises the framing error after the good frames that came before the bad one', async () => {
    const { client, connection } = await pair();
    const seen: number[] = [];
    const reading = (async () => {
      for await (const body of connection.messages()) seen.push(body[0] ?? -1);
    })();
    client.write(Buffer.concat([encodeFrame(Uint8Array.of(1)), encodeFrame(Uint8Array.of(2)), Buffer.from([0xff, 0xff, 0xff, 0x01])]));
    await assert.rejects(reading, (error: unknown) => isProtocolError(error) && error.code === ErrorCode.ERROR_CODE_FRAME_TOO_LARGE);
    assert.deepEqual(seen, [1, 2]);
    // The socket is left to the session, which still sends its answer.
    assert.ok(!connection.closed);
    connection.destroy();
    client.destroy();
  });

  it('raises FRAME_TOO_LARGE for a frame over the limit', async () => {
    const { client, connection } = await pair();
    const reading = readAll(connection);
    client.write(encodeFrame(new Uint8Array(MAX_FRAME_BYTES + 1)));
    await assert.rejects(reading, (error: unknown) => isProtocolError(error) && error.code === ErrorCode.ERROR_CODE_FRAME_TOO_LARGE);
    connection.destroy();
    client.destroy();
  });

  it('ends the read loop when the peer closes, and raises MALFORMED_FRAME if it closed inside a frame', async () => {
    const clean = await pair();
    const cleanRead = readAll(clean.connection);
    clean.client.end(encodeFrame(Uint8Array.of(9)));
    assert.deepEqual(await cleanRead, [Uint8Array.of(9)]);
    clean.connection.destroy();

    const cut = await pair();
    const cutRead = readAll(cut.connection);
    cut.client.end(encodeFrame(new Uint8Array(100)).subarray(0, 50));
    await assert.rejects(cutRead, (error: unknown) => isProtocolError(error) && error.code === ErrorCode.ERROR_CODE_MALFORMED_FRAME);
    cut.connection.destroy();
  });

  it('surfaces a socket error to the read loop', async () => {
    const { client, connection } = await pair();
    const reading = readAll(connection);
    client.write(encodeFrame(Uint8Array.of(1)));
    await sleep(20);
    client.resetAndDestroy();
    await assert.rejects(reading, (error: unknown) => error instanceof Error && !isProtocolError(error));
    await connection.done;
  });

  it('leaves the socket open when the reader stops, so a final message still goes out', async () => {
    const { client, connection } = await pair();
    client.write(Buffer.concat([encodeFrame(Uint8Array.of(1)), encodeFrame(Uint8Array.of(2))]));
    for await (const body of connection.messages()) {
      assert.equal(body[0], 1);
      break;
    }
    await sleep(20);
    assert.ok(!connection.closed);
    const received: Buffer[] = [];
    client.on('data', (chunk: Buffer) => received.push(chunk));
    const ended = once(client, 'end');
    assert.ok(connection.send(Uint8Array.of(42, 43)));
    connection.close();
    await ended;
    const decoder = new FrameDecoder();
    assert.deepEqual(decoder.push(Buffer.concat(received)).map((b) => Uint8Array.from(b)), [Uint8Array.of(42, 43)]);
    client.destroy();
  });

  it('counts what the socket has not sent against the outbound bound: a peer that stops reading is cut', async () => {
    const { client, connection } = await pair();
    client.pause();
    let overflowed = false;
    connection.onOverflow = () => {
      overflowed = true;
    };
    const body = new Uint8Array(16 * 1024);
    let sent = 0;
    // 16 KiB a turn never fills the 1 MiB bound by itself: only the socket's growing backlog can.
    while (sent < 64 << 20 && connection.send(body)) {
      sent += body.length;
      await nextTurn();
    }
    assert.ok(overflowed, `not cut after ${sent} bytes to a peer that reads nothing`);
    assert.ok(sent >= 1 << 20, 'not before the bound');
    assert.equal(connection.closed, true);
  });

  it('stops reading the socket while the reader is busy, and reads everything once it catches up', async () => {
    const { client, connection } = await pair();
    const frame = encodeFrame(new Uint8Array(1000).fill(7));
    const frames = 32 * 1024;
    let written = 0;
    let stalled = false;
    const pump = (): void => {
      while (written < frames) {
        written++;
        if (!client.write(frame)) {
          client.once('drain', pump);
          return;
        }
      }
      client.end();
    };
    const iterator = connection.messages()[Symbol.asyncIterator]();
    pump();
    const first = await iterator.next();
    assert.ok(first.done !== true);
    assert.equal(first.value.length, 1000);
    // The reader now sleeps: the writer must stall with most of its 32 MiB unread by the server.
    for (let i = 0; i < 50 && !stalled; i++) {
      const before = connection.bytesReceived;
      await sleep(40);
      stalled = connection.bytesReceived === before && written < frames;
    }
    assert.ok(stalled, 'the server kept reading while nobody consumed');
    assert.ok(connection.bytesReceived < 8 * 1024 * 1024, `the server read ${connection.bytesReceived} bytes ahead of its reader`);
    let count = 1;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) count++;
    assert.equal(count, frames);
    connection.destroy();
  });
});
