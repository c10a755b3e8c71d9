/**
 * Valid ClientMessages of every payload case, built for one fuzzing session from what it
 * knows (its own username, password, characters, resume token), with field values drawn from
 * the ordinary and the extreme: empty and huge strings, lone surrogates, NaN, ±Infinity and
 * -0 in floats, out-of-range enums, the largest uint32. The mutators then break the bytes.
 *
 * Cases with a generator of their own are listed in {@link GENERATORS}; every other case the
 * server handles (new ones included) gets a generic message of random fields, so a handler
 * added later is fuzzed without anyone remembering to add it here.
 * @module
 */
import { encodeClientMessage } from '@realmforge/protocol';
import { CharacterClass, ChatChannel } from '@realmforge/protocol';
import type { ClientMessageInit, ClientPayloadKind } from '@realmforge/protocol';
import type { FuzzRandom } from './random.ts';
import { concat, lengthDelimited, parseFields, tag, varint, WireType } from './wire.ts';

/** What a fuzzing session knows about itself, so valid requests can refer to real things. */
export interface FuzzContext {
  /** Its account (when it has one). */
  username: string;
  /** Its password. */
  password: string;
  /** Ids of its characters. */
  characterIds: string[];
  /** The resume token of its last login. */
  resumeToken: string;
  /** Names of characters that exist (whisper targets). */
  characterNames: readonly string[];
  /** The next MoveInput sequence. */
  sequence: number;
}

type Init = Omit<ClientMessageInit, 'requestId'>;
type Generator = (random: FuzzRandom, context: FuzzContext) => Init;

const LONG = 60_000;

/** A string: plausible most of the time, hostile otherwise. */
export function fuzzString(random: FuzzRandom, plausible: string): string {
  // Lone surrogates become invalid UTF-8 on the wire, which the decoder refuses (fatally):
  // rare, so sessions live long enough for their handlers to see the rest.
  if (random.chance(0.03)) return random.chance(0.5) ? '\uD800' : `${plausible}\uDFFF\u0000`;
  switch (random.int(10)) {
    case 0: return '';
    case 1: return 'x'.repeat(random.chance(0.2) ? random.range(1, LONG) : random.range(17, 300));
    case 2: return '𝕽𝖊𝖆𝖑𝖒 \u202Eevil\u202C z\u0301\u0301\u0301 🐉\u0000';
    case 3: return plausible.toUpperCase();
    case 4: return String.fromCodePoint(...Array.from({ length: random.range(1, 40) }, () => random.pick([random.int(0xd800), 0xe000 + random.int(0x2000), 0x10000 + random.int(0xf0000)])));
    case 5: return `${plausible}${plausible}`;
    default: return plausible;
  }
}

/** A uint32 field value. */
export function fuzzUint(random: FuzzRandom, plausible: number): number {
  switch (random.int(8)) {
    case 0: return 0;
    case 1: return 0xffff_ffff;
    case 2: return 0x8000_0000;
    case 3: return random.next();
    default: return plausible;
  }
}

const EXTREME_FLOATS = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 3.4e38, -3.4e38, 1e39, 1e-45, 5e-324, 1e308, Number.MAX_SAFE_INTEGER];

/** A float or double value. */
export function fuzzFloat(random: FuzzRandom, plausible: number): number {
  return random.chance(0.4) ? random.pick(EXTREME_FLOATS) : plausible;
}

/** An enum value: one of the valid ones, or unspecified, unknown or negative. */
export function fuzzEnum<E extends number>(random: FuzzRandom, valid: readonly E[]): E {
  const invalid = [0, 99, -1, 0x7fff_ffff] as const;
  return random.chance(0.4) ? (random.pick(invalid) as E) : random.pick(valid);
}

function fuzzBytes(random: FuzzRandom): Uint8Array {
  return random.chance(0.02) ? random.bytes(random.range(1_000, LONG)) : random.bytes(random.int(64));
}

function ownCharacter(random: FuzzRandom, context: FuzzContext): string {
  const id = context.characterIds.length > 0 && random.chance(0.8) ? random.pick(context.characterIds) : '01HZZZZZZZZZZZZZZZZZZZZZZZ';
  return fuzzString(random, id);
}

/** The playable classes. */
export const CLASSES: readonly CharacterClass[] = [CharacterClass.CHARACTER_CLASS_WARRIOR, CharacterClass.CHARACTER_CLASS_MAGE, CharacterClass.CHARACTER_CLASS_RANGER];

const CHANNELS: readonly ChatChannel[] = [
  ChatChannel.CHAT_CHANNEL_SAY, ChatChannel.CHAT_CHANNEL_ZONE, ChatChannel.CHAT_CHANNEL_GLOBAL,
  ChatChannel.CHAT_CHANNEL_WHISPER, ChatChannel.CHAT_CHANNEL_PARTY, ChatChannel.CHAT_CHANNEL_GUILD,
];

