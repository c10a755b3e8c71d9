/**
 * Reading a world frame without decoding it: a walk over the protobuf wire format that finds
 * `world_frame` (envelope field 40) and reads its `ack_sequence` (2) and `reset` (3) and counts
 * its `enters` (6), `updates` (7) and `leaves` (8, packed or not), so a bot knows how many
 * entities it has in view without decoding them. Bots and the fan-out
 * benchmark's clients use it so that decoding thousands of entity updates a second in the load
 * generator does not limit what the server can be shown to do.
 * @module
 */
import type { ClientTransport } from '@realmforge/client/node';

/** Envelope field of WorldFrame in ServerMessage. */
const WORLD_FRAME_FIELD = 40;
const ACK_FIELD = 2;
const RESET_FIELD = 3;
const ENTERS_FIELD = 6;
const UPDATES_FIELD = 7;
const LEAVES_FIELD = 8;

/** A varint at `offset`: its value (up to 2^53) and the offset after it. @throws RangeError when truncated */
export function varint(bytes: Uint8Array, offset: number): [number, number] {
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

/** The offset after the value of a field of `wireType` starting at `offset`. @throws RangeError for an unknown wire type */
export function skip(bytes: Uint8Array, offset: number, wireType: number): number {
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

/** What a skim reads from a world frame. */
export interface SkimmedFrame {
  /** The highest applied MoveInput sequence. */
  readonly ackSequence: number;
  /** True on the first frame in a zone. */
  readonly reset: boolean;
  /** Entity enters + updates + leaves. */
  readonly entityChanges: number;
  /** Entities entering view (on a reset frame: everything in view, the player's own character included). */
  readonly enters: number;
  /** Entities leaving view. */
  readonly leaves: number;
}

/**
 * The ack, reset flag and entity change count of a ServerMessage body; undefined when the body
 * is not a world frame.
 * @throws RangeError on a truncated or malformed body
 */
export function skimWorldFrame(body: Uint8Array): SkimmedFrame | undefined {
  const range = worldFrameRange(body);
  return range === undefined ? undefined : countInFrame(body, range[0], range[1]);
}

/**
 * Where the world frame of a ServerMessage body lies: [start, end) of its bytes; undefined
 * when the body is not a world frame.
 * @throws RangeError on a truncated or malformed body
 */
export function worldFrameRange(body: Uint8Array): readonly [number, number] | undefined {
  let at = 0;
  while (at < body.length) {
    const [tag, afterTag] = varint(body, at);
    const field = Math.floor(tag / 8);
    const wireType = tag & 7;
    if (field === WORLD_FRAME_FIELD && wireType === 2) {
      const [length, start] = varint(body, afterTag);
      if (start + length > body.length) throw new RangeError('truncated world frame');
      return [start, start + length];
    }
    at = skip(body, afterTag, wireType);
  }
  return undefined;
}

function countInFrame(body: Uint8Array, start: number, end: number): SkimmedFrame {
  let changes = 0;
  let enters = 0;
  let leaves = 0;
  let ackSequence = 0;
  let reset = false;
  let at = start;
  while (at < end) {
    const [tag, afterTag] = varint(body, at);
    const field = Math.floor(tag / 8);
    const wireType = tag & 7;
    if (field === ACK_FIELD && wireType === 0) {
      ackSequence = varint(body, afterTag)[0];
    } else if (field === RESET_FIELD && wireType === 0) {
      reset = varint(body, afterTag)[0] !== 0;
    } else if (field === LEAVES_FIELD && wireType === 2) {
      const [length, from] = varint(body, afterTag);
      const packed = countVarints(body, from, from + length);
      changes += packed;
      leaves += packed;
    } else if (field === ENTERS_FIELD || field === UPDATES_FIELD || field === LEAVES_FIELD) {
      changes++;
      if (field === ENTERS_FIELD) enters++;
      else if (field === LEAVES_FIELD) leaves++;
    }
    at = skip(body, afterTag, wireType);
    if (at > end) throw new RangeError('truncated field in a world frame');
  }
  return { ackSequence, reset, entityChanges: changes, enters, leaves };
}

/**
 * Wraps a transport so that every world frame is skimmed and handed to `onFrame` (with its
 * body, for a closer look) and, reset frames apart, kept from the SDK (which would decode every
 * entity); reset frames and everything else pass through, so the SDK still learns the
 * acknowledged sequence after a resume.
 */
export function skimmingTransport(inner: ClientTransport, onFrame: (frame: SkimmedFrame, body: Uint8Array) => void): ClientTransport {
  return {
    send: (body) => {
      inner.send(body);
    },
    messages: async function* () {
      for await (const body of inner.messages()) {
        const frame = skimWorldFrame(body);
        if (frame !== undefined) onFrame(frame, body);
        if (frame === undefined || frame.reset) yield body;
      }
    },
    close: () => {
      inner.close();
    },
  };
}
