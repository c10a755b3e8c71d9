/**
 * One bot's life: connect, handshake, log in (registering the account first when it does not
 * exist), pick its first character or create one, enter the world, wander like a player, and
 * log out at the end. Every step is bounded by a timeout and by the end of the run.
 * @module
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { GameClient, ServerError } from '@realmforge/client/node';
import { ErrorCode, PROTOCOL_VERSION, serverPayload } from '@realmforge/protocol';
import type { ServerMessage } from '@realmforge/protocol';
import { connectCounted } from './connection.ts';
import type { Endpoint } from './connection.ts';
import { alternativeCharacterName, BOT_PASSWORD, characterNameFor, usernameFor } from './names.ts';
import { errorCodeName } from './stats.ts';
import type { BotStats } from './stats.ts';

/** What a bot needs to know to live. */
export interface BotPlan {
  /** The bot's number; names derive from it. */
  readonly index: number;
  /** Account name prefix. */
  readonly prefix: string;
  /** Where the server is. */
  readonly endpoint: Endpoint;
  /** Average move inputs per second. */
  readonly inputHz: number;
  /** Longest wait for a connection to open, ms. */
  readonly connectTimeoutMs: number;
  /** Longest wait for any one answer, ms. */
  readonly requestTimeoutMs: number;
  /** Uniform random numbers in [0, 1), the bot's own stream. */
  readonly random: () => number;
  /** Where to count. */
  readonly stats: BotStats;
}

/** Chance that an input stops the character instead of turning it. */
const STOP_PROBABILITY = 0.15;
/** Shortest gap between inputs as a multiple of the average gap. */
const MIN_GAP_FACTOR = 0.5;
/** Longest gap between inputs as a multiple of the average gap. */
const MAX_GAP_FACTOR = 3;
/** Inputs remembered while waiting for their acknowledgement; older ones are forgotten. */
const MAX_PENDING_ACKS = 256;
/** Attempts at a free character name. */
const NAME_ATTEMPTS = 3;

/** The run ended while a step was waiting. */
class RunEnded extends Error {
  constructor() {
    super('run ended before this step finished');
    this.name = 'RunEnded';
  }
}

/**
 * Gap before the next input, ms. Gaps are 0.5 + an exponential with mean 0.5, times the
 * average gap, capped at 3 times it: mostly short, sometimes a long pause, averaging the
 * asked-for rate (0.5-3 s at the default 1 input per second).
 */
export function nextInputGapMs(inputHz: number, random: () => number): number {
  const factor = Math.min(MAX_GAP_FACTOR, MIN_GAP_FACTOR - Math.log(1 - random()) * (1 - MIN_GAP_FACTOR));
  return (factor * 1000) / inputHz;
}

/**
 * Waits for `promise`, failing when `ms` pass or `signal` aborts first.
 * @throws RunEnded when the signal aborts; an Error naming `what` on timeout
 */
async function within<T>(promise: Promise<T>, what: string, ms: number, signal: AbortSignal): Promise<T> {
  if (signal.aborted) throw new RunEnded();
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const bounds = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`no answer to ${what} within ${ms} ms`));
    }, ms);
    onAbort = () => {
      reject(new RunEnded());
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([promise, bounds]);
  } finally {
    clearTimeout(timer);
    if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
  }
}

