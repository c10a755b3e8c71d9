/**
 * A client process of the socket-floor benchmark (forked by bench/floor.bench.ts): it opens its
 * share of connections to the floor server, then sends each connection's input once per input
 * interval (spread over ten slices of it by one timer, as the bots' processes do), each input
 * its own send of 26 bytes (plus a length prefix over TCP), and times each input to the first
 * frame that acknowledges it, as the load harness's bots time input → acknowledgement: a
 * connection times its oldest unacknowledged input. It looks at a frame's first four bytes only
 * (over TCP it unframes with the protocol's FrameDecoder). Over WebSocket each input and frame is
 * one binary message (the `ws` package, no compression). Over UDP each connection is a UDP
 * socket of its own, connected to the server's.
 * @module
 */
import { createSocket } from 'node:dgram';
import { connect } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { encodeIntoCompressedBase64 } from 'hdr-histogram-js';
import { WebSocket } from 'ws';
import { FrameDecoder } from '@realmforge/protocol';
import { latencyHistogram } from '../../tools/bots/stats.ts';
import type { ClientReply, ClientRequest, FloorTransport } from './floor-messages.ts';

/** A movement input's body size in the engine (a MoveInput ClientMessage). */
const INPUT_BYTES = 26;
/** Slices each input interval is spread over. */
const SLICES = 10;
/** The largest frame body the server sends over TCP. */
const MAX_FRAME_BYTES = 64 * 1024;

/** One connection and its input clock. */
interface Link {
  /** Sends one input body; false when the connection is gone. */
  readonly send: (body: Buffer) => boolean;
  readonly close: () => void;
  sequence: number;
  /** When the oldest unacknowledged input was sent (performance.now()), NaN when none waits. */
  waitingSince: number;
  waitingSequence: number;
}

const started = process.cpuUsage();
const links: Link[] = [];
let inputsSent = 0;
let framesReceived = 0;
let closed = 0;
let stopping = false;
let sending: NodeJS.Timeout | undefined;
let ack = latencyHistogram();

function reply(message: ClientReply): void {
  process.send?.(message);
}

/** Takes one frame body: its first four bytes are the acknowledged sequence. */
function frameFor(link: Link, frame: Uint8Array, now: number): void {
  framesReceived++;
  const acked = (frame[0] ?? 0) | ((frame[1] ?? 0) << 8) | ((frame[2] ?? 0) << 16) | ((frame[3] ?? 0) << 24);
  if (acked >= link.waitingSequence && !Number.isNaN(link.waitingSince)) {
    ack.recordValue(Math.max(1, Math.round((now - link.waitingSince) * 1000)));
    link.waitingSince = Number.NaN;
  }
}

function openTcp(port: number): Promise<Link> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, noDelay: true });
    const link: Link = {
      send: (body) => {
        if (socket.destroyed) return false;
        socket.write(body);
        return true;
      },
      close: () => socket.destroy(),
      sequence: 0,
      waitingSince: Number.NaN,
      waitingSequence: 0,
    };
    const decoder = new FrameDecoder(MAX_FRAME_BYTES);
    const frames: Uint8Array[] = [];
    socket.once('connect', () => {
      resolve(link);
    });
    socket.once('error', reject);
    socket.on('data', (chunk: Buffer) => {
      const failure = decoder.decodeInto(chunk, frames);
      const now = performance.now();
      for (const frame of frames) frameFor(link, frame, now);
      frames.length = 0;
      if (failure !== undefined) socket.destroy(failure);
    });
    socket.on('close', () => {
      if (!stopping) closed++;
    });
  });
}

function openWs(port: number): Promise<Link> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/`, { perMessageDeflate: false });
    const link: Link = {
      send: (body) => {
        if (ws.readyState !== WebSocket.OPEN) return false;
        ws.send(body);
        return true;
      },
      close: () => {
        ws.terminate();
      },
      sequence: 0,
      waitingSince: Number.NaN,
      waitingSequence: 0,
    };
    ws.once('open', () => {
      resolve(link);
    });
    ws.once('error', reject);
    ws.on('message', (frame: Buffer) => {
      frameFor(link, frame, performance.now());
    });
    ws.on('close', () => {
      if (!stopping) closed++;
    });
  });
}

function openUdp(port: number): Promise<Link> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    let open = true;
    const link: Link = {
      send: (body) => {
        if (!open) return false;
        socket.send(body);
        return true;
      },
      close: () => {
        open = false;
        socket.close();
      },
      sequence: 0,
      waitingSince: Number.NaN,
      waitingSequence: 0,
    };
    socket.once('error', reject);
    socket.on('message', (frame) => {
      frameFor(link, frame, performance.now());
    });
    socket.connect(port, '127.0.0.1', () => {
      resolve(link);
    });
  });
}

/** Opens `count` connections, `perSecond` a second. */
async function openAll(transport: FloorTransport, port: number, count: number, perSecond: number): Promise<{ open: number; failed: number }> {
  const batch = Math.max(1, Math.round(perSecond / 10));
  const open = transport === 'tcp' ? openTcp : transport === 'ws' ? openWs : openUdp;
  let failed = 0;
  for (let i = 0; i < count; i += batch) {
    const outcomes = await Promise.allSettled(Array.from({ length: Math.min(batch, count - i) }, () => open(port)));
    for (const outcome of outcomes) {
      if (outcome.status === 'fulfilled') links.push(outcome.value);
      else failed++;
    }
    await sleep(100);
  }
  return { open: links.length, failed };
}

function sendInput(link: Link, prefixed: boolean): void {
  link.sequence++;
  const prefix = prefixed ? 1 : 0;
  const out = Buffer.alloc(prefix + INPUT_BYTES);
  if (prefixed) out[0] = INPUT_BYTES;
  out.writeUInt32LE(link.sequence, prefix);
  if (!link.send(out)) return;
  inputsSent++;
  if (Number.isNaN(link.waitingSince)) {
    link.waitingSince = performance.now();
    link.waitingSequence = link.sequence;
  }
}

function startInputs(inputHz: number, prefixed: boolean): void {
  let slice = 0;
  sending = setInterval(() => {
    for (let i = slice; i < links.length; i += SLICES) sendInput(links[i] as Link, prefixed);
    slice = (slice + 1) % SLICES;
  }, 1000 / inputHz / SLICES);
}

let transport: FloorTransport = 'tcp';
process.on('message', (request: ClientRequest) => {
  switch (request.type) {
    case 'open':
      transport = request.transport;
      openAll(request.transport, request.port, request.count, request.perSecond).then((opened) => {
        reply({ type: 'opened', ...opened });
      }, (error: unknown) => {
        console.error('floor client: opening failed', error);
        reply({ type: 'opened', open: links.length, failed: request.count - links.length });
      });
      return;
    case 'inputs':
      startInputs(request.inputHz, transport === 'tcp');
      return;
    case 'measure':
      ack = latencyHistogram();
      reply({ type: 'measuring' });
      return;
    case 'report': {
      const cpu = process.cpuUsage(started);
      reply({ type: 'report', inputsSent, framesReceived, closed, cpuMicros: cpu.user + cpu.system, ack: encodeIntoCompressedBase64(ack) });
      return;
    }
    case 'stop':
      stopping = true;
      clearInterval(sending);
      for (const link of links) link.close();
      process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
