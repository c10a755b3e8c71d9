/**
 * Parties: up to five players who see each other's health and share a chat channel. Parties
 * live in memory only: a restart ends them (as in AzerothCore, where a group outlives its
 * members' logouts but here the character leaving the world leaves the party). A member whose
 * connection drops stays in the party, shown offline, through the resume grace period; when
 * the character leaves the world it leaves the party, and a party left with one member is
 * disbanded.
 *
 * Combat reads a member's party from its entity (`combat.party`: allies, no PvP between
 * members, shared experience for kills), so membership changes write the party id onto the
 * members' entities here, between ticks; the tick itself never asks this service. An entity
 * that changes zones carries the id over with the rest of its combat state, and a character
 * entering the world is in no party (leaving the world left it).
 *
 * Members learn about changes through PartyState pushes: at once for membership changes, and
 * from {@link PartyService.sweep} (about once a second) for hit points, level, zone and
 * online state. The sweep compares a small per-member snapshot, so its cost is a handful of
 * comparisons per party member and nothing is added to the zone tick.
 * @module
 */
import { encodeServerMessage, ErrorCode } from '@realmforge/protocol';
import type { ServerMessageInit } from '@realmforge/protocol';
import { CHARACTER_NAME_PATTERN } from '../characters/character-service.ts';
import { newId } from '../ids.ts';
import { RequestError } from '../session/request-error.ts';
import type { PlayerEntity } from '../world/player-entity.ts';
import type { World } from '../world/world.ts';
import { InvitationBook } from './invitations.ts';
import { openLink } from './push-link.ts';
import type { LinkLookup, PushLink } from './push-link.ts';

/** The most members a party holds. */
export const MAX_PARTY_SIZE = 5;
/** How long a party invitation stays open, ms. */
export const PARTY_INVITE_TTL_MS = 60_000;
/** Party invitations one player may have open at once (enough to fill a party). */
export const MAX_PARTY_INVITES_PER_INVITER = MAX_PARTY_SIZE - 1;
/** Party invitations one player may hold at once. */
export const MAX_PARTY_INVITES_PER_INVITEE = 8;

/** A party as others may read it. */
export interface PartyView {
  /** Party id (ULID). */
  readonly id: string;
  /** The leader's character id; always one of the members. */
  readonly leaderId: string;
  /** Members' character ids in the order they joined. */
  readonly memberIds: readonly string[];
}

/** Settings of the party service. */
export interface PartyOptions {
  /** Wall clock, ms since the epoch (tests inject one); `Date.now` when omitted. */
  readonly now?: () => number;
  /** How long invitations stay open, ms; {@link PARTY_INVITE_TTL_MS} when omitted. */
  readonly inviteTtlMs?: number;
}

/** What members were last told about one member, to notice changes cheaply. */
interface MemberSnapshot {
  hitPoints: number;
  maxHitPoints: number;
  level: number;
  zone: string;
  link: PushLink | undefined;
}

interface Party extends PartyView {
  leaderId: string;
  readonly memberIds: string[];
  /** Aligned with memberIds. */
  readonly snapshots: MemberSnapshot[];
}

/** The outcome of an invitation that was sent. */
export interface PartyInviteOutcome {
  /** The invited character. */
  readonly invitee: PlayerEntity;
  /** When the invitation lapses, ms since the epoch. */
  readonly expiresAt: number;
}

type PartyMemberInit = NonNullable<NonNullable<ServerMessageInit['partyState']>['members']>[number];

/** The PartyState that tells a player it is in no party; the same bytes for everyone. */
const NO_PARTY = encodeServerMessage({ requestId: 0, partyState: { partyId: '', members: [] } });

/** Parties of the whole world. */
export class PartyService {
  readonly #world: World;
  readonly #links: LinkLookup;
  readonly #now: () => number;
  readonly #parties = new Map<string, Party>();
  readonly #partyOf = new Map<string, Party>();
  readonly #invites: InvitationBook;

