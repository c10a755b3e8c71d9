import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WorldMirror } from '@realmforge/client';
import { decodeServerMessage, encodeServerMessage, serverPayload } from '@realmforge/protocol';
import type { ServerMessageInit } from '@realmforge/protocol';

function frame(init: NonNullable<ServerMessageInit['worldFrame']>) {
  const payload = serverPayload(decodeServerMessage(encodeServerMessage({ worldFrame: init })));
  assert.ok(payload?.kind === 'worldFrame');
  return payload.value;
}

describe('WorldMirror', () => {
  it('applies resets, enters, updates and leaves, and tells listeners', () => {
    const events: string[] = [];
    const mirror = new WorldMirror({
      onReset: (zone) => events.push(`reset ${zone}`),
      onEnter: (e) => events.push(`enter ${e.id}`),
      onUpdate: (e) => events.push(`update ${e.id}`),
      onLeave: (e) => events.push(`leave ${e.id}`),
    });
    mirror.apply(frame({ tick: 1, reset: true, zone: 'meadow', selfEntityId: 1, enters: [{ entityId: 1, name: 'Me', x: 160, y: 32, hitPoints: 10, maxHitPoints: 10 }, { entityId: 2, name: 'You', x: 0, y: 0 }] }));
    assert.equal(mirror.zone, 'meadow');
    assert.equal(mirror.self?.x, 10);
    assert.equal(mirror.self.y, 2);
    mirror.apply(frame({ tick: 2, ackSequence: 4, updates: [{ entityId: 2, x: 16 }, { entityId: 9, x: 1 }], leaves: [] }));
    assert.equal(mirror.entities.get(2)?.x, 1);
    assert.equal(mirror.entities.get(2)?.y, 0);
    assert.equal(mirror.ackSequence, 4);
    // An explicit zero is a change, not an absent field.
    mirror.apply(frame({ tick: 3, updates: [{ entityId: 1, hitPoints: 0 }] }));
    assert.equal(mirror.self.hitPoints, 0);
    mirror.apply(frame({ tick: 4, leaves: [2, 77] }));
    assert.equal(mirror.entities.has(2), false);
    mirror.apply(frame({ tick: 5, reset: true, zone: 'ironwood', selfEntityId: 3, enters: [{ entityId: 3, name: 'Me' }] }));
    assert.deepEqual([...mirror.entities.keys()], [3]);
    assert.deepEqual(events, ['reset meadow', 'enter 1', 'enter 2', 'update 2', 'update 1', 'leave 2', 'reset ironwood', 'enter 3']);
  });
});
