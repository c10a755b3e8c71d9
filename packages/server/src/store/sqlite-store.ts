/**
 * The embedded store: one SQLite file through Node's built-in `node:sqlite`. The driver is
 * synchronous; the methods still return promises so callers are written once for every backend.
 * @module
 */

import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { AppendOutcome, EventOperation, StoredEvent, StreamSnapshot } from './event-store.ts';
import { encodeCooldowns } from './cooldowns-column.ts';
import { MigrationError, migrationsFor, pendingMigrations, schemaMigrationsTableSql } from './migrations.ts';
import {
  accountColumns,
  accountFromRow,
  caseKey,
  characterColumns,
  characterFromRow,
  guildColumns,
  guildFromRow,
  guildMemberColumns,
  guildMemberFromRow,
  guildMemberOrder,
} from './rows.ts';
import { SqliteEventStore } from './sqlite-event-store.ts';
import { SqliteSanctions } from './sqlite-sanctions.ts';
import type { GroupOutcome } from './sqlite-transaction.ts';
import { atomically, commitGroup } from './sqlite-transaction.ts';
import type { AccountRecord, AuditQuery, AuditRecord, BanRecord, CharacterRecord, CharacterState, GuildRecord, GuildRoster, Store, StoreConstraint } from './store.ts';
import { GUILD_RANKS, StoreConflictError } from './store.ts';

/** How long a write waits for another connection's lock before failing, in milliseconds. */
const busyTimeoutMs = 5000;

/** SQLITE_CONSTRAINT_UNIQUE: the extended result code for a unique index violation. */
const sqliteConstraintUnique = 2067;

/** SQLite names the violated columns, not the constraint: "UNIQUE constraint failed: t.c". */
const conflictColumns: ReadonlyMap<string, StoreConstraint> = new Map([
  ['accounts.username_key', 'username'],
  ['characters.name_key', 'character_name'],
  ['guilds.name_key', 'guild_name'],
  ['guild_members.character_id', 'guild_member'],
  // The partial unique index that allows one master per guild.
  ['guild_members.guild_id', 'guild_master'],
]);

function conflictOf(error: unknown): StoreConflictError | undefined {
  if (!(error instanceof Error) || !('errcode' in error) || error.errcode !== sqliteConstraintUnique) {
    return undefined;
  }
  const columns = error.message.slice(error.message.lastIndexOf(':') + 1).trim();
  const constraint = conflictColumns.get(columns);
  return constraint === undefined ? undefined : new StoreConflictError(constraint);
}

function appliedVersion(db: DatabaseSync): number {
  const row = db.prepare('SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations').get();
  return Number(row?.version ?? 0);
}

/** Brings the schema up to date, one transaction per migration. */
function migrate(db: DatabaseSync): void {
  db.exec(schemaMigrationsTableSql.sqlite);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of pendingMigrations(migrationsFor('sqlite'), appliedVersion(db))) {
    try {
      atomically(db, () => {
        // Another process may have run it between our read and our lock.
        if (appliedVersion(db) >= migration.version) return;
        db.exec(migration.sql);
        record.run(migration.version, migration.name, Date.now());
      });
    } catch (error) {
      throw new MigrationError(migration, error);
    }
  }
}

