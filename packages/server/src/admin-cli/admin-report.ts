/**
 * How the operator command prints bans and audit entries: aligned text columns for a person,
 * or JSON lines for a script (`--json`). Times are ISO 8601 in UTC.
 * @module
 */
import type { AuditRecord, BanRecord } from '../store/store.ts';

/** Finds the username of an account id, for display; undefined when the account is gone. */
export type UsernameOf = (accountId: string) => Promise<string | undefined>;

/** ISO 8601 UTC, seconds precision. */
function when(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Columns padded to their widest cell; the last column is not padded. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ');
  return [line(header), ...rows.map(line)];
}

/** Bans in force as lines of text (a table, or one sentence when there are none). */
export async function bansReport(bans: readonly BanRecord[], usernameOf: UsernameOf): Promise<string[]> {
  if (bans.length === 0) return ['no bans in force'];
  const rows: string[][] = [];
  for (const ban of bans) {
    rows.push([(await usernameOf(ban.accountId)) ?? '?', ban.accountId, when(ban.createdAt), when(ban.endsAt), ban.createdBy, ban.reason]);
  }
  return textTable(['USERNAME', 'ACCOUNT', 'SINCE', 'UNTIL', 'BY', 'REASON'], rows);
}

/** Audit entries as lines of text, newest first (a table, or one sentence when there are none). */
export async function auditReport(entries: readonly AuditRecord[], usernameOf: UsernameOf): Promise<string[]> {
  if (entries.length === 0) return ['no audit entries'];
  const rows: string[][] = [];
  for (const entry of entries) {
    rows.push([
      when(entry.at),
      entry.kind,
      entry.name,
      (await usernameOf(entry.accountId)) ?? entry.accountId,
      String(Math.round(entry.suspicion * 10) / 10),
      String(entry.occurrences),
      entry.actor,
      `sent: ${entry.sent} | expected: ${entry.expected}`,
    ]);
  }
  return textTable(['TIME', 'KIND', 'NAME', 'ACCOUNT', 'SUSPICION', 'TIMES', 'BY', 'EVIDENCE'], rows);
}
