/**
 * Turns audit-log and ban rows into records for both SQL backends, checking every column as
 * rows.ts does for the other tables.
 * @module
 */
import type { StoredRow } from './rows.ts';
import type { AuditKind, AuditRecord, BanRecord } from './store.ts';

/** Columns to select for an audit entry; {@link auditFromRow} reads them by name. */
export const auditColumns = 'id, at, account_id, character_id, kind, name, suspicion, sent, expected, occurrences, actor';

/** Columns to select for a ban; {@link banFromRow} reads them by name. */
export const banColumns = 'id, account_id, reason, created_by, created_at, ends_at, lifted_at, lifted_by';

/** The most audit entries one query returns. */
export const MAX_AUDIT_PAGE = 1000;

function text(row: StoredRow, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw new TypeError(`column ${column} is not text: ${typeof value}`);
  return value;
}

function optionalText(row: StoredRow, column: string): string | undefined {
  return row[column] === null ? undefined : text(row, column);
}

function number(row: StoredRow, column: string): number {
  const value = row[column];
  if (typeof value !== 'number') throw new TypeError(`column ${column} is not a number: ${typeof value}`);
  return value;
}

function optionalNumber(row: StoredRow, column: string): number | undefined {
  return row[column] === null ? undefined : number(row, column);
}

function auditKind(row: StoredRow): AuditKind {
  const kind = text(row, 'kind');
  if (kind !== 'detection' && kind !== 'sanction') throw new TypeError(`column kind holds an unknown audit kind: ${kind}`);
  return kind;
}

/** Builds an audit entry from a row holding {@link auditColumns}. */
export function auditFromRow(row: StoredRow): AuditRecord {
  return {
    id: text(row, 'id'),
    at: number(row, 'at'),
    accountId: text(row, 'account_id'),
    characterId: optionalText(row, 'character_id'),
    kind: auditKind(row),
    name: text(row, 'name'),
    suspicion: number(row, 'suspicion'),
    sent: text(row, 'sent'),
    expected: text(row, 'expected'),
    occurrences: number(row, 'occurrences'),
    actor: text(row, 'actor'),
  };
}

/** Builds a ban from a row holding {@link banColumns}. */
export function banFromRow(row: StoredRow): BanRecord {
  return {
    id: text(row, 'id'),
    accountId: text(row, 'account_id'),
    reason: text(row, 'reason'),
    createdBy: text(row, 'created_by'),
    createdAt: number(row, 'created_at'),
    endsAt: number(row, 'ends_at'),
    liftedAt: optionalNumber(row, 'lifted_at'),
    liftedBy: optionalText(row, 'lifted_by'),
  };
}

/** The audit page size, clamped to 1-{@link MAX_AUDIT_PAGE} (a fraction rounds down). */
export function auditPageSize(limit: number): number {
  return Number.isFinite(limit) ? Math.min(MAX_AUDIT_PAGE, Math.max(1, Math.floor(limit))) : MAX_AUDIT_PAGE;
}
