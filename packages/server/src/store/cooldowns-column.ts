/**
 * The `cooldowns` column of a character: the long cooldowns it logged out with, as JSON text
 * (`{"5": 1767225600000}`: skill id → when it is ready again, ms since the Unix epoch). Text in
 * both dialects, so the two stores write and read the very same bytes.
 * @module
 */
import { z } from 'zod';

const cooldownsSchema = z.record(z.string().regex(/^[1-9][0-9]*$/), z.number().int().nonnegative());

/**
 * The column text for a character's cooldowns.
 * @throws TypeError when a skill id is not a positive integer or a time not a whole, non-negative number of ms
 */
export function encodeCooldowns(cooldowns: Readonly<Record<string, number>>): string {
  const checked = cooldownsSchema.safeParse(cooldowns);
  if (!checked.success) throw new TypeError(`cooldowns ${JSON.stringify(cooldowns)} are not skill id → ready time (ms): ${checked.error.message}`);
  return JSON.stringify(checked.data);
}

/**
 * The cooldowns in a column's text.
 * @throws TypeError when the text is not what {@link encodeCooldowns} writes
 */
export function decodeCooldowns(column: string): Readonly<Record<string, number>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(column);
  } catch {
    throw new TypeError(`column cooldowns is not JSON: ${column.slice(0, 80)}`);
  }
  const checked = cooldownsSchema.safeParse(parsed);
  if (!checked.success) throw new TypeError(`column cooldowns is not skill id → ready time: ${column.slice(0, 80)}`);
  return checked.data;
}