function isCode(error: unknown, code: ErrorCode): boolean {
  return error instanceof ServerError && error.code === code;
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
   * Lives until `end` aborts: gets into the world, wanders, then logs out and closes. Never
   * rejects; what went wrong is counted in the stats.
   */
  async run(end: AbortSignal): Promise<void> {
    const stop = AbortSignal.any([end, this.#lost.signal]);
    try {
      await this.#enter(stop);
    } catch (error) {
      this.#failSetup(error);
      this.#close();
      return;
    }
    await this.#wander(stop);
  }

  /** Logs out (when still logged in) and closes the connection, waiting at most `timeoutMs`. */
  async leave(timeoutMs: number): Promise<void> {
    const client = this.#client;
    if (client === undefined || !this.#open) return;
    this.#closing = true;
    const deadline = AbortSignal.timeout(timeoutMs);
    if (this.#loggedIn) {
      try {
        await within(client.logout(), 'logout', timeoutMs, deadline);
        this.#loggedIn = false;
        this.#leaveWorld();
      } catch (error) {
        this.#stats.error(`LOGOUT_FAILED: ${error instanceof ServerError ? errorCodeName(error.code) : error instanceof Error ? error.message : String(error)}`);
      }
    }
    client.close();
    try {
      await within(client.closed, 'close', timeoutMs, deadline);
    } catch {
      // The server did not close its side in time; the process exits regardless.
    }
  }

  async #enter(stop: AbortSignal): Promise<void> {
    const { endpoint, connectTimeoutMs, requestTimeoutMs } = this.#plan;
    const transport = await within(connectCounted(endpoint, this.#stats, connectTimeoutMs), 'connect', connectTimeoutMs, stop);
    const client = new GameClient(transport);
    this.#client = client;
    this.#open = true;
    this.#stats.connectionOpened();
    client.onPush((message) => {
      this.#onPush(message);
    });
    void client.closed.then((reason) => {
      this.#onClosed(reason);
    });
    const ask = <T>(what: string, promise: Promise<T>): Promise<T> => {
      this.#step = what;
      return within(promise, what, requestTimeoutMs, stop);
    };
    await ask('hello', client.hello(PROTOCOL_VERSION, 'realmforge-bots'));
    await this.#logIn(client, ask);
    const characters = await ask('list characters', client.listCharacters());
    const characterId = characters[0]?.id ?? (await this.#createCharacter(client, ask));
    await ask('enter world', client.enterWorld(characterId));
    this.#step = 'in world';
    this.#inWorld = true;
    this.#entered = true;
    this.#stats.enteredWorld();
  }

  async #logIn(client: GameClient, ask: <T>(what: string, promise: Promise<T>) => Promise<T>): Promise<void> {
    const username = usernameFor(this.#plan.prefix, this.#plan.index);
    try {
      await ask('login', client.login(username, BOT_PASSWORD));
    } catch (error) {
      if (!isCode(error, ErrorCode.ERROR_CODE_AUTH_FAILED)) throw error;
      this.#stats.handledError('AUTH_FAILED');
      try {
        await ask('register', client.register(username, BOT_PASSWORD));
        this.#stats.accountRegistered();
      } catch (registerError) {
        if (!isCode(registerError, ErrorCode.ERROR_CODE_USERNAME_TAKEN)) throw registerError;
        this.#stats.handledError('USERNAME_TAKEN');
      }
      await ask('login after register', client.login(username, BOT_PASSWORD));
    }
    this.#loggedIn = true;
  }

  async #createCharacter(client: GameClient, ask: <T>(what: string, promise: Promise<T>) => Promise<T>): Promise<string> {
    const { prefix, index, random } = this.#plan;
    for (let attempt = 1; ; attempt++) {
      const name = attempt === 1 ? characterNameFor(prefix, index) : alternativeCharacterName(prefix, index, random);
      try {
        const created = await ask('create character', client.createCharacter(name));
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

  /** Sends a move input now and then until `stop` aborts; the first after a random part of a gap. */
  async #wander(stop: AbortSignal): Promise<void> {
    const { inputHz, random } = this.#plan;
    let stopped = true;
    try {
      await sleep(random() * nextInputGapMs(inputHz, random), undefined, { signal: stop });
      while (!stop.aborted && this.#client !== undefined) {
        const client = this.#client;
        let sequence: number;
        if (!stopped && random() < STOP_PROBABILITY) {
          sequence = client.move(0, 0);
          stopped = true;
        } else {
          const angle = random() * 2 * Math.PI;
          sequence = client.move(Math.cos(angle), Math.sin(angle));
          stopped = false;
        }
        if (this.#pendingAcks.length >= MAX_PENDING_ACKS) this.#pendingAcks.shift();
        this.#pendingAcks.push({ sequence, sentAt: performance.now() });
        this.#stats.inputSent();
        await sleep(nextInputGapMs(inputHz, random), undefined, { signal: stop });
      }
    } catch (error) {
      if (!(error instanceof Error && error.name === 'AbortError')) throw error;
    }
  }

  #onPush(message: ServerMessage): void {
    const payload = serverPayload(message);
    if (payload?.kind === 'worldFrame') {
      this.#frames++;
      this.#stats.worldFrame(this.#frames === 1);
      const ack = payload.value.ackSequence;
      const pending = this.#pendingAcks;
      if (pending.length === 0 || (pending[0]?.sequence ?? Infinity) > ack) return;
      const now = performance.now();
      while (pending.length > 0 && (pending[0]?.sequence ?? Infinity) <= ack) {
        const acked = pending.shift();
        if (acked !== undefined) this.#stats.recordAck((now - acked.sentAt) * 1000);
      }
    } else if (payload?.kind === 'error' && !payload.value.fatal) {
      // Answers to requests reach the request's promise; an error pushed here answers a
      // message sent without a request id (a move input the server refused).
      this.#stats.error(errorCodeName(payload.value.code));
    }
  }

  #onClosed(reason: ServerError | undefined): void {
    this.#open = false;
    this.#stats.connectionClosed();
    this.#leaveWorld();
    this.#loggedIn = false;
    if (!this.#closing) this.#stats.disconnect(reason === undefined ? 'CONNECTION_CLOSED' : errorCodeName(reason.code));
    this.#lost.abort();
  }

  #leaveWorld(): void {
    if (!this.#inWorld) return;
    this.#inWorld = false;
    this.#stats.leftWorld();
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
