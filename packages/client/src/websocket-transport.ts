/**
 * WebSocket transport using the standard WebSocket class (browsers, Node 22+): one binary
 * message per protobuf message, handed to the client through an {@link InboundQueue} (the
 * standard WebSocket cannot pause its reading, so the queue is unbounded).
 * @module
 */
import { InboundQueue } from '@realmforge/protocol';
import type { ClientTransport, TransportOptions } from './transport.ts';

/** The standard WebSocket has no way to stop reading: the queue only hands messages on. */
const UNPAUSED = { pause: () => undefined, resume: () => undefined, stopped: () => undefined };

/** Connects to a server's WebSocket endpoint, e.g. `ws://127.0.0.1:8080/ws`. */
export function connectWebSocket(url: string, options: TransportOptions = {}): Promise<ClientTransport> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.binaryType = 'arraybuffer';
    const inspect = options.inspect;
    const inbound = new InboundQueue(UNPAUSED, { maxMessages: Number.POSITIVE_INFINITY, maxBytes: Number.POSITIVE_INFINITY });
    socket.addEventListener('message', (event: MessageEvent) => {
      if (!(event.data instanceof ArrayBuffer)) return;
      const body = new Uint8Array(event.data);
      try {
        if (inspect === undefined || inspect(body, 'connection')) inbound.push(body);
      } catch (error) {
        inbound.fail(error instanceof Error ? error : new Error(String(error)));
        socket.close();
      }
    });
    socket.addEventListener('close', () => {
      inbound.end();
      // Closed before it opened (refused, or dropped during the handshake). The error event
      // comes first but may already see readyState CLOSED, so it cannot be relied on for this;
      // after a successful open this reject is a no-op.
      reject(new Error(`cannot connect to ${url}: closed during the handshake`));
    });
    socket.addEventListener('error', () => {
      if (socket.readyState === WebSocket.CONNECTING) reject(new Error(`cannot connect to ${url}`));
    });
    socket.addEventListener('open', () => {
      resolve({
        send: (body) => {
          if (socket.readyState === WebSocket.OPEN) socket.send(body as Uint8Array<ArrayBuffer>);
        },
        messages: () => inbound,
        close: () => {
          socket.close();
        },
      });
    });
  });
}
