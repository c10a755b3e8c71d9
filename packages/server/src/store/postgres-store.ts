/**
 * The shared store: PostgreSQL through a bounded `pg` connection pool, for deployments where
 * several servers use one database.
 * @module
 */

import { DatabaseError, Pool, TypeOverrides, type PoolClient } from 'pg';
import { encodeCooldowns } from './cooldowns-column.ts';
import type { AppendOutcome, EventOperation, StoredEvent, StreamSnapshot } from './event-store.ts';
import {
  MigrationError,
  migrationsFor,
  pendingMigrations,
  schemaMigrationsTableSql,
  uniqueConstraints,
} from './migrations.ts';
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
  type StoredRow,
} from './rows.ts';
import { PostgresEventStore } from './postgres-event-store.ts';
import { PostgresSanctions } from './postgres-sanctions.ts';
import type { AccountRecord, AuditQuery, AuditRecord, BanRecord, CharacterRecord, CharacterState, GuildRecord, GuildRoster, Store, StoreConstraint } from './store.ts';
import { GUILD_RANKS, StoreConflictError } from './store.ts';

/** Most connections one store holds; PostgreSQL's own limit is shared by every server. */
const defaultMaxConnections = 10;

/** PostgreSQL's type id for int8 (bigint). */
const int8Oid = 20;

/** unique_violation */
const uniqueViolation = '23505';

/**
 * Key of the advisory lock held while migrating, so servers starting together do not race to
 * create the same tables. Any constant works; it only has to be the same in every build.
 */
const migrationLockKey = 7_349_127_501;

const conflictConstraints: ReadonlyMap<string, StoreConstraint> = new Map([
  [uniqueConstraints.username, 'username'],
  [uniqueConstraints.characterName, 'character_name'],
  [uniqueConstraints.guildName, 'guild_name'],
  [uniqueConstraints.guildMember, 'guild_member'],
  [uniqueConstraints.guildMaster, 'guild_master'],
]);

/** Runs one statement on a connection (inside a transaction). */
type Query = (text: string, values?: readonly unknown[]) => Promise<{ rows: StoredRow[]; rowCount: number }>;

function conflictOf(error: unknown): StoreConflictError | undefined {
  if (!(error instanceof DatabaseError) || error.code !== uniqueViolation) return undefined;
  const constraint = conflictConstraints.get(error.constraint ?? '');
  return constraint === undefined ? undefined : new StoreConflictError(constraint);
}

/** bigint columns hold epoch milliseconds and experience, far below 2^53: read them as numbers. */
function storeTypes(): TypeOverrides {
  const types = new TypeOverrides();
  types.setTypeParser(int8Oid, (value: string) => Number(value));
  return types;
}

async function appliedVersion(client: PoolClient): Promise<number> {
  const result = await client.query<StoredRow>(
    'SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations',
  );
  return Number(result.rows[0]?.version ?? 0);
}

/** Brings the schema up to date, one transaction per migration, under an advisory lock. */
async function migrate(client: PoolClient): Promise<void> {
  await client.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
  await client.query(schemaMigrationsTableSql.postgres);
  for (const migration of pendingMigrations(migrationsFor('postgres'), await appliedVersion(client))) {
    await client.query('BEGIN');
    try {
      await client.query(migration.sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        Date.now(),
      ]);
      await client.query('COMMIT');
    } catch (error) {
      // If the connection itself broke, ROLLBACK fails too; the caller destroys the connection.
      await client.query('ROLLBACK').catch(() => undefined);
      throw new MigrationError(migration, error);
    }
  }
  await client.query('SELECT pg_advisory_unlock($1)', [migrationLockKey]);
}

