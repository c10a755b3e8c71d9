/**
 * The SIGKILL crash test on the embedded SQLite database (crash-scenario.ts says what it checks).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { defaultDatabaseFile } from '../../src/store/open-store.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { tempDir } from '../helpers/test-server.ts';
import { crashTest } from './crash-scenario.ts';

describe('SIGKILL crash test on SQLite', () => {
  const scratch = tempDir();
  after(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('keeps every acknowledged economy change, duplicates nothing, and loses at most one save interval of progress', { timeout: 60_000 }, async (t) => {
    const dataDir = join(scratch, 'data');
    const report = await crashTest({
      flags: ['--data-dir', dataDir],
      openStore: () => SqliteStore.open(join(dataDir, defaultDatabaseFile)),
    }, join(scratch, 'content'));
    t.diagnostic(JSON.stringify(report));
  });
});
