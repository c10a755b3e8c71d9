/**
 * TCP and TLS transports for Node: length-delimited frames over a socket.
 * @module
 */
import { connect as connectNet } from 'node:net';
import type { Socket } from 'node:net';
import { connect as connectTlsSocket } from 'node:tls';
import type { ConnectionOptions } from 'node:tls';
import { encodeFrame, readFrames } from '@realmforge/protocol';
import type { ClientTransport } from './transport.ts';

function wrap(socket: Socket): ClientTransport {
  socket.setNoDelay(true);
  socket.on('error', () => undefined);
  return {
    send: (body) => {
      if (!socket.destroyed) socket.write(encodeFrame(body));
    },
    messages: () => readFrames(socket, 16 * 1024 * 1024),
    close: () => {
      socket.end();
    },
  };
}

/** Connects over plain TCP. */
export function connectTcp(host: string, port: number): Promise<ClientTransport> {
  return new Promise((resolve, reject) => {
    const socket = connectNet({ host, port }, () => {
      socket.off('error', reject);
      resolve(wrap(socket));
    });
    socket.once('error', reject);
  });
}

/** Connects over TLS (1.3 unless the options say otherwise). */
export function connectTls(host: string, port: number, options: ConnectionOptions = {}): Promise<ClientTransport> {
  return new Promise((resolve, reject) => {
    const socket = connectTlsSocket({ host, port, servername: host === '127.0.0.1' ? 'localhost' : host, minVersion: 'TLSv1.3', ...options }, () => {
      socket.off('error', reject);
      resolve(wrap(socket));
    });
    socket.once('error', reject);
  });
}
