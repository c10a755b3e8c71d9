/**
 * Names of the bots' accounts and characters. Accounts are `${prefix}${index}`, so a later run
 * with the same prefix logs the same accounts in again; character names must be 3-16 letters,
 * so the index is written in letters (base 26, a = 0).
 * @module
 */

/** The password every bot account uses. */
export const BOT_PASSWORD = 'realmforge-bot-password';

/**
 * Account name prefixes that give usernames the server accepts (3-32 of A-Z, a-z, 0-9 and `_`)
 * for every index up to 9999.
 */
export const PREFIX_PATTERN = /^[A-Za-z0-9_]{2,28}$/;

/** The account name of bot `index`. */
export function usernameFor(prefix: string, index: number): string {
  return `${prefix}${index}`;
}

/** `index` in base-26 letters: 0 → a, 25 → z, 26 → ba. */
export function indexLetters(index: number): string {
  let rest = Math.max(0, Math.floor(index));
  let letters = '';
  do {
    letters = String.fromCharCode(97 + (rest % 26)) + letters;
    rest = Math.floor(rest / 26);
  } while (rest > 0);
  return letters;
}

/**
 * The character name of bot `index`: the prefix's letters (capitalised; "Bot" when it has
 * none) followed by the index in letters, at most 16 letters, at least 3.
 */
export function characterNameFor(prefix: string, index: number): string {
  const suffix = indexLetters(index);
  const letters = prefix.replace(/[^A-Za-z]/g, '').toLowerCase();
  const stem = (letters === '' ? 'bot' : letters).slice(0, Math.max(0, 16 - suffix.length));
  const name = `${stem.charAt(0).toUpperCase()}${stem.slice(1)}${suffix}`;
  return name.length >= 3 ? name : `${name}xx`.slice(0, 3);
}

/**
 * Another name for bot `index` when its own is taken (by a bot of another prefix, say):
 * the first name shortened to make room for random letters.
 */
export function alternativeCharacterName(prefix: string, index: number, random: () => number): string {
  const extra = Array.from({ length: 4 }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
  return `${characterNameFor(prefix, index).slice(0, 12)}${extra}`;
}
