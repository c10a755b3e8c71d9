/**
 * World requests: enter the world, movement input.
 * @module
 */
import { ErrorCode } from '@realmforge/protocol';
import { toWireCharacter } from '../../characters/wire-character.ts';
import { requireLobby, requirePresence } from '../handler.ts';
import type { RequestHandler } from '../handler.ts';
import { RequestError } from '../request-error.ts';

/** EnterWorld → EnteredWorld; world frames follow from the next tick. */
export const enterWorld: RequestHandler<'enterWorld'> = async (session, request) => {
  const presence = requireLobby(session);
  const { characters, realm, world } = session.services;
  const record = await characters.getOwned(presence.accountId, request.characterId);
  const character = realm.enterWorld(presence, record);
  session.enteredWorld(character.id);
  session.log.info({ zone: character.zone }, 'entered the world');
  return { enteredWorld: { character: toWireCharacter(character), tick: world.tick } };
};

/** MoveInput: queued for the next tick; acknowledged in world frames, no direct answer. */
export const moveInput: RequestHandler<'moveInput'> = (session, request) => {
  const presence = requirePresence(session);
  const player = session.services.realm.character(presence);
  if (player === undefined) throw new RequestError(ErrorCode.ERROR_CODE_NOT_IN_WORLD, 'enter the world first');
  const target = request.target;
  const now = Date.now();
  session.watch.moveInput({ sequence: request.sequence, clientTimeMs: request.clientTimeMs }, player.newestInput, now);
  // A repeated or older sequence is dropped here (and was reported as sequence_replay above).
  const queued = session.services.world.queueInput(player, {
    sequence: request.sequence,
    directionX: request.directionX,
    directionY: request.directionY,
    targetX: target?.x ?? Number.NaN,
    targetY: target?.y ?? Number.NaN,
  });
  if (queued) session.inputQueued(request.sequence);
  return undefined;
};
