/**
 * The client SDK's session: handshake, requests matched to answers by request id, automatic
 * heartbeat answers, and typed helpers for the account and character flow. Move inputs go by
 * datagram once a datagram channel is open (TCP and TLS), over the connection otherwise.
 * @module
 */
import {
  CharacterClass,
  ChatChannel,
  decodeServerMessage,
  encodeClientMessage,
  ErrorCode,
  PROTOCOL_VERSION,
  serverPayload,
} from '@realmforge/protocol';
import type { ClientMessageInit, ServerMessage, ServerPayloadKind, ServerPayloads } from '@realmforge/protocol';
import { SocialClient } from './social-client.ts';
import { EconomyClient } from './economy-client.ts';
import type { ClientTransport, DatagramCounters } from './transport.ts';
import { WorldMirror } from './world-mirror.ts';

/** The server answered a request with an Error, or closed the connection with one. */
export class ServerError extends Error {
  /** The wire error code. */
  readonly code: ErrorCode;
  /** True when the server closes the connection after it. */
  readonly fatal: boolean;

  /**
   * @param code - wire error code
   * @param message - the server's explanation
   * @param fatal - whether the connection closes
   */
  constructor(code: ErrorCode, message: string, fatal: boolean) {
    super(`${(ErrorCode as Record<number, string | undefined>)[code] ?? String(code)}: ${message}`);
    this.name = 'ServerError';
    this.code = code;
    this.fatal = fatal;
  }
}

/** A request payload without the envelope's request id. */
export type ClientRequest = Omit<ClientMessageInit, 'requestId'>;

/** Listener for messages the server pushes (request id 0). */
export type PushListener = (message: ServerMessage) => void;

/** A chat message the server pushed. */
export type ChatMessage = ServerPayloads['chatMessage'];

/** Listener for pushed chat messages. */
export type ChatListener = (message: ChatMessage) => void;

interface Pending {
  resolve: (message: ServerMessage) => void;
  reject: (error: Error) => void;
}

/** A client session over any transport. */
export class GameClient {
  readonly #transport: ClientTransport;
  readonly #pending = new Map<number, Pending>();
  readonly #listeners = new Set<PushListener>();
  #nextRequestId = 1;
  #moveSequence = 0;
  #closedWith: Error | undefined;
  #social: SocialClient | undefined;
  /** The mirror of the world, fed by every WorldFrame the server pushes. */
  readonly world: WorldMirror;
  /**
   * Items, vendors and trade, with the inventory mirror; made with the client so the
   * InventoryState pushed on entering the world is never missed.
   */
  readonly economy: EconomyClient;
  /** Resolves when the connection has closed, with the reason if the server gave one. */
  readonly closed: Promise<ServerError | undefined>;

  /**
   * @param transport - a connected transport
   * @param world - the world mirror to feed (one with listeners, say); a plain one by default
   */
  constructor(transport: ClientTransport, world: WorldMirror = new WorldMirror()) {
    this.#transport = transport;
    this.world = world;
    this.economy = new EconomyClient(this);
    this.closed = this.#readLoop();
  }

  /** Party and guild requests, and listeners for their pushes. */
  get social(): SocialClient {
    this.#social ??= new SocialClient(this);
    return this.#social;
  }

