/**
 * Chat requests.
 * @module
 */
import { ErrorCode } from '@realmforge/protocol';
import { requirePresence } from '../handler.ts';
import type { RequestHandler } from '../handler.ts';
import { RequestError } from '../request-error.ts';

/**
 * SendChat → ChatSent, once the message is queued on every recipient's connection (the
 * sender's own copy, when it hears itself, is queued before the answer).
 */
export const sendChat: RequestHandler<'sendChat'> = (session, request) => {
  const presence = requirePresence(session);
  const player = session.services.realm.character(presence);
  if (player === undefined) throw new RequestError(ErrorCode.ERROR_CODE_NOT_IN_WORLD, 'enter the world to chat');
  session.services.chat.send(player, request.channel, request.text, request.recipient);
  return { chatSent: {} };
};
