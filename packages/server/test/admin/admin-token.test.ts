/**
 * Where the admin token comes from: the configured `adminToken`, or one generated into the data
 * directory (mode 0600) on the first start and reused afterwards; an unusable file is replaced.
 * A server without `adminToken` protects the dashboard with the generated token.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { resolveAdminToken } from '../../src/admin/admin-token.ts';
import { startTestServer, tempDir } from '../helpers/test-server.ts';

describe('admin token', () => {
  it('uses the configured token and writes no file', async () => {
    const dir = tempDir();
    try {
      assert.deepEqual(await resolveAdminToken('configured-secret', dir), { token: 'configured-secret', source: 'config' });
      assert.throws(() => statSync(join(dir, 'admin-token')), { code: 'ENOENT' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('generates a token into <dataDir>/admin-token (0600) once, reuses it, and replaces an unusable one', async () => {
    const dir = tempDir();
    const nested = join(dir, 'not-yet-there');
    try {
      const first = await resolveAdminToken(undefined, nested);
      const file = join(nested, 'admin-token');
      assert.deepEqual(first.source, { file, created: true });
      assert.match(first.token, /^[A-Za-z0-9_-]{43}$/);
      assert.equal(readFileSync(file, 'utf8'), `${first.token}\n`);
      assert.equal(statSync(file).mode & 0o777, 0o600);
      const second = await resolveAdminToken(undefined, nested);
      assert.deepEqual(second, { token: first.token, source: { file, created: false } });
      writeFileSync(file, 'short\n', { mode: 0o644 });
      const third = await resolveAdminToken(undefined, nested);
      assert.equal(third.source !== 'config' && third.source.created, true);
      assert.notEqual(third.token, first.token);
      assert.equal(statSync(file).mode & 0o777, 0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a server without adminToken protects the dashboard API with the generated token', async () => {
    const t = await startTestServer();
    try {
      const token = readFileSync(join(t.dataDir, 'admin-token'), 'utf8').trim();
      const url = `http://127.0.0.1:${t.ports.admin}/admin/api/zones`;
      assert.equal((await fetch(url)).status, 401);
      assert.equal((await fetch(url, { headers: { authorization: `Bearer ${token}` } })).status, 200);
      // Without adminToken, /metrics stays open as before: the dashboard token does not guard it.
      assert.equal((await fetch(`http://127.0.0.1:${t.ports.admin}/metrics`)).status, 200);
    } finally {
      await t.close();
    }
  });
});
