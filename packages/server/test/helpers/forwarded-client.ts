/**
 * A game client that comes from another address: a WebSocket carrying an `X-Forwarded-For`
 * header, as a reverse proxy sends it. Against a server whose `trustedProxies` lists
 * 127.0.0.1 the session is attributed to that address (per-address limits, login throttle).
 */
import { GameClient } from '@realmforge/client/node';
import type { ClientTransport } from '@realmforge/client';
import WebSocket from 'ws';

/** Connects over WebSocket as if from `address` through a proxy on 127.0.0.1, and says hello. */
export async function connectFrom(httpPort: number, address: string): Promise<GameClient> {
  const transport = await new Promise<ClientTransport>((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${httpPort}/ws`, { headers: { 'x-forwarded-for': address } });
    const inbound: Uint8Array[] = [];
    let ended = false;
    let wake: (() => void) | undefined;
    const notify = (): void => {
      const w = wake;
      wake = undefined;
      w?.();
    };
    socket.on('message', (data: Buffer) => {
      inbound.push(new Uint8Array(data));
      notify();
    });
    socket.on('close', () => {
      ended = true;
      notify();
      reject(new Error(`refused before the WebSocket opened (as ${address})`));
    });
    socket.on('error', () => undefined);
    socket.on('open', () => {
      resolve({
        send: (body) => {
          if (socket.readyState === WebSocket.OPEN) socket.send(body);
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
  const client = new GameClient(transport);
  await client.hello();
  return client;
}
