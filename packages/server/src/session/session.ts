/**
 * One client's session: an async read loop over its connection that decodes each message and
 * runs it through the session's state machine (handshake, guest, account, in world).
 * @module
 */
import { randomUUID } from 'node:crypto';
import {
  clientPayload,
  decodeClientMessage,
  decodeMoveInputMessage,
  encodeServerMessage,
  ErrorCode,
  isProtocolError,
  PROTOCOL_VERSION,
} from '@realmforge/protocol';
import type { ClientPayload, ServerMessageInit } from '@realmforge/protocol';
import type { AccountService } from '../accounts/account-service.ts';
import type { Anticheat } from '../anticheat/anticheat.ts';
import { isImpossibleAction } from '../anticheat/impossible-actions.ts';
import type { Moderation } from '../anticheat/moderation.ts';
import { describeRequest } from '../anticheat/player-watch.ts';
import type { PlayerWatch } from '../anticheat/player-watch.ts';
import type { LoginThrottle } from '../accounts/login-throttle.ts';
import type { CharacterService } from '../characters/character-service.ts';
import type { ChatService } from '../chat/chat-service.ts';
import type { ServerConfig } from '../config/config.ts';
import type { Connection } from '../net/connection.ts';
import type { DatagramPort } from '../net/datagram-port.ts';
import type { DatagramOwner, DatagramRoute } from '../net/datagram-route.ts';
import type { Logger } from '../ops/logger.ts';
import { serverMessageKind } from '../ops/message-kind.ts';
import { errorCodeName } from '../ops/metrics.ts';
import type { SessionMetrics } from '../ops/metrics.ts';
import type { Social } from '../social/social.ts';
import type { PlayerEntity } from '../world/player-entity.ts';
import type { World } from '../world/world.ts';
import type { DatagramGrant, RequestHandler, SessionControl } from './handler.ts';
import { handlers } from './handler-table.ts';
import { SessionRateLimiter } from './message-limiter.ts';
import type { MessageRatePolicy, RateVerdict } from './message-limiter.ts';
import type { CombatSystem } from '../world/combat/combat-system.ts';
import type { Economy } from '../economy/economy.ts';
import type { Vendor } from '../economy/vendors.ts';
import type { TradeService } from '../trade/trade-service.ts';
import type { PlayerLink, Presence, Realm } from './realm.ts';
import { RequestError } from './request-error.ts';

/** The key of a channel with a token (DatagramChannel.key left empty). */
const EMPTY_KEY = new Uint8Array(0);

/** Where a session is in its life. */
export type SessionState = 'handshake' | 'guest' | 'account' | 'world' | 'closed';

/** The server parts a session talks to. */
export interface SessionServices {
  /** Validated configuration. */
  readonly config: ServerConfig;
  /** Logger; each session makes a child carrying its id. */
  readonly log: Logger;
  /** Accounts and passwords. */
  readonly accounts: AccountService;
  /** Characters. */
  readonly characters: CharacterService;
  /** Player lifecycle. */
  readonly realm: Realm;
  /** The world. */
  readonly world: World;
  /** Per-session message rate limits: the table every session's buckets follow. */
  readonly messageRates: MessageRatePolicy;
  /** Throttles password guessing per account, address and pair. */
  readonly logins: LoginThrottle;
  /** Where message, request and heartbeat counts go. */
  readonly metrics: SessionMetrics;
  /** Chat routing, rate limits and mutes. */
  readonly chat: ChatService;
  /** Parties and guilds. */
  readonly social: Social;
  /** Inventories, wallets and the economy ledger. */
  readonly economy: Economy;
  /** Vendors by id, as placed in the maps. */
  readonly vendors: ReadonlyMap<string, Vendor>;
  /** Player-to-player trades. */
  readonly trades: TradeService;
  /** Combat: requests queued to the zones' ticks. */
  readonly combat: CombatSystem;
  /** Cheat detections, suspicion and automatic sanctions. */
  readonly anticheat: Anticheat;
  /** Bans, mutes, kicks and the audit log (the login checks bans here). */
  readonly moderation: Moderation;
  /** The UDP port of datagram channels, or undefined when the server has none. */
  readonly datagrams: DatagramPort | undefined;
}

