/**
 * The socket-floor benchmark's server (forked by bench/floor.bench.ts): a game server's traffic
 * with no game in it. It reads length-delimited inputs (the engine's framing, through the
 * protocol package's FrameDecoder) on TCP sockets in flowing mode, notes each connection's
 * highest input sequence, and on a fixed tick writes one frame to every connection that sent an
 * input since the previous tick: a length prefix, the acknowledged sequence, the tick and
 * filler up to the frame size, in one `socket.write` of a freshly allocated buffer, as the
 * engine writes its world frames. So it pays what any server of this design pays per input (a
 * read, a decode of the framing, a write of the acknowledging frame, Node's stream layer and the
 * kernel on both) and nothing else: no sessions, limits, world or encoding.
 *
 * Flags: `--tick-hz F` (20), `--frame-bytes N` (frame body size, 270: the load runs' mean write).
 * @module
 */
import { createServer } from 'node:net';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { encodeIntoCompressedBase64 } from 'hdr-histogram-js';
import { FrameDecoder } from '@realmforge/protocol';
import { putVarint, varintSize } from '../../packages/server/src/world/replication/wire-writer.ts';
import { latencyHistogram } from '../../tools/bots/stats.ts';
import type { ServerReply, ServerRequest } from './floor-messages.ts';

/** The largest frame body a client may send. */
const MAX_FRAME_BYTES = 64 * 1024;

/** One client connection and what it owes. */
interface Peer {
  readonly socket: Socket;
  /** Highest input sequence read. */
  ack: number;
  /** Whether it sent an input since the last tick (it is in the pending list). */
  pending: boolean;
}

const { values } = parseArgs({ options: { 'tick-hz': { type: 'string', default: '20' }, 'frame-bytes': { type: 'string', default: '270' } } });
const tickMs = 1000 / Number(values['tick-hz']);
const frameBytes = Math.max(8, Math.floor(Number(values['frame-bytes'])));
const frameTotal = varintSize(frameBytes) + frameBytes;
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

function accept(socket: Socket): void {
  socket.setNoDelay(true);
  const peer: Peer = { socket, ack: 0, pending: false };
  const decoder = new FrameDecoder(MAX_FRAME_BYTES);
  const bodies: Uint8Array[] = [];
  socket.on('data', (chunk: Buffer) => {
    const failure = decoder.decodeInto(chunk, bodies);
    for (const body of bodies) {
      inputs++;
      if (body.length < 4) continue;
      const sequence = (body[0] ?? 0) | ((body[1] ?? 0) << 8) | ((body[2] ?? 0) << 16) | ((body[3] ?? 0) << 24);
      if (sequence > peer.ack) peer.ack = sequence;
      if (!peer.pending) {
        peer.pending = true;
        pending.push(peer);
      }
    }
    bodies.length = 0;
    if (failure !== undefined) socket.destroy();
  });
  socket.on('error', () => undefined);
}

/** Writes each pending connection its acknowledging frame. */
function deliver(): void {
  const due = pending;
  pending = spare;
  spare = due;
  for (const peer of due) {
    peer.pending = false;
    if (peer.socket.destroyed) continue;
    const out = Buffer.allocUnsafe(frameTotal);
    out.fill(0);
    const at = putVarint(out, 0, frameBytes);
    out.writeUInt32LE(peer.ack >>> 0, at);
    out.writeUInt32LE(tick >>> 0, at + 4);
    peer.socket.write(out);
    writes++;
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

const server = createServer(accept);
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the floor server has no TCP address');
  setTimeout(onTick, tickMs);
  reply({ type: 'listening', port: address.port });
});

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
