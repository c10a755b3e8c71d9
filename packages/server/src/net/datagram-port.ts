/**
 * The server's UDP port for datagram channels (docs/protocol.md, "Datagrams"): one socket for
 * every connection's channel. It checks each datagram's header, channel, token and sequence
 * before anything else sees it, binds a channel to the address its first datagram came from,
 * answers hellos, hands messages to their connection, and lets go of a channel that has sent
 * nothing for `idleMs` (its frames go back to the connection; its next datagram binds it again).
 *
 * Why datagrams: on 2 cores the kernel's TCP work for 5,000 players' inputs and frames is most
 * of a core (`npm run bench:floor`: 15-21 µs of server CPU per input over TCP against 11 µs as
 * datagrams). Movement is what they carry: a lost input is superseded by the next, and a lost
 * frame is repaired by a reset the client asks for; everything else stays on the connection.
 *
 * Security: a sealed channel (the default for a TLS connection: `sealing`) has a 32-byte key
 * that travels only over the connection, and every datagram both ways is encrypted and
 * authenticated with it (@realmforge/protocol/datagram-seal): someone on the path sees only
 * headers, sizes and timing, and cannot forge, change or replay a datagram. An unsealed channel has a
 * 16-byte token instead, in the clear in every datagram: an off-path attacker cannot forge a
 * datagram that is accepted, but an on-path one sees movement and view changes and could inject
 * moves for that character (never requests with effects beyond movement, which the server
 * refuses by datagram). Either way the sequence drops replays. Hellos are answered at most every
 * {@link BOUND_REPLY_INTERVAL_MS} per channel, each answer no larger than the hello, so the port
 * cannot be used to amplify traffic.
 * @module
 */
import { randomBytes, randomInt } from 'node:crypto';
import { createSocket } from 'node:dgram';
import type { RemoteInfo, Socket } from 'node:dgram';
import { lookup } from 'node:dns';
import type { LookupOneOptions } from 'node:dns';
import { isIP, isIPv6 } from 'node:net';
import {
  DATAGRAM_HEADER_BYTES,
  DATAGRAM_TOKEN_BYTES,
  datagramChannelId,
  datagramKind,
  datagramMessage,
  datagramProblem,
  datagramSequence,
  datagramTokenMatches,
  DatagramKind,
  writeDatagramHeader,
} from '@realmforge/protocol';
import { DATAGRAM_KEY_BYTES } from '@realmforge/protocol/datagram-seal';
import type { TransportKind } from './connection.ts';
import { DatagramRoute } from './datagram-route.ts';
import type { DatagramOwner, DatagramSender } from './datagram-route.ts';

/** The least time between two `bound` answers to one channel's hellos, ms. */
export const BOUND_REPLY_INTERVAL_MS = 200;
/** Datagrams the socket may hold unsent before more are dropped (the kernel is not keeping up). */
const MAX_SEND_QUEUE = 4096;

/**
 * Which channels are sealed (encrypted and authenticated): `tls`, those of TLS connections, whose
 * key travels encrypted; `always`, every channel, for a server whose TCP connections come
 * through a proxy that ends TLS in front of it; `never`, none (a token instead).
 */
export const DATAGRAM_SEALINGS = ['tls', 'always', 'never'] as const;

/** A {@link DATAGRAM_SEALINGS} entry. */
export type DatagramSealing = (typeof DATAGRAM_SEALINGS)[number];

/** Why a received datagram was dropped; the metric's label values. */
export const DATAGRAM_DROP_REASONS = ['malformed', 'unknown_channel', 'bad_token', 'bad_seal', 'stale_sequence', 'unexpected_kind', 'send_queue_full', 'repeated_input'] as const;

/** A {@link DATAGRAM_DROP_REASONS} entry. */
export type DatagramDropReason = (typeof DATAGRAM_DROP_REASONS)[number];

/** Running totals, read by the metrics at scrape time. */
export interface DatagramTotals {
  /** Datagrams accepted (header, channel, token and sequence good). */
  received: number;
  /** Their bytes. */
  bytesReceived: number;
  /** Datagrams handed to the socket. */
  sent: number;
  /** Their bytes. */
  bytesSent: number;
  /** Dropped datagrams by reason (received ones, and sent ones the socket could not take). */
  readonly dropped: Record<DatagramDropReason, number>;
  /** Channels let go after `idleMs` without a datagram. */
  fallbacks: number;
}

