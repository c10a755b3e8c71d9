/**
 * The outbound half shared by every transport: a bounded queue of message bodies that is
 * flushed once per event-loop turn, so many messages cost one socket write.
 * @module
 */

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
  #scheduled: NodeJS.Immediate | undefined;

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
    this.#scheduled ??= setImmediate(() => {
      this.flush();
    });
    return true;
  }

  /** Writes whatever is queued now. */
  flush(): void {
    if (this.#scheduled !== undefined) {
      clearImmediate(this.#scheduled);
      this.#scheduled = undefined;
    }
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
    if (this.#scheduled !== undefined) clearImmediate(this.#scheduled);
    this.#scheduled = undefined;
    this.#bodies = [];
    this.#bytes = 0;
  }
}
