/**
 * The storage interface: everything the server persists goes through it, so the embedded
 * SQLite store and the PostgreSQL store are interchangeable and pass the same test suite.
 * @module
 */
import type { EventStore } from './event-store.ts';

/** An account as stored. Usernames are unique case-insensitively. */
export interface AccountRecord {
  /** Globally unique id (ULID). */
  readonly id: string;
  /** As the player typed it at registration; lookups ignore case. */
  readonly username: string;
  /** argon2id PHC string; never logged. */
  readonly passwordHash: string;
  /** Milliseconds since the Unix epoch. */
  readonly createdAt: number;
}

/** The parts of a character that change during play and are saved write-behind. */
export interface CharacterState {
  /** The character's id. */
  readonly id: string;
  /** Current level, from 1. */
  readonly level: number;
  /** Experience points accumulated. */
  readonly experience: number;
  /** Id of the zone the character is in. */
  readonly zone: string;
  /** Position in the zone, metres. */
  readonly x: number;
  /** Position in the zone, metres. */
  readonly y: number;
  /** Current hit points. */
  readonly hitPoints: number;
  /** Hit points at full health, as the character's class and level gave them when saved. */
  readonly maxHitPoints: number;
  /** Class resource (rage, mana, focus); -1 for "the class's starting value" (new characters). */
  readonly resource: number;
  /**
   * Long cooldowns still running: skill id → when the skill is ready again, ms since the Unix
   * epoch (wall-clock time, so time offline counts and a restart at another tick rate is right).
   */
  readonly cooldowns: Readonly<Record<string, number>>;
}

/** A character as stored. Names are unique case-insensitively across the whole world. */
export interface CharacterRecord extends CharacterState {
  /** The owning account's id. */
  readonly accountId: string;
  /** Display name, 3-16 letters. */
  readonly name: string;
  /** One of the CharacterClass wire values. */
  readonly classId: number;
  /** Milliseconds since the Unix epoch. */
  readonly createdAt: number;
}

/**
 * Guild ranks as stored: the same numbers as the wire's GuildRank, lower ranking higher. The
 * store knows two of them: a guild has at most one {@link GUILD_RANKS}.master (a unique index),
 * and handing the guild over makes the old master an officer in the same transaction.
 */
export const GUILD_RANKS = { master: 1, officer: 2, member: 3, initiate: 4 } as const;

/** A guild as stored. Names are unique case-insensitively. */
export interface GuildRecord {
  /** Globally unique id (ULID). */
  readonly id: string;
  /** Display name as founded. */
  readonly name: string;
  /** Milliseconds since the Unix epoch. */
  readonly createdAt: number;
}

/** One member of a stored guild, with the character's name and level for the roster. */
export interface GuildMemberRecord {
  /** The member's character. */
  readonly characterId: string;
  /** The character's name. */
  readonly name: string;
  /** The character's level as last saved. */
  readonly level: number;
  /** One of {@link GUILD_RANKS}. */
  readonly rank: number;
  /** Milliseconds since the Unix epoch. */
  readonly joinedAt: number;
}

/** A guild with every member, highest rank first, then by joining time. */
export interface GuildRoster {
  /** The guild. */
  readonly guild: GuildRecord;
  /** Every member. */
  readonly members: GuildMemberRecord[];
}

/** Whether an audit entry records something a client did or something done about it. */
export type AuditKind = 'detection' | 'sanction';

/**
 * One entry of the anti-cheat audit log: a detection (what a client sent that the server did
 * not expect) or a sanction (warn, mute, kick, ban, unban), with its evidence.
 */
export interface AuditRecord {
  /** Globally unique id (ULID); also orders entries made in the same millisecond. */
  readonly id: string;
  /** Milliseconds since the Unix epoch. */
  readonly at: number;
  /** The account it concerns. */
  readonly accountId: string;
  /** The character played at the time, if one was in the world. */
  readonly characterId: string | undefined;
  /** Detection or sanction. */
  readonly kind: AuditKind;
  /** The detection's name (e.g. `clock_drift`) or the sanction (`warn`, `mute`, `kick`, `ban`, `unban`). */
  readonly name: string;
  /** The account's suspicion score right after this entry. */
  readonly suspicion: number;
  /** What the client sent (or, for a sanction, what led to it). */
  readonly sent: string;
  /** What the server expected instead (or, for a sanction, what was done). */
  readonly expected: string;
  /** How many occurrences this entry stands for (repeats within the report interval are folded in). */
  readonly occurrences: number;
  /** Who made the entry: `anticheat`, or the operator who acted. */
  readonly actor: string;
}

/** Which audit entries to list, newest first. */
export interface AuditQuery {
  /** At most this many (1-1000). */
  readonly limit: number;
  /** Only this account's entries. */
  readonly accountId?: string | undefined;
  /** Only entries older than this (ms since the epoch), to page back. */
  readonly before?: number | undefined;
}

