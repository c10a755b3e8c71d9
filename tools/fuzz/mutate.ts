/**
 * Mutators: each takes an encoded ClientMessage and returns broken bytes. Byte-level ones
 * (bit flips, inserts, deletes, truncation) find shallow bugs; structure-aware ones reach
 * inside the payload while keeping the envelope valid, so the bytes get past the decoder and
 * into the handler: field-number swaps, huge and overlong varints, invalid UTF-8, length
 * lies, wrong wire types, repeated and unknown fields.
 * @module
 */
import type { FuzzRandom } from './random.ts';
import { concat, lengthDelimited, parseFields, readVarint, splice, tag, varint, WireType } from './wire.ts';
import type { WireField } from './wire.ts';

/** A named mutation. */
export interface Mutator {
  /** For reports. */
  readonly name: string;
  /** Breaks the bytes (never modifies its input). */
  mutate(bytes: Uint8Array, random: FuzzRandom, env: MutationEnv): Uint8Array;
}

/** What some mutators need to know. */
export interface MutationEnv {
  /** Field numbers of the ClientMessage payload cases. */
  readonly payloadFields: readonly number[];
  /** The largest frame body the server accepts; mutants stay at or under it. */
  readonly maxBodyBytes: number;
}

const INVALID_UTF8 = [
  Uint8Array.of(0xff),
  Uint8Array.of(0xc0, 0x80), // overlong NUL
  Uint8Array.of(0xed, 0xa0, 0x80), // a UTF-16 surrogate encoded as UTF-8
  Uint8Array.of(0xe2, 0x82), // cut short
  Uint8Array.of(0xf4, 0x90, 0x80, 0x80), // above U+10FFFF
  Uint8Array.of(0x80, 0x80, 0x80),
  Uint8Array.of(0x00),
];

const HUGE_VARINTS = [
  Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01), // 2^64 - 1
  Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00), // 11 bytes, overlong
  Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x0f), // 2^32 - 1
  Uint8Array.of(0x80, 0x80, 0x80, 0x80, 0x10), // 2^32
  Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f), // 2^63 - 1
  Uint8Array.of(0x80, 0x00), // 0, not minimal
  Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff), // never ends
];

/** The payload field of an envelope (the first length-delimited field after request_id). */
function payloadField(fields: readonly WireField[]): WireField | undefined {
  return fields.find((f) => f.field > 1 && f.wireType === WireType.lengthDelimited);
}

/**
 * Applies `inner` to the payload message inside the envelope (re-encoding its length), or,
 * one time in four or when the envelope does not parse, to the envelope itself. With nested
 * messages (MoveInput.target) it may go one level further down.
 */
function inside(bytes: Uint8Array, random: FuzzRandom, inner: (b: Uint8Array) => Uint8Array): Uint8Array {
  const fields = parseFields(bytes);
  const payload = fields === undefined ? undefined : payloadField(fields);
  if (payload === undefined || random.chance(0.25)) return inner(bytes);
  const body = bytes.subarray(payload.valueStart, payload.end);
  const nested = parseFields(body)?.find((f) => f.wireType === WireType.lengthDelimited);
  let mutated: Uint8Array;
  if (nested !== undefined && random.chance(0.3)) {
    const deep = inner(body.subarray(nested.valueStart, nested.end));
    mutated = splice(body, nested.start, nested.end, lengthDelimited(nested.field, deep));
  } else mutated = inner(body);
  return splice(bytes, payload.start, payload.end, lengthDelimited(payload.field, mutated));
}

function pickField(bytes: Uint8Array, random: FuzzRandom, wireType?: number): WireField | undefined {
  const fields = parseFields(bytes)?.filter((f) => wireType === undefined || f.wireType === wireType);
  return fields === undefined || fields.length === 0 ? undefined : random.pick(fields);
}

