/**
 * Versioned schema migrations for both SQL backends. Each version is written once per dialect
 * side by side, so the two schemas cannot drift apart. Later changes append a new entry to
 * {@link schemaChanges}; an entry is never edited once released, because databases in the field
 * have already run it.
 * @module
 */

/** The SQL dialects the stores speak. */
export type SqlDialect = 'sqlite' | 'postgres';

/** One schema change, ready to run on one dialect. */
export interface Migration {
  /** Position in the sequence, from 1 with no gaps; recorded in schema_migrations. */
  readonly version: number;
  /** Short description, recorded next to the version for operators. */
  readonly name: string;
  /** Statements to run, all inside one transaction. */
  readonly sql: string;
}

/** A schema change written for every dialect. */
interface SchemaChange {
  readonly version: number;
  readonly name: string;
  readonly sql: Readonly<Record<SqlDialect, string>>;
}

/**
 * Unique constraint names, shared by the schema and the stores that translate violations into
 * StoreConflictError. SQLite reports the violated columns instead, so its stores match on those.
 */
export const uniqueConstraints = {
  username: 'accounts_username_key_unique',
  characterName: 'characters_name_key_unique',
  guildName: 'guilds_name_key_unique',
  guildMember: 'guild_members_character_id_unique',
  guildMaster: 'guild_members_one_master',
  ledgerEvent: 'ledger_events_stream_version',
  ledgerOperation: 'ledger_operations_operation_id',
} as const;

/**
 * Positions must be finite. This bound rejects infinities, and NaN in PostgreSQL, where NaN sorts
 * above every number; SQLite stores NaN as NULL, which NOT NULL rejects.
 */
const largestDouble = Number.MAX_VALUE.toString();

