/**
 * What the client needs of a transport: message bodies in and out. One message body is one
 * protobuf ServerMessage or ClientMessage; framing is the transport's business.
 * @module
 */

/** A connected transport. */
export interface ClientTransport {
  /** Sends one ClientMessage body. */
  send(body: Uint8Array): void;
  /** ServerMessage bodies as they arrive; ends when the connection closes. */
  messages(): AsyncIterable<Uint8Array>;
  /** Closes the connection. */
  close(): void;
}

/** How a transport treats inbound messages. */
export interface TransportOptions {
  /**
   * Called with each ServerMessage body as it arrives, synchronously and before anything
   * decodes it; returning false keeps the message from {@link ClientTransport.messages}. For
   * code that must see every message cheaply, such as a load generator that counts world frames
   * without decoding them. A throw ends the connection with that error.
   */
  readonly inspect?: (body: Uint8Array) => boolean;
}
