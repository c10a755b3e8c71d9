/**
 * One connection's datagram channel, server side: its id, token and key (a sealed channel), the address it is bound to,
 * the sequences both ways, and the world frames being packed into this turn's datagrams.
 *
 * Frames queued in one event-loop turn share datagrams, in order, as many as fit (a frame that
 * waited a tick goes out with the next one, as on the byte streams); a frame too large for a
 * datagram is split into pieces (frame-pieces.ts). A reset always starts a datagram, which is
 * flagged, so a client waiting for a reset after a loss knows it when it comes.
 * @module
 */
import { DATAGRAM_FLAG_RESET, DATAGRAM_HEADER_BYTES, DatagramKind, writeDatagramHeader } from '@realmforge/protocol';
import { DatagramSeal } from '@realmforge/protocol/datagram-seal';
import { splitWorldFrame } from '../world/replication/frame-pieces.ts';
import { putVarint, varintSize } from '../world/replication/wire-writer.ts';

/** What a route reports to the connection it belongs to. */
export interface DatagramOwner {
  /** A ClientMessage that arrived by datagram from the bound address. */
  receiveDatagram(body: Uint8Array): void;
  /**
   * The channel was bound (by the client's first datagram, or its first after being let go) or
   * let go (nothing from the client for the idle time): either way the world frames change
   * paths, and the next one must be a reset.
   */
  datagramsBound(bound: boolean): void;
}

/** How a route hands finished datagrams to the socket; the {@link DatagramPort}. */
export interface DatagramSender {
  /** Sends one datagram to an address. */
  sendDatagram(datagram: Buffer, address: string, port: number): void;
  /** Flushes `route` at the end of this turn (or when the world's frames are all out). */
  due(route: DatagramRoute): void;
}

/** A connection's datagram channel. */
export class DatagramRoute {
  /** The id in every datagram's header. */
  readonly channelId: number;
  /** The 16-byte token in every datagram's header (an unsealed channel). */
  readonly token: Uint8Array;
  /** The 32-byte key of a sealed channel, undefined for one with a token. */
  readonly key: Uint8Array | undefined;
  /** Seals and opens the datagrams of a sealed channel. */
  readonly seal: DatagramSeal | undefined;
  /** The connection it belongs to. */
  readonly owner: DatagramOwner;
  /** The address and port datagrams go to, once bound. */
  address: string | undefined;
  /** The bound peer's port. */
  remotePort = 0;
  /** The highest sequence accepted from the client. */
  lastInbound = 0;
  /** When the last datagram from the client was accepted (performance.now()). */
  lastHeardAt = 0;
  /** When a bound datagram last answered a hello (performance.now()). */
  lastBoundAt = Number.NEGATIVE_INFINITY;
  /** The sequence of the last frames datagram sent. */
  framesSequence = 0;
  readonly #maxBytes: number;
  readonly #sender: DatagramSender;
  /** The datagram being packed: header room, then length-prefixed frames. */
  readonly #packing: Buffer;
  #packed = 0;
  #flags = 0;
  #due = false;

  /**
   * @param key - the key of a sealed channel; undefined for one with a token
   * @param maxBytes - the largest datagram, header included
   */
  constructor(channelId: number, token: Uint8Array, key: Uint8Array | undefined, owner: DatagramOwner, sender: DatagramSender, maxBytes: number) {
    this.channelId = channelId;
    this.token = token;
    this.key = key;
    this.seal = key === undefined ? undefined : new DatagramSeal(key);
    this.owner = owner;
    this.#sender = sender;
    this.#maxBytes = maxBytes;
    this.#packing = Buffer.allocUnsafe(maxBytes);
  }

  /** True once a hello bound the channel to an address. */
  get bound(): boolean {
    return this.address !== undefined;
  }

  /**
   * Queues one encoded ServerMessage{world_frame} for this turn's datagrams.
   * @returns false when the frame cannot go by datagram (one of its entries alone is larger
   *   than a datagram); nothing was queued then
   */
  sendFrame(message: Uint8Array, reset: boolean): boolean {
    const room = this.#maxBytes - DATAGRAM_HEADER_BYTES;
    const whole = varintSize(message.length) + message.length <= room;
    const pieces = whole ? undefined : splitWorldFrame(message, room - varintSize(room));
    if (!whole && pieces === undefined) return false;
    if (reset && this.#packed > 0) this.#finish();
    if (pieces === undefined) this.#add(message, reset);
    else for (let i = 0; i < pieces.length; i++) this.#add(pieces[i] as Uint8Array, reset && i === 0);
    if (!this.#due) {
      this.#due = true;
      this.#sender.due(this);
    }
    return true;
  }

  /** Sends what was packed this turn. */
  flush(): void {
    this.#due = false;
    if (this.#packed > 0) this.#finish();
  }

  /** Forgets the bound address (the channel fell back); packed frames are dropped. */
  unbind(): void {
    this.address = undefined;
    this.remotePort = 0;
    this.#packed = 0;
  }

  #add(frame: Uint8Array, reset: boolean): void {
    const need = varintSize(frame.length) + frame.length;
    if (this.#packed > 0 && this.#packed + need > this.#maxBytes) this.#finish();
    if (this.#packed === 0) {
      this.#packed = DATAGRAM_HEADER_BYTES;
      this.#flags = reset ? DATAGRAM_FLAG_RESET : 0;
    }
    this.#packed = putVarint(this.#packing, this.#packed, frame.length);
    this.#packing.set(frame, this.#packed);
    this.#packed += frame.length;
  }

  #finish(): void {
    const length = this.#packed;
    this.#packed = 0;
    if (this.address === undefined) return;
    this.framesSequence = (this.framesSequence + 1) >>> 0;
    writeDatagramHeader(this.#packing, DatagramKind.frames, this.channelId, this.token, this.framesSequence, this.#flags);
    // A copy (sealed or not): the socket may hold a datagram until the kernel takes it, and this buffer is reused.
    let datagram: Buffer;
    if (this.seal === undefined) {
      datagram = Buffer.allocUnsafe(length);
      this.#packing.copy(datagram, 0, 0, length);
    } else {
      datagram = this.seal.seal(this.#packing.subarray(0, length));
    }
    this.#sender.sendDatagram(datagram, this.address, this.remotePort);
  }
}
