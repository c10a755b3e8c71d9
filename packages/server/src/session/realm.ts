/**
 * The player lifecycle across connections: who is online, resume tokens and their grace
 * period, entering and leaving the world, and saving characters when they leave.
 * @module
 */
import { createHash, randomBytes } from 'node:crypto';
import { ErrorCode } from '@realmforge/protocol';
import type { Logger } from '../ops/logger.ts';
import type { Store } from '../store/store.ts';
import type { FrameSink, PlayerEntity } from '../world/player-entity.ts';
import type { World } from '../world/world.ts';
import type { CharacterRecord } from '../store/store.ts';
import { KeyedLock } from './keyed-lock.ts';
import { RequestError } from './request-error.ts';

/** What the realm needs of a connected session. */
export interface PlayerLink extends FrameSink {
  /** Session id, for logs. */
  readonly id: string;
  /** True once the connection is gone. */
  readonly closed: boolean;
  /** Tells the client why and closes the connection. */
  disconnect(reason: ErrorCode, message: string): void;
  /**
   * Queues one encoded ServerMessage push (request_id 0), such as a chat message. The bytes
   * may be shared by many sessions, so they are sent as they are, never modified.
   */
  deliverPush(bytes: Uint8Array): void;
  /**
   * Queues a push the player can wait a tick for (chat heard from others): it shares the
   * connection's next write, most often the player's next world frame, instead of costing one
   * (Connection.sendUnhurried). The bytes are sent as they are and must not be reused.
   */
  deliverUnhurriedPush(bytes: Uint8Array): void;
}

/** An account that is online, or dropped and inside its grace period. */
export interface Presence {
  /** The account. */
  readonly accountId: string;
  /** The connected session, or undefined while dropped. */
  link: PlayerLink | undefined;
  /** Id of the account's character in the world, if any. */
  characterId: string | undefined;
  /** sha256 of the current resume token. */
  tokenHash: string;
  /** Fires when the grace period after a drop runs out. */
  graceTimer: NodeJS.Timeout | undefined;
}

/** The outcome of a login or resume. */
export interface Admission {
  /** The presence now bound to the session. */
  readonly presence: Presence;
  /** A fresh resume token (the previous one no longer works). */
  readonly resumeToken: string;
}

/** Timing settings of the realm. */
export interface RealmOptions {
  /** How long a dropped player's character stays in the world, ms. */
  readonly resumeGraceMs: number;
  /** How often characters in the world are saved, ms. */
  readonly saveIntervalMs: number;
  /** Characters per store call of {@link Realm.saveAll}; {@link SAVE_BATCH} when absent. */
  readonly saveBatch?: number;
}

/**
 * Characters per store call (one transaction) of the periodic save. The whole world in one
 * call held every other store operation behind it: at 2,000 players a save took tens of ms in
 * the store's thread, and purchases, trades and logins queued meanwhile waited for all of it
 * (store operations' p99 ~45 ms in a mixed load run). Batches let them in between.
 */
export const SAVE_BATCH = 200;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Owns every online player's presence. */
export class Realm {
  readonly #store: Store;
  readonly #world: World;
  readonly #log: Logger;
  readonly #options: RealmOptions;
  readonly #byAccount = new Map<string, Presence>();
  readonly #byToken = new Map<string, Presence>();
  readonly #locks = new KeyedLock();
  #saveTimer: NodeJS.Timeout | undefined;
  #shutDown = false;

