/**
 * The game master's desk behind the dashboard: finds characters by name, and turns the
 * operator's requests into calls on the services that own each rule. Kicks, mutes, bans and
 * their lifting go through the anti-cheat's {@link Moderation} (which audits every sanction,
 * tells the player with a SanctionNotice and removes kicked and banned players through the
 * Realm); the audit log and active bans come from it too. The desk adds the character-name
 * lookup, the broadcast (a ServerNotice to every player) and a log line for every admin
 * action with its actor and target.
 * @module
 */
import { encodeServerMessage } from '@realmforge/protocol';
import { ModerationError } from '../anticheat/moderation.ts';
import type { Moderation } from '../anticheat/moderation.ts';
import type { ChatService } from '../chat/chat-service.ts';
import { acceptChatText } from '../chat/chat-text.ts';
import type { Logger } from '../ops/logger.ts';
import type { PlayerLink, Realm } from '../session/realm.ts';
import type { AccountRecord, AuditRecord, BanRecord } from '../store/store.ts';
import type { PlayerEntity } from '../world/player-entity.ts';
import type { World } from '../world/world.ts';
import { AdminRefusal } from './admin-refusal.ts';

/** A character in the world as the dashboard's player lookup shows it. */
export interface PlayerReport {
  /** Character id (ULID). */
  readonly characterId: string;
  /** Character name. */
  readonly name: string;
  /** Zone id. */
  readonly zone: string;
  /** Position, metres. */
  readonly x: number;
  /** Position, metres. */
  readonly y: number;
  /** Current hit points. */
  readonly hitPoints: number;
  /** Hit points at full health. */
  readonly maxHitPoints: number;
  /** Level. */
  readonly level: number;
  /** Owning account id. */
  readonly accountId: string;
  /** The account's username, when the store has it. */
  readonly username: string | undefined;
  /** True while a session is connected; false inside the grace period after a drop. */
  readonly connected: boolean;
  /** The session's id (as in the logs' `sessionId`), when connected. */
  readonly sessionId: string | undefined;
  /** The client's address, when connected. */
  readonly address: string | undefined;
  /** When the account's chat mute ends (ms since the epoch), if muted. */
  readonly mutedUntilMs: number | undefined;
  /** The account's anti-cheat suspicion now. */
  readonly suspicion: number;
}

/** What the desk uses. */
export interface GameMasterServices {
  /** Where characters are. */
  readonly world: World;
  /** Who is connected. */
  readonly realm: Pick<Realm, 'linkOf'>;
  /** Mute state, for the lookup. */
  readonly chat: Pick<ChatService, 'mutedUntil'>;
  /** Sanctions, bans and the audit log. */
  readonly moderation: Moderation;
  /** The client address of a connected session. */
  readonly addressOf: (link: PlayerLink) => string | undefined;
  /** Where admin actions are logged. */
  readonly log: Logger;
}

/** The operator's tools. */
export class GameMaster {
  readonly #services: GameMasterServices;
  readonly #now: () => number;

  /**
   * @param services - what the tools act on
   * @param now - wall clock, ms since the epoch
   */
  constructor(services: GameMasterServices, now: () => number = Date.now) {
    this.#services = services;
    this.#now = now;
  }

  /**
   * The character of that name (any case) in the world.
   * @throws AdminRefusal 404 when no character of that name is in the world
   */
  async lookup(name: string): Promise<PlayerReport> {
    const { realm, chat, moderation, addressOf } = this.#services;
    const player = this.#find(name);
    const link = realm.linkOf(player);
    const connected = link !== undefined && !link.closed;
    const account = await moderation.findAccount(player.accountId);
    return {
      characterId: player.id,
      name: player.name,
      zone: player.zone,
      x: player.x,
      y: player.y,
      hitPoints: player.hitPoints,
      maxHitPoints: player.maxHitPoints,
      level: player.level,
      accountId: player.accountId,
      username: account?.username,
      connected,
      sessionId: connected ? link.id : undefined,
      address: connected ? addressOf(link) : undefined,
      mutedUntilMs: chat.mutedUntil(player.accountId),
      suspicion: Math.round(moderation.suspicion(player.accountId) * 10) / 10,
    };
  }

  /**
   * Removes the character's player from the game (`Disconnect{KICKED}` with the reason; the
   * character is saved and leaves the world at once, so the session cannot be resumed).
   * @throws AdminRefusal 404 for an unknown name, 400 for a bad reason
   */
  async kick(name: string, reason: string, actor: string): Promise<boolean> {
    const player = this.#find(name);
    const online = await this.#moderate(() => this.#services.moderation.kick(player.accountId, reason, actor, { characterId: player.id, cause: `kicked by ${actor}: ${reason}` }));
    this.#logAction('kick', actor, { target: player.name, accountId: player.accountId, reason });
    return online;
  }

