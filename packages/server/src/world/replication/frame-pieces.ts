/**
 * Splits an encoded world frame too large for one datagram into pieces that fit, each a
 * ServerMessage{world_frame} of its own. A frame's entries are independent of each other (an
 * entity appears once in a frame: entering, changing or leaving), so applying the pieces in
 * order does what applying the frame does: every piece carries the frame's tick and input
 * acknowledgement, the first also its reset, zone and own entity, and the entries (enters,
 * updates, combat events, leaves) are shared out in their order.
 * @module
 */
import protobuf from 'protobufjs/minimal.js';
import { putVarint, varintSize, WIRE_LEN, WIRE_VARINT } from './wire-writer.ts';

/** The envelope's tag for `world_frame` (field 40, length-delimited). */
const ENVELOPE_TAG = (40 << 3) | WIRE_LEN;
/** WorldFrame fields every piece repeats: tick, ack_sequence. */
const EVERY_PIECE = new Set([1, 2]);
/** WorldFrame fields only the first piece carries: reset, zone, self_entity_id. */
const FIRST_PIECE = new Set([3, 4, 5]);
/** WorldFrame.leaves, packed. */
const LEAVES = 8;
const TAG_LEAVES = (LEAVES << 3) | WIRE_LEN;

/** A frame's bytes read as fields: the spans to copy, and the leaving entity ids. */
interface FrameParts {
  readonly every: Uint8Array[];
  readonly first: Uint8Array[];
  /** Entries in frame order; a number is a leaving entity's id. */
  readonly entries: (Uint8Array | number)[];
}

/**
 * A frame's fields, read with protobufjs's Reader (a cut-off or unknown wire type throws its
 * RangeError or Error).
 */
function parts(message: Uint8Array): FrameParts {
  const reader = protobuf.Reader.create(message);
  if (reader.uint32() !== ENVELOPE_TAG) throw new RangeError('not a ServerMessage{world_frame}');
  const end = reader.uint32() + reader.pos;
  if (end !== message.length) throw new RangeError('the envelope holds more than the world frame');
  const every: Uint8Array[] = [];
  const first: Uint8Array[] = [];
  const entries: (Uint8Array | number)[] = [];
  while (reader.pos < end) {
    const at = reader.pos;
    const key = reader.uint32();
    const field = key >>> 3;
    if (field === LEAVES && (key & 7) === WIRE_LEN) {
      const leavesEnd = reader.uint32() + reader.pos;
      while (reader.pos < leavesEnd) entries.push(reader.uint32());
      continue;
    }
    if (field === LEAVES && (key & 7) === WIRE_VARINT) {
      entries.push(reader.uint32());
      continue;
    }
    reader.skipType(key & 7);
    if (reader.pos > end) throw new RangeError('a field runs past the frame');
    const span = message.subarray(at, reader.pos);
    if (EVERY_PIECE.has(field)) every.push(span);
    else if (FIRST_PIECE.has(field)) first.push(span);
    else entries.push(span);
  }
  return { every, first, entries };
}

function spanBytes(spans: readonly Uint8Array[]): number {
  let total = 0;
  for (const span of spans) total += span.length;
  return total;
}

/** One piece being filled: its spans and its leaving ids. */
class Piece {
  readonly spans: Uint8Array[] = [];
  readonly leaves: number[] = [];
  spanBytes = 0;
  leaveBytes = 0;

  /** Frame bytes with this span or leave added. */
  bodyWith(headBytes: number, entry: Uint8Array | number): number {
    if (typeof entry === 'number') {
      const leaves = this.leaveBytes + varintSize(entry);
      return headBytes + this.spanBytes + 1 + varintSize(leaves) + leaves;
    }
    return headBytes + this.spanBytes + entry.length + this.#leavesField();
  }

  add(entry: Uint8Array | number): void {
    if (typeof entry === 'number') {
      this.leaves.push(entry);
      this.leaveBytes += varintSize(entry);
    } else {
      this.spans.push(entry);
      this.spanBytes += entry.length;
    }
  }

  get empty(): boolean {
    return this.spans.length === 0 && this.leaves.length === 0;
  }

  encode(head: readonly Uint8Array[], headBytes: number): Uint8Array {
    const body = headBytes + this.spanBytes + this.#leavesField();
    const out = new Uint8Array(varintSize(ENVELOPE_TAG) + varintSize(body) + body);
    let at = putVarint(out, 0, ENVELOPE_TAG);
    at = putVarint(out, at, body);
    for (const span of head) {
      out.set(span, at);
      at += span.length;
    }
    for (const span of this.spans) {
      out.set(span, at);
      at += span.length;
    }
    if (this.leaves.length > 0) {
      out[at++] = TAG_LEAVES;
      at = putVarint(out, at, this.leaveBytes);
      for (const id of this.leaves) at = putVarint(out, at, id);
    }
    return out;
  }

  #leavesField(): number {
    return this.leaves.length === 0 ? 0 : 1 + varintSize(this.leaveBytes) + this.leaveBytes;
  }
}

/**
 * Pieces of an encoded ServerMessage{world_frame}, each at most `maxBytes` long, or undefined
 * when one entry alone does not fit (the caller must not send the frame as datagrams). A frame
 * that fits comes back whole, as the only piece.
 * @throws RangeError (or protobufjs's Error for an unknown wire type) when `message` is not a
 *   well-formed world frame envelope
 */
export function splitWorldFrame(message: Uint8Array, maxBytes: number): Uint8Array[] | undefined {
  if (message.length <= maxBytes) return [message];
  const { every, first, entries } = parts(message);
  // The envelope's own bytes: its tag and a length no larger than maxBytes needs.
  const maxBody = maxBytes - varintSize(ENVELOPE_TAG) - varintSize(maxBytes);
  const everyBytes = spanBytes(every);
  const firstHead = [...every, ...first];
  const firstBytes = everyBytes + spanBytes(first);
  const pieces: Uint8Array[] = [];
  let piece = new Piece();
  let head = firstHead;
  let headBytes = firstBytes;
  for (const entry of entries) {
    if (piece.bodyWith(headBytes, entry) > maxBody) {
      if (piece.empty) return undefined;
      pieces.push(piece.encode(head, headBytes));
      piece = new Piece();
      head = every;
      headBytes = everyBytes;
      if (piece.bodyWith(headBytes, entry) > maxBody) return undefined;
    }
    piece.add(entry);
  }
  if (!piece.empty || pieces.length === 0) {
    if (headBytes > maxBody) return undefined;
    pieces.push(piece.encode(head, headBytes));
  }
  return pieces;
}