  /**
   * @param store - where characters are saved
   * @param world - where characters live while online
   * @param log - logger
   * @param options - grace and save intervals
   */
  constructor(store: Store, world: World, log: Logger, options: RealmOptions) {
    this.#store = store;
    this.#world = world;
    this.#log = log;
    this.#options = options;
    world.onZoneChange((player, from) => {
      // Write-behind: the tick never waits; a failed save is retried by the periodic save.
      this.#store.saveCharacters([this.#world.characterState(player)]).catch((error: unknown) => {
        this.#log.error({ err: error, characterId: player.id, from, to: player.zone }, 'saving a zone change failed; the periodic save retries');
      });
    });
  }

  /** The presence's character entity, if it is in the world. */
  character(presence: Presence): PlayerEntity | undefined {
    return presence.characterId === undefined ? undefined : this.#world.get(presence.characterId);
  }

  /**
   * The connected session playing this character, or undefined when none is: the player is
   * inside its grace period after a drop, or the character is not (or no longer) in the world.
   */
  linkOf(player: PlayerEntity): PlayerLink | undefined {
    const presence = this.#byAccount.get(player.accountId);
    return presence?.characterId === player.id ? presence.link : undefined;
  }

  /** Accounts online or inside their grace period. */
  get presenceCount(): number {
    return this.#byAccount.size;
  }

  /** Starts the periodic save of characters in the world. */
  start(): void {
    this.#saveTimer ??= setInterval(() => {
      void this.saveAll().catch((error: unknown) => {
        this.#log.error({ err: error }, 'periodic character save failed; will retry next interval');
      });
    }, this.#options.saveIntervalMs);
    this.#saveTimer.unref();
  }

  /**
   * Binds an authenticated account to a session. If the account is already online elsewhere,
   * that character is saved and that session disconnected first.
   * @param link - the session logging in
   * @param accountId - the authenticated account
   * @param admissible - checked under the account's lock before anything changes (the ban check:
   *   {@link Realm.kick} takes the same lock, so a ban is either written before this check reads
   *   it or removes this login's session after it); its rejection refuses the login
   * @throws the store's error if saving the older session's character fails (nothing changes then)
   */
  login(link: PlayerLink, accountId: string, admissible?: () => Promise<void>): Promise<Admission> {
    return this.#locks.run(accountId, async () => {
      await admissible?.();
      const existing = this.#byAccount.get(accountId);
      if (existing !== undefined) {
        await this.#retire(existing);
        const older = existing.link;
        existing.link = undefined;
        older?.disconnect(ErrorCode.ERROR_CODE_SESSION_REPLACED, 'this account logged in from somewhere else');
      }
      const presence: Presence = { accountId, link, characterId: undefined, tokenHash: '', graceTimer: undefined };
      this.#byAccount.set(accountId, presence);
      return this.#admit(presence, link);
    });
  }

  /**
   * Takes a presence back with its resume token, within the grace period.
   * @throws RequestError RESUME_FAILED for an unknown or expired token
   */
  async resume(link: PlayerLink, token: string): Promise<Admission> {
    const found = this.#byToken.get(hashToken(token));
    if (found === undefined) throw new RequestError(ErrorCode.ERROR_CODE_RESUME_FAILED, 'unknown or expired resume token');
    return this.#locks.run(found.accountId, () => {
      if (this.#byAccount.get(found.accountId) !== found || !this.#byToken.has(found.tokenHash)) {
        throw new RequestError(ErrorCode.ERROR_CODE_RESUME_FAILED, 'unknown or expired resume token');
      }
      const previous = found.link;
      const admission = this.#admit(found, link);
      if (previous !== undefined && previous !== link) {
        previous.disconnect(ErrorCode.ERROR_CODE_SESSION_REPLACED, 'this session was resumed from somewhere else');
      }
      return Promise.resolve(admission);
    });
  }

  /**
   * Puts one of the presence's characters in the world.
   * @throws RequestError ALREADY_IN_WORLD when a character is already in the world
   */
  enterWorld(presence: Presence, record: CharacterRecord): PlayerEntity {
    if (presence.characterId !== undefined) {
      throw new RequestError(ErrorCode.ERROR_CODE_ALREADY_IN_WORLD, 'a character of this account is already in the world');
    }
    const player = this.#world.enter(record, presence.link);
    presence.characterId = player.id;
    return player;
  }

  /**
   * Ends a presence at the player's request: saves the character and removes it from the
   * world. The token stops working.
   * @throws the store's error if the save fails (the player stays online then)
   */
  logout(presence: Presence): Promise<void> {
    return this.#locks.run(presence.accountId, () => this.#retire(presence));
  }

  /**
   * Removes an account from the world on an operator's or the anti-cheat's word: its session
   * (if connected) is told why and closed, and its character is saved and leaves the world at
   * once, with no grace period, so its resume token no longer works; the player has to log in
   * again. Resolves false when the account is not online.
   * @param accountId - the account to remove
   * @param reason - the Disconnect reason the client gets
   * @param message - the text for the player
   * @throws the store's error if the save fails (the character stays in the world then, with
   *   its session already closed, and leaves after the grace period like any dropped player)
   */
  kick(accountId: string, reason: ErrorCode, message: string): Promise<boolean> {
    return this.#locks.run(accountId, async () => {
      const presence = this.#byAccount.get(accountId);
      if (presence === undefined) return false;
      const link = presence.link;
      if (link !== undefined) {
        link.disconnect(reason, message);
        this.dropped(presence, link);
      }
      await this.#retire(presence);
      return true;
    });
  }

  /**
   * The session bound to a presence went away without logging out: keep the character in
   * the world for the grace period, then save and remove it.
   */
  dropped(presence: Presence, link: PlayerLink): void {
    if (presence.link !== link || this.#shutDown) return;
    presence.link = undefined;
    const player = this.character(presence);
    if (player !== undefined) this.#world.attach(player, undefined);
    this.#armGrace(presence);
  }

  /** The session the account is connected with, if it is online and connected. */
  sessionOf(accountId: string): PlayerLink | undefined {
    return this.#byAccount.get(accountId)?.link;
  }

  /**
   * Saves every character in the world as it is now, in batches of `saveBatch` characters, one
   * store call after the other, so that other store work queued meanwhile runs between them.
   * A batch that fails does not stop the others; the first failure is thrown once all were tried.
   */
  async saveAll(): Promise<void> {
    const states = [...this.#byAccount.values()].flatMap((p) => {
      const player = this.character(p);
      return player === undefined ? [] : [this.#world.characterState(player)];
    });
    const batch = this.#options.saveBatch ?? SAVE_BATCH;
    let failure: unknown;
    let failed = false;
    for (let from = 0; from < states.length; from += batch) {
      try {
        await this.#store.saveCharacters(states.slice(from, from + batch));
      } catch (error) {
        if (!failed) failure = error;
        failed = true;
      }
    }
    if (failed) throw failure;
  }

  /**
   * Stops the realm for shutdown: tells every session why and closes it, saves every
   * character (also those inside their grace period) and empties the world.
   */
  async shutdown(message: string): Promise<void> {
    this.#shutDown = true;
    clearInterval(this.#saveTimer);
    this.#saveTimer = undefined;
    for (const presence of this.#byAccount.values()) {
      clearTimeout(presence.graceTimer);
      presence.link?.disconnect(ErrorCode.ERROR_CODE_SERVER_SHUTTING_DOWN, message);
    }
    await this.saveAll();
    for (const presence of this.#byAccount.values()) {
      if (presence.characterId !== undefined) this.#world.leave(presence.characterId);
    }
    this.#byAccount.clear();
    this.#byToken.clear();
  }

  #admit(presence: Presence, link: PlayerLink): Admission {
    clearTimeout(presence.graceTimer);
    presence.graceTimer = undefined;
    this.#byToken.delete(presence.tokenHash);
    const resumeToken = randomBytes(32).toString('base64url');
    presence.tokenHash = hashToken(resumeToken);
    this.#byToken.set(presence.tokenHash, presence);
    presence.link = link;
    const player = this.character(presence);
    if (player !== undefined) this.#world.attach(player, link);
    // The connection may have dropped while the login was being checked.
    if (link.closed) this.dropped(presence, link);
    return { presence, resumeToken };
  }

  /** Saves and removes the presence's character, then forgets the presence. */
  async #retire(presence: Presence): Promise<void> {
    const player = this.character(presence);
    if (player !== undefined) {
      await this.#store.saveCharacters([this.#world.characterState(player)]);
      this.#world.leave(player.id);
    }
    presence.characterId = undefined;
    clearTimeout(presence.graceTimer);
    presence.graceTimer = undefined;
    this.#byToken.delete(presence.tokenHash);
    if (this.#byAccount.get(presence.accountId) === presence) this.#byAccount.delete(presence.accountId);
  }

  #armGrace(presence: Presence): void {
    clearTimeout(presence.graceTimer);
    presence.graceTimer = setTimeout(() => {
      void this.#locks
        .run(presence.accountId, async () => {
          if (presence.link === undefined && this.#byAccount.get(presence.accountId) === presence) await this.#retire(presence);
        })
        .catch((error: unknown) => {
          this.#log.error({ err: error, accountId: presence.accountId }, 'saving a dropped character failed; keeping it and retrying');
          this.#armGrace(presence);
        });
    }, this.#options.resumeGraceMs);
  }
}
