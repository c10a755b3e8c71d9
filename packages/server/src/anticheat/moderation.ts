/**
 * The moderation API: what an operator (the admin dashboard, the `npm run admin` command) and
 * the anti-cheat do to accounts. Lists the audit log and active bans, bans an account for a
 * while, lifts bans, mutes and kicks; every action is an audit entry. With a running server
 * (`live`) a ban or kick also removes the player from the game at once and the player is told
 * with a `SanctionNotice`; against a bare database (the command) only the records change, and
 * the login check enforces the ban.
 * @module
 */
import { encodeServerMessage, ErrorCode, SanctionKind } from '@realmforge/protocol';
import type { ChatService } from '../chat/chat-service.ts';
import { newId } from '../ids.ts';
import type { Logger } from '../ops/logger.ts';
import type { Realm } from '../session/realm.ts';
import { RequestError } from '../session/request-error.ts';
import type { AccountRecord, AuditQuery, AuditRecord, BanRecord, Store } from '../store/store.ts';
import type { SanctionLevel } from './sanction-ladder.ts';
import type { SuspicionScores } from './suspicion-scores.ts';

/** The longest ban an operator may give, ms (ten years). */
export const MAX_BAN_MS = 10 * 365 * 86_400_000;

/** The longest ban or mute reason, characters. */
export const MAX_REASON_LENGTH = 200;

/** The parts of a running server moderation acts on. */
export interface LiveGame {
  /** Who is online: removes kicked and banned players, finds sessions to tell. */
  readonly realm: Pick<Realm, 'kick' | 'sessionOf'>;
  /** Mutes live in the chat service. */
  readonly chat: Pick<ChatService, 'mute' | 'unmute' | 'mutedUntil'>;
  /** Suspicion scores: shown to operators, cleared by a ban and when one is lifted. */
  readonly scores: SuspicionScores;
}

/** What moderation works with. */
export interface ModerationOptions {
  /** Where bans and the audit log are kept. */
  readonly store: Store;
  /** The running server, when there is one. */
  readonly live?: LiveGame | undefined;
  /** Where failures to reach a player are logged. */
  readonly log?: Logger | undefined;
  /** Wall clock, ms since the epoch (tests inject one). */
  readonly now?: (() => number) | undefined;
}

/** A moderation request that cannot be done: bad input or no running server; the message says why. */
export class ModerationError extends Error {
  /** @param message - what is wrong, for the operator */
  constructor(message: string) {
    super(message);
    this.name = 'ModerationError';
  }
}

/** Extra facts a sanction's audit entry carries. */
export interface SanctionContext {
  /** The character played when it was decided. */
  readonly characterId?: string | undefined;
  /** What led to it, for the audit entry's `sent`. */
  readonly cause?: string | undefined;
}

const NOTICE_KINDS: Readonly<Record<SanctionLevel, SanctionKind>> = {
  warn: SanctionKind.SANCTION_KIND_WARN,
  mute: SanctionKind.SANCTION_KIND_MUTE,
  kick: SanctionKind.SANCTION_KIND_KICK,
  ban: SanctionKind.SANCTION_KIND_BAN,
};

/** Moderation of accounts: bans, mutes, kicks, and the audit log. */
export class Moderation {
  readonly #store: Store;
  readonly #live: LiveGame | undefined;
  readonly #log: Logger | undefined;
  readonly #now: () => number;

  /** @param options - the store, and the running server when there is one */
  constructor(options: ModerationOptions) {
    this.#store = options.store;
    this.#live = options.live;
    this.#log = options.log;
    this.#now = options.now ?? Date.now;
  }

  /** Audit entries (detections and sanctions), newest first; `limit` is clamped to 1-1000. */
  recentAudit(query: AuditQuery): Promise<AuditRecord[]> {
    return this.#store.listAudit(query);
  }

  /** Bans in force now, ending soonest first. */
  activeBans(): Promise<BanRecord[]> {
    return this.#store.listActiveBans(this.#now());
  }

  /** The account's ban in force now, if any. */
  activeBan(accountId: string): Promise<BanRecord | undefined> {
    return this.#store.activeBan(accountId, this.#now());
  }

