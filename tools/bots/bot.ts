/**
 * One bot's life: connect, handshake, log in (registering the account first when it does not
 * exist), pick its first character or create one, enter the world (and open a datagram channel
 * when its endpoint says so, again on each connection it re-enters from), play its behaviour (a
 * random walk by default; the load harness plugs in scenarios), and log out at the end. Every
 * step is bounded by a timeout and by the end of the run.
 * @module
 */
import { performance } from 'node:perf_hooks';
import { GameClient, ServerError } from '@realmforge/client/node';
import { CharacterClass, ErrorCode, PROTOCOL_VERSION, serverPayload } from '@realmforge/protocol';
import type { ChatChannel, ServerMessage } from '@realmforge/protocol';
import type { AlarmClock } from './alarm-clock.ts';
import type { BotBehaviour, BotPlay, Point } from './behaviour.ts';
import { isRunEnd, RunEnded, within } from './bounded.ts';
import { connectCounted } from './connection.ts';
import { frameSkimmer } from './frame-skim.ts';
import type { SkimmedFrame } from './frame-skim.ts';
import type { Endpoint } from './connection.ts';
import { alternativeCharacterName, BOT_PASSWORD, characterNameFor, usernameFor } from './names.ts';
import { errorCodeName } from './stats.ts';
import type { BotStats } from './stats.ts';
import { WorldSight } from './world-sight.ts';

/** What a bot needs to know to live. */
export interface BotPlan {
  /** The bot's number; names derive from it. */
  readonly index: number;
  /** Account name prefix. */
  readonly prefix: string;
  /** Where the server is. */
  readonly endpoint: Endpoint;
  /** What the bot does in the world. */
  readonly behaviour: BotBehaviour;
  /** The class of the character it creates when the account has none; warrior when undefined. */
  readonly characterClass: CharacterClass | undefined;
  /** Read every world frame into the behaviour's sight (costs a walk over each frame's bytes). */
  readonly watchesWorld: boolean;
  /** The number of the bot it plays with, if any. */
  readonly partnerIndex: number | undefined;
  /**
   * Register before the first login (on a fresh database, where every account is new: one
   * password hash fewer per bot); otherwise log in first and register on AUTH_FAILED.
   */
  readonly registerFirst: boolean;
  /** Longest wait for a connection to open, ms. */
  readonly connectTimeoutMs: number;
  /** Longest wait for any one answer, ms. */
  readonly requestTimeoutMs: number;
  /** Uniform random numbers in [0, 1), the bot's own stream. */
  readonly random: () => number;
  /** The process's timer for the behaviour's sleeps. */
  readonly clock: AlarmClock;
  /** Where to count. */
  readonly stats: BotStats;
}

/** Inputs remembered while waiting for their acknowledgement; older ones are forgotten. */
const MAX_PENDING_ACKS = 256;
/** Attempts at a free character name. */
const NAME_ATTEMPTS = 3;

function isCode(error: unknown, code: ErrorCode): boolean {
  return error instanceof ServerError && error.code === code;
}

function describe(error: unknown): string {
  if (error instanceof ServerError) return errorCodeName(error.code);
  return error instanceof Error ? error.message : String(error);
}

/** One simulated player. */
export class Bot {
  readonly #plan: BotPlan;
  readonly #stats: BotStats;
  /** Aborted when this bot's connection is lost, so that its waits end at once. */
  readonly #lost = new AbortController();
  #client: GameClient | undefined;
  #step = 'connect';
  #closing = false;
  #open = false;
  #loggedIn = false;
  #inWorld = false;
  #entered = false;
  #frames = 0;
  /** Other entities in view, from the frames' enters and leaves. */
  #inView = 0;
  #resumeToken = '';
  #characterId = '';
  #entryPosition: Point = { x: 0, y: 0 };
  #entryZone = '';
  readonly #sight = new WorldSight();
  readonly #pendingAcks: { sequence: number; sentAt: number }[] = [];

  /** @param plan - who the bot is and where it plays */
  constructor(plan: BotPlan) {
    this.#plan = plan;
    this.#stats = plan.stats;
  }

  /** Whether the bot entered the world. */
  get enteredWorld(): boolean {
    return this.#entered;
  }

  /** World frames this bot received. */
  get frames(): number {
    return this.#frames;
  }

