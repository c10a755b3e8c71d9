/**
 * Parties and guilds in the client SDK: a typed method per request and listeners for the
 * states and invitations the server pushes. Reached as `client.social`.
 * @module
 */
import { serverPayload } from '@realmforge/protocol';
import type { GuildRank, ServerMessage, ServerPayloadKind, ServerPayloads } from '@realmforge/protocol';
import type { GameClient } from './game-client.ts';

/** The player's party as the server last pushed it; no members: in no party. */
export type PartyState = ServerPayloads['partyState'];
/** The player's guild as the server last pushed it; an empty guild id: in no guild. */
export type GuildState = ServerPayloads['guildState'];
/** A pushed invitation, to a party or to a guild. */
export type Invitation =
  | { readonly kind: 'party'; readonly invitation: ServerPayloads['partyInvitation'] }
  | { readonly kind: 'guild'; readonly invitation: ServerPayloads['guildInvitation'] };

/** Party and guild requests and pushes of one client session. */
export class SocialClient {
  readonly #client: GameClient;

  /** @param client - the session to send on and listen to */
  constructor(client: GameClient) {
    this.#client = client;
  }

  /** Listens for PartyState pushes; returns a function that removes the listener. */
  onPartyState(listener: (state: PartyState) => void): () => void {
    return this.#on('partyState', listener);
  }

  /** Listens for GuildState pushes; returns a function that removes the listener. */
  onGuildState(listener: (state: GuildState) => void): () => void {
    return this.#on('guildState', listener);
  }

  /** Listens for party and guild invitations; returns a function that removes the listener. */
  onInvitation(listener: (invitation: Invitation) => void): () => void {
    const party = this.#on('partyInvitation', (invitation) => {
      listener({ kind: 'party', invitation });
    });
    const guild = this.#on('guildInvitation', (invitation) => {
      listener({ kind: 'guild', invitation });
    });
    return () => {
      party();
      guild();
    };
  }

  /** Invites an online character (by name) to your party; rejects with ServerError (TARGET_OFFLINE, PARTY_FULL, ...). */
  async partyInvite(characterName: string): Promise<ServerPayloads['partyInviteSent']> {
    return answer(await this.#client.request({ partyInvite: { characterName } }), 'partyInviteSent');
  }

  /** Accepts or declines a party invitation; resolves true when you joined. */
  async partyRespond(inviterCharacterId: string, accept: boolean): Promise<boolean> {
    return answer(await this.#client.request({ partyRespond: { inviterCharacterId, accept } }), 'partyResponded').joined;
  }

  /** Leaves your party. */
  async partyLeave(): Promise<void> {
    answer(await this.#client.request({ partyLeave: {} }), 'partyLeft');
  }

  /** Removes a member from your party (leader only). */
  async partyKick(characterId: string): Promise<void> {
    answer(await this.#client.request({ partyKick: { characterId } }), 'partyKicked');
  }

  /** Makes another member the party leader (leader only). */
  async partyPromote(characterId: string): Promise<void> {
    answer(await this.#client.request({ partyPromote: { characterId } }), 'partyPromoted');
  }

  /** Founds a guild with you as guild master; resolves with its id and name. */
  async guildCreate(name: string): Promise<ServerPayloads['guildCreated']> {
    return answer(await this.#client.request({ guildCreate: { name } }), 'guildCreated');
  }

  /** Invites an online character (by name) to your guild (master and officers). */
  async guildInvite(characterName: string): Promise<ServerPayloads['guildInviteSent']> {
    return answer(await this.#client.request({ guildInvite: { characterName } }), 'guildInviteSent');
  }

  /** Accepts or declines a guild invitation; resolves true when you joined. */
  async guildRespond(guildId: string, accept: boolean): Promise<boolean> {
    return answer(await this.#client.request({ guildRespond: { guildId, accept } }), 'guildResponded').joined;
  }

  /** Leaves your guild (a guild master only as its last member, which disbands it). */
  async guildLeave(): Promise<void> {
    answer(await this.#client.request({ guildLeave: {} }), 'guildLeft');
  }

  /** Removes a member of lower rank from your guild. */
  async guildKick(characterId: string): Promise<void> {
    answer(await this.#client.request({ guildKick: { characterId } }), 'guildKicked');
  }

  /** Changes a member's rank; GUILD_RANK_MASTER hands your guild over. */
  async guildSetRank(characterId: string, rank: GuildRank): Promise<void> {
    answer(await this.#client.request({ guildSetRank: { characterId, rank } }), 'guildRankSet');
  }

  /** Dissolves your guild (guild master only). */
  async guildDisband(): Promise<void> {
    answer(await this.#client.request({ guildDisband: {} }), 'guildDisbanded');
  }

  #on<K extends ServerPayloadKind>(kind: K, listener: (value: ServerPayloads[K]) => void): () => void {
    return this.#client.onPush((message) => {
      const payload = serverPayload(message);
      if (payload?.kind === kind) listener(payload.value as ServerPayloads[K]);
    });
  }
}

function answer<K extends ServerPayloadKind>(message: ServerMessage, kind: K): ServerPayloads[K] {
  const payload = serverPayload(message);
  if (payload?.kind !== kind) throw new Error(`expected ${kind}, got ${payload?.kind ?? 'nothing'}`);
  return payload.value as ServerPayloads[K];
}
