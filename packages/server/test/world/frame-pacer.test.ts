/**
 * Frame pacing: a frame nothing waits on may wait one tick to share the player's next write;
 * clients get exactly the same frames in the same order, never more than a tick late, and
 * frames that acknowledge an input, reset, or carry more than positions are never late.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CharacterClass, decodeServerMessage, serverPayload } from '@realmforge/protocol';
import type { ServerPayloads } from '@realmforge/protocol';
import { FramePacer } from '../../src/world/replication/frame-pacer.ts';
import { PlayerEntity } from '../../src/world/player-entity.ts';
import type { OutgoingFrame } from '../../src/world/zone.ts';
import { World } from '../../src/world/world.ts';
import { openZone } from '../helpers/test-maps.ts';
import { characterRecord } from '../helpers/test-characters.ts';

/** A delivered frame: its bytes (copied), the tick it was handed over in, and its ack. */
interface Delivery {
  readonly bytes: Uint8Array;
  readonly deliveredAt: number;
  readonly ack: number;
}

function player(handle: number): PlayerEntity {
  return new PlayerEntity(handle, { characterId: `C${handle}`, accountId: `A${handle}`, name: `P${handle}`, classId: CharacterClass.CHARACTER_CLASS_WARRIOR, level: 1, experience: 0, hitPoints: 10, maxHitPoints: 10, speed: 5 }, 'z', 0, 0);
}

function recorded(entity: PlayerEntity, clock: { tick: number }): Delivery[] {
  const deliveries: Delivery[] = [];
  entity.sink = {
    deliverFrame: (bytes, ack) => {
      deliveries.push({ bytes: bytes.slice(), deliveredAt: clock.tick, ack });
    },
  };
  return deliveries;
}

function frame(entity: PlayerEntity, byte: number, urgent: boolean): OutgoingFrame {
  return { player: entity, bytes: Uint8Array.of(byte), urgent, reset: false };
}

/** A pacer and one player whose deliveries are recorded; `tick(n)` ends tick n - 1's delivery and starts tick n's. */
function paced(enabled: boolean): { p: PlayerEntity; got: Delivery[]; pacer: FramePacer; tick: (n: number) => void } {
  const clock = { tick: 0 };
  const p = player(1);
  const got = recorded(p, clock);
  const pacer = new FramePacer(enabled);
  return {
    p,
    got,
    pacer,
    tick: (n) => {
      if (n > 1) pacer.end(n - 1);
      clock.tick = n;
      pacer.begin();
    },
  };
}

describe('FramePacer', () => {
  it('holds a frame nothing waits on for one tick and hands it over first, with the next frame', () => {
    const { p, got, pacer, tick } = paced(true);
    tick(1);
    pacer.offer(frame(p, 1, false), 1);
    assert.equal(got.length, 0, 'it waits');
    tick(2);
    assert.equal(got.length, 0, 'until the player\'s next frame, to share its write');
    pacer.offer(frame(p, 2, false), 2);
    assert.deepEqual(got.map((d) => [d.bytes[0], d.deliveredAt]), [[1, 2], [2, 2]], 'the waiting frame goes first, and the next at once');
    tick(3);
    pacer.offer(frame(p, 3, false), 3);
    assert.equal(got.length, 2, 'the third waits again');
    assert.equal(pacer.waited, 2);
  });

  it('never holds an urgent frame, and a waiting frame goes out ahead of it in the same tick', () => {
    const { p, got, pacer, tick } = paced(true);
    tick(1);
    pacer.offer(frame(p, 1, true), 1);
    assert.deepEqual(got.map((d) => d.bytes[0]), [1]);
    tick(2);
    pacer.offer(frame(p, 2, false), 2);
    tick(3);
    pacer.offer(frame(p, 3, true), 3);
    assert.deepEqual(got.map((d) => [d.bytes[0], d.deliveredAt]), [[1, 1], [2, 3], [3, 3]]);
  });

  it('a waiting frame carries the acknowledgement it was built with', () => {
    const { p, got, pacer, tick } = paced(true);
    p.ackSequence = 4;
    tick(1);
    pacer.offer(frame(p, 1, false), 1);
    p.ackSequence = 5;
    tick(2);
    pacer.offer(frame(p, 2, true), 2);
    assert.deepEqual(got.map((d) => d.ack), [4, 5]);
  });

  it('drops a waiting frame whose player left or changed sinks, and skips players without a sink', () => {
    const { p: gone, got: goneFrames, pacer, tick } = paced(true);
    tick(1);
    pacer.offer(frame(gone, 1, false), 1);
    gone.waitingFrame = undefined;
    gone.sink = undefined;
    tick(2);
    assert.equal(goneFrames.length, 0);
    pacer.offer(frame(gone, 2, true), 2);
    assert.equal(goneFrames.length, 0, 'no sink, nothing delivered');
  });

  it('a waiting frame whose player gets no frame the next tick goes at the end of that tick\'s delivery', () => {
    const { p, got, pacer, tick } = paced(true);
    tick(1);
    pacer.offer(frame(p, 1, false), 1);
    tick(2);
    assert.equal(got.length, 0);
    pacer.end(2);
    assert.deepEqual(got.map((d) => [d.bytes[0], d.deliveredAt]), [[1, 2]]);
    pacer.end(2);
    assert.equal(got.length, 1, 'once');
    // A frame that started waiting this tick is not due at this tick's end.
    tick(3);
    pacer.offer(frame(p, 3, false), 3);
    pacer.end(3);
    assert.equal(got.length, 1, 'it waits for tick 4');
    tick(4);
    pacer.end(4);
    assert.deepEqual(got.map((d) => [d.bytes[0], d.deliveredAt]), [[1, 2], [3, 4]]);
  });

  it('with pacing off every frame is handed over in its own tick', () => {
    const { p, got, pacer, tick } = paced(false);
    for (let n = 1; n <= 4; n++) {
      tick(n);
      pacer.offer(frame(p, n, false), n);
    }
    assert.deepEqual(got.map((d) => [d.bytes[0], d.deliveredAt]), [[1, 1], [2, 2], [3, 3], [4, 4]]);
    assert.equal(pacer.waited, 0);
  });
});

