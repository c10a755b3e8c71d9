/** PasswordHasher: argon2id on its own thread, bounded, and never leaving a caller waiting. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { PasswordHashBusyError, PasswordHasher } from '../src/accounts/password-hasher.ts';

const cheap = { memoryKiB: 1024, iterations: 1 };

describe('PasswordHasher', () => {
  it('hashes with argon2id at the given cost and verifies right and wrong passwords', async () => {
    const hasher = new PasswordHasher({ ...cheap, concurrency: 2, queue: 4 });
    try {
      const stored = await hasher.hash('correct horse');
      assert.match(stored, /^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
      assert.equal(await hasher.verify(stored, 'correct horse'), true);
      assert.equal(await hasher.verify(stored, 'wrong horse'), false);
      const many = await Promise.all(Array.from({ length: 6 }, (_, i) => hasher.hash(`password ${i}`)));
      assert.equal(new Set(many).size, 6, 'salted: every hash differs');
      assert.equal(hasher.pending, 0);
    } finally {
      await hasher.close();
    }
  });

  it('refuses jobs beyond concurrency + queue, and takes them again once there is room', async () => {
    const hasher = new PasswordHasher({ ...cheap, concurrency: 1, queue: 1 });
    try {
      const first = hasher.hash('one');
      const second = hasher.hash('two');
      await assert.rejects(hasher.hash('three'), PasswordHashBusyError);
      await Promise.all([first, second]);
      assert.match(await hasher.hash('four'), /^\$argon2id\$/);
    } finally {
      await hasher.close();
    }
  });

  it('a malformed stored hash fails that job alone', async () => {
    const hasher = new PasswordHasher({ ...cheap, concurrency: 1, queue: 4 });
    try {
      await assert.rejects(hasher.verify('not a hash', 'x'), /password hashing failed/);
      assert.equal(await hasher.verify(await hasher.hash('x'), 'x'), true);
    } finally {
      await hasher.close();
    }
  });

  it('fails the waiting jobs when the thread dies or the hasher closes, never leaving them hanging', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'realmforge-hasher-'));
    try {
      const dying = join(dir, 'dying-worker.mjs');
      writeFileSync(dying, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { process.exit(3); });\n");
      const broken = new PasswordHasher({ ...cheap, concurrency: 1, queue: 4, workerUrl: pathToFileURL(dying) });
      await assert.rejects(broken.hash('x'), /thread stopped: exit code 3/);
      await assert.rejects(broken.hash('y'), /thread stopped/, 'a new thread is started for the next job');
      await broken.close();

      const hasher = new PasswordHasher({ ...cheap, concurrency: 1, queue: 4 });
      const waiting = assert.rejects(hasher.hash('z'), /closed/);
      await hasher.close();
      await waiting;
      await assert.rejects(hasher.hash('after'), /closed/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
