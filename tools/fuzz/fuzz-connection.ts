/**
 * A fuzzing client's connection over TCP or WebSocket: writes whatever bytes it is given,
 * records every ServerMessage, and can bring a fresh session to any state (handshake done,
 * logged in, in the world) with honest requests before the fuzzing starts.
 * @module
 */
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { setImmediate as yieldTurn } from 'node:timers/promises';
import { WebSocket } from 'ws';
import { decodeServerMessage, encodeClientMessage, encodeFrame, ErrorCode, FrameDecoder } from '@realmforge/protocol';
import type { ClientMessageInit, ServerMessage } from '@realmforge/protocol';
import { characterName, CLASSES } from './messages.ts';
import type { FuzzContext } from './messages.ts';
import type { FuzzRandom } from './random.ts';

/** Transports the fuzzer speaks. */
export type FuzzTransport = 'tcp' | 'ws';

/** Session states a fuzzing session starts its rounds in. */
export type FuzzState = 'handshake' | 'guest' | 'account' | 'world';

/** How a wait ended. */
export type WaitOutcome = ServerMessage | 'closed' | 'timeout';

/** An account a fuzzing worker logs in with. */
export interface FuzzAccount {
  /** Username. */
  readonly username: string;
  /** Password. */
  readonly password: string;
  /** False until it has been registered. */
  registered: boolean;
}

/** The first Disconnect or fatal Error a connection received: the server said it is closing it. */
export interface Farewell {
  /** The message. */
  readonly message: ServerMessage;
  /** Its position among everything the connection received (as {@link FuzzConnection.count} counts). */
  readonly index: number;
}

/** Messages kept in memory; older ones are forgotten (world frames are not interesting once counted). */
const KEPT_MESSAGES = 4096;

/**
 * One raw connection. Received messages are numbered from 0 in arrival order; a caller notes
 * {@link FuzzConnection.count} before it sends and reads what came after with
 * {@link FuzzConnection.since}, so forgetting old messages never shifts what a mark points at.
 */
export class FuzzConnection {
  /** The most recent messages received, in order (at most 4,096; the first is number `count - received.length`). */
  readonly #received: ServerMessage[] = [];
  /** Messages forgotten from the front of #received. */
  #forgotten = 0;
  #farewell: Farewell | undefined;
  /** Server bytes that did not decode (must stay empty). */
  readonly undecodable: string[] = [];
  readonly transport: FuzzTransport;
  #closed = false;
  readonly #waiters = new Set<() => void>();
  readonly #socket: Socket | undefined;
  readonly #ws: WebSocket | undefined;
  #nextRequestId = 1;
  /** How the connection closed (the WebSocket close code and reason; 'socket closed' for TCP). */
  closeInfo = '';
  /** Resolves when the connection has closed. */
  readonly done: Promise<void>;

  private constructor(transport: FuzzTransport, socket: Socket | undefined, ws: WebSocket | undefined) {
    this.transport = transport;
    this.#socket = socket;
    this.#ws = ws;
    let resolveDone: () => void = () => undefined;
    this.done = new Promise((resolve) => {
      resolveDone = resolve;
    });
    const onClose = (): void => {
      this.#closed = true;
      this.#wake();
      resolveDone();
    };
    if (socket !== undefined) {
      const decoder = new FrameDecoder(16 * 1024 * 1024);
      socket.on('data', (chunk: Buffer) => {
        try {
          for (const body of decoder.push(chunk)) this.#receive(body);
        } catch (error) {
          this.undecodable.push(`framing: ${(error as Error).message}`);
        }
      });
      socket.on('error', (error: Error) => {
        this.closeInfo = `socket error ${error.message}`;
      });
      socket.once('close', () => {
        this.closeInfo ||= 'socket closed';
        onClose();
      });
    } else if (ws !== undefined) {
      ws.on('message', (data: Buffer) => {
        this.#receive(data);
      });
      ws.on('error', () => undefined);
      ws.once('close', (code: number, reason: Buffer) => {
        this.closeInfo = `WebSocket close ${code} ${reason.toString()}`;
        onClose();
      });
    }
  }