const saveCharactersSql = `
  UPDATE characters AS c
  SET level = s.level, experience = s.experience, zone = s.zone, x = s.x, y = s.y,
      hit_points = s.hit_points, max_hit_points = s.max_hit_points, resource = s.resource,
      cooldowns = s.cooldowns, updated_at = $11
  FROM unnest($1::text[], $2::integer[], $3::bigint[], $4::text[], $5::float8[], $6::float8[], $7::integer[],
              $8::integer[], $9::integer[], $10::text[])
    AS s (id, level, experience, zone, x, y, hit_points, max_hit_points, resource, cooldowns)
  WHERE c.id = s.id`;

/** A character's guild and its whole roster in one statement (one consistent snapshot). */
const guildRosterSql = `
  SELECT ${guildColumns}, ${guildMemberColumns}
  FROM guild_members me
  JOIN guilds g ON g.id = me.guild_id
  JOIN guild_members m ON m.guild_id = g.id
  JOIN characters c ON c.id = m.character_id
  WHERE me.character_id = $1
  ORDER BY m.rank, m.joined_at, m.character_id COLLATE "C"`;

/** Options for {@link PostgresStore.open}. */
export interface PostgresStoreOptions {
  /** Upper bound on pooled connections; 10 when omitted. */
  readonly maxConnections?: number | undefined;
}

/** A Store backed by a PostgreSQL database, shared safely by many server processes. */
export class PostgresStore implements Store {
  /** Which backend this is. */
  readonly kind = 'postgres';
  readonly #pool: Pool;
  readonly #ledger: PostgresEventStore;
  readonly #sanctions: PostgresSanctions;
  #closed = false;

