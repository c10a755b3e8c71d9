import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  MigrationError,
  migrationsFor,
  pendingMigrations,
  SchemaTooNewError,
  type Migration,
} from '../../src/store/migrations.ts';

const synthetic: readonly Migration[] = [1, 2, 3].map((version) => ({ version, name: `step ${version}`, sql: '' }));

describe('migrations', () => {
  it('number every dialect’s list 1, 2, 3… with the same names', () => {
    const sqlite = migrationsFor('sqlite');
    const postgres = migrationsFor('postgres');
    assert.ok(sqlite.length > 0);
    assert.deepEqual(sqlite.map((m) => m.version), sqlite.map((_, i) => i + 1));
    assert.deepEqual(postgres.map((m) => [m.version, m.name]), sqlite.map((m) => [m.version, m.name]));
    for (const migration of [...sqlite, ...postgres]) assert.notEqual(migration.sql.trim(), '');
  });

  it('runs everything on a new database and only what is missing on an older one', () => {
    assert.deepEqual(pendingMigrations(synthetic, 0), synthetic);
    assert.deepEqual(pendingMigrations(synthetic, 1).map((m) => m.version), [2, 3]);
    assert.deepEqual(pendingMigrations(synthetic, 3), []);
  });

  it('refuses a database newer than the code', () => {
    assert.throws(() => pendingMigrations(synthetic, 4), (error: unknown) => {
      assert.ok(error instanceof SchemaTooNewError);
      assert.match(error.message, /version 4 .*up to version 3/);
      return true;
    });
  });

  it('names the failed migration and keeps the driver error as its cause', () => {
    const cause = new Error('table accounts already exists');
    const error = new MigrationError({ version: 2, name: 'step 2', sql: '' }, cause);
    assert.match(error.message, /^migration 2 \(step 2\) failed and was rolled back: table accounts already exists$/);
    assert.equal(error.cause, cause);
    assert.match(new MigrationError({ version: 1, name: 'x', sql: '' }, 'boom').message, /boom$/);
  });
});
