/**
 * Distant entities at a lower rate: with the default `distantUpdateStride` (2) an entity beyond
 * half the view radius that only walks reaches an observer at most every 2nd tick, yet its
 * latest position always arrives within the stride; near entities arrive every tick; stride 1
 * sends every move every tick; slow ticks, or a saturated main thread, raise the stride above
 * the configured one.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { WorldMirror } from '@realmforge/client';
import { decodeServerMessage, serverPayload } from '@realmforge/protocol';
import type { ServerPayloads } from '@realmforge/protocol';
import type { PlayerEntity } from '../../src/world/player-entity.ts';
import { World } from '../../src/world/world.ts';
import { MAX_DISTANT_STRIDE } from '../../src/world/world-defaults.ts';
import type { WorldOptions } from '../../src/world/world.ts';
import { openZone } from '../helpers/test-maps.ts';
import { characterRecord } from '../helpers/test-characters.ts';

/** View radius of these worlds: "distant" is beyond 20 m. */
const VIEW_RADIUS = 40;

/** A world of one open zone; frames go out in their own tick (pacing is frame-pacer.test.ts's). */
function worldOf(options: Partial<WorldOptions> = {}): World {
  const maps = new Map([['alpha', openZone('alpha')]]);
  return new World(maps, { tickRateHz: 20, viewRadius: VIEW_RADIUS, hysteresis: 4, cellSize: 10, seed: 3, startZone: 'alpha', framePacing: false, now: () => 0, ...options });
}

/** An observer whose frames are applied to a mirror and kept, decoded, in the order they came. */
function observe(world: World, n: number, x: number, y: number): { player: PlayerEntity; mirror: WorldMirror; frames: ServerPayloads['worldFrame'][] } {
  const mirror = new WorldMirror();
  const frames: ServerPayloads['worldFrame'][] = [];
  const player = world.enter(characterRecord(n, 'alpha', x, y), {
    deliverFrame: (bytes) => {
      const payload = serverPayload(decodeServerMessage(bytes));
      assert.ok(payload?.kind === 'worldFrame');
      frames.push(payload.value);
      mirror.apply(payload.value);
    },
  });
  return { player, mirror, frames };
}

function walk(world: World, player: PlayerEntity, sequence: number, directionY: number): void {
  world.queueInput(player, { sequence, directionX: 0, directionY, targetX: Number.NaN, targetY: Number.NaN });
}

/** The ticks (of the frames' own tick numbers) at which the observer got an update of `handle`. */
function updateTicks(frames: readonly ServerPayloads['worldFrame'][], handle: number): number[] {
  return frames.filter((f) => f.updates.some((u) => u.entityId === handle)).map((f) => f.tick);
}

/**
 * An observer at (20, 20), a near walker 10 m east of it and a distant one 30 m east (after
 * `padding` idle characters, so the distant one's handle, which picks its refresh turn, varies).
 * Both walkers go north from tick 2 and the distant one stops after `walkTicks` ticks.
 */
function scene(options: Partial<WorldOptions>, padding: number, walkTicks: number) {
  const world = worldOf(options);
  const observer = observe(world, 1, 20, 20);
  for (let i = 0; i < padding; i++) world.enter(characterRecord(10 + i, 'alpha', 100, 100), undefined);
  const near = world.enter(characterRecord(2, 'alpha', 30, 20), undefined);
  const far = world.enter(characterRecord(3, 'alpha', 50, 20), undefined);
  world.step();
  walk(world, near, 1, 1);
  walk(world, far, 1, 1);
  const walkedUntil = world.tick + walkTicks;
  const positions: { tick: number; seen: number | undefined; actual: number }[] = [];
  for (let i = 0; i < walkTicks + 8; i++) {
    if (world.tick === walkedUntil) walk(world, far, 2, 0);
    world.step();
    positions.push({ tick: world.tick, seen: observer.mirror.entities.get(far.handle)?.y, actual: far.y });
  }
  return { world, observer, near, far, walkedUntil, positions };
}

