import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  ClientMessage,
  clientPayload,
  decodeClientMessage,
  decodeServerMessage,
  encodeClientMessage,
  encodeServerMessage,
  ServerMessage,
  serverPayload,
  v1,
} from '@realmforge/protocol';
import type { ClientPayload, ClientPayloadKind, ClientPayloads, ServerPayloadKind, ServerPayloads } from '@realmforge/protocol';
import { anyClientMessage, anyServerMessage, clientExamples, clientKinds, serverExamples, serverKinds } from './arbitraries.ts';

/** True when A and B are the same type (checked by the type checker, not at run time). */
type Equal<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

// If the schema gains a payload case and payload.ts does not, these stop compiling.
const clientKindsMatchSchema: Equal<ClientPayloadKind, NonNullable<ClientMessage['payload']>> = true;
const serverKindsMatchSchema: Equal<ServerPayloadKind, NonNullable<ServerMessage['payload']>> = true;

type Constructor<T> = abstract new (...args: never[]) => T;

const clientClasses: { [K in ClientPayloadKind]: Constructor<ClientPayloads[K]> } = {
  hello: v1.Hello,
  ping: v1.Ping,
  pong: v1.Pong,
  register: v1.Register,
  login: v1.Login,
  resume: v1.Resume,
  logout: v1.Logout,
  listCharacters: v1.ListCharacters,
  createCharacter: v1.CreateCharacter,
  deleteCharacter: v1.DeleteCharacter,
  enterWorld: v1.EnterWorld,
  moveInput: v1.MoveInput,
  sendChat: v1.SendChat,
  partyInvite: v1.PartyInvite,
  partyRespond: v1.PartyRespond,
  partyLeave: v1.PartyLeave,
  partyKick: v1.PartyKick,
  partyPromote: v1.PartyPromote,
  guildCreate: v1.GuildCreate,
  guildInvite: v1.GuildInvite,
  guildRespond: v1.GuildRespond,
  guildLeave: v1.GuildLeave,
  guildKick: v1.GuildKick,
  guildSetRank: v1.GuildSetRank,
  guildDisband: v1.GuildDisband,
  selectTarget: v1.SelectTarget,
  castSkill: v1.CastSkill,
  setAutoAttack: v1.SetAutoAttack,
  releaseSpirit: v1.ReleaseSpirit,
  moveItem: v1.MoveItem,
  splitStack: v1.SplitStack,
  equipItem: v1.EquipItem,
  unequipItem: v1.UnequipItem,
  destroyItem: v1.DestroyItem,
  vendorBrowse: v1.VendorBrowse,
  vendorBuy: v1.VendorBuy,
  vendorSell: v1.VendorSell,
  tradeRequest: v1.TradeRequest,
  tradeRespond: v1.TradeRespond,
  tradeSetOffer: v1.TradeSetOffer,
  tradeConfirm: v1.TradeConfirm,
  tradeCancel: v1.TradeCancel,
  openDatagramChannel: v1.OpenDatagramChannel,
  resyncFrames: v1.ResyncFrames,
};

const serverClasses: { [K in ServerPayloadKind]: Constructor<ServerPayloads[K]> } = {
  error: v1.Error,
  welcome: v1.Welcome,
  ping: v1.Ping,
  pong: v1.Pong,
  disconnect: v1.Disconnect,
  registered: v1.Registered,
  loggedIn: v1.LoggedIn,
  loggedOut: v1.LoggedOut,
  characterList: v1.CharacterList,
  characterCreated: v1.CharacterCreated,
  characterDeleted: v1.CharacterDeleted,
  enteredWorld: v1.EnteredWorld,
  worldFrame: v1.WorldFrame,
  chatSent: v1.ChatSent,
  chatMessage: v1.ChatMessage,
  partyInviteSent: v1.PartyInviteSent,
  partyResponded: v1.PartyResponded,
  partyLeft: v1.PartyLeft,
  partyKicked: v1.PartyKicked,
  partyPromoted: v1.PartyPromoted,
  partyInvitation: v1.PartyInvitation,
  partyState: v1.PartyState,
  guildCreated: v1.GuildCreated,
  guildInviteSent: v1.GuildInviteSent,
  guildResponded: v1.GuildResponded,
  guildLeft: v1.GuildLeft,
  guildKicked: v1.GuildKicked,
  guildRankSet: v1.GuildRankSet,
  guildDisbanded: v1.GuildDisbanded,
  guildInvitation: v1.GuildInvitation,
  guildState: v1.GuildState,
  targetSelected: v1.TargetSelected,
  skillCast: v1.SkillCast,
  autoAttackSet: v1.AutoAttackSet,
  spiritReleased: v1.SpiritReleased,
  serverNotice: v1.ServerNotice,
  sanctionNotice: v1.SanctionNotice,
  datagramChannel: v1.DatagramChannel,
  inventoryState: v1.InventoryState,
  itemMoved: v1.ItemMoved,
  stackSplit: v1.StackSplit,
  itemEquipped: v1.ItemEquipped,
  itemUnequipped: v1.ItemUnequipped,
  itemDestroyed: v1.ItemDestroyed,
  vendorStock: v1.VendorStock,
  vendorBought: v1.VendorBought,
  vendorSold: v1.VendorSold,
  lootReceived: v1.LootReceived,
  tradeRequested: v1.TradeRequested,
  tradeInvitation: v1.TradeInvitation,
  tradeResponded: v1.TradeResponded,
  tradeOfferSet: v1.TradeOfferSet,
  tradeConfirmed: v1.TradeConfirmed,
  tradeCancelled: v1.TradeCancelled,
  tradeState: v1.TradeState,
  tradeEnded: v1.TradeEnded,
};