  /** Registers a listener for pushed messages; returns a function that removes it. */
  onPush(listener: PushListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Registers a listener for pushed chat messages (every channel, own messages and whisper
   * echoes included); returns a function that removes it.
   */
  onChat(listener: ChatListener): () => void {
    return this.onPush((message) => {
      const payload = serverPayload(message);
      if (payload?.kind === 'chatMessage') listener(payload.value);
    });
  }

  /** Sends a request and resolves with the server's answer; rejects with ServerError on an Error answer. */
  request(payload: ClientRequest): Promise<ServerMessage> {
    if (this.#closedWith !== undefined) return Promise.reject(this.#closedWith);
    const requestId = this.#nextRequestId;
    this.#nextRequestId = (this.#nextRequestId % 0xffff_fffe) + 1;
    return new Promise((resolve, reject) => {
      this.#pending.set(requestId, { resolve, reject });
      this.#transport.send(encodeClientMessage({ ...payload, requestId }));
    });
  }

  /** Sends a message that expects no answer. */
  send(payload: ClientRequest): void {
    this.#transport.send(encodeClientMessage({ ...payload, requestId: 0 }));
  }

  /** Handshake; resolves with the server's Welcome. */
  async hello(protocolVersion: number = PROTOCOL_VERSION, clientName = '@realmforge/client'): Promise<ServerPayloads['welcome']> {
    return expect(await this.request({ hello: { protocolVersion, clientName } }), 'welcome');
  }

  /** Creates an account; resolves with its id. */
  async register(username: string, password: string): Promise<string> {
    return expect(await this.request({ register: { username, password } }), 'registered').accountId;
  }

  /** Logs in; resolves with the account id and a resume token. */
  async login(username: string, password: string): Promise<ServerPayloads['loggedIn']> {
    return expect(await this.request({ login: { username, password } }), 'loggedIn');
  }

  /** Resumes a dropped session with its token. */
  async resume(resumeToken: string): Promise<ServerPayloads['loggedIn']> {
    return expect(await this.request({ resume: { resumeToken } }), 'loggedIn');
  }

  /** Lists the account's characters. */
  async listCharacters(): Promise<ServerPayloads['characterList']['characters']> {
    return expect(await this.request({ listCharacters: {} }), 'characterList').characters;
  }

  /** Creates a character. */
  async createCharacter(name: string, characterClass: CharacterClass = CharacterClass.CHARACTER_CLASS_WARRIOR): Promise<ServerPayloads['characterCreated']> {
    return expect(await this.request({ createCharacter: { name, class: characterClass } }), 'characterCreated');
  }

  /** Deletes a character. */
  async deleteCharacter(characterId: string): Promise<void> {
    expect(await this.request({ deleteCharacter: { characterId } }), 'characterDeleted');
  }

  /** Enters the world with a character. */
  async enterWorld(characterId: string): Promise<ServerPayloads['enteredWorld']> {
    return expect(await this.request({ enterWorld: { characterId } }), 'enteredWorld');
  }

  /**
   * Walks in a direction (length ≤ 1; (0, 0) stops) until told otherwise. Returns the input's
   * sequence number, which world frames acknowledge.
   */
  move(directionX: number, directionY: number): number {
    this.#moveSequence++;
    this.#sendMove({ sequence: this.#moveSequence, directionX, directionY, clientTimeMs: Date.now() });
    return this.#moveSequence;
  }

  /** Walks straight to a point (metres). Returns the input's sequence number. */
  moveTo(x: number, y: number): number {
    this.#moveSequence++;
    this.#sendMove({ sequence: this.#moveSequence, target: { x, y }, clientTimeMs: Date.now() });
    return this.#moveSequence;
  }

  /**
   * Opens a datagram (UDP) channel beside the connection (after login; usually right after
   * entering the world): from then on move inputs go, and world frames come, by datagram while
   * the channel works, over the connection when it does not; lost frames are asked for again
   * by the transport itself. Asking again replaces the channel. Resolves with the server's grant.
   * @throws Error when the transport cannot carry datagrams (WebSocket); ServerError
   *   DATAGRAMS_UNAVAILABLE when the server has no datagram port
   */
  async openDatagramChannel(): Promise<ServerPayloads['datagramChannel']> {
    if (this.#transport.attachDatagrams === undefined) throw new Error('this transport cannot carry datagrams (WebSocket)');
    const grant = expect(await this.request({ openDatagramChannel: {} }), 'datagramChannel');
    this.#transport.attachDatagrams(grant, () => {
      this.send({ resyncFrames: {} });
    });
    return grant;
  }

  /** The counters of the datagram channel opened last, or undefined when none was (or the transport has none). */
  get datagrams(): DatagramCounters | undefined {
    return this.#transport.datagramCounters?.();
  }

  /** Selects a combat target by entity id (0 clears); resolves at the server's next tick. */
  async selectTarget(entityId: number): Promise<number> {
    return expect(await this.request({ selectTarget: { entityId } }), 'targetSelected').entityId;
  }

  /**
   * Uses a skill on an entity (0: the selected target, or the caster for self skills); resolves
   * at the server's next tick with the aim and the cast's length in ticks (0: instant).
   * @throws ServerError with a COMBAT_* code when the server refused (nothing changed)
   */
  async castSkill(skillId: number, targetEntityId = 0): Promise<ServerPayloads['skillCast']> {
    return expect(await this.request({ castSkill: { skillId, targetEntityId } }), 'skillCast');
  }

  /** Turns the weapon swing at the selected target on or off. */
  async setAutoAttack(enabled: boolean): Promise<boolean> {
    return expect(await this.request({ setAutoAttack: { enabled } }), 'autoAttackSet').enabled;
  }

  /** Releases the spirit of a dead character: it comes back to life at a graveyard; returns its name. */
  async releaseSpirit(): Promise<string> {
    return expect(await this.request({ releaseSpirit: {} }), 'spiritReleased').graveyard;
  }

  /**
   * Sends a chat message; resolves once the server has delivered it (ChatSent), rejects with
   * ServerError (CHAT_TEXT_INVALID, CHAT_MUTED, RATE_LIMITED, CHAT_RECIPIENT_OFFLINE, ...).
   * @param channel - where it goes
   * @param text - 1-255 characters after trimming, no control characters
   * @param recipient - for `ChatChannel.CHAT_CHANNEL_WHISPER`: the character's name
   */
  async chat(channel: ChatChannel, text: string, recipient = ''): Promise<void> {
    expect(await this.request({ sendChat: { channel, text, recipient } }), 'chatSent');
  }

  /** Logs out; the connection stays open. */
  async logout(): Promise<void> {
    expect(await this.request({ logout: {} }), 'loggedOut');
  }

  /** Measures a round trip; resolves with milliseconds. */
  async ping(payload: Uint8Array = new Uint8Array(0)): Promise<number> {
    const sentAtMs = performance.now();
    expect(await this.request({ ping: { nonce: 0, sentAtMs, payload } }), 'pong');
    return performance.now() - sentAtMs;
  }

  /** Closes the connection. */
  close(): void {
    this.#transport.close();
  }

  /** Sends a move input by datagram when a channel takes it, over the connection otherwise. */
  #sendMove(moveInput: NonNullable<ClientMessageInit['moveInput']> & { readonly sequence: number }): void {
    const body = encodeClientMessage({ moveInput, requestId: 0 });
    if (this.#transport.sendDatagram?.(body, moveInput.sequence) !== true) this.#transport.send(body);
  }

  async #readLoop(): Promise<ServerError | undefined> {
    let reason: ServerError | undefined;
    try {
      for await (const body of this.#transport.messages()) {
        const message = decodeServerMessage(body);
        const payload = serverPayload(message);
        if (payload?.kind === 'error' && payload.value.fatal) {
          reason = new ServerError(payload.value.code, payload.value.message, true);
        } else if (payload?.kind === 'disconnect') {
          reason = new ServerError(payload.value.reason, payload.value.message, true);
        } else if (payload?.kind === 'worldFrame') {
          this.world.apply(payload.value);
          // After a Resume the server still holds the last sequence the character's previous
          // connection used; inputs must continue above it or the server ignores them.
          if (payload.value.ackSequence > this.#moveSequence) this.#moveSequence = payload.value.ackSequence;
        } else if (payload?.kind === 'ping') {
          this.send({ pong: { nonce: payload.value.nonce, sentAtMs: payload.value.sentAtMs, repliedAtMs: Date.now() } });
        }
        this.#dispatch(message);
      }
    } catch (error) {
      reason ??= error instanceof ServerError ? error : undefined;
      this.#closedWith = error instanceof Error ? error : new Error(String(error));
    }
    this.#closedWith ??= reason ?? new Error('connection closed');
    for (const pending of this.#pending.values()) pending.reject(this.#closedWith);
    this.#pending.clear();
    return reason;
  }

  #dispatch(message: ServerMessage): void {
    const pending = message.requestId === 0 ? undefined : this.#pending.get(message.requestId);
    if (pending === undefined) {
      for (const listener of this.#listeners) listener(message);
      return;
    }
    this.#pending.delete(message.requestId);
    const payload = serverPayload(message);
    if (payload?.kind === 'error') pending.reject(new ServerError(payload.value.code, payload.value.message, payload.value.fatal));
    else pending.resolve(message);
  }
}

function expect<K extends ServerPayloadKind>(message: ServerMessage, kind: K): ServerPayloads[K] {
  const payload = serverPayload(message);
  if (payload?.kind !== kind) throw new Error(`expected ${kind}, got ${payload?.kind ?? 'nothing'}`);
  return payload.value as ServerPayloads[K];
}
