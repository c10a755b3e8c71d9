/**
 * Test data for the protocol tests: fast-check arbitraries for every payload case of both
 * envelopes, one hand-written example per case, and the oneof cases as the .proto file
 * declares them, so a test can prove it covers every case the schema has.
 * @module
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { CharacterClass, ChatChannel, ClientMessage, ErrorCode, GuildRank, ServerMessage, v1 } from '@realmforge/protocol';
import type { CharacterInit, ClientMessageInit, ClientPayloadKind, ServerMessageInit, ServerPayloadKind } from '@realmforge/protocol';

/** The fields a ClientMessage payload case carries, as a sender writes them. */
export type ClientPayloadInit<K extends ClientPayloadKind> = NonNullable<ClientMessageInit[K]>;
/** The fields a ServerMessage payload case carries, as a sender writes them. */
export type ServerPayloadInit<K extends ServerPayloadKind> = NonNullable<ServerMessageInit[K]>;

const uint32 = fc.integer({ min: 0, max: 0xffff_ffff });
/** Any Unicode text that survives UTF-8 (no lone surrogates). */
const text = fc.string({ unit: 'binary', maxLength: 40 });
const bytes = fc.uint8Array({ maxLength: 64 });
/** Every float32 value, -0, NaN and the infinities included. */
const float32 = fc.float();
const float64 = fc.double();
/** The numbers of a generated enum (TypeScript types enums with reverse name mappings too). */
function enumNumbers<E extends number>(values: Record<string, string | E>): E[] {
  return Object.values(values).filter((value): value is E => typeof value === 'number');
}
/** proto3 enums are open: unknown numbers must survive a round trip as numbers. */
function openEnum<E extends number>(values: readonly E[]): fc.Arbitrary<E> {
  const unknown = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).map((n) => n as E);
  return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: unknown });
}
const characterClass = openEnum(enumNumbers(CharacterClass));
const errorCode = openEnum(enumNumbers(ErrorCode));
const entityKind = openEnum(enumNumbers(v1.EntityKind));
const chatChannel = openEnum(enumNumbers(ChatChannel));
const guildRank = openEnum(enumNumbers(GuildRank));
const position = fc.record({ x: float32, y: float32 }, { requiredKeys: [] });

/** Any Character, every field optional. */
export const characterArbitrary: fc.Arbitrary<CharacterInit> = fc.record(
  {
    id: text,
    name: text,
    class: characterClass,
    level: uint32,
    experience: uint32,
    zone: text,
    position,
    hitPoints: uint32,
    maxHitPoints: uint32,
  },
  { requiredKeys: [] },
);

/** An arbitrary for the fields of every ClientMessage payload case. */
export const clientPayloadArbitraries: { [K in ClientPayloadKind]: fc.Arbitrary<ClientPayloadInit<K>> } = {
  hello: fc.record({ protocolVersion: uint32, clientName: text }, { requiredKeys: [] }),
  ping: fc.record({ nonce: uint32, sentAtMs: float64, payload: bytes }, { requiredKeys: [] }),
  pong: fc.record({ nonce: uint32, sentAtMs: float64, payload: bytes, repliedAtMs: float64 }, { requiredKeys: [] }),
  register: fc.record({ username: text, password: text }, { requiredKeys: [] }),
  login: fc.record({ username: text, password: text }, { requiredKeys: [] }),
  resume: fc.record({ resumeToken: text }, { requiredKeys: [] }),
  logout: fc.constant({}),
  listCharacters: fc.constant({}),
  createCharacter: fc.record({ name: text, class: characterClass }, { requiredKeys: [] }),
  deleteCharacter: fc.record({ characterId: text }, { requiredKeys: [] }),
  enterWorld: fc.record({ characterId: text }, { requiredKeys: [] }),
  moveInput: fc.record({ sequence: uint32, directionX: float32, directionY: float32, target: position, clientTimeMs: float64 }, { requiredKeys: [] }),
  sendChat: fc.record({ channel: chatChannel, text, recipient: text }, { requiredKeys: [] }),
  partyInvite: fc.record({ characterName: text }, { requiredKeys: [] }),
  partyRespond: fc.record({ inviterCharacterId: text, accept: fc.boolean() }, { requiredKeys: [] }),
  partyLeave: fc.constant({}),
  partyKick: fc.record({ characterId: text }, { requiredKeys: [] }),
  partyPromote: fc.record({ characterId: text }, { requiredKeys: [] }),
  guildCreate: fc.record({ name: text }, { requiredKeys: [] }),
  guildInvite: fc.record({ characterName: text }, { requiredKeys: [] }),
  guildRespond: fc.record({ guildId: text, accept: fc.boolean() }, { requiredKeys: [] }),
  guildLeave: fc.constant({}),
  guildKick: fc.record({ characterId: text }, { requiredKeys: [] }),
  guildSetRank: fc.record({ characterId: text, rank: guildRank }, { requiredKeys: [] }),
  guildDisband: fc.constant({}),
};

