/**
 * What the main thread and an I/O thread (io-thread.ts) say to each other. Bytes travel in
 * batches: one message per event-loop turn each way carries every frame body read and every
 * write to make, packed back to back in one ArrayBuffer that is transferred, never cloned,
 * with a Uint32Array table of (connection id, length) pairs. Connection ids are the thread's
 * own; the main thread keys them by thread.
 * @module
 */
import type { ErrorCode } from '@realmforge/protocol';
import type { TransportKind } from './connection.ts';

/** The game transports an I/O thread can carry. */
export type ThreadedTransport = Extract<TransportKind, 'tcp' | 'tls'>;

/** What an I/O thread is started with (its workerData). */
export interface IoThreadData {
  /** The thread's number, for logs and error messages. */
  readonly index: number;
  /** Address to bind. */
  readonly host: string;
  /** TCP game port (0 for any; every thread after the first is given the port the first bound). */
  readonly tcpPort: number;
  /** TLS 1.3 game port and credentials, when TLS is on. */
  readonly tls: { readonly port: number; readonly key: string; readonly cert: string } | undefined;
  /** Largest inbound frame body, bytes. */
  readonly maxFrameBytes: number;
  /** How long a TLS handshake may take, ms. */
  readonly handshakeTimeoutMs: number;
  /** How long a refused or closed TCP socket may linger while its last bytes go out, ms. */
  readonly lingerMs: number;
}

/** Operations the main thread asks for, by code, in {@link OutboundTurn.ops}. */
export const IoOp = {
  /** Admission granted: start reading (TCP) or handshaking (TLS). */
  admit: 1,
  /** Refused, too many connections from the address. */
  refuseTooMany: 2,
  /** Refused, connecting too fast from the address. */
  refuseTooFast: 3,
  /** Close after the writes before it: end the socket, destroy it if it lingers. */
  end: 4,
  /** Close at once, dropping what the socket still holds. */
  destroy: 5,
  /** The consumer lags: stop reading this socket. */
  pause: 6,
  /** The consumer caught up: read again. */
  resume: 7,
} as const;

/** One of {@link IoOp}. */
export type IoOpCode = (typeof IoOp)[keyof typeof IoOp];

/** Main thread → I/O thread, once per turn with anything to say. */
export interface OutboundTurn {
  readonly type: 'turn';
  /** Numbered from 1; the thread acknowledges the last one it handled. */
  readonly seq: number;
  /** Every write, framed, back to back. */
  readonly bytes: ArrayBuffer;
  /** (connection id, byte length) pairs, in the order of `bytes`: one socket write each. */
  readonly writes: Uint32Array;
  /** (op code, connection id) pairs, applied in order after the writes. */
  readonly ops: Uint32Array;
}

/** Main thread → I/O thread: stop accepting (existing connections stay). */
export interface StopListening {
  readonly type: 'stop-listening';
}

/** Main thread → I/O thread: destroy every socket, close the listeners, end the thread. */
export interface Exit {
  readonly type: 'exit';
}

/** Everything the main thread sends. */
export type ToIoThread = OutboundTurn | StopListening | Exit;

/** Something that happened to one connection, in the order it happened. */
export type ConnectionEvent =
  /** A socket was accepted and waits for admission (nothing is read from it yet). */
  | { readonly kind: 'ask'; readonly id: number; readonly transport: ThreadedTransport; readonly address: string }
  /** An admitted socket is ready (TLS: handshake done); its frames follow. */
  | { readonly kind: 'open'; readonly id: number }
  /** The peer ended its side cleanly: no more frames. */
  | { readonly kind: 'end'; readonly id: number }
  /** Reading failed: bad framing (with its protocol code) or a socket error. No more frames. */
  | { readonly kind: 'failed'; readonly id: number; readonly message: string; readonly code: ErrorCode | undefined }
  /** The socket has fully closed. */
  | { readonly kind: 'closed'; readonly id: number };

/** I/O thread → main thread, once per turn with anything to say. */
export interface InboundTurn {
  readonly type: 'turn';
  /** Frame bodies read, back to back. */
  readonly bytes: ArrayBuffer;
  /** (connection id, byte length) pairs, in the order of `bytes`: one frame body each. */
  readonly frames: Uint32Array;
  /** Connection events in order: 'ask' and 'open' apply before the frames, the others after. */
  readonly events: readonly ConnectionEvent[];
  /** The last {@link OutboundTurn.seq} handled (0 before the first). */
  readonly acked: number;
  /**
   * (connection id, bytes) pairs: what the socket still holds unsent after the writes of the
   * acknowledged turns, for sockets where that changed (0 once drained).
   */
  readonly backlog: Uint32Array;
}

/** I/O thread → main thread, once at start: the ports bound. */
export interface Listening {
  readonly type: 'listening';
  readonly tcpPort: number;
  readonly tlsPort: number | undefined;
}

/** I/O thread → main thread, once at start instead of {@link Listening}. */
export interface ListenFailed {
  readonly type: 'listen-failed';
  readonly message: string;
  readonly code: string | undefined;
}

/** Everything an I/O thread sends. */
export type FromIoThread = InboundTurn | Listening | ListenFailed;