  /**
   * Lives until `end` aborts: gets into the world, plays its behaviour, then leaves it to
   * {@link leave}. Never rejects; what went wrong is counted in the stats.
   */
  async run(end: AbortSignal): Promise<void> {
    const stop = AbortSignal.any([end, this.#lost.signal]);
    try {
      await this.#connect(stop);
      await this.#enter(stop);
    } catch (error) {
      this.#failSetup(error);
      this.#close();
      return;
    }
    try {
      await this.#plan.behaviour(this.#play(stop));
    } catch (error) {
      if (isRunEnd(error) || stop.aborted) return;
      this.#stats.error(`BEHAVIOUR: ${describe(error)}`);
      this.#close();
    }
  }

  /** Logs out (when still logged in) and closes the connection, waiting at most `timeoutMs`. */
  async leave(timeoutMs: number): Promise<void> {
    const client = this.#client;
    // A connection the bot is already closing on purpose (a churn drop) needs no logout.
    if (client === undefined || !this.#open || this.#closing) return;
    this.#closing = true;
    const deadline = AbortSignal.timeout(timeoutMs);
    if (this.#loggedIn) {
      try {
        await within(client.logout(), 'logout', timeoutMs, deadline);
        this.#loggedIn = false;
        this.#leaveWorld();
      } catch (error) {
        this.#stats.error(`LOGOUT_FAILED: ${describe(error)}`);
      }
    }
    client.close();
    try {
      await within(client.closed, 'close', timeoutMs, deadline);
    } catch {
      // The server did not close its side in time; the process exits regardless.
    }
  }

  #ask<T>(what: string, promise: Promise<T>, stop: AbortSignal): Promise<T> {
    this.#step = what;
    return within(promise, what, this.#plan.requestTimeoutMs, stop);
  }

  #current(): GameClient {
    if (this.#client === undefined || !this.#open) throw new RunEnded();
    return this.#client;
  }

  /** Opens a connection and says hello; the connection becomes the bot's current one. */
  async #connect(stop: AbortSignal): Promise<GameClient> {
    const { endpoint, connectTimeoutMs } = this.#plan;
    this.#step = 'connect';
    const skimmer = frameSkimmer((frame, body) => {
      this.#onFrame(frame, body);
    });
    // A run that ended opens no more connections (a churn bot reconnecting as the run ends).
    if (stop.aborted) throw new RunEnded();
    const connecting = connectCounted(endpoint, this.#stats, connectTimeoutMs, skimmer);
    let transport: Awaited<typeof connecting>;
    try {
      transport = await within(connecting, 'connect', connectTimeoutMs, stop);
    } catch (error) {
      // Given up on (the run ended while connecting): a socket that opens later is closed, or it
      // would sit silent on the server until its idle timeout and keep this process alive.
      connecting.then((late) => {
        late.close();
      }, () => undefined);
      throw error;
    }
    const client = new GameClient(transport);
    this.#client = client;
    this.#open = true;
    this.#closing = false;
    this.#stats.connectionOpened();
    client.onPush((message) => {
      this.#onPush(message);
    });
    void client.closed.then((reason) => {
      this.#onClosed(client, reason);
    });
    await this.#ask('hello', client.hello(PROTOCOL_VERSION, 'realmforge-bots'), stop);
    return client;
  }

  async #enter(stop: AbortSignal): Promise<void> {
    const client = this.#current();
    await this.#logIn(client, stop);
    const characters = await this.#ask('list characters', client.listCharacters(), stop);
    this.#characterId = characters[0]?.id ?? (await this.#createCharacter(client, stop));
    await this.#enterWorld(client, stop);
    this.#entered = true;
  }

  async #enterWorld(client: GameClient, stop: AbortSignal): Promise<void> {
    const entered = await this.#ask('enter world', client.enterWorld(this.#characterId), stop);
    const position = entered.character?.position;
    this.#entryPosition = { x: position?.x ?? 0, y: position?.y ?? 0 };
    this.#entryZone = entered.character?.zone ?? '';
    this.#nowInWorld();
    await this.#openDatagrams(client, stop);
  }

  /**
   * Opens a datagram channel when the endpoint asks for one. A refusal or a timeout is counted
   * as an error and the bot plays on over its connection; the end of the run, or of the
   * connection, ends it as any other request.
   */
  async #openDatagrams(client: GameClient, stop: AbortSignal): Promise<void> {
    if (this.#plan.endpoint.datagrams !== true) return;
    try {
      await this.#ask('open datagram channel', client.openDatagramChannel(), stop);
    } catch (error) {
      if (isRunEnd(error) || stop.aborted || (error instanceof ServerError && error.fatal)) throw error;
      this.#stats.error(`DATAGRAMS: ${describe(error)}`);
    }
  }

  #nowInWorld(): void {
    this.#step = 'in world';
    this.#inWorld = true;
    this.#stats.enteredWorld(!this.#entered);
  }

