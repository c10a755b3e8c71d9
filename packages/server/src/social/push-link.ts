/**
 * How the social services reach a player: the connected session's push queue, found through
 * the realm. Kept to the two members they use, so tests can stand in for a session.
 * @module
 */
import type { PlayerLink } from '../session/realm.ts';
import type { PlayerEntity } from '../world/player-entity.ts';

/** The part of a session that party and guild pushes use. */
export type PushLink = Pick<PlayerLink, 'closed' | 'deliverPush'>;

/** Finds the connected session of a character; undefined while it has none (grace period). */
export type LinkLookup = (player: PlayerEntity) => PushLink | undefined;

/** The character's open session, or undefined when it has none or the one it has is closed. */
export function openLink(links: LinkLookup, player: PlayerEntity): PushLink | undefined {
  const link = links(player);
  return link === undefined || link.closed ? undefined : link;
}
