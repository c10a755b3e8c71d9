/**
 * The client's end of a datagram channel (Node, node:dgram): a UDP socket connected to the
 * server's datagram port that binds the channel, keeps it alive, sends move inputs and takes
 * world frames (docs/protocol.md, "Datagrams").
 *
 * - Binding: a `hello` every {@link DatagramLinkTimings.helloRetryMs} ms until the server
 *   answers, {@link DatagramLinkTimings.helloAttempts} of them, then one every
 *   {@link DatagramLinkTimings.keepaliveMs} ms for as long as it takes: a server too busy to
 *   read its port drops datagrams, hellos among them, and the channel must come up once it
 *   catches up (meanwhile the connection carries everything). Any valid datagram from the
 *   server is an answer (the reset frame it sends on binding may come before its `bound`).
 *   Only a socket that cannot be opened gives up.
 * - Once bound: a `hello` every {@link DatagramLinkTimings.keepaliveMs} ms keeps NAT mappings
 *   open, and its `bound` answer shows frames lost at the end of a burst. When no valid datagram
 *   has come for {@link DatagramLinkTimings.silenceMs} ms (checked on that timer) the link stops,
 *   so the server, hearing no hellos, falls back to the connection too.
 * - Every datagram received is checked: a well-formed header, a kind the server sends, this
 *   channel's id and token, or on a sealed channel (a grant with a key) its seal, which every
 *   datagram the link sends has too; `frames` datagrams must hold world frames only. Anything else is
 *   dropped and counted, never thrown. The order of the frames is the
 *   {@link DatagramSequencer}'s business; a resync it asks for is sent over the connection by
 *   the `requestResync` event, checked whenever a datagram arrives and on the timer.
 * - Client datagrams (hellos and messages) carry one counter, from 1 up.
 * - A move input is repeated until a world frame acknowledges it: a lost datagram in the middle
 *   of a walk is made good by the next input (each supersedes the last), but the last one
 *   before a player stops sending (a stop, then silence) has no next, and lost, it would leave
 *   the character walking on until the player's next key press. So while the newest move is
 *   unacknowledged, it goes again {@link DatagramLinkTimings.moveRepeatMs} ms after it was last
 *   sent, {@link DatagramLinkTimings.moveRepeats} times at most, each time in a new datagram;
 *   the server drops the copies it already has. One timer per link, pushed back by every move,
 *   so a steady walk never wakes it.
 *
 * Its timers are unref'd and cleared when it stops, so it never keeps a process alive.
 * @module
 */
import { createSocket } from 'node:dgram';
import type { Socket } from 'node:dgram';
import { isIPv6 } from 'node:net';
import { performance } from 'node:perf_hooks';
import { DATAGRAM_KEY_BYTES, DatagramSeal } from '@realmforge/protocol/datagram-seal';
import {
  DATAGRAM_FLAG_RESET,
  DATAGRAM_HEADER_BYTES,
  DATAGRAM_TOKEN_BYTES,
  datagramChannelId,
  datagramFlags,
  DatagramKind,
  datagramKind,
  datagramProblem,
  datagramSequence,
  datagramTokenMatches,
  isWorldFrameMessage,
  readDatagramFrames,
  worldFrameAck,
  worldFrameTick,
  writeDatagramHeader,
} from '@realmforge/protocol';
import { DatagramSequencer, RESYNC_RETRY_MS } from './datagram-sequencer.ts';
import type { DatagramCounters, DatagramGrant, DatagramLinkState } from './transport.ts';

/** The link's intervals and limits; the defaults are the protocol's. */
export interface DatagramLinkTimings {
  /** Between hellos while binding, ms (250). */
  readonly helloRetryMs?: number;
  /** Hellos sent every helloRetryMs while binding before slowing to one every keepaliveMs (20). */
  readonly helloAttempts?: number;
  /** Between keepalive hellos once bound, ms (2,000). */
  readonly keepaliveMs?: number;
  /** Silence from the server after which a bound link stops, ms (10,000). */
  readonly silenceMs?: number;
  /** Wait for a reset datagram before asking for a resync again, ms (1,000). */
  readonly resyncRetryMs?: number;
  /** Time after a move input was last sent before it goes again while no frame acknowledges it, ms (150). */
  readonly moveRepeatMs?: number;
  /** Times one move input is repeated at most (20). */
  readonly moveRepeats?: number;
}

