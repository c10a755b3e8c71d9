import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CharacterClass, v1 } from '@realmforge/protocol';
import { CombatEvents } from '../../src/world/combat/combat-event.ts';
import { Entity, EntityKinds, quantise } from '../../src/world/entity.ts';
import { CHANGE_HISTORY_TICKS, ChangeHistory } from '../../src/world/replication/change-history.ts';
import { EntitySegments } from '../../src/world/replication/entity-segments.ts';

function wolf(handle: number, x = 10, y = 20): Entity {
  return new Entity(handle, { name: `Wolf ${handle}`, kind: EntityKinds.npc, classId: CharacterClass.CHARACTER_CLASS_UNSPECIFIED, x, y, hitPoints: 50, maxHitPoints: 50, level: 3, speed: 5 });
}

/** Segments over a change history of their own, and what a zone does at the end of a tick's simulation. */
function withHistory(): { segments: EntitySegments; history: ChangeHistory; seal: (tick: number, ...entities: Entity[]) => void } {
  const history = new ChangeHistory();
  return {
    segments: new EntitySegments(history),
    history,
    seal: (tick, ...entities) => {
      history.beginTick(tick, 64);
      for (const e of entities) {
        history.record(e.handle, tick, e.dirty);
        e.dirty = 0;
        e.combat.sealEvents(tick, tick - CHANGE_HISTORY_TICKS);
      }
    },
  };
}

/** The WorldFrame made of the arena bytes [start, start + length). */
function frameOf(segments: EntitySegments, start: number, length: number): ReturnType<typeof v1.WorldFrame.decode> {
  return v1.WorldFrame.decode(segments.bytes.slice(start, start + length));
}

