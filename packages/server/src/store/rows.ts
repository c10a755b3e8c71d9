/**
 * Turns database rows into store records for both SQL backends. Drivers type rows loosely, so
 * every column is checked here: a schema mistake fails loudly at the read instead of leaking a
 * string or null into the game as if it were a number.
 * @module
 */

import { decodeCooldowns } from './cooldowns-column.ts';
import type { AccountRecord, CharacterRecord, GuildMemberRecord, GuildRecord } from './store.ts';

/** A row as a driver returns it: column name to value. */
export type StoredRow = Readonly<Record<string, unknown>>;

/** Columns to select for an account; {@link accountFromRow} reads them by name. */
export const accountColumns = 'id, username, password_hash, created_at';

/** Columns to select for a character; {@link characterFromRow} reads them by name. */
export const characterColumns =
  'id, account_id, name, class_id, level, experience, zone, x, y, hit_points, max_hit_points, resource, cooldowns, created_at';

/** Columns to select for a guild (table alias `g`); {@link guildFromRow} reads them by name. */
export const guildColumns = 'g.id AS guild_id, g.name AS guild_name, g.created_at AS guild_created_at';

/**
 * Columns to select for a guild member (aliases `m` for guild_members, `c` for characters);
 * {@link guildMemberFromRow} reads them by name.
 */
export const guildMemberColumns = 'm.character_id, c.name, c.level, m.rank, m.joined_at';

/** Roster order: highest rank (lowest number) first, then by joining time, then by id. */
export const guildMemberOrder = 'm.rank, m.joined_at, m.character_id';

function text(row: StoredRow, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw new TypeError(`column ${column} is not text: ${typeof value}`);
  return value;
}

function number(row: StoredRow, column: string): number {
  const value = row[column];
  if (typeof value !== 'number') throw new TypeError(`column ${column} is not a number: ${typeof value}`);
  return value;
}

/** Builds an account from a row holding {@link accountColumns}. */
export function accountFromRow(row: StoredRow): AccountRecord {
  return {
    id: text(row, 'id'),
    username: text(row, 'username'),
    passwordHash: text(row, 'password_hash'),
    createdAt: number(row, 'created_at'),
  };
}

/** Builds a character from a row holding {@link characterColumns}. */
export function characterFromRow(row: StoredRow): CharacterRecord {
  return {
    id: text(row, 'id'),
    accountId: text(row, 'account_id'),
    name: text(row, 'name'),
    classId: number(row, 'class_id'),
    level: number(row, 'level'),
    experience: number(row, 'experience'),
    zone: text(row, 'zone'),
    x: number(row, 'x'),
    y: number(row, 'y'),
    hitPoints: number(row, 'hit_points'),
    maxHitPoints: number(row, 'max_hit_points'),
    resource: number(row, 'resource'),
    cooldowns: decodeCooldowns(text(row, 'cooldowns')),
    createdAt: number(row, 'created_at'),
  };
}

/** Builds a guild from a row holding {@link guildColumns}. */
export function guildFromRow(row: StoredRow): GuildRecord {
  return {
    id: text(row, 'guild_id'),
    name: text(row, 'guild_name'),
    createdAt: number(row, 'guild_created_at'),
  };
}

/** Builds a guild member from a row holding {@link guildMemberColumns}. */
export function guildMemberFromRow(row: StoredRow): GuildMemberRecord {
  return {
    characterId: text(row, 'character_id'),
    name: text(row, 'name'),
    level: number(row, 'level'),
    rank: number(row, 'rank'),
    joinedAt: number(row, 'joined_at'),
  };
}

/** The key that makes usernames, character and guild names unique regardless of case. */
export function caseKey(name: string): string {
  return name.toLowerCase();
}
