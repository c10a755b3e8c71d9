/**
 * Writes the hand-made part of the fuzz corpus (packages/server/test/fuzz-corpus/seed-*.hex):
 * the nastiest inputs one can think of without a fuzzer. Deterministic; rerun it after a
 * schema change with `node tools/fuzz/seed-corpus.ts`. Inputs the fuzzer found go in
 * found-*.hex files, written by hand from a finding, never by this script.
 * @module
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_MAX_FRAME_BYTES, encodeClientMessage, encodeFrame } from '@realmforge/protocol';
import type { ClientMessageInit } from '@realmforge/protocol';
import { concat, lengthDelimited, tag, varint, WireType } from './wire.ts';

const dir = fileURLToPath(new URL('../../packages/server/test/fuzz-corpus/', import.meta.url));
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const frame = (message: ClientMessageInit): Uint8Array => encodeFrame(encodeClientMessage(message));

function write(name: string, header: string[], cases: readonly string[]): void {
  writeFileSync(`${dir}seed-${name}.hex`, `${header.map((line) => `# ${line}`).join('\n')}\n\n${cases.join('\n')}\n`);
}

/** A body cut at every length from 0 to one short of whole, each framed honestly. */
function truncations(message: ClientMessageInit): string[] {
  const body = encodeClientMessage(message);
  return Array.from({ length: body.length }, (_, n) => hex(encodeFrame(body.subarray(0, n))));
}

write('truncated-login', [
  'A Login whose 5-byte request_id varint and strings are cut at every position, each',
  'framed with its true (shorter) length. Most are MALFORMED_MESSAGE; cuts at a field',
  'boundary decode to a shorter valid message.',
  'state: guest', 'transport: tcp', 'expect: any',
], truncations({ requestId: 0x8000_0005, login: { username: 'someone', password: 'correct horse' } }));

write('truncated-move', [
  'A MoveInput (multi-byte sequence varint, floats, a nested target, a double) cut at every',
  'position, in the world.',
  'state: world', 'transport: tcp', 'expect: any',
], truncations({ requestId: 300, moveInput: { sequence: 300_000, directionX: 0.5, directionY: -0.25, target: { x: 100.5, y: 3.25 }, clientTimeMs: 1.7e12 } }));

// A ping whose body is exactly the frame limit.
const pingOverhead = encodeClientMessage({ requestId: 1, ping: { nonce: 1, payload: new Uint8Array(DEFAULT_MAX_FRAME_BYTES - 16) } }).length - (DEFAULT_MAX_FRAME_BYTES - 16);
let payloadBytes = DEFAULT_MAX_FRAME_BYTES - pingOverhead;
while (encodeClientMessage({ requestId: 1, ping: { nonce: 1, payload: new Uint8Array(payloadBytes) } }).length > DEFAULT_MAX_FRAME_BYTES) payloadBytes--;
const maxBody = encodeClientMessage({ requestId: 1, ping: { nonce: 1, payload: new Uint8Array(payloadBytes).fill(0xab) } });
if (maxBody.length !== DEFAULT_MAX_FRAME_BYTES) throw new Error(`max-size ping is ${maxBody.length} bytes`);
write('max-size-frame', [
  `A Ping of exactly the default frame limit (${DEFAULT_MAX_FRAME_BYTES} bytes): accepted and echoed.`,
  'state: guest', 'transport: tcp', 'expect: answered',
], [hex(encodeFrame(maxBody))]);

write('over-size-frame', [
  'Frames that declare one byte over the limit, or the largest 5-byte length: refused with',
  'FRAME_TOO_LARGE from the prefix alone, before any body arrives.',
  'state: guest', 'transport: tcp', 'expect: fatal',
], [hex(concat([varint(DEFAULT_MAX_FRAME_BYTES + 1), new Uint8Array(8)])), 'ffffffff0f00']);

write('zero-length-frame', [
  'A frame of length 0: an empty ClientMessage, which carries no payload: UNKNOWN_MESSAGE.',
  'state: guest', 'transport: tcp', 'expect: fatal',
], ['00', `${hex(frame({ requestId: 2, ping: { nonce: 2 } }))}00`]);

write('overlong-length-prefix', [
  'Length prefixes of 6 and 10 bytes: MALFORMED_FRAME.',
  'state: guest', 'transport: tcp', 'expect: fatal',
], ['80808080800100', 'ffffffffffffffffff01']);

const nan32 = (bits: number): Uint8Array => {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, bits, true);
  return out;
};
const moveRaw = (requestId: number, fields: Uint8Array): Uint8Array => encodeFrame(concat([tag(1, WireType.varint), varint(requestId), lengthDelimited(40, fields)]));
write('nan-movement', [
  'MoveInputs with NaN, ±Infinity, -0, float overflow and denormal directions and targets, and',
  'NaN bit patterns written by hand (a signalling NaN, all ones): the character must not move',
  'off the map or become NaN, and the session goes on.',
  'state: world', 'transport: tcp', 'expect: answered',
], [
  ...[Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 3.4e38, 1e39, 1e-45].map((v, i) =>
    hex(frame({ requestId: 0, moveInput: { sequence: i + 1, directionX: v, directionY: v, clientTimeMs: v } }))),
  ...[Number.NaN, Number.POSITIVE_INFINITY, -3.4e38, -0].map((v, i) =>
    hex(frame({ requestId: 0, moveInput: { sequence: 20 + i, target: { x: v, y: 5 } } }))),
  hex(moveRaw(0, concat([tag(1, WireType.varint), varint(40), tag(2, WireType.fixed32), nan32(0x7f80_0001), tag(3, WireType.fixed32), nan32(0xffff_ffff)]))),
  hex(moveRaw(0, concat([tag(1, WireType.varint), varint(41), lengthDelimited(4, concat([tag(1, WireType.fixed32), nan32(0x7fc0_0000), tag(2, WireType.fixed32), nan32(0xff80_0000)]))]))),
  hex(frame({ requestId: 0, moveInput: { sequence: 0xffff_ffff, directionX: 1, directionY: 0 } })),
]);

