/**
 * Chat: who hears a message (say, zone, global, whisper, party, guild), the rules a message must pass
 * (text, mutes, rate limit), and delivery. A message is encoded once and the same bytes are
 * queued on every recipient's connection, so a global message to N players costs one encode
 * and N queue appends; and queued unhurried (Connection.sendUnhurried), so each shares the
 * recipient's next write (its next world frame, most often) instead of costing a write of its
 * own (a zone line to 2,000 players was 2,000 socket writes in one turn). The sender's ChatSent
 * answer is not held back: that is its direct reply.
 * @module
 */
import { ChatChannel, encodeServerMessage, ErrorCode } from '@realmforge/protocol';
import { CHARACTER_NAME_PATTERN } from '../characters/character-service.ts';
import type { PlayerLink } from '../session/realm.ts';
import { RequestError } from '../session/request-error.ts';
import { PlayerEntity } from '../world/player-entity.ts';
import type { World } from '../world/world.ts';
import { acceptChatText } from './chat-text.ts';
import { TokenBuckets } from './token-buckets.ts';

/** How far a SAY message carries, metres. */
export const SAY_RANGE_METRES = 30;

/** The part of a session that chat delivery uses. */
export type ChatLink = Pick<PlayerLink, 'closed' | 'deliverUnhurriedPush'>;

/** Finds the connected session of a character; undefined while it has none (grace period). */
export type ChatLinkLookup = (player: PlayerEntity) => ChatLink | undefined;

/**
 * Who hears PARTY and GUILD messages: the members to reach (connected; the sender included
 * when it is), or undefined when the sender is in no party or guild.
 */
export interface ChatGroups {
  /** The sender's party members. */
  partyOf(player: PlayerEntity): readonly PlayerEntity[] | undefined;
  /** The sender's guild members; may refuse with a RequestError (a rank without chat). */
  guildOf(player: PlayerEntity): readonly PlayerEntity[] | undefined;
}

/** Settings of the chat service. */
export interface ChatOptions {
  /** Messages a player may send at once (token bucket capacity). */
  readonly burst: number;
  /** Messages per second a player may keep sending (token bucket refill). */
  readonly perSecond: number;
  /** SAY range, metres; {@link SAY_RANGE_METRES} when omitted. */
  readonly sayRange?: number;
  /** Wall clock, ms since the epoch (tests inject one); `Date.now` when omitted. */
  readonly now?: () => number;
  /** Parties and guilds; without them PARTY and GUILD are refused as unavailable. */
  readonly groups?: ChatGroups;
}

/** What happened to a message that was accepted. */
export interface ChatDelivery {
  /** The text as delivered (trimmed). */
  readonly text: string;
  /** Sessions the message was queued on (the sender's included when it hears itself). */
  readonly delivered: number;
}

/** "42 s", "5 min", "3 h": a remaining time for people, rounded up. */
function formatRemaining(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 120) return `${seconds} s`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 120) return `${minutes} min`;
  return `${Math.ceil(minutes / 60)} h`;
}

/** Chat for the whole world. */
export class ChatService {
  readonly #world: World;
  readonly #links: ChatLinkLookup;
  readonly #sayRange: number;
  readonly #now: () => number;
  readonly #rates: TokenBuckets;
  readonly #groups: ChatGroups | undefined;
  /** Account id → end of the mute, ms since the epoch. Expired entries are dropped when seen. */
  readonly #mutes = new Map<string, number>();
  readonly #handles: number[] = [];

  /**
   * @param world - where senders and recipients are
   * @param links - finds a character's connected session
   * @param options - rate limit, say range, clock
   * @throws RangeError for a burst below 1 or a rate that is not positive
   */
  constructor(world: World, links: ChatLinkLookup, options: ChatOptions) {
    this.#world = world;
    this.#links = links;
    this.#sayRange = options.sayRange ?? SAY_RANGE_METRES;
    this.#now = options.now ?? Date.now;
    this.#rates = new TokenBuckets(options.burst, options.perSecond);
    this.#groups = options.groups;
  }