/** What the link tells its transport. */
export interface DatagramLinkEvents {
  /** One ServerMessage body (a world frame) from a datagram taken, in order. */
  readonly deliver: (body: Uint8Array) => void;
  /** Frames were lost: send ResyncFrames over the connection. */
  readonly requestResync: () => void;
  /** The size of each datagram sent or received, header included. */
  readonly traffic?: (direction: 'in' | 'out', bytes: number) => void;
  /** The link stopped for good before it was closed (its socket could not be opened, or the server fell silent). */
  readonly ended?: (state: 'gaveUp' | 'fellBack', reason: string) => void;
}

const DEFAULT_TIMINGS: Required<DatagramLinkTimings> = {
  helloRetryMs: 250,
  helloAttempts: 20,
  keepaliveMs: 2000,
  silenceMs: 10_000,
  resyncRetryMs: RESYNC_RETRY_MS,
  moveRepeatMs: 150,
  moveRepeats: 20,
};

/** The newest move input sent, while no frame has acknowledged it. */
interface UnackedMove {
  readonly body: Uint8Array;
  readonly sequence: number;
  repeats: number;
}

/** A client's datagram channel to the server. */
export class DatagramLink {
  readonly #grant: DatagramGrant;
  readonly #events: DatagramLinkEvents;
  readonly #timings: Required<DatagramLinkTimings>;
  readonly #socket: Socket;
  readonly #sequencer: DatagramSequencer;
  /** Seals and opens the datagrams of a sealed channel. */
  readonly #seal: DatagramSeal | undefined;
  #state: DatagramLinkState = 'binding';
  #wasBound = false;
  #nextSequence = 1;
  #hellosSent = 0;
  #lastHeardAt = 0;
  /** The tick of the last reset frame taken from a datagram. */
  #resetTick: number | undefined;
  #timer: NodeJS.Timeout | undefined;
  /** Fires {@link DatagramLinkTimings.moveRepeatMs} after the last move sent; created with the first. */
  #repeatTimer: NodeJS.Timeout | undefined;
  #unacked: UnackedMove | undefined;
  #moveRepeats = 0;
  #rejected = 0;
  #lateFrames = 0;
  #socketErrors = 0;
  #messagesSent = 0;
  readonly #sent = (error: Error | null): void => {
    if (error !== null) this.#socketErrors++;
  };

  /**
   * Opens the socket and starts saying hello.
   * @param host - the server's address: the one the connection reached (its socket's remoteAddress)
   * @param grant - the server's DatagramChannel answer
   * @param events - where frames, resync requests, traffic and the end go
   * @param timings - intervals and limits, the protocol's by default (tests shorten them)
   * @throws RangeError for a grant with a token that is not 16 bytes, a key that is neither empty
   *   nor 32 bytes, or a port out of range
   */
  constructor(host: string, grant: DatagramGrant, events: DatagramLinkEvents, timings: DatagramLinkTimings = {}) {
    if (grant.token.length !== DATAGRAM_TOKEN_BYTES) throw new RangeError(`a datagram token is ${DATAGRAM_TOKEN_BYTES} bytes, not ${grant.token.length}`);
    const key = grant.key ?? new Uint8Array(0);
    if (key.length !== 0 && key.length !== DATAGRAM_KEY_BYTES) throw new RangeError(`a datagram key is ${DATAGRAM_KEY_BYTES} bytes (or none), not ${key.length}`);
    if (!Number.isInteger(grant.port) || grant.port < 1 || grant.port > 65_535) throw new RangeError(`the datagram port ${grant.port} is out of range`);
    this.#grant = grant;
    this.#seal = key.length === 0 ? undefined : new DatagramSeal(key);
    this.#events = events;
    this.#timings = { ...DEFAULT_TIMINGS, ...timings };
    this.#sequencer = new DatagramSequencer(this.#timings.resyncRetryMs);
    this.#socket = createSocket(isIPv6(host) ? 'udp6' : 'udp4');
    this.#socket.on('message', (datagram: Buffer) => {
      this.#receive(datagram);
    });
    this.#socket.on('error', () => {
      this.#socketErrors++;
    });
    this.#socket.connect(grant.port, host, (error?: Error) => {
      if (this.#state !== 'binding') return;
      if (error !== undefined) {
        this.#socketErrors++;
        this.#end('gaveUp', `cannot reach ${host}:${grant.port}: ${error.message}`);
        return;
      }
      this.#sendHello();
      this.#timer = setInterval(() => {
        this.#bindingTick();
      }, this.#timings.helloRetryMs).unref();
    });
  }

  /** Where the link stands. */
  get state(): DatagramLinkState {
    return this.#state;
  }

  /** What the link has done so far. */
  counters(): DatagramCounters {
    const s = this.#sequencer;
    return {
      state: this.#state,
      wasBound: this.#wasBound,
      taken: s.taken,
      dropped: s.dropped,
      lost: s.lost,
      resyncs: s.resyncs,
      rejected: this.#rejected,
      lateFrames: this.#lateFrames,
      socketErrors: this.#socketErrors,
      messagesSent: this.#messagesSent,
      moveRepeats: this.#moveRepeats,
    };
  }

  /**
   * Sends one ClientMessage body by datagram; false when it did not (the link is not bound, or
   * the datagram would exceed the grant's largest).
   * @param moveSequence - the sequence of the MoveInput the body holds: it is repeated until a
   *   world frame acknowledges it (or a newer move replaces it)
   */
  sendMessage(body: Uint8Array, moveSequence?: number): boolean {
    if (this.#state !== 'bound' || DATAGRAM_HEADER_BYTES + body.length > this.#grant.maxDatagramBytes) return false;
    this.#sendBody(body);
    if (moveSequence !== undefined) {
      this.#unacked = { body, sequence: moveSequence, repeats: 0 };
      this.#armRepeat();
    }
    return true;
  }

  /**
   * True for a world frame that came over the connection older (by tick) than the last reset
   * taken from a datagram: the server sent it before it bound the channel, and it is to be
   * dropped. Counted.
   */
  lateFromConnection(body: Uint8Array): boolean {
    if (this.#resetTick === undefined || !isWorldFrameMessage(body)) return false;
    const tick = worldFrameTick(body);
    if (tick === undefined || tick >= this.#resetTick) return false;
    this.#lateFrames++;
    return true;
  }

  /** Stops the link and closes its socket (with its connection, or when a new channel replaces it). */
  close(): void {
    if (this.#state === 'binding' || this.#state === 'bound') this.#stop('closed');
  }

  #sendBody(body: Uint8Array): void {
    const datagram = this.#datagram(DatagramKind.message, body.length);
    datagram.set(body, DATAGRAM_HEADER_BYTES);
    this.#send(datagram);
    this.#messagesSent++;
  }

  /** (Re)starts the repeat timer's wait: a timer refreshed, not a new one per move. */
  #armRepeat(): void {
    if (this.#repeatTimer === undefined) {
      this.#repeatTimer = setTimeout(() => {
        this.#repeatMove();
      }, this.#timings.moveRepeatMs).unref();
    } else {
      this.#repeatTimer.refresh();
    }
  }

  #repeatMove(): void {
    const move = this.#unacked;
    if (this.#state !== 'bound' || move === undefined) return;
    if (move.repeats >= this.#timings.moveRepeats) {
      this.#unacked = undefined;
      return;
    }
    move.repeats++;
    this.#moveRepeats++;
    this.#sendBody(move.body);
    this.#armRepeat();
  }

  #bindingTick(): void {
    this.#sendHello();
    if (this.#hellosSent !== this.#timings.helloAttempts) return;
    // No answer yet: keep asking, at the keepalive's pace.
    clearInterval(this.#timer);
    this.#timer = setInterval(() => {
      this.#sendHello();
    }, this.#timings.keepaliveMs).unref();
  }

  #keepaliveTick(): void {
    const now = performance.now();
    if (now - this.#lastHeardAt >= this.#timings.silenceMs) {
      this.#end('fellBack', `no datagram from the server for ${Math.round(now - this.#lastHeardAt)} ms`);
      return;
    }
    this.#sendHello();
    this.#askResyncIfDue(now);
  }

  #receive(datagram: Buffer): void {
    this.#events.traffic?.('in', datagram.length);
    if (this.#state !== 'binding' && this.#state !== 'bound') return;
    const payload = this.#fromServer(datagram);
    if (payload === undefined) {
      this.#rejected++;
      return;
    }
    const now = performance.now();
    this.#lastHeardAt = now;
    if (this.#state === 'binding') this.#bind();
    if (datagramKind(datagram) === DatagramKind.bound) this.#sequencer.bound(datagramSequence(datagram));
    else this.#takeFrames(datagram, payload);
    this.#askResyncIfDue(now);
  }

  /**
   * The payload (opened, on a sealed channel) of a well-formed datagram of a kind the server
   * sends, for this channel; undefined for anything else.
   */
  #fromServer(datagram: Uint8Array): Uint8Array | undefined {
    if (datagramProblem(datagram) !== undefined) return undefined;
    const kind = datagramKind(datagram);
    if (kind !== DatagramKind.frames && kind !== DatagramKind.bound) return undefined;
    if (datagramChannelId(datagram) !== this.#grant.channelId) return undefined;
    if (this.#seal !== undefined) return this.#seal.open(datagram);
    return datagramTokenMatches(datagram, this.#grant.token) ? datagram.subarray(DATAGRAM_HEADER_BYTES) : undefined;
  }

  #takeFrames(datagram: Uint8Array, payload: Uint8Array): void {
    const sequence = datagramSequence(datagram);
    const flags = datagramFlags(datagram);
    const frames: Uint8Array[] = [];
    try {
      readDatagramFrames(payload, frames, 0);
    } catch {
      frames.length = 0;
    }
    const first = frames[0];
    if (first === undefined || !frames.every(isWorldFrameMessage)) {
      this.#rejected++;
      this.#sequencer.unreadable(sequence);
      return;
    }
    if (!this.#sequencer.frames(sequence, flags)) return;
    if ((flags & DATAGRAM_FLAG_RESET) !== 0) this.#resetTick = worldFrameTick(first) ?? this.#resetTick;
    const move = this.#unacked;
    // Acknowledgements only grow, so a datagram's last frame holds its newest.
    if (move !== undefined && (worldFrameAck(frames[frames.length - 1] ?? first) ?? 0) >= move.sequence) this.#unacked = undefined;
    for (const body of frames) {
      // A deliver may close the link (its transport failed).
      if (this.#state !== 'bound') return;
      this.#events.deliver(body);
    }
  }

  #askResyncIfDue(now: number): void {
    if (this.#state === 'bound' && this.#sequencer.resyncDue(now)) this.#events.requestResync();
  }

  #bind(): void {
    this.#state = 'bound';
    this.#wasBound = true;
    clearInterval(this.#timer);
    this.#timer = setInterval(() => {
      this.#keepaliveTick();
    }, this.#timings.keepaliveMs).unref();
  }

  #sendHello(): void {
    if (this.#state === 'binding') this.#hellosSent++;
    this.#send(this.#datagram(DatagramKind.hello, 0));
  }

  /** A new datagram of this kind with its header written, room for `payloadBytes` after it. */
  #datagram(kind: DatagramKind, payloadBytes: number): Buffer {
    const datagram = Buffer.allocUnsafe(DATAGRAM_HEADER_BYTES + payloadBytes);
    writeDatagramHeader(datagram, kind, this.#grant.channelId, this.#grant.token, this.#nextSequence);
    this.#nextSequence++;
    return datagram;
  }

  #send(datagram: Buffer): void {
    this.#events.traffic?.('out', datagram.length);
    this.#socket.send(this.#seal === undefined ? datagram : this.#seal.seal(datagram), this.#sent);
  }

  #end(state: 'gaveUp' | 'fellBack', reason: string): void {
    this.#stop(state);
    this.#events.ended?.(state, reason);
  }

  #stop(state: 'gaveUp' | 'fellBack' | 'closed'): void {
    this.#state = state;
    clearInterval(this.#timer);
    this.#timer = undefined;
    clearTimeout(this.#repeatTimer);
    this.#unacked = undefined;
    this.#socket.close();
  }
}