const pingWith = (extra: Uint8Array, inner: Uint8Array = new Uint8Array(0)): Uint8Array =>
  encodeFrame(concat([tag(1, WireType.varint), varint(9), lengthDelimited(11, concat([tag(1, WireType.varint), varint(9), inner])), extra]));
write('unknown-fields', [
  'Unknown field numbers (99, 5000, the largest 536870911) of every valid wire type, in the',
  'envelope and inside the Ping: skipped, the Ping is answered.',
  'state: guest', 'transport: tcp', 'expect: answered',
], [
  hex(pingWith(concat([tag(99, WireType.varint), varint(2 ** 40)]))),
  hex(pingWith(concat([tag(536_870_911, WireType.fixed32), new Uint8Array(4)]))),
  hex(pingWith(concat([lengthDelimited(5000, new Uint8Array(300).fill(7))]))),
  hex(pingWith(new Uint8Array(0), concat([tag(99, WireType.fixed64), new Uint8Array(8), lengthDelimited(77, Uint8Array.of(1, 2, 3))]))),
]);

write('unknown-wire-types', [
  'Fields with the deprecated group wire types (3, 4) and the invalid ones (6, 7), an end-group',
  'with no start, a field number 0: refused as MALFORMED_MESSAGE or skipped, never worse.',
  'state: guest', 'transport: tcp', 'expect: any',
], [
  hex(pingWith(concat([tag(50, WireType.startGroup), tag(51, WireType.varint), varint(1), tag(50, WireType.endGroup)]))),
  hex(pingWith(tag(50, WireType.endGroup))),
  hex(pingWith(tag(50, WireType.startGroup))),
  hex(pingWith(concat([tag(50, 6), varint(1)]))),
  hex(pingWith(concat([tag(50, 7), varint(1)]))),
  hex(pingWith(concat([varint(0), varint(1)]))),
]);

const utf8Cases = [Uint8Array.of(0xff), Uint8Array.of(0xc0, 0x80), Uint8Array.of(0xed, 0xa0, 0x80), Uint8Array.of(0xe2, 0x82), Uint8Array.of(0xf4, 0x90, 0x80, 0x80)];
write('invalid-utf8', [
  'Login usernames and a chat text that are not UTF-8 (a stray byte, an overlong NUL, a UTF-16',
  'surrogate, a cut sequence, beyond U+10FFFF): the decoder refuses them (MALFORMED_MESSAGE).',
  'state: guest', 'transport: tcp', 'expect: fatal',
], utf8Cases.map((bad) => hex(encodeFrame(concat([tag(1, WireType.varint), varint(3), lengthDelimited(21, concat([lengthDelimited(1, concat([Uint8Array.of(0x61, 0x62), bad])), lengthDelimited(2, new TextEncoder().encode('correct horse'))]))])))));

write('length-prefix-lies', [
  'Frames whose length prefix lies: longer than what follows (the server waits for the rest),',
  'shorter (the rest is read as the next frame), and a nested string length pointing past the',
  'end of its message (MALFORMED_MESSAGE).',
  'state: guest', 'transport: tcp', 'expect: any',
], [
  `64${hex(encodeClientMessage({ requestId: 4, ping: { nonce: 4 } }))}`,
  `03${hex(encodeClientMessage({ requestId: 4, ping: { nonce: 4 } }))}`,
  hex(encodeFrame(concat([tag(1, WireType.varint), varint(5), tag(21, WireType.lengthDelimited), varint(40), lengthDelimited(1, new TextEncoder().encode('abc'))]))),
]);

write('field-number-swap', [
  'A Hello body under the MoveInput field, a MoveInput body under CreateCharacter, a Login',
  'body under EnterWorld, and two payload cases in one message (the last one wins).',
  'state: world', 'transport: tcp', 'expect: any',
], [
  hex(encodeFrame(concat([tag(1, WireType.varint), varint(6), lengthDelimited(40, encodeClientMessage({ hello: { protocolVersion: 1, clientName: 'x' } }).subarray(2))]))),
  hex(encodeFrame(concat([tag(1, WireType.varint), varint(7), lengthDelimited(31, concat([tag(1, WireType.varint), varint(5), tag(2, WireType.fixed32), nan32(0x3f00_0000)]))]))),
  hex(encodeFrame(concat([tag(1, WireType.varint), varint(8), lengthDelimited(33, concat([lengthDelimited(1, new TextEncoder().encode('someone')), lengthDelimited(2, new TextEncoder().encode('correct horse'))]))]))),
  hex(encodeFrame(concat([encodeClientMessage({ requestId: 9, ping: { nonce: 9 } }), encodeClientMessage({ listCharacters: {} })]))),
]);

process.stdout.write(`wrote the seed corpus to ${dir}\n`);