/** Any EntityEnter (the full state of an entity coming into view). */
const entityEnter = fc.record(
  { entityId: uint32, kind: entityKind, name: text, x: uint32, y: uint32, hitPoints: uint32, maxHitPoints: uint32, class: characterClass, level: uint32 },
  { requiredKeys: [] },
);
/** Any EntityUpdate; its fields have explicit presence, so a present 0 must survive as present. */
const entityUpdate = fc.record({ entityId: uint32, x: uint32, y: uint32, hitPoints: uint32, maxHitPoints: uint32, level: uint32 }, { requiredKeys: [] });

/** Any PartyMember. */
const partyMember = fc.record(
  { characterId: text, name: text, level: uint32, hitPoints: uint32, maxHitPoints: uint32, zone: text, online: fc.boolean(), leader: fc.boolean(), class: characterClass },
  { requiredKeys: [] },
);
/** Any GuildMember. */
const guildMember = fc.record(
  { characterId: text, name: text, rank: guildRank, online: fc.boolean(), level: uint32, joinedAtMs: float64 },
  { requiredKeys: [] },
);
/** Any answer to an invitation request (party or guild). */
const inviteSent = fc.record({ characterId: text, characterName: text, expiresAtMs: float64 }, { requiredKeys: [] });

/** An arbitrary for the fields of every ServerMessage payload case. */
export const serverPayloadArbitraries: { [K in ServerPayloadKind]: fc.Arbitrary<ServerPayloadInit<K>> } = {
  error: fc.record({ code: errorCode, message: text, fatal: fc.boolean() }, { requiredKeys: [] }),
  welcome: fc.record(
    { protocolVersion: uint32, tickRateHz: uint32, serverName: text, heartbeatIntervalMs: uint32, idleTimeoutMs: uint32 },
    { requiredKeys: [] },
  ),
  ping: clientPayloadArbitraries.ping,
  pong: clientPayloadArbitraries.pong,
  disconnect: fc.record({ reason: errorCode, message: text }, { requiredKeys: [] }),
  registered: fc.record({ accountId: text }, { requiredKeys: [] }),
  loggedIn: fc.record({ accountId: text, resumeToken: text, character: characterArbitrary }, { requiredKeys: [] }),
  loggedOut: fc.constant({}),
  characterList: fc.record({ characters: fc.array(characterArbitrary, { maxLength: 4 }) }, { requiredKeys: [] }),
  characterCreated: fc.record({ character: characterArbitrary }, { requiredKeys: [] }),
  characterDeleted: fc.record({ characterId: text }, { requiredKeys: [] }),
  enteredWorld: fc.record({ character: characterArbitrary, tick: uint32 }, { requiredKeys: [] }),
  worldFrame: fc.record(
    {
      tick: uint32,
      ackSequence: uint32,
      reset: fc.boolean(),
      zone: text,
      selfEntityId: uint32,
      enters: fc.array(entityEnter, { maxLength: 4 }),
      updates: fc.array(entityUpdate, { maxLength: 6 }),
      leaves: fc.array(uint32, { maxLength: 8 }),
    },
    { requiredKeys: [] },
  ),
  chatSent: fc.constant({}),
  chatMessage: fc.record(
    { channel: chatChannel, senderName: text, senderCharacterId: text, text, sentAtMs: float64, recipientName: text },
    { requiredKeys: [] },
  ),
  partyInviteSent: inviteSent,
  partyResponded: fc.record({ joined: fc.boolean() }, { requiredKeys: [] }),
  partyLeft: fc.constant({}),
  partyKicked: fc.constant({}),
  partyPromoted: fc.constant({}),
  partyInvitation: fc.record({ inviterCharacterId: text, inviterName: text, expiresAtMs: float64, memberCount: uint32 }, { requiredKeys: [] }),
  partyState: fc.record({ partyId: text, members: fc.array(partyMember, { maxLength: 5 }) }, { requiredKeys: [] }),
  guildCreated: fc.record({ guildId: text, name: text }, { requiredKeys: [] }),
  guildInviteSent: inviteSent,
  guildResponded: fc.record({ joined: fc.boolean() }, { requiredKeys: [] }),
  guildLeft: fc.constant({}),
  guildKicked: fc.constant({}),
  guildRankSet: fc.constant({}),
  guildDisbanded: fc.constant({}),
  guildInvitation: fc.record({ guildId: text, guildName: text, inviterCharacterId: text, inviterName: text, expiresAtMs: float64 }, { requiredKeys: [] }),
  guildState: fc.record({ guildId: text, name: text, createdAtMs: float64, members: fc.array(guildMember, { maxLength: 6 }) }, { requiredKeys: [] }),
};

