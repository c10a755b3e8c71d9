import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '@realmforge/server';
import { LoginThrottle } from '../../src/accounts/login-throttle.ts';
import type { LoginThrottlePolicy } from '../../src/accounts/login-throttle.ts';

const policy: LoginThrottlePolicy = {
  freeFailures: 3,
  backoffBaseMs: 1_000,
  backoffMaxMs: 300_000,
  failureMemoryMs: 3_600_000,
  addressFailures: { burst: 20, perSecond: 5 / 60 },
  accountFailures: { burst: 50, perSecond: 10 / 60 },
  maxEntries: 1_000,
};

/** One failed attempt: asked, let through, failed. Returns the refusal if it was refused. */
function fail(throttle: LoginThrottle, username: string, address: string, now: number): ReturnType<LoginThrottle['attempt']> {
  const refused = throttle.attempt(username, address, now);
  if (refused === undefined) throttle.failed(username, address, now);
  return refused;
}

describe('LoginThrottle', () => {
  it('backs off exponentially per (account, address) after the free failures, up to the cap', () => {
    const throttle = new LoginThrottle(policy);
    let now = 0;
    for (let i = 0; i < 3; i++) assert.equal(fail(throttle, 'alice', '10.0.0.1', now), undefined, `free failure ${i + 1}`);
    assert.deepEqual(throttle.attempt('alice', '10.0.0.1', now), { reason: 'account-address', retryAfterMs: 1_000 });
    assert.equal(throttle.attempt('Alice', '10.0.0.1', now + 999)?.reason, 'account-address', 'usernames are case-insensitive');
    now += 1_000;
    assert.equal(fail(throttle, 'alice', '10.0.0.1', now), undefined, 'after 1 s');
    assert.equal(throttle.attempt('alice', '10.0.0.1', now + 1_999)?.retryAfterMs, 1, '4 failures: 2 s');
    now += 2_000;
    assert.equal(fail(throttle, 'alice', '10.0.0.1', now), undefined);
    assert.equal(throttle.attempt('alice', '10.0.0.1', now)?.retryAfterMs, 4_000, '5 failures: 4 s');
    assert.equal(throttle.backoffMs(3 + 8), 256_000);
    assert.equal(throttle.backoffMs(3 + 9), 300_000, 'capped at 5 min');
    assert.equal(throttle.backoffMs(1_000_000), 300_000);
  });

  it('does not lock the owner out from another address; success resets the pair', () => {
    const throttle = new LoginThrottle(policy);
    for (let i = 0; i < 3; i++) fail(throttle, 'alice', '203.0.113.66', 0);
    assert.equal(throttle.attempt('alice', '203.0.113.66', 0)?.reason, 'account-address', 'the guesser waits');
    // The owner, elsewhere, is let through at once and logs in.
    assert.equal(throttle.attempt('alice', '198.51.100.7', 0), undefined);
    throttle.succeeded('alice', '198.51.100.7', 0);
    // The owner's own typos and then success: the counter starts again.
    for (let i = 0; i < 3; i++) fail(throttle, 'alice', '198.51.100.7', 10);
    assert.equal(throttle.attempt('alice', '198.51.100.7', 10)?.reason, 'account-address');
    assert.equal(throttle.attempt('alice', '198.51.100.7', 1_010), undefined);
    throttle.succeeded('alice', '198.51.100.7', 1_010);
    for (let i = 0; i < 3; i++) assert.equal(fail(throttle, 'alice', '198.51.100.7', 1_020), undefined, 'free failures again after a success');
  });

  it('charges an attempt when it starts, so concurrent guesses cannot all slip past the backoff', () => {
    const throttle = new LoginThrottle(policy);
    const admitted = [0, 1, 2, 3, 4, 5].filter(() => throttle.attempt('bob', '10.0.0.1', 0) === undefined);
    assert.equal(admitted.length, 3, 'only the free attempts run at once');
    // Attempts that never checked the password (server busy) are given back.
    throttle.cancelled('bob', '10.0.0.1');
    throttle.cancelled('bob', '10.0.0.1');
    throttle.cancelled('bob', '10.0.0.1');
    throttle.cancelled('bob', '10.0.0.1'); // more than were charged: harmless
    assert.equal(throttle.attempt('bob', '10.0.0.1', 0), undefined);
  });

  it('bounds credential stuffing: one address failing across many accounts runs out of budget', () => {
    const throttle = new LoginThrottle(policy);
    for (let i = 0; i < 20; i++) assert.equal(fail(throttle, `victim${i}`, '203.0.113.9', 0), undefined);
    const refused = throttle.attempt('victim20', '203.0.113.9', 0);
    assert.equal(refused?.reason, 'address');
    assert.equal(refused.retryAfterMs, 12_000, 'one failure back every 12 s at 5/min');
    assert.equal(throttle.attempt('victim20', '203.0.113.10', 0), undefined, 'another address is not affected');
    assert.equal(throttle.attempt('victim20', '203.0.113.9', 12_000), undefined);
  });

  it('bounds guessing one account from many addresses, but not from an address the owner used before', () => {
    const throttle = new LoginThrottle(policy);
    assert.equal(throttle.attempt('carol', '192.0.2.1', 0), undefined);
    throttle.succeeded('carol', '192.0.2.1', 0);
    for (let i = 0; i < 50; i++) assert.equal(fail(throttle, 'carol', `10.0.${i}.1`, 0), undefined);
    assert.equal(throttle.attempt('carol', '10.99.0.1', 0)?.reason, 'account', 'a new address is held back');
    assert.equal(throttle.attempt('carol', '192.0.2.1', 0), undefined, 'the known address is not');
  });

  it('treats unknown usernames like known ones, and all junk names as one', () => {
    const throttle = new LoginThrottle(policy);
    for (let i = 0; i < 3; i++) fail(throttle, 'nobody_here', '10.0.0.1', 0);
    assert.equal(throttle.attempt('nobody_here', '10.0.0.1', 0)?.reason, 'account-address');
    for (let i = 0; i < 3; i++) fail(throttle, `${'x'.repeat(1000)}${i}`, '10.0.0.2', 0);
    assert.equal(throttle.attempt('!!', '10.0.0.2', 0)?.reason, 'account-address', 'junk names share a key');
    assert.equal(throttle.sizes.pairs, 2);
  });

  it('has documented defaults', () => {
    const config = loadConfig();
    assert.equal(config.loginFreeFailures, 3);
    assert.equal(config.loginBackoffBaseMs, 1_000);
    assert.equal(config.loginBackoffMaxMs, 300_000);
    assert.equal(config.loginIpFailureBurst, 20);
    assert.equal(config.loginIpFailuresPerMinute, 5);
    assert.equal(config.loginAccountFailureBurst, 50);
    assert.equal(config.loginAccountFailuresPerMinute, 10);
  });

  it('stays bounded and forgets what no longer holds anything back', () => {
    const throttle = new LoginThrottle({ ...policy, maxEntries: 100, addressFailures: { burst: 1_000_000, perSecond: 1 } });
    for (let i = 0; i < 5_000; i++) fail(throttle, `user${i}`, `10.0.${i >> 8}.${i & 255}`, i);
    const sizes = throttle.sizes;
    assert.ok(sizes.pairs <= 100 && sizes.addresses <= 100 && sizes.accounts <= 100, JSON.stringify(sizes));
    // Hours later everything has expired; the next attempt sweeps.
    throttle.attempt('someone', '10.0.0.1', 10 * 3_600_000);
    assert.deepEqual(throttle.sizes, { pairs: 1, addresses: 0, accounts: 0 });
  });
});