  /** Connects. */
  static open(transport: FuzzTransport, host: string, port: number): Promise<FuzzConnection> {
    return new Promise((resolve, reject) => {
      if (transport === 'tcp') {
        const socket = connect({ host, port });
        socket.setNoDelay(true);
        socket.once('error', reject);
        socket.once('connect', () => {
          socket.off('error', reject);
          resolve(new FuzzConnection('tcp', socket, undefined));
        });
      } else {
        const ws = new WebSocket(`ws://${host}:${port}/ws`, { maxPayload: 16 * 1024 * 1024 });
        ws.once('error', reject);
        ws.once('open', () => {
          ws.off('error', reject);
          resolve(new FuzzConnection('ws', undefined, ws));
        });
      }
    });
  }

  /** Messages received so far; the number the next one will get. */
  get count(): number {
    return this.#forgotten + this.#received.length;
  }

  /**
   * The first Disconnect or fatal Error received, whenever it came: a close after it was
   * announced, even when it came before the caller's mark (in the same write as the answer the
   * caller was waiting for, say).
   */
  get farewell(): Farewell | undefined {
    return this.#farewell;
  }

  /** The messages numbered `from` and later that are still kept. */
  since(from: number): ServerMessage[] {
    return this.#received.slice(Math.max(0, from - this.#forgotten));
  }

  /** True once the server (or we) closed it. */
  get closed(): boolean {
    return this.#closed;
  }

  /** A request id no fuzzed message uses (fuzzed ones are random). */
  nextRequestId(): number {
    this.#nextRequestId++;
    return this.#nextRequestId;
  }

