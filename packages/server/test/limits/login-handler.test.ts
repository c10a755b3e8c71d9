import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ErrorCode, v1 } from '@realmforge/protocol';
import { LoginThrottle } from '../../src/accounts/login-throttle.ts';
import { login } from '../../src/session/handlers/account-handlers.ts';
import type { SessionControl } from '../../src/session/handler.ts';
import { RequestError } from '../../src/session/request-error.ts';

/** A session stub with just what the login handler touches; counts password checks. */
function fixture(outcome: 'wrong' | 'busy') {
  const throttle = new LoginThrottle({
    freeFailures: 3,
    backoffBaseMs: 60_000,
    backoffMaxMs: 300_000,
    failureMemoryMs: 3_600_000,
    addressFailures: { burst: 100, perSecond: 1 },
    accountFailures: { burst: 100, perSecond: 1 },
    maxEntries: 100,
  });
  let checks = 0;
  const silent = { debug: () => undefined, info: () => undefined };
  const session = {
    state: 'guest',
    remoteAddress: '10.0.0.1',
    log: silent,
    services: {
      logins: throttle,
      accounts: {
        authenticate: () => {
          checks++;
          const code = outcome === 'wrong' ? ErrorCode.ERROR_CODE_AUTH_FAILED : ErrorCode.ERROR_CODE_RATE_LIMITED;
          return Promise.reject(new RequestError(code, outcome));
        },
      },
    },
  } as unknown as SessionControl;
  const request = v1.Login.create({ username: 'alice', password: 'guess guess' });
  return { session, request, throttle, checks: () => checks };
}

const codeOf = (e: unknown): ErrorCode | undefined => (e instanceof RequestError ? e.code : undefined);

describe('login handler under the throttle', () => {
  it('refuses a throttled attempt with RATE_LIMITED and the wait, without checking the password', async () => {
    const f = fixture('wrong');
    for (let i = 0; i < 3; i++) await assert.rejects(Promise.resolve(login(f.session, f.request)), (e) => codeOf(e) === ErrorCode.ERROR_CODE_AUTH_FAILED);
    assert.equal(f.checks(), 3);
    await assert.rejects(Promise.resolve(login(f.session, f.request)), (e) => codeOf(e) === ErrorCode.ERROR_CODE_RATE_LIMITED && /try again in 60 s/.test((e as Error).message));
    assert.equal(f.checks(), 3, 'no argon2 work for the throttled attempt');
  });

  it('does not count attempts that never checked the password (hashing queue full) as failures', async () => {
    const f = fixture('busy');
    for (let i = 0; i < 10; i++) await assert.rejects(Promise.resolve(login(f.session, f.request)), (e) => codeOf(e) === ErrorCode.ERROR_CODE_RATE_LIMITED && (e as Error).message === 'busy');
    assert.equal(f.checks(), 10, 'every attempt got to the (busy) password check');
    assert.equal(f.throttle.sizes.pairs, 0);
  });
});
