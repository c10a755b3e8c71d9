/**
 * TCP and TLS transports for Node: length-delimited frames over a socket.
 *
 * Reading goes straight from the socket's 'data' events through a {@link FrameDecoder} into an
 * {@link InboundQueue} that the client reads with `for await`: no stream iterator or generator
 * per message in between (the server reads its sockets the same way). Past the queue's bounds
 * the socket is paused until the reader catches up.
 *
 * A datagram channel can be opened beside the socket ({@link DatagramLink}): the world frames
 * its datagrams bring go through the same inspection into the same queue, in the order they
 * arrive. Once a reset frame came by datagram, a world frame the socket delivers late (sent
 * before the server bound the channel, older than that reset) is dropped before anything sees it.
 * @module
 */
import { connect as connectNet } from 'node:net';
import type { Socket } from 'node:net';
import { connect as connectTlsSocket } from 'node:tls';
import type { ConnectionOptions } from 'node:tls';
import { encodeFrame, FrameDecoder, InboundQueue } from '@realmforge/protocol';
import { DatagramLink } from './datagram-link.ts';
import type { ClientTransport, DatagramGrant, MessageCarrier, TransportOptions } from './transport.ts';

/** The largest frame a client accepts from the server, bytes (a reset frame in a crowded zone is large). */
const MAX_FRAME_BYTES = 16 * 1024 * 1024;

/** Messages or bytes waiting for the client at which the socket is paused. */
const INBOUND_BOUNDS = { maxMessages: 4096, maxBytes: 32 * 1024 * 1024 };

function wrap(socket: Socket, options: TransportOptions): ClientTransport {
  socket.setNoDelay(true);
  const inspect = options.inspect;
  const decoder = new FrameDecoder(MAX_FRAME_BYTES);
  const queue = new InboundQueue({
    pause: () => socket.pause(),
    resume: () => socket.resume(),
    // The client stopped reading; it closes the transport itself.
    stopped: () => undefined,
  }, INBOUND_BOUNDS);
  let link: DatagramLink | undefined;
  const fail = (error: Error): void => {
    link?.close();
    queue.fail(error);
    socket.destroy();
  };
  /** Hands a body to the client unless the inspector keeps it back; false when the inspector threw (the transport failed). */
  const deliver = (body: Uint8Array, carrier: MessageCarrier): boolean => {
    try {
      if (inspect === undefined || inspect(body, carrier)) queue.push(body);
      return true;
    } catch (error) {
      fail(error instanceof Error ? error : new Error(String(error)));
      return false;
    }
  };
  const frames: Uint8Array[] = [];
  socket.on('data', (chunk: Buffer) => {
    const failure = decoder.decodeInto(chunk, frames);
    let delivered = true;
    for (const body of frames) {
      if (link?.lateFromConnection(body) === true) continue;
      delivered = deliver(body, 'connection');
      if (!delivered) break;
    }
    frames.length = 0;
    if (failure !== undefined && delivered) fail(failure);
  });
  socket.on('error', (error) => {
    queue.fail(error);
  });
  socket.on('close', () => {
    link?.close();
    try {
      decoder.end();
      queue.end();
    } catch (error) {
      queue.fail(error as Error);
    }
  });
  return {
    send: (body) => {
      if (!socket.destroyed) socket.write(encodeFrame(body));
    },
    messages: () => queue,
    close: () => {
      link?.close();
      socket.end();
    },
    attachDatagrams: (grant: DatagramGrant, requestResync: () => void) => {
      const host = socket.remoteAddress;
      if (host === undefined || socket.destroyed) throw new Error('the connection is closed: no datagram channel can be opened');
      link?.close();
      link = new DatagramLink(host, grant, {
        deliver: (body) => {
          deliver(body, 'datagram');
        },
        requestResync,
        traffic: options.datagramTraffic,
        ended: options.datagramChannelEnded,
      });
    },
    sendDatagram: (body, moveSequence) => link?.sendMessage(body, moveSequence) ?? false,
    datagramCounters: () => link?.counters(),
  };
}

/** Connects over plain TCP. */
export function connectTcp(host: string, port: number, options: TransportOptions = {}): Promise<ClientTransport> {
  return new Promise((resolve, reject) => {
    const socket = connectNet({ host, port }, () => {
      socket.off('error', reject);
      resolve(wrap(socket, options));
    });
    socket.once('error', reject);
  });
}

/** Connects over TLS (1.3 unless the TLS options say otherwise). */
export function connectTls(host: string, port: number, tls: ConnectionOptions = {}, options: TransportOptions = {}): Promise<ClientTransport> {
  return new Promise((resolve, reject) => {
    const socket = connectTlsSocket({ host, port, servername: host === '127.0.0.1' ? 'localhost' : host, minVersion: 'TLSv1.3', ...tls }, () => {
      socket.off('error', reject);
      resolve(wrap(socket, options));
    });
    socket.once('error', reject);
  });
}
