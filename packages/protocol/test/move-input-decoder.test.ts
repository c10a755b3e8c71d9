import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { clientPayload, decodeClientMessage, decodeMoveInputMessage, encodeClientMessage, encodeFrame, v1 } from '../src/index.ts';
import { clientKinds, clientMessageArbitrary } from './arbitraries.ts';

/** What a decoded MoveInput message says, field by field (as the server reads it). */
function fieldsOf(requestId: number, input: InstanceType<typeof v1.MoveInput>): unknown[] {
  const target = input.target ?? null;
  return [requestId, input.sequence, input.directionX, input.directionY, target === null ? null : [target.x, target.y, Object.keys(target).sort()], input.clientTimeMs, Object.keys(input).sort()];
}

/** The generated decoder's reading of a body, when it is a MoveInput message; undefined when it throws or is another case. */
function generated(body: Uint8Array): unknown[] | undefined {
  try {
    const message = decodeClientMessage(body);
    const payload = clientPayload(message);
    return payload?.kind === 'moveInput' ? fieldsOf(message.requestId, payload.value) : undefined;
  } catch {
    return undefined;
  }
}

function fast(body: Uint8Array): unknown[] | undefined {
  const decoded = decodeMoveInputMessage(body);
  return decoded === undefined ? undefined : fieldsOf(decoded.requestId, decoded.moveInput);
}

describe('decodeMoveInputMessage', () => {
  it('reads every MoveInput message the encoder writes as the generated decoder does', () => {
    fc.assert(fc.property(clientMessageArbitrary('moveInput'), (message) => {
      const body = encodeClientMessage(message);
      const read = fast(body);
      assert.ok(read !== undefined, 'the plain shape is taken');
      assert.deepEqual(read, generated(body));
    }), { numRuns: 2000 });
  });

  it('leaves every other payload case to the generated decoder', () => {
    const others = fc.constantFrom(...clientKinds.filter((kind) => kind !== 'moveInput')).chain((kind) => clientMessageArbitrary(kind));
    fc.assert(fc.property(others, (message) => {
      assert.equal(decodeMoveInputMessage(encodeClientMessage(message)), undefined);
    }), { numRuns: 500 });
  });

  it('on any bytes, either declines or agrees with the generated decoder', () => {
    const mutated = fc.tuple(clientMessageArbitrary('moveInput'), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { maxLength: 4 }), fc.nat(), fc.uint8Array({ maxLength: 12 }))
      .map(([message, flips, cut, extra]) => {
        const body = [...encodeClientMessage(message)];
        for (const [at, byte] of flips) if (body.length > 0) body[at % body.length] = byte;
        const kept = body.slice(0, body.length - (cut % 3 === 0 ? cut % Math.max(1, body.length) : 0));
        return Uint8Array.from(cut % 5 === 1 ? [...kept, ...extra] : kept);
      });
    let taken = 0;
    fc.assert(fc.property(fc.oneof(mutated, fc.uint8Array({ maxLength: 40 })), (body) => {
      const read = fast(body);
      if (read === undefined) return;
      taken++;
      assert.deepEqual(read, generated(body));
    }), { numRuns: 4000 });
    assert.ok(taken > 100, `mutated messages the fast path took: ${taken}`);
  });

  it('declines the shapes it does not take: unknown or repeated fields, long varints, a cut-off body', () => {
    const plain = encodeClientMessage({ requestId: 3, moveInput: { sequence: 7, directionX: 1 } });
    assert.ok(decodeMoveInputMessage(plain) !== undefined);
    assert.equal(decodeMoveInputMessage(Uint8Array.from([...plain, 0x08, 0x01])), undefined, 'a second request id');
    assert.equal(decodeMoveInputMessage(Uint8Array.from([...plain, 0x10, 0x01])), undefined, 'an unknown envelope field');
    assert.equal(decodeMoveInputMessage(plain.subarray(0, plain.length - 1)), undefined, 'cut off');
    assert.equal(decodeMoveInputMessage(Uint8Array.of(0x08, 0xff, 0xff, 0xff, 0xff, 0x1f, 0xc2, 0x02, 0x00)), undefined, 'a request id over 32 bits');
    assert.equal(decodeMoveInputMessage(encodeFrame(plain)), undefined, 'a framed body is not a body');
    assert.equal(decodeMoveInputMessage(new Uint8Array(0)), undefined, 'no payload');
    // direction_x twice, 1 then 0: the generated decoder keeps the last (0).
    const twice = Uint8Array.of(0xc2, 0x02, 10, 0x15, 0x00, 0x00, 0x80, 0x3f, 0x15, 0x00, 0x00, 0x00, 0x00);
    assert.equal(decodeMoveInputMessage(twice), undefined, 'a repeated field');
    assert.equal(generated(twice)?.[2], 0);
  });
});