/** The ClientMessage payload case names, in schema order. */
export const clientKinds = Object.keys(clientPayloadArbitraries) as ClientPayloadKind[];
/** The ServerMessage payload case names, in schema order. */
export const serverKinds = Object.keys(serverPayloadArbitraries) as ServerPayloadKind[];

/** A ClientMessage carrying the given payload case. */
export function clientMessageOf<K extends ClientPayloadKind>(kind: K, value: ClientPayloadInit<K>, requestId = 0): ClientMessageInit {
  return { requestId, [kind]: value };
}

/** A ServerMessage carrying the given payload case. */
export function serverMessageOf<K extends ServerPayloadKind>(kind: K, value: ServerPayloadInit<K>, requestId = 0): ServerMessageInit {
  return { requestId, [kind]: value };
}

/** Any ClientMessage whose payload is the given case. */
export function clientMessageArbitrary(kind: ClientPayloadKind): fc.Arbitrary<ClientMessageInit> {
  const payload: fc.Arbitrary<ClientPayloadInit<typeof kind>> = clientPayloadArbitraries[kind];
  return fc.tuple(payload, uint32).map(([value, requestId]) => clientMessageOf(kind, value, requestId));
}

/** Any ServerMessage whose payload is the given case. */
export function serverMessageArbitrary(kind: ServerPayloadKind): fc.Arbitrary<ServerMessageInit> {
  const payload: fc.Arbitrary<ServerPayloadInit<typeof kind>> = serverPayloadArbitraries[kind];
  return fc.tuple(payload, uint32).map(([value, requestId]) => serverMessageOf(kind, value, requestId));
}

/** Any ClientMessage with a payload case. */
export const anyClientMessage: fc.Arbitrary<ClientMessageInit> = fc.oneof(...clientKinds.map(clientMessageArbitrary));
/** Any ServerMessage with a payload case. */
export const anyServerMessage: fc.Arbitrary<ServerMessageInit> = fc.oneof(...serverKinds.map(serverMessageArbitrary));

const warrior: CharacterInit = {
  id: '01JDQ7Z8X4M3K2N1P0QRSTVWXY',
  name: 'Aelwyn',
  class: CharacterClass.CHARACTER_CLASS_WARRIOR,
  level: 7,
  experience: 1250,
  zone: 'greenvale',
  position: { x: 12.5, y: -3.25 },
  hitPoints: 90,
  maxHitPoints: 120,
};

const brinId = '01JDQ80000000000000000000Z';
const guildId = '01JDQ9G000000000000000000A';

