import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WorldMirror } from '@realmforge/client';
import { decodeServerMessage, serverPayload } from '@realmforge/protocol';
import type { PlayerEntity } from '../../src/world/player-entity.ts';
import { World } from '../../src/world/world.ts';
import { linkedZones } from '../helpers/test-maps.ts';
import { characterRecord } from '../helpers/test-characters.ts';

function mirrored(world: World, n: number, zone: string, x: number, y: number): { player: PlayerEntity; mirror: WorldMirror } {
  const mirror = new WorldMirror();
  const player = world.enter(characterRecord(n, zone, x, y), {
    deliverFrame: (bytes) => {
      const payload = serverPayload(decodeServerMessage(bytes));
      assert.ok(payload?.kind === 'worldFrame');
      mirror.apply(payload.value);
    },
  });
  return { player, mirror };
}

describe('world', () => {
  it('a player walking into a portal leaves one zone and enters the other, seen by observers in both', () => {
    const world = new World(linkedZones(), { tickRateHz: 20, viewRadius: 40, hysteresis: 4, cellSize: 10, seed: 3, startZone: 'alpha' });
    const traveller = mirrored(world, 1, 'alpha', 100, 64);
    const watcherAlpha = mirrored(world, 2, 'alpha', 95, 70);
    const watcherBeta = mirrored(world, 3, 'beta', 25, 64);
    const zonesChanged: string[] = [];
    world.onZoneChange((player, from) => zonesChanged.push(`${player.id}:${from}->${player.zone}`));
    world.step();
    const travellerHandleInAlpha = traveller.mirror.selfId;
    assert.ok(watcherAlpha.mirror.entities.has(travellerHandleInAlpha));
    assert.equal(watcherBeta.mirror.entities.size, 1, 'beta watcher sees only itself');
    world.queueInput(traveller.player, { sequence: 1, directionX: 1, directionY: 0, targetX: Number.NaN, targetY: Number.NaN });
    let zoneEachTick: string[] = [];
    for (let i = 0; i < 60 && zonesChanged.length === 0; i++) {
      world.step();
      zoneEachTick = [...world.zones.values()].filter((z) => [...z.players()].some((p) => p.id === 'C1')).map((z) => z.id);
      assert.equal(zoneEachTick.length, 1, 'in exactly one zone at every tick');
    }
    assert.deepEqual(zonesChanged, ['C1:alpha->beta']);
    world.step();
    // The traveller's own client was reset into beta at the arrival spawn.
    assert.equal(traveller.mirror.zone, 'beta');
    assert.ok(Math.abs((traveller.mirror.self?.x ?? 0) - 20) < 0.1);
    // The alpha observer saw it leave, at most one tick later (a frame with nothing but view
    // changes may wait a tick to share the next write); the beta observer saw it enter.
    world.step();
    assert.ok(!watcherAlpha.mirror.entities.has(travellerHandleInAlpha));
    assert.ok([...watcherBeta.mirror.entities.values()].some((e) => e.name === 'P1'));
    // Nothing about the character was lost.
    const moved = world.get('C1');
    assert.equal(moved?.zone, 'beta');
    assert.equal(moved.hitPoints, 100);
    assert.equal(moved.maxHitPoints, 120);
    assert.equal(moved.accountId, 'A1');
  });

  it('a character whose zone is gone or whose position is in a wall starts at the default spawn', () => {
    const world = new World(linkedZones(), { tickRateHz: 20, viewRadius: 40, hysteresis: 4, cellSize: 10, seed: 3, startZone: 'alpha' });
    const lost = world.enter(characterRecord(1, 'atlantis', 50, 50), undefined);
    assert.equal(lost.zone, 'alpha');
    assert.deepEqual([lost.x, lost.y], [10, 10]);
    const walled = world.enter(characterRecord(2, 'beta', 0.5, 0.5), undefined);
    assert.equal(walled.zone, 'alpha');
  });

  it('tells its owner once a replicated tick has handed out its frames, so they can be sent at once; a catch-up tick hands out none', () => {
    const events: string[] = [];
    const world = new World(linkedZones(), {
      tickRateHz: 20, viewRadius: 40, hysteresis: 4, cellSize: 10, seed: 3, startZone: 'alpha', framePacing: false,
      afterDelivery: () => events.push(`delivered ${world.tick}`),
    });
    const player = world.enter(characterRecord(1, 'alpha', 50, 50), { deliverFrame: () => events.push(`frame ${world.tick}`) });
    world.step();
    world.step(false);
    world.queueInput(player, { sequence: 1, directionX: 1, directionY: 0, targetX: Number.NaN, targetY: Number.NaN });
    world.step();
    assert.deepEqual(events, ['frame 1', 'delivered 1', 'frame 3', 'delivered 3']);
  });

  it('calls beforeTurn when its clock starts a turn, ahead of the turn\'s ticks and their frames', async () => {
    const events: string[] = [];
    const world = new World(linkedZones(), {
      tickRateHz: 200, viewRadius: 40, hysteresis: 4, cellSize: 10, seed: 3, startZone: 'alpha', framePacing: false,
      beforeTurn: () => events.push('turn'),
      afterDelivery: () => events.push('delivered'),
    });
    world.enter(characterRecord(1, 'alpha', 50, 50), { deliverFrame: () => undefined });
    world.start();
    await new Promise((resolve) => setTimeout(resolve, 40));
    world.stop();
    assert.ok(events.includes('delivered'), 'ticks ran');
    assert.equal(events[0], 'turn', 'the first turn began with it');
    // Every replicated tick is its turn's last: a turn's frames come after its beforeTurn, one set a turn.
    events.forEach((event, i) => {
      if (event === 'delivered') assert.equal(events[i - 1], 'turn', `delivery ${i} came straight after its turn began`);
    });
  });

  it('with frameBatches, hands frames over and flushes them as the zone builds them, waiting frames first, and leaves the flushes out of the tick durations', () => {
    const events: string[] = [];
    let clock = 0;
    const world = new World(linkedZones(), {
      tickRateHz: 20, viewRadius: 40, hysteresis: 4, cellSize: 10, seed: 3, startZone: 'alpha', framePacing: true,
      now: () => clock,
      frameBatches: {
        frames: 2,
        flush: () => {
          events.push('flush');
          clock += 10;
        },
      },
      afterDelivery: () => events.push('delivered'),
    });
    // Five players near each other in alpha, one alone in beta (a zone of one frame).
    const players = [1, 2, 3, 4, 5].map((n) => world.enter(characterRecord(n, 'alpha', 50 + n, 50), { deliverFrame: () => events.push(`frame ${n}`) }));
    world.enter(characterRecord(6, 'beta', 25, 64), { deliverFrame: () => events.push('frame 6') });
    world.step();
    // Reset frames are urgent: every one goes out in its tick, in batches of two, each flushed.
    const zoneOrder = (list: string[]): string[] => list.filter((e) => e !== 'flush' && e !== 'delivered');
    assert.deepEqual(events.filter((e) => e === 'flush').length, 4, 'alpha: 2 + 2 + 1 frames, beta: 1');
    assert.deepEqual(events.slice(0, 3), [events[0], events[1], 'flush']);
    assert.equal(events.at(-1), 'delivered');
    assert.deepEqual(zoneOrder(events).sort(), ['frame 1', 'frame 2', 'frame 3', 'frame 4', 'frame 5', 'frame 6']);
    assert.equal(world.zoneStats('alpha')?.quantile(1), 0, 'three flushes of 10 ms each are not alpha\'s tick time');
    assert.equal(world.stats.quantile(1), 0, 'nor the world\'s');
    // Player 1 walks: its frame acknowledges an input (urgent); the others' frames only carry
    // positions and wait a tick for their next. A catch-up tick hands out and flushes nothing.
    events.length = 0;
    world.step(false);
    assert.equal(events.length, 0);
    world.queueInput(players[0] as PlayerEntity, { sequence: 1, directionX: 1, directionY: 0, targetX: Number.NaN, targetY: Number.NaN });
    world.step();
    assert.ok(events.includes('frame 1'), 'the acknowledging frame went out in its tick');
    assert.ok(!events.includes('frame 2'), 'a position-only frame waits a tick');
    events.length = 0;
    world.step();
    // Each waiting frame goes just before the player's next one, in the same batch: one write.
    for (const n of [2, 3, 4, 5]) {
      const first = events.indexOf(`frame ${n}`);
      assert.ok(first >= 0 && events[first + 1] === `frame ${n}`, `player ${n}'s waiting frame and its next went together: ${events.join(', ')}`);
    }
    assert.throws(() => new World(linkedZones(), { tickRateHz: 20, viewRadius: 40, hysteresis: 4, cellSize: 10, seed: 3, startZone: 'alpha', frameBatches: { frames: 0, flush: () => undefined } }), /frameBatches.frames must be a whole number of at least 1, got 0/);
  });

  it('duplicate and stale input sequences are ignored', () => {
    const world = new World(linkedZones(), { tickRateHz: 20, viewRadius: 40, hysteresis: 4, cellSize: 10, seed: 3, startZone: 'alpha' });
    const p = world.enter(characterRecord(1, 'alpha', 50, 50), undefined);
    const move = (sequence: number, dx: number) => world.queueInput(p, { sequence, directionX: dx, directionY: 0, targetX: Number.NaN, targetY: Number.NaN });
    assert.equal(move(5, 1), true);
    assert.equal(move(5, -1), false);
    world.step();
    assert.equal(move(4, -1), false);
    assert.equal(p.moveX, 1);
    assert.equal(p.ackSequence, 5);
  });

  it('degrades distant updates under load and still converges', () => {
    const world = new World(linkedZones(), { tickRateHz: 20, viewRadius: 40, hysteresis: 4, cellSize: 10, seed: 3, startZone: 'alpha' });
    const observer = mirrored(world, 1, 'alpha', 20, 20);
    const far = world.enter(characterRecord(2, 'alpha', 50, 20), undefined);
    world.step();
    const zone = world.zones.get('alpha');
    assert.ok(zone);
    world.queueInput(far, { sequence: 1, directionX: 0, directionY: 1, targetX: Number.NaN, targetY: Number.NaN });
    let stale = 0;
    for (let i = 0; i < 12; i++) {
      zone.step();
      zone.distantStride = 4;
      for (const f of zone.outbox) f.player.sink?.deliverFrame(f.bytes, f.player.ackSequence, f.reset);
      const seen = observer.mirror.entities.get(far.handle);
      if (seen !== undefined && Math.abs(seen.y - far.y) > 0.1) stale++;
    }
    assert.ok(stale > 0, 'distant movement was sent at a reduced rate');
    world.queueInput(far, { sequence: 2, directionX: 0, directionY: 0, targetX: Number.NaN, targetY: Number.NaN });
    for (let i = 0; i < 6; i++) {
      zone.step();
      for (const f of zone.outbox) f.player.sink?.deliverFrame(f.bytes, f.player.ackSequence, f.reset);
    }
    const seen = observer.mirror.entities.get(far.handle);
    assert.ok(seen !== undefined && Math.abs(seen.y - far.y) < 0.07, 'the distant position converged');
  });
});
