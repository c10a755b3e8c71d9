/**
 * What makes a username and password acceptable. Pure functions, shared by registration and
 * by tests.
 * @module
 */

/** Usernames: 3-32 characters of A-Z, a-z, 0-9 and underscore. */
export const USERNAME_PATTERN = /^[A-Za-z0-9_]{3,32}$/;

/** Shortest accepted password, in UTF-16 code units. */
export const MIN_PASSWORD_LENGTH = 8;

/** Longest accepted password, in UTF-16 code units; bounds the hashing work a request can ask for. */
export const MAX_PASSWORD_LENGTH = 128;

/** Why a username is unacceptable, or undefined when it is fine. */
export function usernameProblem(username: string): string | undefined {
  return USERNAME_PATTERN.test(username) ? undefined : 'usernames are 3-32 characters of letters, digits and underscore';
}

/** Why a password is unacceptable, or undefined when it is fine. */
export function passwordProblem(password: string): string | undefined {
  const length = password.length;
  if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
    return `passwords are ${MIN_PASSWORD_LENGTH}-${MAX_PASSWORD_LENGTH} characters`;
  }
  return undefined;
}
