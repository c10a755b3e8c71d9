/**
 * LoopPressure: the distant-stride factor a main thread's busy share calls for, with a dead band
 * so that it settles.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LOOP_PRESSURE_DEFAULTS, LoopPressure } from '../../src/world/loop-pressure.ts';

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

  it('thins replication only at thinAt with the factor already at its top, and stops below raiseAt', () => {
    const pressure = new LoopPressure();
    pressure.observe(1);
    assert.equal(pressure.thin, false, 'factor 2: not yet');
    pressure.observe(1);
    assert.equal(pressure.factor, 4);
    assert.equal(pressure.thin, false, 'the factor reached its top with this reading: not yet');
    pressure.observe(0.95);
    assert.equal(pressure.thin, false, 'at the top but under thinAt');
    pressure.observe(0.97);
    assert.equal(pressure.thin, true, 'at the top and at thinAt');
    pressure.observe(0.92);
    assert.equal(pressure.thin, true, 'still saturated: it holds');
    pressure.observe(0.89);
    assert.equal(pressure.thin, false, 'below raiseAt: it stops');
    assert.equal(pressure.factor, 4, 'while the factor holds in the dead band');
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
        const factor = pressure.observe(busy);
        assert.ok(Number.isInteger(factor) && factor >= 1 && factor <= maxFactor, `factor ${factor}`);
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
