/**
 * The outbound half shared by every transport: a bounded queue of message bodies that is
 * flushed once per event-loop turn, so many messages cost one socket write. The batches that
 * queued something in a turn are flushed together, from one `setImmediate` for all of them (a
 * tick's frames reach thousands of connections: one immediate each was thousands of timer
 * objects and callbacks a tick), in the order they first queued; or at once, when the world has
 * handed out a tick's frames ({@link flushOutboundNow}).
 *
 * An unhurried body ({@link OutboundBatch.pushUnhurried}: chat heard by others) does not make its
 * batch due at the end of the turn: it waits for whatever the connection writes next (most often
 * the player's next world frame, sharing its write), or for the world's flush after a tick's
 * frames, and at most {@link UNHURRIED_MAX_WAIT_MS}. A zone chat line reaches every player of the
 * zone: flushed at the end of its turn it was a socket write per player (2,000 of them, ~16 ms of
 * kernel time in one stretch), where riding with the frames costs none.
 * @module
 */

/** The longest an unhurried body waits for a write to share, ms: a tick at 20 Hz. */
export const UNHURRIED_MAX_WAIT_MS = 50;

/** How a transport writes a batch and reports what the kernel has not yet taken. */
export interface BatchSink {
  /** Writes every body queued this turn; one socket write where the transport allows it. */
  writeBatch(bodies: readonly Uint8Array[], totalBytes: number): void;
  /** Bytes handed to the socket but not yet sent by the kernel. */
  readonly bufferedBytes: number;
}

/**
 * How a server's connections write their batches; one object shared by all of them. Batching
 * off exists to measure what batching saves (bench/fanout.bench.ts), not for production.
 */
export interface OutboundPolicy {
  /** True: one write per event-loop turn; false: every body is written as it is queued. */
  readonly batching: boolean;
  /** Writes handed to the transports so far (each a socket write), for the metrics. */
  writes: number;
}

/** The default policy: batching on, writes not counted anywhere else. */
function batchingPolicy(): OutboundPolicy {
  return { batching: true, writes: 0 };
}

/**
 * The batches due to be flushed at the end of this event-loop turn, in the order they became
 * due; one per thread (an I/O thread has its own), flushed from one `setImmediate`.
 */
