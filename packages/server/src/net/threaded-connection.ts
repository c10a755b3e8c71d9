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
import type { IoOpCode } from './io-thread-messages.ts';
import { IoOp } from './io-thread-messages.ts';
import { varintSize } from '../world/replication/wire-writer.ts';

/** Unread inbound bytes at which the thread is asked to stop reading the socket. */
const READ_PAUSE_BYTES = 64 * 1024;

/** Unread inbound bytes at or below which a paused socket is read again. */
const READ_RESUME_BYTES = READ_PAUSE_BYTES / 4;

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
  // Inbound: bodies not yet read by the session, and how the stream ended.
  #inbox: Uint8Array[] = [];
  #inboxHead = 0;
  #inboxBytes = 0;
  #paused = false;
  #ended = false;
  #failure: Error | undefined;
  #wake: (() => void) | undefined;

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
    return this.#read();
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
    this.#inbox.push(body);
    this.#inboxBytes += body.length;
    if (!this.#paused && this.#inboxBytes >= READ_PAUSE_BYTES) {
      this.#paused = true;
      this.#outbox.operate(IoOp.pause, this.id);
    }
    this.#wakeReader();
  }

  /** The peer ended its side: the frames already delivered are the last. */
  peerEnded(): void {
    this.#ended = true;
    this.#wakeReader();
  }

  /**
   * Reading failed in the thread: bad framing (a protocol code; the session reports it and closes)
   * or the socket (the connection is then gone).
   */
  failed(message: string, code: ErrorCode | undefined): void {
    if (code === undefined) {
      this.#failure = new Error(message);
      this.#closed = true;
    } else this.#failure = new ProtocolError(code, message);
    this.#wakeReader();
  }

  /** The socket has fully closed (or its thread is gone, with the reason): the end of the connection. */
  socketClosed(failure?: Error): void {
    this.#closed = true;
    this.#dropPending();
    if (failure !== undefined && !this.#ended) this.#failure ??= failure;
    this.#ended = true;
    this.#socketGone = true;
    this.#wakeReader();
    this.#resolveDone();
  }

  #dropPending(): void {
    this.pending = [];
    this.pendingBytes = 0;
  }

  #wakeReader(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }

  async *#read(): AsyncGenerator<Uint8Array> {
    for (;;) {
      if (this.#inboxHead < this.#inbox.length) {
        const body = this.#inbox[this.#inboxHead] as Uint8Array;
        this.#inboxHead++;
        this.#inboxBytes -= body.length;
        if (this.#inboxHead === this.#inbox.length) {
          this.#inbox = [];
          this.#inboxHead = 0;
        }
        if (this.#paused && this.#inboxBytes <= READ_RESUME_BYTES && !this.#closed) {
          this.#paused = false;
          this.#outbox.operate(IoOp.resume, this.id);
        }
        yield body;
        continue;
      }
      if (this.#failure !== undefined) throw this.#failure;
      if (this.#ended) return;
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
      });
    }
  }
}
