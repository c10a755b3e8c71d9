/**
 * The SIGKILL crash test on PostgreSQL (crash-scenario.ts says what it checks), on a database
 * created for the run and dropped after it. Runs when REALMFORGE_TEST_POSTGRES_URL names a
 * role that may create databases (scripts/ci-postgres.sh), like the store suite.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Client } from 'pg';
import { PostgresStore } from '../../src/store/postgres-store.ts';
import { tempDir } from '../helpers/test-server.ts';
import { crashTest } from './crash-scenario.ts';

const adminUrl = process.env.REALMFORGE_TEST_POSTGRES_URL ?? '';
const skip = adminUrl === '' ? 'PostgreSQL crash test skipped: set REALMFORGE_TEST_POSTGRES_URL (see README)' : false;

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe('SIGKILL crash test on PostgreSQL', { skip }, () => {
  const scratch = tempDir();
  const database = `realmforge_crash_${randomBytes(8).toString('hex')}`;
  after(async () => {
    rmSync(scratch, { recursive: true, force: true });
    if (adminUrl !== '') await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  it('keeps every acknowledged economy change, duplicates nothing, and loses at most one save interval of progress', { timeout: 60_000 }, async (t) => {
    await admin(`CREATE DATABASE ${database}`);
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    const report = await crashTest({
      flags: ['--data-dir', join(scratch, 'data'), '--database-url', url.toString()],
      openStore: () => PostgresStore.open(url.toString()),
    }, join(scratch, 'content'));
    t.diagnostic(JSON.stringify(report));
  });
});
