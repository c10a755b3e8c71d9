import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  ClientMessage,
  decodeClientMessage,
  decodeServerMessage,
  DEFAULT_MAX_FRAME_BYTES,
  encodeClientMessage,
  encodeFrame,
  encodeServerMessage,
  ErrorCode,
  FrameDecoder,
  isProtocolError,
  ProtocolError,
} from '@realmforge/protocol';
import { clientExamples, clientKinds, plainClient, plainServer, serverExamples, serverKinds, thrownBy } from './arbitraries.ts';

const { ERROR_CODE_FRAME_TOO_LARGE: FRAME_TOO_LARGE, ERROR_CODE_MALFORMED_FRAME: MALFORMED_FRAME } = ErrorCode;

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Splits bytes into chunks whose sizes cycle through sizes (0 gives an empty chunk). */
function split(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const usable = sizes.some((size) => size > 0) ? sizes : [1];
  const chunks: Uint8Array[] = [];
  let offset = 0;
  for (let i = 0; offset < bytes.length; i++) {
    const size = usable[i % usable.length] ?? 1;
    chunks.push(bytes.subarray(offset, offset + size));
    offset += size;
  }
  return chunks;
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

function protocolErrorCode(fn: () => unknown): ErrorCode {
  const error = thrownBy(fn);
  assert.ok(error instanceof ProtocolError, `expected a ProtocolError, got ${String(error)}`);
  return error.code;
}

describe('encodeFrame', () => {
  it('writes the varint length, then the body', () => {
    assert.equal(hex(encodeFrame(new Uint8Array(0))), '00');
    assert.equal(hex(encodeFrame(new Uint8Array([0xaa, 0xbb]))), '02aabb');
    assert.equal(hex(encodeFrame(new Uint8Array(127)).subarray(0, 1)), '7f');
    assert.equal(hex(encodeFrame(new Uint8Array(128)).subarray(0, 2)), '8001');
    assert.equal(hex(encodeFrame(new Uint8Array(300)).subarray(0, 2)), 'ac02');
    assert.equal(hex(encodeFrame(new Uint8Array(16_383)).subarray(0, 2)), 'ff7f');
    assert.equal(hex(encodeFrame(new Uint8Array(16_384)).subarray(0, 3)), '808001');
    assert.equal(hex(encodeFrame(new Uint8Array(65_536)).subarray(0, 3)), '808004');
    assert.equal(encodeFrame(new Uint8Array(65_536)).length, 65_539);
  });

  it("is protobuf's standard delimited form (writeDelimitedTo / encodeDelimited)", () => {
    for (const kind of clientKinds) {
      const message = clientExamples[kind];
      assert.equal(hex(encodeFrame(encodeClientMessage(message))), hex(ClientMessage.encodeDelimited(message).finish()), kind);
    }
    const big = { register: { username: 'u', password: 'p'.repeat(20_000) } };
    assert.equal(hex(encodeFrame(encodeClientMessage(big))), hex(ClientMessage.encodeDelimited(big).finish()));
  });
});

describe('FrameDecoder', () => {
  it('splits concatenated frames', () => {
    const a = encodeFrame(new Uint8Array([1, 2, 3]));
    const b = encodeFrame(new Uint8Array(300).fill(7));
    const frames = new FrameDecoder().push(concat([a, b]));
    assert.equal(frames.length, 2);
    assert.deepEqual([...(frames[0] ?? [])], [1, 2, 3]);
    assert.equal(frames[1]?.length, 300);
  });

  it('yields a zero-length frame as an empty body', () => {
    const frames = new FrameDecoder().push(new Uint8Array([0x00, 0x00]));
    assert.deepEqual(frames.map((frame) => frame.length), [0, 0]);
  });

  it('holds a partial frame until the rest arrives, then returns it', () => {
    const decoder = new FrameDecoder();
    const frame = encodeFrame(new Uint8Array(200).fill(3));
    assert.deepEqual(decoder.push(frame.subarray(0, 1)), []);
    assert.equal(decoder.pendingBytes, 1);
    assert.deepEqual(decoder.push(frame.subarray(1, 150)), []);
    assert.equal(decoder.pendingBytes, 150);
    const frames = decoder.push(concat([frame.subarray(150), encodeFrame(new Uint8Array([9]))]));
    assert.deepEqual(frames.map((f) => f.length), [200, 1]);
    assert.ok(frames[0]?.every((byte) => byte === 3));
    assert.equal(decoder.pendingBytes, 0);
    decoder.end();
  });

  it('accepts a frame exactly at the default limit (64 KiB)', () => {
    const body = new Uint8Array(DEFAULT_MAX_FRAME_BYTES).fill(0x5a);
    const frames = new FrameDecoder().push(encodeFrame(body));
    assert.equal(frames.length, 1);
    assert.equal(frames[0]?.length, 65_536);
  });

  it('rejects a frame one byte over the default limit from its length prefix alone', () => {
    const header = encodeFrame(new Uint8Array(DEFAULT_MAX_FRAME_BYTES + 1)).subarray(0, 3);
    assert.equal(hex(header), '818004');
    // Only the 3-byte prefix is pushed: the decoder must not wait for 64 KiB of body.
    assert.equal(protocolErrorCode(() => new FrameDecoder().push(header)), FRAME_TOO_LARGE);
  });

  it('applies a custom limit: at the limit passes, one over fails before the body arrives', () => {
    const decoder = new FrameDecoder(300);
    assert.equal(decoder.push(encodeFrame(new Uint8Array(300))).length, 1);
    assert.equal(protocolErrorCode(() => new FrameDecoder(300).push(Uint8Array.of(0xad, 0x02))), FRAME_TOO_LARGE);
    // Even the first byte of a prefix can prove the frame too large.
    assert.equal(protocolErrorCode(() => new FrameDecoder(10).push(Uint8Array.of(0x0b))), FRAME_TOO_LARGE);
    assert.equal(new FrameDecoder(10).push(Uint8Array.of(0x0a)).length, 0);
  });

  it('rejects a length prefix of six bytes as MALFORMED_FRAME, after its fifth byte', () => {
    const sixBytes = Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x80, 0x00);
    assert.equal(protocolErrorCode(() => new FrameDecoder().push(sixBytes)), MALFORMED_FRAME);
    assert.equal(protocolErrorCode(() => new FrameDecoder().push(sixBytes.subarray(0, 5))), MALFORMED_FRAME);
    // Four continuation bytes are still a valid beginning.
    assert.deepEqual(new FrameDecoder().push(sixBytes.subarray(0, 4)), []);
  });

  it('rejects a stream that ends inside a length prefix as MALFORMED_FRAME at end()', () => {
    const decoder = new FrameDecoder();
    assert.deepEqual(decoder.push(Uint8Array.of(0x80)), []);
    assert.equal(protocolErrorCode(() => {
      decoder.end();
    }), MALFORMED_FRAME);
  });

  it('rejects a stream that ends inside a body as MALFORMED_FRAME at end()', () => {
    const decoder = new FrameDecoder();
    assert.deepEqual(decoder.push(Uint8Array.of(0x05, 1, 2)), []);
    assert.equal(protocolErrorCode(() => {
      decoder.end();
    }), MALFORMED_FRAME);
    assert.equal(decoder.pendingBytes, 0, 'end() drops what was left over');
  });

  it('ends cleanly on a frame boundary', () => {
    const decoder = new FrameDecoder();
    decoder.push(encodeFrame(new Uint8Array(5)));
    decoder.end();
    assert.equal(decoder.pendingBytes, 0);
  });

  it('ignores empty chunks', () => {
    const decoder = new FrameDecoder();
    assert.deepEqual(decoder.push(new Uint8Array(0)), []);
    decoder.push(Uint8Array.of(0x02, 7));
    assert.deepEqual(decoder.push(new Uint8Array(0)), []);
    assert.deepEqual(decoder.push(Uint8Array.of(8)).map((f) => [...f]), [[7, 8]]);
  });

  it('assembles a frame that trickles in one byte at a time with linear copying', () => {
    // A peer that sends a maximum-size frame one byte per TCP segment must not make the
    // decoder re-copy everything it holds on every byte (quadratic: ~2 GiB for 64 KiB).
    const frame = encodeFrame(new Uint8Array(DEFAULT_MAX_FRAME_BYTES).map((_, i) => i & 0xff));
    const decoder = new FrameDecoder();
    const frames: Uint8Array[] = [];
    const copied = countCopiedBytes(() => {
      for (let i = 0; i < frame.length; i++) frames.push(...decoder.push(frame.subarray(i, i + 1)));
    });
    assert.equal(frames.length, 1);
    assert.equal(hex(frames[0] ?? new Uint8Array(0)), hex(frame.subarray(3)));
    assert.ok(copied <= 4 * frame.length, `copied ${copied} bytes to assemble a ${frame.length}-byte frame`);
  });
});

