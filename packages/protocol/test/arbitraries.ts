/**
 * Test data for the protocol tests: fast-check arbitraries for every payload case of both
 * envelopes, one hand-written example per case, and the oneof cases as the .proto file
 * declares them, so a test can prove it covers every case the schema has.
 * @module
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { CharacterClass, ChatChannel, ClientMessage, EquipmentSlot, ErrorCode, GuildRank, SanctionKind, ServerMessage, TradeEndReason, v1 } from '@realmforge/protocol';
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
const sanctionKind = openEnum(enumNumbers(SanctionKind));
const combatEventKind = openEnum(enumNumbers(v1.CombatEventKind));
const position = fc.record({ x: float32, y: float32 }, { requiredKeys: [] });
const equipmentSlot = openEnum(enumNumbers(EquipmentSlot));
const tradeEndReason = openEnum(enumNumbers(TradeEndReason));
/** Any ItemStack. */
const itemStack = fc.record({ itemId: text, templateId: text, count: uint32 }, { requiredKeys: [] });
/** Any TradeOffer. */
const tradeOffer = fc.record({ items: fc.array(itemStack, { maxLength: 3 }), gold: uint32 }, { requiredKeys: [] });
/** Any Inventory. */
const inventory = fc.record(
  {
    bagSize: uint32,
    bag: fc.array(fc.record({ slot: uint32, item: itemStack }, { requiredKeys: [] }), { maxLength: 4 }),
    equipment: fc.array(fc.record({ slot: equipmentSlot, item: itemStack }, { requiredKeys: [] }), { maxLength: 3 }),
    gold: uint32,
    version: uint32,
  },
  { requiredKeys: [] },
);

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
  selectTarget: fc.record({ entityId: uint32 }, { requiredKeys: [] }),
  castSkill: fc.record({ skillId: uint32, targetEntityId: uint32 }, { requiredKeys: [] }),
  setAutoAttack: fc.record({ enabled: fc.boolean() }, { requiredKeys: [] }),
  releaseSpirit: fc.constant({}),
  moveItem: fc.record({ itemId: text, toSlot: uint32 }, { requiredKeys: [] }),
  splitStack: fc.record({ itemId: text, count: uint32, toSlot: uint32 }, { requiredKeys: [] }),
  equipItem: fc.record({ itemId: text }, { requiredKeys: [] }),
  unequipItem: fc.record({ slot: equipmentSlot, toSlot: uint32 }, { requiredKeys: [] }),
  destroyItem: fc.record({ itemId: text }, { requiredKeys: [] }),
  vendorBrowse: fc.record({ vendorId: text }, { requiredKeys: [] }),
  vendorBuy: fc.record({ vendorId: text, templateId: text, count: uint32 }, { requiredKeys: [] }),
  vendorSell: fc.record({ vendorId: text, itemId: text }, { requiredKeys: [] }),
  tradeRequest: fc.record({ characterId: text, characterName: text }, { requiredKeys: [] }),
  tradeRespond: fc.record({ tradeId: text, accept: fc.boolean() }, { requiredKeys: [] }),
  tradeSetOffer: fc.record({ tradeId: text, itemIds: fc.array(text, { maxLength: 4 }), gold: uint32 }, { requiredKeys: [] }),
  tradeConfirm: fc.record({ tradeId: text, revision: uint32 }, { requiredKeys: [] }),
  tradeCancel: fc.record({ tradeId: text }, { requiredKeys: [] }),
  openDatagramChannel: fc.constant({}),
  resyncFrames: fc.constant({}),
};

