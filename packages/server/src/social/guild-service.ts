/**
 * Guilds: persisted groups with ranks (see guild-ranks.ts for who may do what), a chat
 * channel and a roster every online member sees.
 *
 * The store is the truth; a guild's roster is also held in memory while any member is in the
 * world (loaded when a member enters, dropped when the last one leaves), so guild chat and
 * rank checks never wait on the database. Every store read and write of this service runs one
 * at a time, and each change is applied to memory in the same step as its write, so the
 * roster in memory is never older than the database; this assumes one server owns the guild
 * tables (the cluster work will move ownership to the guild's home server). Guild changes are
 * rare next to chat and movement, so running them in series costs little.
 *
 * Online members get a GuildState push at once on membership and rank changes; members
 * entering or leaving the world, dropping or resuming, are gathered and sent by
 * {@link GuildService.sweep} at most once a second per guild.
 * @module
 */
import { encodeServerMessage, ErrorCode, GuildRank } from '@realmforge/protocol';
import { newId } from '../ids.ts';
import type { Logger } from '../ops/logger.ts';
import { KeyedLock } from '../session/keyed-lock.ts';
import { RequestError } from '../session/request-error.ts';
import { StoreConflictError } from '../store/store.ts';
import type { GuildRecord, Store } from '../store/store.ts';
import type { PlayerEntity } from '../world/player-entity.ts';
import type { World } from '../world/world.ts';
import { acceptGuildName, MAX_GUILD_NAME_LENGTH, MIN_GUILD_NAME_LENGTH } from './guild-name.ts';
import { canKick, canSetRank, guildRankOf, JOINING_RANK, permissionsOf, rankName } from './guild-ranks.ts';
import { InvitationBook } from './invitations.ts';
import { LoadedGuild, NO_GUILD } from './loaded-guild.ts';
import { offline } from './party-service.ts';
import { openLink } from './push-link.ts';
import type { LinkLookup, PushLink } from './push-link.ts';

/** The most members a guild holds; keeps a GuildState (sent whole) far below the frame limit. */
export const MAX_GUILD_MEMBERS = 250;
/** How long a guild invitation stays open, ms. */
export const GUILD_INVITE_TTL_MS = 60_000;
/** Guild invitations one player may have open at once. */
export const MAX_GUILD_INVITES_PER_INVITER = 5;
/** Guild invitations one player may hold at once. */
export const MAX_GUILD_INVITES_PER_INVITEE = 5;

/** The one key under which all store work of the service is serialised. */
const STORE = 'guild-store';

/** Settings of the guild service. */
export interface GuildOptions {
  /** Where failed background loads are reported. */
  readonly log: Logger;
  /** Wall clock, ms since the epoch (tests inject one); `Date.now` when omitted. */
  readonly now?: () => number;
  /** How long invitations stay open, ms; {@link GUILD_INVITE_TTL_MS} when omitted. */
  readonly inviteTtlMs?: number;
}

/** A guild member as others may read it. */
export interface GuildMemberView {
  /** The member's character. */
  readonly characterId: string;
  /** GuildRank number. */
  readonly rank: number;
}

/** A loaded guild as others may read it. */
export interface GuildView {
  /** Guild id. */
  readonly id: string;
  /** Guild name. */
  readonly name: string;
  /** Every member. */
  readonly members: readonly GuildMemberView[];
}

/** The outcome of a guild invitation that was sent. */
export interface GuildInviteOutcome {
  /** The invited character. */
  readonly invitee: PlayerEntity;
  /** When the invitation lapses, ms since the epoch. */
  readonly expiresAt: number;
}

/** Guilds of the whole world. */
export class GuildService {
  readonly #store: Store;
  readonly #world: World;
  readonly #links: LinkLookup;
  readonly #log: Logger;
  readonly #now: () => number;
  readonly #guilds = new Map<string, LoadedGuild>();
  /** Character in the world → its guild's id, or null when it is known to be in none. */
  readonly #memberOf = new Map<string, string | null>();
  /** The session last seen for each member in the world, to notice drops and resumes. */
  readonly #seen = new Map<string, PushLink | undefined>();
  readonly #loads = new Map<string, Promise<void>>();
  readonly #serial = new KeyedLock();
  readonly #invites: InvitationBook;