describe('payload kinds', () => {
  it('name exactly the oneof cases of the generated envelopes', () => {
    assert.equal(clientKindsMatchSchema, true);
    assert.equal(serverKindsMatchSchema, true);
  });
});

describe('clientPayload', () => {
  for (const kind of clientKinds) {
    it(`gives ${kind} with the decoded ${clientClasses[kind].name}`, () => {
      const message = decodeClientMessage(encodeClientMessage(clientExamples[kind]));
      const payload = clientPayload(message);
      assert.equal(payload?.kind, kind);
      assert.equal(payload.value, message[kind]);
      assert.ok(payload.value instanceof clientClasses[kind]);
    });
  }

  it('narrows the value by kind', () => {
    const payload = clientPayload(decodeClientMessage(encodeClientMessage(clientExamples.hello)));
    assert.ok(payload !== undefined);
    assert.equal(describeClient(payload), 'hello from demo, version 1');
    const login = clientPayload(decodeClientMessage(encodeClientMessage(clientExamples.login)));
    assert.ok(login !== undefined);
    assert.equal(describeClient(login), 'login as alice_01');
  });

  it('is undefined for a message with no payload case, or one this build does not know', () => {
    assert.equal(clientPayload(ClientMessage.create({ requestId: 4 })), undefined);
    // Field 99 (unknown) decoded with the generated class directly, bypassing the codec.
    assert.equal(clientPayload(ClientMessage.decode(Uint8Array.of(0x98, 0x06, 0x01))), undefined);
  });

  it('agrees with the generated payload field for any message', () => {
    fc.assert(
      fc.property(anyClientMessage, (sent) => {
        const message = decodeClientMessage(encodeClientMessage(sent));
        const payload = clientPayload(message);
        assert.ok(payload !== undefined);
        assert.equal(payload.kind, message.payload);
        assert.equal(payload.value, message[payload.kind]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('serverPayload', () => {
  for (const kind of serverKinds) {
    it(`gives ${kind} with the decoded ${serverClasses[kind].name}`, () => {
      const message = decodeServerMessage(encodeServerMessage(serverExamples[kind]));
      const payload = serverPayload(message);
      assert.equal(payload?.kind, kind);
      assert.equal(payload.value, message[kind]);
      assert.ok(payload.value instanceof serverClasses[kind]);
    });
  }

  it('is undefined for a message with no payload case', () => {
    assert.equal(serverPayload(ServerMessage.create({ requestId: 4 })), undefined);
    assert.equal(serverPayload(ServerMessage.decode(new Uint8Array(0))), undefined);
  });

  it('agrees with the generated payload field for any message', () => {
    fc.assert(
      fc.property(anyServerMessage, (sent) => {
        const message = decodeServerMessage(encodeServerMessage(sent));
        const payload = serverPayload(message);
        assert.ok(payload !== undefined);
        assert.equal(payload.kind, message.payload);
        assert.equal(payload.value, message[payload.kind]);
      }),
      { numRuns: 300 },
    );
  });
});

/** A handler written the way server code uses the union: a switch on kind. */
function describeClient(payload: ClientPayload): string {
  switch (payload.kind) {
    case 'hello':
      return `hello from ${payload.value.clientName}, version ${payload.value.protocolVersion}`;
    case 'login':
      return `login as ${payload.value.username}`;
    default:
      return payload.kind;
  }
}
