/**
 * Datagram channel requests: open the channel, and ask for a reset frame after a lost datagram.
 * @module
 */
import { requirePresence } from '../handler.ts';
import type { RequestHandler } from '../handler.ts';

/** OpenDatagramChannel → DatagramChannel (after login; TCP or TLS connections only). */
export const openDatagramChannel: RequestHandler<'openDatagramChannel'> = (session) => {
  requirePresence(session);
  return { datagramChannel: session.openDatagramChannel() };
};

/** ResyncFrames: the player's next world frame is a reset; no direct answer. */
export const resyncFrames: RequestHandler<'resyncFrames'> = (session) => {
  requirePresence(session);
  session.resyncFrames();
  return undefined;
};
