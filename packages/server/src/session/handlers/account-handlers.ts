/**
 * Account requests: register, log in, resume, log out.
 * @module
 */
import { ErrorCode } from '@realmforge/protocol';
import type { AccountRecord } from '../../store/store.ts';
import { toWireCharacter } from '../../characters/wire-character.ts';
import { requireGuest, requirePresence } from '../handler.ts';
import type { RequestHandler, SessionControl } from '../handler.ts';
import { RequestError } from '../request-error.ts';

/** Register → Registered. */
export const register: RequestHandler<'register'> = async (session, request) => {
  requireGuest(session, 'log out first');
  const account = await session.services.accounts.register(request.username, request.password);
  session.log.info({ accountId: account.id }, 'account registered');
  return { registered: { accountId: account.id } };
};

/** Login → LoggedIn (an older session of the account is replaced). */
export const login: RequestHandler<'login'> = async (session, request) => {
  requireGuest(session, 'already logged in');
  const account = await throttledAuthenticate(session, request.username, request.password);
  // After the password check, so a ban tells nothing to someone guessing passwords; under the
  // account's lock (Realm.login), so a ban written meanwhile cannot miss this session.
  const { moderation, realm } = session.services;
  const admission = await realm.login(session.link, account.id, () => moderation.refuseIfBanned(account.id));
  session.bind(admission.presence);
  session.log.info('logged in');
  return { loggedIn: { accountId: account.id, resumeToken: admission.resumeToken } };
};

/**
 * Checks the password under the login throttle: a throttled attempt is refused with
 * RATE_LIMITED (and the wait in the message) before any hashing; the outcome of the others is
 * reported back to the throttle.
 */
async function throttledAuthenticate(session: SessionControl, username: string, password: string): Promise<AccountRecord> {
  const { accounts, logins } = session.services;
  const address = session.remoteAddress;
  const throttled = logins.attempt(username, address, Date.now());
  if (throttled !== undefined) {
    session.log.debug({ reason: throttled.reason, retryAfterMs: throttled.retryAfterMs }, 'login throttled');
    throw new RequestError(ErrorCode.ERROR_CODE_RATE_LIMITED, `too many failed logins; try again in ${Math.ceil(throttled.retryAfterMs / 1000)} s`);
  }
  let account: AccountRecord;
  try {
    account = await accounts.authenticate(username, password);
  } catch (error) {
    if (error instanceof RequestError && error.code === ErrorCode.ERROR_CODE_AUTH_FAILED) logins.failed(username, address, Date.now());
    else logins.cancelled(username, address);
    throw error;
  }
  logins.succeeded(username, address, Date.now());
  return account;
}

/** Resume → LoggedIn with the character still in the world, if any. */
export const resume: RequestHandler<'resume'> = async (session, request) => {
  requireGuest(session, 'already logged in');
  const { realm } = session.services;
  const admission = await realm.resume(session.link, request.resumeToken);
  session.bind(admission.presence);
  const character = realm.character(admission.presence);
  session.log.info('session resumed');
  return {
    loggedIn: {
      accountId: admission.presence.accountId,
      resumeToken: admission.resumeToken,
      character: character === undefined ? null : toWireCharacter(character),
    },
  };
};

/** Logout → LoggedOut: the character is saved and leaves the world; the connection stays. */
export const logout: RequestHandler<'logout'> = async (session) => {
  const presence = requirePresence(session);
  await session.services.realm.logout(presence);
  session.unbind();
  session.log.info('logged out');
  return { loggedOut: {} };
};
