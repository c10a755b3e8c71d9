/**
 * Guild ranks and what each may do: one fixed table, in code, so the rules are the same on
 * every server and are tested in one place. Ranks are the wire's GuildRank numbers, which are
 * also what the store keeps; a lower number ranks higher.
 *
 * | rank | invite | kick | set ranks | disband | chat |
 * |---|---|---|---|---|---|
 * | Guild Master | yes | anyone | anyone, any rank (MASTER hands the guild over) | yes | yes |
 * | Officer | yes | members below officer | members below officer, to ranks below officer | no | yes |
 * | Member | no | no | no | no | yes |
 * | Initiate | no | no | no | no | yes |
 * @module
 */
import { GuildRank } from '@realmforge/protocol';

/** What a rank may do. */
export interface GuildPermissions {
  /** Invite characters into the guild. */
  readonly invite: boolean;
  /** Remove members of lower rank. */
  readonly kick: boolean;
  /** Change the rank of members of lower rank, to ranks below one's own. */
  readonly setRank: boolean;
  /** Dissolve the guild. */
  readonly disband: boolean;
  /** Speak on the guild chat channel. */
  readonly chat: boolean;
}

const NONE: GuildPermissions = { invite: false, kick: false, setRank: false, disband: false, chat: false };

/** The ranks as plain numbers (what the store keeps and requests carry). */
const MASTER: number = GuildRank.GUILD_RANK_MASTER;
const OFFICER: number = GuildRank.GUILD_RANK_OFFICER;
const MEMBER: number = GuildRank.GUILD_RANK_MEMBER;
const INITIATE: number = GuildRank.GUILD_RANK_INITIATE;

/** The permissions of every rank, by GuildRank number. */
export const GUILD_PERMISSIONS: ReadonlyMap<number, GuildPermissions> = new Map([
  [MASTER, { invite: true, kick: true, setRank: true, disband: true, chat: true }],
  [OFFICER, { invite: true, kick: true, setRank: true, disband: false, chat: true }],
  [MEMBER, { invite: false, kick: false, setRank: false, disband: false, chat: true }],
  [INITIATE, { invite: false, kick: false, setRank: false, disband: false, chat: true }],
]);

/** The rank a character joins a guild at. */
export const JOINING_RANK = GuildRank.GUILD_RANK_INITIATE;

const RANKS: ReadonlyMap<number, GuildRank> = new Map([
  [MASTER, GuildRank.GUILD_RANK_MASTER],
  [OFFICER, GuildRank.GUILD_RANK_OFFICER],
  [MEMBER, GuildRank.GUILD_RANK_MEMBER],
  [INITIATE, GuildRank.GUILD_RANK_INITIATE],
]);

/** The rank with this number; undefined for UNSPECIFIED and numbers that are not ranks. */
export function guildRankOf(rank: number): GuildRank | undefined {
  return RANKS.get(rank);
}

/** True for the four ranks (not UNSPECIFIED, not an unknown number). */
export function isGuildRank(rank: number): boolean {
  return GUILD_PERMISSIONS.has(rank);
}

/** What a rank may do; nothing for a number that is not a rank. */
export function permissionsOf(rank: number): GuildPermissions {
  return GUILD_PERMISSIONS.get(rank) ?? NONE;
}

/** True when rank `a` is strictly above rank `b`. */
export function outranks(a: number, b: number): boolean {
  return a < b;
}

/** Whether a member of rank `actor` may remove one of rank `target`. */
export function canKick(actor: number, target: number): boolean {
  return permissionsOf(actor).kick && outranks(actor, target);
}

/**
 * Whether a member of rank `actor` may move one of rank `target` to rank `to`: the guild
 * master may set any rank (MASTER hands the guild over); others with the permission only for
 * members below them, and only to ranks below their own.
 */
export function canSetRank(actor: number, target: number, to: number): boolean {
  if (!isGuildRank(to)) return false;
  if (actor === MASTER) return outranks(actor, target);
  return permissionsOf(actor).setRank && outranks(actor, target) && outranks(actor, to);
}

const RANK_NAMES: ReadonlyMap<number, string> = new Map([
  [MASTER, 'guild master'],
  [OFFICER, 'officer'],
  [MEMBER, 'member'],
  [INITIATE, 'initiate'],
]);

/** A rank's name for people ("officer"). */
export function rankName(rank: number): string {
  return RANK_NAMES.get(rank) ?? `rank ${String(rank)}`;
}
