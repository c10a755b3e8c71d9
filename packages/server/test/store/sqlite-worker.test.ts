import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DatabaseSync } from 'node:sqlite';
import { after, describe, it } from 'node:test';
import type { Worker } from 'node:worker_threads';
import { ulid } from 'ulid';
import { createServer } from '@realmforge/server';
import { createLogger } from '../../src/ops/logger.ts';
import { StreamVersionConflictError } from '../../src/store/event-store.ts';
import type { EventOperation } from '../../src/store/event-store.ts';
import { MigrationError, migrationsFor, SchemaTooNewError } from '../../src/store/migrations.ts';
import type { SqliteWorkerData } from '../../src/store/sqlite-worker-messages.ts';
import { openSqliteWorkerStore, startSqliteWorker } from '../../src/store/sqlite-worker-store.ts';
import type { Store } from '../../src/store/store.ts';
import { StoreConflictError } from '../../src/store/store.ts';
import { testConfig } from '../helpers/test-server.ts';
import { admin } from '../ops/scrape.ts';
import { storeSuite } from './store-suite.ts';

const root = mkdtempSync(join(tmpdir(), 'realmforge-sqlite-worker-'));
after(() => {
  rmSync(root, { recursive: true, force: true });
});

let databases = 0;

function freshPath(): string {
  databases += 1;
  return join(root, `db${databases}`, 'realmforge.db');
}

/** A crash the test did not ask for fails it. */
function unexpectedCrash(error: Error): void {
  assert.fail(`the SQLite worker crashed: ${error.message}`);
}

/** A worker-backed store whose thread the test holds, and the crashes it reported. */
async function heldStore(path: string): Promise<{ store: Store; worker: Worker; crashes: Error[] }> {
  let worker: Worker | undefined;
  const crashes: Error[] = [];
  const store = await openSqliteWorkerStore(path, {
    onCrash: (error) => crashes.push(error),
    start: (data: SqliteWorkerData) => (worker = startSqliteWorker(data)),
  });
  assert.ok(worker);
  return { store, worker, crashes };
}

function append(stream: string, expectedVersion: number, operationId = ulid()): EventOperation {
  return { operationId, appends: [{ stream, expectedVersion, events: [{ type: 'GoldCreated', data: '{"amount":1}' }] }], recordedAt: 1 };
}

storeSuite('SQLite store in a worker thread (shared store suite)', async () => {
  const path = freshPath();
  const store = await openSqliteWorkerStore(path, { onCrash: unexpectedCrash });
  return {
    store,
    reopen: () => openSqliteWorkerStore(path, { onCrash: unexpectedCrash }),
    cleanup: async () => {
      await store.close();
      rmSync(dirname(path), { recursive: true, force: true });
    },
  };
});