/** One realistic message per ClientMessage payload case. */
export const clientExamples: { [K in ClientPayloadKind]: ClientMessageInit } = {
  hello: { requestId: 1, hello: { protocolVersion: 1, clientName: 'demo' } },
  ping: { requestId: 2, ping: { nonce: 42, sentAtMs: 1_732_560_000_123.5, payload: new Uint8Array([1, 2, 3]) } },
  pong: { pong: { nonce: 7, sentAtMs: 1000, payload: new Uint8Array([9]), repliedAtMs: 1003.25 } },
  register: { requestId: 3, register: { username: 'alice_01', password: 'correct horse battery' } },
  login: { requestId: 4, login: { username: 'alice_01', password: 'correct horse battery' } },
  resume: { requestId: 5, resume: { resumeToken: 'q1w2e3r4t5y6u7i8o9p0_-AbCdEfGhIjKlMnOpQrStUv' } },
  logout: { requestId: 6, logout: {} },
  listCharacters: { requestId: 7, listCharacters: {} },
  createCharacter: { requestId: 8, createCharacter: { name: 'Aelwyn', class: CharacterClass.CHARACTER_CLASS_MAGE } },
  deleteCharacter: { requestId: 9, deleteCharacter: { characterId: warrior.id ?? '' } },
  enterWorld: { requestId: 0xffff_ffff, enterWorld: { characterId: warrior.id ?? '' } },
  // float fields carry float32 values: 0.6 itself would come back as 0.6000000238418579.
  moveInput: { moveInput: { sequence: 17, directionX: Math.fround(0.6), directionY: Math.fround(-0.8), clientTimeMs: 1_732_560_000_456.25 } },
  sendChat: { requestId: 11, sendChat: { channel: ChatChannel.CHAT_CHANNEL_WHISPER, text: 'meet me at the bridge', recipient: 'brin' } },
  partyInvite: { requestId: 12, partyInvite: { characterName: 'Brin' } },
  partyRespond: { requestId: 13, partyRespond: { inviterCharacterId: warrior.id ?? '', accept: true } },
  partyLeave: { requestId: 14, partyLeave: {} },
  partyKick: { requestId: 15, partyKick: { characterId: brinId } },
  partyPromote: { requestId: 16, partyPromote: { characterId: brinId } },
  guildCreate: { requestId: 17, guildCreate: { name: 'Knights of Dawn' } },
  guildInvite: { requestId: 18, guildInvite: { characterName: 'brin' } },
  guildRespond: { requestId: 19, guildRespond: { guildId, accept: false } },
  guildLeave: { requestId: 20, guildLeave: {} },
  guildKick: { requestId: 21, guildKick: { characterId: brinId } },
  guildSetRank: { requestId: 22, guildSetRank: { characterId: brinId, rank: GuildRank.GUILD_RANK_OFFICER } },
  guildDisband: { requestId: 23, guildDisband: {} },
};