type Handled = ServerMessageInit | undefined;

/** A connected client. */
export class Session implements PlayerLink, SessionControl, DatagramOwner {
  /** Random id for logs and correlation. */
  readonly id = randomUUID();
  readonly #connection: Connection;
  readonly #services: SessionServices;
  readonly #baseLog: Logger;
  #log: Logger;
  #state: SessionState = 'handshake';
  #presence: Presence | undefined;
  #lastHeardAt = Date.now();
  #pingNonce = 0;
  /** When the unanswered heartbeat ping went out (server clock), or 0 once it was answered. */
  #pingSentAt = 0;
  #rttMs: number | undefined;
  /** Arrival time (performance.now) of the oldest movement input no frame has acknowledged yet; NaN when none. */
  #inputWaitingSince = Number.NaN;
  /** That input's sequence. */
  #inputWaitingSequence = 0;
  readonly #limiter: SessionRateLimiter;
  /** Whether debug lines are logged: fixed at start, and asking pino costs a lookup per message. */
  readonly #debugLogged: boolean;
  /** The anti-cheat's view of this session: movement checks and detection reports. */
  readonly watch: PlayerWatch;
  #endReason = 'closed';
  /** The connection's datagram channel, once the client asked for one. */
  #route: DatagramRoute | undefined;

  /**
   * @param connection - the client's connection
   * @param services - the server parts the session uses
   */
  constructor(connection: Connection, services: SessionServices) {
    this.#connection = connection;
    this.#services = services;
    this.#baseLog = services.log.child({ sessionId: this.id, transport: connection.transport, remote: connection.remoteAddress });
    this.#log = this.#baseLog;
    this.#debugLogged = this.#baseLog.isLevelEnabled('debug');
    this.#limiter = new SessionRateLimiter(services.messageRates, Date.now());
    this.watch = services.anticheat.watch(this);
    connection.onOverflow = () => {
      this.#log.warn({ maxOutboundBytes: services.config.maxOutboundBytes }, 'disconnecting slow consumer: outbound queue bound exceeded');
      this.#endReason = errorCodeName(ErrorCode.ERROR_CODE_SLOW_CONSUMER);
      this.#state = 'closed';
    };
  }

  /** Where the session is in its life. */
  get state(): SessionState {
    return this.#state;
  }

  /** True once the connection is gone or closing. */
  get closed(): boolean {
    return this.#state === 'closed' || this.#connection.closed;
  }

  /** The server parts the session uses. */
  get services(): SessionServices {
    return this.#services;
  }

  /** The session's logger, carrying its correlation ids. */
  get log(): Logger {
    return this.#log;
  }

  /** The session itself, as the realm sees it. */
  get link(): PlayerLink {
    return this;
  }

  /** The client's address, for per-address limits. */
  get remoteAddress(): string {
    return this.#connection.remoteAddress;
  }

  /** Binds a presence after a login or resume. */
  bind(presence: Presence): void {
    this.#presence = presence;
    this.#state = presence.characterId === undefined ? 'account' : 'world';
    this.#log = this.#baseLog.child({ accountId: presence.accountId, characterId: presence.characterId });
  }

  /** Forgets the presence after a logout. */
  unbind(): void {
    this.#presence = undefined;
    this.#state = 'guest';
    this.#log = this.#baseLog;
  }

  /** Marks the session as playing a character. */
  enteredWorld(characterId: string): void {
    this.#state = 'world';
    this.#log = this.#log.child({ characterId });
  }

