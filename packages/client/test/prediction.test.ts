import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MovementPredictor, PositionInterpolator } from '@realmforge/client';

describe('MovementPredictor', () => {
  it('predicts unacknowledged inputs from the server position', () => {
    const p = new MovementPredictor(5);
    p.reconcile(0, 10, 10);
    p.sent(1, 1, 0, 1000);
    const at = p.predict(1200);
    assert.ok(Math.abs(at.x - 11) < 1e-9);
    assert.equal(at.y, 10);
    assert.equal(p.pending, 1);
  });

  it('drops acknowledged inputs and converges on the server', () => {
    const p = new MovementPredictor(5);
    p.sent(1, 1, 0, 0);
    p.sent(2, 0, 1, 100);
    p.reconcile(1, 12, 0);
    assert.equal(p.pending, 1);
    const at = p.predict(300);
    assert.ok(Math.abs(at.x - 12) < 1e-9);
    assert.ok(Math.abs(at.y - 1) < 1e-9);
    p.reconcile(2, 12, 1);
    assert.deepEqual(p.predict(300), { x: 12, y: 1 });
  });

  it('scales long directions to unit length and uses the collision function', () => {
    const p = new MovementPredictor(2, (x, y, dx, dy) => ({ x: Math.min(x + dx, 1), y: y + dy }));
    p.sent(1, 30, 40, 0);
    const at = p.predict(1000);
    assert.equal(at.x, 1);
    assert.ok(Math.abs(at.y - 1.6) < 1e-9);
  });
});

describe('PositionInterpolator', () => {
  it('interpolates between the last two samples and holds outside them', () => {
    const i = new PositionInterpolator();
    i.push(0, 0, 0);
    assert.deepEqual(i.at(50), { x: 0, y: 0 });
    i.push(10, 20, 100);
    assert.deepEqual(i.at(50), { x: 5, y: 10 });
    assert.deepEqual(i.at(-10), { x: 0, y: 0 });
    assert.deepEqual(i.at(500), { x: 10, y: 20 });
    i.push(20, 20, 200);
    assert.deepEqual(i.at(150), { x: 15, y: 20 });
  });

  it('keeps older samples, so a render time two frames back still interpolates', () => {
    const i = new PositionInterpolator();
    assert.deepEqual(i.at(0), { x: 0, y: 0 });
    assert.equal(i.latestMs, undefined);
    i.push(0, 0, 0);
    i.push(10, 20, 100);
    i.push(20, 20, 200);
    assert.deepEqual(i.at(50), { x: 5, y: 10 });
    assert.deepEqual(i.at(150), { x: 15, y: 20 });
    assert.equal(i.latestMs, 200);
  });

  it('forgets samples beyond its capacity and holds the oldest it kept', () => {
    const i = new PositionInterpolator();
    const total = PositionInterpolator.capacity + 4;
    for (let k = 0; k < total; k++) i.push(k, 0, k * 100);
    assert.deepEqual(i.at(0), { x: 4, y: 0 });
    assert.deepEqual(i.at(450), { x: 4.5, y: 0 });
    assert.deepEqual(i.at(1e9), { x: total - 1, y: 0 });
  });

  it('jumps to a sample that shares its time with the one before', () => {
    const i = new PositionInterpolator();
    i.push(0, 0, 100);
    i.push(8, 8, 100);
    assert.deepEqual(i.at(100), { x: 8, y: 8 });
  });
});
