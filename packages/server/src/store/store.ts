/**
 * The storage interface: everything the server persists goes through it, so the embedded
 * SQLite store and the PostgreSQL store are interchangeable and pass the same test suite.
 * @module
 */

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
}

/** A character as stored. Names are unique case-insensitively across the whole world. */
export interface CharacterRecord extends CharacterState {
  /** The owning account's id. */
  readonly accountId: string;
  /** Display name, 3-16 letters. */
  readonly name: string;
  /** One of the CharacterClass wire values. */
  readonly classId: number;
  /** Hit points at full health. */
  readonly maxHitPoints: number;
  /** Milliseconds since the Unix epoch. */
  readonly createdAt: number;
}

/** Which uniqueness rule a write broke. */
export type StoreConstraint = 'username' | 'character_name';

/**
 * A write broke a uniqueness rule (a username or character name already taken). Every other
 * storage failure surfaces as the driver's own error.
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
 * Persistence for accounts and characters. Every method is asynchronous so a backend may do
 * its I/O off the event loop; every write either completes or rejects, never half-applies.
 */
export interface Store {
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
  /** Deletes a character if the account owns it; true when one was deleted. */
  deleteCharacter(accountId: string, characterId: string): Promise<boolean>;
  /** Saves the changing state of many characters in one transaction (all or none). */
  saveCharacters(states: readonly CharacterState[]): Promise<void>;
  /** Resolves when the database answers a trivial query; for readiness checks. */
  ping(): Promise<void>;
  /** Closes the connection(s). Further calls reject. */
  close(): Promise<void>;
}
