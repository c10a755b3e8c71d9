/**
 * Pending invitations (to a party or a guild), bounded every way: each lapses after a fixed
 * time, an inviter may have only a few open at once and an invitee may hold only a few, so
 * neither a spammer nor a popular player can grow server memory. Invitations live in memory
 * only; a restart forgets them.
 * @module
 */
import { ErrorCode } from '@realmforge/protocol';
import { RequestError } from '../session/request-error.ts';

/** One open invitation. */
export interface Invitation {
  /** Who is invited. */
  readonly inviteeId: string;
  /** What to: the inviter's id for a party, the guild's id for a guild. */
  readonly key: string;
  /** Who invited. */
  readonly inviterId: string;
  /** When it lapses, ms since the epoch. */
  readonly expiresAt: number;
}

/** Bounds of an invitation book. */
export interface InvitationLimits {
  /** How long an invitation stays open, ms. */
  readonly ttlMs: number;
  /** Invitations one character may have open as inviter. */
  readonly perInviter: number;
  /** Invitations one character may hold as invitee. */
  readonly perInvitee: number;
}

/** Open invitations, by invitee and key. */
export class InvitationBook {
  readonly #limits: InvitationLimits;
  /** invitee id → key → invitation */
  readonly #byInvitee = new Map<string, Map<string, Invitation>>();
  /** inviter id → the invitations it has open */
  readonly #byInviter = new Map<string, Set<Invitation>>();

  /** @param limits - time to live and the per-character bounds */
  constructor(limits: InvitationLimits) {
    this.#limits = limits;
  }

  /** Open invitations in the book. */
  get size(): number {
    let count = 0;
    for (const invitations of this.#byInvitee.values()) count += invitations.size;
    return count;
  }

  /**
   * Opens an invitation, or renews the invitee's open one with the same key (from whichever
   * inviter), which then belongs to this inviter and lapses later.
   * @returns the invitation as stored
   * @throws RequestError TOO_MANY_INVITES when the inviter has its most open, or the invitee
   *   holds its most
   */
  offer(inviterId: string, inviteeId: string, key: string, now: number): Invitation {
    // Lapsed invitations of these two no longer count (the periodic expire clears the rest).
    this.#expireOf(this.#byInviter.get(inviterId)?.values(), now);
    this.#expireOf(this.#byInvitee.get(inviteeId)?.values(), now);
    const held = this.#byInvitee.get(inviteeId);
    const renewed = held?.get(key);
    const sent = this.#byInviter.get(inviterId);
    const sentCount = (sent?.size ?? 0) - (renewed !== undefined && sent?.has(renewed) === true ? 1 : 0);
    if (sentCount >= this.#limits.perInviter) {
      throw new RequestError(ErrorCode.ERROR_CODE_TOO_MANY_INVITES, `you have ${this.#limits.perInviter} invitations open; wait for answers or for them to lapse`);
    }
    if (renewed === undefined && (held?.size ?? 0) >= this.#limits.perInvitee) {
      throw new RequestError(ErrorCode.ERROR_CODE_TOO_MANY_INVITES, 'that character has too many open invitations; try again later');
    }
    if (renewed !== undefined) this.#remove(renewed);
    const invitation: Invitation = { inviteeId, key, inviterId, expiresAt: now + this.#limits.ttlMs };
    let invitee = this.#byInvitee.get(inviteeId);
    if (invitee === undefined) this.#byInvitee.set(inviteeId, (invitee = new Map<string, Invitation>()));
    invitee.set(key, invitation);
    let inviter = this.#byInviter.get(inviterId);
    if (inviter === undefined) this.#byInviter.set(inviterId, (inviter = new Set<Invitation>()));
    inviter.add(invitation);
    return invitation;
  }

  /** Removes and returns the invitee's open invitation with this key; undefined when none (or lapsed). */
  take(inviteeId: string, key: string, now: number): Invitation | undefined {
    const invitation = this.#byInvitee.get(inviteeId)?.get(key);
    if (invitation === undefined) return undefined;
    this.#remove(invitation);
    return invitation.expiresAt > now ? invitation : undefined;
  }

  /** The invitee's open invitations (for tests and tools). */
  heldBy(inviteeId: string, now: number): Invitation[] {
    return [...(this.#byInvitee.get(inviteeId)?.values() ?? [])].filter((i) => i.expiresAt > now);
  }

  /** Forgets every invitation to this character. */
  dropInvitee(inviteeId: string): void {
    for (const invitation of [...(this.#byInvitee.get(inviteeId)?.values() ?? [])]) this.#remove(invitation);
  }

  /** Forgets every invitation this character sent. */
  dropInviter(inviterId: string): void {
    for (const invitation of [...(this.#byInviter.get(inviterId) ?? [])]) this.#remove(invitation);
  }

  /** Forgets every invitation with this key (a disbanded guild's). */
  dropKey(key: string): void {
    for (const invitations of [...this.#byInvitee.values()]) {
      const invitation = invitations.get(key);
      if (invitation !== undefined) this.#remove(invitation);
    }
  }

  /** Forgets lapsed invitations: every open one is looked at, so call it about once a second, not per request. */
  expire(now: number): void {
    for (const invitations of [...this.#byInvitee.values()]) this.#expireOf(invitations.values(), now);
  }

  #expireOf(invitations: Iterable<Invitation> | undefined, now: number): void {
    if (invitations === undefined) return;
    for (const invitation of [...invitations]) if (invitation.expiresAt <= now) this.#remove(invitation);
  }

  #remove(invitation: Invitation): void {
    const held = this.#byInvitee.get(invitation.inviteeId);
    if (held?.get(invitation.key) === invitation) {
      held.delete(invitation.key);
      if (held.size === 0) this.#byInvitee.delete(invitation.inviteeId);
    }
    const sent = this.#byInviter.get(invitation.inviterId);
    if (sent?.delete(invitation) === true && sent.size === 0) this.#byInviter.delete(invitation.inviterId);
  }
}
