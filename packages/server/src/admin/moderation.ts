/**
 * What an operator can do to players from the dashboard: look a character up, kick, mute and
 * unmute, and broadcast a server notice. Every action is logged with the admin action, its
 * target and the reason. The actions use the services that own each rule (the Realm removes a
 * player, ChatService holds mutes), so the dashboard adds no second copy of any of them.
 * @module
 */
import { encodeServerMessage, ErrorCode } from '@realmforge/protocol';
import type { ChatService } from '../chat/chat-service.ts';
import { acceptChatText } from '../chat/chat-text.ts';
import type { Logger } from '../ops/logger.ts';
import type { PlayerLink, Realm } from '../session/realm.ts';
import type { Store } from '../store/store.ts';
import type { PlayerEntity } from '../world/player-entity.ts';
import type { World } from '../world/world.ts';

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
}

/** What moderation uses. */
export interface ModerationServices {
  /** Where characters are. */
  readonly world: World;
  /** Who is online; removes players. */
  readonly realm: Realm;
  /** Mutes. */
  readonly chat: ChatService;
  /** Account names. */
  readonly store: Pick<Store, 'findAccountById'>;
  /** The client address of a connected session. */
  readonly addressOf: (link: PlayerLink) => string | undefined;
  /** Where admin actions are logged. */
  readonly log: Logger;
}

/** An admin action was refused; `status` is the HTTP status the API answers with. */
export class ModerationError extends Error {
  /** 400 for bad input, 404 for an unknown target. */
  readonly status: 400 | 404;
  /** A stable code for scripts, e.g. `player_not_found`. */
  readonly code: string;

  /**
   * @param status - HTTP status
   * @param code - stable code
   * @param message - what is wrong, for people
   */
  constructor(status: 400 | 404, code: string, message: string) {
    super(message);
    this.name = 'ModerationError';
    this.status = status;
    this.code = code;
  }
}

/** The operator's tools. */
export class Moderation {
  readonly #services: ModerationServices;
  readonly #now: () => number;

  /**
   * @param services - what the tools act on
   * @param now - wall clock, ms since the epoch
   */
  constructor(services: ModerationServices, now: () => number = Date.now) {
    this.#services = services;
    this.#now = now;
  }

  /**
   * The character of that name (case-insensitive) in the world.
   * @throws ModerationError 404 when no character of that name is in the world
   */
  async lookup(name: string): Promise<PlayerReport> {
    const { realm, chat, store, addressOf } = this.#services;
    const player = this.#find(name);
    const link = realm.linkOf(player);
    const connected = link !== undefined && !link.closed;
    const account = await store.findAccountById(player.accountId);
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
    };
  }

  /**
   * Removes the character's player from the game: the session gets `Disconnect{KICKED}` with
   * the reason, and the character is saved and leaves the world at once (no resume).
   * @throws ModerationError 404 for an unknown name; the store's error if the save fails
   */
  async kick(name: string, reason: string, actor: string): Promise<void> {
    const player = this.#find(name);
    const text = reason === '' ? 'you were removed from the game by a game master' : `you were removed from the game by a game master: ${reason}`;
    await this.#services.realm.kick(player.accountId, ErrorCode.ERROR_CODE_KICKED, text);
    this.#logAction('kick', player, actor, { reason });
  }

  /**
   * Mutes the character's account for `minutes`: its chat is refused with CHAT_MUTED until
   * then (mutes are in memory and end with the process).
   * @returns when the mute ends, ms since the epoch
   * @throws ModerationError 404 for an unknown name
   */
  mute(name: string, minutes: number, reason: string, actor: string): number {
    const player = this.#find(name);
    const untilMs = this.#now() + minutes * 60_000;
    this.#services.chat.mute(player.accountId, untilMs);
    this.#logAction('mute', player, actor, { reason, minutes, untilMs });
    return untilMs;
  }

  /**
   * Lifts the mute of the character's account.
   * @returns whether it was muted
   * @throws ModerationError 404 for an unknown name
   */
  unmute(name: string, actor: string): boolean {
    const player = this.#find(name);
    const wasMuted = this.#services.chat.unmute(player.accountId);
    this.#logAction('unmute', player, actor, { wasMuted });
    return wasMuted;
  }

  /**
   * Pushes a ServerNotice to every player in the world with a connected session; the bytes
   * are encoded once and shared.
   * @returns how many sessions it was queued on
   * @throws ModerationError 400 when the text breaks the chat text rules (1-255 characters,
   *   no control characters)
   */
  broadcast(rawText: string, actor: string): number {
    let text: string;
    try {
      text = acceptChatText(rawText);
    } catch (error) {
      throw new ModerationError(400, 'text_invalid', (error as Error).message);
    }
    const bytes = encodeServerMessage({ requestId: 0, serverNotice: { text, sentAtMs: this.#now() } });
    let delivered = 0;
    for (const player of this.#services.world.players()) {
      const link = this.#services.realm.linkOf(player);
      if (link === undefined || link.closed) continue;
      link.deliverPush(bytes);
      delivered++;
    }
    this.#services.log.info({ adminAction: 'broadcast', actor, delivered, text }, 'admin action');
    return delivered;
  }

  #find(name: string): PlayerEntity {
    const player = this.#services.world.findByName(name.trim());
    if (player === undefined) throw new ModerationError(404, 'player_not_found', `no character named "${name.trim().slice(0, 32)}" is in the world`);
    return player;
  }

  #logAction(action: string, player: PlayerEntity, actor: string, details: Record<string, unknown>): void {
    this.#services.log.info(
      { adminAction: action, actor, target: player.name, characterId: player.id, accountId: player.accountId, ...details },
      'admin action',
    );
  }
}