  async #logIn(client: GameClient, stop: AbortSignal): Promise<void> {
    const username = usernameFor(this.#plan.prefix, this.#plan.index);
    if (this.#plan.registerFirst && !this.#entered) {
      try {
        await this.#ask('register', client.register(username, BOT_PASSWORD), stop);
        this.#stats.accountRegistered();
      } catch (error) {
        if (!isCode(error, ErrorCode.ERROR_CODE_USERNAME_TAKEN)) throw error;
        this.#stats.handledError('USERNAME_TAKEN');
      }
    }
    try {
      this.#resumeToken = (await this.#ask('login', client.login(username, BOT_PASSWORD), stop)).resumeToken;
    } catch (error) {
      if (!isCode(error, ErrorCode.ERROR_CODE_AUTH_FAILED) || this.#entered) throw error;
      this.#stats.handledError('AUTH_FAILED');
      try {
        await this.#ask('register', client.register(username, BOT_PASSWORD), stop);
        this.#stats.accountRegistered();
      } catch (registerError) {
        if (!isCode(registerError, ErrorCode.ERROR_CODE_USERNAME_TAKEN)) throw registerError;
        this.#stats.handledError('USERNAME_TAKEN');
      }
      this.#resumeToken = (await this.#ask('login after register', client.login(username, BOT_PASSWORD), stop)).resumeToken;
    }
    this.#loggedIn = true;
  }

  async #createCharacter(client: GameClient, stop: AbortSignal): Promise<string> {
    const { prefix, index, random } = this.#plan;
    for (let attempt = 1; ; attempt++) {
      const name = attempt === 1 ? characterNameFor(prefix, index) : alternativeCharacterName(prefix, index, random);
      try {
        const created = await this.#ask('create character', client.createCharacter(name, this.#plan.characterClass ?? CharacterClass.CHARACTER_CLASS_WARRIOR), stop);
        const id = created.character?.id;
        if (id === undefined || id === null || id === '') throw new Error('CharacterCreated carried no character');
        this.#stats.characterCreated();
        return id;
      } catch (error) {
        if (!isCode(error, ErrorCode.ERROR_CODE_CHARACTER_NAME_TAKEN) || attempt >= NAME_ATTEMPTS) throw error;
        this.#stats.handledError('CHARACTER_NAME_TAKEN');
      }
    }
  }

  /** The hands a behaviour plays with. */
  #play(stop: AbortSignal): BotPlay {
    const track = (sequence: number): void => {
      if (this.#pendingAcks.length >= MAX_PENDING_ACKS) this.#pendingAcks.shift();
      this.#pendingAcks.push({ sequence, sentAt: performance.now() });
      this.#stats.inputSent();
    };
    const { partnerIndex, prefix } = this.#plan;
    const current = (): GameClient => this.#current();
    const sleeper = this.#plan.clock.sleeper(stop);
    return {
      index: this.#plan.index,
      random: this.#plan.random,
      signal: stop,
      sleep: (ms) => sleeper.sleep(ms),
      entryPosition: this.#entryPosition,
      entryZone: this.#entryZone,
      sight: this.#sight,
      partner: partnerIndex === undefined ? undefined : { index: partnerIndex, characterName: characterNameFor(prefix, partnerIndex) },
      get client() {
        return current();
      },
      ask: (label, call, expected) => this.#askTimed(label, call, expected ?? [], stop),
      record: (label, micros) => {
        this.#stats.recordAction(label, micros);
      },
      count: (label) => {
        this.#stats.outcome(label);
      },
      move: (x, y) => {
        track(this.#current().move(x, y));
      },
      moveTo: (x, y) => {
        track(this.#current().moveTo(x, y));
      },
      chat: (channel, text) => this.#chat(channel, text, stop),
      dropAndResume: () => this.#dropAndResume(stop),
      relog: () => this.#relog(stop),
    };
  }

  async #chat(channel: ChatChannel, text: string, stop: AbortSignal): Promise<void> {
    const client = this.#current();
    const sentAt = performance.now();
    try {
      await this.#ask('chat', client.chat(channel, text), stop);
      this.#stats.recordReply((performance.now() - sentAt) * 1000);
    } catch (error) {
      if (isRunEnd(error) || stop.aborted || (error instanceof ServerError && error.fatal)) throw error;
      this.#stats.error(`CHAT: ${describe(error)}`);
    }
  }

  async #askTimed<T>(label: string, call: (client: GameClient) => Promise<T>, expected: readonly ErrorCode[], stop: AbortSignal): Promise<T | ServerError> {
    const client = this.#current();
    const sentAt = performance.now();
    try {
      const answer = await this.#ask(label, call(client), stop);
      this.#stats.recordAction(label, (performance.now() - sentAt) * 1000);
      return answer;
    } catch (error) {
      if (!(error instanceof ServerError) || error.fatal || stop.aborted) throw error;
      const reason = `${label}: ${errorCodeName(error.code)}`;
      if (expected.includes(error.code)) this.#stats.handledError(reason);
      else this.#stats.error(reason);
      return error;
    }
  }