function worldFrame(bytes: Uint8Array): ServerPayloads['worldFrame'] {
  const payload = serverPayload(decodeServerMessage(bytes));
  assert.ok(payload?.kind === 'worldFrame');
  return payload.value;
}

/** One scripted run: players walking with inputs on some ticks, hit points changing on others. */
function run(pacing: boolean, script: { inputEvery: number[]; hurtTicks: number[]; ticks: number }): { deliveries: Delivery[][]; world: World } {
  const maps = new Map([['alpha', openZone('alpha', { size: 40 })]]);
  const world = new World(maps, { tickRateHz: 20, viewRadius: 60, hysteresis: 4, cellSize: 10, seed: 5, startZone: 'alpha', framePacing: pacing, now: () => 0 });
  const clock = { tick: 0 };
  const deliveries: Delivery[][] = [];
  const players = script.inputEvery.map((_, i) => {
    const got: Delivery[] = [];
    deliveries.push(got);
    return world.enter(characterRecord(i, 'alpha', 30 + i * 4, 30 + (i % 3) * 5), {
      deliverFrame: (bytes, ack) => {
        got.push({ bytes: bytes.slice(), deliveredAt: clock.tick, ack });
      },
    });
  });
  let sequence = 0;
  for (let tick = 1; tick <= script.ticks; tick++) {
    clock.tick = tick;
    script.inputEvery.forEach((every, i) => {
      const walker = players[i];
      if (walker === undefined || every === 0 || tick % every !== 0) return;
      const angle = (tick * 37 + i * 11) % 360;
      world.queueInput(walker, { sequence: ++sequence, directionX: Math.cos(angle), directionY: Math.sin(angle), targetX: Number.NaN, targetY: Number.NaN });
    });
    if (script.hurtTicks.includes(tick)) players[0]?.setHitPoints((players[0].hitPoints % 90) + 5);
    world.step();
  }
  // One more tick hands over every frame that waited; what it built is left out, as it may wait.
  clock.tick = script.ticks + 1;
  world.step();
  const built = deliveries.map((got) => got.filter((d) => worldFrame(d.bytes).tick <= script.ticks));
  return { deliveries: built, world };
}

describe('frame pacing in the world', () => {
  it('clients get the same frames in the same order, at most a tick late; urgent ones on time; fewer writes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(0, 1, 2, 3, 5), { minLength: 2, maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 6 }),
        (inputEvery, hurtTicks) => {
          const script = { inputEvery, hurtTicks, ticks: 40 };
          const paced = run(true, script);
          const plain = run(false, script);
          let tickSlots = 0;
          let plainSlots = 0;
          paced.deliveries.forEach((got, i) => {
            const reference = plain.deliveries[i] ?? [];
            assert.deepEqual(got.map((d) => [...d.bytes]), reference.map((d) => [...d.bytes]), 'same frames, same order');
            got.forEach((d, k) => {
              const built = worldFrame(d.bytes).tick;
              const lateBy = d.deliveredAt - (reference[k]?.deliveredAt ?? 0);
              assert.ok(lateBy === 0 || lateBy === 1, `frame of tick ${built} late by ${lateBy}`);
              assert.equal(d.ack, reference[k]?.ack, 'each frame carries its own acknowledgement');
              const previousAck = k === 0 ? -1 : reference[k - 1]?.ack;
              if (d.ack !== previousAck) assert.equal(lateBy, 0, 'a new acknowledgement is never late');
            });
            tickSlots += new Set(got.map((d) => d.deliveredAt)).size;
            plainSlots += new Set(reference.map((d) => d.deliveredAt)).size;
          });
          assert.ok(tickSlots <= plainSlots, 'never more writes');
        },
      ),
      { numRuns: 25 },
    );
  });

  it('a player walking with an input every other tick gets one write per input; a hit is never late', () => {
    const paced = run(true, { inputEvery: [2, 0], hurtTicks: [9, 15], ticks: 40 });
    const plain = run(false, { inputEvery: [2, 0], hurtTicks: [9, 15], ticks: 40 });
    const walker = paced.deliveries[0] ?? [];
    const slots = new Set(walker.map((d) => d.deliveredAt)).size;
    const plainSlots = new Set((plain.deliveries[0] ?? []).map((d) => d.deliveredAt)).size;
    // One write per input (20 in 40 ticks), plus the first frame (a reset) and the last tick's.
    assert.ok(slots <= Math.ceil(plainSlots / 2) + 3, `walker writes ${slots} vs ${plainSlots} unpaced`);
    const observer = paced.deliveries[1] ?? [];
    for (const d of observer) {
      const f = worldFrame(d.bytes);
      if (f.updates.some((u) => typeof u.hitPoints === 'number')) assert.equal(d.deliveredAt, f.tick, 'a hit point change is not held');
    }
    assert.ok(observer.some((d) => worldFrame(d.bytes).updates.some((u) => typeof u.hitPoints === 'number')), 'the observer saw the hits');
    assert.ok(paced.world.pacer.waited > 0);
  });
});
