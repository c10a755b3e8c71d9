/**
 * Datagrams: the binary header every UDP datagram of the datagram channel starts with, and the
 * bodies after it (docs/protocol.md, "Datagrams").
 *
 * A datagram is a 28-byte header, then a payload:
 *
 * | bytes | field | |
 * | --- | --- | --- |
 * | 0 | version | 1 |
 * | 1 | kind | {@link DatagramKind} |
 * | 2 | flags | {@link DATAGRAM_FLAG_RESET} on server frames; 0 otherwise |
 * | 3 | reserved | 0 |
 * | 4-7 | channel id | from DatagramChannel, big-endian |
 * | 8-23 | token | from DatagramChannel (a sealed channel's datagrams have their tag here: datagram-seal.ts) |
 * | 24-27 | sequence | big-endian; see below |
 *
 * Sequences: a client's datagrams (hello and message) carry a number that grows with each one;
 * the server drops any not above the last it accepted. The server numbers its `frames`
 * datagrams 1, 2, 3 … for the life of the channel, so a client sees a lost one as a gap; a
 * `bound` datagram carries the sequence of the last `frames` datagram sent (0: none yet), so a
 * loss at the end of a burst shows too.
 *
 * Payloads: `hello` and `bound` have none; `message` is one ClientMessage (no length prefix);
 * `frames` is one or more ServerMessage{world_frame}, each behind a varint length as on the
 * byte streams.
 * @module
 */
import protobuf from 'protobufjs/minimal.js';
import { ProtocolError } from './protocol-error.ts';
import { ErrorCode } from './schema.ts';

/** The header's version byte. */
export const DATAGRAM_VERSION = 1;
/** Bytes of the header. */
export const DATAGRAM_HEADER_BYTES = 28;
/** Bytes of a channel token. */
export const DATAGRAM_TOKEN_BYTES = 16;
/** Flag of a `frames` datagram whose first frame is a reset (a client waiting for one after a loss takes it). */
export const DATAGRAM_FLAG_RESET = 1;

/** What a datagram is. */
export const DatagramKind = {
  /** Client → server, no payload: binds the channel to the sender's address (and keeps a NAT mapping open). */
  hello: 1,
  /** Client → server: one ClientMessage (a MoveInput). */
  message: 2,
  /** Server → client: world frames, each behind its varint length. */
  frames: 3,
  /** Server → client, no payload: the answer to a hello; the channel is bound. */
  bound: 4,
} as const;

/** A datagram kind's number. */
export type DatagramKind = (typeof DatagramKind)[keyof typeof DatagramKind];

/** ServerMessage.world_frame's tag (field 40, length-delimited), WorldFrame.tick's (field 1, varint) and ack_sequence's (field 2, varint). */
const WORLD_FRAME_TAG = (40 << 3) | 2;
const TICK_TAG = (1 << 3) | 0;
const ACK_TAG = (2 << 3) | 0;
const TOKEN_AT = 8;
const SEQUENCE_AT = 24;

