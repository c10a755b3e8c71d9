/**
 * The rules for guild names. Uniqueness (ignoring case) is the store's, through a unique index.
 * @module
 */

/** Guild names: words of letters separated by single spaces. */
export const GUILD_NAME_PATTERN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
/** The shortest guild name. */
export const MIN_GUILD_NAME_LENGTH = 3;
/** The longest guild name. */
export const MAX_GUILD_NAME_LENGTH = 24;

/**
 * A guild name as it will be stored: trimmed, 3-24 characters of letters and single spaces
 * between words; undefined when the name breaks the rules.
 */
export function acceptGuildName(raw: string): string | undefined {
  const name = raw.trim();
  if (name.length < MIN_GUILD_NAME_LENGTH || name.length > MAX_GUILD_NAME_LENGTH) return undefined;
  return GUILD_NAME_PATTERN.test(name) ? name : undefined;
}