describe('entity segments', () => {
  it('a change run is the update of the changed fields followed by the events, encoded once per tick', () => {
    const { segments, seal } = withHistory();
    segments.beginTick(5, 4, 8, 0);
    const a = wolf(3);
    const b = wolf(4);
    a.setPosition(11, 20, 5);
    a.setHitPoints(40);
    a.combat.record({ kind: CombatEvents.damage, source: b, target: a, amount: 10, skillId: 0, auraId: 0 });
    b.setHitPoints(45);
    seal(5, a, b);
    assert.equal(segments.changeLength[3], -1, 'not asked for yet');
    const length = segments.changes(a);
    assert.ok(length > 0);
    const frame = frameOf(segments, segments.changeStart[3] ?? 0, length);
    assert.equal(frame.updates.length, 1);
    const update = frame.updates[0];
    assert.ok(update);
    assert.equal(update.entityId, 3);
    assert.equal(update.x, quantise(11));
    assert.equal(update.y, null, 'y did not change');
    assert.equal(update.hitPoints, 40);
    assert.deepEqual(frame.events.map((e) => [e.kind, e.sourceEntityId, e.targetEntityId, e.amount]), [[CombatEvents.damage, 4, 3, 10]]);
    assert.equal(segments.positionOnly[3], 0);
    // Asked again: the same run, nothing encoded again (the next entity's run follows it).
    assert.equal(segments.changes(a), length);
    segments.changes(b);
    const next = segments.changeStart[4] ?? 0;
    assert.equal(next, (segments.changeStart[3] ?? 0) + length);
    assert.deepEqual(frameOf(segments, next, segments.changeLength[4] ?? 0).updates.map((u) => [u.entityId, u.hitPoints]), [[4, 45]]);
  });

  it('an unchanged entity has an empty run; a moved one is marked position-only with where it was', () => {
    const { segments, seal } = withHistory();
    segments.beginTick(1, 0, 4, 0);
    const still = wolf(1);
    const walker = wolf(2);
    walker.setPosition(12.5, 20, 1);
    seal(1, still, walker);
    assert.equal(segments.changes(still), 0);
    assert.equal(segments.positionOnly[1], 0);
    assert.ok(segments.changes(walker) > 0);
    assert.equal(segments.positionOnly[2], 1);
    assert.equal(segments.deferrable[2], 1);
    assert.equal(segments.x[2], 12.5);
    assert.equal(segments.y[2], 20);
    assert.equal(segments.refreshLength[2], 0, 'no refreshes at full rate');
  });

  it('under degradation an entity that moved recently gets a position refresh on its turn only', () => {
    const { segments } = withHistory();
    const tick = 10;
    segments.beginTick(tick, tick - 1, 8, 4);
    const onTurn = wolf(2, 30, 40); // (10 + 2) % 4 == 0
    const offTurn = wolf(3, 30, 40);
    const longStill = wolf(6, 30, 40); // on turn, but last moved long ago
    onTurn.setPosition(31, 40, tick - 2);
    onTurn.dirty = 0;
    offTurn.setPosition(31, 40, tick - 2);
    offTurn.dirty = 0;
    longStill.setPosition(31, 40, tick - 9);
    longStill.dirty = 0;
    for (const e of [onTurn, offTurn, longStill]) assert.equal(segments.changes(e), 0);
    assert.equal(segments.refreshLength[3], 0);
    assert.equal(segments.refreshLength[6], 0);
    const refresh = frameOf(segments, segments.refreshStart[2] ?? 0, segments.refreshLength[2] ?? 0);
    assert.deepEqual(refresh.updates.map((u) => [u.entityId, u.x, u.y]), [[2, quantise(31), quantise(40)]]);
  });

  it('on its refresh turn a change other than a position carries both coordinates, so the position deferred for distant observers is not lost behind it', () => {
    const { segments, seal } = withHistory();
    const tick = 10;
    segments.beginTick(tick, tick - 1, 8, 4);
    const hurt = wolf(2, 30, 40); // (10 + 2) % 4 == 0: its turn
    hurt.setPosition(31, 41, tick - 2); // walked while distant observers got nothing
    hurt.dirty = 0;
    hurt.setHitPoints(40);
    const offTurn = wolf(3, 30, 40);
    offTurn.setPosition(31, 41, tick - 2);
    offTurn.dirty = 0;
    offTurn.setHitPoints(40);
    seal(tick, hurt, offTurn);
    const length = segments.changes(hurt);
    assert.deepEqual(frameOf(segments, segments.changeStart[2] ?? 0, length).updates.map((u) => [u.entityId, u.x, u.y, u.hitPoints]), [[2, quantise(31), quantise(41), 40]]);
    assert.deepEqual([segments.refreshStart[2], segments.refreshLength[2], segments.deferrable[2], segments.positionOnly[2]], [segments.changeStart[2], length, 0, 0]);
    // Off its turn the change is hit points only: the position waits for the turn.
    const offLength = segments.changes(offTurn);
    assert.deepEqual(frameOf(segments, segments.changeStart[3] ?? 0, offLength).updates.map((u) => [u.entityId, u.x, u.y, u.hitPoints]), [[3, null, null, 40]]);
  });

  it('after ticks that were not built, a turn among them is taken now, for what moved in the stride up to that turn or since', () => {
    const { segments } = withHistory();
    // Built at 10, then 11-14 ran without replication: every handle had a turn in 11-14 (stride 4).
    const tick = 15;
    segments.beginTick(tick, 10, 16, 4);
    const turnAt11 = wolf(1, 30, 40); // (11 + 1) % 4 == 0: the first turn after the build at 10
    const turnAt13 = wolf(3, 30, 40); // (13 + 3) % 4 == 0
    const stale = wolf(7, 30, 40); // turn at 13; it moved at 9, which its turn at 9 sent
    const movedAfter = wolf(9, 30, 40); // turn at 11 (and 15); moved at 14, after it
    turnAt11.setPosition(31, 40, 8); // within the 4 ticks up to its turn at 11
    turnAt13.setPosition(31, 40, 10); // within the 4 ticks up to 13
    stale.setPosition(31, 40, 9); // not after 13 - 4
    movedAfter.setPosition(31, 40, 14);
    for (const e of [turnAt11, turnAt13, stale, movedAfter]) {
      e.dirty = 0;
      assert.equal(segments.changes(e), 0);
    }
    assert.ok((segments.refreshLength[1] ?? 0) > 0, 'turn at 11, moved at 8');
    assert.ok((segments.refreshLength[3] ?? 0) > 0, 'turn at 13, moved at 10');
    assert.equal(segments.refreshLength[7], 0, 'moved at 9, before the stride up to its turn at 13');
    assert.ok((segments.refreshLength[9] ?? 0) > 0, 'moved at 14, after its turn at 11');
    // A gap shorter than the stride: only the handles whose turn fell in it.
    const short = new EntitySegments(new ChangeHistory());
    short.beginTick(12, 10, 16, 4); // ticks 11 and 12
    const h4 = wolf(4, 30, 40); // (12 + 4) % 4 == 0: turn at 12
    const h5 = wolf(5, 30, 40); // (11 + 5) % 4 == 0: turn at 11
    const h6 = wolf(6, 30, 40); // turns at 10 and 14: none in 11-12
    for (const e of [h4, h5, h6]) {
      e.setPosition(31, 40, 11);
      e.dirty = 0;
      short.changes(e);
    }
    assert.deepEqual([short.refreshLength[4] !== 0, short.refreshLength[5] !== 0, short.refreshLength[6] !== 0], [true, true, false]);
  });

  it('any move on its turn carries both coordinates and is its own refresh, for every observer; off its turn a move is deferrable', () => {
    const { segments, seal } = withHistory();
    const tick = 10;
    segments.beginTick(tick, tick - 1, 8, 2);
    const both = wolf(2, 30, 40); // (10 + 2) % 2 == 0: its turn
    const oneAxis = wolf(4, 30, 40); // its turn too, moved along x only
    const offTurn = wolf(5, 30, 40);
    both.setPosition(31, 41, tick);
    oneAxis.setPosition(31, 40, tick);
    offTurn.setPosition(31, 41, tick);
    seal(tick, both, oneAxis, offTurn);
    const bothLength = segments.changes(both);
    assert.equal(segments.changes(both), bothLength, 'encoded once');
    assert.deepEqual([segments.refreshStart[2], segments.refreshLength[2], segments.deferrable[2]], [segments.changeStart[2], bothLength, 0]);
    assert.deepEqual(frameOf(segments, segments.refreshStart[2] ?? 0, segments.refreshLength[2] ?? 0).updates.map((u) => [u.entityId, u.x, u.y]), [[2, quantise(31), quantise(41)]]);
    // One coordinate changed: the run carries both anyway, so an observer that takes it (near, or
    // any once the stride is 1 again) cannot miss a coordinate deferred while it was distant.
    const oneAxisLength = segments.changes(oneAxis);
    assert.deepEqual([segments.refreshStart[4], segments.refreshLength[4], segments.deferrable[4]], [segments.changeStart[4], oneAxisLength, 0]);
    assert.deepEqual(frameOf(segments, segments.changeStart[4] ?? 0, oneAxisLength).updates.map((u) => [u.entityId, u.x, u.y]), [[4, quantise(31), quantise(40)]]);
    // Off its turn: deferrable, and no refresh this tick.
    segments.changes(offTurn);
    assert.deepEqual([segments.deferrable[5], segments.refreshLength[5]], [1, 0]);
  });

  it('full state decodes to the entity, and a new tick forgets every segment', () => {
    const { segments } = withHistory();
    segments.beginTick(1, 0, 2, 0);
    const e = wolf(1, 100, 200);
    const length = segments.enter(e);
    assert.equal(segments.enter(e), length);
    const frame = frameOf(segments, segments.enterStart[1] ?? 0, length);
    assert.equal(frame.enters.length, 1);
    const enter = frame.enters[0];
    assert.deepEqual([enter?.entityId, enter?.kind, enter?.name, enter?.x, enter?.y, enter?.hitPoints, enter?.level], [1, EntityKinds.npc, 'Wolf 1', 1600, 3200, 50, 3]);
    segments.changes(e);
    // More handles than before: the tables grow and start empty.
    segments.beginTick(2, 1, 300, 0);
    assert.equal(segments.enterLength[1], -1);
    assert.equal(segments.changeLength[1], -1);
    assert.equal(segments.changeLength[299], -1);
    // A reused handle: the new entity's name, not the cached one of the old.
    const reused = new Entity(1, { name: 'Élan', kind: EntityKinds.player, classId: CharacterClass.CHARACTER_CLASS_WARRIOR, x: 1, y: 1, hitPoints: 9, maxHitPoints: 9, level: 1, speed: 5 });
    const again = segments.enter(reused);
    assert.equal(frameOf(segments, segments.enterStart[1] ?? 0, again).enters[0]?.name, 'Élan');
  });
});
