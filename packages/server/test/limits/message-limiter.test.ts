import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '@realmforge/server';
import { clientPayloadKinds, DEFAULT_MESSAGE_RATES, MessageRatePolicy, messageRatePolicy, SessionRateLimiter } from '../../src/session/message-limiter.ts';

const kinds = clientPayloadKinds();
const policy = (rates = {}, maxRejections = 3, rejectionWindowMs = 10_000): MessageRatePolicy =>
  new MessageRatePolicy({ rates, maxRejections, rejectionWindowMs }, kinds);

describe('per-session message limits', () => {
  it('has a default rate for every payload case the server handles, and one for unknown cases', () => {
    const p = policy();
    assert.ok(kinds.includes('moveInput') && kinds.includes('hello') && kinds.includes('login'));
    for (const kind of kinds) assert.ok(p.rateOf(kind).burst >= 1, kind);
    assert.deepEqual(p.rateOf('someFutureCase'), DEFAULT_MESSAGE_RATES.default);
    assert.deepEqual(p.rateOf('moveInput'), { burst: 60, perSecond: 30 });
    assert.deepEqual(p.rateOf('ping'), { burst: 10, perSecond: 5 });
    assert.deepEqual(p.rateOf('login'), { burst: 3, perSecond: 1 });
  });

  it('limits each case by its own bucket', () => {
    const limiter = new SessionRateLimiter(policy({ ping: { burst: 2, perSecond: 1 } }, 100), 0);
    assert.equal(limiter.admit('ping', 0), 'admit');
    assert.equal(limiter.admit('ping', 0), 'admit');
    assert.equal(limiter.admit('ping', 0), 'reject');
    assert.equal(limiter.retryAfterMs('ping', 0), 1000);
    for (let i = 0; i < 60; i++) assert.equal(limiter.admit('moveInput', 0), 'admit', 'moving is not slowed by pinging');
    assert.equal(limiter.admit('moveInput', 0), 'reject');
    assert.equal(limiter.admit('ping', 1000), 'admit', 'a token after a second');
    assert.equal(limiter.rejected, 2);
  });

  it('disconnects a client that keeps flooding after being told: more than maxRejections in the window', () => {
    const limiter = new SessionRateLimiter(policy({ ping: { burst: 1, perSecond: 1 } }, 3, 3_000), 0);
    assert.equal(limiter.admit('ping', 0), 'admit');
    assert.equal(limiter.admit('ping', 0), 'reject');
    assert.equal(limiter.admit('ping', 0), 'reject');
    assert.equal(limiter.admit('ping', 0), 'reject');
    assert.equal(limiter.admit('ping', 0), 'disconnect');
  });

  it('forgives occasional rejections spread over time', () => {
    const limiter = new SessionRateLimiter(policy({ ping: { burst: 1, perSecond: 1 } }, 3, 3_000), 0);
    // Two pings a second for a minute: one of each pair is rejected, one strike per second,
    // while strikes refill at one per second.
    for (let t = 0; t < 60_000; t += 1000) {
      assert.equal(limiter.admit('ping', t), 'admit');
      assert.equal(limiter.admit('ping', t + 1), 'reject');
    }
  });

  it('never holds pongs below twice the heartbeat\'s pace: a client answers every ping', () => {
    assert.deepEqual(messageRatePolicy(loadConfig()).rateOf('pong'), DEFAULT_MESSAGE_RATES.pong, 'the default 5 s heartbeat is well within the built-in rate');
    const fast = messageRatePolicy(loadConfig({ overrides: { heartbeatIntervalMs: 50 } }));
    assert.deepEqual(fast.rateOf('pong'), { burst: 10, perSecond: 40 });
    assert.deepEqual(fast.rateOf('ping'), DEFAULT_MESSAGE_RATES.ping, 'only pongs follow the heartbeat');
    assert.deepEqual(messageRatePolicy(loadConfig({ overrides: { heartbeatIntervalMs: 50, messageRateLimits: { pong: { burst: 4, perSecond: 100 } } } })).rateOf('pong'), { burst: 4, perSecond: 100 }, 'a configured rate above it stands');
    assert.deepEqual(messageRatePolicy(loadConfig({ overrides: { heartbeatIntervalMs: 100, messageRateLimits: { pong: { burst: 4, perSecond: 1 } } } })).rateOf('pong'), { burst: 4, perSecond: 20 }, 'one below it is raised');
    // A client answering a 50 ms heartbeat for a minute, on time or a few at once after a pause.
    const limiter = new SessionRateLimiter(fast, 0);
    for (let t = 0; t < 60_000; t += 50) assert.equal(limiter.admit('pong', t), 'admit', `the pong at ${t} ms`);
    for (let t = 60_300; t < 120_000; t += 300) {
      for (let k = 0; k < 6; k++) assert.equal(limiter.admit('pong', t), 'admit', `pong ${k} of a bunch at ${t} ms`);
    }
  });

  it('refuses overrides for cases the schema does not have, and bad rates, naming the key', () => {
    assert.throws(() => policy({ pingg: { burst: 1, perSecond: 1 } }), (e: unknown) => e instanceof ConfigError && /messageRateLimits\.pingg/.test(e.message));
    assert.throws(() => policy({ ping: { burst: 0, perSecond: 1 } }), /messageRateLimits\.ping/);
    assert.throws(() => messageRatePolicy(loadConfig({ overrides: { messageRateLimits: { nope: { burst: 1, perSecond: 1 } } } })), ConfigError);
  });

  it('reads the table from env and flags as JSON, and validates its shape', () => {
    const fromEnv = loadConfig({ env: { REALMFORGE_MESSAGE_RATE_LIMITS: '{"ping":{"burst":7,"perSecond":3}}' } });
    assert.deepEqual(messageRatePolicy(fromEnv).rateOf('ping'), { burst: 7, perSecond: 3 });
    const fromFlag = loadConfig({ argv: ['--message-rate-limits', '{"default":{"burst":2,"perSecond":1}}'] });
    assert.deepEqual(messageRatePolicy(fromFlag).rateOf('unknownCase'), { burst: 2, perSecond: 1 });
    assert.throws(() => loadConfig({ argv: ['--message-rate-limits', '{"ping":{"burst":-1,"perSecond":1}}'] }), /messageRateLimits\.ping\.burst" from flag --message-rate-limits/);
    assert.throws(() => loadConfig({ env: { REALMFORGE_MESSAGE_RATE_LIMITS: 'not json' } }), /messageRateLimits" from env REALMFORGE_MESSAGE_RATE_LIMITS/);
  });

  it('has documented defaults for the strike limit', () => {
    const config = loadConfig();
    assert.equal(config.maxRateLimitRejections, 20);
    assert.equal(config.rateLimitRejectionWindowMs, 10_000);
    assert.deepEqual(config.messageRateLimits, {});
  });
});
