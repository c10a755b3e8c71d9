/**
 * The event store's SQLite half: statements and transactions on the SqliteStore's connection.
 * Work is synchronous (the driver is); {@link SqliteStore} wraps each call in a promise.
 * @module
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { AppendOutcome, EventOperation, StoredEvent, StreamSnapshot } from './event-store.ts';
import { checkOperation, StreamVersionConflictError } from './event-store.ts';
import { atomically } from './sqlite-transaction.ts';

/** SQLITE_CONSTRAINT_PRIMARYKEY: another connection appended the same version first. */
const sqliteConstraintPrimaryKey = 1555;

function prepare(db: DatabaseSync) {
  return {
    insertEvent: db.prepare(
      'INSERT INTO ledger_events (stream, version, type, data, operation_id, recorded_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    insertOperation: db.prepare('INSERT INTO ledger_operations (operation_id, recorded_at) VALUES (?, ?)'),
    operation: db.prepare('SELECT 1 AS found FROM ledger_operations WHERE operation_id = ?'),
    version: db.prepare('SELECT COALESCE(MAX(version), 0) AS version FROM ledger_events WHERE stream = ?'),
    events: db.prepare(
      `SELECT stream, version, type, data, operation_id, recorded_at FROM ledger_events
       WHERE stream = ? AND version >= ? ORDER BY version`,
    ),
    streams: db.prepare('SELECT DISTINCT stream FROM ledger_events ORDER BY stream'),
    saveSnapshot: db.prepare(
      `INSERT INTO ledger_snapshots (stream, version, state) VALUES (?, ?, ?)
       ON CONFLICT (stream) DO UPDATE SET version = excluded.version, state = excluded.state
       WHERE excluded.version > ledger_snapshots.version`,
    ),
    loadSnapshot: db.prepare('SELECT stream, version, state FROM ledger_snapshots WHERE stream = ?'),
  } satisfies Record<string, StatementSync>;
}

/** The ledger tables of one SQLite connection. */
export class SqliteEventStore {
  readonly #db: DatabaseSync;
  readonly #s: ReturnType<typeof prepare>;

  /** @param db - an open, migrated connection */
  constructor(db: DatabaseSync) {
    this.#db = db;
    this.#s = prepare(db);
  }

  /**
   * Appends every stream's events atomically, or nothing: its own IMMEDIATE transaction, or a
   * savepoint inside a group commit (sqlite-transaction.ts).
   */
  append(operation: EventOperation): AppendOutcome {
    checkOperation(operation);
    const s = this.#s;
    try {
      return atomically(this.#db, () => {
        // A replay changes nothing, and an empty commit does not touch the disk.
        if (s.operation.get(operation.operationId) !== undefined) return 'duplicate';
        s.insertOperation.run(operation.operationId, operation.recordedAt);
        for (const append of operation.appends) {
          const actual = Number(s.version.get(append.stream)?.version ?? 0);
          if (actual !== append.expectedVersion) throw new StreamVersionConflictError(append.stream, append.expectedVersion, actual);
          let version = append.expectedVersion;
          for (const event of append.events) {
            version += 1;
            s.insertEvent.run(append.stream, version, event.type, event.data, operation.operationId, operation.recordedAt);
          }
        }
        return 'appended';
      });
    } catch (error) {
      if (error instanceof Error && 'errcode' in error && error.errcode === sqliteConstraintPrimaryKey) {
        const stream = operation.appends[0]?.stream ?? '';
        throw new StreamVersionConflictError(stream, operation.appends[0]?.expectedVersion ?? 0);
      }
      throw error;
    }
  }

  /** Events of `stream` from `fromVersion` on. */
  read(stream: string, fromVersion: number): StoredEvent[] {
    return this.#s.events.all(stream, fromVersion).map((row) => ({
      stream: String(row.stream),
      version: Number(row.version),
      type: String(row.type),
      data: String(row.data),
      operationId: String(row.operation_id),
      recordedAt: Number(row.recorded_at),
    }));
  }

  /** The stream's version. */
  version(stream: string): number {
    return Number(this.#s.version.get(stream)?.version ?? 0);
  }

  /** Every stream name. */
  streams(): string[] {
    return this.#s.streams.all().map((row) => String(row.stream));
  }

  /** Whether the operation was recorded. */
  hasOperation(operationId: string): boolean {
    return this.#s.operation.get(operationId) !== undefined;
  }

  /** Upserts a snapshot unless a newer one is stored. */
  saveSnapshot(snapshot: StreamSnapshot): void {
    this.#s.saveSnapshot.run(snapshot.stream, snapshot.version, snapshot.state);
  }

  /** The latest snapshot. */
  loadSnapshot(stream: string): StreamSnapshot | undefined {
    const row = this.#s.loadSnapshot.get(stream);
    return row === undefined ? undefined : { stream: String(row.stream), version: Number(row.version), state: String(row.state) };
  }
}
