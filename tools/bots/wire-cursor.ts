/**
 * A read position in protobuf wire bytes, for the bots' hand-written walks over world frames
 * (frame-skim.ts, world-sight.ts). Reading a varint moves the cursor instead of returning a
 * (value, offset) pair: at 1,000 bots those pairs were two allocations per field of every frame,
 * and the skim plus the garbage it made were 45% of a bot process's busy time.
 * @module
 */

/** Where the next read of `bytes` starts; reads move it past what they read. */
export class WireCursor {
  /** The bytes being read. */
  readonly bytes: Uint8Array;
  /** The offset of the next read. */
  at: number;

  /**
   * @param bytes - the bytes to read
   * @param at - where to start
   */
  constructor(bytes: Uint8Array, at = 0) {
    this.bytes = bytes;
    this.at = at;
  }

  /**
   * Reads a varint (values up to 2^53 are exact) and moves past it.
   * @throws RangeError when the bytes end inside it
   */
  varint(): number {
    const bytes = this.bytes;
    let at = this.at;
    let byte = bytes[at++];
    if (byte === undefined) throw new RangeError('truncated varint');
    if (byte < 0x80) {
      this.at = at;
      return byte;
    }
    let value = byte & 0x7f;
    let scale = 128;
    for (;;) {
      byte = bytes[at++];
      if (byte === undefined) throw new RangeError('truncated varint');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) {
        this.at = at;
        return value;
      }
      scale *= 128;
    }
  }

  /**
   * Moves past the value of a field of `wireType` (the tag already read).
   * @throws RangeError for a wire type the bots do not expect (groups)
   */
  skip(wireType: number): void {
    switch (wireType) {
      case 0:
        this.varint();
        return;
      case 1:
        this.at += 8;
        return;
      case 2: {
        const length = this.varint();
        this.at += length;
        return;
      }
      case 5:
        this.at += 4;
        return;
      default:
        throw new RangeError(`unsupported wire type ${wireType}`);
    }
  }
}
