/**
 * The socket-floor benchmark's server (forked by bench/floor.bench.ts): a game server's traffic
 * with no game in it. It reads movement-sized inputs, notes each client's highest input
 * sequence, and on a fixed tick sends one frame to every client that sent an input since the
 * previous tick: the acknowledged sequence, the tick and filler up to the frame size, one
 * freshly allocated buffer and one send each, as the engine sends its world frames. So it pays
 * what any server of this design pays per input (a read, a send of the acknowledging frame,
 * Node's socket layer and the kernel) and nothing else: no sessions, limits, world or encoding.
 *
 * Over TCP the inputs are length-delimited (the engine's framing, through the protocol package's
 * FrameDecoder) and read in flowing mode. Over WebSocket (the `ws` package, no compression, as the
 * engine's listener) each input and each frame is one binary message. Over UDP every input and every frame is one datagram
 * on one server socket, clients told apart by their port (all on 127.0.0.1), frames sent with
 * the client's address: what a UDP transport would pay before any reliability or security layer.
 *
 * Flags: `--transport tcp|ws|udp` (tcp), `--tick-hz F` (20), `--frame-bytes N` (frame body size,
 * 270: the load runs' mean write).
 * @module
 */
import { createSocket } from 'node:dgram';
import { createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { encodeIntoCompressedBase64 } from 'hdr-histogram-js';
import { WebSocketServer } from 'ws';
import { FrameDecoder } from '@realmforge/protocol';
import { putVarint, varintSize } from '../../packages/server/src/world/replication/wire-writer.ts';
import { latencyHistogram } from '../../tools/bots/stats.ts';
import type { ServerReply, ServerRequest } from './floor-messages.ts';

/** The largest frame body a TCP client may send. */
const MAX_FRAME_BYTES = 64 * 1024;
/** The UDP socket's kernel buffers: room for a tick's worth of inputs and frames (the kernel may cap it). */
const UDP_BUFFER_BYTES = 8 * 1024 * 1024;

/** One client and what it is owed. */
interface Peer {
  /** Highest input sequence read. */
  ack: number;
  /** Whether it sent an input since the last tick (it is in the pending list). */
  pending: boolean;
  /** Sends one frame; false when the client is gone. */
  readonly send: (frame: Buffer) => boolean;
}

const { values } = parseArgs({ options: { transport: { type: 'string', default: 'tcp' }, 'tick-hz': { type: 'string', default: '20' }, 'frame-bytes': { type: 'string', default: '270' } } });
const transport = values.transport;
if (transport !== 'tcp' && transport !== 'ws' && transport !== 'udp') throw new Error(`--transport takes tcp, ws or udp, not ${transport}`);
const tickMs = 1000 / Number(values['tick-hz']);
const frameBytes = Math.max(8, Math.floor(Number(values['frame-bytes'])));
/** TCP frames carry a length prefix; a WebSocket message or a datagram is its own frame. */
const prefixBytes = transport === 'tcp' ? varintSize(frameBytes) : 0;
const started = process.cpuUsage();
let inputs = 0;
let writes = 0;
let tick = 0;
let pending: Peer[] = [];
let spare: Peer[] = [];
let tickLateness = latencyHistogram();

function reply(message: ServerReply): void {
  process.send?.(message);
}

/** Takes one input body (its sequence in its first four bytes, little-endian). */
function input(peer: Peer, body: Uint8Array): void {
  inputs++;
  if (body.length < 4) return;
  const sequence = (body[0] ?? 0) | ((body[1] ?? 0) << 8) | ((body[2] ?? 0) << 16) | ((body[3] ?? 0) << 24);
  if (sequence > peer.ack) peer.ack = sequence;
  if (!peer.pending) {
    peer.pending = true;
    pending.push(peer);
  }
}

function acceptTcp(socket: Socket): void {
  socket.setNoDelay(true);
  const peer: Peer = {
    ack: 0,
    pending: false,
    send: (frame) => {
      if (socket.destroyed) return false;
      socket.write(frame);
      return true;
    },
  };
  const decoder = new FrameDecoder(MAX_FRAME_BYTES);
  const bodies: Uint8Array[] = [];
  socket.on('data', (chunk: Buffer) => {
    const failure = decoder.decodeInto(chunk, bodies);
    for (const body of bodies) input(peer, body);
    bodies.length = 0;
    if (failure !== undefined) socket.destroy();
  });
  socket.on('error', () => undefined);
}

/** Sends each pending client its acknowledging frame. */
function deliver(): void {
  const due = pending;
  pending = spare;
  spare = due;
  for (const peer of due) {
    peer.pending = false;
    const out = Buffer.allocUnsafe(prefixBytes + frameBytes);
    out.fill(0);
    const at = prefixBytes === 0 ? 0 : putVarint(out, 0, frameBytes);
    out.writeUInt32LE(peer.ack >>> 0, at);
    out.writeUInt32LE(tick >>> 0, at + 4);
    if (peer.send(out)) writes++;
  }
  due.length = 0;
}

let next = performance.now() + tickMs;
function onTick(): void {
  const now = performance.now();
  tickLateness.recordValue(Math.max(1, Math.round((now - next) * 1000)));
  tick++;
  deliver();
  next += tickMs;
  // A clock more than a tick behind starts again from now (the engine would run catch-up ticks).
  if (now - next > tickMs) next = now + tickMs;
  setTimeout(onTick, Math.max(0, next - performance.now()));
}

function listening(port: number): void {
  setTimeout(onTick, tickMs);
  reply({ type: 'listening', port });
}

if (transport === 'tcp') {
  const server = createServer(acceptTcp);
  server.listen(0, '127.0.0.1', () => {
    listening((server.address() as AddressInfo).port);
  });
} else if (transport === 'ws') {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
  server.on('connection', (ws) => {
    const peer: Peer = {
      ack: 0,
      pending: false,
      send: (frame) => {
        if (ws.readyState !== ws.OPEN) return false;
        ws.send(frame);
        return true;
      },
    };
    ws.on('message', (data: Buffer) => {
      input(peer, data);
    });
    ws.on('error', () => undefined);
  });
  server.on('listening', () => {
    listening((server.address() as AddressInfo).port);
  });
} else {
  const socket = createSocket({ type: 'udp4', recvBufferSize: UDP_BUFFER_BYTES, sendBufferSize: UDP_BUFFER_BYTES });
  const peers = new Map<number, Peer>();
  socket.on('message', (body, from) => {
    let peer = peers.get(from.port);
    if (peer === undefined) {
      const port = from.port;
      peer = { ack: 0, pending: false, send: (frame) => { socket.send(frame, port, '127.0.0.1'); return true; } };
      peers.set(port, peer);
    }
    input(peer, body);
  });
  socket.on('error', (error) => {
    console.error('floor server: UDP socket failed', error);
    process.exit(1);
  });
  socket.bind(0, '127.0.0.1', () => {
    listening(socket.address().port);
  });
}

process.on('message', (request: ServerRequest) => {
  if (request.type === 'measure') {
    tickLateness = latencyHistogram();
    return;
  }
  const cpu = process.cpuUsage(started);
  reply({ type: 'report', inputs, writes, userMicros: cpu.user, systemMicros: cpu.system, tickLateness: encodeIntoCompressedBase64(tickLateness) });
});
// The benchmark ended (or died): so does the server.
process.on('disconnect', () => process.exit(0));