/** Bytes copied by Uint8Array set/slice while fn runs: how the decoder moves data. */
function countCopiedBytes(fn: () => void): number {
  const proto = Uint8Array.prototype;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with an explicit this, then restored
  const { set, slice } = proto;
  let copied = 0;
  proto.set = function (this: Uint8Array, source: ArrayLike<number>, offset?: number): void {
    copied += source.length;
    set.call(this, source, offset);
  };
  proto.slice = function (this: Uint8Array, start?: number, end?: number): Uint8Array<ArrayBuffer> {
    const out = slice.call(this, start, end);
    copied += out.length;
    return out;
  };
  try {
    fn();
  } finally {
    proto.set = set;
    proto.slice = slice;
  }
  return copied;
}

describe('framed messages', () => {
  it('every ClientMessage and ServerMessage example survives encode, frame, split, unframe, decode', () => {
    const clientStream = concat(clientKinds.map((kind) => encodeFrame(encodeClientMessage(clientExamples[kind]))));
    const serverStream = concat(serverKinds.map((kind) => encodeFrame(encodeServerMessage(serverExamples[kind]))));
    for (const sizes of [[clientStream.length + serverStream.length], [1], [2, 5, 11], [64]]) {
      const clientDecoder = new FrameDecoder();
      const clientBodies = split(clientStream, sizes).flatMap((chunk) => clientDecoder.push(chunk));
      clientDecoder.end();
      assert.deepEqual(clientBodies.map((body) => plainClient(decodeClientMessage(body))), clientKinds.map((kind) => plainClient(clientExamples[kind])));
      assert.deepEqual(clientBodies.map((body) => decodeClientMessage(body).payload), clientKinds);

      const serverDecoder = new FrameDecoder();
      const serverBodies = split(serverStream, sizes).flatMap((chunk) => serverDecoder.push(chunk));
      serverDecoder.end();
      assert.deepEqual(serverBodies.map((body) => plainServer(decodeServerMessage(body))), serverKinds.map((kind) => plainServer(serverExamples[kind])));
      assert.deepEqual(serverBodies.map((body) => decodeServerMessage(body).payload), serverKinds);
    }
  });
});

