/**
 * Typed views of the envelopes' oneof payloads, so handlers switch on a discriminant instead
 * of probing optional fields.
 * @module
 */
import type { realmforge } from '../generated/realmforge.js';

type V1 = typeof realmforge.v1;
type Instance<K extends keyof V1> = V1[K] extends abstract new (...args: never[]) => infer T ? T : never;

/** Maps each ClientMessage payload case to the message class it carries. */
export interface ClientPayloads {
  /** Handshake. */ hello: Instance<'Hello'>;
  /** Heartbeat or echo request. */ ping: Instance<'Ping'>;
  /** Answer to a server ping. */ pong: Instance<'Pong'>;
  /** Account creation. */ register: Instance<'Register'>;
  /** Password login. */ login: Instance<'Login'>;
  /** Session resume with a token. */ resume: Instance<'Resume'>;
  /** End of session. */ logout: Instance<'Logout'>;
  /** Character list request. */ listCharacters: Instance<'ListCharacters'>;
  /** Character creation. */ createCharacter: Instance<'CreateCharacter'>;
  /** Character deletion. */ deleteCharacter: Instance<'DeleteCharacter'>;
  /** Enter the world. */ enterWorld: Instance<'EnterWorld'>;
  /** Movement intent. */ moveInput: Instance<'MoveInput'>;
  /** A chat message to send. */ sendChat: Instance<'SendChat'>;
  /** Invite a character to the party. */ partyInvite: Instance<'PartyInvite'>;
  /** Accept or decline a party invitation. */ partyRespond: Instance<'PartyRespond'>;
  /** Leave the party. */ partyLeave: Instance<'PartyLeave'>;
  /** Remove a party member (leader). */ partyKick: Instance<'PartyKick'>;
  /** Hand party leadership on (leader). */ partyPromote: Instance<'PartyPromote'>;
  /** Found a guild. */ guildCreate: Instance<'GuildCreate'>;
  /** Invite a character to the guild. */ guildInvite: Instance<'GuildInvite'>;
  /** Accept or decline a guild invitation. */ guildRespond: Instance<'GuildRespond'>;
  /** Leave the guild. */ guildLeave: Instance<'GuildLeave'>;
  /** Remove a guild member of lower rank. */ guildKick: Instance<'GuildKick'>;
  /** Change a guild member's rank. */ guildSetRank: Instance<'GuildSetRank'>;
  /** Dissolve the guild (guild master). */ guildDisband: Instance<'GuildDisband'>;
  /** Select a combat target. */ selectTarget: Instance<'SelectTarget'>;
  /** Use a skill. */ castSkill: Instance<'CastSkill'>;
  /** Turn the weapon swing on or off. */ setAutoAttack: Instance<'SetAutoAttack'>;
  /** Come back to life at a graveyard. */ releaseSpirit: Instance<'ReleaseSpirit'>;
  /** Move (merge, swap) an item to a bag slot. */ moveItem: Instance<'MoveItem'>;
  /** Split a stack into an empty bag slot. */ splitStack: Instance<'SplitStack'>;
  /** Equip an item from the bag. */ equipItem: Instance<'EquipItem'>;
  /** Take off an equipped item. */ unequipItem: Instance<'UnequipItem'>;
  /** Destroy a bag item. */ destroyItem: Instance<'DestroyItem'>;
  /** Ask a vendor what it sells. */ vendorBrowse: Instance<'VendorBrowse'>;
  /** Buy from a vendor. */ vendorBuy: Instance<'VendorBuy'>;
  /** Sell to a vendor. */ vendorSell: Instance<'VendorSell'>;
  /** Ask a character to trade. */ tradeRequest: Instance<'TradeRequest'>;
  /** Accept or decline a trade. */ tradeRespond: Instance<'TradeRespond'>;
  /** Replace one's trade offer. */ tradeSetOffer: Instance<'TradeSetOffer'>;
  /** Confirm a trade's offers. */ tradeConfirm: Instance<'TradeConfirm'>;
  /** Cancel a trade. */ tradeCancel: Instance<'TradeCancel'>;
  /** Ask for a datagram (UDP) channel. */ openDatagramChannel: Instance<'OpenDatagramChannel'>;
  /** A world-frame datagram was lost: send a reset frame. */ resyncFrames: Instance<'ResyncFrames'>;
}