  /**
   * Mutes an account until a moment (ms since the epoch): its players cannot send chat until
   * then. Replaces any earlier mute. Mutes live in memory and end with the process; persisted
   * sanctions come with the moderation work.
   */
  mute(accountId: string, untilMs: number): void {
    if (untilMs > this.#now()) this.#mutes.set(accountId, untilMs);
    else this.#mutes.delete(accountId);
  }

  /** Lifts an account's mute; returns whether it was muted. */
  unmute(accountId: string): boolean {
    const muted = this.mutedUntil(accountId) !== undefined;
    this.#mutes.delete(accountId);
    return muted;
  }

  /** When the account's mute ends (ms since the epoch), or undefined when it is not muted. */
  mutedUntil(accountId: string): number | undefined {
    const until = this.#mutes.get(accountId);
    if (until === undefined) return undefined;
    if (until > this.#now()) return until;
    this.#mutes.delete(accountId);
    return undefined;
  }

  /**
   * Sends a message from a character in the world: checks the channel, the text, the
   * sender's mute and rate limit, finds the recipients and queues the message on each one's
   * connection.
   * @param sender - the sending character (in the world)
   * @param channel - where it goes
   * @param rawText - the text as the client sent it
   * @param recipientName - for WHISPER, the recipient's character name
   * @throws RequestError INVALID_ARGUMENT (unspecified channel, whisper without a recipient or
   *   to oneself), CHAT_CHANNEL_UNAVAILABLE (unknown channels; party and guild without
   *   groups), CHAT_TEXT_INVALID, NOT_IN_PARTY, NOT_IN_GUILD, CHAT_MUTED, RATE_LIMITED,
   *   CHAT_RECIPIENT_OFFLINE
   */
  send(sender: PlayerEntity, channel: ChatChannel, rawText: string, recipientName = ''): ChatDelivery {
    checkChannel(channel, this.#groups !== undefined);
    const text = acceptChatText(rawText);
    const whisperTo = channel === ChatChannel.CHAT_CHANNEL_WHISPER ? checkRecipientName(sender, recipientName) : '';
    // Membership is checked before the rate limit: it reveals nothing about other players.
    const group = this.#groupOf(sender, channel);
    const now = this.#now();
    const mutedUntil = this.mutedUntil(sender.accountId);
    if (mutedUntil !== undefined) {
      throw new RequestError(ErrorCode.ERROR_CODE_CHAT_MUTED, `you are muted for another ${formatRemaining(mutedUntil - now)}`);
    }
    // The token is taken before the recipient is looked up: probing who is online costs a message.
    const waitMs = this.#rates.take(sender.accountId, now);
    if (waitMs > 0) {
      throw new RequestError(ErrorCode.ERROR_CODE_RATE_LIMITED, `too many chat messages; you can send again in ${(waitMs / 1000).toFixed(1)} s`);
    }
    const recipients = group ?? this.recipients(sender, channel, whisperTo);
    const whispered = channel === ChatChannel.CHAT_CHANNEL_WHISPER ? recipients[0] : undefined;
    const bytes = encodeServerMessage({
      requestId: 0,
      chatMessage: {
        channel,
        senderName: sender.name,
        senderCharacterId: sender.id,
        text,
        sentAtMs: now,
        recipientName: whispered?.name ?? '',
      },
    });
    let delivered = 0;
    for (const player of recipients) {
      const link = this.#links(player);
      if (link === undefined || link.closed) continue;
      link.deliverUnhurriedPush(bytes);
      delivered++;
    }
    return { text, delivered };
  }

  /**
   * Who hears a message on a channel, sender included where it hears itself: SAY, players
   * within say range in the sender's zone; ZONE, the sender's zone; GLOBAL, the world;
   * WHISPER, the named character (first) and the sender, for the echo; PARTY and GUILD, the
   * connected members. Players in their grace period are among the first three but have no
   * connection, so nothing reaches them.
   * @throws RequestError CHAT_RECIPIENT_OFFLINE when a whisper's recipient is not in the world
   *   or not connected; NOT_IN_PARTY, NOT_IN_GUILD; CHAT_CHANNEL_UNAVAILABLE or INVALID_ARGUMENT
   *   for channels without routing
   */
  recipients(sender: PlayerEntity, channel: ChatChannel, recipientName = ''): PlayerEntity[] {
    switch (channel) {
      case ChatChannel.CHAT_CHANNEL_SAY:
        return this.#nearby(sender);
      case ChatChannel.CHAT_CHANNEL_ZONE: {
        const zone = this.#world.zones.get(sender.zone);
        return zone === undefined ? [sender] : [...zone.players()];
      }
      case ChatChannel.CHAT_CHANNEL_GLOBAL:
        return [...this.#world.players()];
      case ChatChannel.CHAT_CHANNEL_WHISPER: {
        const recipient = this.#world.findByName(recipientName);
        const link = recipient === undefined ? undefined : this.#links(recipient);
        if (recipient === undefined || link === undefined || link.closed) {
          // Echo the name only when it could be a character name: the field is client text.
          const named = CHARACTER_NAME_PATTERN.test(recipientName) ? `named "${recipientName}"` : 'by that name';
          throw new RequestError(ErrorCode.ERROR_CODE_CHAT_RECIPIENT_OFFLINE, `no character ${named} is online`);
        }
        return recipient === sender ? [sender] : [recipient, sender];
      }
      case ChatChannel.CHAT_CHANNEL_PARTY:
      case ChatChannel.CHAT_CHANNEL_GUILD:
        checkChannel(channel, this.#groups !== undefined);
        return this.#groupOf(sender, channel) ?? [];
      default:
        checkChannel(channel, this.#groups !== undefined);
        return [];
    }
  }

  /** The sender's party or guild members for those channels; undefined for the others. */
  #groupOf(sender: PlayerEntity, channel: ChatChannel): PlayerEntity[] | undefined {
    if (this.#groups === undefined) return undefined;
    if (channel === ChatChannel.CHAT_CHANNEL_PARTY) {
      const members = this.#groups.partyOf(sender);
      if (members === undefined) throw new RequestError(ErrorCode.ERROR_CODE_NOT_IN_PARTY, 'you are not in a party');
      return [...members];
    }
    if (channel === ChatChannel.CHAT_CHANNEL_GUILD) {
      const members = this.#groups.guildOf(sender);
      if (members === undefined) throw new RequestError(ErrorCode.ERROR_CODE_NOT_IN_GUILD, 'you are not in a guild');
      return [...members];
    }
    return undefined;
  }

  /** Players within say range of the sender, from the zone's interest grid. */
  #nearby(sender: PlayerEntity): PlayerEntity[] {
    const zone = this.#world.zones.get(sender.zone);
    if (zone === undefined) return [sender];
    const result: PlayerEntity[] = [];
    for (const handle of zone.interest.queryRadius(sender.x, sender.y, this.#sayRange, this.#handles)) {
      const entity = zone.entity(handle);
      if (entity instanceof PlayerEntity) result.push(entity);
    }
    return result;
  }
}

/** Refuses channels that have no routing here: party and guild need groups. */
function checkChannel(channel: ChatChannel, groups: boolean): void {
  switch (channel) {
    case ChatChannel.CHAT_CHANNEL_SAY:
    case ChatChannel.CHAT_CHANNEL_ZONE:
    case ChatChannel.CHAT_CHANNEL_GLOBAL:
    case ChatChannel.CHAT_CHANNEL_WHISPER:
      return;
    case ChatChannel.CHAT_CHANNEL_UNSPECIFIED:
      throw new RequestError(ErrorCode.ERROR_CODE_INVALID_ARGUMENT, 'choose a chat channel');
    case ChatChannel.CHAT_CHANNEL_PARTY:
      if (groups) return;
      throw new RequestError(ErrorCode.ERROR_CODE_CHAT_CHANNEL_UNAVAILABLE, 'party chat is not available: this server runs without parties');
    case ChatChannel.CHAT_CHANNEL_GUILD:
      if (groups) return;
      throw new RequestError(ErrorCode.ERROR_CODE_CHAT_CHANNEL_UNAVAILABLE, 'guild chat is not available: this server runs without guilds');
    default:
      throw new RequestError(ErrorCode.ERROR_CODE_CHAT_CHANNEL_UNAVAILABLE, `chat channel ${String(channel)} is not known to this server`);
  }
}

/** The whisper recipient's name, trimmed; refuses an empty name and the sender's own. */
function checkRecipientName(sender: PlayerEntity, recipientName: string): string {
  const name = recipientName.trim();
  if (name === '') throw new RequestError(ErrorCode.ERROR_CODE_INVALID_ARGUMENT, 'a whisper needs a recipient name');
  if (name.toLowerCase() === sender.name.toLowerCase()) throw new RequestError(ErrorCode.ERROR_CODE_INVALID_ARGUMENT, 'you cannot whisper to yourself');
  return name;
}
