/**
 * Request handlers: one function per ClientMessage payload case, grouped by feature in
 * session/handlers/. The session decodes a message, finds its handler in the table and sends
 * what the handler returns as the answer. The table's type lists every payload case, so a new
 * message in the schema does not compile until it has a handler.
 * @module
 */
import { ErrorCode } from '@realmforge/protocol';
import type { ClientPayloadKind, ClientPayloads, ServerMessageInit } from '@realmforge/protocol';
import type { PlayerWatch } from '../anticheat/player-watch.ts';
import type { Logger } from '../ops/logger.ts';
import type { PlayerLink, Presence } from './realm.ts';
import { RequestError } from './request-error.ts';
import type { SessionServices, SessionState } from './session.ts';

/** What a handler may see and change of the session that received the request. */
export interface SessionControl {
  /** Session id. */
  readonly id: string;
  /** Where the session is in its life. */
  readonly state: SessionState;
  /** The account's presence while logged in. */
  readonly presence: Presence | undefined;
  /** Server parts. */
  readonly services: SessionServices;
  /** Logger carrying the session's correlation ids. */
  readonly log: Logger;
  /** The session as the realm sees it. */
  readonly link: PlayerLink;
  /** The client's address, for per-address limits. */
  readonly remoteAddress: string;
  /** The anti-cheat's view of the session: report detections here. */
  readonly watch: PlayerWatch;
  /** Binds a presence after a login or resume. */
  bind(presence: Presence): void;
  /** Forgets the presence after a logout; the session is a guest again. */
  unbind(): void;
  /** Marks the session as playing a character. */
  enteredWorld(characterId: string): void;
  /** A movement input was queued for the next tick; the session times it to the frame that acknowledges it. */
  inputQueued(sequence: number): void;
  /**
   * Opens the connection's datagram channel, replacing one it had.
   * @throws RequestError DATAGRAMS_UNAVAILABLE when the server has no UDP port or the connection is WebSocket
   */
  openDatagramChannel(): DatagramGrant;
  /** The client lost a world-frame datagram: its next frame is a reset (over whichever path frames take). */
  resyncFrames(): void;
}

/** Where and how a client sends datagrams: the DatagramChannel answer. */
export interface DatagramGrant {
  /** The server's UDP port. */
  readonly port: number;
  /** The channel's id. */
  readonly channelId: number;
  /** The channel's 16-byte token. */
  readonly token: Uint8Array;
  /** A sealed channel's 32-byte key; empty for a channel with a token. */
  readonly key: Uint8Array;
  /** The largest datagram, header included. */
  readonly maxDatagramBytes: number;
}

/** The answer to send, or undefined for none. */
export type HandlerResult = ServerMessageInit | undefined;

/** Handles one payload case. Throws RequestError for requests that cannot be served. */
export type RequestHandler<K extends ClientPayloadKind> = (session: SessionControl, request: ClientPayloads[K]) => HandlerResult | Promise<HandlerResult>;

/** Payload cases the session itself handles (handshake and heartbeat). */
export type SessionLevelKind = 'hello' | 'ping' | 'pong';

/** A handler for every other payload case. */
export type HandlerTable = { readonly [K in Exclude<ClientPayloadKind, SessionLevelKind>]: RequestHandler<K> };

/** The presence, or NOT_AUTHENTICATED. */
export function requirePresence(session: SessionControl): Presence {
  if (session.presence === undefined) throw new RequestError(ErrorCode.ERROR_CODE_NOT_AUTHENTICATED, 'log in first');
  return session.presence;
}

/** The presence while choosing a character (logged in, not in the world). */
export function requireLobby(session: SessionControl): Presence {
  const presence = requirePresence(session);
  if (session.state === 'world') throw new RequestError(ErrorCode.ERROR_CODE_ALREADY_IN_WORLD, 'a character is already in the world; log out first');
  return presence;
}

/** Refuses requests that need a guest (not logged in) session. */
export function requireGuest(session: SessionControl, message: string): void {
  if (session.state !== 'guest') throw new RequestError(ErrorCode.ERROR_CODE_ALREADY_AUTHENTICATED, message);
}
