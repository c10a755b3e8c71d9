import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ErrorCode } from '@realmforge/protocol';
import { AccountService } from '../src/accounts/account-service.ts';
import { RequestError } from '../src/session/request-error.ts';
import { openStore } from '../src/store/open-store.ts';

const cheap = { memoryKiB: 1024, iterations: 1 };

describe('AccountService', () => {
  it('stores argon2id hashes, never the password', async () => {
    const store = await openStore({ databaseUrl: 'sqlite::memory:', dataDir: '.' });
    const accounts = new AccountService(store, { ...cheap, concurrency: 1, queue: 10 });
    await accounts.register('alice', 'correct horse');
    const stored = await store.findAccountByUsername('ALICE');
    assert.match(stored?.passwordHash ?? '', /^\$argon2id\$/);
    assert.ok(!stored?.passwordHash.includes('correct horse'));
    assert.equal((await accounts.authenticate('Alice', 'correct horse')).id, stored?.id);
    await accounts.close();
    await store.close();
  });

  it('bounds concurrent hashing: a flood beyond the queue is refused with RATE_LIMITED', async () => {
    const store = await openStore({ databaseUrl: 'sqlite::memory:', dataDir: '.' });
    const accounts = new AccountService(store, { ...cheap, concurrency: 1, queue: 1 });
    const results = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => accounts.register(`flood${i}`, 'correct horse')));
    const limited = results.filter((r) => r.status === 'rejected' && r.reason instanceof RequestError && r.reason.code === ErrorCode.ERROR_CODE_RATE_LIMITED);
    const ok = results.filter((r) => r.status === 'fulfilled');
    assert.ok(ok.length >= 2, `${ok.length} succeeded`);
    assert.ok(limited.length >= 1, 'some were refused');
    assert.equal(ok.length + limited.length, 6);
    await accounts.close();
    await store.close();
  });
});