/** Options of {@link DatagramPort.open}. */
export interface DatagramPortOptions {
  /** Address to bind (IPv4 or IPv6; an IPv6 one also takes IPv4 where the system allows). */
  readonly host: string;
  /** Port, 0 for any free one. */
  readonly port: number;
  /** The largest datagram sent or accepted, header included. */
  readonly maxDatagramBytes: number;
  /** A bound channel that sends nothing for this long falls back to the connection, ms. */
  readonly idleMs: number;
  /**
   * Each socket's kernel buffers, bytes each way (SO_RCVBUF, SO_SNDBUF). Inputs queue there
   * while the main thread runs a tick, and what does not fit is dropped. Big enough to hold a
   * tick's inputs, no bigger: a server that cannot keep up would otherwise answer inputs from a
   * queue seconds deep instead of dropping them. Linux caps it at net.core.rmem_max / wmem_max.
   */
  readonly bufferBytes: number;
  /**
   * Sockets sharing the port (SO_REUSEPORT, where the system has it). Node reads at most 32
   * datagrams from a socket per turn of the event loop, so on a busy main thread, whose turns
   * are few and long, one socket caps the inputs read at 32 a turn and the kernel drops the
   * rest; the kernel spreads clients over the sockets by address, and each adds 32.
   */
  readonly sockets: number;
  /** Which channels are sealed. */
  readonly sealing: DatagramSealing;
}

/**
 * The first socket of a shared port (SO_REUSEPORT), or undefined where the system cannot share
 * a port.
 * @throws when the address is taken
 */
async function bindShared(options: DatagramPortOptions): Promise<Socket | undefined> {
  try {
    return await bindSocket(options, options.port, true);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw error;
    return undefined;
  }
}

/**
 * The sockets' address lookup. Node's dgram looks up the address of every datagram sent on an
 * unconnected socket, by default with dns.lookup, which for an IP address still answers on a
 * later tick (a process.nextTick and its closures per datagram). The port only sends to
 * addresses datagrams came from, IP addresses all, so it answers those at once; anything else
 * goes to dns.lookup.
 */
function addressLookup(hostname: string, options: LookupOneOptions, callback: (error: NodeJS.ErrnoException | null, address: string, family: number) => void): void {
  const family = isIP(hostname);
  if (family !== 0) callback(null, hostname, family);
  else lookup(hostname, options, callback);
}

/** Binds one socket of the port. */
function bindSocket(options: DatagramPortOptions, port: number, reusePort: boolean): Promise<Socket> {
  const socket = createSocket({ type: isIPv6(options.host) ? 'udp6' : 'udp4', recvBufferSize: options.bufferBytes, sendBufferSize: options.bufferBytes, reusePort, lookup: addressLookup });
  return new Promise((resolve, reject) => {
    socket.once('error', (error) => {
      socket.close();
      reject(error);
    });
    socket.bind(port, options.host, () => {
      socket.removeAllListeners('error');
      resolve(socket);
    });
  });
}

/** The UDP socket of every datagram channel. */
export class DatagramPort implements DatagramSender {
  /** The bound UDP port. */
  readonly port: number;
  /** The largest datagram sent or accepted, header included. */
  readonly maxDatagramBytes: number;
  /** The receive buffer the kernel granted, bytes (Linux reports twice what it counts against the limit). */
  readonly receiveBufferBytes: number;
  /** The send buffer the kernel granted, bytes. */
  readonly sendBufferBytes: number;
  /** Sockets sharing the port: as many as asked, or one where the system has no SO_REUSEPORT. */
  readonly sockets: number;
  /** Totals since start. */
  readonly totals: DatagramTotals = {
    received: 0,
    bytesReceived: 0,
    sent: 0,
    bytesSent: 0,
    dropped: { malformed: 0, unknown_channel: 0, bad_token: 0, bad_seal: 0, stale_sequence: 0, unexpected_kind: 0, send_queue_full: 0, repeated_input: 0 },
    fallbacks: 0,
  };
  /** The port's sockets: one, or several sharing the port (SO_REUSEPORT). */
  readonly #sockets: readonly Socket[];
  /** The socket the next datagram is sent from (they share the port: any will do). */
  #sendFrom = 0;
  readonly #idleMs: number;
  readonly #sealing: DatagramSealing;
  readonly #routes = new Map<number, DatagramRoute>();
  #due: DatagramRoute[] = [];
  #flushScheduled: NodeJS.Immediate | undefined;
  readonly #sweep: NodeJS.Timeout;
  readonly #bound = Buffer.alloc(DATAGRAM_HEADER_BYTES);

