/**
 * A {@link Connection} whose socket lives in an I/O thread (io-thread.ts). The session sees
 * nothing different: frame bodies come in through {@link ThreadedConnection.messages}, with
 * backpressure (past a bound of unread bytes the thread is asked to stop reading the socket,
 * and to read again once the session caught up); bodies sent are queued here and leave in the
 * thread's one batch per event-loop turn (io-thread-client.ts), one socket write per connection
 * per batch. The outbound bound counts what is queued here, what is on its way to the thread
 * and what the socket there still holds, as the in-process connections count queue and socket.
 * @module
 */
import { ProtocolError } from '@realmforge/protocol';
import type { ErrorCode } from '@realmforge/protocol';
import type { Connection, TransportKind } from './connection.ts';
import { InboundQueue } from '@realmforge/protocol';
import type { IoOpCode } from './io-thread-messages.ts';
import { IoOp } from './io-thread-messages.ts';
import { varintSize } from '../world/replication/wire-writer.ts';

/**
 * Unread inbound bytes at which the thread is asked to stop reading the socket; it is asked to
 * read again once a quarter of that is left (the bodies cross threads in batches, so the
 * queue is let run lower before the thread is woken for more).
 */
const INBOUND_BOUNDS = { maxMessages: Number.POSITIVE_INFINITY, maxBytes: 64 * 1024, resumeShare: 1 / 4 } as const;

/** What a connection needs from its thread's end on the main thread (io-thread-client.ts). */
export interface ThreadOutbox {
  /** The connection has bodies queued: write them in this turn's batch. */
  queued(connection: ThreadedConnection): void;
  /** Asks the thread for an operation on the connection's socket, after this turn's writes. */
  operate(op: IoOpCode, id: number): void;
}

/** A connection over a socket held by an I/O thread. */
export class ThreadedConnection implements Connection {
  readonly transport: TransportKind;
  readonly remoteAddress: string;
  readonly done: Promise<void>;
  onOverflow: (() => void) | undefined;
  /** The socket's id in its thread. */
  readonly id: number;
  /** Bodies queued in this turn, not yet handed to the thread. */
  pending: Uint8Array[] = [];
  /** Bytes of {@link ThreadedConnection.pending}. */
  pendingBytes = 0;
  /** True while the connection is in its thread's batch of this turn. */
  inTurn = false;
  /** Framed bytes handed to the thread that it has not yet acknowledged writing. */
  inFlight = 0;
  /** Bytes the socket in the thread last reported holding unsent. */
  backlog = 0;
  #bytesSent = 0;
  #bytesReceived = 0;
  readonly #outbox: ThreadOutbox;
  readonly #maxOutboundBytes: number;
  #closed = false;
  #destroyed = false;
  #socketGone = false;
  #resolveDone: () => void = () => undefined;
  /** Bodies not yet read by the session, and how the stream ended. */
  readonly #inbound: InboundQueue;

  /**
   * @param id - the socket's id in its thread
   * @param transport - 'tcp' or 'tls'
   * @param remoteAddress - the peer's address
   * @param outbox - the thread's batch on this side
   * @param maxOutboundBytes - the most bytes that may wait to go out before the client counts as too slow
   */
  constructor(id: number, transport: TransportKind, remoteAddress: string, outbox: ThreadOutbox, maxOutboundBytes: number) {
    this.id = id;
    this.transport = transport;
    this.remoteAddress = remoteAddress;
    this.#outbox = outbox;
    this.#maxOutboundBytes = maxOutboundBytes;
    this.done = new Promise((resolve) => {
      this.#resolveDone = resolve;
    });
    this.#inbound = new InboundQueue({
      pause: () => {
        this.#outbox.operate(IoOp.pause, this.id);
      },
      resume: () => {
        if (!this.#closed) this.#outbox.operate(IoOp.resume, this.id);
      },
      // The session left its loop: the thread stops reading; the session still ends the socket.
      stopped: () => {
        if (!this.#closed) this.#outbox.operate(IoOp.pause, this.id);
      },
    }, INBOUND_BOUNDS);
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** The length-prefixed stream as it arrived (complete frames), counted as the bodies reach this thread. */
  get bytesReceived(): number {
    return this.#bytesReceived;
  }

  /** Framed bytes handed to the thread for its socket. */
  get bytesSent(): number {
    return this.#bytesSent;
  }

  messages(): AsyncIterable<Uint8Array> {
    return this.#inbound;
  }

  send(body: Uint8Array): boolean {
    if (this.#closed) return false;
    if (this.pendingBytes + body.length + this.inFlight + this.backlog > this.#maxOutboundBytes) {
      this.onOverflow?.();
      this.destroy();
      return false;
    }
    this.pending.push(body);
    this.pendingBytes += body.length;
    this.#outbox.queued(this);
    return true;
  }

  /**
   * As {@link ThreadedConnection.send}: the thread writes each connection's bodies once per turn
   * of its own, and what the main thread saves by waiting is one entry in a batch it posts anyway.
   */
  sendUnhurried(body: Uint8Array): boolean {
    return this.send(body);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    // After this turn's writes, which carry what is queued now.
    this.#outbox.operate(IoOp.end, this.id);
  }

  destroy(): void {
    this.#dropPending();
    this.#closed = true;
    if (this.#destroyed || this.#socketGone) return;
    this.#destroyed = true;
    this.#outbox.operate(IoOp.destroy, this.id);
  }

  /** Takes the bodies queued this turn (the batch is being built); counts them as sent. */
  take(framedBytes: number): Uint8Array[] {
    const bodies = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    this.inTurn = false;
    this.inFlight += framedBytes;
    this.#bytesSent += framedBytes;
    return bodies;
  }

  /** A frame body read by the thread. */
  deliver(body: Uint8Array): void {
    this.#bytesReceived += varintSize(body.length) + body.length;
    this.#inbound.push(body);
  }

  /** The peer ended its side: the frames already delivered are the last. */
  peerEnded(): void {
    this.#inbound.end();
  }

  /**
   * Reading failed in the thread: bad framing (a protocol code; the session reports it and closes)
   * or the socket (the connection is then gone).
   */
  failed(message: string, code: ErrorCode | undefined): void {
    if (code === undefined) {
      this.#closed = true;
      this.#inbound.fail(new Error(message));
    } else this.#inbound.fail(new ProtocolError(code, message));
  }

  /** The socket has fully closed (or its thread is gone, with the reason): the end of the connection. */
  socketClosed(failure?: Error): void {
    this.#closed = true;
    this.#dropPending();
    // After the peer's end or a read failure this changes nothing: the reader already has its ending.
    if (failure === undefined) this.#inbound.end();
    else this.#inbound.fail(failure);
    this.#socketGone = true;
    this.#resolveDone();
  }

  #dropPending(): void {
    this.pending = [];
    this.pendingBytes = 0;
  }
}
