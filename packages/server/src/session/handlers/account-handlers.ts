/**
 * Account requests: register, log in, resume, log out.
 * @module
 */
import { toWireCharacter } from '../../characters/wire-character.ts';
import { requireGuest, requirePresence } from '../handler.ts';
import type { RequestHandler } from '../handler.ts';

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
  const account = await session.services.accounts.authenticate(request.username, request.password);
  const admission = await session.services.realm.login(session.link, account.id);
  session.bind(admission.presence);
  session.log.info('logged in');
  return { loggedIn: { accountId: account.id, resumeToken: admission.resumeToken } };
};

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