  /**
   * @param store - where guilds are kept
   * @param world - where members are
   * @param links - finds a character's connected session
   * @param options - logger, clock, invitation lifetime
   */
  constructor(store: Store, world: World, links: LinkLookup, options: GuildOptions) {
    this.#store = store;
    this.#world = world;
    this.#links = links;
    this.#log = options.log;
    this.#now = options.now ?? Date.now;
    this.#invites = new InvitationBook({
      ttlMs: options.inviteTtlMs ?? GUILD_INVITE_TTL_MS,
      perInviter: MAX_GUILD_INVITES_PER_INVITER,
      perInvitee: MAX_GUILD_INVITES_PER_INVITEE,
    });
  }

  /** Guilds whose roster is in memory (a member is in the world). */
  get loadedCount(): number {
    return this.#guilds.size;
  }

  /** The guild of a character in the world, from memory; undefined when in none or not yet loaded. */
  guildOf(characterId: string): GuildView | undefined {
    const id = this.#memberOf.get(characterId);
    const guild = id == null ? undefined : this.#guilds.get(id);
    if (guild === undefined) return undefined;
    return { id: guild.id, name: guild.name, members: [...guild.members.values()].map(({ characterId, rank }) => ({ characterId, rank })) };
  }

  /** Open invitations held by a character: guild ids. */
  invitationsOf(characterId: string): string[] {
    return this.#invites.heldBy(characterId, this.#now()).map((i) => i.key);
  }

  /** Resolves once the character's guild membership is loaded (it loads when it enters the world). */
  loaded(characterId: string): Promise<void> {
    return this.#load(characterId);
  }

  /** A character entered the world: load its guild in the background. */
  characterEntered(player: PlayerEntity): void {
    this.#load(player.id).catch((error: unknown) => {
      this.#log.error({ err: error, characterId: player.id }, 'loading a guild failed; the next guild request retries');
    });
  }

  /** A character left the world: its invitations lapse, and its guild is dropped from memory when no member is left in the world. */
  characterLeft(player: PlayerEntity): void {
    this.#invites.dropInvitee(player.id);
    this.#invites.dropInviter(player.id);
    const guildId = this.#memberOf.get(player.id);
    this.#memberOf.delete(player.id);
    this.#seen.delete(player.id);
    const guild = guildId == null ? undefined : this.#guilds.get(guildId);
    if (guild === undefined) return;
    guild.inWorld.delete(player.id);
    const member = guild.members.get(player.id);
    if (member !== undefined) member.level = player.level;
    if (guild.inWorld.size === 0) this.#guilds.delete(guild.id);
    else guild.dirty = true;
  }

  /** A character was deleted (its membership went with it in the store): take it off any roster in memory. */
  characterDeleted(characterId: string): Promise<void> {
    return this.#serial.run(STORE, () => {
      for (const guild of this.#guilds.values()) {
        if (guild.members.delete(characterId)) guild.dirty = true;
      }
      return Promise.resolve();
    });
  }

  /**
   * The guild members in the world with a connected player, for guild chat; undefined when
   * the player is in no guild (or its guild is not loaded yet).
   * @throws RequestError GUILD_PERMISSION_DENIED when the player's rank may not chat
   */
  onlineMembers(player: PlayerEntity): PlayerEntity[] | undefined {
    const id = this.#memberOf.get(player.id);
    const guild = id == null ? undefined : this.#guilds.get(id);
    if (guild === undefined) return undefined;
    if (!permissionsOf(guild.rankOf(player.id) ?? 0).chat) throw denied('use guild chat');
    return guild.onlineMembers(this.#world, this.#links);
  }

  /**
   * Founds a guild with the player as its guild master.
   * @throws RequestError GUILD_NAME_INVALID, ALREADY_IN_GUILD, GUILD_NAME_TAKEN
   */
  async create(player: PlayerEntity, rawName: string): Promise<GuildRecord> {
    const name = acceptGuildName(rawName);
    if (name === undefined) {
      throw new RequestError(ErrorCode.ERROR_CODE_GUILD_NAME_INVALID, `guild names are ${MIN_GUILD_NAME_LENGTH}-${MAX_GUILD_NAME_LENGTH} letters, words separated by single spaces`);
    }
    await this.#load(player.id);
    return this.#serial.run(STORE, async () => {
      if (this.#guildIdOf(player.id) !== undefined) throw alreadyInGuild('you are');
      const record: GuildRecord = { id: newId(), name, createdAt: this.#now() };
      try {
        await this.#store.createGuild(record, player.id);
      } catch (error) {
        if (error instanceof StoreConflictError && error.constraint === 'guild_name') throw new RequestError(ErrorCode.ERROR_CODE_GUILD_NAME_TAKEN, `a guild named "${name}" exists`);
        if (error instanceof StoreConflictError) throw alreadyInGuild('you are');
        throw error;
      }
      const guild = new LoadedGuild(record.id, record.name, record.createdAt);
      this.#guilds.set(guild.id, guild);
      this.#join(guild, player, GuildRank.GUILD_RANK_MASTER, record.createdAt);
      guild.push(this.#world, this.#links);
      return record;
    });
  }

  /**
   * Invites an online character who is in no guild (master and officers). Inviting someone
   * this guild already invited renews the invitation.
   * @throws RequestError INVALID_ARGUMENT (no name, oneself), NOT_IN_GUILD,
   *   GUILD_PERMISSION_DENIED, TARGET_OFFLINE, ALREADY_IN_GUILD, GUILD_FULL, TOO_MANY_INVITES
   */
  async invite(inviter: PlayerEntity, targetName: string): Promise<GuildInviteOutcome> {
    const name = targetName.trim();
    if (name === '') throw new RequestError(ErrorCode.ERROR_CODE_INVALID_ARGUMENT, 'name the character to invite');
    if (name.toLowerCase() === inviter.name.toLowerCase()) throw new RequestError(ErrorCode.ERROR_CODE_INVALID_ARGUMENT, 'you cannot invite yourself');
    await this.#load(inviter.id);
    const guild = this.#requiredGuild(inviter);
    if (!permissionsOf(guild.rankOf(inviter.id) ?? 0).invite) throw denied('invite');
    const invitee = this.#world.findByName(name);
    const link = invitee === undefined ? undefined : openLink(this.#links, invitee);
    if (invitee === undefined || link === undefined) throw offline(name);
    await this.#load(invitee.id);
    // Both loads awaited: check again what they may have changed.
    const current = this.#requiredGuild(inviter);
    if (this.#guildIdOf(invitee.id) !== undefined) throw alreadyInGuild(`${invitee.name} is`);
    if (current.members.size >= MAX_GUILD_MEMBERS) throw full();
    const invitation = this.#invites.offer(inviter.id, invitee.id, current.id, this.#now());
    link.deliverPush(encodeServerMessage({
      requestId: 0,
      guildInvitation: { guildId: current.id, guildName: current.name, inviterCharacterId: inviter.id, inviterName: inviter.name, expiresAtMs: invitation.expiresAt },
    }));
    return { invitee, expiresAt: invitation.expiresAt };
  }

  /**
   * Accepts or declines a guild invitation; accepting joins at the initiate rank and drops the
   * player's other guild invitations.
   * @returns true when the player joined
   * @throws RequestError INVITE_NOT_FOUND (none for that guild, lapsed, or no longer valid: the
   *   inviter left the world or lost the right to invite), ALREADY_IN_GUILD, GUILD_FULL
   */
  async respond(invitee: PlayerEntity, guildId: string, accept: boolean): Promise<boolean> {
    const invitation = this.#invites.take(invitee.id, guildId, this.#now());
    if (invitation === undefined) throw new RequestError(ErrorCode.ERROR_CODE_INVITE_NOT_FOUND, 'no open invitation from that guild');
    if (!accept) return false;
    await this.#load(invitee.id);
    return this.#serial.run(STORE, async () => {
      if (this.#guildIdOf(invitee.id) !== undefined) throw alreadyInGuild('you are');
      const guild = this.#guilds.get(guildId);
      if (guild === undefined || !permissionsOf(guild.rankOf(invitation.inviterId) ?? 0).invite) {
        throw new RequestError(ErrorCode.ERROR_CODE_INVITE_NOT_FOUND, 'that invitation is no longer valid');
      }
      if (guild.members.size >= MAX_GUILD_MEMBERS) throw full();
      const joinedAt = this.#now();
      try {
        await this.#store.addGuildMember(guild.id, invitee.id, JOINING_RANK, joinedAt);
      } catch (error) {
        if (error instanceof StoreConflictError) throw alreadyInGuild('you are');
        throw error;
      }
      this.#join(guild, invitee, JOINING_RANK, joinedAt);
      this.#invites.dropInvitee(invitee.id);
      guild.push(this.#world, this.#links);
      return true;
    });
  }

  /**
   * Leaves the guild. The guild master may leave only as its last member, which disbands it;
   * otherwise the guild must be handed over first (GuildSetRank to MASTER).
   * @throws RequestError NOT_IN_GUILD, GUILD_MASTER_CANNOT_LEAVE
   */
  async leave(player: PlayerEntity): Promise<void> {
    await this.#load(player.id);
    await this.#serial.run(STORE, async () => {
      const guild = this.#requiredGuild(player);
      if (guild.rankOf(player.id) === GuildRank.GUILD_RANK_MASTER) {
        if (guild.members.size > 1) {
          throw new RequestError(ErrorCode.ERROR_CODE_GUILD_MASTER_CANNOT_LEAVE, 'hand the guild to another member (set their rank to guild master) or disband it');
        }
        await this.#disband(guild);
        return;
      }
      await this.#store.removeGuildMember(guild.id, player.id);
      this.#part(guild, player.id);
    });
  }

  /**
   * Removes a member of lower rank (master: anyone; officers: members below officer).
   * @throws RequestError NOT_IN_GUILD, INVALID_ARGUMENT (oneself), MEMBER_NOT_FOUND,
   *   GUILD_PERMISSION_DENIED
   */
  async kick(actor: PlayerEntity, targetId: string): Promise<void> {
    await this.#load(actor.id);
    await this.#serial.run(STORE, async () => {
      const { guild, actorRank, targetRank } = this.#actorAndTarget(actor, targetId, 'leave the guild instead of kicking yourself');
      if (!canKick(actorRank, targetRank)) throw denied(`remove a ${rankName(targetRank)}`);
      await this.#store.removeGuildMember(guild.id, targetId);
      this.#part(guild, targetId);
    });
  }

  /**
   * Changes a member's rank. The master may set any rank; MASTER hands the guild over and
   * the old master becomes an officer. Officers may move members below officer between the
   * ranks below officer.
   * @throws RequestError INVALID_ARGUMENT (not a rank, oneself), NOT_IN_GUILD,
   *   MEMBER_NOT_FOUND, GUILD_PERMISSION_DENIED
   */
  async setRank(actor: PlayerEntity, targetId: string, rankNumber: number): Promise<void> {
    const rank = guildRankOf(rankNumber);
    if (rank === undefined) throw new RequestError(ErrorCode.ERROR_CODE_INVALID_ARGUMENT, 'choose a guild rank');
    await this.#load(actor.id);
    await this.#serial.run(STORE, async () => {
      const { guild, actorRank, targetRank } = this.#actorAndTarget(actor, targetId, 'you cannot change your own rank');
      if (!canSetRank(actorRank, targetRank, rank)) throw denied(`make a ${rankName(targetRank)} ${rankName(rank)}`);
      if (targetRank === rank) return;
      await this.#store.setGuildRank(guild.id, targetId, rank);
      const target = guild.members.get(targetId);
      const self = guild.members.get(actor.id);
      if (target !== undefined) target.rank = rank;
      if (rank === GuildRank.GUILD_RANK_MASTER && self !== undefined) self.rank = GuildRank.GUILD_RANK_OFFICER;
      guild.push(this.#world, this.#links);
    });
  }

  /**
   * Dissolves the guild (guild master only); every member is told it is in no guild.
   * @throws RequestError NOT_IN_GUILD, GUILD_PERMISSION_DENIED
   */
  async disband(actor: PlayerEntity): Promise<void> {
    await this.#load(actor.id);
    await this.#serial.run(STORE, async () => {
      const guild = this.#requiredGuild(actor);
      if (!permissionsOf(guild.rankOf(actor.id) ?? 0).disband) throw denied('disband the guild');
      await this.#disband(guild);
    });
  }

  /**
   * Periodic work, about once a second: forgets lapsed invitations, notices members whose
   * connection dropped or came back, and pushes GuildState to guilds with unsent changes.
   */
  sweep(): void {
    this.#invites.expire(this.#now());
    for (const guild of this.#guilds.values()) {
      for (const id of guild.inWorld) {
        const player = this.#world.get(id);
        const link = player === undefined ? undefined : openLink(this.#links, player);
        if (this.#seen.get(id) !== link) {
          this.#seen.set(id, link);
          guild.dirty = true;
        }
      }
      if (guild.dirty) guild.push(this.#world, this.#links);
    }
  }

  /** The guild id of a character in the world; undefined when in none or not loaded. */
  #guildIdOf(characterId: string): string | undefined {
    return this.#memberOf.get(characterId) ?? undefined;
  }

  #requiredGuild(player: PlayerEntity): LoadedGuild {
    const id = this.#guildIdOf(player.id);
    const guild = id === undefined ? undefined : this.#guilds.get(id);
    if (guild === undefined) throw new RequestError(ErrorCode.ERROR_CODE_NOT_IN_GUILD, 'you are not in a guild');
    return guild;
  }

  #actorAndTarget(actor: PlayerEntity, targetId: string, selfMessage: string): { guild: LoadedGuild; actorRank: number; targetRank: GuildRank } {
    const guild = this.#requiredGuild(actor);
    if (targetId === actor.id) throw new RequestError(ErrorCode.ERROR_CODE_INVALID_ARGUMENT, selfMessage);
    const targetRank = guild.rankOf(targetId);
    if (targetRank === undefined) throw new RequestError(ErrorCode.ERROR_CODE_MEMBER_NOT_FOUND, 'that character is not in your guild');
    return { guild, actorRank: guild.rankOf(actor.id) ?? 0, targetRank };
  }

  /** Loads a character's membership once (memoised while in flight); store work in series. */
  #load(characterId: string): Promise<void> {
    if (this.#memberOf.has(characterId)) return Promise.resolve();
    let loading = this.#loads.get(characterId);
    if (loading === undefined) {
      loading = this.#serial
        .run(STORE, async () => {
          if (this.#memberOf.has(characterId)) return;
          const roster = await this.#store.loadGuildOf(characterId);
          const player = this.#world.get(characterId);
          // Left the world while loading: nothing to keep.
          if (player !== undefined) this.#adopt(player, roster === undefined ? undefined : LoadedGuild.fromRoster(roster));
        })
        .finally(() => {
          this.#loads.delete(characterId);
        });
      this.#loads.set(characterId, loading);
    }
    return loading;
  }

  /** Records a loaded membership; a guild already in memory wins over the stored roster (it is as new and has live levels). */
  #adopt(player: PlayerEntity, stored: LoadedGuild | undefined): void {
    const guild = stored === undefined ? undefined : (this.#guilds.get(stored.id) ?? stored);
    if (guild === undefined || !guild.members.has(player.id)) {
      this.#memberOf.set(player.id, null);
      return;
    }
    this.#guilds.set(guild.id, guild);
    this.#memberOf.set(player.id, guild.id);
    guild.inWorld.add(player.id);
    guild.dirty = true;
  }

  #join(guild: LoadedGuild, player: PlayerEntity, rank: GuildRank, joinedAt: number): void {
    guild.members.set(player.id, { characterId: player.id, name: player.name, level: player.level, rank, joinedAt });
    guild.inWorld.add(player.id);
    this.#memberOf.set(player.id, guild.id);
    this.#seen.set(player.id, openLink(this.#links, player));
  }

  /** Takes a member off the roster in memory and tells it and the rest. */
  #part(guild: LoadedGuild, characterId: string): void {
    guild.members.delete(characterId);
    if (guild.inWorld.delete(characterId)) {
      this.#memberOf.set(characterId, null);
      this.#tellNoGuild(characterId);
    }
    if (guild.inWorld.size === 0) this.#guilds.delete(guild.id);
    else guild.push(this.#world, this.#links);
  }

  async #disband(guild: LoadedGuild): Promise<void> {
    await this.#store.disbandGuild(guild.id);
    this.#guilds.delete(guild.id);
    this.#invites.dropKey(guild.id);
    for (const id of guild.inWorld) {
      this.#memberOf.set(id, null);
      this.#tellNoGuild(id);
    }
  }

  #tellNoGuild(characterId: string): void {
    const player = this.#world.get(characterId);
    const link = player === undefined ? undefined : openLink(this.#links, player);
    link?.deliverPush(NO_GUILD);
  }
}

function alreadyInGuild(who: string): RequestError {
  return new RequestError(ErrorCode.ERROR_CODE_ALREADY_IN_GUILD, `${who} already in a guild`);
}

function denied(what: string): RequestError {
  return new RequestError(ErrorCode.ERROR_CODE_GUILD_PERMISSION_DENIED, `your rank may not ${what}`);
}

function full(): RequestError {
  return new RequestError(ErrorCode.ERROR_CODE_GUILD_FULL, `the guild has ${MAX_GUILD_MEMBERS} members`);
}
