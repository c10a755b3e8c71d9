/**
 * Trade requests; the TradeService holds the rules.
 * @module
 */
import type { RequestHandler } from '../handler.ts';
import { requireCharacter } from './economy-handlers.ts';

/**
 * TradeRequest → TradeRequested; the other player gets a TradeInvitation push. The other
 * character is named by id, or by name when the id is empty (what a player clicking someone
 * in the world knows).
 */
export const tradeRequest: RequestHandler<'tradeRequest'> = (session, request) => {
  const requester = requireCharacter(session);
  const partnerId = request.characterId !== '' ? request.characterId : (session.services.world.findByName(request.characterName)?.id ?? '');
  const { tradeId, expiresAt } = session.services.trades.request(requester, partnerId);
  return { tradeRequested: { tradeId, expiresAtMs: expiresAt } };
};

/** TradeRespond → TradeResponded; opening pushes TradeState to both. */
export const tradeRespond: RequestHandler<'tradeRespond'> = (session, request) => {
  const opened = session.services.trades.respond(requireCharacter(session), request.tradeId, request.accept);
  return { tradeResponded: { opened } };
};

/** TradeSetOffer → TradeOfferSet; both get TradeState. */
export const tradeSetOffer: RequestHandler<'tradeSetOffer'> = (session, request) => {
  const revision = session.services.trades.setOffer(requireCharacter(session), request.tradeId, request.itemIds, request.gold);
  return { tradeOfferSet: { revision } };
};

/** TradeConfirm → TradeConfirmed, after the exchange is durable when this confirmation completes it. */
export const tradeConfirm: RequestHandler<'tradeConfirm'> = async (session, request) => {
  const completed = await session.services.trades.confirm(requireCharacter(session), request.tradeId, request.revision);
  if (completed) session.log.info({ tradeId: request.tradeId }, 'trade completed');
  return { tradeConfirmed: { completed } };
};

/** TradeCancel → TradeCancelled; both get TradeEnded. */
export const tradeCancel: RequestHandler<'tradeCancel'> = (session, request) => {
  session.services.trades.cancel(requireCharacter(session), request.tradeId);
  return { tradeCancelled: {} };
};
