/**
 * Picks and opens the store a deployment asked for: the embedded SQLite file by default, or
 * the database a URL names.
 * @module
 */

import { join } from 'node:path';
import { PostgresStore } from './postgres-store.ts';
import { SqliteStore } from './sqlite-store.ts';
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
}

/** File name of the default SQLite database inside the data directory. */
export const defaultDatabaseFile = 'realmforge.db';

/**
 * Opens the store `options` describe, with its schema migrated. Rejects on a URL it cannot
 * use, naming only the scheme so credentials in the URL never reach a log.
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const { databaseUrl, dataDir } = options;
  if (databaseUrl === undefined) return await SqliteStore.open(join(dataDir, defaultDatabaseFile));
  if (/^postgres(?:ql)?:\/\//i.test(databaseUrl)) return await PostgresStore.open(databaseUrl);
  if (databaseUrl.startsWith('sqlite:')) {
    const path = databaseUrl.slice('sqlite:'.length);
    if (path === '') throw new Error('database URL "sqlite:" names no file; use sqlite:PATH or sqlite::memory:');
    return await SqliteStore.open(path);
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(databaseUrl)?.[1];
  const found = scheme === undefined ? 'a value with no scheme' : `scheme "${scheme}:"`;
  throw new Error(
    `unsupported database URL (${found}); expected postgres://, postgresql://, sqlite:PATH or sqlite::memory:`,
  );
}
