/**
 * Length-delimited framing for byte streams (TCP, TLS): each message is a base-128 varint
 * length followed by that many bytes, protobuf's standard `writeDelimited` form, so
 * `parseDelimitedFrom` in any language reads it.
 * @module
 */
import { ErrorCode, ProtocolError } from './protocol-error.ts';

/** Default largest frame body a peer may send, in bytes (64 KiB). */
export const DEFAULT_MAX_FRAME_BYTES = 64 * 1024;

/** A varint for a 32-bit length never needs more than 5 bytes. */
const MAX_VARINT_BYTES = 5;

const EMPTY = new Uint8Array(0);

/** Smallest buffer allocated for a partial frame, so tiny chunks do not regrow it each time. */
const MIN_HELD_CAPACITY = 64;

/**
 * Incremental frame decoder. Feed it chunks as they arrive; it returns the complete frame
 * bodies and keeps at most one partial frame (bounded by the frame limit) between calls.
 * Bodies of frames that lie whole inside one chunk are views into that chunk, not copies;
 * a frame that spans chunks is assembled in a buffer of its own.
 */
export class FrameDecoder {
  readonly #maxFrameBytes: number;
  /** The start of a frame that spans chunks; only the first #heldBytes bytes are data. */
  #held: Uint8Array = EMPTY;
  #heldBytes = 0;

  /** @param maxFrameBytes - frames whose declared length exceeds this are rejected */
  constructor(maxFrameBytes: number = DEFAULT_MAX_FRAME_BYTES) {
    this.#maxFrameBytes = maxFrameBytes;
  }

  /** Bytes held back waiting for the rest of a frame. */
  get pendingBytes(): number {
    return this.#heldBytes;
  }

  /**
   * Adds a chunk and returns every frame body it completes.
   * @throws ProtocolError FRAME_TOO_LARGE when a frame declares a length over the limit, or
   *   MALFORMED_FRAME when a length prefix is not a valid varint
   */
  push(chunk: Uint8Array): Uint8Array[] {
    const frames: Uint8Array[] = [];
    const failure = this.decodeInto(chunk, frames);
    if (failure !== undefined) throw failure;
    return frames;
  }

  /**
   * Like {@link FrameDecoder.push}, but keeps the frames that came before a bad one: they are
   * appended to `frames`, and the error is returned instead of thrown. A stream reader uses it
   * so the valid messages that preceded garbage in the same chunk are still handled.
   */
  decodeInto(chunk: Uint8Array, frames: Uint8Array[]): ProtocolError | undefined {
    try {
      this.#decode(chunk, frames);
      return undefined;
    } catch (error) {
      if (error instanceof ProtocolError) return error;
      throw error;
    }
  }

  #decode(chunk: Uint8Array, frames: Uint8Array[]): void {
    let offset = 0;
    if (this.#heldBytes > 0) {
      offset = this.#continueHeld(chunk, frames);
      if (this.#heldBytes > 0) return;
    }
    for (;;) {
      const header = readLength(chunk, offset, this.#maxFrameBytes);
      if (header === undefined) break;
      const start = offset + header.headerBytes;
      const end = start + header.length;
      if (end > chunk.length) break;
      frames.push(chunk.subarray(start, end));
      offset = end;
    }
    if (offset < chunk.length) this.#append(chunk.subarray(offset));
  }

  /**
   * Declares the end of the stream.
   * @throws ProtocolError MALFORMED_FRAME when a partial frame was left over
   */
  end(): void {
    if (this.#heldBytes > 0) {
      const left = this.#heldBytes;
      this.#held = EMPTY;
      this.#heldBytes = 0;
      throw new ProtocolError(ErrorCode.ERROR_CODE_MALFORMED_FRAME, `stream ended inside a frame (${left} bytes left over)`);
    }
  }

  /** Feeds the held partial frame from chunk; returns how many bytes of chunk it took. */
  #continueHeld(chunk: Uint8Array, frames: Uint8Array[]): number {
    let offset = 0;
    let header = readLength(this.#held.subarray(0, this.#heldBytes), 0, this.#maxFrameBytes);
    while (header === undefined) {
      // The length prefix itself was split; it is at most 5 bytes, so byte by byte is cheap.
      if (offset === chunk.length) return offset;
      this.#append(chunk.subarray(offset, offset + 1));
      offset++;
      header = readLength(this.#held.subarray(0, this.#heldBytes), 0, this.#maxFrameBytes);
    }
    const frameBytes = header.headerBytes + header.length;
    const take = Math.min(frameBytes - this.#heldBytes, chunk.length - offset);
    this.#append(chunk.subarray(offset, offset + take), frameBytes);
    offset += take;
    if (this.#heldBytes === frameBytes) {
      frames.push(this.#held.subarray(header.headerBytes, frameBytes));
      this.#held = EMPTY;
      this.#heldBytes = 0;
    }
    return offset;
  }

  /**
   * Copies bytes after the held ones (the caller may reuse its chunks). The buffer grows
   * geometrically, so a frame that trickles in a byte at a time is copied a bounded number
   * of times rather than once per byte, and it holds at most about twice what actually
   * arrived, never the size a prefix merely declares.
   */
  #append(bytes: Uint8Array, frameBytes: number = MAX_VARINT_BYTES + this.#maxFrameBytes): void {
    const needed = this.#heldBytes + bytes.length;
    if (needed > this.#held.length) {
      const grown = new Uint8Array(Math.min(frameBytes, Math.max(needed, 2 * this.#held.length, MIN_HELD_CAPACITY)));
      grown.set(this.#held.subarray(0, this.#heldBytes));
      this.#held = grown;
    }
    this.#held.set(bytes, this.#heldBytes);
    this.#heldBytes = needed;
  }
}

/** Reads a varint length at offset; undefined when more bytes are needed. */
function readLength(buf: Uint8Array, offset: number, maxFrameBytes: number): { length: number; headerBytes: number } | undefined {
  let length = 0;
  for (let i = 0; i < MAX_VARINT_BYTES; i++) {
    const byte = buf[offset + i];
    if (byte === undefined) return undefined;
    length += (byte & 0x7f) * 2 ** (7 * i);
    if (length > maxFrameBytes) {
      throw new ProtocolError(ErrorCode.ERROR_CODE_FRAME_TOO_LARGE, `frame declares at least ${length} bytes; the limit is ${maxFrameBytes}`);
    }
    if ((byte & 0x80) === 0) return { length, headerBytes: i + 1 };
  }
  throw new ProtocolError(ErrorCode.ERROR_CODE_MALFORMED_FRAME, 'frame length prefix is longer than 5 bytes');
}

/**
 * Frames a message body: varint length, then the body, in one new buffer.
 */
export function encodeFrame(body: Uint8Array): Uint8Array {
  let length = body.length;
  let headerBytes = 1;
  while (length >= 0x80) {
    length = Math.floor(length / 128);
    headerBytes++;
  }
  const out = new Uint8Array(headerBytes + body.length);
  let value = body.length;
  let i = 0;
  while (value >= 0x80) {
    out[i++] = (value & 0x7f) | 0x80;
    value = Math.floor(value / 128);
  }
  out[i] = value;
  out.set(body, headerBytes);
  return out;
}
