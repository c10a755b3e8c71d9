/**
 * A fresh economy on an in-memory SQLite store, with the default content's catalog.
 * @module
 */
import { fileURLToPath } from 'node:url';
import { Economy } from '../../src/economy/economy.ts';
import type { EconomyOptions } from '../../src/economy/economy.ts';
import type { ItemCatalog } from '../../src/economy/item-catalog.ts';
import { loadItemCatalog } from '../../src/economy/item-catalog.ts';
import { createLogger } from '../../src/ops/logger.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/store.ts';

/** The repository's content directory. */
export const contentDir = fileURLToPath(new URL('../../../../content', import.meta.url));

let catalog: Promise<ItemCatalog> | undefined;

/** The default content's catalog, loaded once. */
export function defaultCatalog(): Promise<ItemCatalog> {
  catalog ??= loadItemCatalog(contentDir);
  return catalog;
}

/** A logger that writes nothing. */
export const quietLog = createLogger({ logLevel: 'silent', logPretty: false });

/** An economy and its store; close the store when done. */
export async function economyFixture(options: Partial<EconomyOptions> = {}, store?: Store): Promise<{ economy: Economy; store: Store }> {
  const opened = store ?? await openStore({ databaseUrl: 'sqlite::memory:', dataDir: '.' });
  return { economy: new Economy(opened, await defaultCatalog(), { log: quietLog, ...options }), store: opened };
}
