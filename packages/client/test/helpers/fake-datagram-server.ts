/**
 * A server's end of a datagram channel for the client's tests: a UDP socket on 127.0.0.1 that
 * records what arrives, answers hellos with `bound`, and sends `frames` datagrams built as the
 * server builds them (a header, then ServerMessage bodies each behind its varint length); with a
 * key, a sealed channel's end (it opens what arrives and seals what it sends).
 */
import { createSocket } from 'node:dgram';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RemoteInfo, Socket } from 'node:dgram';
import type { DatagramGrant } from '@realmforge/client';
import {
  DATAGRAM_HEADER_BYTES,
  datagramChannelId,
  DatagramKind,
  datagramKind,
  datagramTokenMatches,
  encodeFrame,
  encodeServerMessage,
  writeDatagramHeader,
} from '@realmforge/protocol';
import { DatagramSeal } from '@realmforge/protocol/datagram-seal';

/** Waits until `condition` holds, polling; throws naming `what` after `timeoutMs`. */
export async function until(condition: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** The token of every grant the fake server gives. */
export const GRANT_TOKEN = Uint8Array.from({ length: 16 }, (_, i) => 0xa0 + i);

/** A world frame's ServerMessage body. */
export function worldFrame(tick: number, reset = false, ackSequence = 0): Uint8Array {
  return encodeServerMessage({ worldFrame: { tick, reset, ackSequence } });
}

/** A datagram with this header and payload (the grant's channel and token unless given). */
export function datagram(kind: DatagramKind, sequence: number, payload: Uint8Array = new Uint8Array(0), flags = 0, channelId = 7, token = GRANT_TOKEN): Buffer {
  const out = Buffer.alloc(DATAGRAM_HEADER_BYTES + payload.length);
  writeDatagramHeader(out, kind, channelId, token, sequence, flags);
  out.set(payload, DATAGRAM_HEADER_BYTES);
  return out;
}

/** A `frames` datagram holding these ServerMessage bodies, each behind its varint length. */
export function framesDatagram(sequence: number, bodies: readonly Uint8Array[], flags = 0): Buffer {
  return datagram(DatagramKind.frames, sequence, Buffer.concat(bodies.map(encodeFrame)), flags);
}

/**
 * A server's datagram port on 127.0.0.1 that records what arrives and, while `answering`,
 * answers each valid hello with `bound` naming the last frames datagram it sent.
 */
export class FakeServer {
  readonly socket: Socket = createSocket('udp4');
  /** What arrived, as it arrived (sealed, on a sealed channel). */
  readonly received: Buffer[] = [];
  answering = true;
  lastFramesSent = 0;
  /** A sealed channel's seal; undefined for a channel with a token. */
  readonly seal: DatagramSeal | undefined;
  readonly #key: Uint8Array | undefined;
  #client: RemoteInfo | undefined;

  /** @param key - a sealed channel's key, in the grant; none for a channel with a token */
  constructor(key?: Uint8Array) {
    this.#key = key;
    this.seal = key === undefined ? undefined : new DatagramSeal(key);
  }

  /** Binds the port; resolves with the grant a client needs to reach it. */
  async start(): Promise<DatagramGrant> {
    this.socket.on('message', (d, from) => {
      this.received.push(d);
      this.#client = from;
      const authentic = this.seal === undefined ? datagramTokenMatches(d, GRANT_TOKEN) : this.seal.open(d) !== undefined;
      if (this.answering && datagramKind(d) === DatagramKind.hello && datagramChannelId(d) === 7 && authentic) {
        this.send(datagram(DatagramKind.bound, this.lastFramesSent));
      }
    });
    await new Promise<void>((resolve) => {
      this.socket.bind(0, '127.0.0.1', resolve);
    });
    return { port: this.socket.address().port, channelId: 7, token: GRANT_TOKEN, ...(this.#key === undefined ? {} : { key: this.#key }), maxDatagramBytes: 1200 };
  }

  /** Sends to the client (the address its last datagram came from), sealed on a sealed channel unless `unsealed`. */
  send(d: Uint8Array, unsealed = false): void {
    const client = this.#client;
    if (client === undefined) throw new Error('no client yet');
    this.socket.send(this.seal === undefined || unsealed ? d : this.seal.seal(d), client.port, client.address);
  }

  /** Sends a frames datagram and remembers its sequence for `bound` answers. */
  sendFrames(sequence: number, bodies: readonly Uint8Array[], flags = 0): void {
    this.lastFramesSent = Math.max(this.lastFramesSent, sequence);
    this.send(framesDatagram(sequence, bodies, flags));
  }

  /** The datagrams of this kind received so far. */
  of(kind: DatagramKind): Buffer[] {
    return this.received.filter((d) => datagramKind(d) === kind);
  }

  close(): void {
    this.socket.close();
  }
}
