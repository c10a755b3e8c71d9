import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, describe, it } from 'node:test';
import { ulid } from 'ulid';
import { MigrationError, migrationsFor, SchemaTooNewError } from '../../src/store/migrations.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { storeSuite } from './store-suite.ts';

const root = mkdtempSync(join(tmpdir(), 'realmforge-sqlite-'));
after(() => {
  rmSync(root, { recursive: true, force: true });
});

let databases = 0;

/** A path for a new database, two directory levels below anything that exists. */
function freshPath(): string {
  databases += 1;
  return join(root, `db${databases}`, 'nested', 'realmforge.db');
}

/** Reads the database file directly, behind the store's back. */
function inspect<T>(path: string, work: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(path);
  try {
    return work(db);
  } finally {
    db.close();
  }
}

storeSuite('SqliteStore', async () => {
  const path = freshPath();
  const store = await SqliteStore.open(path);
  return {
    store,
    reopen: () => SqliteStore.open(path),
    cleanup: async () => {
      await store.close();
      rmSync(dirname(dirname(path)), { recursive: true, force: true });
    },
  };
});

describe('SqliteStore on disk', () => {
  it('creates missing parent directories and keeps the file in WAL mode', async () => {
    const path = freshPath();
    const store = await SqliteStore.open(path);
    await store.close();
    assert.ok(existsSync(path));
    assert.equal(inspect(path, (db) => db.prepare('PRAGMA journal_mode').get()?.journal_mode), 'wal');
  });

  it('keeps data across close and reopen, recording each migration exactly once', async () => {
    const path = freshPath();
    const accountId = ulid();
    const first = await SqliteStore.open(path);
    await first.createAccount({ id: accountId, username: 'Persistent', passwordHash: 'h', createdAt: 5 });
    await first.close();

    const second = await SqliteStore.open(path);
    assert.equal((await second.findAccountByUsername('persistent'))?.id, accountId);
    await second.close();

    const recorded = inspect(path, (db) =>
      db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all(),
    ).map((row) => ({ version: row.version, name: row.name }));
    assert.deepEqual(
      recorded,
      migrationsFor('sqlite').map(({ version, name }) => ({ version, name })),
    );
  });

  it('stamps updated_at when saving and leaves created_at alone', async () => {
    const path = freshPath();
    const store = await SqliteStore.open(path);
    const accountId = ulid();
    const id = ulid();
    await store.createAccount({ id: accountId, username: 'Stamp', passwordHash: 'h', createdAt: 1 });
    await store.createCharacter({
      id, accountId, name: 'Stamped', classId: 1, level: 1, experience: 0, zone: 'z', x: 0, y: 0,
      hitPoints: 10, maxHitPoints: 10, resource: -1, cooldowns: {}, createdAt: 1_000,
    });
    const before = Date.now();
    await store.saveCharacters([{ id, level: 2, experience: 5, zone: 'z', x: 1, y: 1, hitPoints: 9, maxHitPoints: 10, resource: -1, cooldowns: {} }]);
    await store.close();

    const row = inspect(path, (db) => db.prepare('SELECT created_at, updated_at FROM characters WHERE id = ?').get(id));
    assert.ok(row);
    assert.equal(row.created_at, 1_000);
    const updatedAt = Number(row.updated_at);
    assert.ok(updatedAt >= before && updatedAt <= Date.now());
  });

  it('refuses a database migrated by a newer build', async () => {
    const path = freshPath();
    await (await SqliteStore.open(path)).close();
    inspect(path, (db) => {
      db.exec("INSERT INTO schema_migrations VALUES (999, 'from the future', 0)");
    });
    await assert.rejects(SqliteStore.open(path), (error: unknown) => {
      assert.ok(error instanceof SchemaTooNewError);
      assert.match(error.message, /version 999/);
      return true;
    });
  });

  it('rolls back a failed migration and names it', async () => {
    const path = freshPath();
    await (await SqliteStore.open(path)).close();
    rmSync(path);
    // A foreign database that already has an accounts table: migration 1 cannot create it.
    inspect(path, (db) => {
      db.exec('CREATE TABLE accounts (id TEXT)');
    });
    await assert.rejects(SqliteStore.open(path), (error: unknown) => {
      assert.ok(error instanceof MigrationError);
      assert.match(error.message, /migration 1 .*rolled back.*accounts already exists/);
      return true;
    });
    inspect(path, (db) => {
      assert.equal(db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()?.n, 0);
      assert.equal(db.prepare("SELECT COUNT(*) AS n FROM sqlite_schema WHERE name = 'characters'").get()?.n, 0);
    });
  });

  it('opens separate in-memory databases for :memory:', async () => {
    const a = await SqliteStore.open(':memory:');
    const b = await SqliteStore.open(':memory:');
    await a.createAccount({ id: ulid(), username: 'Ephemeral', passwordHash: 'h', createdAt: 1 });
    assert.equal((await a.findAccountByUsername('ephemeral'))?.username, 'Ephemeral');
    assert.equal(await b.findAccountByUsername('ephemeral'), undefined);
    await a.close();
    await b.close();
  });
});
