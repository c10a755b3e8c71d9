import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RenderDelay } from '@realmforge/client';

const TICK_MS = 50;

/** Feeds frames `spacingMs` apart from `fromMs` until `toMs`, each having waited its spacing. */
function frames(delay: RenderDelay, fromMs: number, toMs: number, spacingMs: number): void {
  for (let at = fromMs; at <= toMs; at += spacingMs) delay.frame(spacingMs, at, TICK_MS);
}

describe('RenderDelay', () => {
  it('starts at its floor and refuses a floor above its ceiling', () => {
    const delay = new RenderDelay(150, 1000);
    assert.equal(delay.at(0), 150);
    assert.equal(delay.targetMs, 150);
    assert.throws(() => new RenderDelay(200, 100), RangeError);
    assert.throws(() => new RenderDelay(-1, 100), RangeError);
  });

  it('stays at the floor while frames come every tick or two, and when one frame in twenty is late', () => {
    const delay = new RenderDelay(150, 1000);
    frames(delay, 0, 3000, TICK_MS);
    assert.equal(delay.targetMs, 150);
    delay.frame(600, 3050, TICK_MS);
    frames(delay, 3100, 3500, 100);
    assert.equal(delay.targetMs, 150, 'one 600 ms wait among ~60 frames changes nothing');
    assert.equal(delay.at(3500), 150);
  });

  it('covers frames that come five ticks apart, growing by holding the render time, then shrinks at 10% when they come every tick again', () => {
    const delay = new RenderDelay(150, 1000);
    // Drawn every 10 ms; frames every tick until 3 s, then every fifth tick until 6 s, then every tick.
    let renderMs = Number.NEGATIVE_INFINITY;
    let grewAt: number | undefined;
    let reachedAt: number | undefined;
    let most = 0;
    for (let now = 0; now <= 12_000; now += 10) {
      const spacing = now > 3000 && now <= 6000 ? 250 : TICK_MS;
      if (now % spacing === 0) delay.frame(spacing, now, TICK_MS);
      if (grewAt === undefined && delay.targetMs > 150) grewAt = now;
      const d = delay.at(now);
      most = Math.max(most, d);
      if (reachedAt === undefined && d === 300) reachedAt = now;
      assert.ok(now - d >= renderMs - 1e-9, `the render time went back at ${now} ms`);
      renderMs = now - d;
    }
    assert.equal(most, 300, 'five ticks and a tick of margin');
    assert.ok(grewAt !== undefined && grewAt <= 3000 + 1000, `the target rose within a second of sparse frames: ${grewAt}`);
    // The delay grew as fast as time passed (the render time held still) for the 150 ms difference,
    // the first 10 ms of it at the draw where the target rose.
    assert.equal((reachedAt ?? 0) - grewAt, 140);
    assert.equal(delay.at(12_000), 150, 'back at the floor');
    // Shrinking runs the render time 10% fast: the delay loses a tenth of the time that passes.
    const shrinking = new RenderDelay(150, 1000);
    for (let at = 0; at <= 3000; at += 250) shrinking.frame(250, at, TICK_MS);
    shrinking.at(3000);
    shrinking.at(3500);
    assert.equal(shrinking.at(3500), 300);
    const drawn = new Map<number, number>();
    let droppedAt: number | undefined;
    for (let at = 3550; at <= 9000; at += TICK_MS) {
      shrinking.frame(TICK_MS, at, TICK_MS);
      if (droppedAt === undefined && shrinking.targetMs === 150) droppedAt = at;
      drawn.set(at, shrinking.at(at));
    }
    assert.ok(droppedAt !== undefined, 'the target fell back to the floor');
    assert.equal(drawn.get(droppedAt), 300 - 5, 'the first 50 ms after it fell');
    assert.ok(Math.abs((drawn.get(droppedAt + 1000) ?? 0) - (300 - 105)) < 1e-9);
    assert.equal(drawn.get(9000), 150);
  });

  it('never goes past its ceiling', () => {
    const delay = new RenderDelay(150, 1000);
    frames(delay, 0, 20_000, 5000);
    assert.equal(delay.targetMs, 1000);
    delay.at(20_000);
    assert.equal(delay.at(25_000), 1000);
  });

  it('takes a clock reading that goes back as no time passing', () => {
    const delay = new RenderDelay(150, 1000);
    frames(delay, 0, 3000, 250);
    assert.equal(delay.at(3000), 150);
    assert.equal(delay.at(2900), 150, 'earlier reading: nothing moves');
    assert.equal(delay.at(3050), 200, 'only the time since the latest reading counts');
  });
});
