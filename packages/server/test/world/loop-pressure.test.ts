/**
 * LoopPressure: the distant-stride factor a main thread's busy share calls for, with a dead band
 * so that it settles.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LOOP_PRESSURE_DEFAULTS, LoopPressure, THIN_SHARES } from '../../src/world/loop-pressure.ts';

describe('LoopPressure', () => {
  it('doubles at or above raiseAt up to the cap, holds in the dead band, halves below lowerBelow', () => {
    const pressure = new LoopPressure();
    assert.equal(pressure.factor, 1);
    assert.equal(pressure.observe(0.89), 1, 'under raiseAt: no pressure');
    assert.equal(pressure.observe(0.9), 2, 'raiseAt itself raises');
    assert.equal(pressure.observe(1), 4);
    assert.equal(pressure.observe(1), LOOP_PRESSURE_DEFAULTS.maxFactor, 'capped');
    assert.equal(pressure.observe(0.75), 4, 'lowerBelow itself holds');
    assert.equal(pressure.observe(0.85), 4);
    assert.equal(pressure.observe(0.74), 2);
    assert.equal(pressure.observe(0), 1);
    assert.equal(pressure.observe(0), 1, 'never below 1');
  });

  it('thins replication only at thinAt with the factor already at its top: at once at its most, then down a step a second, holding in between, up a step when saturated again', () => {
    const pressure = new LoopPressure();
    pressure.observe(1);
    assert.equal(pressure.thinShare, 0, 'factor 2: not yet');
    pressure.observe(1);
    assert.equal(pressure.factor, 4);
    assert.equal(pressure.thinShare, 0, 'the factor reached its top with this reading: not yet');
    pressure.observe(0.95);
    assert.equal(pressure.thinShare, 0, 'at the top but under thinAt');
    pressure.observe(0.97);
    assert.equal(pressure.thinShare, 1 / 2, 'at the top and at thinAt: every other tick at once');
    pressure.observe(0.92);
    assert.equal(pressure.thinShare, 1 / 2, 'busy but not saturated: it holds');
    assert.equal(pressure.factor, 4, 'while the factor holds in the dead band');
    const shares = [];
    for (let i = 0; i < 3; i++) {
      pressure.observe(0.89);
      shares.push(pressure.thinShare);
    }
    assert.deepEqual(shares, [1 / 3, 1 / 4, 1 / 6], 'below raiseAt: a step down each second');
    pressure.observe(0.98);
    assert.equal(pressure.thinShare, 1 / 4, 'saturated on the way down: a step back up');
    pressure.observe(0.93);
    assert.equal(pressure.thinShare, 1 / 4, 'and it settles where the load fits');
    for (let i = 0; i < 2; i++) pressure.observe(0.5);
    assert.equal(pressure.thinShare, 1 / 8);
    pressure.observe(0.5);
    assert.equal(pressure.thinShare, 0, 'to none');
    assert.deepEqual(THIN_SHARES, [0, 1 / 8, 1 / 6, 1 / 4, 1 / 3, 1 / 2]);
  });

  it('ignores a reading that is not a number', () => {
    const pressure = new LoopPressure();
    pressure.observe(0.95);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) assert.equal(pressure.observe(bad), 2);
  });

  it('stays a whole number from 1 to maxFactor whatever it is fed, and settles on a steady reading', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 }), fc.double({ min: 0, max: 1, noNaN: true }), (maxFactor, readings, steady) => {
      const pressure = new LoopPressure({ raiseAt: 0.9, lowerBelow: 0.75, maxFactor, thinAt: 0.97 });
      for (const busy of readings) {
        const share = pressure.thinShare;
        const factor = pressure.observe(busy);
        assert.ok(Number.isInteger(factor) && factor >= 1 && factor <= maxFactor, `factor ${factor}`);
        assert.ok(THIN_SHARES.includes(pressure.thinShare), `thin share ${pressure.thinShare}`);
        const from = THIN_SHARES.indexOf(share);
        const to = THIN_SHARES.indexOf(pressure.thinShare);
        assert.ok(Math.abs(to - from) <= 1 || (from === 0 && to === THIN_SHARES.length - 1), `a step at a time, or all at once from none: ${from} → ${to}`);
      }
      // A steady reading moves it at most log2(maxFactor) + 1 times, then it stays put.
      for (let i = 0; i < 5; i++) pressure.observe(steady);
      const settled = pressure.factor;
      assert.equal(pressure.observe(steady), settled);
    }));
  });

  it('refuses thresholds out of order or a factor below 1', () => {
    assert.throws(() => new LoopPressure({ raiseAt: 0.7, lowerBelow: 0.8, maxFactor: 4, thinAt: 0.97 }), /0 < lowerBelow < raiseAt <= 1/);
    assert.throws(() => new LoopPressure({ raiseAt: 1.2, lowerBelow: 0.8, maxFactor: 4, thinAt: 0.97 }), /0 < lowerBelow < raiseAt <= 1/);
    assert.throws(() => new LoopPressure({ raiseAt: 0.9, lowerBelow: 0, maxFactor: 4, thinAt: 0.97 }), /0 < lowerBelow < raiseAt <= 1/);
    assert.throws(() => new LoopPressure({ raiseAt: 0.9, lowerBelow: 0.75, maxFactor: 0, thinAt: 0.97 }), /maxFactor must be a whole number of at least 1/);
    assert.throws(() => new LoopPressure({ raiseAt: 0.9, lowerBelow: 0.75, maxFactor: 2.5, thinAt: 0.97 }), /maxFactor must be a whole number of at least 1/);
    assert.throws(() => new LoopPressure({ raiseAt: 0.9, lowerBelow: 0.75, maxFactor: 4, thinAt: 0.8 }), /raiseAt <= thinAt <= 1/);
  });
});
