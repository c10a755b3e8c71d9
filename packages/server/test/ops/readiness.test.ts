import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { createServer } from '@realmforge/server';
import type { RealmforgeServer } from '@realmforge/server';
import { createLogger } from '../../src/ops/logger.ts';
import { checkReadiness } from '../../src/ops/ops-server.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { CharacterState, Store } from '../../src/store/store.ts';
import { connectClient, playerInWorld, tempDir, testConfig } from '../helpers/test-server.ts';
import { admin, scrape, value } from './scrape.ts';

/** What a test controls of a {@link controllableStore}. */
interface StoreControls {
  /** Replaces the store's ping. */
  ping: () => Promise<void>;
  /** While set, saveCharacters waits for it. */
  saveGate: Promise<void> | undefined;
}

/**
 * A real in-memory SQLite store whose ping a test can make fail or hang, and whose saves it can
 * hold back; every other call goes to the real store.
 */
async function controllableStore(): Promise<{ store: Store; controls: StoreControls }> {
  const inner = await openStore({ databaseUrl: 'sqlite::memory:', dataDir: '.' });
  const controls: StoreControls = { ping: () => inner.ping(), saveGate: undefined };
  const saveCharacters = async (states: readonly CharacterState[]): Promise<void> => {
    await controls.saveGate;
    await inner.saveCharacters(states);
  };
  const store = new Proxy(inner, {
    get(target, property): unknown {
      if (property === 'ping') return () => controls.ping();
      if (property === 'saveCharacters') return saveCharacters;
      const member: unknown = Reflect.get(target, property, target);
      return typeof member === 'function' ? (member as (...args: unknown[]) => unknown).bind(target) : member;
    },
  });
  return { store, controls };
}

const silent = createLogger({ logLevel: 'silent', logPretty: false });

describe('readiness', () => {
  const dataDir = tempDir();
  const servers: RealmforgeServer[] = [];
  after(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function start(store: Store, overrides = {}): Promise<RealmforgeServer> {
    const server = createServer(testConfig(dataDir, overrides), { store, logger: silent });
    servers.push(server);
    await server.start();
    return server;
  }

  it('is 503 naming the store while its ping fails or hangs, and 200 again once it answers', async () => {
    const { store, controls } = await controllableStore();
    const server = await start(store, { readyTimeoutMs: 100 });
    const port = server.ports?.admin ?? 0;
    assert.equal((await admin(port, '/readyz')).status, 200);

    controls.ping = () => Promise.reject(new Error('connection refused'));
    let response = await admin(port, '/readyz');
    assert.equal(response.status, 503);
    assert.deepEqual(await response.json(), { status: 'not ready', checks: { server: 'ok', world: 'ok', store: 'failed' } });
    assert.equal(value(await scrape(port), 'realmforge_store_operation_errors_total', { operation: 'ping' }), 1);

    controls.ping = () => new Promise(() => undefined);
    const started = Date.now();
    response = await admin(port, '/readyz');
    assert.equal(response.status, 503);
    assert.deepEqual(await response.json(), { status: 'not ready', checks: { server: 'ok', world: 'ok', store: 'no answer within 100 ms' } });
    assert.ok(Date.now() - started < 2_000, 'the check is bounded by readyTimeoutMs');
    // Liveness does not depend on the database.
    assert.equal((await admin(port, '/healthz')).status, 200);

    controls.ping = () => Promise.resolve();
    assert.equal((await admin(port, '/readyz')).status, 200);
  });

  it('turns 503 as soon as shutdown begins, while the admin port stays up until shutdown ends', async () => {
    const { store, controls } = await controllableStore();
    const server = await start(store);
    const port = server.ports?.admin ?? 0;
    const client = await connectClient(server);
    await playerInWorld(client);
    let release: () => void = () => undefined;
    controls.saveGate = new Promise((resolve) => {
      release = resolve;
    });

    const stopped = server.stop();
    assert.equal(server.ready, false);
    const response = await admin(port, '/readyz');
    assert.equal(response.status, 503);
    assert.deepEqual(await response.json(), { status: 'not ready', checks: { server: 'shutting down', world: 'ok', store: 'ok' } });
    assert.equal((await admin(port, '/healthz')).status, 200);
    assert.equal((await admin(port, '/metrics')).status, 200);

    release();
    await stopped;
    await client.closed;
    await assert.rejects(admin(port, '/healthz'), 'the admin port is closed after stop');
  });

  it('asks for the admin token on /metrics when one is configured, never on the probes', async () => {
    const token = 'a-long-random-admin-token';
    const server = await start((await controllableStore()).store, { adminToken: token });
    const port = server.ports?.admin ?? 0;
    const bare = await admin(port, '/metrics');
    assert.equal(bare.status, 401);
    assert.match(bare.headers.get('www-authenticate') ?? '', /^Bearer/);
    assert.equal((await admin(port, '/metrics', { headers: { authorization: 'Bearer wrong' } })).status, 401);
    assert.equal((await admin(port, '/metrics', { headers: { authorization: token } })).status, 401);
    assert.ok(value(await scrape(port, token), 'realmforge_sessions') >= 0);
    assert.equal((await admin(port, '/readyz')).status, 200);
    assert.equal((await admin(port, '/healthz')).status, 200);
  });

  it('fails to start with a message naming the keys when the admin port is taken', async () => {
    const first = await start((await controllableStore()).store);
    const second = createServer(testConfig(dataDir, { adminPort: first.ports?.admin }), { store: (await controllableStore()).store, logger: silent });
    await assert.rejects(second.start(), /adminPort/);
  });

  it('reports every check, bounding each by the timeout', async () => {
    const report = await checkReadiness({
      fine: () => undefined,
      slow: () => new Promise<undefined>(() => undefined),
      throws: () => {
        throw new Error('boom');
      },
      says: () => Promise.resolve('not yet'),
    }, 50, silent);
    assert.deepEqual(report, { status: 'not ready', checks: { fine: 'ok', slow: 'no answer within 50 ms', throws: 'failed', says: 'not yet' } });
    assert.deepEqual(await checkReadiness({ a: () => undefined }, 50, silent), { status: 'ready', checks: { a: 'ok' } });
  });
});