/** One realistic message per ServerMessage payload case. */
export const serverExamples: { [K in ServerPayloadKind]: ServerMessageInit } = {
  error: { requestId: 3, error: { code: ErrorCode.ERROR_CODE_USERNAME_TAKEN, message: 'that username is taken', fatal: false } },
  welcome: { requestId: 1, welcome: { protocolVersion: 1, tickRateHz: 20, serverName: 'Realmforge', heartbeatIntervalMs: 5000, idleTimeoutMs: 30_000 } },
  ping: { ping: { nonce: 99, sentAtMs: 5000.5 } },
  pong: { requestId: 2, pong: { nonce: 42, sentAtMs: 1_732_560_000_123.5, payload: new Uint8Array([1, 2, 3]), repliedAtMs: 1_732_560_000_130 } },
  disconnect: { disconnect: { reason: ErrorCode.ERROR_CODE_SESSION_REPLACED, message: 'logged in elsewhere' } },
  registered: { requestId: 3, registered: { accountId: '01JDQ7YAAAAAAAAAAAAAAAAAAA' } },
  loggedIn: { requestId: 5, loggedIn: { accountId: '01JDQ7YAAAAAAAAAAAAAAAAAAA', resumeToken: 'tok', character: warrior } },
  loggedOut: { requestId: 6, loggedOut: {} },
  characterList: { requestId: 7, characterList: { characters: [warrior, { ...warrior, id: '01JDQ80000000000000000000Z', name: 'Brin', level: 1 }] } },
  characterCreated: { requestId: 8, characterCreated: { character: warrior } },
  characterDeleted: { requestId: 9, characterDeleted: { characterId: warrior.id ?? '' } },
  enteredWorld: { requestId: 10, enteredWorld: { character: warrior, tick: 123_456 } },
  worldFrame: {
    worldFrame: {
      tick: 123_457,
      ackSequence: 17,
      reset: true,
      zone: 'meadow',
      selfEntityId: 1,
      enters: [
        { entityId: 1, kind: v1.EntityKind.ENTITY_KIND_PLAYER, name: 'Aelwyn', x: 200, y: 16, hitPoints: 90, maxHitPoints: 120, class: CharacterClass.CHARACTER_CLASS_WARRIOR, level: 7 },
        { entityId: 2, kind: v1.EntityKind.ENTITY_KIND_NPC, name: 'Boar', x: 320, y: 48, hitPoints: 30, maxHitPoints: 30, level: 2 },
      ],
      updates: [{ entityId: 3, x: 0, y: 1024 }, { entityId: 4, hitPoints: 0 }],
      leaves: [5, 6],
    },
  },
  chatSent: { requestId: 11, chatSent: {} },
  chatMessage: {
    chatMessage: {
      channel: ChatChannel.CHAT_CHANNEL_WHISPER,
      senderName: 'Aelwyn',
      senderCharacterId: warrior.id ?? '',
      text: 'meet me at the bridge',
      sentAtMs: 1_732_560_000_789,
      recipientName: 'Brin',
    },
  },
  partyInviteSent: { requestId: 12, partyInviteSent: { characterId: brinId, characterName: 'Brin', expiresAtMs: 1_732_560_060_000 } },
  partyResponded: { requestId: 13, partyResponded: { joined: true } },
  partyLeft: { requestId: 14, partyLeft: {} },
  partyKicked: { requestId: 15, partyKicked: {} },
  partyPromoted: { requestId: 16, partyPromoted: {} },
  partyInvitation: { partyInvitation: { inviterCharacterId: warrior.id ?? '', inviterName: 'Aelwyn', expiresAtMs: 1_732_560_060_000, memberCount: 2 } },
  partyState: {
    partyState: {
      partyId: '01JDQ9P000000000000000000B',
      members: [
        { characterId: warrior.id ?? '', name: 'Aelwyn', level: 7, hitPoints: 90, maxHitPoints: 120, zone: 'meadow', online: true, leader: true, class: CharacterClass.CHARACTER_CLASS_WARRIOR },
        { characterId: brinId, name: 'Brin', level: 1, hitPoints: 0, maxHitPoints: 80, zone: 'ironwood', online: false, leader: false, class: CharacterClass.CHARACTER_CLASS_MAGE },
      ],
    },
  },
  guildCreated: { requestId: 17, guildCreated: { guildId, name: 'Knights of Dawn' } },
  guildInviteSent: { requestId: 18, guildInviteSent: { characterId: brinId, characterName: 'Brin', expiresAtMs: 1_732_560_060_000 } },
  guildResponded: { requestId: 19, guildResponded: { joined: false } },
  guildLeft: { requestId: 20, guildLeft: {} },
  guildKicked: { requestId: 21, guildKicked: {} },
  guildRankSet: { requestId: 22, guildRankSet: {} },
  guildDisbanded: { requestId: 23, guildDisbanded: {} },
  guildInvitation: { guildInvitation: { guildId, guildName: 'Knights of Dawn', inviterCharacterId: warrior.id ?? '', inviterName: 'Aelwyn', expiresAtMs: 1_732_560_060_000 } },
  guildState: {
    guildState: {
      guildId,
      name: 'Knights of Dawn',
      createdAtMs: 1_732_000_000_000,
      members: [
        { characterId: warrior.id ?? '', name: 'Aelwyn', rank: GuildRank.GUILD_RANK_MASTER, online: true, level: 7, joinedAtMs: 1_732_000_000_000 },
        { characterId: brinId, name: 'Brin', rank: GuildRank.GUILD_RANK_INITIATE, online: false, level: 1, joinedAtMs: 1_732_500_000_000 },
      ],
    },
  },
};

/** How decoded messages are compared with what was encoded: every field, defaults included. */
const comparable = { defaults: true, bytes: Array, longs: Number } as const;

/** A ClientMessage (decoded, or as a sender wrote it) as a plain object with every field present. */
export function plainClient(message: ClientMessageInit): unknown {
  return ClientMessage.toObject(ClientMessage.create(message), comparable);
}

/** A ServerMessage (decoded, or as a sender wrote it) as a plain object with every field present. */
export function plainServer(message: ServerMessageInit): unknown {
  return ServerMessage.toObject(ServerMessage.create(message), comparable);
}

/**
 * The cases of a message's `oneof payload` as messages.proto declares them: field name in
 * camelCase (as the generated code spells it) and field number.
 */
export function schemaOneofCases(messageName: 'ClientMessage' | 'ServerMessage'): Map<string, number> {
  const proto = readFileSync(new URL('../../../proto/realmforge/v1/messages.proto', import.meta.url), 'utf8');
  const block = new RegExp(`message ${messageName} \\{[\\s\\S]*?oneof payload \\{([\\s\\S]*?)\\}`).exec(proto);
  if (block?.[1] === undefined) throw new Error(`no oneof payload in ${messageName}`);
  const cases = new Map<string, number>();
  for (const match of block[1].matchAll(/^\s*\w+\s+(\w+)\s*=\s*(\d+);/gm)) {
    const [, field, number] = match;
    if (field === undefined || number === undefined) continue;
    cases.set(field.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()), Number(number));
  }
  return cases;
}

/** Calls fn and returns what it threw, or fails when it did not throw. */
export function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}
