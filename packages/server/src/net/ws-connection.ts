/**
 * A connection over WebSocket: one binary WebSocket message carries one protobuf message.
 * @module
 */
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import { ErrorCode, ProtocolError } from '@realmforge/protocol';
import type { Connection, TransportKind } from './connection.ts';
import { InboundQueue } from '@realmforge/protocol';
import { OutboundBatch } from './outbound-batch.ts';
import type { OutboundPolicy } from './outbound-batch.ts';

/** Messages (or bytes) buffered from a WebSocket before the socket is paused. */
const INBOUND_BOUNDS = { maxMessages: 16, maxBytes: 1024 * 1024 } as const;

/** A {@link Connection} over a `ws` WebSocket. */
export class WsConnection implements Connection {
  readonly transport: TransportKind = 'ws';
  readonly remoteAddress: string;
  readonly done: Promise<void>;
  onOverflow: (() => void) | undefined;
  readonly #ws: WebSocket;
  readonly #outbound: OutboundBatch;
  readonly #inbound: InboundQueue;
  #closed = false;
  #bytesReceived = 0;
  #bytesSent = 0;

  /**
   * @param ws - an open WebSocket (its maxPayload enforces the frame limit)
   * @param socket - the upgraded socket under it, corked around a batch so a batch is one write
   * @param remoteAddress - the peer's address
   * @param limits - the outbound queue bound
   */
  constructor(ws: WebSocket, socket: Duplex, remoteAddress: string, limits: { maxOutboundBytes: number; outbound?: OutboundPolicy | undefined }) {
    this.#ws = ws;
    this.remoteAddress = remoteAddress;
    // A reader that leaves early changes nothing here: the socket is still read, so the closing
    // handshake the session starts completes; what arrives meanwhile is dropped by the queue.
    this.#inbound = new InboundQueue({ pause: () => { ws.pause(); }, resume: () => { ws.resume(); }, stopped: () => undefined }, INBOUND_BOUNDS);
    this.done = new Promise((resolve) => ws.once('close', () => {
      this.#closed = true;
      this.#outbound.clear();
      this.#inbound.end();
      resolve();
    }));
    ws.on('message', (data, isBinary) => {
      // After a bad message nothing more is taken (the queue drops it): what came before it is
      // still handled, what came after it is not (as with a bad frame on a byte stream).
      if (!isBinary) {
        this.#inbound.fail(new ProtocolError(ErrorCode.ERROR_CODE_MALFORMED_FRAME, 'text WebSocket messages are not accepted; send binary protobuf messages'));
        return;
      }
      if (this.#inbound.finished) return;
      const bytes = toBytes(data);
      this.#bytesReceived += bytes.length;
      this.#inbound.push(bytes);
    });
    ws.on('error', (error: Error & { code?: string }) => {
      this.#inbound.fail(error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH'
        ? new ProtocolError(ErrorCode.ERROR_CODE_FRAME_TOO_LARGE, error.message)
        : error);
    });
    this.#outbound = new OutboundBatch(
      {
        writeBatch: (bodies, totalBytes) => {
          this.#bytesSent += totalBytes;
          // `ws` keeps referencing what it is handed for as long as the socket's backlog lasts,
          // and world frames are lent only until the next tick (FrameSink): the turn's bodies
          // are copied into one buffer of this connection's own, and sent as views of it.
          const copy = Buffer.concat(bodies, totalBytes);
          let at = 0;
          socket.cork();
          for (const body of bodies) {
            ws.send(copy.subarray(at, at + body.length), { binary: true });
            at += body.length;
          }
          socket.uncork();
        },
        get bufferedBytes() {
          return ws.bufferedAmount;
        },
      },
      limits.maxOutboundBytes,
      limits.outbound,
    );
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Message payload bytes (WebSocket frame headers are not counted). */
  get bytesReceived(): number {
    return this.#bytesReceived;
  }

  /** Message payload bytes (WebSocket frame headers are not counted). */
  get bytesSent(): number {
    return this.#bytesSent;
  }

  messages(): AsyncIterable<Uint8Array> {
    return this.#inbound;
  }

  send(body: Uint8Array): boolean {
    return !this.#closed && this.#queued(this.#outbound.push(body));
  }

  sendUnhurried(body: Uint8Array): boolean {
    return !this.#closed && this.#queued(this.#outbound.pushUnhurried(body));
  }

  /** A body the outbound queue refused crossed its bound: a slow consumer, told and closed. */
  #queued(accepted: boolean): boolean {
    if (accepted) return true;
    this.onOverflow?.();
    this.destroy();
    return false;
  }

  close(): void {
    if (this.#closed) return;
    this.#outbound.flush();
    this.#closed = true;
    this.#ws.close(1000);
    setTimeout(() => {
      this.#ws.terminate();
    }, 2_000).unref();
  }

  destroy(): void {
    this.#closed = true;
    this.#outbound.clear();
    this.#ws.terminate();
  }
}

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}
