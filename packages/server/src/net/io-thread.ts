/**
 * An I/O thread: it owns game sockets (TCP, and TLS when configured) so their reads, framing,
 * TLS work and socket writes cost the main thread nothing. It listens on the game ports with
 * `reusePort`, so several threads share one port and the kernel spreads the accepts. It asks
 * the main thread before it reads a byte of a new socket (admission is one authority there,
 * connection-gate.ts), then splits what it reads into frame bodies and posts them once per
 * event-loop turn; the main thread's writes arrive the same way, one batch per turn, and each
 * connection gets one socket write per batch. Started by io-threads.ts; a message that is not
 * one of io-thread-messages.ts is a bug that ends the thread.
 * @module
 */
import { createServer } from 'node:net';
import type { AddressInfo, Server, Socket } from 'node:net';
import { createSecureContext, TLSSocket } from 'node:tls';
import type { SecureContext } from 'node:tls';
import { parentPort, workerData } from 'node:worker_threads';
import { FrameDecoder, isProtocolError } from '@realmforge/protocol';
import { refusalFrame } from './connection-gate.ts';
import type { ConnectionEvent, FromIoThread, IoThreadData, OutboundTurn, ThreadedTransport, ToIoThread } from './io-thread-messages.ts';
import { IoOp } from './io-thread-messages.ts';
import { LISTEN_BACKLOG } from './listener.ts';

if (parentPort === null) throw new Error('io-thread.ts runs only as a worker thread (see io-threads.ts)');
const port = parentPort;
const data = workerData as IoThreadData;

/** One socket this thread holds, from accept to close. */
interface HeldSocket {
  readonly id: number;
  readonly transport: ThreadedTransport;
  /** The accepted socket. */
  readonly raw: Socket;
  /** What frames are read from and written to: the raw socket, or its TLS layer once secure. */
  socket: Socket | undefined;
  readonly decoder: FrameDecoder;
  /** False once the stream ended or failed: nothing more is read or reported from it. */
  reading: boolean;
  /** Unsent bytes last reported to the main thread. */
  backlog: number;
  /** Set once a drain listener waits to report the backlog gone. */
  draining: boolean;
  closed: boolean;
}

const held = new Map<number, HeldSocket>();
let lastId = 0;
const servers: Server[] = [];
const secureContext: SecureContext | undefined = data.tls === undefined ? undefined : createSecureContext({ key: data.tls.key, cert: data.tls.cert, minVersion: 'TLSv1.3' });

// What the next inbound turn carries.
let frameIds: number[] = [];
let frameBodies: Uint8Array[] = [];
let frameBytes = 0;
let events: ConnectionEvent[] = [];
let backlog: number[] = [];
let acked = 0;
let ackPending = false;
let scheduled = false;
const scratch: Uint8Array[] = [];

function post(message: FromIoThread, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
}

/** The next free id; ids wrap at 2^32 and skip any still held. */
function nextId(): number {
  do lastId = (lastId + 1) >>> 0;
  while (lastId === 0 || held.has(lastId));
  return lastId;
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(flush);
}

/** Posts this turn's frames, events, acknowledgement and backlog changes in one message. */
function flush(): void {
  scheduled = false;
  if (frameIds.length === 0 && events.length === 0 && backlog.length === 0 && !ackPending) return;
  const bytes = new Uint8Array(frameBytes);
  const frames = new Uint32Array(frameIds.length * 2);
  let at = 0;
  for (let i = 0; i < frameIds.length; i++) {
    const body = frameBodies[i] as Uint8Array;
    bytes.set(body, at);
    at += body.length;
    frames[2 * i] = frameIds[i] as number;
    frames[2 * i + 1] = body.length;
  }
  const backlogPairs = Uint32Array.from(backlog);
  post({ type: 'turn', bytes: bytes.buffer, frames, events, acked, backlog: backlogPairs }, [bytes.buffer, frames.buffer, backlogPairs.buffer]);
  frameIds = [];
  frameBodies = [];
  frameBytes = 0;
  events = [];
  backlog = [];
  ackPending = false;
}

function report(event: ConnectionEvent): void {
  events.push(event);
  schedule();
}

function accepted(raw: Socket, transport: ThreadedTransport): void {
  const entry: HeldSocket = { id: nextId(), transport, raw, socket: undefined, decoder: new FrameDecoder(data.maxFrameBytes), reading: true, backlog: 0, draining: false, closed: false };
  held.set(entry.id, entry);
  // Errors also end the socket ('close' follows); these listeners keep them from crashing the thread.
  raw.on('error', () => undefined);
  raw.once('close', () => {
    closed(entry);
  });
  raw.setNoDelay(true);
  report({ kind: 'ask', id: entry.id, transport, address: raw.remoteAddress ?? 'unknown' });
}

function closed(entry: HeldSocket): void {
  if (entry.closed) return;
  entry.closed = true;
  held.delete(entry.id);
  report({ kind: 'closed', id: entry.id });
}

/** Admission granted: TCP reads at once; TLS handshakes first, within the handshake deadline. */
function admit(entry: HeldSocket): void {
  if (entry.transport === 'tcp') {
    open(entry, entry.raw);
    entry.raw.resume();
    return;
  }
  const tls = new TLSSocket(entry.raw, { isServer: true, secureContext });
  const deadline = setTimeout(() => tls.destroy(), data.handshakeTimeoutMs);
  deadline.unref();
  tls.on('error', () => {
    tls.destroy();
  });
  tls.once('close', () => {
    clearTimeout(deadline);
    closed(entry);
  });
  tls.once('secure', () => {
    clearTimeout(deadline);
    open(entry, tls);
  });
}

