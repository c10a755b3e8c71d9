/**
 * The anti-cheat tables' PostgreSQL half (audit log and bans), run through the PostgresStore's
 * pooled query function.
 * @module
 */
import type { StoredRow } from './rows.ts';
import { auditColumns, auditFromRow, auditPageSize, banColumns, banFromRow } from './sanction-rows.ts';
import type { AuditQuery, AuditRecord, BanRecord } from './store.ts';

/** Runs one statement. */
export type SanctionQuery = (text: string, values?: readonly unknown[]) => Promise<{ rows: StoredRow[]; rowCount: number }>;

/** Ids sort bytewise, as in SQLite, whatever the database's locale. */
const newestFirst = 'ORDER BY at DESC, id COLLATE "C" DESC';

/** The audit log and bans in PostgreSQL. */
export class PostgresSanctions {
  readonly #query: SanctionQuery;

  /** @param query - runs one statement on the store's pool */
  constructor(query: SanctionQuery) {
    this.#query = query;
  }

  /** Appends audit entries in one statement (all or none). */
  async appendAudits(records: readonly AuditRecord[]): Promise<void> {
    if (records.length === 0) return;
    const values: unknown[] = [];
    const rows = records.map((r) => {
      const at = values.length;
      values.push(r.id, r.at, r.accountId, r.characterId ?? null, r.kind, r.name, r.suspicion, r.sent, r.expected, r.occurrences, r.actor);
      return `(${Array.from({ length: 11 }, (_, i) => `$${at + i + 1}`).join(', ')})`;
    });
    await this.#query(`INSERT INTO audit_log (${auditColumns}) VALUES ${rows.join(', ')}`, values);
  }

  /** Audit entries, newest first. */
  async listAudit(query: AuditQuery): Promise<AuditRecord[]> {
    const before = query.before ?? Number.MAX_SAFE_INTEGER;
    const limit = auditPageSize(query.limit);
    const { rows } = query.accountId === undefined
      ? await this.#query(`SELECT ${auditColumns} FROM audit_log WHERE at < $1 ${newestFirst} LIMIT $2`, [before, limit])
      : await this.#query(`SELECT ${auditColumns} FROM audit_log WHERE account_id = $1 AND at < $2 ${newestFirst} LIMIT $3`, [query.accountId, before, limit]);
    return rows.map(auditFromRow);
  }

  /** Records a ban. */
  async createBan(b: BanRecord): Promise<void> {
    await this.#query(`INSERT INTO bans (${banColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
      b.id, b.accountId, b.reason, b.createdBy, b.createdAt, b.endsAt, b.liftedAt ?? null, b.liftedBy ?? null,
    ]);
  }

  /** The account's active ban that ends last. */
  async activeBan(accountId: string, now: number): Promise<BanRecord | undefined> {
    const { rows } = await this.#query(
      `SELECT ${banColumns} FROM bans WHERE account_id = $1 AND lifted_at IS NULL AND created_at <= $2 AND ends_at > $2
       ORDER BY ends_at DESC, id COLLATE "C" DESC LIMIT 1`,
      [accountId, now],
    );
    return rows[0] === undefined ? undefined : banFromRow(rows[0]);
  }

  /** Every active ban, ending soonest first. */
  async listActiveBans(now: number): Promise<BanRecord[]> {
    const { rows } = await this.#query(
      `SELECT ${banColumns} FROM bans WHERE lifted_at IS NULL AND created_at <= $1 AND ends_at > $1 ORDER BY ends_at, id COLLATE "C"`,
      [now],
    );
    return rows.map(banFromRow);
  }

  /** Lifts the account's active bans; returns how many. */
  async liftBans(accountId: string, now: number, liftedBy: string): Promise<number> {
    const { rowCount } = await this.#query(
      'UPDATE bans SET lifted_at = $1, lifted_by = $2 WHERE account_id = $3 AND lifted_at IS NULL AND created_at <= $1 AND ends_at > $1',
      [now, liftedBy, accountId],
    );
    return rowCount;
  }
}
