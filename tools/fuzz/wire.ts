/**
 * Just enough of the protobuf wire format to mutate messages by their structure: find the
 * fields of an encoded message, and write tags, varints and length-delimited fields.
 * @module
 */

/** Protobuf wire types (6 and 7 are invalid and are used as such by the mutators). */
export const WireType = { varint: 0, fixed64: 1, lengthDelimited: 2, startGroup: 3, endGroup: 4, fixed32: 5 } as const;

/** One field found in an encoded message. */
export interface WireField {
  /** Field number. */
  readonly field: number;
  /** Wire type. */
  readonly wireType: number;
  /** Offset of the tag. */
  readonly start: number;
  /** Offset of the value (after the tag and, for length-delimited fields, the length). */
  readonly valueStart: number;
  /** Offset just after the value. */
  readonly end: number;
  /** Offset of the length varint of a length-delimited field (else = valueStart). */
  readonly lengthStart: number;
}

/** Reads a varint at offset; undefined when it is cut short or longer than 10 bytes. */
export function readVarint(bytes: Uint8Array, offset: number): { value: number; next: number } | undefined {
  let value = 0;
  for (let i = 0; i < 10; i++) {
    const byte = bytes[offset + i];
    if (byte === undefined) return undefined;
    value += (byte & 0x7f) * 2 ** (7 * i);
    if ((byte & 0x80) === 0) return { value, next: offset + i + 1 };
  }
  return undefined;
}

/** The top-level fields of an encoded message, or undefined where it does not parse. */
export function parseFields(bytes: Uint8Array): WireField[] | undefined {
  const fields: WireField[] = [];
  let at = 0;
  while (at < bytes.length) {
    const tag = readVarint(bytes, at);
    if (tag === undefined) return undefined;
    const field = Math.floor(tag.value / 8);
    const wireType = tag.value % 8;
    let valueStart = tag.next;
    let lengthStart = tag.next;
    let end: number;
    if (wireType === WireType.varint) {
      const v = readVarint(bytes, valueStart);
      if (v === undefined) return undefined;
      end = v.next;
    } else if (wireType === WireType.fixed64) end = valueStart + 8;
    else if (wireType === WireType.fixed32) end = valueStart + 4;
    else if (wireType === WireType.lengthDelimited) {
      const length = readVarint(bytes, valueStart);
      if (length === undefined) return undefined;
      lengthStart = valueStart;
      valueStart = length.next;
      end = valueStart + length.value;
    } else return undefined;
    if (end > bytes.length || field === 0) return undefined;
    fields.push({ field, wireType, start: at, valueStart, end, lengthStart });
    at = end;
  }
  return fields;
}

/** Encodes a varint (up to 2^53). */
export function varint(value: number): Uint8Array {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 128) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return Uint8Array.from(out);
}

/** A field's tag. */
export function tag(field: number, wireType: number): Uint8Array {
  return varint(field * 8 + wireType);
}

/** Concatenates byte arrays. */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const part of parts) size += part.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A length-delimited field. */
export function lengthDelimited(field: number, body: Uint8Array): Uint8Array {
  return concat([tag(field, WireType.lengthDelimited), varint(body.length), body]);
}

/** Replaces bytes [start, end) with the replacement. */
export function splice(bytes: Uint8Array, start: number, end: number, replacement: Uint8Array): Uint8Array {
  return concat([bytes.subarray(0, start), replacement, bytes.subarray(end)]);
}
