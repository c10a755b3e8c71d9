/**
 * Counting the entity changes in a ServerMessage body without decoding it: a walk over the
 * protobuf wire format that finds `world_frame` (envelope field 40) and counts its `enters`
 * (6), `updates` (7) and `leaves` (8, packed or not). The fan-out benchmark's clients use it so
 * that their own decoding does not limit what the server can be shown to deliver.
 * @module
 */

/** Envelope field of WorldFrame in ServerMessage. */
const WORLD_FRAME_FIELD = 40;
const ENTERS_FIELD = 6;
const UPDATES_FIELD = 7;
const LEAVES_FIELD = 8;

/** A varint at `offset`: its value (up to 2^53) and the offset after it. */
function varint(bytes: Uint8Array, offset: number): [number, number] {
  let value = 0;
  let scale = 1;
  let at = offset;
  for (;;) {
    const byte = bytes[at++];
    if (byte === undefined) throw new RangeError('truncated varint');
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return [value, at];
    scale *= 128;
  }
}

/** The offset after the value of a field of `wireType` starting at `offset`. */
function skip(bytes: Uint8Array, offset: number, wireType: number): number {
  switch (wireType) {
    case 0:
      return varint(bytes, offset)[1];
    case 1:
      return offset + 8;
    case 2: {
      const [length, at] = varint(bytes, offset);
      return at + length;
    }
    case 5:
      return offset + 4;
    default:
      throw new RangeError(`unsupported wire type ${wireType}`);
  }
}

function countVarints(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if ((bytes[i] ?? 0) < 0x80) n++;
  return n;
}

/** Entity enters + updates + leaves in a world frame body; undefined when the body is not a world frame. */
export function countEntityChanges(body: Uint8Array): number | undefined {
  let at = 0;
  while (at < body.length) {
    const [tag, afterTag] = varint(body, at);
    const field = Math.floor(tag / 8);
    const wireType = tag & 7;
    if (field === WORLD_FRAME_FIELD && wireType === 2) {
      const [length, start] = varint(body, afterTag);
      return countInFrame(body, start, start + length);
    }
    at = skip(body, afterTag, wireType);
  }
  return undefined;
}

function countInFrame(body: Uint8Array, start: number, end: number): number {
  let changes = 0;
  let at = start;
  while (at < end) {
    const [tag, afterTag] = varint(body, at);
    const field = Math.floor(tag / 8);
    const wireType = tag & 7;
    if (field === LEAVES_FIELD && wireType === 2) {
      const [length, from] = varint(body, afterTag);
      changes += countVarints(body, from, from + length);
    } else if (field === ENTERS_FIELD || field === UPDATES_FIELD || field === LEAVES_FIELD) {
      changes++;
    }
    at = skip(body, afterTag, wireType);
  }
  return changes;
}