  /**
   * @param world - where members are
   * @param links - finds a character's connected session
   * @param options - clock, invitation lifetime
   */
  constructor(world: World, links: LinkLookup, options: PartyOptions = {}) {
    this.#world = world;
    this.#links = links;
    this.#now = options.now ?? Date.now;
    this.#invites = new InvitationBook({
      ttlMs: options.inviteTtlMs ?? PARTY_INVITE_TTL_MS,
      perInviter: MAX_PARTY_INVITES_PER_INVITER,
      perInvitee: MAX_PARTY_INVITES_PER_INVITEE,
    });
  }

  /** The character's party, if it is in one. */
  partyOf(characterId: string): PartyView | undefined {
    return this.#partyOf.get(characterId);
  }

  /** Every party. */
  parties(): IterableIterator<PartyView> {
    return this.#parties.values();
  }

  /** Open invitations held by a character: inviter ids. */
  invitationsOf(characterId: string): string[] {
    return this.#invites.heldBy(characterId, this.#now()).map((i) => i.inviterId);
  }

  /**
   * Invites an online character to the inviter's party, or to a new one the inviter will lead
   * once the invitation is accepted. Inviting someone already invited renews the invitation.
   * @throws RequestError INVALID_ARGUMENT (no name, oneself), PARTY_NOT_LEADER, PARTY_FULL,
   *   TARGET_OFFLINE (not in the world with a connected player, unknown names included),
   *   ALREADY_IN_PARTY, TOO_MANY_INVITES
   */
  invite(inviter: PlayerEntity, targetName: string): PartyInviteOutcome {
    const name = targetName.trim();
    if (name === '') throw new RequestError(ErrorCode.ERROR_CODE_INVALID_ARGUMENT, 'name the character to invite');
    if (name.toLowerCase() === inviter.name.toLowerCase()) throw new RequestError(ErrorCode.ERROR_CODE_INVALID_ARGUMENT, 'you cannot invite yourself');
    const party = this.#partyOf.get(inviter.id);
    if (party !== undefined && party.leaderId !== inviter.id) throw new RequestError(ErrorCode.ERROR_CODE_PARTY_NOT_LEADER, 'only the party leader can invite');
    if (party !== undefined && party.memberIds.length >= MAX_PARTY_SIZE) throw new RequestError(ErrorCode.ERROR_CODE_PARTY_FULL, `the party has ${MAX_PARTY_SIZE} members`);
    const invitee = this.#world.findByName(name);
    const link = invitee === undefined ? undefined : openLink(this.#links, invitee);
    if (invitee === undefined || link === undefined) throw offline(name);
    if (this.#partyOf.has(invitee.id)) throw new RequestError(ErrorCode.ERROR_CODE_ALREADY_IN_PARTY, `${invitee.name} is already in a party`);
    const invitation = this.#invites.offer(inviter.id, invitee.id, inviter.id, this.#now());
    link.deliverPush(encodeServerMessage({
      requestId: 0,
      partyInvitation: {
        inviterCharacterId: inviter.id,
        inviterName: inviter.name,
        expiresAtMs: invitation.expiresAt,
        memberCount: party?.memberIds.length ?? 0,
      },
    }));
    return { invitee, expiresAt: invitation.expiresAt };
  }

  /**
   * Accepts or declines an invitation. Accepting joins the inviter's party (founding it, led by
   * the inviter, when the inviter has none) and drops the player's other party invitations.
   * @returns true when the player joined a party
   * @throws RequestError INVITE_NOT_FOUND (none from that inviter, lapsed, or no longer valid
   *   because the inviter left the world or no longer leads a party), ALREADY_IN_PARTY,
   *   PARTY_FULL
   */
  respond(invitee: PlayerEntity, inviterId: string, accept: boolean): boolean {
    const invitation = this.#invites.take(invitee.id, inviterId, this.#now());
    if (invitation === undefined) throw new RequestError(ErrorCode.ERROR_CODE_INVITE_NOT_FOUND, 'no open party invitation from that character');
    if (!accept) return false;
    if (this.#partyOf.has(invitee.id)) throw new RequestError(ErrorCode.ERROR_CODE_ALREADY_IN_PARTY, 'leave your party first');
    const inviter = this.#world.get(inviterId);
    let party = this.#partyOf.get(inviterId);
    if (inviter === undefined || (party !== undefined && party.leaderId !== inviterId)) {
      throw new RequestError(ErrorCode.ERROR_CODE_INVITE_NOT_FOUND, 'that invitation is no longer valid');
    }
    if (party !== undefined && party.memberIds.length >= MAX_PARTY_SIZE) throw new RequestError(ErrorCode.ERROR_CODE_PARTY_FULL, `the party has ${MAX_PARTY_SIZE} members`);
    if (party === undefined) {
      party = { id: newId(), leaderId: inviterId, memberIds: [], snapshots: [] };
      this.#parties.set(party.id, party);
      this.#add(party, inviterId);
    }
    this.#add(party, invitee.id);
    this.#invites.dropInvitee(invitee.id);
    this.#push(party);
    return true;
  }

  /**
   * Leaves the party. A leader who leaves hands the lead to the longest-standing member; a
   * party left with one member is disbanded.
   * @throws RequestError NOT_IN_PARTY
   */
  leave(member: PlayerEntity): void {
    const party = this.#required(member);
    this.#remove(party, member.id);
  }

  /**
   * Removes another member (leader only).
   * @throws RequestError NOT_IN_PARTY, PARTY_NOT_LEADER, INVALID_ARGUMENT (oneself: leave
   *   instead), MEMBER_NOT_FOUND
   */
  kick(leader: PlayerEntity, targetId: string): void {
    const party = this.#requiredLeader(leader, targetId, 'leave the party instead of kicking yourself');
    this.#remove(party, targetId);
  }

  /**
   * Makes another member the leader (leader only). Invitations the old leader had open lapse.
   * @throws RequestError NOT_IN_PARTY, PARTY_NOT_LEADER, INVALID_ARGUMENT (oneself),
   *   MEMBER_NOT_FOUND
   */
  promote(leader: PlayerEntity, targetId: string): void {
    const party = this.#requiredLeader(leader, targetId, 'you already lead the party');
    party.leaderId = targetId;
    this.#invites.dropInviter(leader.id);
    this.#push(party);
  }

  /** The character left the world: it leaves its party, and its invitations lapse. */
  characterLeft(characterId: string): void {
    this.#invites.dropInvitee(characterId);
    this.#invites.dropInviter(characterId);
    const party = this.#partyOf.get(characterId);
    if (party !== undefined) this.#remove(party, characterId);
  }

  /**
   * The members of the player's party who are in the world with a connected player (the
   * player included when connected), for party chat; undefined when it is in no party.
   */
  onlineMembers(player: PlayerEntity): PlayerEntity[] | undefined {
    const party = this.#partyOf.get(player.id);
    if (party === undefined) return undefined;
    const online: PlayerEntity[] = [];
    for (const id of party.memberIds) {
      const member = this.#world.get(id);
      if (member !== undefined && openLink(this.#links, member) !== undefined) online.push(member);
    }
    return online;
  }

  /**
   * Periodic work, about once a second: forgets lapsed invitations and pushes PartyState to
   * parties in which a member's hit points, level, zone or connection changed since the
   * members were last told.
   */
  sweep(): void {
    this.#invites.expire(this.#now());
    for (const party of this.#parties.values()) {
      if (this.#changed(party)) this.#push(party);
    }
  }

  #changed(party: Party): boolean {
    for (let i = 0; i < party.memberIds.length; i++) {
      const member = this.#world.get(party.memberIds[i] ?? '');
      const seen = party.snapshots[i];
      if (member === undefined || seen === undefined) return true;
      if (
        member.hitPoints !== seen.hitPoints ||
        member.maxHitPoints !== seen.maxHitPoints ||
        member.level !== seen.level ||
        member.zone !== seen.zone ||
        openLink(this.#links, member) !== seen.link
      ) {
        return true;
      }
    }
    return false;
  }

  #required(member: PlayerEntity): Party {
    const party = this.#partyOf.get(member.id);
    if (party === undefined) throw new RequestError(ErrorCode.ERROR_CODE_NOT_IN_PARTY, 'you are not in a party');
    return party;
  }

  #requiredLeader(leader: PlayerEntity, targetId: string, selfMessage: string): Party {
    const party = this.#required(leader);
    if (party.leaderId !== leader.id) throw new RequestError(ErrorCode.ERROR_CODE_PARTY_NOT_LEADER, 'only the party leader can do that');
    if (targetId === leader.id) throw new RequestError(ErrorCode.ERROR_CODE_INVALID_ARGUMENT, selfMessage);
    if (!party.memberIds.includes(targetId)) throw new RequestError(ErrorCode.ERROR_CODE_MEMBER_NOT_FOUND, 'that character is not in your party');
    return party;
  }

  #add(party: Party, characterId: string): void {
    party.memberIds.push(characterId);
    party.snapshots.push({ hitPoints: -1, maxHitPoints: -1, level: -1, zone: '', link: undefined });
    this.#partyOf.set(characterId, party);
    this.#fightFor(characterId, party.id);
  }

  /** Tells combat which party the character fights for (undefined: none). */
  #fightFor(characterId: string, partyId: string | undefined): void {
    const member = this.#world.get(characterId);
    if (member !== undefined) member.combat.party = partyId;
  }

  /** Takes a member out; tells it, then the rest (or disbands a party of one). */
  #remove(party: Party, characterId: string): void {
    const index = party.memberIds.indexOf(characterId);
    if (index < 0) return;
    party.memberIds.splice(index, 1);
    party.snapshots.splice(index, 1);
    this.#partyOf.delete(characterId);
    this.#fightFor(characterId, undefined);
    this.#tellNoParty(characterId);
    if (party.memberIds.length <= 1) {
      for (const id of party.memberIds) {
        this.#partyOf.delete(id);
        this.#fightFor(id, undefined);
        this.#tellNoParty(id);
      }
      party.memberIds.length = 0;
      party.snapshots.length = 0;
      this.#parties.delete(party.id);
      return;
    }
    if (party.leaderId === characterId) {
      party.leaderId = party.memberIds[0] ?? '';
      this.#invites.dropInviter(characterId);
    }
    this.#push(party);
  }

  #tellNoParty(characterId: string): void {
    const player = this.#world.get(characterId);
    const link = player === undefined ? undefined : openLink(this.#links, player);
    link?.deliverPush(NO_PARTY);
  }

  /** Encodes the party's state once and queues it on every connected member; records what was told. */
  #push(party: Party): void {
    const members: PartyMemberInit[] = [];
    const links: PushLink[] = [];
    for (let i = 0; i < party.memberIds.length; i++) {
      const id = party.memberIds[i] ?? '';
      const member = this.#world.get(id);
      const snapshot = party.snapshots[i];
      if (member === undefined || snapshot === undefined) continue;
      const link = openLink(this.#links, member);
      if (link !== undefined) links.push(link);
      snapshot.hitPoints = member.hitPoints;
      snapshot.maxHitPoints = member.maxHitPoints;
      snapshot.level = member.level;
      snapshot.zone = member.zone;
      snapshot.link = link;
      members.push({
        characterId: id,
        name: member.name,
        level: member.level,
        hitPoints: member.hitPoints,
        maxHitPoints: member.maxHitPoints,
        zone: member.zone,
        online: link !== undefined,
        leader: id === party.leaderId,
        class: member.classId,
      });
    }
    const bytes = encodeServerMessage({ requestId: 0, partyState: { partyId: party.id, members } });
    for (const link of links) link.deliverPush(bytes);
  }
}

/** TARGET_OFFLINE, echoing the name only when it could be a character name (it is client text). */
export function offline(name: string): RequestError {
  const named = CHARACTER_NAME_PATTERN.test(name) ? `named "${name}"` : 'by that name';
  return new RequestError(ErrorCode.ERROR_CODE_TARGET_OFFLINE, `no character ${named} is online`);
}