// SQLite tables are STRICT so a wrong type (a fraction in an integer column, NaN that SQLite would
// otherwise turn into NULL) is rejected like PostgreSQL rejects it, not silently coerced.
const schemaChanges: readonly SchemaChange[] = [
  {
    version: 1,
    name: 'accounts and characters',
    sql: {
      sqlite: `
        CREATE TABLE accounts (
          id TEXT PRIMARY KEY,
          username TEXT NOT NULL,
          username_key TEXT NOT NULL,
          password_hash TEXT NOT NULL,
          created_at INTEGER NOT NULL,
          CONSTRAINT ${uniqueConstraints.username} UNIQUE (username_key)
        ) STRICT;
        CREATE TABLE characters (
          id TEXT PRIMARY KEY,
          account_id TEXT NOT NULL REFERENCES accounts (id),
          name TEXT NOT NULL,
          name_key TEXT NOT NULL,
          class_id INTEGER NOT NULL,
          level INTEGER NOT NULL,
          experience INTEGER NOT NULL,
          zone TEXT NOT NULL,
          x REAL NOT NULL CHECK (abs(x) <= ${largestDouble}),
          y REAL NOT NULL CHECK (abs(y) <= ${largestDouble}),
          hit_points INTEGER NOT NULL,
          max_hit_points INTEGER NOT NULL,
          created_at INTEGER NOT NULL,
          updated_at INTEGER NOT NULL,
          CONSTRAINT ${uniqueConstraints.characterName} UNIQUE (name_key)
        ) STRICT;
        CREATE INDEX characters_account_id_idx ON characters (account_id);
      `,
      postgres: `
        CREATE TABLE accounts (
          id text PRIMARY KEY,
          username text NOT NULL,
          username_key text NOT NULL,
          password_hash text NOT NULL,
          created_at bigint NOT NULL,
          CONSTRAINT ${uniqueConstraints.username} UNIQUE (username_key)
        );
        CREATE TABLE characters (
          id text PRIMARY KEY,
          account_id text NOT NULL REFERENCES accounts (id),
          name text NOT NULL,
          name_key text NOT NULL,
          class_id integer NOT NULL,
          level integer NOT NULL,
          experience bigint NOT NULL,
          zone text NOT NULL,
          x double precision NOT NULL CHECK (abs(x) <= ${largestDouble}),
          y double precision NOT NULL CHECK (abs(y) <= ${largestDouble}),
          hit_points integer NOT NULL,
          max_hit_points integer NOT NULL,
          created_at bigint NOT NULL,
          updated_at bigint NOT NULL,
          CONSTRAINT ${uniqueConstraints.characterName} UNIQUE (name_key)
        );
        CREATE INDEX characters_account_id_idx ON characters (account_id);
      `,
    },
  },
  {
    version: 2,
    name: 'guilds',
    // Ranks are the wire's GuildRank numbers (1 master ... 4 initiate). A character is in at
    // most one guild (unique character_id) and a guild has at most one master (a partial
    // unique index); deleting a character deletes its membership.
    sql: {
      sqlite: `
        CREATE TABLE guilds (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          name_key TEXT NOT NULL,
          created_at INTEGER NOT NULL,
          CONSTRAINT ${uniqueConstraints.guildName} UNIQUE (name_key)
        ) STRICT;
        CREATE TABLE guild_members (
          guild_id TEXT NOT NULL REFERENCES guilds (id) ON DELETE CASCADE,
          character_id TEXT NOT NULL REFERENCES characters (id) ON DELETE CASCADE,
          rank INTEGER NOT NULL CHECK (rank BETWEEN 1 AND 4),
          joined_at INTEGER NOT NULL,
          CONSTRAINT ${uniqueConstraints.guildMember} UNIQUE (character_id)
        ) STRICT;
        CREATE INDEX guild_members_guild_id_idx ON guild_members (guild_id);
        CREATE UNIQUE INDEX ${uniqueConstraints.guildMaster} ON guild_members (guild_id) WHERE rank = 1;
      `,
      postgres: `
        CREATE TABLE guilds (
          id text PRIMARY KEY,
          name text NOT NULL,
          name_key text NOT NULL,
          created_at bigint NOT NULL,
          CONSTRAINT ${uniqueConstraints.guildName} UNIQUE (name_key)
        );
        CREATE TABLE guild_members (
          guild_id text NOT NULL REFERENCES guilds (id) ON DELETE CASCADE,
          character_id text NOT NULL REFERENCES characters (id) ON DELETE CASCADE,
          rank integer NOT NULL CHECK (rank BETWEEN 1 AND 4),
          joined_at bigint NOT NULL,
          CONSTRAINT ${uniqueConstraints.guildMember} UNIQUE (character_id)
        );
        CREATE INDEX guild_members_guild_id_idx ON guild_members (guild_id);
        CREATE UNIQUE INDEX ${uniqueConstraints.guildMaster} ON guild_members (guild_id) WHERE rank = 1;
      `,
    },
  },
  {
    version: 3,
    name: 'economy ledger event store',
    // Events are keyed by (stream, version): two writers appending the same version collide on
    // the primary key, which is how a concurrent append loses. An operation id is recorded once,
    // in the same transaction as its events, so a retried operation is recognised.
    sql: {
      sqlite: `
        CREATE TABLE ledger_events (
          stream TEXT NOT NULL,
          version INTEGER NOT NULL CHECK (version >= 1),
          type TEXT NOT NULL,
          data TEXT NOT NULL,
          operation_id TEXT NOT NULL,
          recorded_at INTEGER NOT NULL,
          PRIMARY KEY (stream, version)
        ) STRICT;
        CREATE TABLE ledger_operations (
          operation_id TEXT PRIMARY KEY,
          recorded_at INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE ledger_snapshots (
          stream TEXT PRIMARY KEY,
          version INTEGER NOT NULL CHECK (version >= 1),
          state TEXT NOT NULL
        ) STRICT;
      `,
      postgres: `
        CREATE TABLE ledger_events (
          stream text NOT NULL,
          version integer NOT NULL CHECK (version >= 1),
          type text NOT NULL,
          data text NOT NULL,
          operation_id text NOT NULL,
          recorded_at bigint NOT NULL,
          CONSTRAINT ${uniqueConstraints.ledgerEvent} PRIMARY KEY (stream, version)
        );
        CREATE TABLE ledger_operations (
          operation_id text NOT NULL,
          recorded_at bigint NOT NULL,
          CONSTRAINT ${uniqueConstraints.ledgerOperation} PRIMARY KEY (operation_id)
        );
        CREATE TABLE ledger_snapshots (
          stream text PRIMARY KEY,
          version integer NOT NULL CHECK (version >= 1),
          state text NOT NULL
        );
      `,
    },
  },
  {
    version: 4,
    name: 'anti-cheat audit log and bans',
    // A ban is active from created_at until ends_at unless lifted_at is set; the partial index
    // serves the login check and the list of active bans. The audit log only grows; it is read
    // newest first, overall or per account.
    sql: {
      sqlite: `
        CREATE TABLE bans (
          id TEXT PRIMARY KEY,
          account_id TEXT NOT NULL REFERENCES accounts (id),
          reason TEXT NOT NULL,
          created_by TEXT NOT NULL,
          created_at INTEGER NOT NULL,
          ends_at INTEGER NOT NULL CHECK (ends_at > created_at),
          lifted_at INTEGER,
          lifted_by TEXT
        ) STRICT;
        CREATE INDEX bans_active_idx ON bans (account_id, ends_at) WHERE lifted_at IS NULL;
        CREATE TABLE audit_log (
          id TEXT PRIMARY KEY,
          at INTEGER NOT NULL,
          account_id TEXT NOT NULL REFERENCES accounts (id),
          character_id TEXT,
          kind TEXT NOT NULL CHECK (kind IN ('detection', 'sanction')),
          name TEXT NOT NULL,
          suspicion REAL NOT NULL CHECK (abs(suspicion) <= ${largestDouble}),
          sent TEXT NOT NULL,
          expected TEXT NOT NULL,
          occurrences INTEGER NOT NULL CHECK (occurrences >= 1),
          actor TEXT NOT NULL
        ) STRICT;
        CREATE INDEX audit_log_at_idx ON audit_log (at, id);
        CREATE INDEX audit_log_account_at_idx ON audit_log (account_id, at, id);
      `,
      postgres: `
        CREATE TABLE bans (
          id text PRIMARY KEY,
          account_id text NOT NULL REFERENCES accounts (id),
          reason text NOT NULL,
          created_by text NOT NULL,
          created_at bigint NOT NULL,
          ends_at bigint NOT NULL CHECK (ends_at > created_at),
          lifted_at bigint,
          lifted_by text
        );
        CREATE INDEX bans_active_idx ON bans (account_id, ends_at) WHERE lifted_at IS NULL;
        CREATE TABLE audit_log (
          id text PRIMARY KEY,
          at bigint NOT NULL,
          account_id text NOT NULL REFERENCES accounts (id),
          character_id text,
          kind text NOT NULL CHECK (kind IN ('detection', 'sanction')),
          name text NOT NULL,
          suspicion double precision NOT NULL CHECK (abs(suspicion) <= ${largestDouble}),
          sent text NOT NULL,
          expected text NOT NULL,
          occurrences integer NOT NULL CHECK (occurrences >= 1),
          actor text NOT NULL
        );
        CREATE INDEX audit_log_at_idx ON audit_log (at, id);
        CREATE INDEX audit_log_account_at_idx ON audit_log (account_id, at, id);
      `,
    },
  },
  {
    version: 5,
    name: 'character resource and long cooldowns',
    // resource -1 means "the class's starting value" (characters saved before combat existed);
    // cooldowns is JSON text, skill id -> ready time in ms since the epoch (cooldowns-column.ts).
    sql: {
      sqlite: `
        ALTER TABLE characters ADD COLUMN resource INTEGER NOT NULL DEFAULT -1 CHECK (resource >= -1);
        ALTER TABLE characters ADD COLUMN cooldowns TEXT NOT NULL DEFAULT '{}';
      `,
      postgres: `
        ALTER TABLE characters
          ADD COLUMN resource integer NOT NULL DEFAULT -1 CHECK (resource >= -1),
          ADD COLUMN cooldowns text NOT NULL DEFAULT '{}';
      `,
    },
  },
];