  private constructor(sockets: readonly Socket[], options: DatagramPortOptions) {
    const first = sockets[0];
    if (first === undefined) throw new RangeError('a datagram port needs a socket');
    this.#sockets = sockets;
    this.sockets = sockets.length;
    this.port = first.address().port;
    this.maxDatagramBytes = options.maxDatagramBytes;
    this.receiveBufferBytes = first.getRecvBufferSize();
    this.sendBufferBytes = first.getSendBufferSize();
    this.#idleMs = options.idleMs;
    this.#sealing = options.sealing;
    for (const socket of sockets) {
      socket.on('message', (datagram, from) => {
        this.#receive(datagram, from);
      });
      // A send to a peer that went away can report an ICMP error on some systems; nothing to do.
      socket.on('error', () => undefined);
    }
    this.#sweep = setInterval(() => {
      this.#letIdleGo(performance.now());
    }, Math.min(1000, options.idleMs));
    this.#sweep.unref();
  }

  /**
   * Binds the port's sockets: `sockets` of them sharing the port where the system has
   * SO_REUSEPORT (the kernel spreads clients over them), else one.
   * (its {@link DatagramPort.sockets} says how many it got)
   * @throws when the address is taken or invalid
   */
  static async open(options: DatagramPortOptions): Promise<DatagramPort> {
    const first = options.sockets > 1 ? await bindShared(options) : undefined;
    // One socket: asked for, or no SO_REUSEPORT on this system.
    if (first === undefined) return new DatagramPort([await bindSocket(options, options.port, false)], options);
    const sockets = [first];
    try {
      for (let i = 1; i < options.sockets; i++) sockets.push(await bindSocket(options, first.address().port, true));
    } catch (error) {
      for (const socket of sockets) socket.close();
      throw error;
    }
    return new DatagramPort(sockets, options);
  }

  /** Channels open now, bound or not. */
  get channels(): number {
    return this.#routes.size;
  }

  /**
   * Opens a channel for a connection: a fresh id, token and, where the port's sealing says so for
   * the connection's transport, key; bound by the client's first datagram.
   */
  open(owner: DatagramOwner, transport: TransportKind): DatagramRoute {
    let channelId: number;
    do channelId = randomInt(1, 2 ** 32 - 1);
    while (this.#routes.has(channelId));
    const sealed = this.#sealing === 'always' || (this.#sealing === 'tls' && transport === 'tls');
    const route = new DatagramRoute(channelId, randomBytes(DATAGRAM_TOKEN_BYTES), sealed ? randomBytes(DATAGRAM_KEY_BYTES) : undefined, owner, this, this.maxDatagramBytes);
    this.#routes.set(channelId, route);
    return route;
  }

  /**
   * Counts a move input that came again by datagram (the client repeats its newest until a
   * frame acknowledges it) after the session already had it: dropped, expected on a lossy path.
   */
  repeatedInput(): void {
    this.totals.dropped.repeated_input++;
  }

  /** Closes a channel: its datagrams are dropped from now on. */
  close(route: DatagramRoute): void {
    if (this.#routes.get(route.channelId) === route) this.#routes.delete(route.channelId);
    route.unbind();
  }

  /** Lets a bound channel go: its frames go back to the connection (the owner is told). */
  fallBack(route: DatagramRoute): void {
    if (!route.bound) return;
    route.unbind();
    this.totals.fallbacks++;
    route.owner.datagramsBound(false);
  }

  sendDatagram(datagram: Buffer, address: string, port: number): void {
    const sockets = this.#sockets;
    const socket = sockets[this.#sendFrom] as Socket;
    this.#sendFrom = this.#sendFrom + 1 === sockets.length ? 0 : this.#sendFrom + 1;
    if (socket.getSendQueueCount() >= MAX_SEND_QUEUE) {
      this.totals.dropped.send_queue_full++;
      return;
    }
    this.totals.sent++;
    this.totals.bytesSent += datagram.length;
    socket.send(datagram, port, address);
  }

  due(route: DatagramRoute): void {
    this.#due.push(route);
    this.#flushScheduled ??= setImmediate(() => {
      this.flush();
    });
  }

  /** Sends every channel's packed frames now (the world calls it once a tick's frames are out). */
  flush(): void {
    if (this.#flushScheduled !== undefined) {
      clearImmediate(this.#flushScheduled);
      this.#flushScheduled = undefined;
    }
    const due = this.#due;
    this.#due = [];
    for (const route of due) route.flush();
  }

  /** Closes the sockets and every channel. */
  stop(): Promise<void> {
    clearInterval(this.#sweep);
    if (this.#flushScheduled !== undefined) clearImmediate(this.#flushScheduled);
    for (const route of this.#routes.values()) route.unbind();
    this.#routes.clear();
    return Promise.all(this.#sockets.map((socket) => new Promise<void>((resolve) => {
      socket.close(() => {
        resolve();
      });
    }))).then(() => undefined);
  }

  #receive(datagram: Buffer, from: RemoteInfo): void {
    const dropped = this.totals.dropped;
    if (datagram.length > this.maxDatagramBytes || datagramProblem(datagram) !== undefined) {
      dropped.malformed++;
      return;
    }
    const kind = datagramKind(datagram);
    if (kind !== DatagramKind.hello && kind !== DatagramKind.message) {
      dropped.unexpected_kind++;
      return;
    }
    const route = this.#routes.get(datagramChannelId(datagram));
    if (route === undefined) {
      dropped.unknown_channel++;
      return;
    }
    const seal = route.seal;
    if (seal === undefined && !datagramTokenMatches(datagram, route.token)) {
      dropped.bad_token++;
      return;
    }
    const sequence = datagramSequence(datagram);
    if (sequence <= route.lastInbound) {
      dropped.stale_sequence++;
      return;
    }
    // Sealed: opened only now, so a replayed datagram costs no decryption.
    const message = seal === undefined ? datagramMessage(datagram) : seal.open(datagram);
    if (message === undefined) {
      dropped.bad_seal++;
      return;
    }
    route.lastInbound = sequence;
    this.totals.received++;
    this.totals.bytesReceived += datagram.length;
    this.#heard(route, kind, from);
    if (kind === DatagramKind.message) route.owner.receiveDatagram(message);
  }

  /**
   * A datagram from the client was accepted: the channel is alive, bound to the address it came
   * from (a first datagram binds it, a later one from elsewhere moves it: NAT rebinding), and a
   * hello, or the datagram that binds, is answered with `bound`.
   */
  #heard(route: DatagramRoute, kind: DatagramKind, from: RemoteInfo): void {
    const now = performance.now();
    route.lastHeardAt = now;
    const binding = !route.bound;
    route.address = from.address;
    route.remotePort = from.port;
    // Any datagram binds: under load the kernel drops datagrams, hellos among them, and a client
    // whose channel the server let go keeps sending its moves; they bring the channel back.
    if (binding) route.owner.datagramsBound(true);
    if (!binding && (kind !== DatagramKind.hello || now - route.lastBoundAt < BOUND_REPLY_INTERVAL_MS)) return;
    route.lastBoundAt = now;
    writeDatagramHeader(this.#bound, DatagramKind.bound, route.channelId, route.token, route.framesSequence);
    this.sendDatagram(route.seal === undefined ? Buffer.from(this.#bound) : route.seal.seal(this.#bound), from.address, from.port);
  }

  #letIdleGo(now: number): void {
    for (const route of this.#routes.values()) {
      if (route.bound && now - route.lastHeardAt > this.#idleMs) this.fallBack(route);
    }
  }
}
