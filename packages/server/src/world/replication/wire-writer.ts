/**
 * A minimal protobuf wire writer for the replication hot path. Entity segments and frames are
 * written by hand (varints, tags, length-delimited fields) into one reusable scratch buffer,
 * because protobufjs allocates a Writer per message and replication encodes thousands of
 * entities per tick. The output is ordinary protobuf: any decoder reads it.
 * @module
 */

/** Protobuf wire type of varint fields. */
export const WIRE_VARINT = 0;
/** Protobuf wire type of length-delimited fields. */
export const WIRE_LEN = 2;

/** Bytes a varint of this unsigned 32-bit value takes. */
export function varintSize(value: number): number {
  if (value < 0x80) return 1;
  if (value < 0x4000) return 2;
  if (value < 0x200000) return 3;
  if (value < 0x10000000) return 4;
  return 5;
}

/** Writes a varint into out at offset; returns the offset after it. */
export function putVarint(out: Uint8Array, offset: number, value: number): number {
  let v = value >>> 0;
  let at = offset;
  while (v >= 0x80) {
    out[at++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  out[at++] = v;
  return at;
}

/** Appends protobuf fields to a growable buffer, read back through `bytes` and `length`. */
export class WireWriter {
  #buf: Uint8Array;
  #at = 0;

  /** @param initialBytes - starting capacity */
  constructor(initialBytes = 1024) {
    this.#buf = new Uint8Array(initialBytes);
  }

  /** Bytes written since the last reset. */
  get length(): number {
    return this.#at;
  }

  /** Forgets what was written; keeps the buffer. */
  reset(): this {
    this.#at = 0;
    return this;
  }

  /** A field tag. */
  tag(field: number, wireType: number): this {
    return this.varint((field << 3) | wireType);
  }

  /** An unsigned 32-bit varint. */
  varint(value: number): this {
    this.#ensure(5);
    this.#at = putVarint(this.#buf, this.#at, value);
    return this;
  }

  /** A varint field; omitted when zero unless `always` (proto3 explicit presence). */
  uint32Field(field: number, value: number, always = false): this {
    if (value === 0 && !always) return this;
    return this.tag(field, WIRE_VARINT).varint(value);
  }

  /** A length-delimited field holding raw bytes. */
  bytesField(field: number, bytes: Uint8Array): this {
    this.tag(field, WIRE_LEN).varint(bytes.length);
    return this.raw(bytes);
  }

  /** Raw bytes, copied as they are. */
  raw(bytes: Uint8Array): this {
    this.#ensure(bytes.length);
    this.#buf.set(bytes, this.#at);
    this.#at += bytes.length;
    return this;
  }

  /**
   * The buffer written into: bytes [0, length) are what was written. Valid until the next
   * write (a write may move it to a bigger buffer); never written through by callers.
   */
  get bytes(): Uint8Array {
    return this.#buf;
  }

  /** What `source` holds, appended as a length-delimited field (tag, length, bytes). */
  field(field: number, source: WireWriter): this {
    const body = source.#at;
    this.tag(field, WIRE_LEN).varint(body);
    this.#ensure(body);
    const from = source.#buf;
    const to = this.#buf;
    let at = this.#at;
    for (let i = 0; i < body; i++) to[at++] = from[i] ?? 0;
    this.#at = at;
    return this;
  }

  #ensure(extra: number): void {
    if (this.#at + extra <= this.#buf.length) return;
    const grown = new Uint8Array(Math.max(this.#buf.length * 2, this.#at + extra));
    grown.set(this.#buf.subarray(0, this.#at));
    this.#buf = grown;
  }
}
