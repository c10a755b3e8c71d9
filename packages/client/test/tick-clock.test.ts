import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TickClock } from '@realmforge/client';

describe('TickClock', () => {
  it('places ticks evenly whatever their frames arrival, by the quickest frame seen', () => {
    const clock = new TickClock(50);
    assert.equal(clock.timeOf(10, 1030), 1030);
    // Tick 11 waited a tick and came with tick 12: both at their own tick's time.
    assert.equal(clock.timeOf(11, 1130), 1080);
    assert.equal(clock.timeOf(12, 1130), 1130);
    // A quicker frame moves every later tick earlier.
    assert.equal(clock.timeOf(13, 1170), 1170);
    assert.equal(clock.timeOf(14, 1230), 1220);
  });

  it('follows the server when a frame is later than resyncTicks ticks behind the quickest', () => {
    const clock = new TickClock(50);
    clock.timeOf(10, 1000);
    const late = 1000 + 50 + (TickClock.resyncTicks + 1) * 50;
    assert.equal(clock.timeOf(11, late), late);
    assert.equal(clock.timeOf(12, late + 50), late + 50);
    assert.equal(clock.timeOf(13, 0 + late + 100 + TickClock.resyncTicks * 50), late + 100, 'within the band: still timed by tick');
  });

  it('uses the tick interval it is given', () => {
    const clock = new TickClock();
    clock.tickMs = 100;
    assert.equal(clock.timeOf(3, 300), 300);
    assert.equal(clock.timeOf(4, 450), 400);
  });
});