function u32(bytes: Uint8Array, at: number): number {
  return (((bytes[at] ?? 0) << 24) | ((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0)) >>> 0;
}

function putU32(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value >>> 24;
  bytes[at + 1] = value >>> 16;
  bytes[at + 2] = value >>> 8;
  bytes[at + 3] = value;
}

/**
 * Writes a header into the first {@link DATAGRAM_HEADER_BYTES} bytes of `out`.
 * @param token - the channel's {@link DATAGRAM_TOKEN_BYTES}-byte token
 */
export function writeDatagramHeader(out: Uint8Array, kind: DatagramKind, channelId: number, token: Uint8Array, sequence: number, flags = 0): void {
  if (token.length !== DATAGRAM_TOKEN_BYTES) throw new RangeError(`a datagram token is ${DATAGRAM_TOKEN_BYTES} bytes, not ${token.length}`);
  out[0] = DATAGRAM_VERSION;
  out[1] = kind;
  out[2] = flags;
  out[3] = 0;
  putU32(out, 4, channelId);
  out.set(token, TOKEN_AT);
  putU32(out, SEQUENCE_AT, sequence);
}

/**
 * Why a datagram cannot be read, or undefined when its header is well formed: long enough, this
 * version, a known kind, reserved bytes zero, and a payload only where the kind has one.
 */
export function datagramProblem(datagram: Uint8Array): string | undefined {
  if (datagram.length < DATAGRAM_HEADER_BYTES) return `a datagram is at least ${DATAGRAM_HEADER_BYTES} bytes; this one is ${datagram.length}`;
  if (datagram[0] !== DATAGRAM_VERSION) return `unknown datagram version ${datagram[0] ?? 0}`;
  const kind = datagram[1];
  if (datagram[3] !== 0) return 'the reserved header byte is not zero';
  if ((datagram[2] ?? 0) & ~(kind === DatagramKind.frames ? DATAGRAM_FLAG_RESET : 0)) return `unknown flags ${datagram[2] ?? 0}`;
  if (kind === DatagramKind.hello || kind === DatagramKind.bound) {
    return datagram.length === DATAGRAM_HEADER_BYTES ? undefined : `a ${kind === DatagramKind.hello ? 'hello' : 'bound'} datagram has no payload`;
  }
  if (kind === DatagramKind.message || kind === DatagramKind.frames) {
    return datagram.length > DATAGRAM_HEADER_BYTES ? undefined : 'the datagram has no payload';
  }
  return `unknown datagram kind ${kind ?? 0}`;
}

/** The kind of a datagram whose header {@link datagramProblem} accepted. */
export function datagramKind(datagram: Uint8Array): DatagramKind {
  return datagram[1] as DatagramKind;
}

/** The channel id in a datagram's header. */
export function datagramChannelId(datagram: Uint8Array): number {
  return u32(datagram, 4);
}

/** The flags in a datagram's header. */
export function datagramFlags(datagram: Uint8Array): number {
  return datagram[2] ?? 0;
}

/** The sequence number in a datagram's header. */
export function datagramSequence(datagram: Uint8Array): number {
  return u32(datagram, SEQUENCE_AT);
}

/**
 * True when the datagram carries this token. Every byte is compared whatever the first
 * mismatch, so the time taken says nothing about how much of a guess was right.
 */
export function datagramTokenMatches(datagram: Uint8Array, token: Uint8Array): boolean {
  if (token.length !== DATAGRAM_TOKEN_BYTES || datagram.length < DATAGRAM_HEADER_BYTES) return false;
  let difference = 0;
  for (let i = 0; i < DATAGRAM_TOKEN_BYTES; i++) difference |= (datagram[TOKEN_AT + i] ?? 0) ^ (token[i] ?? 0);
  return difference === 0;
}

/** The ClientMessage of a `message` datagram (a view, not a copy). */
export function datagramMessage(datagram: Uint8Array): Uint8Array {
  return datagram.subarray(DATAGRAM_HEADER_BYTES);
}

/**
 * The ServerMessages of a `frames` datagram, appended to `into` (views, not copies).
 * @param from - where the frames start: after the header in a datagram as received, 0 in the
 *   opened payload of a sealed one (datagram-seal.ts)
 * @throws ProtocolError (MALFORMED_FRAME) when a length runs past the datagram or a body is empty
 */
export function readDatagramFrames(datagram: Uint8Array, into: Uint8Array[], from = DATAGRAM_HEADER_BYTES): void {
  const reader = protobuf.Reader.create(datagram);
  reader.pos = from;
  while (reader.pos < reader.len) {
    let body: Uint8Array;
    try {
      body = reader.bytes();
    } catch {
      throw new ProtocolError(ErrorCode.ERROR_CODE_MALFORMED_FRAME, 'a frame length in the datagram is cut off, too long or runs past it');
    }
    if (body.length === 0) throw new ProtocolError(ErrorCode.ERROR_CODE_MALFORMED_FRAME, 'a frame in the datagram is empty');
    into.push(body);
  }
}

/**
 * True when a ServerMessage body carries a world frame: its first field is `world_frame` (40),
 * after an optional `request_id`. The server writes its frames this way, and protobuf encoders
 * write fields in field-number order, so a client can count the world frames a connection
 * carried without decoding them.
 */
export function isWorldFrameMessage(body: Uint8Array): boolean {
  let at = 0;
  if (body[0] === 0x08) {
    // request_id (field 1, varint): skip it.
    at = 1;
    while (at < body.length && ((body[at] ?? 0) & 0x80) !== 0) at++;
    at++;
  }
  // Field 40, length-delimited: tag 322 = 0xc2 0x02.
  return body[at] === 0xc2 && body[at + 1] === 0x02;
}

/** A varint field of a ServerMessage{world_frame} (0 when the frame leaves it out), or undefined when the body is not a readable world frame. */
function worldFrameVarint(body: Uint8Array, fieldTag: number): number | undefined {
  const reader = protobuf.Reader.create(body);
  try {
    while (reader.pos < reader.len) {
      const tag = reader.uint32();
      if (tag !== WORLD_FRAME_TAG) {
        reader.skipType(tag & 7);
        continue;
      }
      const end = reader.uint32() + reader.pos;
      while (reader.pos < end) {
        const field = reader.uint32();
        if (field === fieldTag) return reader.uint32();
        reader.skipType(field & 7);
      }
      return 0;
    }
  } catch {
    // Cut off, or a wire type that does not exist: not a readable frame.
  }
  return undefined;
}

/**
 * The tick of a ServerMessage{world_frame} without decoding it (0 when the frame leaves it out),
 * or undefined when the body is not a world frame or cannot be read. A client on a datagram
 * channel uses it to drop a frame the connection delivered late, one older than a reset it
 * already took from a datagram.
 */
export function worldFrameTick(body: Uint8Array): number | undefined {
  return worldFrameVarint(body, TICK_TAG);
}

/**
 * The input acknowledgement (`ack_sequence`) of a ServerMessage{world_frame} without decoding
 * it (0 when the frame leaves it out), or undefined when the body is not a world frame or
 * cannot be read. A client on a datagram channel uses it to stop repeating a move input.
 */
export function worldFrameAck(body: Uint8Array): number | undefined {
  return worldFrameVarint(body, ACK_TAG);
}
