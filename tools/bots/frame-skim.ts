/**
 * Reading a world frame without decoding it: a walk over the protobuf wire format that finds
 * `world_frame` (envelope field 40) and reads its `ack_sequence` (2) and `reset` (3) and counts
 * its `enters` (6), `updates` (7) and `leaves` (8, packed or not), so a bot knows how many
 * entities it has in view without decoding them. Bots and the fan-out
 * benchmark's clients use it so that decoding thousands of entity updates a second in the load
 * generator does not limit what the server can be shown to do. The walk uses protobufjs's
 * Reader (one per frame; reading a varint allocates nothing).
 * @module
 */
import protobuf from 'protobufjs/minimal.js';

/** The tag of ServerMessage's WorldFrame (field 40, length-delimited). */
const WORLD_FRAME_TAG = (40 << 3) | 2;
const ACK_FIELD = 2;
const RESET_FIELD = 3;
const ENTERS_FIELD = 6;
const UPDATES_FIELD = 7;
const LEAVES_FIELD = 8;

/** How many varints end in bytes [from, to): a packed field's count of values. */
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
 * @throws RangeError on a truncated body; Error (protobufjs) on one with an invalid wire type
 */
export function skimWorldFrame(body: Uint8Array): SkimmedFrame | undefined {
  const range = worldFrameRange(body);
  return range === undefined ? undefined : countInFrame(body, range[0], range[1]);
}

/**
 * Where the world frame of a ServerMessage body lies: [start, end) of its bytes; undefined
 * when the body is not a world frame.
 * @throws RangeError on a truncated body; Error (protobufjs) on one with an invalid wire type
 */
export function worldFrameRange(body: Uint8Array): readonly [number, number] | undefined {
  const reader = protobuf.Reader.create(body);
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    if (tag === WORLD_FRAME_TAG) {
      const length = reader.uint32();
      const start = reader.pos;
      if (start + length > body.length) throw new RangeError('truncated world frame');
      return [start, start + length];
    }
    reader.skipType(tag & 7);
  }
  return undefined;
}

function countInFrame(body: Uint8Array, start: number, end: number): SkimmedFrame {
  let changes = 0;
  let enters = 0;
  let leaves = 0;
  let ackSequence = 0;
  let reset = false;
  const reader = protobuf.Reader.create(body);
  reader.pos = start;
  while (reader.pos < end) {
    const tag = reader.uint32();
    const field = tag >>> 3;
    const wireType = tag & 7;
    if (field === ACK_FIELD && wireType === 0) {
      ackSequence = reader.uint32();
    } else if (field === RESET_FIELD && wireType === 0) {
      reset = reader.uint32() !== 0;
    } else if (field === LEAVES_FIELD && wireType === 2) {
      const length = reader.uint32();
      const from = reader.pos;
      reader.skip(length);
      const packed = countVarints(body, from, reader.pos);
      changes += packed;
      leaves += packed;
    } else {
      if (field === ENTERS_FIELD || field === UPDATES_FIELD || field === LEAVES_FIELD) {
        changes++;
        if (field === ENTERS_FIELD) enters++;
        else if (field === LEAVES_FIELD) leaves++;
      }
      reader.skipType(wireType);
    }
    if (reader.pos > end) throw new RangeError('truncated field in a world frame');
  }
  return { ackSequence, reset, entityChanges: changes, enters, leaves };
}

/**
 * A transport's inspector (TransportOptions.inspect) that skims every world frame and hands it
 * to `onFrame` (with its body, for a closer look) and, reset frames apart, keeps it from the SDK
 * (which would decode every entity); reset frames and everything else pass through, so the SDK
 * still learns the acknowledged sequence after a resume.
 */
export function frameSkimmer(onFrame: (frame: SkimmedFrame, body: Uint8Array) => void): (body: Uint8Array) => boolean {
  return (body) => {
    const frame = skimWorldFrame(body);
    if (frame === undefined) return true;
    onFrame(frame, body);
    return frame.reset;
  };
}