  inputQueued(sequence: number): void {
    if (!Number.isNaN(this.#inputWaitingSince)) return;
    this.#inputWaitingSince = performance.now();
    this.#inputWaitingSequence = sequence;
  }

  /** The last measured heartbeat round trip, ms. */
  get rttMs(): number | undefined {
    return this.#rttMs;
  }

  /** The account's presence while logged in. */
  get presence(): Presence | undefined {
    return this.#presence;
  }

  /** Why the session ended, for metrics: the ErrorCode name it closed with, or "closed". */
  get endReason(): string {
    return this.#endReason;
  }

  /**
   * Reads and handles messages until the connection ends. Never rejects: a protocol error is
   * reported to the client and closes the connection; anything unexpected is logged and also
   * closes only this connection.
   */
  async run(): Promise<void> {
    this.#log.debug('session opened');
    try {
      for await (const body of this.#connection.messages()) {
        const now = Date.now();
        this.#lastHeardAt = now;
        // Movement inputs, most of what arrives, skip the generated decoder (move-input-decoder.ts).
        const move = decodeMoveInputMessage(body);
        let requestId: number;
        let payload: ClientPayload | undefined;
        if (move === undefined) {
          const message = decodeClientMessage(body);
          requestId = message.requestId;
          payload = clientPayload(message);
          if (payload === undefined) continue;
        } else {
          requestId = move.requestId;
          payload = { kind: 'moveInput', value: move.moveInput };
        }
        this.#services.metrics.messageReceived(payload.kind);
        const verdict = this.#limiter.admit(payload.kind, now);
        if (verdict !== 'admit') {
          this.#rateLimited(requestId, payload.kind, verdict, now);
          if (this.closed) break;
          continue;
        }
        const handling = this.#handle(requestId, payload);
        if (handling !== undefined) await handling;
        if (this.closed) break;
      }
    } catch (error) {
      if (isProtocolError(error)) {
        this.#log.info({ code: error.code, reason: error.message }, 'protocol error; closing');
        this.#fail(error.code, error.message);
      } else if (!this.closed) {
        this.#log.debug({ err: error }, 'connection failed');
      }
    } finally {
      this.#closeConnection();
      if (this.#route !== undefined) this.#services.datagrams?.close(this.#route);
      if (this.#presence !== undefined) this.#services.realm.dropped(this.#presence, this);
      this.#log.debug('session closed');
    }
  }

  openDatagramChannel(): DatagramGrant {
    const port = this.#services.datagrams;
    if (port === undefined) throw new RequestError(ErrorCode.ERROR_CODE_DATAGRAMS_UNAVAILABLE, 'this server has no datagram (UDP) port');
    if (this.#connection.transport === 'ws') throw new RequestError(ErrorCode.ERROR_CODE_DATAGRAMS_UNAVAILABLE, 'a WebSocket connection cannot carry datagrams; connect over TCP or TLS');
    const old = this.#route;
    if (old !== undefined) {
      port.close(old);
      // Frames were going by the old channel: they come over the connection until the new one binds.
      if (old.bound) this.datagramsBound(false);
    }
    const route = port.open(this, this.#connection.transport);
    this.#route = route;
    this.#log.debug({ channelId: route.channelId, sealed: route.key !== undefined }, 'datagram channel opened');
    return { port: port.port, channelId: route.channelId, token: route.token, key: route.key ?? EMPTY_KEY, maxDatagramBytes: port.maxDatagramBytes };
  }

  resyncFrames(): void {
    const player = this.#playerInWorld();
    if (player !== undefined) this.#services.world.resync(player);
  }

  datagramsBound(bound: boolean): void {
    this.#log.debug({ bound }, bound ? 'datagram channel bound: world frames go by datagram' : 'datagram channel let go: world frames go over the connection');
    const player = this.#playerInWorld();
    if (player !== undefined) this.#services.world.resync(player);
  }

  /**
   * A ClientMessage that came by datagram. Only movement inputs are taken, in the world, under
   * the same rate limit as over the connection (which every datagram counts against); they are
   * handled at once (a move needs nothing the ordered read loop guards). Anything else is
   * refused with a non-fatal error.
   */
  receiveDatagram(body: Uint8Array): void {
    if (this.closed) return;
    const now = Date.now();
    if (this.#state !== 'world') return;
    // Every datagram counts against the movement rate, whatever it holds: a flood of anything
    // by datagram is a flood.
    const verdict = this.#limiter.admit('moveInput', now);
    if (verdict !== 'admit') {
      this.#rateLimited(0, 'moveInput', verdict, now);
      return;
    }
    try {
      const move = decodeMoveInputMessage(body);
      if (move === undefined) {
        this.#push({ error: { code: ErrorCode.ERROR_CODE_UNEXPECTED_MESSAGE, message: 'only MoveInput may be sent by datagram; send everything else over the connection', fatal: false } });
        return;
      }
      const player = this.#playerInWorld();
      if (player !== undefined && move.moveInput.sequence <= player.newestInput) {
        // The client repeats its newest move until a frame acknowledges it: a copy the world
        // already has is expected here, not a replay to report.
        this.#services.datagrams?.repeatedInput();
        return;
      }
      this.#services.metrics.messageReceived('moveInput');
      // The move handler answers at once; were it ever to wait, its failure must still be handled.
      this.#handle(move.requestId, { kind: 'moveInput', value: move.moveInput })?.catch((error: unknown) => {
        this.#datagramRefused(error);
      });
    } catch (error) {
      this.#datagramRefused(error);
    }
  }

  /** A datagram the protocol refuses gets a non-fatal error: it may be forged, so it never ends the session. */
  #datagramRefused(error: unknown): void {
    if (!isProtocolError(error)) {
      this.#log.error({ err: error }, 'handling a datagram failed');
      return;
    }
    this.#push({ error: { code: error.code, message: `a datagram was refused: ${error.message}`, fatal: false } });
  }

  /** The player's character while it is in the world. */
  #playerInWorld(): PlayerEntity | undefined {
    const presence = this.#presence;
    return presence === undefined ? undefined : this.#services.realm.character(presence);
  }

  /** Sends a heartbeat ping, or closes the session if the client has been silent too long. */
  heartbeat(now: number): void {
    if (this.closed) return;
    if (now - this.#lastHeardAt > this.#services.config.idleTimeoutMs) {
      this.#log.info('closing idle connection');
      this.#fail(ErrorCode.ERROR_CODE_IDLE_TIMEOUT, `nothing received for ${this.#services.config.idleTimeoutMs} ms`);
      return;
    }
    if (this.#state === 'handshake') return;
    this.#pingNonce = (this.#pingNonce + 1) >>> 0;
    this.#pingSentAt = now;
    this.#push({ ping: { nonce: this.#pingNonce, sentAtMs: now } });
  }

  deliverFrame(bytes: Uint8Array, ackSequence: number, reset: boolean): void {
    if (this.closed) return;
    const route = this.#route;
    if (route?.bound === true) {
      if (!route.sendFrame(bytes, reset)) {
        this.#log.warn({ frameBytes: bytes.length }, 'a world frame entry does not fit a datagram: frames go back to the connection');
        this.#services.datagrams?.fallBack(route);
        return;
      }
    } else if (!this.#connection.send(bytes)) return;
    this.#services.metrics.messageSent('worldFrame');
    if (ackSequence >= this.#inputWaitingSequence && !Number.isNaN(this.#inputWaitingSince)) {
      this.#services.metrics.inputAcknowledged((performance.now() - this.#inputWaitingSince) / 1000);
      this.#inputWaitingSince = Number.NaN;
    }
  }

  deliverPush(bytes: Uint8Array): void {
    if (!this.closed && this.#connection.send(bytes)) this.#services.metrics.messageSent(serverMessageKind(bytes));
  }

  deliverUnhurriedPush(bytes: Uint8Array): void {
    if (!this.closed && this.#connection.sendUnhurried(bytes)) this.#services.metrics.messageSent(serverMessageKind(bytes));
  }

  disconnect(reason: ErrorCode, message: string): void {
    if (this.closed) return;
    this.#log.info({ reason }, `disconnecting: ${message}`);
    this.#endReason = errorCodeName(reason);
    this.#push({ disconnect: { reason, message } });
    this.#closeConnection();
  }

  /**
   * Handles one request and sends its answer. A handler that answers at once (movement, ping:
   * most of what arrives) is handled without a promise; only a handler that awaits (storage,
   * the realm) returns one, and the read loop waits for it, as a session's messages are
   * handled in order.
   * @returns the handling still under way, or undefined when it is done
   * @throws ProtocolError (or rejects with it) when the request breaks the protocol
   */
  #handle(requestId: number, payload: ClientPayload): Promise<void> | undefined {
    const started = performance.now();
    let result: Handled | Promise<Handled>;
    try {
      result = this.#dispatch(payload);
    } catch (error) {
      this.#answer(requestId, payload, started, this.#failure(error, payload));
      return undefined;
    }
    if (result instanceof Promise) {
      return result.then(
        (answer) => {
          this.#answer(requestId, payload, started, answer);
        },
        (error: unknown) => {
          this.#answer(requestId, payload, started, this.#failure(error, payload));
        },
      );
    }
    this.#answer(requestId, payload, started, result);
    return undefined;
  }

  /**
   * The answer to a request whose handler threw: a RequestError's code, or STORAGE_UNAVAILABLE
   * for anything unexpected (logged).
   * @throws the error itself when it is a ProtocolError: the session ends
   */
  #failure(error: unknown, payload: ClientPayload): Handled {
    if (error instanceof RequestError) {
      this.#reportRefusal(error, payload);
      return { error: { code: error.code, message: error.message, fatal: false } };
    }
    if (isProtocolError(error)) throw error;
    this.#log.error({ err: error, request: payload.kind }, 'request failed');
    return { error: { code: ErrorCode.ERROR_CODE_STORAGE_UNAVAILABLE, message: 'the server could not complete the request; try again', fatal: false } };
  }

  /** Records a handled request in the metrics and sends its answer, if any. */
  #answer(requestId: number, payload: ClientPayload, started: number, answer: Handled): void {
    const seconds = (performance.now() - started) / 1000;
    const { metrics } = this.#services;
    const errorCode = answer?.error?.code ?? undefined;
    if (errorCode !== undefined) metrics.requestFailed(errorCode);
    if (answer !== undefined) metrics.requestCompleted(payload.kind, seconds);
    if (this.#debugLogged) {
      this.#log.debug({ request: payload.kind, requestId, durationMs: seconds * 1000, error: errorCode === undefined ? undefined : errorCodeName(errorCode) }, 'request handled');
    }
    if (answer !== undefined && !this.closed) this.#send({ requestId, ...answer });
  }

  #dispatch(payload: ClientPayload): Handled | Promise<Handled> {
    if (this.#state === 'handshake') return this.#handshake(payload);
    switch (payload.kind) {
      case 'ping':
        return { pong: { nonce: payload.value.nonce, sentAtMs: payload.value.sentAtMs, payload: payload.value.payload, repliedAtMs: Date.now() } };
      case 'pong':
        // Timed by the server's own clock: the echoed sent_at_ms is the client's word (NaN,
        // Infinity or a lie), and each ping is measured once.
        if (payload.value.nonce === this.#pingNonce && this.#pingSentAt > 0) {
          this.#rttMs = Math.max(0, Date.now() - this.#pingSentAt);
          this.#pingSentAt = 0;
          this.#services.metrics.heartbeatRtt(this.#rttMs / 1000);
        }
        return undefined;
      case 'hello':
        throw new RequestError(ErrorCode.ERROR_CODE_UNEXPECTED_MESSAGE, 'the handshake is already done');
      default:
        return (handlers[payload.kind] as RequestHandler<typeof payload.kind>)(this, payload.value);
    }
  }

  /**
   * A refusal the anti-cheat counts: an impossible action (impossible-actions.ts), or a
   * feature's own rate limit (chat).
   */
  #reportRefusal(error: RequestError, payload: ClientPayload): void {
    if (isImpossibleAction(error.code)) {
      void this.watch.report({ name: 'impossible_action', sent: describeRequest(payload), expected: `${errorCodeName(error.code)}: ${error.message}` });
    } else if (error.code === ErrorCode.ERROR_CODE_RATE_LIMITED) {
      void this.watch.report({ name: 'message_flood', sent: describeRequest(payload), expected: error.message });
    }
  }

  /** Answers a message over its rate with RATE_LIMITED, or closes a session that keeps flooding. */
  #rateLimited(requestId: number, kind: string, verdict: RateVerdict, now: number): void {
    void this.watch.report({ name: 'message_flood', sent: `${kind} over its rate (${this.#limiter.rejected} rejected)`, expected: verdict === 'disconnect' ? 'the client to slow down; it was disconnected' : `the next ${kind} after ${this.#limiter.retryAfterMs(kind, now)} ms` }, now);
    if (verdict === 'disconnect') {
      this.#log.warn({ request: kind, rejected: this.#limiter.rejected }, 'disconnecting client: it kept sending over its rate limits');
      this.#fail(ErrorCode.ERROR_CODE_RATE_LIMITED, 'too many messages over the rate limits; disconnected');
      return;
    }
    const retryMs = this.#limiter.retryAfterMs(kind, now);
    this.#services.metrics.requestFailed(ErrorCode.ERROR_CODE_RATE_LIMITED);
    this.#send({ requestId, error: { code: ErrorCode.ERROR_CODE_RATE_LIMITED, message: `too many ${kind} messages; the next is accepted in ${retryMs} ms`, fatal: false } });
  }

  #handshake(payload: ClientPayload): Handled {
    if (payload.kind !== 'hello') {
      this.#fail(ErrorCode.ERROR_CODE_HANDSHAKE_REQUIRED, 'send Hello first');
      return undefined;
    }
    const version = payload.value.protocolVersion;
    if (version !== PROTOCOL_VERSION) {
      this.#fail(ErrorCode.ERROR_CODE_PROTOCOL_VERSION_UNSUPPORTED, `protocol version ${version} is not supported; this server speaks ${PROTOCOL_VERSION}`);
      return undefined;
    }
    this.#state = 'guest';
    const { config, world } = this.#services;
    return {
      welcome: {
        protocolVersion: PROTOCOL_VERSION,
        tickRateHz: world.tickRateHz,
        serverName: config.serverName,
        heartbeatIntervalMs: config.heartbeatIntervalMs,
        idleTimeoutMs: config.idleTimeoutMs,
      },
    };
  }

  #send(message: ServerMessageInit): void {
    if (this.#connection.send(encodeServerMessage(message))) this.#services.metrics.messageSent(serverKind(message));
  }

  #push(message: ServerMessageInit): void {
    this.#send({ requestId: 0, ...message });
  }

  /** Sends a fatal error and closes. */
  #fail(code: ErrorCode, message: string): void {
    if (this.closed) return;
    this.#endReason = errorCodeName(code);
    this.#push({ error: { code, message, fatal: true } });
    this.#closeConnection();
  }

  #closeConnection(): void {
    this.#state = 'closed';
    this.#connection.close();
  }
}

/** The payload case of an outgoing message, for the sent-messages metric. */
function serverKind(message: ServerMessageInit): string {
  for (const key in message) {
    if (key !== 'requestId' && message[key as keyof ServerMessageInit] != null) return key;
  }
  return 'unknown';
}
