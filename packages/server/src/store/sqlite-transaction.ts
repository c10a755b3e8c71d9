/**
 * Transactions on the SQLite store's one connection. A store call's unit of work commits whole
 * or not at all: on its own it is an IMMEDIATE transaction (one commit, one fsync), and inside a
 * larger transaction it is a savepoint, so a group of calls can share one commit (the worker's
 * group commit, {@link commitGroup}) while each still rolls back alone.
 * @module
 */
import type { DatabaseSync } from 'node:sqlite';

/** Whether a transaction is open now (read afresh: work or an error may have ended it). */
function transactionOpen(db: DatabaseSync): boolean {
  return db.isTransaction;
}

/**
 * Runs `work` atomically and returns its result; if it throws, undoes what it did and rethrows.
 * Outside a transaction it is its own IMMEDIATE transaction, committed (fsynced) when this
 * returns; inside one it is a savepoint, and the enclosing transaction decides durability.
 */
export function atomically<T>(db: DatabaseSync, work: () => T): T {
  if (transactionOpen(db)) {
    db.exec('SAVEPOINT atomically');
    try {
      const result = work();
      db.exec('RELEASE atomically');
      return result;
    } catch (error) {
      // Some errors (I/O, a full disk) end the whole transaction: then there is no savepoint left.
      if (transactionOpen(db)) db.exec('ROLLBACK TO atomically; RELEASE atomically');
      throw error;
    }
  }
  // IMMEDIATE takes the write lock up front, so a second connection waits (busy_timeout)
  // instead of failing when it tries to upgrade a read lock midway.
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (transactionOpen(db)) db.exec('ROLLBACK');
    throw error;
  }
}

/** What one call came to: its value, or the error it alone failed with. */
export type CallOutcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: unknown };

/** One call of a group and what it came to. */
export type GroupOutcome<Call> = CallOutcome & { readonly call: Call };

/**
 * Runs each of `calls` in order (`run(call)`) inside one IMMEDIATE transaction, each in its own
 * savepoint, and commits once: one fsync for the whole group. A call that fails rolls back to its
 * savepoint (it leaves no change) and gets its own error while the others go on. Resolves only after the COMMIT has
 * returned, with each call's outcome in order; rejects, with nothing of the group applied, when
 * the transaction cannot be committed or SQLite ended it midway (an I/O error, a full disk).
 *
 * `run` must do its database work on `db` synchronously (SqliteStore's methods do, then return a
 * settled promise) and nothing else may use `db` until this settles.
 */
export async function commitGroup<Call>(db: DatabaseSync, calls: readonly Call[], run: (call: Call) => Promise<unknown>): Promise<GroupOutcome<Call>[]> {
  const outcomes: GroupOutcome<Call>[] = [];
  db.exec('BEGIN IMMEDIATE');
  try {
    for (const call of calls) {
      db.exec('SAVEPOINT call');
      let outcome: GroupOutcome<Call>;
      try {
        outcome = { call, ok: true, value: await run(call) };
      } catch (error) {
        outcome = { call, ok: false, error };
      }
      if (!db.isTransaction) {
        const cause = outcome.ok ? undefined : outcome.error;
        throw new Error(`the group's transaction was rolled back by SQLite${cause instanceof Error ? `: ${cause.message}` : ''}`, { cause });
      }
      db.exec(outcome.ok ? 'RELEASE call' : 'ROLLBACK TO call; RELEASE call');
      outcomes.push(outcome);
    }
    db.exec('COMMIT');
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
  return outcomes;
}
