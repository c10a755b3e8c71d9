import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { createServer } from '@realmforge/server';
import { ServerError } from '@realmforge/client';
import { ErrorCode } from '@realmforge/protocol';
import { createLogger } from '../../src/ops/logger.ts';
import { openStore } from '../../src/store/open-store.ts';
import { connectClient, playerInWorld, tempDir, testConfig, uniqueName } from '../helpers/test-server.ts';

/** A pino destination that keeps every line. */
function memoryDestination(): { lines: string[]; write: (line: string) => void } {
  const lines: string[] = [];
  return { lines, write: (line) => lines.push(line) };
}

type LogLine = Record<string, unknown>;

describe('logs', () => {
  const dataDir = tempDir();
  after(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('redacts passwords and tokens, at the top level and one object down', () => {
    const out = memoryDestination();
    const log = createLogger({ logLevel: 'info', logPretty: false }, out);
    log.info({
      password: 'hunter2-top',
      resumeToken: 'resume-secret',
      adminToken: 'admin-secret',
      databaseUrl: 'postgres://u:db-secret@h/db',
      request: { password: 'hunter2-nested', token: 'nested-secret', username: 'alice' },
      headers: { authorization: 'Bearer header-secret' },
    }, 'careless');
    const [line] = out.lines;
    assert.ok(line !== undefined);
    for (const secret of ['hunter2', 'resume-secret', 'admin-secret', 'db-secret', 'nested-secret', 'header-secret']) {
      assert.ok(!line.includes(secret), `${secret} leaked: ${line}`);
    }
    const parsed = JSON.parse(line) as { password: string; request: { password: string; username: string }; headers: { authorization: string } };
    assert.equal(parsed.password, '[redacted]');
    assert.equal(parsed.request.password, '[redacted]');
    assert.equal(parsed.headers.authorization, '[redacted]');
    assert.equal(parsed.request.username, 'alice', 'other fields are kept');
  });

  it('tags request logs with the session, account and character, with type and duration, and never logs a password or token', async () => {
    const out = memoryDestination();
    const logger = createLogger({ logLevel: 'debug', logPretty: false }, out);
    const server = createServer(testConfig(dataDir), { logger });
    await server.start();
    try {
      const client = await connectClient(server);
      const { characterId, resumeToken } = await playerInWorld(client);
      client.close();
      await client.closed;
      const lines = out.lines.map((line) => JSON.parse(line) as LogLine);
      const handled = (request: string): LogLine => {
        const found = lines.find((line) => line.msg === 'request handled' && line.request === request);
        assert.ok(found !== undefined, `no request log for ${request}`);
        assert.equal(typeof found.sessionId, 'string');
        assert.equal(typeof found.durationMs, 'number');
        assert.equal(typeof found.requestId, 'number');
        return found;
      };
      const sessionId = handled('hello').sessionId;
      assert.equal(handled('register').accountId, undefined, 'a guest has no account yet');
      const login = handled('login');
      assert.equal(typeof login.accountId, 'string');
      const enter = handled('enterWorld');
      assert.equal(enter.accountId, login.accountId);
      assert.equal(enter.characterId, characterId);
      for (const request of ['register', 'login', 'createCharacter', 'enterWorld']) assert.equal(handled(request).sessionId, sessionId);
      const entered = lines.find((line) => line.msg === 'entered the world');
      assert.equal(entered?.characterId, characterId);
      const text = out.lines.join('');
      assert.ok(!text.includes('correct horse'), 'the password never reaches a log');
      assert.ok(!text.includes(resumeToken), 'the resume token never reaches a log');
    } finally {
      await server.stop();
    }
  });

  it('answers a request whose handler fails unexpectedly with STORAGE_UNAVAILABLE, logs the failure, and the session goes on', async () => {
    const out = memoryDestination();
    const inner = await openStore({ databaseUrl: 'sqlite::memory:', dataDir: '.' });
    let failing = true;
    const store = new Proxy(inner, {
      get(target, property): unknown {
        if (property === 'listCharacters' && failing) return () => Promise.reject(new Error('the disk is on fire'));
        const member: unknown = Reflect.get(target, property, target);
        return typeof member === 'function' ? (member as (...args: unknown[]) => unknown).bind(target) : member;
      },
    });
    const server = createServer(testConfig(dataDir), { store, logger: createLogger({ logLevel: 'info', logPretty: false }, out) });
    await server.start();
    try {
      const client = await connectClient(server);
      const username = uniqueName();
      await client.register(username, 'correct horse');
      await client.login(username, 'correct horse');
      await assert.rejects(client.listCharacters(), (e) => e instanceof ServerError && e.code === ErrorCode.ERROR_CODE_STORAGE_UNAVAILABLE && !e.fatal);
      const failed = out.lines.map((l) => JSON.parse(l) as LogLine).find((l) => l.msg === 'request failed');
      assert.equal(failed?.request, 'listCharacters');
      assert.equal(failed.level, 50);
      assert.match(JSON.stringify(failed.err), /the disk is on fire/);
      failing = false;
      assert.deepEqual(await client.listCharacters(), [], 'the session answers the next request');
      client.close();
    } finally {
      await server.stop();
    }
  });

  it('answers a failed request with its error code in the request log', async () => {
    const out = memoryDestination();
    const server = createServer(testConfig(dataDir), { logger: createLogger({ logLevel: 'debug', logPretty: false }, out) });
    await server.start();
    try {
      const client = await connectClient(server);
      await assert.rejects(client.listCharacters());
      client.close();
      const line = out.lines.map((l) => JSON.parse(l) as LogLine).find((l) => l.msg === 'request handled' && l.request === 'listCharacters');
      assert.equal(line?.error, 'ERROR_CODE_NOT_AUTHENTICATED');
    } finally {
      await server.stop();
    }
  });
});
