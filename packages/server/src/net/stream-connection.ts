/**
 * A connection over a byte stream (TCP or TLS): length-delimited frames both ways.
 * @module
 */
import type { Socket } from 'node:net';
import { readFrames } from '@realmforge/protocol';
import type { Connection, TransportKind } from './connection.ts';
import { OutboundBatch } from './outbound-batch.ts';
import type { OutboundPolicy } from './outbound-batch.ts';
import { putVarint, varintSize } from '../world/replication/wire-writer.ts';

/** A {@link Connection} over a net.Socket or tls.TLSSocket. */
export class StreamConnection implements Connection {
  readonly transport: TransportKind;
  readonly remoteAddress: string;
  readonly done: Promise<void>;
  onOverflow: (() => void) | undefined;
  readonly #socket: Socket;
  readonly #maxFrameBytes: number;
  readonly #outbound: OutboundBatch;
  #closed = false;

  /**
   * @param socket - a connected socket
   * @param transport - 'tcp' or 'tls'
   * @param limits - frame and outbound queue bounds
   */
  constructor(socket: Socket, transport: TransportKind, limits: { maxFrameBytes: number; maxOutboundBytes: number; outbound?: OutboundPolicy | undefined }) {
    this.#socket = socket;
    this.transport = transport;
    this.remoteAddress = socket.remoteAddress ?? 'unknown';
    this.#maxFrameBytes = limits.maxFrameBytes;
    socket.setNoDelay(true);
    this.done = new Promise((resolve) => socket.once('close', () => {
      this.#closed = true;
      this.#outbound.clear();
      resolve();
    }));
    // Errors also surface through the read loop; this listener keeps them from crashing.
    socket.on('error', () => undefined);
    this.#outbound = new OutboundBatch(
      {
        writeBatch: (bodies, totalBytes) => {
          this.#writeFrames(bodies, totalBytes);
        },
        get bufferedBytes() {
          return socket.writableLength;
        },
      },
      limits.maxOutboundBytes,
      limits.outbound,
    );
  }

  get closed(): boolean {
    return this.#closed || this.#socket.destroyed;
  }

  get bytesReceived(): number {
    return this.#socket.bytesRead;
  }

  get bytesSent(): number {
    return this.#socket.bytesWritten;
  }

  messages(): AsyncIterable<Uint8Array> {
    // Leaving the read loop must not destroy the socket: a final error still has to be sent.
    const chunks = this.#socket.iterator({ destroyOnReturn: false }) as AsyncIterableIterator<Uint8Array>;
    return readFrames(chunks, this.#maxFrameBytes);
  }

  send(body: Uint8Array): boolean {
    if (this.closed) return false;
    if (this.#outbound.push(body)) return true;
    this.onOverflow?.();
    this.destroy();
    return false;
  }

  close(): void {
    if (this.closed) return;
    this.#outbound.flush();
    this.#closed = true;
    this.#socket.end();
    // A peer that never reads cannot hold the socket open forever.
    setTimeout(() => this.#socket.destroy(), 2_000).unref();
  }

  destroy(): void {
    this.#closed = true;
    this.#outbound.clear();
    this.#socket.destroy();
  }

  #writeFrames(bodies: readonly Uint8Array[], totalBytes: number): void {
    if (this.#socket.destroyed) return;
    let size = totalBytes;
    for (const body of bodies) size += varintSize(body.length);
    const out = Buffer.allocUnsafe(size);
    let at = 0;
    for (const body of bodies) {
      at = putVarint(out, at, body.length);
      out.set(body, at);
      at += body.length;
    }
    this.#socket.write(out);
  }
}