describe('framing properties', () => {
  const chunkSizes = fc.array(fc.integer({ min: 0, max: 70 }), { minLength: 1, maxLength: 12 });
  const body = fc.oneof(
    { weight: 10, arbitrary: fc.uint8Array({ maxLength: 300 }) },
    // Now and then a body whose length needs a 3-byte prefix.
    { weight: 1, arbitrary: fc.integer({ min: 16_384, max: 20_000 }).map((n) => new Uint8Array(n).map((_, i) => (i * 31) & 0xff)) },
  );

  it('(b) any list of frames, re-split at random chunk boundaries, decodes to exactly the original bodies', () => {
    fc.assert(
      fc.property(fc.array(body, { maxLength: 20 }), chunkSizes, (bodies, sizes) => {
        const decoder = new FrameDecoder();
        const out: string[] = [];
        for (const chunk of split(concat(bodies.map(encodeFrame)), sizes)) {
          for (const frame of decoder.push(chunk)) out.push(hex(frame));
        }
        decoder.end();
        assert.deepEqual(out, bodies.map(hex));
        assert.equal(decoder.pendingBytes, 0);
      }),
      { numRuns: 300 },
    );
  });

  it('(d) random byte streams only ever raise FRAME_TOO_LARGE or MALFORMED_FRAME, and pending stays under maxFrameBytes + 5', () => {
    // Streams mixing real frames (some over the limit) with junk, so both valid and invalid
    // prefixes of every size are reached; small limits make "too large" easy to hit.
    const piece = fc.oneof(fc.uint8Array({ maxLength: 200 }).map(encodeFrame), fc.uint8Array({ minLength: 1, maxLength: 8 }));
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 150 }), fc.constant(DEFAULT_MAX_FRAME_BYTES)),
        fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.array(piece, { maxLength: 10 }).map(concat)),
        chunkSizes,
        (maxFrameBytes, stream, sizes) => {
          const expected = referenceSplit(stream, maxFrameBytes);
          const decoder = new FrameDecoder(maxFrameBytes);
          const out: string[] = [];
          let failure: ErrorCode | undefined;
          try {
            for (const chunk of split(stream, sizes)) {
              for (const frame of decoder.push(chunk)) {
                assert.ok(frame.length <= maxFrameBytes);
                out.push(hex(frame));
              }
              assert.ok(decoder.pendingBytes <= maxFrameBytes + 5, `pending ${decoder.pendingBytes} with limit ${maxFrameBytes}`);
            }
            decoder.end();
          } catch (error) {
            assert.ok(isProtocolError(error), `non-ProtocolError: ${String(error)}`);
            failure = error.code;
          }
          assert.ok(failure === undefined || failure === FRAME_TOO_LARGE || failure === MALFORMED_FRAME);
          assert.equal(failure, expected.failure);
          if (failure === undefined) {
            assert.deepEqual(out, expected.frames);
          } else {
            // Frames completed in the chunk that also held the error are not returned.
            assert.deepEqual(out, expected.frames.slice(0, out.length));
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('decodeInto delivers exactly the frames before the first bad one, whatever the chunking', () => {
    const piece = fc.oneof(fc.uint8Array({ maxLength: 120 }).map(encodeFrame), fc.uint8Array({ minLength: 1, maxLength: 6 }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.array(piece, { maxLength: 10 }).map(concat), chunkSizes, (maxFrameBytes, stream, sizes) => {
        const expected = referenceSplit(stream, maxFrameBytes);
        const decoder = new FrameDecoder(maxFrameBytes);
        const frames: Uint8Array[] = [];
        let failure: ErrorCode | undefined;
        for (const chunk of split(stream, sizes)) {
          failure = decoder.decodeInto(chunk, frames)?.code;
          if (failure !== undefined) break;
        }
        if (failure === undefined) {
          try {
            decoder.end();
          } catch (error) {
            assert.ok(isProtocolError(error));
            failure = error.code;
          }
        }
        assert.equal(failure, expected.failure);
        assert.deepEqual(frames.map(hex), expected.frames);
      }),
      { numRuns: 1000 },
    );
  });
});

