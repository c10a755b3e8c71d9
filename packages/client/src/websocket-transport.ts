/**
 * WebSocket transport using the standard WebSocket class (browsers, Node 22+): one binary
 * message per protobuf message.
 * @module
 */
import type { ClientTransport } from './transport.ts';

/** Connects to a server's WebSocket endpoint, e.g. `ws://127.0.0.1:8080/ws`. */
export function connectWebSocket(url: string): Promise<ClientTransport> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.binaryType = 'arraybuffer';
    const inbound: Uint8Array[] = [];
    let ended = false;
    let wake: (() => void) | undefined;
    const notify = (): void => {
      const w = wake;
      wake = undefined;
      w?.();
    };
    socket.addEventListener('message', (event: MessageEvent) => {
      if (event.data instanceof ArrayBuffer) inbound.push(new Uint8Array(event.data));
      notify();
    });
    socket.addEventListener('close', () => {
      ended = true;
      notify();
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
        messages: async function* () {
          for (;;) {
            const next = inbound.shift();
            if (next !== undefined) {
              yield next;
              continue;
            }
            if (ended) return;
            await new Promise<void>((r) => {
              wake = r;
            });
          }
        },
        close: () => {
          socket.close();
        },
      });
    });
  });
}
