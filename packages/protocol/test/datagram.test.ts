import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  DATAGRAM_FLAG_RESET,
  DATAGRAM_HEADER_BYTES,
  datagramChannelId,
  datagramFlags,
  datagramKind,
  DatagramKind,
  datagramMessage,
  datagramProblem,
  datagramSequence,
  datagramTokenMatches,
  encodeFrame,
  encodeServerMessage,
  isProtocolError,
  isWorldFrameMessage,
  readDatagramFrames,
  worldFrameAck,
  worldFrameTick,
  writeDatagramHeader,
} from '@realmforge/protocol';

const token = Uint8Array.from({ length: 16 }, (_, i) => i * 7);

function datagram(kind: DatagramKind, payload: Uint8Array, sequence = 1, flags = 0): Uint8Array {
  const out = new Uint8Array(DATAGRAM_HEADER_BYTES + payload.length);
  writeDatagramHeader(out, kind, 0xdead_beef, token, sequence, flags);
  out.set(payload, DATAGRAM_HEADER_BYTES);
  return out;
}

describe('datagram headers', () => {
  it('read back what was written', () => {
    fc.assert(fc.property(fc.constantFrom(DatagramKind.hello, DatagramKind.bound), fc.integer({ min: 0, max: 0xffff_ffff }), (kind, sequence) => {
      const d = datagram(kind, new Uint8Array(0), sequence);
      assert.equal(datagramProblem(d), undefined);
      assert.equal(datagramKind(d), kind);
      assert.equal(datagramChannelId(d), 0xdead_beef);
      assert.equal(datagramSequence(d), sequence);
      assert.equal(datagramFlags(d), 0);
      assert.ok(datagramTokenMatches(d, token));
    }));
  });

  it('tell a wrong token from the right one', () => {
    const d = datagram(DatagramKind.hello, new Uint8Array(0));
    const wrong = Uint8Array.from(token);
    wrong[15] = (wrong[15] ?? 0) ^ 1;
    assert.equal(datagramTokenMatches(d, wrong), false);
    assert.equal(datagramTokenMatches(d, token.subarray(1)), false);
  });

  it('name what is wrong with a malformed datagram', () => {
    assert.match(datagramProblem(new Uint8Array(5)) ?? '', /at least 28 bytes/);
    const versioned = datagram(DatagramKind.hello, new Uint8Array(0));
    versioned[0] = 2;
    assert.match(datagramProblem(versioned) ?? '', /version 2/);
    const unknown = datagram(DatagramKind.hello, new Uint8Array(0));
    unknown[1] = 9;
    assert.match(datagramProblem(unknown) ?? '', /kind 9/);
    assert.match(datagramProblem(datagram(DatagramKind.hello, new Uint8Array(1))) ?? '', /no payload/);
    assert.match(datagramProblem(datagram(DatagramKind.message, new Uint8Array(0))) ?? '', /no payload/);
    assert.match(datagramProblem(datagram(DatagramKind.message, new Uint8Array(1), 1, DATAGRAM_FLAG_RESET)) ?? '', /flags/);
    assert.equal(datagramProblem(datagram(DatagramKind.frames, new Uint8Array(1), 1, DATAGRAM_FLAG_RESET)), undefined);
    const reserved = datagram(DatagramKind.hello, new Uint8Array(0));
    reserved[3] = 1;
    assert.match(datagramProblem(reserved) ?? '', /reserved/);
  });

  it('never throw on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
      const problem = datagramProblem(bytes);
      assert.ok(problem === undefined || typeof problem === 'string');
    }));
  });
});

describe('datagram payloads', () => {
  it('carry a message as it is', () => {
    const d = datagram(DatagramKind.message, Uint8Array.of(1, 2, 3));
    assert.deepEqual([...datagramMessage(d)], [1, 2, 3]);
  });

  it('carry length-prefixed frames', () => {
    fc.assert(fc.property(fc.array(fc.uint8Array({ minLength: 1, maxLength: 300 }), { minLength: 1, maxLength: 6 }), (bodies) => {
      const into: Uint8Array[] = [];
      readDatagramFrames(datagram(DatagramKind.frames, Buffer.concat(bodies.map(encodeFrame))), into);
      assert.deepEqual(into.map((b) => [...b]), bodies.map((b) => [...b]));
    }));
  });

  it('refuse a length that runs past the datagram, or an empty frame', () => {
    for (const payload of [Uint8Array.of(5, 1, 2), Uint8Array.of(0), Uint8Array.of(0x80)]) {
      assert.throws(() => {
        readDatagramFrames(datagram(DatagramKind.frames, payload), []);
      }, (error) => isProtocolError(error));
    }
  });
});

describe('world frame peeks', () => {
  it('find a world frame, its tick and its acknowledgement without decoding it', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 0xffff_ffff }), fc.integer({ min: 0, max: 0xffff_ffff }), fc.option(fc.nat(), { nil: undefined }), (tick, ack, requestId) => {
      const body = encodeServerMessage({ requestId, worldFrame: { tick, ackSequence: ack, updates: [{ entityId: 3, x: 9 }] } });
      assert.ok(isWorldFrameMessage(body));
      assert.equal(worldFrameTick(body), tick);
      assert.equal(worldFrameAck(body), ack);
    }));
  });

  it('tell other messages from world frames', () => {
    const pong = encodeServerMessage({ requestId: 4, pong: { nonce: 1 } });
    assert.equal(isWorldFrameMessage(pong), false);
    assert.equal(worldFrameTick(pong), undefined);
    assert.equal(worldFrameTick(Uint8Array.of(0xc2)), undefined);
    assert.equal(worldFrameAck(pong), undefined);
    assert.equal(worldFrameAck(Uint8Array.of(0xc2, 0x02, 0x05, 0x08)), undefined);
  });
});
