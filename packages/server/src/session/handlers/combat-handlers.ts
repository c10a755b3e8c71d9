/**
 * Combat requests: select a target, use a skill, weapon swing on/off, release spirit. Each is
 * queued to the player's zone and answered when the zone's next tick has resolved it, with
 * the answer or the COMBAT_* error code (and then nothing changed).
 * @module
 */
import { ErrorCode } from '@realmforge/protocol';
import type { PlayerEntity } from '../../world/player-entity.ts';
import type { CombatAnswer, CombatRequest } from '../../world/combat/combat-system.ts';
import { requirePresence } from '../handler.ts';
import type { RequestHandler, SessionControl } from '../handler.ts';
import { RequestError } from '../request-error.ts';

/** The player's entity, or NOT_IN_WORLD. */
function playerOf(session: SessionControl): PlayerEntity {
  const presence = requirePresence(session);
  const player = session.services.realm.character(presence);
  if (player === undefined) throw new RequestError(ErrorCode.ERROR_CODE_NOT_IN_WORLD, 'enter the world first');
  return player;
}

const messages: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.ERROR_CODE_COMBAT_UNKNOWN_SKILL]: 'your class has no such skill',
  [ErrorCode.ERROR_CODE_COMBAT_ON_COOLDOWN]: 'that skill is not ready yet',
  [ErrorCode.ERROR_CODE_COMBAT_OUT_OF_RANGE]: 'the target is out of range',
  [ErrorCode.ERROR_CODE_COMBAT_NO_LINE_OF_SIGHT]: 'the target is not in line of sight',
  [ErrorCode.ERROR_CODE_COMBAT_NOT_ENOUGH_RESOURCE]: 'not enough resource',
  [ErrorCode.ERROR_CODE_COMBAT_INVALID_TARGET]: 'invalid target for that',
  [ErrorCode.ERROR_CODE_COMBAT_TARGET_DEAD]: 'the target is dead',
  [ErrorCode.ERROR_CODE_COMBAT_CASTER_DEAD]: 'you are dead',
  [ErrorCode.ERROR_CODE_COMBAT_CASTER_STUNNED]: 'you are stunned',
  [ErrorCode.ERROR_CODE_COMBAT_ALREADY_CASTING]: 'you are already casting',
  [ErrorCode.ERROR_CODE_COMBAT_NOT_DEAD]: 'you are not dead',
  [ErrorCode.ERROR_CODE_COMBAT_CASTER_MOVING]: 'you cannot cast that while moving',
  [ErrorCode.ERROR_CODE_COMBAT_TARGET_NOT_FOUND]: 'no such entity in sight',
  [ErrorCode.ERROR_CODE_COMBAT_PVP_DISABLED]: 'players cannot fight players in this zone',
  [ErrorCode.ERROR_CODE_NOT_IN_WORLD]: 'left the zone before the request was resolved',
};

/** Queues the request to the player's zone and waits for the tick that resolves it. */
async function resolved(session: SessionControl, request: CombatRequest): Promise<Extract<CombatAnswer, { ok: true }>> {
  const player = playerOf(session);
  const zone = session.services.world.zones.get(player.zone);
  if (zone === undefined) throw new RequestError(ErrorCode.ERROR_CODE_NOT_IN_WORLD, 'enter the world first');
  const answer = await session.services.combat.request(zone, player, request);
  if (!answer.ok) throw new RequestError(answer.error, messages[answer.error] ?? 'rejected');
  return answer;
}

/** SelectTarget → TargetSelected. */
export const selectTarget: RequestHandler<'selectTarget'> = async (session, request) => {
  const answer = await resolved(session, { kind: 'target', entity: request.entityId });
  return { targetSelected: { entityId: answer.entity } };
};

/** CastSkill → SkillCast. */
export const castSkill: RequestHandler<'castSkill'> = async (session, request) => {
  const answer = await resolved(session, { kind: 'cast', skill: request.skillId, target: request.targetEntityId });
  return { skillCast: { skillId: request.skillId, targetEntityId: answer.entity, castTicks: answer.castTicks } };
};

/** SetAutoAttack → AutoAttackSet. */
export const setAutoAttack: RequestHandler<'setAutoAttack'> = async (session, request) => {
  const answer = await resolved(session, { kind: 'autoAttack', enabled: request.enabled });
  return { autoAttackSet: { enabled: answer.autoAttack } };
};

/** ReleaseSpirit → SpiritReleased. */
export const releaseSpirit: RequestHandler<'releaseSpirit'> = async (session) => {
  const answer = await resolved(session, { kind: 'release' });
  return { spiritReleased: { graveyard: answer.graveyard } };
};