/** Generators for the payload cases this build knows by name. */
export const GENERATORS: { readonly [K in ClientPayloadKind]?: Generator } = {
  hello: (r) => ({ hello: { protocolVersion: r.chance(0.7) ? 1 : fuzzUint(r, 1), clientName: fuzzString(r, 'fuzz') } }),
  ping: (r) => ({ ping: { nonce: fuzzUint(r, r.next()), sentAtMs: fuzzFloat(r, Date.now()), payload: fuzzBytes(r) } }),
  pong: (r) => ({ pong: { nonce: fuzzUint(r, 1), sentAtMs: fuzzFloat(r, Date.now()), repliedAtMs: fuzzFloat(r, Date.now()), payload: fuzzBytes(r) } }),
  register: (r, c) => ({ register: { username: fuzzString(r, `${c.username}r${r.int(1000)}`), password: fuzzString(r, c.password) } }),
  login: (r, c) => ({ login: { username: fuzzString(r, c.username), password: fuzzString(r, c.password) } }),
  resume: (r, c) => ({ resume: { resumeToken: fuzzString(r, c.resumeToken) } }),
  logout: () => ({ logout: {} }),
  listCharacters: () => ({ listCharacters: {} }),
  createCharacter: (r) => ({ createCharacter: { name: fuzzString(r, characterName(r)), class: fuzzEnum(r, CLASSES) } }),
  deleteCharacter: (r, c) => ({ deleteCharacter: { characterId: ownCharacter(r, c) } }),
  enterWorld: (r, c) => ({ enterWorld: { characterId: ownCharacter(r, c) } }),
  moveInput: (r, c) => {
    c.sequence++;
    const base = {
      sequence: r.chance(0.8) ? c.sequence : fuzzUint(r, c.sequence),
      directionX: fuzzFloat(r, r.float() * 2 - 1),
      directionY: fuzzFloat(r, r.float() * 2 - 1),
      clientTimeMs: fuzzFloat(r, Date.now()),
    };
    return { moveInput: r.chance(0.3) ? { ...base, target: { x: fuzzFloat(r, r.float() * 1024), y: fuzzFloat(r, r.float() * 1024) } } : base };
  },
  sendChat: (r, c) => ({
    sendChat: {
      channel: fuzzEnum(r, CHANNELS),
      text: fuzzString(r, 'hello there'),
      recipient: fuzzString(r, c.characterNames.length > 0 ? r.pick(c.characterNames) : 'Nobody'),
    },
  }),
};

/** A valid character name (3-16 letters), random. */
export function characterName(random: FuzzRandom): string {
  let name = 'Fz';
  const length = random.range(6, 14);
  while (name.length < length) name += String.fromCharCode(97 + random.int(26));
  return name;
}

/**
 * A message of a case with no generator of its own: the case's field with a body of random
 * fields (numbers 1-8, every wire type, plausible values).
 */
export function genericMessage(random: FuzzRandom, kind: string, requestId: number): Uint8Array {
  const empty = encodeClientMessage({ requestId: 0, [kind]: {} });
  const field = parseFields(empty)?.[0]?.field;
  if (field === undefined) throw new Error(`cannot encode an empty ${kind}`);
  const parts: Uint8Array[] = [];
  for (let i = random.int(5); i > 0; i--) {
    const number = random.range(1, 8);
    switch (random.int(4)) {
      case 0: parts.push(tag(number, WireType.varint), varint(random.chance(0.5) ? random.int(8) : random.next())); break;
      case 1: parts.push(lengthDelimited(number, new TextEncoder().encode(fuzzString(random, 'Fzname')))); break;
      case 2: parts.push(tag(number, WireType.fixed32), random.bytes(4)); break;
      default: parts.push(tag(number, WireType.fixed64), random.bytes(8)); break;
    }
  }
  return concat([tag(1, WireType.varint), varint(requestId), lengthDelimited(field, concat(parts))]);
}

/** One encoded, valid (but not necessarily sensible) ClientMessage of the case. */
export function validMessage(random: FuzzRandom, kind: string, context: FuzzContext, requestId: number): Uint8Array {
  const generate = (GENERATORS as Partial<Record<string, Generator>>)[kind];
  if (generate === undefined) return genericMessage(random, kind, requestId);
  return encodeClientMessage({ requestId, ...generate(random, context) });
}

/** The field number of each payload case, read from the encoding of an empty one. */
export function payloadFieldNumbers(kinds: readonly string[]): number[] {
  return kinds.map((kind) => parseFields(encodeClientMessage({ requestId: 0, [kind]: {} }))?.[0]?.field ?? 0).filter((n) => n > 0);
}
