/**
 * The event store: append-only streams of events, one stream per entity, with optimistic
 * concurrency (an append names the version it expects the stream to be at), several streams
 * appended in one transaction, an idempotency record per operation, and the latest snapshot per
 * stream so a projection is rebuilt from the snapshot plus the events after it. The economy
 * ledger is its first user; both SQL backends implement it.
 * @module
 */

/** An event as it is stored: its stream, its place in the stream and its JSON body. */
export interface StoredEvent {
  /** The stream (entity) it belongs to, e.g. `character:<id>`. */
  readonly stream: string;
  /** Its version in the stream: 1 for the first event, no gaps. */
  readonly version: number;
  /** What happened, e.g. `ItemCreated`. */
  readonly type: string;
  /** The event's body, a JSON document. */
  readonly data: string;
  /** The operation that appended it (shared by every event of that append). */
  readonly operationId: string;
  /** When it was appended, ms since the Unix epoch. */
  readonly recordedAt: number;
}

/** An event to append. */
export interface NewEvent {
  /** What happened. */
  readonly type: string;
  /** The event's body, a JSON document. */
  readonly data: string;
}

/** Events for one stream, appended only if the stream is at `expectedVersion`. */
export interface StreamAppend {
  /** The stream. */
  readonly stream: string;
  /** The version the writer last saw: 0 for a stream with no events yet. */
  readonly expectedVersion: number;
  /** At least one event; they get versions `expectedVersion + 1` onwards. */
  readonly events: readonly NewEvent[];
}

/** One operation: appends to one or more streams, all in one transaction. */
export interface EventOperation {
  /**
   * Unique per operation (a ULID, or one derived from a trade's id). Recorded in the same
   * transaction as the events, so a retried operation is recognised and never applied twice.
   */
  readonly operationId: string;
  /** The streams to append to; each stream at most once. */
  readonly appends: readonly StreamAppend[];
  /** ms since the Unix epoch. */
  readonly recordedAt: number;
}

/**
 * What an append did: `appended`, or `duplicate` when the operation id was already recorded
 * (nothing was written; the first attempt's events stand).
 */
export type AppendOutcome = 'appended' | 'duplicate';

/** The latest saved state of a stream's projection. */
export interface StreamSnapshot {
  /** The stream. */
  readonly stream: string;
  /** The version of the last event folded into `state`. */
  readonly version: number;
  /** The projection's state, a JSON document. */
  readonly state: string;
}

/**
 * A stream was not at the version the writer expected: another writer appended first. Nothing
 * of the operation was written; the writer reloads and decides again.
 */
export class StreamVersionConflictError extends Error {
  /** The stream whose version differed. */
  readonly stream: string;
  /** The version the writer expected. */
  readonly expectedVersion: number;

  /**
   * @param stream - the stream
   * @param expectedVersion - the version the writer expected
   * @param actualVersion - the stream's version, when known (a concurrent insert only says it lost)
   */
  constructor(stream: string, expectedVersion: number, actualVersion?: number) {
    const actual = actualVersion === undefined ? 'moved on' : `is at ${actualVersion}`;
    super(`stream ${stream} was expected at version ${expectedVersion} but ${actual}`);
    this.name = 'StreamVersionConflictError';
    this.stream = stream;
    this.expectedVersion = expectedVersion;
  }
}

/** Event-sourced persistence, part of every Store. */
export interface EventStore {
  /**
   * Appends every stream's events in one transaction, or nothing. Rejects with
   * {@link StreamVersionConflictError} when a stream is not at its expected version; resolves
   * `duplicate` without writing when the operation id was recorded before. Resolves only once
   * the transaction is committed (durable).
   */
  appendEvents(operation: EventOperation): Promise<AppendOutcome>;
  /** A stream's events with version ≥ `fromVersion`, oldest first. */
  readEvents(stream: string, fromVersion: number): Promise<StoredEvent[]>;
  /** The stream's current version: 0 when it has no events. */
  streamVersion(stream: string): Promise<number>;
  /** Every stream's name, for audits and full replays. */
  listStreams(): Promise<string[]>;
  /** Whether an operation id was recorded. */
  hasOperation(operationId: string): Promise<boolean>;
  /** Saves a stream's snapshot, replacing an older one; an older version never replaces a newer. */
  saveSnapshot(snapshot: StreamSnapshot): Promise<void>;
  /** The stream's latest snapshot, or undefined when it has none. */
  loadSnapshot(stream: string): Promise<StreamSnapshot | undefined>;
}

/** Checks an operation's shape before any backend touches the database. */
export function checkOperation(operation: EventOperation): void {
  if (operation.operationId === '') throw new Error('an event operation needs an operation id');
  if (operation.appends.length === 0) throw new Error('an event operation appends to at least one stream');
  const streams = new Set<string>();
  for (const append of operation.appends) {
    if (streams.has(append.stream)) throw new Error(`stream ${append.stream} appears twice in one operation`);
    streams.add(append.stream);
    if (append.events.length === 0) throw new Error(`no events for stream ${append.stream}`);
    if (!Number.isSafeInteger(append.expectedVersion) || append.expectedVersion < 0) {
      throw new Error(`expected version of ${append.stream} must be a non-negative integer`);
    }
  }
}
