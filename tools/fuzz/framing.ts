/**
 * Frame-level mutations for byte streams (TCP, TLS): how the bodies of one round are framed.
 * Most frames are honest; the rest lie about their length, are empty, are exactly the largest
 * allowed, declare one byte more, or carry a malformed or non-minimal length prefix.
 * @module
 */
import type { FuzzRandom } from './random.ts';
import { concat, varint } from './wire.ts';

/** The bytes of a round and what the framing did. */
export interface FramedRound {
  /** Everything to write. */
  readonly bytes: Uint8Array;
  /** Frame mutations applied, for reports. */
  readonly names: string[];
  /**
   * True when a frame declared more bytes than follow, so the server waits for the rest and
   * whatever comes after (the round's barrier) is swallowed: the round cannot be answered.
   */
  readonly incomplete: boolean;
  /** True when a frame is bound to be refused by the framing itself (the connection closes). */
  readonly fatalFraming: boolean;
}

/**
 * Frames bodies for a stream, mutating the framing of some.
 * @param bodies - message bodies (already mutated or not)
 * @param random - the generator
 * @param maxFrameBytes - the server's frame limit
 * @param mutateRate - share of frames whose framing is mutated
 */
export function frameRound(bodies: readonly Uint8Array[], random: FuzzRandom, maxFrameBytes: number, mutateRate = 0.1): FramedRound {
  const parts: Uint8Array[] = [];
  const names: string[] = [];
  let incomplete = false;
  let fatalFraming = false;
  for (const body of bodies) {
    if (!random.chance(mutateRate)) {
      parts.push(varint(body.length), body);
      continue;
    }
    switch (random.int(7)) {
      case 0:
        names.push('zero-length-frame');
        parts.push(Uint8Array.of(0), varint(body.length), body);
        break;
      case 1: {
        names.push('length-prefix-short');
        parts.push(varint(Math.max(0, body.length - random.range(1, 8))), body);
        break;
      }
      case 2:
        // Declares more than is sent: the server waits for bytes that never come.
        names.push('length-prefix-long');
        parts.push(varint(Math.min(maxFrameBytes, body.length + random.range(1, 64))), body);
        incomplete = true;
        break;
      case 3: {
        names.push('max-size-frame');
        const filled = random.bytes(maxFrameBytes);
        filled.set(body.subarray(0, maxFrameBytes));
        parts.push(varint(maxFrameBytes), filled);
        break;
      }
      case 4:
        names.push('over-size-frame');
        parts.push(varint(maxFrameBytes + random.range(1, 1000)), body);
        fatalFraming = true;
        break;
      case 5:
        names.push('overlong-length-prefix');
        parts.push(Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01), body);
        fatalFraming = true;
        break;
      default: {
        // A non-minimal but valid prefix (the length with an extra continuation byte).
        names.push('non-minimal-length-prefix');
        const minimal = varint(body.length);
        if (minimal.length < 5) {
          const padded = Uint8Array.from([...minimal.subarray(0, -1), (minimal.at(-1) ?? 0) | 0x80, 0x00]);
          parts.push(padded, body);
        } else parts.push(minimal, body);
        break;
      }
    }
    if (incomplete || fatalFraming) break;
  }
  return { bytes: concat(parts), names, incomplete, fatalFraming };
}
