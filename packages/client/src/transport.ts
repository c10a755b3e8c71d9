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
