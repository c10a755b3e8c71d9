/**
 * Picks and opens the store a deployment asked for: the embedded SQLite file by default (run in
 * a worker thread, so its synchronous commits never block the event loop), or the database a
 * URL names.
 * @module
 */

import { join } from 'node:path';
import type { Logger } from '../ops/logger.ts';
import { PostgresStore } from './postgres-store.ts';
import { openSqliteWorkerStore } from './sqlite-worker-store.ts';
import type { Store } from './store.ts';

/** Where the server keeps its data. */
export interface OpenStoreOptions {
  /**
   * `postgres://…` or `postgresql://…` for PostgreSQL, `sqlite:PATH` or `sqlite::memory:` for
   * SQLite; omitted means SQLite in `dataDir`.
   */
  readonly databaseUrl?: string | undefined;
  /** Directory for the default SQLite file, `realmforge.db`. */
  readonly dataDir: string;
  /**
   * Where a crash of the SQLite store's worker thread is reported (the store then rejects every
   * call); without one it goes to stderr as a process warning.
   */
  readonly log?: Logger | undefined;
}

/** File name of the default SQLite database inside the data directory. */
export const defaultDatabaseFile = 'realmforge.db';

/**
 * Opens the store `options` describe, with its schema migrated. Rejects on a URL it cannot
 * use, naming only the scheme so credentials in the URL never reach a log.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const { databaseUrl, dataDir, log } = options;
  const onCrash = (error: Error): void => {
    if (log === undefined) process.emitWarning(error);
    else log.error({ err: error }, 'the SQLite store\'s worker thread died: every storage call fails until a restart');
  };
  if (databaseUrl === undefined) return await openSqliteWorkerStore(join(dataDir, defaultDatabaseFile), { onCrash });
  if (/^postgres(?:ql)?:\/\//i.test(databaseUrl)) return await PostgresStore.open(databaseUrl);
  if (databaseUrl.startsWith('sqlite:')) {
    const path = databaseUrl.slice('sqlite:'.length);
    if (path === '') throw new Error('database URL "sqlite:" names no file; use sqlite:PATH or sqlite::memory:');
    return await openSqliteWorkerStore(path, { onCrash });
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(databaseUrl)?.[1];
  const found = scheme === undefined ? 'a value with no scheme' : `scheme "${scheme}:"`;
  throw new Error(
    `unsupported database URL (${found}); expected postgres://, postgresql://, sqlite:PATH or sqlite::memory:`,
  );
}
