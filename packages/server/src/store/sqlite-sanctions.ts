/**
 * The anti-cheat tables' SQLite half (audit log and bans): statements on the SqliteStore's
 * connection. Work is synchronous (the driver is); {@link SqliteStore} wraps each call in a promise.
 * @module
 */
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { auditColumns, auditFromRow, auditPageSize, banColumns, banFromRow } from './sanction-rows.ts';
import type { AuditQuery, AuditRecord, BanRecord } from './store.ts';

const activeBan = 'lifted_at IS NULL AND created_at <= ? AND ends_at > ?';

function prepare(db: DatabaseSync) {
  return {
    insertAudit: db.prepare(`INSERT INTO audit_log (${auditColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    audit: db.prepare(`SELECT ${auditColumns} FROM audit_log WHERE at < ? ORDER BY at DESC, id DESC LIMIT ?`),
    auditOfAccount: db.prepare(
      `SELECT ${auditColumns} FROM audit_log WHERE account_id = ? AND at < ? ORDER BY at DESC, id DESC LIMIT ?`,
    ),
    insertBan: db.prepare(`INSERT INTO bans (${banColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    activeBanOf: db.prepare(`SELECT ${banColumns} FROM bans WHERE account_id = ? AND ${activeBan} ORDER BY ends_at DESC, id DESC LIMIT 1`),
    activeBans: db.prepare(`SELECT ${banColumns} FROM bans WHERE ${activeBan} ORDER BY ends_at, id`),
    liftBans: db.prepare(`UPDATE bans SET lifted_at = ?, lifted_by = ? WHERE account_id = ? AND ${activeBan}`),
  } satisfies Record<string, StatementSync>;
}

/** The audit log and bans of one SQLite connection. */
export class SqliteSanctions {
  readonly #s: ReturnType<typeof prepare>;

  /** @param db - an open, migrated connection */
  constructor(db: DatabaseSync) {
    this.#s = prepare(db);
  }

  /** Appends an audit entry. */
  appendAudit(r: AuditRecord): void {
    this.#s.insertAudit.run(r.id, r.at, r.accountId, r.characterId ?? null, r.kind, r.name, r.suspicion, r.sent, r.expected, r.occurrences, r.actor);
  }

  /** Audit entries, newest first. */
  listAudit(query: AuditQuery): AuditRecord[] {
    const before = query.before ?? Number.MAX_SAFE_INTEGER;
    const limit = auditPageSize(query.limit);
    const rows = query.accountId === undefined ? this.#s.audit.all(before, limit) : this.#s.auditOfAccount.all(query.accountId, before, limit);
    return rows.map(auditFromRow);
  }

  /** Records a ban. */
  createBan(b: BanRecord): void {
    this.#s.insertBan.run(b.id, b.accountId, b.reason, b.createdBy, b.createdAt, b.endsAt, b.liftedAt ?? null, b.liftedBy ?? null);
  }

  /** The account's active ban that ends last. */
  activeBan(accountId: string, now: number): BanRecord | undefined {
    const row = this.#s.activeBanOf.get(accountId, now, now);
    return row === undefined ? undefined : banFromRow(row);
  }

  /** Every active ban, ending soonest first. */
  listActiveBans(now: number): BanRecord[] {
    return this.#s.activeBans.all(now, now).map(banFromRow);
  }

  /** Lifts the account's active bans; returns how many. */
  liftBans(accountId: string, now: number, liftedBy: string): number {
    return Number(this.#s.liftBans.run(now, liftedBy, accountId, now, now).changes);
  }
}
