import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeFrame, FrameDecoder } from '@realmforge/protocol';

describe('FrameDecoder', () => {
  it('splits concatenated frames', () => {
    const a = encodeFrame(new Uint8Array([1, 2, 3]));
    const b = encodeFrame(new Uint8Array(300).fill(7));
    const joined = new Uint8Array(a.length + b.length);
    joined.set(a);
    joined.set(b, a.length);
    const frames = new FrameDecoder().push(joined);
    assert.equal(frames.length, 2);
    assert.deepEqual([...(frames[0] ?? [])], [1, 2, 3]);
    assert.equal(frames[1]?.length, 300);
  });
});
