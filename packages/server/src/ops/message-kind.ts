/**
 * The payload case of an already-encoded ServerMessage, read from its first field tag without
 * decoding it, so pushes encoded once for many players (chat, party, guild) are counted by
 * type in the sent-messages metric at the cost of reading a varint or two.
 * @module
 */
import { encodeServerMessage, ServerMessage } from '@realmforge/protocol';

/** Reads a varint at `at`; returns [value, offset after it], or undefined past the end. */
function readVarint(bytes: Uint8Array, at: number): [number, number] | undefined {
  let value = 0;
  let shift = 0;
  for (let i = at; i < bytes.length && shift < 35; i++) {
    const byte = bytes[i] ?? 0;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, i + 1];
    shift += 7;
  }
  return undefined;
}

function fieldOf(bytes: Uint8Array): number | undefined {
  const tag = readVarint(bytes, 0);
  return tag === undefined ? undefined : Math.floor(tag[0] / 8);
}

/** Field number → payload case, learnt by encoding an empty message of every case. */
const caseByField = new Map<number, string>();
const requestIdField = fieldOf(encodeServerMessage({ requestId: 1 }));
for (const name of Object.keys(ServerMessage.prototype)) {
  if (name === 'requestId' || name === 'toJSON') continue;
  const field = fieldOf(encodeServerMessage({ [name]: {} }));
  if (field !== undefined && field !== requestIdField) caseByField.set(field, name);
}

/** The payload case of an encoded ServerMessage body, or "unknown". */
export function serverMessageKind(body: Uint8Array): string {
  let tag = readVarint(body, 0);
  if (tag !== undefined && Math.floor(tag[0] / 8) === requestIdField) {
    const skipped = readVarint(body, tag[1]);
    tag = skipped === undefined ? undefined : readVarint(body, skipped[1]);
  }
  if (tag === undefined) return 'unknown';
  return caseByField.get(Math.floor(tag[0] / 8)) ?? 'unknown';
}