describe('SQLite store in a worker thread', () => {
  it('rebuilds the errors callers check by class, with their fields, and keeps other errors\' name and message', async () => {
    const store = await openSqliteWorkerStore(':memory:', { onCrash: unexpectedCrash });
    try {
      await store.createAccount({ id: ulid(), username: 'Taken', passwordHash: 'h', createdAt: 1 });
      await assert.rejects(store.createAccount({ id: ulid(), username: 'taken', passwordHash: 'h', createdAt: 1 }), (error: unknown) => {
        assert.ok(error instanceof StoreConflictError);
        assert.equal(error.constraint, 'username');
        assert.equal(error.name, 'StoreConflictError');
        assert.equal(error.message, 'username already taken');
        return true;
      });

      const stream = `character:${ulid()}`;
      await store.appendEvents(append(stream, 0));
      await assert.rejects(store.appendEvents(append(stream, 5)), (error: unknown) => {
        assert.ok(error instanceof StreamVersionConflictError);
        assert.equal(error.stream, stream);
        assert.equal(error.expectedVersion, 5);
        // The worker's message, which knew the actual version.
        assert.equal(error.message, `stream ${stream} was expected at version 5 but is at 1`);
        return true;
      });

      // A driver error (a guild that does not exist: foreign key) stays a plain Error.
      await assert.rejects(store.addGuildMember(ulid(), ulid(), 3, 1), (error: unknown) => {
        assert.ok(error instanceof Error);
        assert.ok(!(error instanceof StoreConflictError));
        assert.equal(error.name, 'Error');
        assert.match(error.message, /FOREIGN KEY constraint failed/);
        assert.equal((error as Error & { code?: unknown }).code, 'ERR_SQLITE_ERROR');
        return true;
      });
      await assert.rejects(store.appendEvents({ operationId: '', appends: [], recordedAt: 1 }), /needs an operation id/);
      // Arguments that cannot cross to the worker reject the call alone.
      const uncloneable = { id: ulid(), username: 'Clone', passwordHash: 'h', createdAt: 1, extra: () => undefined };
      await assert.rejects(store.createAccount(uncloneable), { name: 'DataCloneError' });
      assert.equal(await store.findAccountByUsername('clone'), undefined);
    } finally {
      await store.close();
    }
  });

  it('reports a schema from a newer build and a failed migration as open does in-thread', async () => {
    const tooNew = freshPath();
    await (await openSqliteWorkerStore(tooNew, { onCrash: unexpectedCrash })).close();
    const db = new DatabaseSync(tooNew);
    db.exec("INSERT INTO schema_migrations VALUES (999, 'from the future', 0)");
    db.close();
    await assert.rejects(openSqliteWorkerStore(tooNew, { onCrash: unexpectedCrash }), (error: unknown) => {
      assert.ok(error instanceof SchemaTooNewError);
      assert.equal(error.databaseVersion, 999);
      assert.equal(error.knownVersion, migrationsFor('sqlite').at(-1)?.version);
      assert.match(error.message, /version 999/);
      return true;
    });

    const foreign = freshPath();
    await (await openSqliteWorkerStore(foreign, { onCrash: unexpectedCrash })).close();
    rmSync(foreign);
    const other = new DatabaseSync(foreign);
    other.exec('CREATE TABLE accounts (id TEXT)');
    other.close();
    await assert.rejects(openSqliteWorkerStore(foreign, { onCrash: unexpectedCrash }), (error: unknown) => {
      assert.ok(error instanceof MigrationError);
      assert.equal(error.migration.version, 1);
      assert.match(error.message, /migration 1 .*rolled back.*accounts already exists/);
      assert.ok(error.cause instanceof Error);
      assert.match(error.cause.message, /accounts already exists/);
      return true;
    });
  });

  it('runs calls in the order they are made: each sees the writes of the calls before it', async () => {
    const store = await openSqliteWorkerStore(':memory:', { onCrash: unexpectedCrash });
    try {
      const stream = `character:${ulid()}`;
      // Nothing awaited: only FIFO execution lets every expected version match.
      const calls: Promise<unknown>[] = [];
      for (let version = 0; version < 200; version += 1) {
        calls.push(store.appendEvents(append(stream, version)));
        calls.push(store.streamVersion(stream));
      }
      const results = await Promise.all(calls);
      for (let version = 0; version < 200; version += 1) {
        assert.equal(results[2 * version], 'appended');
        assert.equal(results[2 * version + 1], version + 1);
      }
    } finally {
      await store.close();
    }
  });

  it('finishes every call made before close, then closes; later calls are refused', async () => {
    const path = freshPath();
    const store = await openSqliteWorkerStore(path, { onCrash: unexpectedCrash });
    const stream = `character:${ulid()}`;
    const calls = Array.from({ length: 50 }, (_, version) => store.appendEvents(append(stream, version)));
    const closed = store.close();
    await assert.rejects(store.ping(), /the SQLite store is closed \(ping called after close\)/);
    assert.deepEqual(await Promise.all(calls), Array.from({ length: 50 }, () => 'appended'));
    await closed;
    await store.close();
    await assert.rejects(store.streamVersion(stream), /closed/);

    const reopened = await openSqliteWorkerStore(path, { onCrash: unexpectedCrash });
    assert.equal(await reopened.streamVersion(stream), 50);
    await reopened.close();
  });

  it('does not keep the process alive while idle, opened or used (a refused call included), and unclosed', async () => {
    const module = fileURLToPath(new URL('../../src/store/sqlite-worker-store.ts', import.meta.url));
    const script = `
      const { openSqliteWorkerStore } = await import(${JSON.stringify(module)});
      const onCrash = (error) => { throw error; };
      await openSqliteWorkerStore(':memory:', { onCrash });
      const used = await openSqliteWorkerStore(':memory:', { onCrash });
      await used.ping();
      await used.createAccount({ cannot: () => 'be cloned' }).catch(() => undefined);
      console.log('left open');`;
    const file = join(mkdtempSync(join(root, 'idle-')), 'idle.mjs');
    writeFileSync(file, script);
    const { stdout } = await promisify(execFile)(process.execPath, [file], { timeout: 20_000 });
    assert.equal(stdout.trim(), 'left open');
  });

  it('rejects every pending and later call when its thread dies, and says so once', async () => {
    const { store, worker, crashes } = await heldStore(':memory:');
    await store.ping();
    // Not a request: the worker throws outside any call, and the calls queued behind it are lost.
    worker.postMessage('not a request');
    const pending = [store.ping(), store.streamVersion('character:x')];
    for (const call of pending) await assert.rejects(call, /the SQLite store's worker thread died: .*not a store request/);
    await assert.rejects(store.listStreams(), /worker thread died/);
    assert.equal(crashes.length, 1);
    assert.match(crashes[0]?.message ?? '', /not a store request/);
    await store.close();
    await assert.rejects(store.ping(), /worker thread died/);
  });

  it('treats a thread that ends by itself as a crash', async () => {
    const { store, worker, crashes } = await heldStore(':memory:');
    const pending = store.saveCharacters([]);
    await worker.terminate();
    await assert.rejects(pending, /worker thread died: the thread exited with code 1/);
    await assert.rejects(store.ping(), /worker thread died/);
    assert.equal(crashes.length, 1);
    await store.close();
  });

  it('turns the server not ready, without hanging, when the worker dies', async () => {
    const dataDir = mkdtempSync(join(root, 'server-'));
    const { store, worker, crashes } = await heldStore(join(dataDir, 'realmforge.db'));
    const server = createServer(testConfig(dataDir, { readyTimeoutMs: 1_000 }), { store, logger: createLogger({ logLevel: 'silent', logPretty: false }) });
    await server.start();
    try {
      const port = server.ports?.admin ?? 0;
      assert.equal((await admin(port, '/readyz')).status, 200);
      await worker.terminate();
      const response = await admin(port, '/readyz');
      assert.equal(response.status, 503);
      assert.deepEqual(((await response.json()) as { checks: unknown }).checks, { server: 'ok', world: 'ok', store: 'failed' });
      assert.equal(crashes.length, 1);
    } finally {
      await server.stop();
    }
  });
});