/** Every mutator, in the order reports list them. */
export const MUTATORS: readonly Mutator[] = [
  {
    name: 'bit-flip',
    mutate: (bytes, random) => {
      const out = bytes.slice();
      if (out.length === 0) return out;
      for (let i = random.range(1, 4); i > 0; i--) {
        const at = random.int(out.length);
        out[at] = (out[at] ?? 0) ^ (1 << random.int(8));
      }
      return out;
    },
  },
  {
    name: 'byte-insert',
    mutate: (bytes, random) => {
      const at = random.int(bytes.length + 1);
      return splice(bytes, at, at, random.bytes(random.range(1, 16)));
    },
  },
  {
    name: 'byte-delete',
    mutate: (bytes, random) => {
      if (bytes.length === 0) return bytes;
      const at = random.int(bytes.length);
      return splice(bytes, at, Math.min(bytes.length, at + random.range(1, 16)), new Uint8Array(0));
    },
  },
  {
    name: 'truncate',
    mutate: (bytes, random) => bytes.slice(0, random.int(bytes.length)),
  },
  {
    name: 'field-number-swap',
    mutate: (bytes, random, env) => {
      const fields = parseFields(bytes);
      const payload = fields === undefined ? undefined : payloadField(fields);
      if (payload === undefined) return bytes;
      const numbers = [...env.payloadFields, 1, 2, 3, 9, 99, 536_870_911];
      const target = random.pick(numbers);
      return splice(bytes, payload.start, payload.lengthStart, tag(target, WireType.lengthDelimited));
    },
  },
  {
    name: 'huge-varint',
    mutate: (bytes, random) => inside(bytes, random, (b) => {
      const field = pickField(b, random, WireType.varint);
      if (field === undefined) return concat([b, tag(random.range(1, 8), WireType.varint), random.pick(HUGE_VARINTS)]);
      return splice(b, field.valueStart, field.end, random.pick(HUGE_VARINTS));
    }),
  },
  {
    name: 'invalid-utf8',
    mutate: (bytes, random) => inside(bytes, random, (b) => {
      const field = pickField(b, random, WireType.lengthDelimited);
      const junk = concat(Array.from({ length: random.range(1, 6) }, () => random.pick(INVALID_UTF8)));
      if (field === undefined) return concat([b, lengthDelimited(random.range(1, 4), junk)]);
      const value = b.subarray(field.valueStart, field.end);
      const at = random.int(value.length + 1);
      return splice(b, field.start, field.end, lengthDelimited(field.field, concat([value.subarray(0, at), junk, value.subarray(at)])));
    }),
  },
  {
    name: 'length-lie',
    mutate: (bytes, random) => inside(bytes, random, (b) => {
      const field = pickField(b, random, WireType.lengthDelimited);
      if (field === undefined) return b;
      const actual = field.end - field.valueStart;
      const lie = random.pick([actual + 1, actual + random.range(2, 1000), Math.max(0, actual - 1), 0, 0x7fff_ffff, 2 ** 40]);
      return splice(b, field.lengthStart, field.valueStart, varint(lie));
    }),
  },
  {
    name: 'wrong-wire-type',
    mutate: (bytes, random) => inside(bytes, random, (b) => {
      const field = pickField(b, random);
      if (field === undefined) return b;
      const tagEnd = readVarint(b, field.start)?.next ?? field.start;
      return splice(b, field.start, tagEnd, tag(field.field, random.pick([0, 1, 2, 3, 4, 5, 6, 7].filter((w) => w !== field.wireType))));
    }),
  },
  {
    name: 'repeated-field',
    mutate: (bytes, random, env) => inside(bytes, random, (b) => {
      const field = pickField(b, random);
      if (field === undefined) return b;
      const one = b.subarray(field.start, field.end);
      const budget = Math.max(1, Math.floor((env.maxBodyBytes - bytes.length - 16) / Math.max(1, one.length)));
      const copies = Math.min(budget, random.chance(0.5) ? random.range(2, 20) : random.range(100, 20_000));
      const out = new Uint8Array(b.length + copies * one.length);
      out.set(b);
      for (let i = 0, at = b.length; i < copies; i++, at += one.length) out.set(one, at);
      return out;
    }),
  },
  {
    name: 'unknown-fields',
    mutate: (bytes, random) => inside(bytes, random, (b) => {
      const extra: Uint8Array[] = [];
      for (let i = random.range(1, 6); i > 0; i--) {
        const number = random.chance(0.5) ? random.range(4, 64) : random.range(1, 536_870_911);
        const wireType = random.int(8);
        extra.push(tag(number, wireType));
        if (wireType === WireType.varint) extra.push(varint(random.next()));
        else if (wireType === WireType.fixed64) extra.push(random.bytes(8));
        else if (wireType === WireType.fixed32) extra.push(random.bytes(4));
        else if (wireType === WireType.lengthDelimited) {
          const body = random.bytes(random.int(32));
          extra.push(varint(body.length), body);
        } else extra.push(random.bytes(random.int(4)));
      }
      return concat([b, ...extra]);
    }),
  },
  {
    name: 'second-payload',
    mutate: (bytes, random, env) => concat([bytes, lengthDelimited(random.pick(env.payloadFields), random.bytes(random.int(12)))]),
  },
  {
    name: 'random-bytes',
    mutate: (_bytes, random) => random.bytes(random.int(200)),
  },
];

/** Applies one to three mutators; returns the bytes (capped at the body limit) and their names. */
export function mutate(bytes: Uint8Array, random: FuzzRandom, env: MutationEnv): { bytes: Uint8Array; names: string[] } {
  let out = bytes;
  const names: string[] = [];
  for (let i = random.chance(0.7) ? 1 : random.range(2, 3); i > 0; i--) {
    const mutator = random.pick(MUTATORS);
    out = mutator.mutate(out, random, env);
    names.push(mutator.name);
  }
  if (out.length > env.maxBodyBytes) out = out.subarray(0, env.maxBodyBytes);
  return { bytes: out, names };
}
