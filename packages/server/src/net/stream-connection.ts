/**
 * A connection over a byte stream (TCP or TLS): length-delimited frames both ways.
 * @module
 */
import type { Socket } from 'node:net';
import { FrameDecoder } from '@realmforge/protocol';
import type { Connection, TransportKind } from './connection.ts';
import { InboundQueue } from '@realmforge/protocol';
import { OutboundBatch } from './outbound-batch.ts';
import type { OutboundPolicy } from './outbound-batch.ts';
import { putVarint, varintSize } from '../world/replication/wire-writer.ts';

/**
 * Frame bodies read ahead of the session before the socket is paused: enough for a burst of
 * small messages, little enough that a flood waits in the kernel, not here.
 */
const INBOUND_BOUNDS = { maxMessages: 64, maxBytes: 64 * 1024 } as const;

/** A {@link Connection} over a net.Socket or tls.TLSSocket. */
export class StreamConnection implements Connection {
  readonly transport: TransportKind;
  readonly remoteAddress: string;
  readonly done: Promise<void>;
  onOverflow: (() => void) | undefined;
  readonly #socket: Socket;
  /**
   * Bytes read from and handed to the socket so far (framing included), counted here: a metrics
   * scrape reads both of every connection, and the socket's own bytesWritten copies its write
   * buffer at every read, its bytesRead crosses into the native handle.
   */
  #bytesReceived = 0;
  #bytesSent = 0;
  readonly #maxFrameBytes: number;
  readonly #outbound: OutboundBatch;
  #inbound: InboundQueue | undefined;
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
    // Errors also surface through the read loop; this listener keeps them from crashing. A
    // socket that failed is destroyed, so the connection is closed from here on.
    socket.on('error', () => {
      this.#closed = true;
    });
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

  /**
   * The connection's own flag, set when it is closed or destroyed here, when its socket fails
   * and when the socket closes: no look into the socket's stream state, which is cold memory
   * by the time a session asks (it asks once per message and per frame; 2.5% of the main
   * thread's busy time in a 2,000-client profile). A write the flag lets through in the tick
   * before a failure is reported is dropped by `#writeFrames`.
   */
  get closed(): boolean {
    return this.#closed;
  }

  get bytesReceived(): number {
    return this.#bytesReceived;
  }

  get bytesSent(): number {
    return this.#bytesSent;
  }

  messages(): AsyncIterable<Uint8Array> {
    this.#inbound ??= this.#startReading();
    return this.#inbound;
  }

  send(body: Uint8Array): boolean {
    return !this.closed && this.#queued(this.#outbound.push(body));
  }

  sendUnhurried(body: Uint8Array): boolean {
    return !this.closed && this.#queued(this.#outbound.pushUnhurried(body));
  }

  /** A body the outbound queue refused crossed its bound: a slow consumer, told and closed. */
  #queued(accepted: boolean): boolean {
    if (accepted) return true;
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

  /**
   * Reads the socket in flowing mode: each chunk is unframed at once (the decoder is
   * synchronous) and its bodies queued for the session. After bad framing, or once the session
   * left its loop, the socket is no longer read (as a stream iterator left with
   * `destroyOnReturn: false` would leave it): the session still sends its final message and
   * closes it in order, and a peer that keeps flooding meanwhile is not drained for nothing.
   */
  #startReading(): InboundQueue {
    const socket = this.#socket;
    const decoder = new FrameDecoder(this.#maxFrameBytes);
    const frames: Uint8Array[] = [];
    const stopReading = (): void => {
      socket.off('data', onData);
      socket.pause();
    };
    const queue = new InboundQueue({ pause: () => socket.pause(), resume: () => socket.resume(), stopped: stopReading }, INBOUND_BOUNDS);
    const onData = (chunk: Buffer): void => {
      this.#bytesReceived += chunk.length;
      const failure = decoder.decodeInto(chunk, frames);
      for (const body of frames) queue.push(body);
      frames.length = 0;
      if (failure === undefined) return;
      queue.fail(failure);
      stopReading();
    };
    socket.on('data', onData);
    socket.once('end', () => {
      try {
        decoder.end();
        queue.end();
      } catch (error) {
        queue.fail(error as Error);
      }
    });
    socket.once('error', (error) => {
      queue.fail(error);
    });
    socket.once('close', () => {
      // After an end or an error this changes nothing; otherwise the socket was torn down under the reader.
      queue.fail(new Error('the connection closed before the peer ended its stream'));
    });
    return queue;
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
    this.#bytesSent += size;
    this.#socket.write(out);
  }
}
