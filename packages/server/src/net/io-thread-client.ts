/**
 * The main thread's end of one I/O thread (io-thread.ts): it answers the thread's admission
 * questions through the connection gate, turns admitted sockets into {@link ThreadedConnection}s,
 * hands them the frame bodies and events the thread posts, and sends the thread one batch per
 * event-loop turn with every connection's writes (one socket write each) and the operations
 * asked for (admit, refuse, end, destroy, pause, resume). When the thread dies, every one of its
 * connections ends with the reason and the owner is told.
 * @module
 */
import type { Worker } from 'node:worker_threads';
import type { TransportKind } from './connection.ts';
import type { GateVerdict } from './connection-gate.ts';
import type { ConnectionEvent, FromIoThread, InboundTurn, IoOpCode, Listening, OutboundTurn, ThreadedTransport } from './io-thread-messages.ts';
import { IoOp } from './io-thread-messages.ts';
import type { AcceptConnection } from './listener.ts';
import type { OutboundPolicy } from './outbound-batch.ts';
import { ThreadedConnection } from './threaded-connection.ts';
import { putVarint, varintSize } from '../world/replication/wire-writer.ts';
import type { ThreadOutbox } from './threaded-connection.ts';

/** Per-address admission as an I/O thread needs it: by address, released on close (ConnectionGate). */
export interface AddressGate {
  /** Admits or refuses a connection from the address (a refusal is counted by the gate). */
  admitFrom(address: string, transport: TransportKind): GateVerdict;
  /** An admitted connection from the address has closed. */
  release(address: string): void;
}

/** What one thread's end on the main thread is given. */
export interface IoThreadClientOptions {
  /** The thread's number, for messages. */
  readonly index: number;
  /** Per-address admission; every socket is admitted when absent. */
  readonly gate: AddressGate | undefined;
  /** Called with each connection once its socket is admitted and ready. */
  readonly accept: AcceptConnection;
  /** Largest outbound backlog before a client counts as too slow, bytes. */
  readonly maxOutboundBytes: number;
  /** Batching on or off, and where writes are counted. */
  readonly outbound: OutboundPolicy;
  /** Told once when the thread dies other than by {@link IoThreadClient.close}. */
  readonly onDeath: (error: Error) => void;
}

/** A batch sent and not yet acknowledged: who it wrote to and how many bytes each. */
interface SentTurn {
  readonly seq: number;
  readonly connections: ThreadedConnection[];
  readonly bytes: number[];
}

/** How long a closing thread may take to end before it is terminated, ms. */
const EXIT_GRACE_MS = 2_000;

/** One I/O thread as the main thread drives it. */
export class IoThreadClient implements ThreadOutbox {
  readonly #worker: Worker;
  readonly #options: IoThreadClientOptions;
  readonly #connections = new Map<number, ThreadedConnection>();
  /** Admitted sockets (ready or still handshaking) and the address the gate counted them by. */
  readonly #admitted = new Map<number, { readonly address: string; readonly transport: ThreadedTransport }>();
  #dirty: ThreadedConnection[] = [];
  #ops: number[] = [];
  #scheduled: NodeJS.Immediate | undefined;
  #seq = 0;
  readonly #sent: SentTurn[] = [];
  readonly #listening: Promise<Listening>;
  #failure: Error | undefined;
  #closing: Promise<void> | undefined;
  #busyMs = 0;