  private constructor(pool: Pool) {
    this.#pool = pool;
    this.#ledger = new PostgresEventStore(
      (text, values) => this.#query(text, values),
      (work) => this.#transaction(work),
    );
    this.#sanctions = new PostgresSanctions((text, values) => this.#query(text, values));
  }

  /** Connects to `connectionString` and runs pending migrations before resolving. */
  static async open(connectionString: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const pool = new Pool({
      connectionString,
      max: options.maxConnections ?? defaultMaxConnections,
      types: storeTypes(),
      application_name: 'realmforge',
    });
    // An idle connection that dies (server restart, network cut) is dropped by the pool and
    // replaced on the next checkout; without a listener the event would crash the process.
    pool.on('error', () => undefined);
    try {
      const client = await pool.connect();
      try {
        await migrate(client);
        client.release();
      } catch (error) {
        // Destroying the connection also releases the advisory lock and any open transaction.
        client.release(true);
        throw error;
      }
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresStore(pool);
  }

  /** Runs one query, refusing once closed and naming unique-constraint conflicts. */
  async #query(text: string, values: readonly unknown[] = []): Promise<{ rows: StoredRow[]; rowCount: number }> {
    if (this.#closed) throw new Error('PostgresStore is closed');
    try {
      const result = await this.#pool.query<StoredRow>(text, [...values]);
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    } catch (error) {
      throw conflictOf(error) ?? error;
    }
  }

  /**
   * Runs `work` in one transaction on one pooled connection: committed when it resolves,
   * rolled back when it throws (the error is rethrown, unique-constraint conflicts named).
   */
  async #transaction<T>(work: (query: Query) => Promise<T>): Promise<T> {
    if (this.#closed) throw new Error('PostgresStore is closed');
    const client = await this.#pool.connect();
    const query: Query = async (text, values = []) => {
      const result = await client.query<StoredRow>(text, [...values]);
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    };
    try {
      await client.query('BEGIN');
      const result = await work(query);
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (error) {
      // A connection whose ROLLBACK fails is broken: destroy it rather than pool it.
      const rolledBack = await client.query('ROLLBACK').then(() => true, () => false);
      client.release(!rolledBack);
      throw conflictOf(error) ?? error;
    }
  }

  async createAccount(account: AccountRecord): Promise<void> {
    await this.#query(
      'INSERT INTO accounts (id, username, username_key, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)',
      [account.id, account.username, caseKey(account.username), account.passwordHash, account.createdAt],
    );
  }

  async findAccountByUsername(username: string): Promise<AccountRecord | undefined> {
    const { rows } = await this.#query(`SELECT ${accountColumns} FROM accounts WHERE username_key = $1`, [
      caseKey(username),
    ]);
    return rows[0] === undefined ? undefined : accountFromRow(rows[0]);
  }

  async findAccountById(id: string): Promise<AccountRecord | undefined> {
    const { rows } = await this.#query(`SELECT ${accountColumns} FROM accounts WHERE id = $1`, [id]);
    return rows[0] === undefined ? undefined : accountFromRow(rows[0]);
  }

  async createCharacter(c: CharacterRecord): Promise<void> {
    await this.#query(
      `INSERT INTO characters (${characterColumns}, name_key, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      [
        c.id, c.accountId, c.name, c.classId, c.level, c.experience, c.zone, c.x, c.y,
        c.hitPoints, c.maxHitPoints, c.resource, encodeCooldowns(c.cooldowns), c.createdAt, caseKey(c.name), c.createdAt,
      ],
    );
  }

  async listCharacters(accountId: string): Promise<CharacterRecord[]> {
    // COLLATE "C" orders ids bytewise, as SQLite does, whatever the database's locale.
    const { rows } = await this.#query(
      `SELECT ${characterColumns} FROM characters WHERE account_id = $1 ORDER BY created_at, id COLLATE "C"`,
      [accountId],
    );
    return rows.map(characterFromRow);
  }

  async getCharacter(id: string): Promise<CharacterRecord | undefined> {
    const { rows } = await this.#query(`SELECT ${characterColumns} FROM characters WHERE id = $1`, [id]);
    return rows[0] === undefined ? undefined : characterFromRow(rows[0]);
  }

  async deleteCharacter(accountId: string, characterId: string): Promise<boolean> {
    return this.#transaction(async (query) => {
      // Locking the membership row makes a concurrent hand-over to this character wait.
      const { rows } = await query(
        `SELECT m.rank FROM guild_members m JOIN characters c ON c.id = m.character_id
         WHERE m.character_id = $1 AND c.account_id = $2 FOR UPDATE OF m`,
        [characterId, accountId],
      );
      if (rows[0]?.rank === GUILD_RANKS.master) throw new StoreConflictError('guild_master');
      // The guild membership goes with the character (ON DELETE CASCADE).
      const { rowCount } = await query('DELETE FROM characters WHERE id = $1 AND account_id = $2', [characterId, accountId]);
      return rowCount > 0;
    });
  }

  async createGuild(guild: GuildRecord, masterId: string): Promise<void> {
    await this.#transaction(async (query) => {
      await query('INSERT INTO guilds (id, name, name_key, created_at) VALUES ($1, $2, $3, $4)', [
        guild.id, guild.name, caseKey(guild.name), guild.createdAt,
      ]);
      await query('INSERT INTO guild_members (guild_id, character_id, rank, joined_at) VALUES ($1, $2, $3, $4)', [
        guild.id, masterId, GUILD_RANKS.master, guild.createdAt,
      ]);
    });
  }

  async disbandGuild(guildId: string): Promise<boolean> {
    return this.#transaction(async (query) => {
      await query('DELETE FROM guild_members WHERE guild_id = $1', [guildId]);
      const { rowCount } = await query('DELETE FROM guilds WHERE id = $1', [guildId]);
      return rowCount > 0;
    });
  }

  async addGuildMember(guildId: string, characterId: string, rank: number, joinedAt: number): Promise<void> {
    await this.#query('INSERT INTO guild_members (guild_id, character_id, rank, joined_at) VALUES ($1, $2, $3, $4)', [
      guildId, characterId, rank, joinedAt,
    ]);
  }

  async removeGuildMember(guildId: string, characterId: string): Promise<boolean> {
    const { rowCount } = await this.#query('DELETE FROM guild_members WHERE guild_id = $1 AND character_id = $2', [guildId, characterId]);
    return rowCount > 0;
  }

  async setGuildRank(guildId: string, characterId: string, rank: number): Promise<boolean> {
    return this.#transaction(async (query) => {
      const { rows } = await query('SELECT rank FROM guild_members WHERE guild_id = $1 AND character_id = $2 FOR UPDATE', [guildId, characterId]);
      if (rows.length === 0) return false;
      // The old master steps down first: the index allows one master per guild.
      if (rank === GUILD_RANKS.master) {
        await query(`UPDATE guild_members SET rank = ${GUILD_RANKS.officer} WHERE guild_id = $1 AND rank = ${GUILD_RANKS.master} AND character_id <> $2`, [
          guildId, characterId,
        ]);
      }
      await query('UPDATE guild_members SET rank = $1 WHERE guild_id = $2 AND character_id = $3', [rank, guildId, characterId]);
      return true;
    });
  }

  async loadGuildOf(characterId: string): Promise<GuildRoster | undefined> {
    const { rows } = await this.#query(guildRosterSql, [characterId]);
    const first = rows[0];
    return first === undefined ? undefined : { guild: guildFromRow(first), members: rows.map(guildMemberFromRow) };
  }

  /**
   * Saves all states with one UPDATE over unnested arrays: a single statement is atomic and
   * costs one round trip however large the batch. When a character appears twice the last state
   * wins; a state whose character no longer exists (deleted while the save was queued) is skipped.
   */
  async saveCharacters(states: readonly CharacterState[]): Promise<void> {
    if (this.#closed) throw new Error('PostgresStore is closed');
    if (states.length === 0) return;
    const latest = [...new Map(states.map((state) => [state.id, state])).values()];
    await this.#query(saveCharactersSql, [
      latest.map((c) => c.id),
      latest.map((c) => c.level),
      latest.map((c) => c.experience),
      latest.map((c) => c.zone),
      latest.map((c) => c.x),
      latest.map((c) => c.y),
      latest.map((c) => c.hitPoints),
      latest.map((c) => c.maxHitPoints),
      latest.map((c) => c.resource),
      latest.map((c) => encodeCooldowns(c.cooldowns)),
      Date.now(),
    ]);
  }

  appendEvents(operation: EventOperation): Promise<AppendOutcome> {
    return this.#ledger.append(operation);
  }

  readEvents(stream: string, fromVersion: number): Promise<StoredEvent[]> {
    return this.#ledger.read(stream, fromVersion);
  }

  streamVersion(stream: string): Promise<number> {
    return this.#ledger.version(stream);
  }

  listStreams(): Promise<string[]> {
    return this.#ledger.streams();
  }

  hasOperation(operationId: string): Promise<boolean> {
    return this.#ledger.hasOperation(operationId);
  }

  saveSnapshot(snapshot: StreamSnapshot): Promise<void> {
    return this.#ledger.saveSnapshot(snapshot);
  }

  loadSnapshot(stream: string): Promise<StreamSnapshot | undefined> {
    return this.#ledger.loadSnapshot(stream);
  }

  appendAudits(records: readonly AuditRecord[]): Promise<void> {
    return this.#sanctions.appendAudits(records);
  }

  listAudit(query: AuditQuery): Promise<AuditRecord[]> {
    return this.#sanctions.listAudit(query);
  }

  createBan(ban: BanRecord): Promise<void> {
    return this.#sanctions.createBan(ban);
  }

  activeBan(accountId: string, now: number): Promise<BanRecord | undefined> {
    return this.#sanctions.activeBan(accountId, now);
  }

  listActiveBans(now: number): Promise<BanRecord[]> {
    return this.#sanctions.listActiveBans(now);
  }

  liftBans(accountId: string, now: number, liftedBy: string): Promise<number> {
    return this.#sanctions.liftBans(accountId, now, liftedBy);
  }

  async ping(): Promise<void> {
    await this.#query('SELECT 1');
  }

  /** Closes every pooled connection; closing twice is harmless. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.end();
  }
}
