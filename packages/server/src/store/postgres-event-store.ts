/**
 * The event store's PostgreSQL half, run through the PostgresStore's pool and transactions.
 * @module
 */
import { DatabaseError } from 'pg';
import type { AppendOutcome, EventOperation, StoredEvent, StreamSnapshot } from './event-store.ts';
import { checkOperation, StreamVersionConflictError } from './event-store.ts';
import type { StoredRow } from './rows.ts';

/** Runs one statement. */
export type PgQuery = (text: string, values?: readonly unknown[]) => Promise<{ rows: StoredRow[]; rowCount: number }>;

/** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
export type PgTransaction = <T>(work: (query: PgQuery) => Promise<T>) => Promise<T>;

/** unique_violation: another transaction appended the same (stream, version) first. */
const uniqueViolation = '23505';
/** deadlock_detected: two appends to the same streams crossed; one loses. */
const deadlockDetected = '40P01';

/** Appends one stream's events in a single statement. */
const insertEventsSql = `
  INSERT INTO ledger_events (stream, version, type, data, operation_id, recorded_at)
  SELECT $1, v, t, d, $5, $6 FROM unnest($2::integer[], $3::text[], $4::text[]) AS e (v, t, d)`;

function eventFromRow(row: StoredRow): StoredEvent {
  return {
    stream: String(row.stream),
    version: Number(row.version),
    type: String(row.type),
    data: String(row.data),
    operationId: String(row.operation_id),
    recordedAt: Number(row.recorded_at),
  };
}

/** The ledger tables of one PostgreSQL database. */
export class PostgresEventStore {
  readonly #query: PgQuery;
  readonly #transaction: PgTransaction;

  /**
   * @param query - runs a statement on the pool
   * @param transaction - runs work in a transaction
   */
  constructor(query: PgQuery, transaction: PgTransaction) {
    this.#query = query;
    this.#transaction = transaction;
  }

  /**
   * Appends in one transaction. Streams are written in name order so two operations on the
   * same streams take their locks in the same order.
   */
  async append(operation: EventOperation): Promise<AppendOutcome> {
    checkOperation(operation);
    const appends = [...operation.appends].sort((a, b) => (a.stream < b.stream ? -1 : 1));
    return this.#transaction(async (query) => {
      // A concurrent attempt of the same operation waits here on the key and then sees it taken.
      const recorded = await query(
        'INSERT INTO ledger_operations (operation_id, recorded_at) VALUES ($1, $2) ON CONFLICT (operation_id) DO NOTHING',
        [operation.operationId, operation.recordedAt],
      );
      if (recorded.rowCount === 0) return 'duplicate' as const;
      for (const append of appends) {
        const { rows } = await query('SELECT COALESCE(MAX(version), 0) AS version FROM ledger_events WHERE stream = $1', [append.stream]);
        const actual = Number(rows[0]?.version ?? 0);
        if (actual !== append.expectedVersion) throw new StreamVersionConflictError(append.stream, append.expectedVersion, actual);
        try {
          await query(insertEventsSql, [
            append.stream,
            append.events.map((_, i) => append.expectedVersion + i + 1),
            append.events.map((event) => event.type),
            append.events.map((event) => event.data),
            operation.operationId,
            operation.recordedAt,
          ]);
        } catch (error) {
          if (error instanceof DatabaseError && (error.code === uniqueViolation || error.code === deadlockDetected)) {
            throw new StreamVersionConflictError(append.stream, append.expectedVersion);
          }
          throw error;
        }
      }
      return 'appended' as const;
    });
  }

  /** Events of `stream` from `fromVersion` on. */
  async read(stream: string, fromVersion: number): Promise<StoredEvent[]> {
    const { rows } = await this.#query(
      `SELECT stream, version, type, data, operation_id, recorded_at FROM ledger_events
       WHERE stream = $1 AND version >= $2 ORDER BY version`,
      [stream, fromVersion],
    );
    return rows.map(eventFromRow);
  }

  /** The stream's version. */
  async version(stream: string): Promise<number> {
    const { rows } = await this.#query('SELECT COALESCE(MAX(version), 0) AS version FROM ledger_events WHERE stream = $1', [stream]);
    return Number(rows[0]?.version ?? 0);
  }

  /** Every stream name, bytewise order. */
  async streams(): Promise<string[]> {
    const { rows } = await this.#query('SELECT stream FROM ledger_events GROUP BY stream ORDER BY stream COLLATE "C"');
    return rows.map((row) => String(row.stream));
  }

  /** Whether the operation was recorded. */
  async hasOperation(operationId: string): Promise<boolean> {
    const { rows } = await this.#query('SELECT 1 AS found FROM ledger_operations WHERE operation_id = $1', [operationId]);
    return rows.length > 0;
  }

  /** Upserts a snapshot unless a newer one is stored. */
  async saveSnapshot(snapshot: StreamSnapshot): Promise<void> {
    await this.#query(
      `INSERT INTO ledger_snapshots (stream, version, state) VALUES ($1, $2, $3)
       ON CONFLICT (stream) DO UPDATE SET version = excluded.version, state = excluded.state
       WHERE excluded.version > ledger_snapshots.version`,
      [snapshot.stream, snapshot.version, snapshot.state],
    );
  }

  /** The latest snapshot. */
  async loadSnapshot(stream: string): Promise<StreamSnapshot | undefined> {
    const { rows } = await this.#query('SELECT stream, version, state FROM ledger_snapshots WHERE stream = $1', [stream]);
    const row = rows[0];
    return row === undefined ? undefined : { stream: String(row.stream), version: Number(row.version), state: String(row.state) };
  }
}
