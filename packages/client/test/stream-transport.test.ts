import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { connectTcp } from '@realmforge/client/node';
import type { ClientTransport, TransportOptions } from '@realmforge/client';
import { DATAGRAM_FLAG_RESET, DATAGRAM_HEADER_BYTES, DatagramKind, encodeClientMessage, encodeFrame, encodeServerMessage, isProtocolError, v1, worldFrameTick } from '@realmforge/protocol';
import { FakeServer, until, worldFrame } from './helpers/fake-datagram-server.ts';

/** A one-connection TCP server on 127.0.0.1 that runs `serve` on its socket, and a client transport connected to it with `options`. */
async function pair(serve: (socket: Socket) => Promise<void> | void, options: TransportOptions = {}): Promise<ClientTransport> {
  const server = createServer((socket) => {
    socket.on('error', () => undefined);
    void serve(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const transport = await connectTcp('127.0.0.1', port, options);
  server.close();
  return transport;
}

async function readAll(transport: ClientTransport): Promise<number[][]> {
  const seen: number[][] = [];
  for await (const body of transport.messages()) seen.push([...body]);
  return seen;
}

/** Writes `bytes` in the given pieces, each its own write with a turn of the loop between. */
async function writeInPieces(socket: Socket, bytes: Uint8Array, cuts: number[]): Promise<void> {
  let from = 0;
  for (const cut of [...cuts.map((c) => Math.min(c, bytes.length)).sort((a, b) => a - b), bytes.length]) {
    if (cut > from) socket.write(bytes.subarray(from, cut));
    from = Math.max(from, cut);
    await new Promise((resolve) => setImmediate(resolve));
  }
  socket.end();
}

const concat = (parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

describe('TCP transport reading', () => {
  it('reads every frame in order however the stream is cut, and ends when the server does', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 12 }),
      fc.array(fc.nat({ max: 4000 }), { maxLength: 8 }),
      async (bodies, cuts) => {
        const stream = concat(bodies.map(encodeFrame));
        const transport = await pair((socket) => writeInPieces(socket, stream, cuts));
        assert.deepEqual(await readAll(transport), bodies.map((b) => [...b]));
      },
    ), { numRuns: 25 });
  });

  it('keeps every message while the client is not reading, past the queue\'s bound of messages', async () => {
    const count = 6000;
    const stream = concat(Array.from({ length: count }, (_, i) => encodeFrame(Uint8Array.of(i & 0xff, i >> 8))));
    const transport = await pair((socket) => {
      socket.end(stream);
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const seen = await readAll(transport);
    assert.equal(seen.length, count);
    assert.ok(seen.every((body, i) => body[0] === (i & 0xff) && body[1] === i >> 8));
  });

  it('fails with MALFORMED_FRAME when the stream ends inside a frame, after the whole frames', async () => {
    const transport = await pair((socket) => {
      socket.end(concat([encodeFrame(Uint8Array.of(7)), Uint8Array.of(0x05, 1, 2)]));
    });
    const seen: number[][] = [];
    await assert.rejects(async () => {
      for await (const body of transport.messages()) seen.push([...body]);
    }, (error: unknown) => isProtocolError(error) && error.code === v1.ErrorCode.ERROR_CODE_MALFORMED_FRAME);
    assert.deepEqual(seen, [[7]]);
  });

  it('fails with FRAME_TOO_LARGE on a frame over 16 MiB and closes the socket', async () => {
    let closed: Promise<void> = Promise.resolve();
    const transport = await pair((socket) => {
      closed = new Promise((resolve) => socket.on('close', () => { resolve(); }));
      // A varint length of 16 MiB + 1; the body never needs to come.
      socket.write(concat([encodeFrame(Uint8Array.of(1)), Uint8Array.of(0x81, 0x80, 0x80, 0x08)]));
    });
    await assert.rejects(readAll(transport), (error: unknown) => isProtocolError(error) && error.code === v1.ErrorCode.ERROR_CODE_FRAME_TOO_LARGE);
    await closed;
  });

  it('offers every message to inspect as it arrives, and keeps those it refuses from the client', async () => {
    const inspected: number[] = [];
    const transport = await pair((socket) => {
      socket.end(concat([1, 2, 3, 4, 5].map((n) => encodeFrame(Uint8Array.of(n)))));
    }, { inspect: (body) => {
      inspected.push(body[0] ?? -1);
      return (body[0] ?? 0) % 2 === 1;
    } });
    assert.deepEqual(await readAll(transport), [[1], [3], [5]]);
    assert.deepEqual(inspected, [1, 2, 3, 4, 5]);
  });

  it('ends the connection with the error an inspector throws', async () => {
    let closed: Promise<void> = Promise.resolve();
    const transport = await pair((socket) => {
      closed = new Promise((resolve) => socket.on('close', () => { resolve(); }));
      socket.write(concat([encodeFrame(Uint8Array.of(1)), encodeFrame(Uint8Array.of(2))]));
    }, { inspect: (body) => {
      if (body[0] === 2) throw new RangeError('a frame the inspector cannot read');
      return true;
    } });
    const seen: number[][] = [];
    await assert.rejects(async () => {
      for await (const body of transport.messages()) seen.push([...body]);
    }, /a frame the inspector cannot read/);
    assert.deepEqual(seen, [[1]]);
    await closed;
  });
});

describe('TCP transport with a datagram channel', () => {
  /** A transport to a TCP server whose socket the test writes to, with a fake datagram port beside it. */
  async function channelPair(options: TransportOptions): Promise<{ transport: ClientTransport; tcp: Socket; udp: FakeServer; seen: (number | string)[]; reading: Promise<void> }> {
    const udp = new FakeServer();
    let served: (socket: Socket) => void = () => undefined;
    const tcpSocket = new Promise<Socket>((resolve) => {
      served = resolve;
    });
    const transport = await pair((socket) => {
      served(socket);
    }, options);
    const tcp = await tcpSocket;
    const seen: (number | string)[] = [];
    const reading = (async () => {
      for await (const body of transport.messages()) seen.push(worldFrameTick(body) ?? 'other');
    })();
    return { transport, tcp, udp, seen, reading };
  }

  it('gives datagram frames the same inspection and queue, and drops world frames the connection delivers late', async () => {
    const inspected: string[] = [];
    const traffic = { in: 0, out: 0 };
    const { transport, tcp, udp, seen, reading } = await channelPair({
      inspect: (body, carrier) => {
        inspected.push(`${carrier} ${worldFrameTick(body) ?? 'other'}`);
        return true;
      },
      datagramTraffic: (direction, bytes) => {
        traffic[direction] += bytes;
      },
    });
    const grant = await udp.start();
    assert.ok(transport.attachDatagrams !== undefined && transport.sendDatagram !== undefined && transport.datagramCounters !== undefined, 'a TCP transport can carry datagrams');
    tcp.write(concat([encodeFrame(worldFrame(5, true)), encodeFrame(worldFrame(6))]));
    await until(() => seen.length === 2, 'the frames before the channel');
    const move = encodeClientMessage({ moveInput: { sequence: 1, directionX: 1 } });
    let resyncs = 0;
    transport.attachDatagrams(grant, () => {
      resyncs++;
    });
    assert.equal(transport.sendDatagram(move, 1), false, 'not bound yet: the caller sends it over the connection');
    await until(() => transport.datagramCounters?.()?.state === 'bound', 'bound');
    udp.sendFrames(1, [worldFrame(10, true)], DATAGRAM_FLAG_RESET);
    await until(() => seen.length === 3, 'the reset by datagram');
    // Sent before the server bound the channel, delivered after its reset: tick 8 is dropped.
    tcp.write(concat([encodeFrame(worldFrame(8)), encodeFrame(encodeServerMessage({ pong: { nonce: 1 } })), encodeFrame(worldFrame(12, true))]));
    await until(() => seen.length === 5, 'the connection after the reset');
    assert.deepEqual(seen, [5, 6, 10, 'other', 12]);
    assert.deepEqual(inspected, ['connection 5', 'connection 6', 'datagram 10', 'connection other', 'connection 12']);
    assert.equal(transport.sendDatagram(move, 1), true);
    await until(() => udp.of(DatagramKind.message).length === 1, 'the move by datagram');
    assert.equal(resyncs, 0);
    assert.equal(transport.datagramCounters()?.lateFrames, 1);
    assert.equal(traffic.out, udp.received.reduce((n, d) => n + d.length, 0), 'every datagram sent is counted, header included');
    assert.ok(traffic.in >= 2 * DATAGRAM_HEADER_BYTES, 'the bound answer and the frames datagram');
    transport.close();
    assert.equal(transport.datagramCounters()?.state, 'closed', 'closing the transport closes its channel');
    tcp.end();
    await reading;
    udp.close();
  });

  it('ends the connection with the error an inspector throws on a datagram frame', async () => {
    const { transport, udp, reading } = await channelPair({
      inspect: (_body, carrier) => {
        if (carrier === 'datagram') throw new RangeError('a datagram frame the inspector cannot read');
        return true;
      },
    });
    const grant = await udp.start();
    transport.attachDatagrams?.(grant, () => undefined);
    await until(() => transport.datagramCounters?.()?.state === 'bound', 'bound');
    udp.sendFrames(1, [worldFrame(10, true)], DATAGRAM_FLAG_RESET);
    await assert.rejects(reading, /a datagram frame the inspector cannot read/);
    assert.equal(transport.datagramCounters?.()?.state, 'closed');
    udp.close();
  });
});