describe('distant entities at a lower rate', () => {
  it('with the default stride a distant walker is sent at most every 2nd tick, a near one every tick, and the final position arrives', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 3, max: 12 }), (padding, walkTicks) => {
        const { observer, near, far, walkedUntil, positions } = scene({}, padding, walkTicks);
        const farTicks = updateTicks(observer.frames, far.handle);
        const walking = farTicks.filter((t) => t <= walkedUntil + 1);
        for (let k = 1; k < walking.length; k++) {
          assert.equal((walking[k] ?? 0) - (walking[k - 1] ?? 0), 2, `distant updates at ticks ${walking.join(',')}: every 2nd tick`);
        }
        assert.ok(walking.length >= Math.floor(walkTicks / 2), `distant updates at ticks ${walking.join(',')} while it walked ${walkTicks} ticks`);
        const nearTicks = updateTicks(observer.frames, near.handle);
        for (let t = 2; t <= walkedUntil + 6; t++) assert.ok(nearTicks.includes(t), `near walker updated at tick ${t}`);
        // The distant walker's last position arrives within the stride after it stopped...
        for (const p of positions.filter((q) => q.tick >= walkedUntil + 2)) {
          assert.ok(p.seen !== undefined && Math.abs(p.seen - p.actual) <= 1 / 32, `tick ${p.tick}: seen ${p.seen}, at ${p.actual}`);
        }
        // ...and while it walked, what the observer saw was never more than one tick's step behind.
        for (const p of positions.filter((q) => q.tick <= walkedUntil)) {
          assert.ok(p.seen !== undefined && Math.abs(p.seen - p.actual) <= 5 / 20 + 1 / 32, `tick ${p.tick}: seen ${p.seen}, at ${p.actual}`);
        }
        // After that nothing more is sent for it: it stands still.
        assert.ok(farTicks.every((t) => t <= walkedUntil + 2), `no updates after it stopped: ${farTicks.join(',')}`);
      }),
      { numRuns: 20 },
    );
  });

  it('with stride 1 every move of a distant walker is sent in its own tick', () => {
    const { observer, far, walkedUntil, positions } = scene({ distantUpdateStride: 1 }, 0, 8);
    const farTicks = updateTicks(observer.frames, far.handle);
    const expected = Array.from({ length: walkedUntil - 1 }, (_, i) => i + 2);
    assert.deepEqual(farTicks, expected);
    for (const p of positions) assert.ok(p.seen !== undefined && Math.abs(p.seen - p.actual) <= 1 / 32, `tick ${p.tick}: seen ${p.seen}, at ${p.actual}`);
  });

  it('slow ticks raise the stride above the configured one, and only that counts as degraded', () => {
    const cases: { stride: number; msPerCall: number; expected: number }[] = [
      { stride: 2, msPerCall: 0, expected: 2 },
      { stride: 2, msPerCall: 10, expected: 4 },
      { stride: 2, msPerCall: 15, expected: 8 },
      { stride: 1, msPerCall: 10, expected: 2 },
      { stride: 1, msPerCall: 15, expected: 4 },
      { stride: 4, msPerCall: 15, expected: MAX_DISTANT_STRIDE },
      { stride: MAX_DISTANT_STRIDE, msPerCall: 15, expected: MAX_DISTANT_STRIDE },
    ];
    for (const c of cases) {
      // Each call of the clock moves it on: one zone's world tick reads it four times, so a
      // world tick "takes" three steps (10 ms: 60% of the 50 ms budget; 15 ms: 90%).
      let ms = 0;
      const world = worldOf({
        distantUpdateStride: c.stride,
        now: () => {
          ms += c.msPerCall;
          return ms;
        },
      });
      const zone = world.zones.get('alpha');
      assert.ok(zone);
      world.step();
      assert.equal(zone.distantStride, c.stride, 'the first tick runs at the configured stride');
      world.step();
      assert.equal(zone.distantStride, c.expected, `stride ${c.stride} at ${(3 * c.msPerCall) / 50} of the budget`);
      assert.equal(world.stats.degraded, c.expected > c.stride ? 1 : 0);
    }
  });

  it('a saturated main thread raises the stride as slow ticks do, counts as degraded, and lets go once the thread is less busy (thinning, without cohorts)', () => {
    const world = worldOf({ distantUpdateStride: 2, replicationCohorts: 1 });
    const zone = world.zones.get('alpha');
    assert.ok(zone);
    const stepAt = (busy: number | undefined): number => {
      if (busy !== undefined) world.observeLoopBusy(busy);
      world.step();
      assert.equal(world.distantStride, zone.distantStride, 'the world reports the stride its zones ran at');
      return zone.distantStride;
    };
    assert.equal(stepAt(undefined), 2, 'cheap ticks, nothing measured: the configured stride');
    assert.equal(stepAt(0.5), 2, 'a half-busy thread changes nothing');
    assert.equal(stepAt(0.97), 4, 'saturated: twice the configured stride');
    assert.equal(stepAt(0.97), 8, 'still saturated: four times');
    assert.equal(world.stats.degraded, 2);
    assert.equal(world.stats.caughtUp, 0, 'every tick replicated so far');
    assert.equal(stepAt(0.99), MAX_DISTANT_STRIDE, 'never above the maximum');
    assert.equal(world.thinReplication, true, 'nothing left at the top factor: replication thins');
    assert.equal(world.stats.caughtUp, 1, 'the tick right after a replicated one ran the simulation only');
    // Every other tick is replicated; the others run the simulation only.
    const ticks = world.tick;
    for (let i = 0; i < 4; i++) world.step();
    assert.equal(world.stats.caughtUp, 3, 'two of four more ticks not replicated');
    assert.equal(world.tick, ticks + 4, 'the simulation ran every tick');
    world.step(false);
    const behind = world.stats.caughtUp;
    world.step();
    assert.equal(world.stats.caughtUp, behind, 'after a catch-up tick (a clock behind) the next one is replicated, thinning or not');
    assert.equal(stepAt(0.8), 8, 'in the dead band the stride holds');
    assert.equal(world.thinReplication, false, 'below raiseAt thinning stops');
    const caughtUp = world.stats.caughtUp;
    assert.equal(stepAt(0.6), 4, 'less busy: halved');
    assert.equal(stepAt(0.6), 2, 'and back to the configured stride');
    assert.equal(world.stats.caughtUp, caughtUp, 'no tick left out once the thread is less busy');
  });

  it('refuses a stride outside 1..8', () => {
    for (const bad of [0, -1, 1.5, MAX_DISTANT_STRIDE + 1, Number.NaN]) {
      assert.throws(() => worldOf({ distantUpdateStride: bad }), /distantUpdateStride must be an integer from 1 to 8/);
    }
  });
});
