import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { decodeServerMessage, encodeServerMessage } from '@realmforge/protocol';
import { splitWorldFrame } from '../../src/world/replication/frame-pieces.ts';

const id = fc.integer({ min: 1, max: 2 ** 31 });
const enter = fc.record({ entityId: id, kind: fc.constantFrom(1, 2), name: fc.string({ maxLength: 16 }), x: fc.nat(), y: fc.nat(), hitPoints: fc.nat(1000), auras: fc.array(fc.nat(50), { maxLength: 4 }) });
const update = fc.record({ entityId: id, x: fc.nat(), y: fc.nat() }, { requiredKeys: ['entityId'] });
const event = fc.record({ kind: fc.constantFrom(1, 2, 3), sourceEntityId: id, targetEntityId: id, amount: fc.nat(5000) });
const frame = fc.record({
  tick: fc.integer({ min: 1, max: 2 ** 31 }),
  ackSequence: fc.nat(),
  reset: fc.boolean(),
  zone: fc.constantFrom('meadow', 'dungeon-of-very-long-names'),
  selfEntityId: id,
  enters: fc.array(enter, { maxLength: 60 }),
  updates: fc.array(update, { maxLength: 200 }),
  leaves: fc.array(id, { maxLength: 300 }),
  events: fc.array(event, { maxLength: 30 }),
});

type Frame = NonNullable<ReturnType<typeof decodeServerMessage>['worldFrame']>;

function frameOf(bytes: Uint8Array): Frame {
  const frame = decodeServerMessage(bytes).worldFrame;
  assert.ok(frame !== null && frame !== undefined, 'each piece is a world frame');
  return frame;
}

describe('splitWorldFrame', () => {
  it('returns a frame that fits whole, as the only piece', () => {
    const bytes = encodeServerMessage({ worldFrame: { tick: 7, updates: [{ entityId: 3, x: 10 }] } });
    const pieces = splitWorldFrame(bytes, 1200);
    assert.deepEqual(pieces, [bytes]);
  });

  it('shares the entries out in order; every piece fits and carries the tick and ack, the first the reset', () => {
    fc.assert(fc.property(frame, fc.integer({ min: 200, max: 1400 }), (init, maxBytes) => {
      const bytes = encodeServerMessage({ worldFrame: init });
      const pieces = splitWorldFrame(bytes, maxBytes);
      assert.ok(pieces !== undefined, 'entries of these sizes always fit 200 bytes');
      const whole = frameOf(bytes);
      const decoded = pieces.map(frameOf);
      for (const piece of pieces) assert.ok(piece.length <= maxBytes, `a piece of ${piece.length} bytes exceeds ${maxBytes}`);
      decoded.forEach((piece, index) => {
        assert.equal(piece.tick, whole.tick);
        assert.equal(piece.ackSequence, whole.ackSequence);
        assert.equal(piece.reset, index === 0 ? whole.reset : false);
        assert.equal(piece.zone, index === 0 ? whole.zone : '');
        assert.equal(piece.selfEntityId, index === 0 ? whole.selfEntityId : 0);
      });
      assert.deepEqual(decoded.flatMap((piece) => piece.enters), whole.enters);
      assert.deepEqual(decoded.flatMap((piece) => piece.updates), whole.updates);
      assert.deepEqual(decoded.flatMap((piece) => piece.leaves), whole.leaves);
      assert.deepEqual(decoded.flatMap((piece) => piece.events), whole.events);
    }), { numRuns: 150 });
  });

  it('gives up when one entry alone does not fit', () => {
    const bytes = encodeServerMessage({ worldFrame: { tick: 1, enters: [{ entityId: 1, name: 'x'.repeat(300) }, { entityId: 2 }] } });
    assert.equal(splitWorldFrame(bytes, 200), undefined);
  });

  it('refuses bytes that are not a world frame envelope', () => {
    assert.throws(() => splitWorldFrame(encodeServerMessage({ requestId: 3, pong: { nonce: 1, payload: new Uint8Array(300) } }), 100), RangeError);
  });
});