/** A temporary ban of an account. It is active from creation until it ends or is lifted. */
export interface BanRecord {
  /** Globally unique id (ULID). */
  readonly id: string;
  /** The banned account. */
  readonly accountId: string;
  /** Why, as shown to the player and the operators. */
  readonly reason: string;
  /** Who banned: `anticheat`, or the operator. */
  readonly createdBy: string;
  /** Milliseconds since the Unix epoch. */
  readonly createdAt: number;
  /** When the ban ends by itself, ms since the epoch; after `createdAt`. */
  readonly endsAt: number;
  /** When an operator lifted it early, if one did. */
  readonly liftedAt: number | undefined;
  /** Who lifted it. */
  readonly liftedBy: string | undefined;
}

/**
 * Which rule a write broke: a uniqueness rule (username, character or guild name taken; a
 * character already in a guild) or the one-guild-master rule (a second master, or deleting
 * a character that is a guild master).
 */
export type StoreConstraint = 'username' | 'character_name' | 'guild_name' | 'guild_member' | 'guild_master';

/**
 * A write broke a uniqueness rule (a username or character name already taken) or the guild
 * master rule. Every other storage failure surfaces as the driver's own error.
 */
export class StoreConflictError extends Error {
  /** The rule that was broken. */
  readonly constraint: StoreConstraint;

  /** @param constraint - the uniqueness rule that was broken */
  constructor(constraint: StoreConstraint) {
    super(`${constraint} already taken`);
    this.name = 'StoreConflictError';
    this.constraint = constraint;
  }
}

/**
 * Persistence for accounts, characters, guilds and the economy ledger's event streams
 * ({@link EventStore}). Every method is asynchronous so a backend may do
 * its I/O off the event loop; every write either completes or rejects, never half-applies.
 */
export interface Store extends EventStore {
  /** Which backend this is, for logs and metrics. */
  readonly kind: 'sqlite' | 'postgres';
  /** Creates an account. Rejects with StoreConflictError('username') if the name is taken. */
  createAccount(account: AccountRecord): Promise<void>;
  /** Finds an account by username, ignoring case. */
  findAccountByUsername(username: string): Promise<AccountRecord | undefined>;
  /** Finds an account by id. */
  findAccountById(id: string): Promise<AccountRecord | undefined>;
  /** Creates a character. Rejects with StoreConflictError('character_name') if the name is taken. */
  createCharacter(character: CharacterRecord): Promise<void>;
  /** The account's characters, oldest first. */
  listCharacters(accountId: string): Promise<CharacterRecord[]>;
  /** One character by id. */
  getCharacter(id: string): Promise<CharacterRecord | undefined>;
  /**
   * Deletes a character if the account owns it; true when one was deleted. Its guild
   * membership goes with it. Rejects with StoreConflictError('guild_master') for a guild
   * master: the guild must be handed over or disbanded first.
   */
  deleteCharacter(accountId: string, characterId: string): Promise<boolean>;
  /** Saves the changing state of many characters in one transaction (all or none). */
  saveCharacters(states: readonly CharacterState[]): Promise<void>;
  /**
   * Founds a guild with `masterId` as its guild master, in one transaction. Rejects with
   * StoreConflictError('guild_name') when the name is taken (ignoring case) and
   * ('guild_member') when the character is already in a guild; nothing is written then.
   */
  createGuild(guild: GuildRecord, masterId: string): Promise<void>;
  /** Deletes a guild and every membership in one transaction; true when it existed. */
  disbandGuild(guildId: string): Promise<boolean>;
  /**
   * Adds a character to a guild. Rejects with StoreConflictError('guild_member') when it is
   * in a guild already, ('guild_master') for a second master; with a plain error when the
   * guild or the character does not exist.
   */
  addGuildMember(guildId: string, characterId: string, rank: number, joinedAt: number): Promise<void>;
  /** Removes a character from a guild; true when it was a member. */
  removeGuildMember(guildId: string, characterId: string): Promise<boolean>;
  /**
   * Sets a member's rank; true when it is a member. Setting {@link GUILD_RANKS}.master hands
   * the guild over: in the same transaction the current master becomes an officer.
   */
  setGuildRank(guildId: string, characterId: string, rank: number): Promise<boolean>;
  /** The guild the character belongs to, with its roster; undefined when it is in none. */
  loadGuildOf(characterId: string): Promise<GuildRoster | undefined>;
  /** Appends entries to the anti-cheat audit log, all or none (one transaction). */
  appendAudits(records: readonly AuditRecord[]): Promise<void>;
  /** Audit entries, newest first (by time, then id). */
  listAudit(query: AuditQuery): Promise<AuditRecord[]>;
  /** Records a ban. */
  createBan(ban: BanRecord): Promise<void>;
  /** The account's active ban at `now` that ends last, or undefined when it may log in. */
  activeBan(accountId: string, now: number): Promise<BanRecord | undefined>;
  /** Every ban active at `now`, ending soonest first. */
  listActiveBans(now: number): Promise<BanRecord[]>;
  /** Lifts every ban of the account active at `now`; returns how many were lifted. */
  liftBans(accountId: string, now: number, liftedBy: string): Promise<number>;
  /** Resolves when the database answers a trivial query; for readiness checks. */
  ping(): Promise<void>;
  /** Closes the connection(s). Further calls reject. */
  close(): Promise<void>;
}
