import assert from 'node:assert/strict';
import { createDecipheriv, randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  DATAGRAM_HEADER_BYTES,
  datagramChannelId,
  datagramKind,
  DatagramKind,
  datagramProblem,
  datagramSequence,
  datagramTokenMatches,
  writeDatagramHeader,
} from '@realmforge/protocol';
import { DATAGRAM_KEY_BYTES, DatagramSeal } from '@realmforge/protocol/datagram-seal';

const token = new Uint8Array(16).fill(5);

function datagram(kind: DatagramKind, payload: Uint8Array, sequence: number, flags = 0): Uint8Array {
  const out = new Uint8Array(DATAGRAM_HEADER_BYTES + payload.length);
  writeDatagramHeader(out, kind, 0x0102_0304, token, sequence, flags);
  out.set(payload, DATAGRAM_HEADER_BYTES);
  return out;
}

describe('DatagramSeal', () => {
  const key = randomBytes(DATAGRAM_KEY_BYTES);

  it('seals a copy that keeps the header readable, hides the payload and the token, and opens to the payload', () => {
    fc.assert(fc.property(
      fc.constantFrom(DatagramKind.message, DatagramKind.frames),
      fc.uint8Array({ minLength: 1, maxLength: 1172 }),
      fc.integer({ min: 0, max: 2 ** 32 - 1 }),
      (kind, payload, sequence) => {
        const seal = new DatagramSeal(key);
        const plain = datagram(kind, payload, sequence);
        const before = Uint8Array.from(plain);
        const sealed = seal.seal(plain);
        assert.deepEqual(plain, before, 'the datagram given is not changed');
        assert.equal(sealed.length, plain.length, 'the tag takes the token\'s place: no larger');
        assert.equal(datagramProblem(sealed), undefined);
        assert.equal(datagramKind(sealed), kind);
        assert.equal(datagramChannelId(sealed), 0x0102_0304);
        assert.equal(datagramSequence(sealed), sequence);
        assert.ok(!datagramTokenMatches(sealed, token), 'no token in a sealed datagram');
        if (payload.length >= 16) assert.notDeepEqual(sealed.subarray(DATAGRAM_HEADER_BYTES), Buffer.from(payload), 'the payload is encrypted');
        assert.deepEqual(new DatagramSeal(key).open(sealed), Buffer.from(payload));
      },
    ), { numRuns: 200 });
  });

  it('seals header-only datagrams (hello, bound) and opens them to an empty payload', () => {
    const seal = new DatagramSeal(key);
    for (const kind of [DatagramKind.hello, DatagramKind.bound]) {
      const sealed = seal.seal(datagram(kind, new Uint8Array(0), 9));
      assert.equal(sealed.length, DATAGRAM_HEADER_BYTES);
      assert.deepEqual(seal.open(sealed), Buffer.alloc(0));
    }
  });

  it('is AES-256-GCM with the header\'s other 12 bytes as the nonce, so any language can open it', () => {
    const payload = Buffer.from('a move input');
    const sealed = new DatagramSeal(key).seal(datagram(DatagramKind.message, payload, 77));
    const nonce = Buffer.concat([sealed.subarray(0, 8), sealed.subarray(24, 28)]);
    const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: 16 });
    decipher.setAuthTag(sealed.subarray(8, 24));
    assert.deepEqual(Buffer.concat([decipher.update(sealed.subarray(DATAGRAM_HEADER_BYTES)), decipher.final()]), payload);
  });

  it('refuses a datagram changed in any byte, header or payload, or sealed under another key', () => {
    const seal = new DatagramSeal(key);
    fc.assert(fc.property(
      fc.uint8Array({ minLength: 1, maxLength: 300 }),
      fc.nat(),
      fc.integer({ min: 1, max: 255 }),
      (payload, at, flip) => {
        const sealed = seal.seal(datagram(DatagramKind.frames, payload, 3));
        const changed = Buffer.from(sealed);
        const index = at % changed.length;
        changed[index] = (changed[index] ?? 0) ^ flip;
        assert.equal(seal.open(changed), undefined, `byte ${index} changed`);
      },
    ), { numRuns: 300 });
    const sealed = seal.seal(datagram(DatagramKind.message, Buffer.from('hello'), 4));
    assert.equal(new DatagramSeal(randomBytes(DATAGRAM_KEY_BYTES)).open(sealed), undefined, 'another channel\'s key');
    assert.equal(seal.open(sealed.subarray(0, DATAGRAM_HEADER_BYTES - 1)), undefined, 'shorter than a header');
    assert.equal(seal.open(datagram(DatagramKind.message, Buffer.from('hello'), 4)), undefined, 'a datagram with a token instead');
  });

  it('gives two datagrams of one payload different bytes when their sequences differ', () => {
    const seal = new DatagramSeal(key);
    const payload = Buffer.from('the same move');
    const first = seal.seal(datagram(DatagramKind.message, payload, 1));
    const second = seal.seal(datagram(DatagramKind.message, payload, 2));
    assert.notDeepEqual(first.subarray(DATAGRAM_HEADER_BYTES), second.subarray(DATAGRAM_HEADER_BYTES));
    assert.notDeepEqual(first.subarray(8, 24), second.subarray(8, 24));
  });

  it('refuses a key of the wrong length and a datagram too short to seal', () => {
    assert.throws(() => new DatagramSeal(new Uint8Array(16)), RangeError);
    assert.throws(() => new DatagramSeal(key).seal(new Uint8Array(DATAGRAM_HEADER_BYTES - 1)), RangeError);
  });
});
