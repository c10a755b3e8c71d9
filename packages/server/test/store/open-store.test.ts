import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { defaultDatabaseFile, openStore } from '../../src/store/open-store.ts';

const root = mkdtempSync(join(tmpdir(), 'realmforge-open-store-'));
after(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('openStore', () => {
  it('opens SQLite in the data directory when no URL is given', async () => {
    const dataDir = join(root, 'default-data');
    const store = await openStore({ dataDir });
    assert.equal(store.kind, 'sqlite');
    await store.ping();
    await store.close();
    assert.ok(existsSync(join(dataDir, defaultDatabaseFile)));
  });

  it('opens SQLite at the path of a sqlite: URL', async () => {
    const path = join(root, 'elsewhere', 'world.db');
    const store = await openStore({ databaseUrl: `sqlite:${path}`, dataDir: join(root, 'unused') });
    await store.close();
    assert.ok(existsSync(path));
    assert.ok(!existsSync(join(root, 'unused')));
  });

  it('opens in-memory SQLite for sqlite::memory:', async () => {
    const store = await openStore({ databaseUrl: 'sqlite::memory:', dataDir: join(root, 'unused') });
    assert.equal(store.kind, 'sqlite');
    await store.ping();
    await store.close();
  });

  it('rejects URLs it cannot use, without echoing credentials', async () => {
    const dataDir = join(root, 'unused');
    await assert.rejects(openStore({ databaseUrl: 'sqlite:', dataDir }), /names no file/);
    await assert.rejects(openStore({ databaseUrl: 'realmforge.db', dataDir }), /unsupported database URL \(a value with no scheme\)/);
    await assert.rejects(openStore({ databaseUrl: 'mysql://admin:hunter2@db/realm', dataDir }), (error: unknown) => {
      assert.ok(error instanceof Error);
      assert.match(error.message, /unsupported database URL \(scheme "mysql:"\); expected postgres:\/\//);
      assert.doesNotMatch(error.message, /hunter2/);
      return true;
    });
  });
});
