/**
 * An inbound-benchmark client's datagram channel (`--datagrams`): a UDP socket that binds the
 * channel the server granted (hellos until `bound`, then one every 2 s to keep it), sends the
 * client's movement inputs as `message` datagrams and counts the server's `frames` datagrams
 * without reading them (nor opening them, on a sealed channel: its own datagrams it seals). It
 * keeps no loss repair: the benchmark measures the server's cost per input, not what a client
 * sees.
 * @module
 */
import { createSocket } from 'node:dgram';
import type { Socket } from 'node:dgram';
import { setTimeout as sleep } from 'node:timers/promises';
import { DATAGRAM_HEADER_BYTES, datagramKind, DatagramKind, writeDatagramHeader } from '@realmforge/protocol';
import { DatagramSeal } from '@realmforge/protocol/datagram-seal';
import type { InboundCount } from './inbound-client.ts';

/** Resends of a hello before `bound`, and the wait between them, ms. */
const HELLO_TRIES = 40;
const HELLO_RETRY_MS = 250;
/** A hello every this often once bound, ms (the server lets go after 10 s without one). */
const KEEPALIVE_MS = 2000;

/** What the server granted: DatagramChannel. */
export interface DatagramGrant {
  /** The server's UDP port. */
  readonly port: number;
  /** The channel's id. */
  readonly channelId: number;
  /** The channel's token. */
  readonly token: Uint8Array;
  /** A sealed channel's key; empty for a channel with a token. */
  readonly key: Uint8Array;
}

/** A bound datagram channel of one benchmark client. */
export class InboundDatagrams {
  readonly #socket: Socket;
  readonly #grant: DatagramGrant;
  readonly #seal: DatagramSeal | undefined;
  #sequence = 0;
  #keepalive: NodeJS.Timeout | undefined;

  private constructor(socket: Socket, grant: DatagramGrant) {
    this.#socket = socket;
    this.#grant = grant;
    this.#seal = grant.key.length === 0 ? undefined : new DatagramSeal(grant.key);
  }

  /** Opens a socket to the server's UDP port and binds the channel; rejects when no `bound` comes. */
  static async bind(grant: DatagramGrant, count: InboundCount): Promise<InboundDatagrams> {
    const socket = createSocket('udp4');
    socket.on('error', () => undefined);
    await new Promise<void>((resolve) => {
      socket.connect(grant.port, '127.0.0.1', resolve);
    });
    const channel = new InboundDatagrams(socket, grant);
    let answered: () => void = () => undefined;
    const bound = new Promise<true>((resolve) => {
      answered = () => {
        resolve(true);
      };
    });
    socket.on('message', (datagram) => {
      if (datagram.length < DATAGRAM_HEADER_BYTES) return;
      if (datagramKind(datagram) === DatagramKind.frames) {
        count.framesReceived++;
        count.bytesReceived += datagram.length;
      } else if (datagramKind(datagram) === DatagramKind.bound) answered();
    });
    let isBound = false;
    for (let i = 0; i < HELLO_TRIES && !isBound; i++) {
      channel.#send(DatagramKind.hello, undefined);
      isBound = await Promise.race([bound, sleep(HELLO_RETRY_MS).then(() => false)]);
    }
    if (!isBound) {
      socket.close();
      throw new Error(`no answer to ${HELLO_TRIES} hellos on UDP port ${grant.port}`);
    }
    channel.#keepalive = setInterval(() => {
      channel.#send(DatagramKind.hello, undefined);
    }, KEEPALIVE_MS);
    return channel;
  }

  /** Sends one ClientMessage as a `message` datagram. */
  send(body: Uint8Array): void {
    this.#send(DatagramKind.message, body);
  }

  /** Stops the keepalive and closes the socket. */
  close(): void {
    clearInterval(this.#keepalive);
    this.#socket.close();
  }

  #send(kind: DatagramKind, body: Uint8Array | undefined): void {
    const datagram = Buffer.allocUnsafe(DATAGRAM_HEADER_BYTES + (body?.length ?? 0));
    writeDatagramHeader(datagram, kind, this.#grant.channelId, this.#grant.token, ++this.#sequence);
    if (body !== undefined) datagram.set(body, DATAGRAM_HEADER_BYTES);
    this.#socket.send(this.#seal === undefined ? datagram : this.#seal.seal(datagram));
  }
}
