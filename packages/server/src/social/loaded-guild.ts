/**
 * A guild held in memory while any of its members is in the world: the roster as stored,
 * plus which members are in the world, and its GuildState encoded once for every member.
 * @module
 */
import { encodeServerMessage, GuildRank } from '@realmforge/protocol';
import type { ServerMessageInit } from '@realmforge/protocol';
import type { GuildRoster } from '../store/store.ts';
import type { PlayerEntity } from '../world/player-entity.ts';
import type { World } from '../world/world.ts';
import { guildRankOf } from './guild-ranks.ts';
import { openLink } from './push-link.ts';
import type { LinkLookup, PushLink } from './push-link.ts';

/** One member on a loaded guild's roster. */
export interface RosterMember {
  /** The member's character. */
  readonly characterId: string;
  /** The character's name. */
  readonly name: string;
  /** Level as last known (live from the world while the character is in it). */
  level: number;
  /** Rank in the guild. */
  rank: GuildRank;
  /** When it joined, ms since the epoch. */
  readonly joinedAt: number;
}

type GuildMemberInit = NonNullable<NonNullable<ServerMessageInit['guildState']>['members']>[number];

/** The GuildState that tells a player it is in no guild; the same bytes for everyone. */
export const NO_GUILD = encodeServerMessage({ requestId: 0, guildState: { guildId: '', name: '', createdAtMs: 0, members: [] } });

/** A guild whose roster is in memory. */
export class LoadedGuild {
  /** Guild id. */
  readonly id: string;
  /** Guild name. */
  readonly name: string;
  /** Founding time, ms since the epoch. */
  readonly createdAt: number;
  /** Every member, by character id. */
  readonly members = new Map<string, RosterMember>();
  /** Members whose character is in the world (connected or in their grace period). */
  readonly inWorld = new Set<string>();
  /** True when online members have not yet been told about a change (sent by the next sweep). */
  dirty = false;

  /**
   * @param id - guild id
   * @param name - guild name
   * @param createdAt - founding time
   */
  constructor(id: string, name: string, createdAt: number) {
    this.id = id;
    this.name = name;
    this.createdAt = createdAt;
  }

  /** A loaded guild from a stored roster. */
  static fromRoster(roster: GuildRoster): LoadedGuild {
    const guild = new LoadedGuild(roster.guild.id, roster.guild.name, roster.guild.createdAt);
    for (const member of roster.members) {
      // The schema allows only the four ranks; anything else would be a damaged row.
      const rank = guildRankOf(member.rank) ?? GuildRank.GUILD_RANK_INITIATE;
      guild.members.set(member.characterId, { characterId: member.characterId, name: member.name, level: member.level, rank, joinedAt: member.joinedAt });
    }
    return guild;
  }

  /** The member's rank, or undefined when it is not a member. */
  rankOf(characterId: string): GuildRank | undefined {
    return this.members.get(characterId)?.rank;
  }

  /** The members in the world with an open session. */
  onlineMembers(world: World, links: LinkLookup): PlayerEntity[] {
    const online: PlayerEntity[] = [];
    for (const id of this.inWorld) {
      const player = world.get(id);
      if (player !== undefined && openLink(links, player) !== undefined) online.push(player);
    }
    return online;
  }

  /**
   * Encodes the guild's state once and queues it on every connected member.
   * @returns how many sessions it was queued on
   */
  push(world: World, links: LinkLookup): number {
    const members: GuildMemberInit[] = [];
    const online: PushLink[] = [];
    for (const member of this.members.values()) {
      const player = this.inWorld.has(member.characterId) ? world.get(member.characterId) : undefined;
      const link = player === undefined ? undefined : openLink(links, player);
      if (link !== undefined) online.push(link);
      if (player !== undefined) member.level = player.level;
      members.push({ characterId: member.characterId, name: member.name, rank: member.rank, online: link !== undefined, level: member.level, joinedAtMs: member.joinedAt });
    }
    members.sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0) || (a.joinedAtMs ?? 0) - (b.joinedAtMs ?? 0) || ((a.characterId ?? '') < (b.characterId ?? '') ? -1 : 1));
    const bytes = encodeServerMessage({ requestId: 0, guildState: { guildId: this.id, name: this.name, createdAtMs: this.createdAt, members } });
    for (const link of online) link.deliverPush(bytes);
    this.dirty = false;
    return online.length;
  }
}