/**
 * A whole-stream, non-incremental reading of the framing rules, as the model the
 * incremental decoder must agree with whatever the chunking.
 */
function referenceSplit(stream: Uint8Array, maxFrameBytes: number): { frames: string[]; failure: ErrorCode | undefined } {
  const frames: string[] = [];
  let pos = 0;
  while (pos < stream.length) {
    let length = 0;
    let done = false;
    let i = 0;
    for (; i < 5 && pos + i < stream.length; i++) {
      const byte = stream[pos + i] ?? 0;
      length += (byte & 0x7f) * 2 ** (7 * i);
      // A varint's later bytes only add to it, so a partial sum over the limit settles it.
      if (length > maxFrameBytes) return { frames, failure: FRAME_TOO_LARGE };
      if (byte < 0x80) {
        done = true;
        i++;
        break;
      }
    }
    // Five continuation bytes (at push), or the stream ended inside the prefix (at end()).
    if (!done) return { frames, failure: MALFORMED_FRAME };
    if (pos + i + length > stream.length) return { frames, failure: MALFORMED_FRAME };
    frames.push(hex(stream.subarray(pos + i, pos + i + length)));
    pos += i + length;
  }
  return { frames, failure: undefined };
}

describe('frames before a bad frame', () => {
  it('decodeInto keeps the good frames and returns the error', () => {
    const good = encodeFrame(new Uint8Array([1, 2]));
    const chunk = new Uint8Array([...good, 0x80, 0x80, 0x80, 0x80, 0x10]);
    const frames: Uint8Array[] = [];
    const failure = new FrameDecoder(64).decodeInto(chunk, frames);
    assert.equal(frames.length, 1);
    assert.equal(failure?.code, ErrorCode.ERROR_CODE_FRAME_TOO_LARGE);
  });
});