/** The socket is ready: frames read from it go to the main thread from now on. */
function open(entry: HeldSocket, socket: Socket): void {
  entry.socket = socket;
  report({ kind: 'open', id: entry.id });
  socket.on('data', (chunk: Buffer) => {
    if (!entry.reading) return;
    const failure = entry.decoder.decodeInto(chunk, scratch);
    for (const body of scratch) {
      frameIds.push(entry.id);
      frameBodies.push(body);
      frameBytes += body.length;
    }
    scratch.length = 0;
    schedule();
    if (failure !== undefined) stopReading(entry, { kind: 'failed', id: entry.id, message: failure.message, code: failure.code });
  });
  socket.once('end', () => {
    if (!entry.reading) return;
    try {
      entry.decoder.end();
      stopReading(entry, { kind: 'end', id: entry.id });
    } catch (error) {
      stopReading(entry, { kind: 'failed', id: entry.id, message: (error as Error).message, code: isProtocolError(error) ? error.code : undefined });
    }
  });
  socket.on('error', (error: Error) => {
    if (entry.reading) stopReading(entry, { kind: 'failed', id: entry.id, message: error.message, code: undefined });
  });
}

function stopReading(entry: HeldSocket, event: ConnectionEvent): void {
  entry.reading = false;
  entry.socket?.pause();
  report(event);
}

/** Ends a socket after what was written to it; one that will not take it is destroyed later. */
function end(socket: Socket, last?: Uint8Array): void {
  if (last === undefined) socket.end();
  else socket.end(last);
  setTimeout(() => socket.destroy(), data.lingerMs).unref();
}

function applyOp(op: number, entry: HeldSocket): void {
  const socket = entry.socket ?? entry.raw;
  switch (op) {
    case IoOp.admit:
      admit(entry);
      break;
    case IoOp.refuseTooMany:
    case IoOp.refuseTooFast:
      if (entry.transport === 'tcp') end(entry.raw, refusalFrame(op === IoOp.refuseTooMany ? 'too-many-open' : 'too-fast'));
      else entry.raw.destroy();
      break;
    case IoOp.end:
      end(socket);
      break;
    case IoOp.destroy:
      socket.destroy();
      entry.raw.destroy();
      break;
    case IoOp.pause:
      socket.pause();
      break;
    case IoOp.resume:
      if (entry.reading) socket.resume();
      break;
    default:
      throw new Error(`I/O thread ${data.index}: unknown operation ${op}`);
  }
}

/** One write per entry, then the ops in order; then backlog changes and the acknowledgement. */
function handleTurn(turn: OutboundTurn): void {
  const written = new Set<HeldSocket>();
  let at = 0;
  for (let i = 0; i < turn.writes.length; i += 2) {
    const length = turn.writes[i + 1] as number;
    const entry = held.get(turn.writes[i] as number);
    const socket = entry?.socket;
    if (entry !== undefined && socket !== undefined && !socket.destroyed) {
      socket.write(Buffer.from(turn.bytes, at, length));
      written.add(entry);
    }
    at += length;
  }
  for (let i = 0; i < turn.ops.length; i += 2) {
    const entry = held.get(turn.ops[i + 1] as number);
    if (entry !== undefined) applyOp(turn.ops[i] as number, entry);
  }
  for (const entry of written) noteBacklog(entry);
  acked = turn.seq;
  ackPending = true;
  schedule();
}

/** Reports what a socket still holds unsent when that changed, and again once it drains. */
function noteBacklog(entry: HeldSocket): void {
  const socket = entry.socket;
  if (socket === undefined) return;
  const unsent = socket.writableLength;
  if (unsent !== entry.backlog) {
    entry.backlog = unsent;
    backlog.push(entry.id, unsent);
  }
  if (unsent > 0 && !entry.draining) {
    entry.draining = true;
    socket.once('drain', () => {
      entry.draining = false;
      if (entry.closed) return;
      entry.backlog = 0;
      backlog.push(entry.id, 0);
      schedule();
    });
  }
}

function listen(server: Server, portNumber: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: portNumber, host: data.host, backlog: LISTEN_BACKLOG, reusePort: true }, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function serve(transport: ThreadedTransport): Server {
  const server = createServer({ pauseOnConnect: true }, (raw) => {
    accepted(raw, transport);
  });
  servers.push(server);
  return server;
}

function exit(): void {
  for (const server of servers) server.close();
  for (const entry of held.values()) {
    entry.socket?.destroy();
    entry.raw.destroy();
  }
  port.close();
}

port.on('message', (message: ToIoThread) => {
  switch (message.type) {
    case 'turn':
      handleTurn(message);
      break;
    case 'stop-listening':
      for (const server of servers) server.close();
      break;
    case 'exit':
      exit();
      break;
    default:
      throw new Error(`I/O thread ${data.index} got a message it does not know: ${JSON.stringify(message)}`);
  }
});

try {
  const tcpPort = await listen(serve('tcp'), data.tcpPort);
  const tlsPort = data.tls === undefined ? undefined : await listen(serve('tls'), data.tls.port);
  post({ type: 'listening', tcpPort, tlsPort });
} catch (error) {
  const { message, code } = error as NodeJS.ErrnoException;
  for (const server of servers) server.close();
  post({ type: 'listen-failed', message, code });
  port.close();
}
