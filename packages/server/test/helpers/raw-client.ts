/**
 * A raw TCP client for tests that need to see every message the server sends, in order, and
 * when it closes: floods, refusals, fatal errors.
 */
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { decodeServerMessage, encodeClientMessage, encodeFrame, FrameDecoder } from '@realmforge/protocol';
import type { ClientMessageInit, ServerMessage } from '@realmforge/protocol';

/** A raw TCP client that records every ServerMessage and when the server closed. */
export interface RawClient {
  readonly socket: Socket;
  readonly received: ServerMessage[];
  readonly closed: Promise<void>;
  send(...messages: ClientMessageInit[]): void;
  /** Resolves once a message matching the predicate has arrived (or rejects on close). */
  waitFor(match: (message: ServerMessage) => boolean): Promise<ServerMessage>;
}

/** Connects a raw client over TCP to 127.0.0.1. */
export function rawClient(port: number): Promise<RawClient> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const decoder = new FrameDecoder();
    const received: ServerMessage[] = [];
    const waiters = new Set<() => void>();
    let isClosed = false;
    const closed = new Promise<void>((done) => {
      socket.once('close', () => {
        isClosed = true;
        for (const wake of waiters) wake();
        done();
      });
    });
    socket.on('data', (chunk) => {
      for (const body of decoder.push(chunk)) received.push(decodeServerMessage(body));
      for (const wake of waiters) wake();
    });
    socket.on('error', () => undefined);
    const client: RawClient = {
      socket,
      received,
      closed,
      send: (...messages) => {
        socket.write(Buffer.concat(messages.map((m) => encodeFrame(encodeClientMessage(m)))));
      },
      waitFor: (match) => new Promise((found, fail) => {
        const check = (): void => {
          const hit = received.find(match);
          if (hit !== undefined) {
            waiters.delete(check);
            found(hit);
          } else if (isClosed) {
            waiters.delete(check);
            fail(new Error('closed before the awaited message'));
          }
        };
        waiters.add(check);
        check();
      }),
    };
    socket.once('connect', () => {
      resolve(client);
    });
    socket.once('error', reject);
  });
}

/** Retries until the server has noticed a close (the per-address count drops when the socket's close is handled). */
export async function eventually<T>(attempt: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= 200) throw error;
      await sleep(25);
    }
  }
}
