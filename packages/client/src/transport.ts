/**
 * What the client needs of a transport: message bodies in and out. One message body is one
 * protobuf ServerMessage or ClientMessage; framing is the transport's business. A transport
 * over TCP or TLS can also carry a datagram (UDP) channel beside its connection, for move
 * inputs and world frames (docs/protocol.md, "Datagrams").
 * @module
 */

/** How a ServerMessage body reached the client: over the connection, or in a datagram. */
export type MessageCarrier = 'connection' | 'datagram';

/** Where and how to send datagrams: the server's DatagramChannel answer. */
export interface DatagramGrant {
  /** UDP port on the address the connection reached. */
  readonly port: number;
  /** Names the channel in every datagram, both ways. */
  readonly channelId: number;
  /** The channel's 16-byte token, in every datagram both ways (a channel without a key). */
  readonly token: Uint8Array;
  /**
   * A sealed channel's 32-byte key: every datagram both ways is encrypted and authenticated
   * with it. Empty or absent: the channel uses the token.
   */
  readonly key?: Uint8Array;
  /** The largest datagram the server sends or accepts, header included. */
  readonly maxDatagramBytes: number;
}

/**
 * Where a datagram channel stands: `binding` (saying hello, no answer yet: the connection
 * carries everything meanwhile), `bound` (frames and moves travel by datagram), `gaveUp` (its
 * socket could not be opened), `fellBack` (the server fell silent), `closed` (closed with its
 * connection, or replaced by a new channel). In the last three, the connection carries
 * everything for good.
 */
export type DatagramLinkState = 'binding' | 'bound' | 'gaveUp' | 'fellBack' | 'closed';

/** What a datagram channel has done so far. */
export interface DatagramCounters {
  /** Where the channel stands now. */
  readonly state: DatagramLinkState;
  /** True once the server answered (the channel bound), whatever its state now. */
  readonly wasBound: boolean;
  /** World-frame datagrams taken (their frames delivered). */
  readonly taken: number;
  /** World-frame datagrams dropped: duplicates, late ones, and those that came while waiting for a reset. */
  readonly dropped: number;
  /** Times world-frame datagrams were found missing and a reset had to be waited for. */
  readonly lost: number;
  /** Times the server was asked for a reset frame (first asks and retries). */
  readonly resyncs: number;
  /** Datagrams refused: malformed, of a kind a client does not take, for another channel or token, or with frames that cannot be read. */
  readonly rejected: number;
  /** World frames the connection delivered late (older than a reset taken by datagram), dropped. */
  readonly lateFrames: number;
  /** Errors the UDP socket reported (an unreachable port, say); counted, never thrown. */
  readonly socketErrors: number;
  /** Messages (move inputs) sent by datagram, repeats included. */
  readonly messagesSent: number;
  /** Of those, repeats of a move input no world frame had acknowledged yet. */
  readonly moveRepeats: number;
}

/** A connected transport. */
export interface ClientTransport {
  /** Sends one ClientMessage body. */
  send(body: Uint8Array): void;
  /** ServerMessage bodies as they arrive; ends when the connection closes. */
  messages(): AsyncIterable<Uint8Array>;
  /** Closes the connection (and its datagram channel). */
  close(): void;
  /**
   * Opens a datagram channel beside the connection with the server's grant, replacing any
   * channel opened before; absent on transports that cannot carry datagrams (WebSocket). The
   * frames its datagrams bring join {@link ClientTransport.messages} with the connection's.
   * `requestResync` is called when frames were lost: it must send ResyncFrames over the
   * connection.
   * @throws Error when the connection is closed or the grant cannot be used
   */
  attachDatagrams?(grant: DatagramGrant, requestResync: () => void): void;
  /**
   * Sends one ClientMessage body (a MoveInput; the server drops anything else) by datagram,
   * repeated until a world frame acknowledges `moveSequence` (the input's sequence). False when
   * it did not: no channel bound, or the body does not fit a datagram; the caller then sends it
   * over the connection.
   */
  sendDatagram?(body: Uint8Array, moveSequence: number): boolean;
  /** The counters of the datagram channel opened last, or undefined when none was. */
  datagramCounters?(): DatagramCounters | undefined;
}

/** How a transport treats inbound messages. */
export interface TransportOptions {
  /**
   * Called with each ServerMessage body as it arrives, synchronously and before anything
   * decodes it, with how it came; returning false keeps the message from
   * {@link ClientTransport.messages}. For code that must see every message cheaply, such as a
   * load generator that counts world frames without decoding them. A throw ends the connection
   * with that error.
   */
  readonly inspect?: (body: Uint8Array, carrier: MessageCarrier) => boolean;
  /**
   * Called with the size of each datagram the datagram channel sends or receives, header
   * included (hellos and refused datagrams too), for code that counts traffic.
   */
  readonly datagramTraffic?: (direction: 'in' | 'out', bytes: number) => void;
  /**
   * Called once when a datagram channel stops for good before its connection closes: it gave
   * up (no answer to its hellos) or fell back (the server fell silent). The connection carries
   * everything from then on; this is a notice, not an error.
   */
  readonly datagramChannelEnded?: (state: 'gaveUp' | 'fellBack', reason: string) => void;
}