/** Any EntityEnter (the full state of an entity coming into view). */
const entityEnter = fc.record(
  {
    entityId: uint32,
    kind: entityKind,
    name: text,
    x: uint32,
    y: uint32,
    hitPoints: uint32,
    maxHitPoints: uint32,
    class: characterClass,
    level: uint32,
    resource: uint32,
    maxResource: uint32,
    targetEntityId: uint32,
    castSkillId: uint32,
    castStartTick: uint32,
    castEndTick: uint32,
    dead: fc.boolean(),
    auras: fc.array(uint32, { maxLength: 4 }),
  },
  { requiredKeys: [] },
);
/** Any EntityUpdate; its fields have explicit presence, so a present 0 must survive as present. */
const entityUpdate = fc.record(
  {
    entityId: uint32,
    x: uint32,
    y: uint32,
    hitPoints: uint32,
    maxHitPoints: uint32,
    level: uint32,
    resource: uint32,
    maxResource: uint32,
    targetEntityId: uint32,
    castSkillId: uint32,
    castStartTick: uint32,
    castEndTick: uint32,
    dead: fc.boolean(),
    auras: fc.record({ ids: fc.array(uint32, { maxLength: 4 }) }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);
/** Any CombatEvent. */
const combatEvent = fc.record(
  { kind: combatEventKind, sourceEntityId: uint32, targetEntityId: uint32, amount: uint32, skillId: uint32, auraId: uint32 },
  { requiredKeys: [] },
);

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
      events: fc.array(combatEvent, { maxLength: 4 }),
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
  targetSelected: fc.record({ entityId: uint32 }, { requiredKeys: [] }),
  skillCast: fc.record({ skillId: uint32, targetEntityId: uint32, castTicks: uint32 }, { requiredKeys: [] }),
  autoAttackSet: fc.record({ enabled: fc.boolean() }, { requiredKeys: [] }),
  spiritReleased: fc.record({ graveyard: text }, { requiredKeys: [] }),
  inventoryState: fc.record({ inventory }, { requiredKeys: [] }),
  itemMoved: fc.constant({}),
  stackSplit: fc.record({ newItemId: text }, { requiredKeys: [] }),
  itemEquipped: fc.constant({}),
  itemUnequipped: fc.constant({}),
  itemDestroyed: fc.constant({}),
  vendorStock: fc.record({ vendorId: text, name: text, offers: fc.array(fc.record({ templateId: text, price: uint32 }, { requiredKeys: [] }), { maxLength: 4 }) }, { requiredKeys: [] }),
  vendorBought: fc.record({ itemId: text, price: uint32 }, { requiredKeys: [] }),
  vendorSold: fc.record({ price: uint32 }, { requiredKeys: [] }),
  lootReceived: fc.record({ items: fc.array(itemStack, { maxLength: 4 }), gold: uint32, itemsLeftBehind: uint32 }, { requiredKeys: [] }),
  tradeRequested: fc.record({ tradeId: text, expiresAtMs: float64 }, { requiredKeys: [] }),
  tradeInvitation: fc.record({ tradeId: text, requesterCharacterId: text, requesterName: text, expiresAtMs: float64 }, { requiredKeys: [] }),
  tradeResponded: fc.record({ opened: fc.boolean() }, { requiredKeys: [] }),
  tradeOfferSet: fc.record({ revision: uint32 }, { requiredKeys: [] }),
  tradeConfirmed: fc.record({ completed: fc.boolean() }, { requiredKeys: [] }),
  tradeCancelled: fc.constant({}),
  tradeState: fc.record(
    { tradeId: text, partnerCharacterId: text, partnerName: text, myOffer: tradeOffer, theirOffer: tradeOffer, iConfirmed: fc.boolean(), theyConfirmed: fc.boolean(), revision: uint32 },
    { requiredKeys: [] },
  ),
  tradeEnded: fc.record({ tradeId: text, reason: tradeEndReason }, { requiredKeys: [] }),
  serverNotice: fc.record({ text, sentAtMs: float64 }, { requiredKeys: [] }),
  sanctionNotice: fc.record({ kind: sanctionKind, reason: text, untilMs: float64 }, { requiredKeys: [] }),
  datagramChannel: fc.record({ port: fc.integer({ min: 0, max: 65_535 }), channelId: fc.nat({ max: 0xffff_ffff }), token: fc.uint8Array({ maxLength: 32 }), maxDatagramBytes: fc.nat({ max: 0xffff_ffff }) }, { requiredKeys: [] }),
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
  selectTarget: { requestId: 24, selectTarget: { entityId: 2 } },
  castSkill: { requestId: 25, castSkill: { skillId: 4, targetEntityId: 2 } },
  setAutoAttack: { requestId: 26, setAutoAttack: { enabled: true } },
  releaseSpirit: { requestId: 27, releaseSpirit: {} },
  moveItem: { requestId: 90, moveItem: { itemId: '01JDQA0000000000000000000A', toSlot: 3 } },
  splitStack: { requestId: 91, splitStack: { itemId: '01JDQA0000000000000000000A', count: 2, toSlot: 4 } },
  equipItem: { requestId: 92, equipItem: { itemId: '01JDQA0000000000000000000B' } },
  unequipItem: { requestId: 93, unequipItem: { slot: EquipmentSlot.EQUIPMENT_SLOT_MAIN_HAND, toSlot: 5 } },
  destroyItem: { requestId: 94, destroyItem: { itemId: '01JDQA0000000000000000000C' } },
  vendorBrowse: { requestId: 95, vendorBrowse: { vendorId: 'meadow-smith' } },
  vendorBuy: { requestId: 96, vendorBuy: { vendorId: 'meadow-smith', templateId: 'iron_sword', count: 1 } },
  vendorSell: { requestId: 97, vendorSell: { vendorId: 'meadow-smith', itemId: '01JDQA0000000000000000000A' } },
  tradeRequest: { requestId: 98, tradeRequest: { characterId: brinId } },
  tradeRespond: { requestId: 99, tradeRespond: { tradeId: '01JDQT0000000000000000000A', accept: true } },
  tradeSetOffer: { requestId: 100, tradeSetOffer: { tradeId: '01JDQT0000000000000000000A', itemIds: ['01JDQA0000000000000000000A'], gold: 25 } },
  tradeConfirm: { requestId: 101, tradeConfirm: { tradeId: '01JDQT0000000000000000000A', revision: 3 } },
  tradeCancel: { requestId: 102, tradeCancel: { tradeId: '01JDQT0000000000000000000A' } },
  openDatagramChannel: { requestId: 120, openDatagramChannel: {} },
  resyncFrames: { resyncFrames: {} },
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
      events: [{ kind: v1.CombatEventKind.COMBAT_EVENT_KIND_DAMAGE, sourceEntityId: 1, targetEntityId: 2, amount: 14, skillId: 4 }],
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
  targetSelected: { requestId: 24, targetSelected: { entityId: 2 } },
  skillCast: { requestId: 25, skillCast: { skillId: 4, targetEntityId: 2, castTicks: 30 } },
  autoAttackSet: { requestId: 26, autoAttackSet: { enabled: true } },
  spiritReleased: { requestId: 27, spiritReleased: { graveyard: 'graveyard' } },
  inventoryState: {
    inventoryState: {
      inventory: {
        bagSize: 20,
        bag: [{ slot: 0, item: { itemId: '01JDQA0000000000000000000A', templateId: 'health_potion', count: 5 } }],
        equipment: [{ slot: EquipmentSlot.EQUIPMENT_SLOT_MAIN_HAND, item: { itemId: '01JDQA0000000000000000000B', templateId: 'iron_sword', count: 1 } }],
        gold: 120,
        version: 14,
      },
    },
  },
  itemMoved: { requestId: 90, itemMoved: {} },
  stackSplit: { requestId: 91, stackSplit: { newItemId: '01JDQA0000000000000000000D' } },
  itemEquipped: { requestId: 92, itemEquipped: {} },
  itemUnequipped: { requestId: 93, itemUnequipped: {} },
  itemDestroyed: { requestId: 94, itemDestroyed: {} },
  vendorStock: { requestId: 95, vendorStock: { vendorId: 'meadow-smith', name: 'Smith', offers: [{ templateId: 'iron_sword', price: 40 }] } },
  vendorBought: { requestId: 96, vendorBought: { itemId: '01JDQA0000000000000000000E', price: 40 } },
  vendorSold: { requestId: 97, vendorSold: { price: 10 } },
  lootReceived: { lootReceived: { items: [{ itemId: '01JDQA0000000000000000000F', templateId: 'wolf_pelt', count: 2 }], gold: 7, itemsLeftBehind: 0 } },
  tradeRequested: { requestId: 98, tradeRequested: { tradeId: '01JDQT0000000000000000000A', expiresAtMs: 1_732_560_030_000 } },
  tradeInvitation: { tradeInvitation: { tradeId: '01JDQT0000000000000000000A', requesterCharacterId: warrior.id ?? '', requesterName: 'Aelwyn', expiresAtMs: 1_732_560_030_000 } },
  tradeResponded: { requestId: 99, tradeResponded: { opened: true } },
  tradeOfferSet: { requestId: 100, tradeOfferSet: { revision: 3 } },
  tradeConfirmed: { requestId: 101, tradeConfirmed: { completed: true } },
  tradeCancelled: { requestId: 102, tradeCancelled: {} },
  tradeState: {
    tradeState: {
      tradeId: '01JDQT0000000000000000000A',
      partnerCharacterId: brinId,
      partnerName: 'Brin',
      myOffer: { items: [{ itemId: '01JDQA0000000000000000000A', templateId: 'health_potion', count: 5 }], gold: 0 },
      theirOffer: { items: [], gold: 25 },
      iConfirmed: false,
      theyConfirmed: true,
      revision: 3,
    },
  },
  tradeEnded: { tradeEnded: { tradeId: '01JDQT0000000000000000000A', reason: TradeEndReason.TRADE_END_REASON_COMPLETED } },
  serverNotice: { serverNotice: { text: 'The realm restarts in 10 minutes.', sentAtMs: 1_732_560_000_000 } },
  sanctionNotice: { sanctionNotice: { kind: SanctionKind.SANCTION_KIND_BAN, reason: 'suspicion 104 after 9 detections (clock_drift, sequence_jump)', untilMs: 1_732_563_600_000 } },
  datagramChannel: { requestId: 120, datagramChannel: { port: 7779, channelId: 41, token: new Uint8Array(16).fill(7), maxDatagramBytes: 1200 } },
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
