import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { Client } from 'pg';
import { ulid } from 'ulid';
import { MigrationError, migrationsFor, SchemaTooNewError } from '../../src/store/migrations.ts';
import { openStore } from '../../src/store/open-store.ts';
import { PostgresStore } from '../../src/store/postgres-store.ts';
import { storeSuite } from './store-suite.ts';

/** An admin URL (a role that may create databases), e.g. from scripts/ci-postgres.sh. */
const adminUrl = process.env.REALMFORGE_TEST_POSTGRES_URL ?? '';
const skip = adminUrl === '' ? 'PostgreSQL suite skipped: set REALMFORGE_TEST_POSTGRES_URL (see README)' : false;

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe('PostgreSQL backend', { skip }, () => {
  const databases = new Set<string>();

  /** Creates an empty database with a name no other run uses; returns its URL. */
  async function createDatabase(): Promise<{ name: string; url: string }> {
    const name = `realmforge_test_${randomBytes(8).toString('hex')}`;
    await withClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
    databases.add(name);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return { name, url: url.toString() };
  }

  async function dropDatabase(name: string): Promise<void> {
    await withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    databases.delete(name);
  }

  after(async () => {
    for (const name of databases) await dropDatabase(name);
  });

  storeSuite('PostgresStore', async () => {
    const { name, url } = await createDatabase();
    const store = await PostgresStore.open(url);
    return {
      store,
      reopen: () => PostgresStore.open(url),
      cleanup: async () => {
        await store.close();
        await dropDatabase(name);
      },
    };
  });

  describe('PostgresStore specifics', () => {
    it('migrates exactly once when several servers open a new database together', async () => {
      const { url } = await createDatabase();
      const stores = await Promise.all(Array.from({ length: 4 }, () => PostgresStore.open(url, { maxConnections: 2 })));
      await Promise.all(stores.map((store) => store.close()));
      const { rows } = await withClient(url, (client) =>
        client.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version'),
      );
      assert.deepEqual(
        rows.map(({ version, name }) => ({ version, name })),
        migrationsFor('postgres').map(({ version, name }) => ({ version, name })),
      );
    });

    it('refuses a database migrated by a newer build', async () => {
      const { url } = await createDatabase();
      await (await PostgresStore.open(url)).close();
      await withClient(url, (client) => client.query("INSERT INTO schema_migrations VALUES (999, 'from the future', 0)"));
      await assert.rejects(PostgresStore.open(url), (error: unknown) => {
        assert.ok(error instanceof SchemaTooNewError);
        assert.match(error.message, /version 999/);
        return true;
      });
    });

    it('rolls back a failed migration and names it', async () => {
      const { url } = await createDatabase();
      // A foreign database that already has an accounts table: migration 1 cannot create it.
      await withClient(url, (client) => client.query('CREATE TABLE accounts (id text)'));
      await assert.rejects(PostgresStore.open(url), (error: unknown) => {
        assert.ok(error instanceof MigrationError);
        assert.match(error.message, /migration 1 .*rolled back.*"accounts" already exists/);
        return true;
      });
      const { rows } = await withClient(url, (client) =>
        client.query<{ n: string; characters: string | null }>(
          "SELECT (SELECT COUNT(*) FROM schema_migrations) AS n, to_regclass('characters')::text AS characters",
        ),
      );
      assert.deepEqual(rows, [{ n: '0', characters: null }]);
    });

    it('stamps updated_at when saving and leaves created_at alone', async () => {
      const { url } = await createDatabase();
      const store = await PostgresStore.open(url);
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

      const { rows } = await withClient(url, (client) =>
        client.query<{ created_at: string; updated_at: string }>(
          'SELECT created_at, updated_at FROM characters WHERE id = $1',
          [id],
        ),
      );
      const [row] = rows;
      assert.ok(row);
      assert.equal(row.created_at, '1000');
      const updatedAt = Number(row.updated_at);
      assert.ok(updatedAt >= before && updatedAt <= Date.now());
    });

    it('is what openStore opens for postgres:// and postgresql:// URLs', async () => {
      const { url } = await createDatabase();
      for (const scheme of ['postgres:', 'postgresql:']) {
        const withScheme = new URL(url);
        withScheme.protocol = scheme;
        const store = await openStore({ databaseUrl: withScheme.toString(), dataDir: '/nonexistent' });
        assert.equal(store.kind, 'postgres');
        await store.ping();
        await store.close();
      }
    });

    it('rejects promptly and releases its pool when the server refuses the login', async () => {
      const url = new URL(adminUrl);
      url.password = 'wrong-password';
      await assert.rejects(PostgresStore.open(url.toString()), /password authentication failed/);
    });
  });
});