/** The migrations for one dialect, in the order they must run. */
export function migrationsFor(dialect: SqlDialect): readonly Migration[] {
  return schemaChanges.map(({ version, name, sql }) => ({ version, name, sql: sql[dialect] }));
}

/** Creates the table that records which migrations ran; harmless when it already exists. */
export const schemaMigrationsTableSql: Readonly<Record<SqlDialect, string>> = {
  sqlite: `CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at INTEGER NOT NULL
  ) STRICT`,
  postgres: `CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    name text NOT NULL,
    applied_at bigint NOT NULL
  )`,
};

/**
 * A database was migrated by a newer build than this one. Running on it could corrupt data the
 * newer schema depends on, so the store refuses to open.
 */
export class SchemaTooNewError extends Error {
  /** Highest version recorded in the database. */
  readonly databaseVersion: number;
  /** Highest version this build knows. */
  readonly knownVersion: number;

  /** @param databaseVersion - highest version recorded in the database
   *  @param knownVersion - highest version this build knows */
  constructor(databaseVersion: number, knownVersion: number) {
    super(
      `database schema is at version ${databaseVersion} but this build of Realmforge only knows ` +
        `migrations up to version ${knownVersion}; upgrade Realmforge or point it at another database`,
    );
    this.name = 'SchemaTooNewError';
    this.databaseVersion = databaseVersion;
    this.knownVersion = knownVersion;
  }
}

/** A migration failed and was rolled back; the database stays at the previous version. */
export class MigrationError extends Error {
  /** The migration that failed. */
  readonly migration: Migration;

  /** @param migration - the migration that failed
   *  @param cause - the driver's error */
  constructor(migration: Migration, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`migration ${migration.version} (${migration.name}) failed and was rolled back: ${reason}`, { cause });
    this.name = 'MigrationError';
    this.migration = migration;
  }
}

/**
 * Picks the migrations still to run, given the highest version already applied (0 for a new
 * database). Throws SchemaTooNewError when the database is ahead of `migrations`.
 */
export function pendingMigrations(
  migrations: readonly Migration[],
  appliedVersion: number,
): readonly Migration[] {
  const knownVersion = migrations.at(-1)?.version ?? 0;
  if (appliedVersion > knownVersion) throw new SchemaTooNewError(appliedVersion, knownVersion);
  return migrations.filter((migration) => migration.version > appliedVersion);
}