  /**
   * @param worker - the started thread (io-thread.ts)
   * @param options - admission, acceptance, bounds and what to do when the thread dies
   */
  constructor(worker: Worker, options: IoThreadClientOptions) {
    this.#worker = worker;
    this.#options = options;
    this.#listening = new Promise((resolve, reject) => {
      worker.on('message', (message: FromIoThread) => {
        if (message.type === 'turn') this.#receive(message);
        else if (message.type === 'listening') resolve(message);
        else {
          // The thread ends by itself after saying so; that is not a death to report.
          this.#closing ??= new Promise((ended) => worker.once('exit', () => {
            ended();
          }));
          reject(Object.assign(new Error(`I/O thread ${options.index} could not listen: ${message.message}`), { code: message.code }));
        }
      });
      worker.on('messageerror', (error: Error) => {
        this.#die(error, reject);
        void worker.terminate();
      });
      worker.on('error', (error: Error) => {
        this.#die(error, reject);
      });
      worker.on('exit', (code: number) => {
        this.#die(new Error(`the thread exited with code ${code}`), reject);
      });
    });
  }

  /** Resolves with the ports once the thread listens; rejects if it could not. */
  listening(): Promise<Listening> {
    return this.#listening;
  }

  /** Why the thread died, or undefined while it runs (or after a clean close). */
  get failure(): Error | undefined {
    return this.#failure;
  }

  /** Connections open through this thread. */
  get connectionCount(): number {
    return this.#connections.size;
  }

  /**
   * Milliseconds the thread's event loop has been busy since it started (its event-loop
   * utilization's active time). A thread that has exited reads as zero to Node, so the last
   * reading is kept: the figure never goes back.
   */
  get busyMs(): number {
    this.#busyMs = Math.max(this.#busyMs, this.#worker.performance.eventLoopUtilization().active);
    return this.#busyMs;
  }

  queued(connection: ThreadedConnection): void {
    if (!connection.inTurn) {
      connection.inTurn = true;
      this.#dirty.push(connection);
    }
    this.#schedule();
  }

  operate(op: IoOpCode, id: number): void {
    this.#ops.push(op, id);
    this.#schedule();
  }

  /** Posts the thread what is queued now, rather than at the end of the event-loop turn. */
  flush(): void {
    if (this.#scheduled !== undefined) this.#flush();
  }

  /** Stops accepting; connections stay open. */
  stopListening(): void {
    if (this.#failure === undefined && this.#closing === undefined) this.#worker.postMessage({ type: 'stop-listening' });
  }

  /** Sends what is queued, then destroys the thread's sockets and ends it (terminated if it lingers). */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      if (this.#failure !== undefined) return;
      this.#flush();
      const exited = new Promise<void>((resolve) => this.#worker.once('exit', () => {
        resolve();
      }));
      this.#worker.postMessage({ type: 'exit' });
      const timer = setTimeout(() => void this.#worker.terminate(), EXIT_GRACE_MS);
      await exited;
      clearTimeout(timer);
      for (const connection of this.#connections.values()) connection.socketClosed(new Error('the server closed its I/O threads'));
      this.#connections.clear();
      this.#releaseAll();
    })();
    return this.#closing;
  }

  #schedule(): void {
    this.#scheduled ??= setImmediate(() => {
      this.#flush();
    });
  }

  /** One message for this turn: every connection's bodies framed back to back, then the ops. */
  #flush(): void {
    if (this.#scheduled !== undefined) clearImmediate(this.#scheduled);
    this.#scheduled = undefined;
    const dirty = this.#dirty;
    const ops = this.#ops;
    this.#dirty = [];
    this.#ops = [];
    if (this.#failure !== undefined || (dirty.length === 0 && ops.length === 0)) return;
    const { batching } = this.#options.outbound;
    let size = 0;
    let writeCount = 0;
    for (const connection of dirty) {
      for (const body of connection.pending) size += varintSize(body.length) + body.length;
      if (connection.pending.length > 0) writeCount += batching ? 1 : connection.pending.length;
    }
    const bytes = new Uint8Array(size);
    const writes = new Uint32Array(writeCount * 2);
    const sent: SentTurn = { seq: ++this.#seq, connections: [], bytes: [] };
    let at = 0;
    let entry = 0;
    for (const connection of dirty) {
      const start = at;
      let writeStart = at;
      const bodies = connection.pending;
      for (const body of bodies) {
        at = putVarint(bytes, at, body.length);
        bytes.set(body, at);
        at += body.length;
        if (!batching) {
          writes[entry++] = connection.id;
          writes[entry++] = at - writeStart;
          writeStart = at;
        }
      }
      connection.take(at - start);
      if (bodies.length === 0) continue;
      if (batching) {
        writes[entry++] = connection.id;
        writes[entry++] = at - start;
      }
      sent.connections.push(connection);
      sent.bytes.push(at - start);
    }
    this.#options.outbound.writes += writeCount;
    const opTable = Uint32Array.from(ops);
    const turn: OutboundTurn = { type: 'turn', seq: sent.seq, bytes: bytes.buffer, writes, ops: opTable };
    this.#sent.push(sent);
    this.#worker.postMessage(turn, [bytes.buffer, writes.buffer, opTable.buffer]);
  }

  #receive(turn: InboundTurn): void {
    // A connection's frames come after its opening and before its end in the thread; one turn
    // may hold all three, so openings first, then frames, then the rest.
    for (const event of turn.events) {
      if (event.kind === 'ask' || event.kind === 'open') this.#event(event);
    }
    let at = 0;
    for (let i = 0; i < turn.frames.length; i += 2) {
      const length = turn.frames[i + 1] as number;
      this.#connections.get(turn.frames[i] as number)?.deliver(new Uint8Array(turn.bytes, at, length));
      at += length;
    }
    for (const event of turn.events) {
      if (event.kind !== 'ask' && event.kind !== 'open') this.#event(event);
    }
    while (this.#sent.length > 0 && (this.#sent[0] as SentTurn).seq <= turn.acked) {
      const done = this.#sent.shift() as SentTurn;
      for (let i = 0; i < done.connections.length; i++) (done.connections[i] as ThreadedConnection).inFlight -= done.bytes[i] as number;
    }
    for (let i = 0; i < turn.backlog.length; i += 2) {
      const connection = this.#connections.get(turn.backlog[i] as number);
      if (connection !== undefined) connection.backlog = turn.backlog[i + 1] as number;
    }
  }

  #event(event: ConnectionEvent): void {
    switch (event.kind) {
      case 'ask': {
        const verdict = this.#options.gate?.admitFrom(event.address, event.transport) ?? 'admitted';
        if (verdict === 'admitted') {
          this.#admitted.set(event.id, { address: event.address, transport: event.transport });
          this.operate(IoOp.admit, event.id);
        } else this.operate(verdict === 'too-many-open' ? IoOp.refuseTooMany : IoOp.refuseTooFast, event.id);
        break;
      }
      case 'open': {
        const admitted = this.#admitted.get(event.id);
        if (admitted === undefined) break;
        const connection = new ThreadedConnection(event.id, admitted.transport, admitted.address, this, this.#options.maxOutboundBytes);
        this.#connections.set(event.id, connection);
        this.#options.accept(connection);
        break;
      }
      case 'end':
        this.#connections.get(event.id)?.peerEnded();
        break;
      case 'failed':
        this.#connections.get(event.id)?.failed(event.message, event.code);
        break;
      case 'closed': {
        this.#connections.get(event.id)?.socketClosed();
        this.#connections.delete(event.id);
        const admitted = this.#admitted.get(event.id);
        if (admitted !== undefined) {
          this.#admitted.delete(event.id);
          this.#options.gate?.release(admitted.address);
        }
        break;
      }
    }
  }

  #releaseAll(): void {
    for (const { address } of this.#admitted.values()) this.#options.gate?.release(address);
    this.#admitted.clear();
  }

  /** The thread is gone other than by close: end every connection with the reason, once. */
  #die(cause: Error, rejectListening: (error: Error) => void): void {
    if (this.#failure !== undefined || this.#closing !== undefined) return;
    const error = new Error(`I/O thread ${this.#options.index} died: ${cause.message}; its connections are closed`, { cause });
    this.#failure = error;
    rejectListening(error);
    if (this.#scheduled !== undefined) clearImmediate(this.#scheduled);
    this.#scheduled = undefined;
    for (const connection of this.#connections.values()) connection.socketClosed(error);
    this.#connections.clear();
    this.#releaseAll();
    this.#dirty = [];
    this.#ops = [];
    this.#options.onDeath(error);
  }
}