/** Maps each ServerMessage payload case to the message class it carries. */
export interface ServerPayloads {
  /** A request failed, or the connection is closing. */ error: Instance<'Error'>;
  /** Handshake answer. */ welcome: Instance<'Welcome'>;
  /** Heartbeat from the server. */ ping: Instance<'Ping'>;
  /** Answer to a client ping. */ pong: Instance<'Pong'>;
  /** The server closes the connection on purpose. */ disconnect: Instance<'Disconnect'>;
  /** Account created. */ registered: Instance<'Registered'>;
  /** Logged in or resumed. */ loggedIn: Instance<'LoggedIn'>;
  /** Logged out. */ loggedOut: Instance<'LoggedOut'>;
  /** The account's characters. */ characterList: Instance<'CharacterList'>;
  /** Character created. */ characterCreated: Instance<'CharacterCreated'>;
  /** Character deleted. */ characterDeleted: Instance<'CharacterDeleted'>;
  /** In the world. */ enteredWorld: Instance<'EnteredWorld'>;
  /** One tick of the client's view of the world. */ worldFrame: Instance<'WorldFrame'>;
  /** A chat message was delivered. */ chatSent: Instance<'ChatSent'>;
  /** A chat message for this player. */ chatMessage: Instance<'ChatMessage'>;
  /** Party invitation sent. */ partyInviteSent: Instance<'PartyInviteSent'>;
  /** Party invitation answered. */ partyResponded: Instance<'PartyResponded'>;
  /** Left the party. */ partyLeft: Instance<'PartyLeft'>;
  /** Party member removed. */ partyKicked: Instance<'PartyKicked'>;
  /** Party leadership handed on. */ partyPromoted: Instance<'PartyPromoted'>;
  /** Someone invites this player to a party. */ partyInvitation: Instance<'PartyInvitation'>;
  /** The player's party as it is now. */ partyState: Instance<'PartyState'>;
  /** Guild founded. */ guildCreated: Instance<'GuildCreated'>;
  /** Guild invitation sent. */ guildInviteSent: Instance<'GuildInviteSent'>;
  /** Guild invitation answered. */ guildResponded: Instance<'GuildResponded'>;
  /** Left the guild. */ guildLeft: Instance<'GuildLeft'>;
  /** Guild member removed. */ guildKicked: Instance<'GuildKicked'>;
  /** Guild rank changed. */ guildRankSet: Instance<'GuildRankSet'>;
  /** Guild dissolved. */ guildDisbanded: Instance<'GuildDisbanded'>;
  /** Someone invites this player to a guild. */ guildInvitation: Instance<'GuildInvitation'>;
  /** The player's guild as it is now. */ guildState: Instance<'GuildState'>;
  /** Combat target selected. */ targetSelected: Instance<'TargetSelected'>;
  /** Skill started or used. */ skillCast: Instance<'SkillCast'>;
  /** Weapon swing turned on or off. */ autoAttackSet: Instance<'AutoAttackSet'>;
  /** Back to life at a graveyard. */ spiritReleased: Instance<'SpiritReleased'>;
  /** The player's inventory as it is now. */ inventoryState: Instance<'InventoryState'>;
  /** Item moved. */ itemMoved: Instance<'ItemMoved'>;
  /** Stack split. */ stackSplit: Instance<'StackSplit'>;
  /** Item equipped. */ itemEquipped: Instance<'ItemEquipped'>;
  /** Item unequipped. */ itemUnequipped: Instance<'ItemUnequipped'>;
  /** Item destroyed. */ itemDestroyed: Instance<'ItemDestroyed'>;
  /** What a vendor sells. */ vendorStock: Instance<'VendorStock'>;
  /** Bought from a vendor. */ vendorBought: Instance<'VendorBought'>;
  /** Sold to a vendor. */ vendorSold: Instance<'VendorSold'>;
  /** Loot added to the inventory. */ lootReceived: Instance<'LootReceived'>;
  /** Trade invitation sent. */ tradeRequested: Instance<'TradeRequested'>;
  /** Someone asks this player to trade. */ tradeInvitation: Instance<'TradeInvitation'>;
  /** Trade invitation answered. */ tradeResponded: Instance<'TradeResponded'>;
  /** Trade offer replaced. */ tradeOfferSet: Instance<'TradeOfferSet'>;
  /** Trade confirmed (maybe completed). */ tradeConfirmed: Instance<'TradeConfirmed'>;
  /** Trade cancelled. */ tradeCancelled: Instance<'TradeCancelled'>;
  /** The open trade as it is now. */ tradeState: Instance<'TradeState'>;
  /** A trade or invitation ended. */ tradeEnded: Instance<'TradeEnded'>;
  /** A notice from the server's operators. */ serverNotice: Instance<'ServerNotice'>;
  /** The anti-cheat sanctioned the player's account. */ sanctionNotice: Instance<'SanctionNotice'>;
  /** Where and how to send datagrams. */ datagramChannel: Instance<'DatagramChannel'>;
}

/** A ClientMessage payload case name. */
export type ClientPayloadKind = keyof ClientPayloads;
/** A ServerMessage payload case name. */
export type ServerPayloadKind = keyof ServerPayloads;

/** A ClientMessage payload as a discriminated union. */
export type ClientPayload = { [K in ClientPayloadKind]: { kind: K; value: ClientPayloads[K] } }[ClientPayloadKind];
/** A ServerMessage payload as a discriminated union. */
export type ServerPayload = { [K in ServerPayloadKind]: { kind: K; value: ServerPayloads[K] } }[ServerPayloadKind];

/**
 * The payload of a decoded ClientMessage, or undefined when no known case is set
 * (an empty message, or a case this build does not know).
 */
export function clientPayload(message: realmforge.v1.ClientMessage): ClientPayload | undefined {
  const kind = message.payload;
  if (kind === undefined) return undefined;
  const value = message[kind];
  if (value === null || value === undefined) return undefined;
  return { kind, value } as ClientPayload;
}

/**
 * The payload of a decoded ServerMessage, or undefined when no known case is set.
 */
export function serverPayload(message: realmforge.v1.ServerMessage): ServerPayload | undefined {
  const kind = message.payload;
  if (kind === undefined) return undefined;
  const value = message[kind];
  if (value === null || value === undefined) return undefined;
  return { kind, value } as ServerPayload;
}