function prepareStatements(db: DatabaseSync) {
  return {
    insertAccount: db.prepare(
      'INSERT INTO accounts (id, username, username_key, password_hash, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    accountByKey: db.prepare(`SELECT ${accountColumns} FROM accounts WHERE username_key = ?`),
    accountById: db.prepare(`SELECT ${accountColumns} FROM accounts WHERE id = ?`),
    insertCharacter: db.prepare(
      `INSERT INTO characters (${characterColumns}, name_key, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    charactersOfAccount: db.prepare(
      `SELECT ${characterColumns} FROM characters WHERE account_id = ? ORDER BY created_at, id`,
    ),
    characterById: db.prepare(`SELECT ${characterColumns} FROM characters WHERE id = ?`),
    deleteCharacter: db.prepare('DELETE FROM characters WHERE id = ? AND account_id = ?'),
    ownedGuildMaster: db.prepare(
      `SELECT 1 AS master FROM guild_members m JOIN characters c ON c.id = m.character_id
       WHERE m.character_id = ? AND c.account_id = ? AND m.rank = ${GUILD_RANKS.master}`,
    ),
    insertGuild: db.prepare('INSERT INTO guilds (id, name, name_key, created_at) VALUES (?, ?, ?, ?)'),
    deleteGuild: db.prepare('DELETE FROM guilds WHERE id = ?'),
    deleteGuildMembers: db.prepare('DELETE FROM guild_members WHERE guild_id = ?'),
    insertGuildMember: db.prepare('INSERT INTO guild_members (guild_id, character_id, rank, joined_at) VALUES (?, ?, ?, ?)'),
    deleteGuildMember: db.prepare('DELETE FROM guild_members WHERE guild_id = ? AND character_id = ?'),
    guildMember: db.prepare('SELECT rank FROM guild_members WHERE guild_id = ? AND character_id = ?'),
    demoteGuildMaster: db.prepare(
      `UPDATE guild_members SET rank = ${GUILD_RANKS.officer} WHERE guild_id = ? AND rank = ${GUILD_RANKS.master} AND character_id <> ?`,
    ),
    setGuildRank: db.prepare('UPDATE guild_members SET rank = ? WHERE guild_id = ? AND character_id = ?'),
    guildRosterOf: db.prepare(
      `SELECT ${guildColumns}, ${guildMemberColumns}
       FROM guild_members me
       JOIN guilds g ON g.id = me.guild_id
       JOIN guild_members m ON m.guild_id = g.id
       JOIN characters c ON c.id = m.character_id
       WHERE me.character_id = ?
       ORDER BY ${guildMemberOrder}`,
    ),
    saveCharacter: db.prepare(
      `UPDATE characters SET level = ?, experience = ?, zone = ?, x = ?, y = ?, hit_points = ?, max_hit_points = ?,
         resource = ?, cooldowns = ?, updated_at = ?
       WHERE id = ?`,
    ),
    ping: db.prepare('SELECT 1'),
  } satisfies Record<string, StatementSync>;
}

type Statements = ReturnType<typeof prepareStatements>;

/** A Store backed by one SQLite database file (or `:memory:`), for single-server deployments. */
export class SqliteStore implements Store {
  /** Which backend this is. */
  readonly kind = 'sqlite';
  readonly #db: DatabaseSync;
  readonly #statements: Statements;
  readonly #ledger: SqliteEventStore;
  readonly #sanctions: SqliteSanctions;
  #closed = false;

  private constructor(db: DatabaseSync) {
    this.#db = db;
    this.#statements = prepareStatements(db);
    this.#ledger = new SqliteEventStore(db);
    this.#sanctions = new SqliteSanctions(db);
  }

  /**
   * Opens (creating if needed, with its parent directory) the database at `path`, or an
   * in-memory one for `:memory:`, and runs pending migrations before resolving.
   */
  static open(path: string): Promise<SqliteStore> {
    return new Promise((resolve) => {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      const db = new DatabaseSync(path, { timeout: busyTimeoutMs });
      try {
        db.exec('PRAGMA journal_mode = WAL');
        db.exec('PRAGMA synchronous = FULL');
        db.exec('PRAGMA foreign_keys = ON');
        db.exec(`PRAGMA busy_timeout = ${busyTimeoutMs}`);
        migrate(db);
        resolve(new SqliteStore(db));
      } catch (error) {
        db.close();
        throw error;
      }
    });
  }

  /** Runs synchronous driver work as a promise, refusing once closed and naming conflicts. */
  #run<T>(work: (statements: Statements) => T): Promise<T> {
    return new Promise((resolve) => {
      if (this.#closed) throw new Error('SqliteStore is closed');
      try {
        resolve(work(this.#statements));
      } catch (error) {
        throw conflictOf(error) ?? error;
      }
    });
  }

  createAccount(account: AccountRecord): Promise<void> {
    return this.#run((s) => {
      s.insertAccount.run(account.id, account.username, caseKey(account.username), account.passwordHash, account.createdAt);
    });
  }

  findAccountByUsername(username: string): Promise<AccountRecord | undefined> {
    return this.#run((s) => {
      const row = s.accountByKey.get(caseKey(username));
      return row === undefined ? undefined : accountFromRow(row);
    });
  }

  findAccountById(id: string): Promise<AccountRecord | undefined> {
    return this.#run((s) => {
      const row = s.accountById.get(id);
      return row === undefined ? undefined : accountFromRow(row);
    });
  }

  createCharacter(c: CharacterRecord): Promise<void> {
    return this.#run((s) => {
      s.insertCharacter.run(
        c.id, c.accountId, c.name, c.classId, c.level, c.experience, c.zone, c.x, c.y,
        c.hitPoints, c.maxHitPoints, c.resource, encodeCooldowns(c.cooldowns), c.createdAt, caseKey(c.name), c.createdAt,
      );
    });
  }

  listCharacters(accountId: string): Promise<CharacterRecord[]> {
    return this.#run((s) => s.charactersOfAccount.all(accountId).map(characterFromRow));
  }

  getCharacter(id: string): Promise<CharacterRecord | undefined> {
    return this.#run((s) => {
      const row = s.characterById.get(id);
      return row === undefined ? undefined : characterFromRow(row);
    });
  }

  deleteCharacter(accountId: string, characterId: string): Promise<boolean> {
    return this.#run((s) => {
      let deleted = false;
      atomically(this.#db, () => {
        if (s.ownedGuildMaster.get(characterId, accountId) !== undefined) throw new StoreConflictError('guild_master');
        // The guild membership goes with the character (ON DELETE CASCADE).
        deleted = Number(s.deleteCharacter.run(characterId, accountId).changes) > 0;
      });
      return deleted;
    });
  }

  createGuild(guild: GuildRecord, masterId: string): Promise<void> {
    return this.#run((s) => {
      atomically(this.#db, () => {
        s.insertGuild.run(guild.id, guild.name, caseKey(guild.name), guild.createdAt);
        s.insertGuildMember.run(guild.id, masterId, GUILD_RANKS.master, guild.createdAt);
      });
    });
  }

  disbandGuild(guildId: string): Promise<boolean> {
    return this.#run((s) => {
      let existed = false;
      atomically(this.#db, () => {
        s.deleteGuildMembers.run(guildId);
        existed = Number(s.deleteGuild.run(guildId).changes) > 0;
      });
      return existed;
    });
  }

  addGuildMember(guildId: string, characterId: string, rank: number, joinedAt: number): Promise<void> {
    return this.#run((s) => {
      s.insertGuildMember.run(guildId, characterId, rank, joinedAt);
    });
  }

  removeGuildMember(guildId: string, characterId: string): Promise<boolean> {
    return this.#run((s) => Number(s.deleteGuildMember.run(guildId, characterId).changes) > 0);
  }

  setGuildRank(guildId: string, characterId: string, rank: number): Promise<boolean> {
    return this.#run((s) => {
      let member = false;
      atomically(this.#db, () => {
        if (s.guildMember.get(guildId, characterId) === undefined) return;
        // The old master steps down first: the index allows one master per guild.
        if (rank === GUILD_RANKS.master) s.demoteGuildMaster.run(guildId, characterId);
        member = Number(s.setGuildRank.run(rank, guildId, characterId).changes) > 0;
      });
      return member;
    });
  }

  loadGuildOf(characterId: string): Promise<GuildRoster | undefined> {
    return this.#run((s) => {
      const rows = s.guildRosterOf.all(characterId);
      const first = rows[0];
      return first === undefined ? undefined : { guild: guildFromRow(first), members: rows.map(guildMemberFromRow) };
    });
  }

  /**
   * Saves all states in one transaction. A state whose character no longer exists (deleted while
   * the save was queued) is skipped rather than failing everyone else's save.
   */
  saveCharacters(states: readonly CharacterState[]): Promise<void> {
    return this.#run((s) => {
      if (states.length === 0) return;
      const now = Date.now();
      atomically(this.#db, () => {
        for (const c of states) {
          s.saveCharacter.run(c.level, c.experience, c.zone, c.x, c.y, c.hitPoints, c.maxHitPoints, c.resource, encodeCooldowns(c.cooldowns), now, c.id);
        }
      });
    });
  }

  appendEvents(operation: EventOperation): Promise<AppendOutcome> {
    return this.#run(() => this.#ledger.append(operation));
  }

  readEvents(stream: string, fromVersion: number): Promise<StoredEvent[]> {
    return this.#run(() => this.#ledger.read(stream, fromVersion));
  }

  streamVersion(stream: string): Promise<number> {
    return this.#run(() => this.#ledger.version(stream));
  }

  listStreams(): Promise<string[]> {
    return this.#run(() => this.#ledger.streams());
  }

  hasOperation(operationId: string): Promise<boolean> {
    return this.#run(() => this.#ledger.hasOperation(operationId));
  }

  saveSnapshot(snapshot: StreamSnapshot): Promise<void> {
    return this.#run(() => {
      this.#ledger.saveSnapshot(snapshot);
    });
  }

  loadSnapshot(stream: string): Promise<StreamSnapshot | undefined> {
    return this.#run(() => this.#ledger.loadSnapshot(stream));
  }

  appendAudits(records: readonly AuditRecord[]): Promise<void> {
    return this.#run(() => {
      atomically(this.#db, () => {
        for (const record of records) this.#sanctions.appendAudit(record);
      });
    });
  }

  listAudit(query: AuditQuery): Promise<AuditRecord[]> {
    return this.#run(() => this.#sanctions.listAudit(query));
  }

  createBan(ban: BanRecord): Promise<void> {
    return this.#run(() => {
      this.#sanctions.createBan(ban);
    });
  }

  activeBan(accountId: string, now: number): Promise<BanRecord | undefined> {
    return this.#run(() => this.#sanctions.activeBan(accountId, now));
  }

  listActiveBans(now: number): Promise<BanRecord[]> {
    return this.#run(() => this.#sanctions.listActiveBans(now));
  }

  liftBans(accountId: string, now: number, liftedBy: string): Promise<number> {
    return this.#run(() => this.#sanctions.liftBans(accountId, now, liftedBy));
  }

  ping(): Promise<void> {
    return this.#run((s) => {
      s.ping.get();
    });
  }

  /**
   * Runs each of `calls` in order (`run(call)` calls one of this store's methods) inside one
   * transaction and commits once, one fsync for all (sqlite-transaction.ts {@link commitGroup}):
   * each call keeps its own atomicity and outcome, and nothing resolves before the commit. The
   * worker thread's group commit; direct users call the methods one by one as before.
   */
  commitGroup<Call>(calls: readonly Call[], run: (call: Call) => Promise<unknown>): Promise<GroupOutcome<Call>[]> {
    if (this.#closed) return Promise.reject(new Error('SqliteStore is closed'));
    return commitGroup(this.#db, calls, run);
  }

  /** Closes the database; closing twice is harmless. */
  close(): Promise<void> {
    if (!this.#closed) {
      this.#closed = true;
      this.#db.close();
    }
    return Promise.resolve();
  }
}