  /** Closes the current connection on purpose and waits for it to be gone. */
  async #hangUp(stop: AbortSignal): Promise<void> {
    const client = this.#current();
    this.#closing = true;
    this.#loggedIn = false;
    client.close();
    await this.#ask('close', client.closed, stop);
  }

  async #dropAndResume(stop: AbortSignal): Promise<void> {
    await this.#hangUp(stop);
    const client = await this.#connect(stop);
    const loggedIn = await this.#ask('resume', client.resume(this.#resumeToken), stop);
    this.#resumeToken = loggedIn.resumeToken;
    this.#loggedIn = true;
    this.#pendingAcks.length = 0;
    if (loggedIn.character === undefined || loggedIn.character === null) {
      // The grace period ran out before the resume: the character left the world.
      this.#stats.reconnected('resume (grace over)');
      await this.#enterWorld(client, stop);
    } else {
      this.#stats.reconnected('resume');
      this.#nowInWorld();
      await this.#openDatagrams(client, stop);
    }
  }

  async #relog(stop: AbortSignal): Promise<void> {
    const client = this.#current();
    // Sent is as good as done: if the run ends while waiting, leave() must not log out again.
    this.#loggedIn = false;
    await this.#ask('logout', client.logout(), stop);
    this.#leaveWorld();
    await this.#hangUp(stop);
    const next = await this.#connect(stop);
    this.#pendingAcks.length = 0;
    await this.#logIn(next, stop);
    await this.#enterWorld(next, stop);
    this.#stats.reconnected('relog');
  }

  #onPush(message: ServerMessage): void {
    const payload = serverPayload(message);
    // World frames are counted as they are skimmed (reset frames too, before the SDK gets them).
    if (payload?.kind === 'error' && !payload.value.fatal) {
      // Answers to requests reach the request's promise; an error pushed here answers a
      // message sent without a request id (a move input the server refused).
      this.#stats.error(errorCodeName(payload.value.code));
    }
  }

  #onFrame(frame: SkimmedFrame, body: Uint8Array): void {
    if (this.#plan.watchesWorld) this.#sight.read(body);
    this.#frames++;
    this.#stats.worldFrame(this.#frames === 1, frame.entityChanges);
    if (frame.reset || frame.enters !== 0 || frame.leaves !== 0) {
      // A reset frame's enters hold everything in view, the bot's own character included.
      this.#inView = Math.max(0, frame.reset ? frame.enters - 1 : this.#inView + frame.enters - frame.leaves);
      this.#stats.inView(this.#plan.index, this.#inView);
    }
    const ack = frame.ackSequence;
    const pending = this.#pendingAcks;
    if (pending.length === 0 || (pending[0]?.sequence ?? Infinity) > ack) return;
    const now = performance.now();
    while (pending.length > 0 && (pending[0]?.sequence ?? Infinity) <= ack) {
      const acked = pending.shift();
      if (acked !== undefined) this.#stats.recordAck((now - acked.sentAt) * 1000);
    }
  }

  #onClosed(client: GameClient, reason: ServerError | undefined): void {
    this.#stats.connectionClosed();
    const datagrams = client.datagrams;
    if (datagrams !== undefined) this.#stats.datagramChannel(datagrams);
    // A connection this bot already replaced (dropped on purpose) closing late changes nothing.
    if (client !== this.#client) return;
    this.#open = false;
    this.#leaveWorld();
    this.#loggedIn = false;
    if (this.#closing) return;
    this.#stats.disconnect(reason === undefined ? 'CONNECTION_CLOSED' : errorCodeName(reason.code));
    this.#lost.abort();
  }

  #leaveWorld(): void {
    if (!this.#inWorld) return;
    this.#inWorld = false;
    this.#stats.leftWorld();
    this.#stats.outOfView(this.#plan.index);
  }

  #failSetup(error: unknown): void {
    let why: string;
    if (error instanceof ServerError) {
      why = errorCodeName(error.code);
      // A fatal error closes the connection and is counted as a disconnect there.
      if (!error.fatal) this.#stats.error(why);
    } else if (error instanceof RunEnded && this.#lost.signal.aborted) {
      why = 'connection lost';
    } else {
      why = error instanceof Error ? error.message : String(error);
    }
    this.#stats.setupFailure(`${this.#step}: ${why}`);
  }

  #close(): void {
    if (this.#client === undefined || !this.#open) return;
    this.#closing = true;
    this.#client.close();
  }
}
