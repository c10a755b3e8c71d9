import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkRate, TokenBucket } from '../../src/limits/token-bucket.ts';

describe('TokenBucket', () => {
  it('allows a burst, then one action per 1/rate seconds', () => {
    const bucket = new TokenBucket({ burst: 3, perSecond: 2 }, 1000);
    assert.equal(bucket.take(1000), true);
    assert.equal(bucket.take(1000), true);
    assert.equal(bucket.take(1000), true);
    assert.equal(bucket.take(1000), false, 'the burst is spent');
    assert.equal(bucket.waitMs(1000), 500);
    assert.equal(bucket.take(1499), false);
    assert.equal(bucket.take(1500), true, 'one token after 500 ms at 2/s');
    assert.equal(bucket.take(1500), false);
  });

  it('refills up to the burst and no further', () => {
    const bucket = new TokenBucket({ burst: 2, perSecond: 10 }, 0);
    assert.equal(bucket.take(0, 2), true);
    assert.equal(bucket.isFull(0), false);
    assert.equal(bucket.tokens(60_000), 2);
    assert.equal(bucket.isFull(60_000), true);
    assert.equal(bucket.take(60_000, 3), false, 'a cost above the burst is never met');
  });

  it('mints nothing when the clock goes backwards', () => {
    const bucket = new TokenBucket({ burst: 1, perSecond: 1 }, 10_000);
    assert.equal(bucket.take(10_000), true);
    assert.equal(bucket.take(0), false);
    assert.equal(bucket.take(10_500), false, 'the earlier reading did not reset the refill');
    assert.equal(bucket.take(11_000), true);
  });

  it('gives refunds back up to the burst', () => {
    const bucket = new TokenBucket({ burst: 2, perSecond: 0.001 }, 0);
    bucket.take(0);
    bucket.take(0);
    bucket.give(0);
    assert.equal(bucket.take(0), true);
    bucket.give(0, 10);
    assert.equal(bucket.tokens(0), 2);
  });

  it('refuses nonsense rates', () => {
    assert.throws(() => new TokenBucket({ burst: 0, perSecond: 1 }, 0), RangeError);
    assert.throws(() => new TokenBucket({ burst: 1, perSecond: 0 }, 0), RangeError);
    assert.throws(() => new TokenBucket({ burst: 1, perSecond: Number.NaN }, 0), RangeError);
    assert.throws(() => {
      checkRate({ burst: Number.POSITIVE_INFINITY, perSecond: 1 }, 'x');
    }, /x: burst/);
  });

  it('never admits more than burst + rate × elapsed (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        fc.array(fc.integer({ min: 0, max: 2_000 }), { maxLength: 200 }),
        (burst, perSecond, steps) => {
          const bucket = new TokenBucket({ burst, perSecond }, 0);
          let now = 0;
          let admitted = 0;
          for (const step of steps) {
            now += step;
            if (bucket.take(now)) admitted++;
          }
          assert.ok(admitted <= burst + (perSecond * now) / 1000 + 1e-9, `${admitted} admitted in ${now} ms`);
        },
      ),
    );
  });
});
