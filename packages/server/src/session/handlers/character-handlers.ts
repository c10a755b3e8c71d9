/**
 * Character selection requests: list, create, delete.
 * @module
 */
import { toWireCharacter } from '../../characters/wire-character.ts';
import { requireLobby, requirePresence } from '../handler.ts';
import type { RequestHandler } from '../handler.ts';

/** ListCharacters → CharacterList. */
export const listCharacters: RequestHandler<'listCharacters'> = async (session) => {
  const presence = requirePresence(session);
  const characters = await session.services.characters.list(presence.accountId);
  return { characterList: { characters: characters.map(toWireCharacter) } };
};

/** CreateCharacter → CharacterCreated. */
export const createCharacter: RequestHandler<'createCharacter'> = async (session, request) => {
  const presence = requireLobby(session);
  const character = await session.services.characters.create(presence.accountId, request.name, request.class);
  session.log.info({ characterId: character.id }, 'character created');
  return { characterCreated: { character: toWireCharacter(character) } };
};

/** DeleteCharacter → CharacterDeleted. */
export const deleteCharacter: RequestHandler<'deleteCharacter'> = async (session, request) => {
  const presence = requireLobby(session);
  await session.services.characters.delete(presence.accountId, request.characterId);
  // Its guild membership went with it; take it off rosters other members see.
  await session.services.social.guilds.characterDeleted(request.characterId);
  session.log.info({ characterId: request.characterId }, 'character deleted');
  return { characterDeleted: { characterId: request.characterId } };
};
