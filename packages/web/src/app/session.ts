/**
 * The web client's connection to the server, across drops: one {@link GameClient} at a time,
 * the connection state shown to the player (connecting / online / reconnecting / offline), the
 * latest resume token, and automatic reconnection. After an unexpected close it reconnects
 * with growing delays and sends `Resume` with the token; a character still in the world comes
 * back directly (LoggedIn with the character, then a reset frame), one whose grace period ran
 * out comes back to the character list, and an expired token sends the player to the login
 * screen. Browser-safe; the transport is injected, so Node tests drive it over a real socket.
 * @module
 */
import { GameClient, ServerError } from '@realmforge/client';
import type { ChatMessage, ClientTransport, WorldMirror } from '@realmforge/client';
import type { ServerMessage } from '@realmforge/protocol';
import { CharacterClass, ChatChannel, ErrorCode, PROTOCOL_VERSION, serverPayload } from '@realmforge/protocol';

/** What the connection indicator shows. */
export type ConnectionState = 'connecting' | 'online' | 'reconnecting' | 'offline';

/** Where the player is in the session flow: which screen to show. */
export type SessionPhase = 'guest' | 'account' | 'world';

/** A character of the account, as the screens show it. */
export interface Character {
  /** Character id (ULID). */
  readonly id: string;
  /** Name. */
  readonly name: string;
  /** CharacterClass wire value. */
  readonly classId: number;
  /** Level. */
  readonly level: number;
  /** The zone it is (or was last) in. */
  readonly zone: string;
}

type WireCharacter = Awaited<ReturnType<GameClient['listCharacters']>>[number];

function characterOf(wire: WireCharacter | null | undefined): Character | undefined {
  if (wire === null || wire === undefined) return undefined;
  return { id: wire.id ?? '', name: wire.name ?? '', classId: wire.class ?? 0, level: wire.level ?? 0, zone: wire.zone ?? '' };
}

/** What a session tells the page. Every member is optional. */
export interface SessionListener {
  /** The connection state changed; `detail` says why, for people. */
  state?: (state: ConnectionState, detail: string) => void;
  /** The session flow moved (logged in, entered the world, logged out, resumed...). */
  phase?: (phase: SessionPhase, detail: string) => void;
  /** A chat message arrived. */
  chat?: (message: ChatMessage) => void;
  /** The server's operators sent a notice (the admin dashboard's broadcast). */
  notice?: (text: string) => void;
  /** A world frame was applied to the mirror; `reset` when it was a reset frame. */
  frame?: (reset: boolean) => void;
  /** Any message the server pushed (inventory, loot, trade...), after the listeners above. */
  push?: (message: ServerMessage) => void;
}

/** How a session connects and retries. */
export interface SessionOptions {
  /** Opens a new transport (e.g. `() => connectWebSocket(url)`). */
  readonly connect: () => Promise<ClientTransport>;
  /** The world mirror every GameClient of this session feeds (kept across reconnects). */
  readonly world: WorldMirror;
  /** Sent in Hello. */
  readonly clientName?: string;
  /** Delays between reconnection attempts; the last one repeats. */
  readonly retryDelaysMs?: readonly number[];
  /** Stop trying (and go offline) once a reconnection has taken this long. */
  readonly giveUpAfterMs?: number;
}

const DEFAULT_RETRY_DELAYS_MS = [250, 500, 1000, 2000, 4000] as const;

/** One player's session with the server, surviving dropped connections. */
export class GameSession {
  readonly #options: SessionOptions;
  readonly #listeners = new Set<SessionListener>();
  #client: GameClient | undefined;
  #state: ConnectionState = 'connecting';
  #phase: SessionPhase = 'guest';
  #resumeToken: string | undefined;
  #character: Character | undefined;
  #tickRateHz = 20;
  #reconnecting: Promise<void> | undefined;
  #closed = false;

  /** @param options - how to connect */
  constructor(options: SessionOptions) {
    this.#options = options;
  }

  /** The connection state. */
  get state(): ConnectionState {
    return this.#state;
  }

  /** The session flow's phase. */
  get phase(): SessionPhase {
    return this.#phase;
  }

  /** The character in the world (phase 'world'). */
  get character(): Character | undefined {
    return this.#character;
  }

  /** The server's tick rate (from Welcome). */
  get tickRateHz(): number {
    return this.#tickRateHz;
  }

