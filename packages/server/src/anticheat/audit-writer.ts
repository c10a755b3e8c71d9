/**
 * Writes anti-cheat detections to the audit log in batches. A detection costs the session that
 * caused it nothing but a place in a bounded queue: entries are written together, one
 * transaction a batch, a short while after the first of them arrives, so a flood of detections
 * (a cheater, or a network stall across thousands of players) costs one commit per batch instead
 * of one per detection. Past the bound, entries are dropped and counted, never queued without
 * limit. A batch the store refuses is retried entry by entry, so one bad entry loses only itself.
 * @module
 */
import type { Logger } from '../ops/logger.ts';
import type { AuditRecord } from '../store/store.ts';

/** Tunables of an {@link AuditWriter}. */
export interface AuditWriterOptions {
  /** Writes entries in one transaction (the store's appendAudits). */
  readonly write: (records: readonly AuditRecord[]) => Promise<void>;
  /** Where failures and drops are reported. */
  readonly log: Logger;
  /** Entries waiting at most; more are dropped (default 10,000). */
  readonly maxPending?: number;
  /** Entries per transaction at most (default 500). */
  readonly batchSize?: number;
  /** How long the first entry of a batch waits for company, ms (default 250). */
  readonly delayMs?: number;
}

interface Pending {
  readonly record: AuditRecord;
  readonly written: () => void;
}

/** The batched audit log of one server. */
export class AuditWriter {
  readonly #write: AuditWriterOptions['write'];
  readonly #log: Logger;
  readonly #maxPending: number;
  readonly #batchSize: number;
  readonly #delayMs: number;
  #queue: Pending[] = [];
  #timer: NodeJS.Timeout | undefined;
  #draining: Promise<void> | undefined;
  #dropped = 0;
  #failed = 0;

  /** @param options - the store's batch write, the logger, bounds */
  constructor(options: AuditWriterOptions) {
    this.#write = options.write;
    this.#log = options.log;
    this.#maxPending = options.maxPending ?? 10_000;
    this.#batchSize = options.batchSize ?? 500;
    this.#delayMs = options.delayMs ?? 250;
  }

  /** Entries dropped because the queue was full. */
  get dropped(): number {
    return this.#dropped;
  }

  /** Entries the store refused (logged). */
  get failed(): number {
    return this.#failed;
  }

  /** Entries waiting to be written. */
  get pending(): number {
    return this.#queue.length;
  }

  /**
   * Queues an entry.
   * @returns settles when the entry is written, dropped or refused; never rejects
   */
  add(record: AuditRecord): Promise<void> {
    if (this.#queue.length >= this.#maxPending) {
      this.#dropped++;
      if (this.#dropped === 1 || this.#dropped % 1000 === 0) {
        this.#log.warn({ dropped: this.#dropped, maxPending: this.#maxPending }, 'audit log queue full: detections dropped');
      }
      return Promise.resolve();
    }
    return new Promise((written) => {
      this.#queue.push({ record, written });
      this.#timer ??= setTimeout(() => {
        this.#timer = undefined;
        void this.flush();
      }, this.#delayMs);
    });
  }

  /** Writes everything queued now (also what arrives while it writes); used at shutdown. */
  flush(): Promise<void> {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
    this.#draining ??= this.#drain().finally(() => {
      this.#draining = undefined;
    });
    return this.#draining;
  }

  async #drain(): Promise<void> {
    while (this.#queue.length > 0) {
      const batch = this.#queue.slice(0, this.#batchSize);
      this.#queue = this.#queue.slice(batch.length);
      await this.#writeBatch(batch);
      for (const entry of batch) entry.written();
    }
  }

  async #writeBatch(batch: readonly Pending[]): Promise<void> {
    try {
      await this.#write(batch.map((entry) => entry.record));
      return;
    } catch (error) {
      if (batch.length === 1) {
        this.#refused(batch[0]?.record, error);
        return;
      }
    }
    for (const entry of batch) {
      try {
        await this.#write([entry.record]);
      } catch (error) {
        this.#refused(entry.record, error);
      }
    }
  }

  #refused(record: AuditRecord | undefined, error: unknown): void {
    this.#failed++;
    this.#log.error({ err: error, accountId: record?.accountId, detection: record?.name }, 'writing an audit entry failed');
  }
}