  /** TCP: writes raw stream bytes (framing included). WebSocket: sends them as one binary message. */
  write(bytes: Uint8Array): void {
    if (this.#closed) return;
    if (this.#socket !== undefined) this.#socket.write(bytes);
    else this.#ws?.send(bytes, { binary: true });
  }

  /** TCP only: writes bytes in random small pieces, a turn of the event loop apart. */
  async writeChunked(bytes: Uint8Array, random: FuzzRandom): Promise<void> {
    for (let at = 0; at < bytes.length && !this.#closed;) {
      const size = random.range(1, 48);
      this.write(bytes.subarray(at, at + size));
      at += size;
      await yieldTurn();
    }
  }

  /** WebSocket only: a text message (which the server must refuse). */
  sendText(text: string): void {
    if (!this.#closed) this.#ws?.send(text);
  }

  /** Sends one message, framed for the transport. */
  send(message: ClientMessageInit): void {
    const body = encodeClientMessage(message);
    this.write(this.transport === 'tcp' ? encodeFrame(body) : body);
  }

  /** Waits for a received message (numbered `from` or later) that matches, the close, or the timeout. */
  waitFor(match: (message: ServerMessage) => boolean, timeoutMs: number, from = 0): Promise<WaitOutcome> {
    return new Promise((resolve) => {
      const finish = (outcome: WaitOutcome): void => {
        clearTimeout(timer);
        this.#waiters.delete(check);
        resolve(outcome);
      };
      const check = (): void => {
        for (let i = Math.max(0, from - this.#forgotten); i < this.#received.length; i++) {
          const message = this.#received[i];
          if (message !== undefined && match(message)) {
            finish(message);
            return;
          }
        }
        if (this.#closed) finish('closed');
      };
      const timer = setTimeout(() => {
        finish('timeout');
      }, timeoutMs);
      this.#waiters.add(check);
      check();
    });
  }

  /** Sends a request and waits for its answer. */
  async request(payload: Omit<ClientMessageInit, 'requestId'>, timeoutMs = 10_000): Promise<WaitOutcome> {
    const requestId = this.nextRequestId();
    const from = this.count;
    this.send({ ...payload, requestId });
    return this.waitFor((m) => m.requestId === requestId, timeoutMs, from);
  }

  /** Closes at once. */
  destroy(): void {
    this.#socket?.destroy();
    this.#ws?.terminate();
  }

  #receive(body: Uint8Array): void {
    try {
      const message = decodeServerMessage(body);
      if (this.#farewell === undefined && (message.disconnect != null || message.error?.fatal === true)) this.#farewell = { message, index: this.count };
      this.#received.push(message);
    } catch (error) {
      this.undecodable.push(`${(error as Error).message}: ${Buffer.from(body).toString('hex').slice(0, 200)}`);
    }
    // Keep memory flat over long sessions.
    if (this.#received.length > KEPT_MESSAGES) {
      this.#received.splice(0, KEPT_MESSAGES / 2);
      this.#forgotten += KEPT_MESSAGES / 2;
    }
    this.#wake();
  }

  #wake(): void {
    for (const waiter of [...this.#waiters]) waiter();
  }
}

/** Why a preparation failed. */
export class PrepareError extends Error {
  /** The code the server answered with, if it answered. */
  readonly code: ErrorCode | undefined;

  /**
   * @param step - what was being done
   * @param outcome - how it ended
   */
  constructor(step: string, outcome: WaitOutcome) {
    const code = typeof outcome === 'string' ? undefined : (outcome.error?.code ?? undefined);
    super(`${step}: ${typeof outcome === 'string' ? outcome : (outcome.error?.message ?? 'unexpected answer')}`);
    this.name = 'PrepareError';
    this.code = code;
  }
}

/**
 * Brings a new connection's session to a state with honest requests and returns what the
 * fuzzer may refer to. Registers the account first if it never was.
 * @throws PrepareError when the server refused a step (the caller picks a fresh account)
 */
export async function prepareSession(connection: FuzzConnection, state: FuzzState, account: FuzzAccount, random: FuzzRandom, characterNames: string[]): Promise<FuzzContext> {
  const context: FuzzContext = { username: account.username, password: account.password, characterIds: [], resumeToken: '', characterNames, sequence: 0 };
  if (state === 'handshake') return context;
  const welcome = await connection.request({ hello: { protocolVersion: 1, clientName: 'fuzz' } });
  if (typeof welcome === 'string' || welcome.welcome == null) throw new PrepareError('hello', welcome);
  if (state === 'guest') return context;
  if (!account.registered) {
    const registered = await connection.request({ register: { username: account.username, password: account.password } });
    if (typeof registered === 'string' || (registered.registered == null && registered.error?.code !== ErrorCode.ERROR_CODE_USERNAME_TAKEN)) throw new PrepareError('register', registered);
    account.registered = true;
  }
  const loggedIn = await connection.request({ login: { username: account.username, password: account.password } });
  if (typeof loggedIn === 'string' || loggedIn.loggedIn == null) throw new PrepareError('login', loggedIn);
  context.resumeToken = loggedIn.loggedIn.resumeToken ?? '';
  const list = await connection.request({ listCharacters: {} });
  if (typeof list === 'string' || list.characterList == null) throw new PrepareError('list characters', list);
  context.characterIds = (list.characterList.characters ?? []).map((c) => c.id ?? '').filter((id) => id !== '');
  if (state === 'account') return context;
  if (context.characterIds.length === 0) {
    for (let attempt = 0; ; attempt++) {
      const name = characterName(random);
      const created = await connection.request({ createCharacter: { name, class: random.pick(CLASSES) } });
      const id = typeof created === 'string' ? undefined : created.characterCreated?.character?.id;
      if (id != null) {
        context.characterIds.push(id);
        if (characterNames.length < 64) characterNames.push(name);
        break;
      }
      const taken = typeof created !== 'string' && created.error?.code === ErrorCode.ERROR_CODE_CHARACTER_NAME_TAKEN;
      if (!taken || attempt >= 3) throw new PrepareError('create character', created);
    }
  }
  const entered = await connection.request({ enterWorld: { characterId: random.pick(context.characterIds) } });
  if (typeof entered === 'string' || entered.enteredWorld == null) throw new PrepareError('enter world', entered);
  return context;
}
