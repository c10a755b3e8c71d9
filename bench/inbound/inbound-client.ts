/**
 * One inbound-benchmark client over a raw TCP socket: it logs a seeded account in and enters
 * the world with the protocol's codec, then only sends movement inputs (one socket write
 * each, as real clients send them) and skims what the server sends: frames are counted by
 * their length prefixes, never decoded, so thousands of clients cost the load generator little.
 * With datagrams, it opens a datagram channel after entering the world and sends its inputs,
 * and gets its frames, as UDP datagrams (inbound-datagrams.ts).
 * @module
 */
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import {
  decodeServerMessage,
  encodeClientMessage,
  encodeFrame,
  FrameDecoder,
  PROTOCOL_VERSION,
  serverPayload,
} from '@realmforge/protocol';
import type { ClientMessageInit, ServerMessage } from '@realmforge/protocol';
import { InboundDatagrams } from './inbound-datagrams.ts';

/** Largest frame the clients accept from the server (world frames in a crowd are large). */
const MAX_SERVER_FRAME_BYTES = 1 << 20;
/** Longest wait for one answer during login, ms. */
const ANSWER_TIMEOUT_MS = 60_000;

/** What the clients of one process received and sent, counted together. */
export interface InboundCount {
  /** Movement inputs written. */
  inputsSent: number;
  /** Frames received after entering the world (world frames, pings). */
  framesReceived: number;
  /** Bytes received after entering the world. */
  bytesReceived: number;
  /** Clients whose connection closed after entering the world. */
  closedInWorld: number;
}

type ClientRequest = Omit<ClientMessageInit, 'requestId'>;

interface Waiter {
  readonly resolve: (message: ServerMessage) => void;
  readonly reject: (error: Error) => void;
}

/** A client of the inbound benchmark. */
export class InboundClient {
  /** Where the character entered the world, metres. */
  entry = { x: 0, y: 0 };
  readonly #socket: Socket;
  readonly #decoder = new FrameDecoder(MAX_SERVER_FRAME_BYTES);
  readonly #frames: Uint8Array[] = [];
  readonly #waiting = new Map<number, Waiter>();
  readonly #count: InboundCount;
  #nextRequestId = 1;
  #sequence = 0;
  #inWorld = false;
  #closed = false;
  #datagrams: InboundDatagrams | undefined;

  private constructor(socket: Socket, count: InboundCount) {
    this.#socket = socket;
    this.#count = count;
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      this.#received(chunk);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.#closed = true;
      if (this.#inWorld) count.closedInWorld++;
      for (const waiter of this.#waiting.values()) waiter.reject(new Error('the server closed the connection'));
      this.#waiting.clear();
    });
  }

  /**
   * Connects, logs `username` in and enters the world with the account's first character; with
   * `datagrams`, then opens and binds a datagram channel for its inputs and frames.
   */
  static async enter(port: number, username: string, password: string, count: InboundCount, datagrams = false): Promise<InboundClient> {
    const socket = await new Promise<Socket>((resolve, reject) => {
      const s = connect({ host: '127.0.0.1', port }, () => {
        s.off('error', reject);
        resolve(s);
      });
      s.once('error', reject);
    });
    const client = new InboundClient(socket, count);
    try {
      await client.#request({ hello: { protocolVersion: PROTOCOL_VERSION, clientName: 'inbound-bench' } }, 'welcome');
      await client.#request({ login: { username, password } }, 'loggedIn');
      const list = await client.#request({ listCharacters: {} }, 'characterList');
      const characterId = list.characterList?.characters?.[0]?.id;
      if (characterId === undefined) throw new Error(`${username} has no character`);
      const entered = await client.#request({ enterWorld: { characterId } }, 'enteredWorld');
      client.entry = { x: entered.enteredWorld?.character?.position?.x ?? 0, y: entered.enteredWorld?.character?.position?.y ?? 0 };
      if (datagrams) {
        const grant = (await client.#request({ openDatagramChannel: {} }, 'datagramChannel')).datagramChannel;
        if (grant === null || grant === undefined) throw new Error('DatagramChannel carried nothing');
        client.#datagrams = await InboundDatagrams.bind({ port: grant.port ?? 0, channelId: grant.channelId ?? 0, token: grant.token ?? new Uint8Array(0), key: grant.key ?? new Uint8Array(0) }, count);
      }
      client.#inWorld = true;
      return client;
    } catch (error) {
      socket.destroy();
      throw error;
    }
  }

  /** Sends one movement input towards (x, y) as its own socket write. */
  moveTo(x: number, y: number): void {
    if (this.#closed) return;
    this.#sequence++;
    const body = encodeClientMessage({ requestId: 0, moveInput: { sequence: this.#sequence, target: { x, y }, clientTimeMs: Date.now() } });
    if (this.#datagrams === undefined) this.#socket.write(encodeFrame(body));
    else this.#datagrams.send(body);
    this.#count.inputsSent++;
  }

  /** Closes the connection (and the datagram channel's socket). */
  close(): void {
    this.#datagrams?.close();
    this.#socket.destroy();
  }

  #request(payload: ClientRequest, answer: string): Promise<ServerMessage> {
    const requestId = this.#nextRequestId++;
    return new Promise<ServerMessage>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiting.delete(requestId);
        reject(new Error(`no ${answer} within ${ANSWER_TIMEOUT_MS / 1000} s`));
      }, ANSWER_TIMEOUT_MS);
      this.#waiting.set(requestId, {
        resolve: (message) => {
          clearTimeout(timer);
          const kind = serverPayload(message)?.kind;
          if (kind === answer) resolve(message);
          else reject(new Error(`expected ${answer}, got ${kind ?? 'nothing'}: ${message.error?.message ?? ''}`));
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.#socket.write(encodeFrame(encodeClientMessage({ ...payload, requestId })));
    });
  }

  #received(chunk: Buffer): void {
    const frames = this.#frames;
    frames.length = 0;
    const failure = this.#decoder.decodeInto(chunk, frames);
    if (failure !== undefined) {
      this.#socket.destroy(failure);
      return;
    }
    if (this.#inWorld) {
      this.#count.framesReceived += frames.length;
      this.#count.bytesReceived += chunk.length;
      return;
    }
    for (const body of frames) {
      const message = decodeServerMessage(body);
      const waiter = this.#waiting.get(message.requestId);
      if (waiter === undefined) continue;
      this.#waiting.delete(message.requestId);
      waiter.resolve(message);
    }
  }
}