class FlushRound {
  #due: OutboundBatch[] = [];
  #scheduled: NodeJS.Immediate | undefined;
  /** Batches holding unhurried bodies, waiting for the world's flush or the deadline. */
  #unhurried: OutboundBatch[] = [];
  #deadline: NodeJS.Timeout | undefined;
  readonly #requeueUnhurried = (batch: OutboundBatch): void => {
    this.addUnhurried(batch);
  };
  readonly #requeue = (batch: OutboundBatch): void => {
    this.add(batch);
  };
  readonly #runUnhurried = (): void => {
    clearTimeout(this.#deadline);
    this.#deadline = undefined;
    const waiting = this.#unhurried;
    this.#unhurried = [];
    // A batch written since (it became due, or closed) has nothing left: its flush does nothing.
    flushEach(waiting, this.#requeueUnhurried);
  };
  readonly #run = (): void => {
    this.#scheduled = undefined;
    const due = this.#due;
    this.#due = [];
    flushEach(due, this.#requeue);
  };

  /** Flushes `batch` at the end of this turn, with every other batch due then. */
  add(batch: OutboundBatch): void {
    this.#due.push(batch);
    this.#scheduled ??= setImmediate(this.#run);
  }

  /** Flushes `batch` at the world's next flush, or by the deadline, whichever comes first. */
  addUnhurried(batch: OutboundBatch): void {
    this.#unhurried.push(batch);
    if (this.#deadline === undefined) {
      this.#deadline = setTimeout(this.#runUnhurried, UNHURRIED_MAX_WAIT_MS);
      // A connection's close flushes what it holds; the deadline alone keeps no process alive.
      this.#deadline.unref();
    }
  }

  /** Flushes every batch due now rather than at the end of the turn, and every unhurried one. */
  now(): void {
    this.due();
    if (this.#unhurried.length > 0) this.#runUnhurried();
  }

  /** Flushes every batch due now rather than at the end of the turn; unhurried ones wait on. */
  due(): void {
    if (this.#scheduled === undefined) return;
    clearImmediate(this.#scheduled);
    this.#run();
  }
}

/**
 * Flushes the batches in order. A flush that throws must not strand the batches after it: they
 * go back through `requeue` (to the next round) before the error goes on.
 */
function flushEach(batches: readonly OutboundBatch[], requeue: (batch: OutboundBatch) => void): void {
  let i = 0;
  try {
    for (; i < batches.length; i++) (batches[i] as OutboundBatch).flush();
  } finally {
    for (i++; i < batches.length; i++) requeue(batches[i] as OutboundBatch);
  }
}

const flushRound = new FlushRound();

/**
 * Writes every batch of this thread that is due, now instead of at the end of the event-loop
 * turn, and every batch holding unhurried bodies (which then share the write of the frames just
 * handed out). The world calls it once a replicated tick has handed out its frames: a flush scheduled
 * from the tick runs on the next turn's check phase, after that turn's poll phase has read and
 * handled every socket that became readable during the tick (at 5,000 players, thousands of
 * messages), and the frames waited for all of it.
 */
export function flushOutboundNow(): void {
  flushRound.now();
}

/**
 * Writes every batch of this thread that is due, now instead of at the end of the event-loop
 * turn; batches holding only unhurried bodies wait on for the next frames. The world calls it
 * before a turn of ticks: answers queued while the poll phase handled the requests read just
 * before would otherwise wait for the ticks, whose turn was queued first (world-clock.ts).
 */
export function flushOutboundDue(): void {
  flushRound.due();
}

/**
 * Collects bodies and flushes them on the next turn of the event loop. The bound counts
 * queued bytes plus the socket's own buffer: a reader too slow to keep up crosses it, and
 * the owner disconnects it instead of letting server memory grow.
 */
export class OutboundBatch {
  readonly #sink: BatchSink;
  readonly #maxBytes: number;
  readonly #policy: OutboundPolicy;
  #bodies: Uint8Array[] = [];
  #bytes = 0;
  /** True while this batch waits in the flush round. */
  #due = false;
  /** True while this batch waits among the unhurried ones. */
  #unhurried = false;

  /**
   * @param sink - the transport's writer
   * @param maxBytes - the most bytes that may wait (queued plus socket buffer)
   * @param policy - batching on or off, and where writes are counted; batching on by default
   */
  constructor(sink: BatchSink, maxBytes: number, policy: OutboundPolicy = batchingPolicy()) {
    this.#sink = sink;
    this.#maxBytes = maxBytes;
    this.#policy = policy;
  }

  /** Bytes waiting in this queue (not counting the socket's buffer). */
  get queuedBytes(): number {
    return this.#bytes;
  }

  /** Queues a body; false when the bound would be exceeded (nothing is queued then). */
  push(body: Uint8Array): boolean {
    if (this.#bytes + body.length + this.#sink.bufferedBytes > this.#maxBytes) return false;
    if (!this.#policy.batching) {
      this.#policy.writes++;
      this.#sink.writeBatch([body], body.length);
      return true;
    }
    this.#bodies.push(body);
    this.#bytes += body.length;
    if (!this.#due) {
      this.#due = true;
      flushRound.add(this);
    }
    return true;
  }

  /**
   * Queues a body that need not leave this turn: it goes out with the next write of this batch
   * (a body pushed later, or a close), or at the world's next flush, and within
   * {@link UNHURRIED_MAX_WAIT_MS}. The caller must not reuse the body's memory: it may be read
   * turns later (unlike {@link OutboundBatch.push}'s one-turn loan). False when the bound would
   * be exceeded, as for push.
   */
  pushUnhurried(body: Uint8Array): boolean {
    if (!this.#policy.batching) return this.push(body);
    if (this.#bytes + body.length + this.#sink.bufferedBytes > this.#maxBytes) return false;
    this.#bodies.push(body);
    this.#bytes += body.length;
    if (!this.#due && !this.#unhurried) {
      this.#unhurried = true;
      flushRound.addUnhurried(this);
    }
    return true;
  }

  /** Writes whatever is queued now. */
  flush(): void {
    // Flushed early (a close, or by a round), the batch may be waiting in another round too: that
    // round's later call finds it empty.
    this.#due = false;
    this.#unhurried = false;
    if (this.#bodies.length === 0) return;
    const bodies = this.#bodies;
    const bytes = this.#bytes;
    this.#bodies = [];
    this.#bytes = 0;
    this.#policy.writes++;
    this.#sink.writeBatch(bodies, bytes);
  }

  /** Drops whatever is queued. */
  clear(): void {
    this.#due = false;
    this.#unhurried = false;
    this.#bodies = [];
    this.#bytes = 0;
  }
}