  /**
   * Mutes the character's account for `minutes`.
   * @returns when the mute ends, ms since the epoch
   * @throws AdminRefusal 404 for an unknown name, 400 for a bad duration or reason
   */
  async mute(name: string, minutes: number, reason: string, actor: string): Promise<number> {
    const player = this.#find(name);
    const until = await this.#moderate(() => this.#services.moderation.mute(player.accountId, minutes * 60_000, reason, actor, { characterId: player.id }));
    this.#logAction('mute', actor, { target: player.name, accountId: player.accountId, reason, minutes, untilMs: until });
    return until;
  }

  /**
   * Lifts the mute of the character's account.
   * @returns whether it was muted
   * @throws AdminRefusal 404 for an unknown name
   */
  async unmute(name: string, actor: string): Promise<boolean> {
    const player = this.#find(name);
    const wasMuted = await this.#moderate(() => this.#services.moderation.unmute(player.accountId, actor));
    this.#logAction('unmute', actor, { target: player.name, accountId: player.accountId, wasMuted });
    return wasMuted;
  }

  /**
   * Bans an account (by username or id) for `minutes`; an online player is removed at once.
   * @throws AdminRefusal 404 for an unknown account, 400 for a bad duration or reason
   */
  async ban(account: string, minutes: number, reason: string, actor: string): Promise<BanRecord> {
    const found = await this.#account(account);
    const ban = await this.#moderate(() => this.#services.moderation.ban(found.id, minutes * 60_000, reason, actor, { cause: `banned by ${actor}: ${reason}` }));
    this.#logAction('ban', actor, { target: found.username, accountId: found.id, reason, minutes, endsAt: ban.endsAt });
    return ban;
  }

  /**
   * Lifts an account's bans in force.
   * @returns how many were lifted
   * @throws AdminRefusal 404 for an unknown account
   */
  async unban(account: string, actor: string): Promise<number> {
    const found = await this.#account(account);
    const lifted = await this.#moderate(() => this.#services.moderation.liftBan(found.id, actor));
    this.#logAction('unban', actor, { target: found.username, accountId: found.id, lifted });
    return lifted;
  }

  /** Bans in force, ending soonest first. */
  bans(): Promise<BanRecord[]> {
    return this.#services.moderation.activeBans();
  }

  /**
   * The anti-cheat's detections and the sanctions, newest first.
   * @throws AdminRefusal 404 for an unknown account filter
   */
  async audit(limit: number, account: string | undefined): Promise<AuditRecord[]> {
    const accountId = account === undefined ? undefined : (await this.#account(account)).id;
    return this.#services.moderation.recentAudit({ limit, accountId });
  }

  /**
   * Pushes a ServerNotice to every player in the world with a connected session; the bytes
   * are encoded once and shared.
   * @returns how many sessions it was queued on
   * @throws AdminRefusal 400 when the text breaks the chat text rules (1-255 characters, no
   *   control characters)
   */
  broadcast(rawText: string, actor: string): number {
    let text: string;
    try {
      text = acceptChatText(rawText);
    } catch (error) {
      throw new AdminRefusal(400, 'text_invalid', (error as Error).message);
    }
    const bytes = encodeServerMessage({ requestId: 0, serverNotice: { text, sentAtMs: this.#now() } });
    let delivered = 0;
    for (const player of this.#services.world.players()) {
      const link = this.#services.realm.linkOf(player);
      if (link === undefined || link.closed) continue;
      link.deliverPush(bytes);
      delivered++;
    }
    this.#logAction('broadcast', actor, { delivered, text });
    return delivered;
  }

  #find(name: string): PlayerEntity {
    const player = this.#services.world.findByName(name.trim());
    if (player === undefined) throw new AdminRefusal(404, 'player_not_found', `no character named "${name.trim().slice(0, 32)}" is in the world`);
    return player;
  }

  async #account(usernameOrId: string): Promise<AccountRecord> {
    const found = await this.#services.moderation.findAccount(usernameOrId.trim());
    if (found === undefined) throw new AdminRefusal(404, 'account_not_found', `no account with the username or id "${usernameOrId.trim().slice(0, 64)}"`);
    return found;
  }

  /** Runs a moderation call; its refusals (bad duration or reason) become 400s. */
  async #moderate<T>(action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      if (error instanceof ModerationError) throw new AdminRefusal(400, 'invalid_argument', error.message);
      throw error;
    }
  }

  #logAction(action: string, actor: string, details: Record<string, unknown>): void {
    this.#services.log.info({ adminAction: action, actor, ...details }, 'admin action');
  }
}