  /**
   * The connected client, for the requests the page makes itself (combat, items, trade).
   * @throws Error when not online
   */
  get client(): GameClient {
    return this.#online();
  }

  /** The world mirror (shared by every connection of the session). */
  get world(): WorldMirror {
    return this.#options.world;
  }

  /** Adds a listener; returns a function that removes it. */
  on(listener: SessionListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Connects for the first time (retrying like a reconnection); resolves once online or offline. */
  start(): Promise<void> {
    return this.#reconnect('connecting');
  }

  /** From 'offline' (or after {@link GameSession.close}): tries again. */
  retry(): Promise<void> {
    this.#closed = false;
    return this.#reconnect('connecting');
  }

  /** Creates an account, then logs in with it. */
  async register(username: string, password: string): Promise<void> {
    await this.#online().register(username, password);
    await this.login(username, password);
  }

  /** Logs in; the session moves to the 'account' phase. */
  async login(username: string, password: string): Promise<void> {
    const loggedIn = await this.#online().login(username, password);
    this.#resumeToken = loggedIn.resumeToken;
    this.#setPhase('account', `logged in as ${username}`);
  }

  /** The account's characters. */
  async listCharacters(): Promise<Character[]> {
    return (await this.#online().listCharacters()).flatMap((c) => characterOf(c) ?? []);
  }

  /** Creates a character. */
  async createCharacter(name: string, characterClass: CharacterClass): Promise<Character | undefined> {
    return characterOf((await this.#online().createCharacter(name, characterClass)).character);
  }

  /** Enters the world; the session moves to the 'world' phase. */
  async enterWorld(characterId: string): Promise<void> {
    const entered = await this.#online().enterWorld(characterId);
    this.#character = characterOf(entered.character);
    this.#setPhase('world', `entered the world as ${this.#character?.name ?? characterId}`);
  }

  /** Logs out; back to the 'guest' phase on the same connection. */
  async logout(): Promise<void> {
    await this.#online().logout();
    this.#resumeToken = undefined;
    this.#character = undefined;
    this.#setPhase('guest', 'logged out');
  }

  /** Walks in a direction; returns the input's sequence, or undefined when not in the world and online. */
  move(dx: number, dy: number): number | undefined {
    if (this.#phase !== 'world' || this.#state !== 'online') return undefined;
    return this.#client?.move(dx, dy);
  }

  /** Walks to a point (metres); returns the input's sequence, or undefined when not in the world and online. */
  moveTo(x: number, y: number): number | undefined {
    if (this.#phase !== 'world' || this.#state !== 'online') return undefined;
    return this.#client?.moveTo(x, y);
  }

  /** Sends a chat message; rejects with the server's error. */
  async chat(channel: ChatChannel, text: string, recipient = ''): Promise<void> {
    await this.#online().chat(channel, text, recipient);
  }

  /**
   * Closes the socket as a network failure would (no Logout), so the session reconnects and
   * resumes. For tests and for trying the reconnection by hand.
   */
  dropConnection(): void {
    this.#client?.close();
  }

  /** Closes the connection for good: no reconnection (the state goes 'offline'). */
  close(): void {
    this.#closed = true;
    const client = this.#client;
    this.#client = undefined;
    client?.close();
    this.#setState('offline', 'closed');
  }

  #online(): GameClient {
    if (this.#client === undefined || this.#state !== 'online') throw new Error('not connected to the server');
    return this.#client;
  }

  #reconnect(state: 'connecting' | 'reconnecting'): Promise<void> {
    this.#reconnecting ??= this.#reconnectLoop(state).finally(() => {
      this.#reconnecting = undefined;
    });
    return this.#reconnecting;
  }

  async #reconnectLoop(state: 'connecting' | 'reconnecting'): Promise<void> {
    const delays = this.#options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    const giveUpAfterMs = this.#options.giveUpAfterMs ?? 60_000;
    const started = Date.now();
    this.#client = undefined;
    this.#setState(state, state === 'connecting' ? 'connecting to the server' : 'connection lost; reconnecting');
    for (let attempt = 0; ; attempt++) {
      if (state === 'reconnecting' || attempt > 0) {
        await sleep(delays[Math.min(attempt, delays.length - 1)] ?? 1000);
      }
      if (this.#closed) return;
      try {
        await this.#open();
        return;
      } catch (error) {
        if (Date.now() - started >= giveUpAfterMs) {
          this.#setState('offline', `cannot reach the server: ${message(error)}`);
          return;
        }
      }
    }
  }

  /** One connection attempt: handshake, then Resume when the session had logged in. */
  async #open(): Promise<void> {
    const client = new GameClient(await this.#options.connect(), this.#options.world);
    try {
      if (this.#closed) throw new Error('closed');
      const welcome = await client.hello(PROTOCOL_VERSION, this.#options.clientName ?? '@realmforge/web');
      this.#tickRateHz = welcome.tickRateHz > 0 ? welcome.tickRateHz : this.#tickRateHz;
      client.onChat((chat) => {
        for (const l of this.#listeners) l.chat?.(chat);
      });
      client.onPush((pushed) => {
        const payload = serverPayload(pushed);
        if (payload?.kind === 'serverNotice') for (const l of this.#listeners) l.notice?.(payload.value.text);
        if (payload?.kind === 'worldFrame') for (const l of this.#listeners) l.frame?.(payload.value.reset);
        for (const l of this.#listeners) l.push?.(pushed);
      });
      let phase: SessionPhase = 'guest';
      let detail = 'connected';
      if (this.#resumeToken !== undefined) {
        try {
          const resumed = await client.resume(this.#resumeToken);
          this.#resumeToken = resumed.resumeToken;
          this.#character = characterOf(resumed.character);
          phase = this.#character === undefined ? 'account' : 'world';
          detail = this.#character === undefined ? 'reconnected; the character had left the world' : 'reconnected';
        } catch (error) {
          if (!(error instanceof ServerError) || error.code !== ErrorCode.ERROR_CODE_RESUME_FAILED) throw error;
          this.#resumeToken = undefined;
          this.#character = undefined;
          detail = 'the session expired; log in again';
        }
      }
      // close() may have been called while the handshake or the resume was in flight.
      if (this.#wasClosed()) throw new Error('closed');
      this.#client = client;
      void client.closed.then((reason) => {
        this.#dropped(client, reason);
      });
      this.#setState('online', detail);
      this.#setPhase(phase, detail);
    } catch (error) {
      client.close();
      throw error;
    }
  }

  #wasClosed(): boolean {
    return this.#closed;
  }

  #dropped(client: GameClient, reason: ServerError | undefined): void {
    if (client !== this.#client || this.#closed) return;
    this.#client = undefined;
    if (reason?.code === ErrorCode.ERROR_CODE_SESSION_REPLACED) {
      this.#resumeToken = undefined;
      this.#character = undefined;
      this.#setState('offline', 'this account logged in somewhere else');
      this.#setPhase('guest', 'this account logged in somewhere else');
      return;
    }
    const again = (): void => {
      void this.#reconnect('reconnecting');
    };
    // A reconnection still finishing (this client was its result) must not swallow this one.
    if (this.#reconnecting === undefined) again();
    else void this.#reconnecting.then(again);
  }

  #setState(state: ConnectionState, detail: string): void {
    this.#state = state;
    for (const l of this.#listeners) l.state?.(state, detail);
  }

  #setPhase(phase: SessionPhase, detail: string): void {
    this.#phase = phase;
    for (const l of this.#listeners) l.phase?.(phase, detail);
  }
}

/** The text for a chat channel, as the chat box shows it. */
export function channelLabel(channel: ChatChannel): string {
  switch (channel) {
    case ChatChannel.CHAT_CHANNEL_SAY:
      return 'say';
    case ChatChannel.CHAT_CHANNEL_ZONE:
      return 'zone';
    case ChatChannel.CHAT_CHANNEL_GLOBAL:
      return 'global';
    case ChatChannel.CHAT_CHANNEL_WHISPER:
      return 'whisper';
    default:
      return `channel ${channel}`;
  }
}

/** A short, human explanation of a failed request (the error code's name without its prefix). */
export function errorText(error: unknown): string {
  if (error instanceof ServerError) {
    const name = (ErrorCode as Record<number, string | undefined>)[error.code] ?? String(error.code);
    return `${name.replace(/^ERROR_CODE_/, '').toLowerCase().replaceAll('_', ' ')}: ${error.message.replace(/^[A-Z_]+: /, '')}`;
  }
  return message(error);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