  /** An account by username (any case) or by id. */
  async findAccount(usernameOrId: string): Promise<AccountRecord | undefined> {
    return (await this.#store.findAccountByUsername(usernameOrId)) ?? (await this.#store.findAccountById(usernameOrId));
  }

  /** The account's suspicion now; 0 without a running server. */
  suspicion(accountId: string): number {
    return this.#live?.scores.score(accountId, this.#now()) ?? 0;
  }

  /**
   * Refuses a login of a banned account.
   * @throws RequestError ACCOUNT_BANNED naming the end of the ban and its reason
   */
  async refuseIfBanned(accountId: string): Promise<void> {
    const ban = await this.activeBan(accountId);
    if (ban === undefined) return;
    throw new RequestError(ErrorCode.ERROR_CODE_ACCOUNT_BANNED, `this account is banned until ${new Date(ban.endsAt).toISOString()}: ${ban.reason}`);
  }

  /**
   * Bans an account for `durationMs` (persisted; the account cannot log in until it ends or is
   * lifted). A player online is told and removed from the game.
   * @throws ModerationError for an unknown account, a duration outside 1 ms-10 years or an empty or over-long reason
   */
  async ban(accountId: string, durationMs: number, reason: string, actor: string, context: SanctionContext = {}): Promise<BanRecord> {
    if (!Number.isInteger(durationMs) || durationMs < 1 || durationMs > MAX_BAN_MS) {
      throw new ModerationError(`a ban lasts a whole number of ms from 1 to ${MAX_BAN_MS}; got ${durationMs}`);
    }
    const why = checkReason(reason);
    await this.#requireAccount(accountId);
    const now = this.#now();
    const ban: BanRecord = { id: newId(), accountId, reason: why, createdBy: actor, createdAt: now, endsAt: now + durationMs, liftedAt: undefined, liftedBy: undefined };
    await this.#store.createBan(ban);
    await this.#audit(accountId, 'ban', actor, context.cause ?? why, `banned until ${new Date(ban.endsAt).toISOString()}`, context.characterId);
    this.#live?.scores.reset(accountId);
    this.#notify(accountId, 'ban', why, ban.endsAt);
    await this.#remove(accountId, ErrorCode.ERROR_CODE_ACCOUNT_BANNED, `banned until ${new Date(ban.endsAt).toISOString()}: ${why}`);
    return ban;
  }

  /**
   * Lifts the account's bans in force; the account may log in at once. Its suspicion starts
   * from zero.
   * @returns how many bans were lifted (0 when it was not banned; nothing is recorded then)
   * @throws ModerationError for an unknown account
   */
  async liftBan(accountId: string, actor: string): Promise<number> {
    await this.#requireAccount(accountId);
    const lifted = await this.#store.liftBans(accountId, this.#now(), actor);
    if (lifted > 0) {
      this.#live?.scores.reset(accountId);
      await this.#audit(accountId, 'unban', actor, `${lifted} ban(s) in force`, 'lifted', undefined);
    }
    return lifted;
  }

  /**
   * Mutes the account's chat for `durationMs` (in memory, like every chat mute). Needs a
   * running server.
   * @throws ModerationError without a running server, for a bad duration or reason
   */
  async mute(accountId: string, durationMs: number, reason: string, actor: string, context: SanctionContext = {}): Promise<number> {
    const live = this.#requireLive('mute');
    if (!Number.isInteger(durationMs) || durationMs < 1 || durationMs > MAX_BAN_MS) {
      throw new ModerationError(`a mute lasts a whole number of ms from 1 to ${MAX_BAN_MS}; got ${durationMs}`);
    }
    const why = checkReason(reason);
    const until = this.#now() + durationMs;
    live.chat.mute(accountId, until);
    await this.#audit(accountId, 'mute', actor, context.cause ?? why, `muted until ${new Date(until).toISOString()}`, context.characterId);
    this.#notify(accountId, 'mute', why, until);
    return until;
  }

  /**
   * Lifts a chat mute.
   * @returns whether the account was muted
   * @throws ModerationError without a running server
   */
  async unmute(accountId: string, actor: string): Promise<boolean> {
    const live = this.#requireLive('unmute');
    const muted = live.chat.unmute(accountId);
    if (muted) await this.#audit(accountId, 'unmute', actor, 'muted', 'unmuted', undefined);
    return muted;
  }

  /**
   * Removes an online player from the game with `Disconnect{KICKED}`; the player may log in again.
   * @returns false when the account was not online
   * @throws ModerationError without a running server or for a bad reason
   */
  async kick(accountId: string, reason: string, actor: string, context: SanctionContext = {}): Promise<boolean> {
    this.#requireLive('kick');
    const why = checkReason(reason);
    this.#notify(accountId, 'kick', why, 0);
    const online = await this.#remove(accountId, ErrorCode.ERROR_CODE_KICKED, `kicked: ${why}`);
    if (online) await this.#audit(accountId, 'kick', actor, context.cause ?? why, 'disconnected', context.characterId);
    return online;
  }

  /** Warns a connected player with a `SanctionNotice`; recorded like every sanction. */
  async warn(accountId: string, reason: string, actor: string, context: SanctionContext = {}): Promise<void> {
    const why = checkReason(reason);
    this.#notify(accountId, 'warn', why, 0);
    await this.#audit(accountId, 'warn', actor, context.cause ?? why, 'warned', context.characterId);
  }

  async #audit(accountId: string, name: string, actor: string, sent: string, expected: string, characterId: string | undefined): Promise<void> {
    await this.#store.appendAudits([{
      id: newId(),
      at: this.#now(),
      accountId,
      characterId,
      kind: 'sanction',
      name,
      suspicion: this.suspicion(accountId),
      sent,
      expected,
      occurrences: 1,
      actor,
    }]);
  }

  #notify(accountId: string, level: SanctionLevel, reason: string, untilMs: number): void {
    const link = this.#live?.realm.sessionOf(accountId);
    if (link === undefined || link.closed) return;
    link.deliverPush(encodeServerMessage({ requestId: 0, sanctionNotice: { kind: NOTICE_KINDS[level], reason, untilMs } }));
  }

  /** Removes the player from the game; a failed save is logged (the character leaves after its grace period). */
  async #remove(accountId: string, reason: ErrorCode, message: string): Promise<boolean> {
    if (this.#live === undefined) return false;
    try {
      return await this.#live.realm.kick(accountId, reason, message);
    } catch (error) {
      this.#log?.error({ err: error, accountId }, 'saving a removed player failed; the character leaves after the grace period');
      return true;
    }
  }

  async #requireAccount(accountId: string): Promise<void> {
    if ((await this.#store.findAccountById(accountId)) === undefined) throw new ModerationError(`no account has the id ${accountId}`);
  }

  #requireLive(action: string): LiveGame {
    if (this.#live === undefined) throw new ModerationError(`${action} needs the running server (mutes and kicks live in its memory)`);
    return this.#live;
  }
}

function checkReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_REASON_LENGTH) {
    throw new ModerationError(`a reason of 1-${MAX_REASON_LENGTH} characters is required`);
  }
  return trimmed;
}
