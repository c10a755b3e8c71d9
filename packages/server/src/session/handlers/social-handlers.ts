/**
 * Party and guild requests. Each needs a character in the world; the services hold the rules.
 * @module
 */
import { ErrorCode } from '@realmforge/protocol';
import type { PlayerEntity } from '../../world/player-entity.ts';
import { requirePresence } from '../handler.ts';
import type { RequestHandler, SessionControl } from '../handler.ts';
import { RequestError } from '../request-error.ts';

/** The session's character in the world, or NOT_AUTHENTICATED / NOT_IN_WORLD. */
function requireCharacter(session: SessionControl): PlayerEntity {
  const presence = requirePresence(session);
  const player = session.services.realm.character(presence);
  if (player === undefined) throw new RequestError(ErrorCode.ERROR_CODE_NOT_IN_WORLD, 'enter the world first');
  return player;
}

/** PartyInvite → PartyInviteSent; the invitee gets a PartyInvitation push. */
export const partyInvite: RequestHandler<'partyInvite'> = (session, request) => {
  const { invitee, expiresAt } = session.services.social.parties.invite(requireCharacter(session), request.characterName);
  return { partyInviteSent: { characterId: invitee.id, characterName: invitee.name, expiresAtMs: expiresAt } };
};

/** PartyRespond → PartyResponded; joining pushes PartyState to every member. */
export const partyRespond: RequestHandler<'partyRespond'> = (session, request) => {
  const joined = session.services.social.parties.respond(requireCharacter(session), request.inviterCharacterId, request.accept);
  return { partyResponded: { joined } };
};

/** PartyLeave → PartyLeft. */
export const partyLeave: RequestHandler<'partyLeave'> = (session) => {
  session.services.social.parties.leave(requireCharacter(session));
  return { partyLeft: {} };
};

/** PartyKick → PartyKicked. */
export const partyKick: RequestHandler<'partyKick'> = (session, request) => {
  session.services.social.parties.kick(requireCharacter(session), request.characterId);
  return { partyKicked: {} };
};

/** PartyPromote → PartyPromoted. */
export const partyPromote: RequestHandler<'partyPromote'> = (session, request) => {
  session.services.social.parties.promote(requireCharacter(session), request.characterId);
  return { partyPromoted: {} };
};

/** GuildCreate → GuildCreated; the founder gets a GuildState push. */
export const guildCreate: RequestHandler<'guildCreate'> = async (session, request) => {
  const guild = await session.services.social.guilds.create(requireCharacter(session), request.name);
  session.log.info({ guildId: guild.id }, 'guild created');
  return { guildCreated: { guildId: guild.id, name: guild.name } };
};

/** GuildInvite → GuildInviteSent; the invitee gets a GuildInvitation push. */
export const guildInvite: RequestHandler<'guildInvite'> = async (session, request) => {
  const { invitee, expiresAt } = await session.services.social.guilds.invite(requireCharacter(session), request.characterName);
  return { guildInviteSent: { characterId: invitee.id, characterName: invitee.name, expiresAtMs: expiresAt } };
};

/** GuildRespond → GuildResponded; joining pushes GuildState to every online member. */
export const guildRespond: RequestHandler<'guildRespond'> = async (session, request) => {
  const joined = await session.services.social.guilds.respond(requireCharacter(session), request.guildId, request.accept);
  return { guildResponded: { joined } };
};

/** GuildLeave → GuildLeft. */
export const guildLeave: RequestHandler<'guildLeave'> = async (session) => {
  await session.services.social.guilds.leave(requireCharacter(session));
  return { guildLeft: {} };
};

/** GuildKick → GuildKicked. */
export const guildKick: RequestHandler<'guildKick'> = async (session, request) => {
  await session.services.social.guilds.kick(requireCharacter(session), request.characterId);
  return { guildKicked: {} };
};

/** GuildSetRank → GuildRankSet. */
export const guildSetRank: RequestHandler<'guildSetRank'> = async (session, request) => {
  await session.services.social.guilds.setRank(requireCharacter(session), request.characterId, request.rank);
  return { guildRankSet: {} };
};

/** GuildDisband → GuildDisbanded. */
export const guildDisband: RequestHandler<'guildDisband'> = async (session) => {
  await session.services.social.guilds.disband(requireCharacter(session));
  session.log.info('guild disbanded');
  return { guildDisbanded: {} };
};
