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
