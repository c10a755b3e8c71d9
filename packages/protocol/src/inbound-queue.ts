/**
 * The inbound side of a connection, at either end: message bodies a transport has read,
 * waiting for the reader's loop (the server's session, a client's message pump), with
 * backpressure. The transport pushes bodies as its socket delivers them (synchronously, from
 * its 'data' or 'message' listener) and the reader reads them with `for await`. The queue is
 * its own async iterator, written by hand because it sits on every message's path: a reader
 * already waiting is handed the body at once, a body already queued is returned as an
 * already-resolved promise, and nothing else (no stream machinery, no generator) stands between
 * the socket and the read loop. Past a bound of queued messages or bytes the transport is asked
 * to stop reading its socket, and to read again once the queue is down to half of it (or the
 * share the transport chose), so a reader that is busy (or awaiting storage) is not flooded.
 * @module
 */

/** How the queue pauses and resumes the transport's reading. */
export interface InboundFlow {
  /** Stop reading the socket: the queue is at its bound. */
  pause(): void;
  /** Read the socket again: the queue is down to its resume share of the bounds. */
  resume(): void;
  /**
   * The reader stopped (left its loop) before the stream ended: nothing more will be read from
   * the queue. The transport decides what becomes of the socket; it must not destroy it here,
   * as the session still sends its final message and closes it in order.
   */
  stopped(): void;
}

/** When reading pauses: whichever bound is reached first. */
export interface InboundBounds {
  /** Queued messages at which reading pauses. */
  readonly maxMessages: number;
  /** Queued body bytes at which reading pauses. */
  readonly maxBytes: number;
  /** Share of both bounds at or below which paused reading resumes; half when absent. */
  readonly resumeShare?: number;
}

/** Read slots at the front of the array after which it is compacted. */
const COMPACT_AFTER = 1024;

const DONE: IteratorResult<Uint8Array> = Object.freeze({ done: true, value: undefined });

/** A bounded queue of inbound message bodies that a session reads with `for await`. */
export class InboundQueue implements AsyncIterableIterator<Uint8Array> {
  readonly #flow: InboundFlow;
  readonly #maxMessages: number;
  readonly #maxBytes: number;
  readonly #resumeMessages: number;
  readonly #resumeBytes: number;
  readonly #bodies: Uint8Array[] = [];
  #head = 0;
  #bytes = 0;
  #paused = false;
  /** How the stream ended once the queued bodies are read: undefined while it goes on. */
  #end: { readonly failure: Error | undefined } | undefined;
  /** Set once the reader left: pushes are dropped from then on. */
  #stopped = false;
  #waiting: { resolve: (result: IteratorResult<Uint8Array>) => void; reject: (error: Error) => void } | undefined;

  /**
   * @param flow - how to pause and resume the transport's reading
   * @param bounds - when to pause
   */
  constructor(flow: InboundFlow, bounds: InboundBounds) {
    this.#flow = flow;
    this.#maxMessages = bounds.maxMessages;
    this.#maxBytes = bounds.maxBytes;
    const share = bounds.resumeShare ?? 1 / 2;
    this.#resumeMessages = bounds.maxMessages * share;
    this.#resumeBytes = bounds.maxBytes * share;
  }

  /** Messages queued and not yet read. */
  get length(): number {
    return this.#bodies.length - this.#head;
  }

  /** True while the transport's reading is paused by this queue. */
  get paused(): boolean {
    return this.#paused;
  }

  /** True once the stream's end (or failure) was pushed, or the reader left. */
  get finished(): boolean {
    return this.#end !== undefined || this.#stopped;
  }

  /** One message body, in arrival order. Ignored after {@link InboundQueue.end} or {@link InboundQueue.fail}. */
  push(body: Uint8Array): void {
    if (this.#end !== undefined || this.#stopped) return;
    const waiting = this.#waiting;
    if (waiting !== undefined) {
      this.#waiting = undefined;
      waiting.resolve({ done: false, value: body });
      return;
    }
    this.#bodies.push(body);
    this.#bytes += body.length;
    if (!this.#paused && (this.length >= this.#maxMessages || this.#bytes >= this.#maxBytes)) {
      this.#paused = true;
      this.#flow.pause();
    }
  }

  /** The stream ended cleanly: the reader's loop ends after the queued bodies. */
  end(): void {
    this.#finish(undefined);
  }

  /** The stream failed: the reader gets the queued bodies, then `error` is thrown to it. */
  fail(error: Error): void {
    this.#finish(error);
  }

  /** The next body: already resolved when one is queued, else when one arrives or the stream ends. */
  next(): Promise<IteratorResult<Uint8Array>> {
    if (this.#head < this.#bodies.length) return Promise.resolve({ done: false, value: this.#take() });
    if (this.#end !== undefined) {
      const { failure } = this.#end;
      if (failure === undefined) return Promise.resolve(DONE);
      // Thrown once; the iterator is done after it, as a generator's would be.
      this.#end = { failure: undefined };
      return Promise.reject(failure);
    }
    if (this.#stopped) return Promise.resolve(DONE);
    return new Promise((resolve, reject) => {
      this.#waiting = { resolve, reject };
    });
  }

  /** The reader left its loop (break, return or a throw in its body): stop queueing. */
  return(): Promise<IteratorResult<Uint8Array>> {
    if (!this.#stopped && this.#end === undefined) {
      this.#stopped = true;
      this.#bodies.length = 0;
      this.#head = 0;
      this.#bytes = 0;
      this.#flow.stopped();
    }
    return Promise.resolve(DONE);
  }

  /** The queue is its own (single-reader) iterator. */
  [Symbol.asyncIterator](): AsyncIterableIterator<Uint8Array> {
    return this;
  }

  #take(): Uint8Array {
    const body = this.#bodies[this.#head] as Uint8Array;
    this.#head++;
    this.#bytes -= body.length;
    if (this.#head === this.#bodies.length) {
      this.#bodies.length = 0;
      this.#head = 0;
    } else if (this.#head >= COMPACT_AFTER && this.#head * 2 >= this.#bodies.length) {
      // A reader that never quite catches up must not grow the array for ever.
      this.#bodies.splice(0, this.#head);
      this.#head = 0;
    }
    if (this.#paused && this.length <= this.#resumeMessages && this.#bytes <= this.#resumeBytes && this.#end === undefined) {
      this.#paused = false;
      this.#flow.resume();
    }
    return body;
  }

  #finish(failure: Error | undefined): void {
    if (this.#end !== undefined || this.#stopped) return;
    this.#end = { failure };
    const waiting = this.#waiting;
    if (waiting === undefined) return;
    this.#waiting = undefined;
    if (failure === undefined) waiting.resolve(DONE);
    else {
      this.#end = { failure: undefined };
      waiting.reject(failure);
    }
  }
}
