/**
 * The interest period through the world: the server's default (`interestPeriod` 2) and its
 * validation, and a World passing it to its zones, so that a player walking up to another sees
 * it at most one tick after it came into range with period 2, and in that very tick with 1.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WorldMirror } from '@realmforge/client';
import { ConfigError, loadConfig } from '@realmforge/server';
import { decodeServerMessage, serverPayload } from '@realmforge/protocol';
import { World } from '../../src/world/world.ts';
import { openZone } from '../helpers/test-maps.ts';
import { characterRecord } from '../helpers/test-characters.ts';

const VIEW_RADIUS = 40;

/**
 * A player at (20, 20) walks north towards one standing at (20, 70), starting after `idleTicks`
 * ticks; returns the tick at which the standing one came within the view radius and the tick
 * of the first frame that showed it.
 */
function approach(interestPeriod: number | undefined, idleTicks: number): { inRange: number; seen: number } {
  const world = new World(new Map([['alpha', openZone('alpha')]]), {
    tickRateHz: 20, viewRadius: VIEW_RADIUS, hysteresis: 4, cellSize: 10, seed: 3, startZone: 'alpha', framePacing: false, now: () => 0,
    ...(interestPeriod === undefined ? {} : { interestPeriod }),
  });
  const mirror = new WorldMirror();
  const walker = world.enter(characterRecord(1, 'alpha', 20, 20), {
    deliverFrame: (bytes) => {
      const payload = serverPayload(decodeServerMessage(bytes));
      assert.ok(payload?.kind === 'worldFrame');
      mirror.apply(payload.value);
    },
  });
  const standing = world.enter(characterRecord(2, 'alpha', 20, 70), undefined);
  world.enter(characterRecord(3, 'alpha', 25, 30), undefined); // always in view: a walker whose view is empty does not wait
  for (let t = 0; t < idleTicks + 1; t++) world.step();
  world.queueInput(walker, { sequence: 1, directionX: 0, directionY: 1, targetX: Number.NaN, targetY: Number.NaN });
  let inRange = -1;
  for (let t = 0; t < 200; t++) {
    world.step();
    const dx = walker.x - standing.x;
    const dy = walker.y - standing.y;
    if (inRange < 0 && dx * dx + dy * dy <= VIEW_RADIUS * VIEW_RADIUS) inRange = world.tick;
    if (mirror.entities.has(standing.handle)) return { inRange, seen: world.tick };
  }
  throw new Error('never seen');
}

describe('interest period through the world', () => {
  it('the server recomputes a moving player\'s view every 2nd tick by default; a period outside 1..8 names the key', () => {
    assert.equal(loadConfig().interestPeriod, 2);
    assert.equal(loadConfig({ argv: ['--interest-period', '1'] }).interestPeriod, 1);
    for (const bad of ['0', '1.5', '9', 'often']) {
      assert.throws(() => loadConfig({ argv: ['--interest-period', bad] }), (error: unknown) => error instanceof ConfigError && /interestPeriod/.test(error.message));
    }
  });

  it('a walking player sees what came into range in that tick with period 1, at most one tick later with 2 (the default of World, as in the configuration)', () => {
    const lags = new Set<number>();
    for (let idle = 0; idle < 4; idle++) {
      const exact = approach(1, idle);
      assert.equal(exact.seen, exact.inRange, `period 1, ${idle} idle ticks`);
      for (const period of [undefined, 2]) {
        const { inRange, seen } = approach(period, idle);
        assert.ok(inRange > 0 && seen - inRange >= 0 && seen - inRange <= 1, `period ${period ?? 'omitted'}, ${idle} idle ticks: in range at ${inRange}, seen at ${seen}`);
        lags.add(seen - inRange);
      }
    }
    assert.deepEqual([...lags].sort(), [0, 1], 'depending on the turn, at once or one tick later');
  });

  it('a World refuses a period that is not an integer >= 1', () => {
    for (const interestPeriod of [0, 1.5, Number.NaN]) {
      assert.throws(() => new World(new Map([['alpha', openZone('alpha')]]), { tickRateHz: 20, viewRadius: VIEW_RADIUS, hysteresis: 4, cellSize: 10, seed: 3, startZone: 'alpha', interestPeriod }), RangeError);
    }
  });
});
