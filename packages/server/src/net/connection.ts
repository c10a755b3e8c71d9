/**
 * What a session sees of its transport: a stream of message bodies in, a bounded batched
 * queue of message bodies out. TCP, TLS and WebSocket all look the same from here.
 * @module
 */

/** Which transport carries a connection. */
export type TransportKind = 'tcp' | 'tls' | 'ws';

/** One client connection, independent of its transport. */
export interface Connection {
  /** The transport carrying it. */
  readonly transport: TransportKind;
  /** The peer's address, for logs and per-IP limits. */
  readonly remoteAddress: string;
  /**
   * Message bodies as they arrive, one protobuf message each. Ends when the peer closes;
   * throws a ProtocolError for bad framing and the transport's error if the socket fails.
   * Reading applies backpressure: while the consumer is busy, the peer is not read.
   */
  messages(): AsyncIterable<Uint8Array>;
  /**
   * Queues one message body. Bodies queued in the same event-loop turn go out in one socket
   * write. Returns false when the connection is closed or the queue bound was exceeded (the
   * connection is then being closed as a slow consumer).
   *
   * The body is read no later than the flush that ends this event-loop turn (or at once with
   * batching off): every transport copies it then, and never keeps a reference past that
   * turn, so a caller may reuse its memory from the next turn on (world frames rely on this:
   * FrameSink's contract).
   */
  send(body: Uint8Array): boolean;
  /**
   * Queues a message body that need not leave this turn (chat heard by others): it goes out with
   * the connection's next write, or at the world's flush after a tick's frames, and within about
   * a tick (`UNHURRIED_MAX_WAIT_MS`), so it shares a write instead of costing one. The caller
   * gives the body up: it may be read turns later, so its memory must not be reused. Returns
   * false as {@link Connection.send} does.
   */
  sendUnhurried(body: Uint8Array): boolean;
  /** Flushes what is queued, then closes. */
  close(): void;
  /** Closes at once, dropping whatever is queued. */
  destroy(): void;
  /** True once close or destroy was called or the peer went away. */
  readonly closed: boolean;
  /** Resolves when the underlying socket has fully closed. */
  readonly done: Promise<void>;
  /**
   * Bytes received so far: on TCP/TLS the stream with its length prefixes (cleartext for TLS),
   * on WebSocket the message payloads. Read by metrics at scrape time, so counting costs the
   * hot path nothing beyond a field the transport already keeps.
   */
  readonly bytesReceived: number;
  /** Bytes handed to the transport for sending so far, counted as {@link bytesReceived} is. */
  readonly bytesSent: number;
  /** Called once when the outbound bound is exceeded; the connection is destroyed after. */
  onOverflow: (() => void) | undefined;
}
