/**
 * Turns database rows into store records for both SQL backends. Drivers type rows loosely, so
 * every column is checked here: a schema mistake fails loudly at the read instead of leaking a
 * string or null into the game as if it were a number.
 * @module
 */

import type { AccountRecord, CharacterRecord } from './store.ts';

/** A row as a driver returns it: column name to value. */
export type StoredRow = Readonly<Record<string, unknown>>;

/** Columns to select for an account; {@link accountFromRow} reads them by name. */
export const accountColumns = 'id, username, password_hash, created_at';

/** Columns to select for a character; {@link characterFromRow} reads them by name. */
export const characterColumns =
  'id, account_id, name, class_id, level, experience, zone, x, y, hit_points, max_hit_points, created_at';

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
    createdAt: number(row, 'created_at'),
  };
}

/** The key that makes usernames and character names unique regardless of case. */
export function caseKey(name: string): string {
  return name.toLowerCase();
}
