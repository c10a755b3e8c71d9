import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CharacterClass, ErrorCode } from '@realmforge/protocol';
import {
  MAX_PARTY_INVITES_PER_INVITEE,
  MAX_PARTY_INVITES_PER_INVITER,
  MAX_PARTY_SIZE,
  PARTY_INVITE_TTL_MS,
  PartyService,
} from '../../src/social/party-service.ts';
import { plain, refusal, refused, SocialWorld } from './social-fixture.ts';
import type { Member } from './social-fixture.ts';

const {
  ERROR_CODE_INVALID_ARGUMENT: INVALID_ARGUMENT,
  ERROR_CODE_PARTY_FULL: PARTY_FULL,
  ERROR_CODE_PARTY_NOT_LEADER: NOT_LEADER,
  ERROR_CODE_NOT_IN_PARTY: NOT_IN_PARTY,
  ERROR_CODE_ALREADY_IN_PARTY: ALREADY_IN_PARTY,
  ERROR_CODE_INVITE_NOT_FOUND: INVITE_NOT_FOUND,
  ERROR_CODE_TARGET_OFFLINE: TARGET_OFFLINE,
  ERROR_CODE_TOO_MANY_INVITES: TOO_MANY_INVITES,
  ERROR_CODE_MEMBER_NOT_FOUND: MEMBER_NOT_FOUND,
} = ErrorCode;

/** A world with a party service that follows characters leaving the world. */
class Fixture extends SocialWorld {
  readonly parties = new PartyService(this.world, this.lookup, { now: this.clock });

  constructor() {
    super();
    this.world.onLeave((player) => {
      this.parties.characterLeft(player.id);
    });
  }

  /** Invites and accepts: `joiner` joins `leader`'s party. */
  join(leader: Member, joiner: Member): void {
    this.parties.invite(leader.player, joiner.player.name);
    assert.equal(this.parties.respond(joiner.player, leader.player.id, true), true);
  }

  /** A party of the given members, the first leading. */
  party(...members: Member[]): void {
    const [leader, ...rest] = members;
    assert.ok(leader);
    for (const member of rest) this.join(leader, member);
  }

  /** The member names of the latest PartyState the member got, with a * on the leader. */
  seen(member: Member): string[] | undefined {
    return member.link.last('partyState')?.members.map((m) => `${m.leader === true ? '*' : ''}${m.name ?? ''}`);
  }
}

describe('party invitations', () => {
  it('sends the invitee a PartyInvitation that lapses after 60 s', async () => {
    const f = new Fixture();
    const ana = f.add('Ana');
    const bo = f.add('Bo');
    const outcome = f.parties.invite(ana.player, '  bO ');
    assert.equal(outcome.invitee, bo.player);
    assert.equal(outcome.expiresAt, f.now + PARTY_INVITE_TTL_MS);
    assert.deepEqual(bo.link.pushes('partyInvitation').map(plain), [
      { inviterCharacterId: ana.player.id, inviterName: 'Ana', expiresAtMs: f.now + 60_000, memberCount: 0 },
    ]);
    assert.deepEqual(f.parties.invitationsOf(bo.player.id), [ana.player.id]);
    f.now += 60_000;
    assert.deepEqual(f.parties.invitationsOf(bo.player.id), []);
    await refused(() => f.parties.respond(bo.player, ana.player.id, true), INVITE_NOT_FOUND);
    assert.equal(f.parties.partyOf(ana.player.id), undefined);
  });

  it('forms a party led by the inviter on accept, and both see every member', () => {
    const f = new Fixture();
    const ana = f.add('Ana', { level: 7, hitPoints: 90, maxHitPoints: 120, classId: CharacterClass.CHARACTER_CLASS_MAGE });
    const bo = f.add('Bo', { zone: 'beta' });
    f.join(ana, bo);
    const party = f.parties.partyOf(ana.player.id);
    assert.ok(party);
    assert.equal(f.parties.partyOf(bo.player.id), party);
    assert.equal(party.leaderId, ana.player.id);
    assert.deepEqual(party.memberIds, [ana.player.id, bo.player.id]);
    const state = bo.link.last('partyState');
    assert.ok(state);
    assert.equal(state.partyId, party.id);
    assert.deepEqual(state.members.map(plain), [
      { characterId: ana.player.id, name: 'Ana', level: 7, hitPoints: 90, maxHitPoints: 120, zone: 'alpha', online: true, leader: true, class: CharacterClass.CHARACTER_CLASS_MAGE },
      { characterId: bo.player.id, name: 'Bo', level: 1, hitPoints: 100, maxHitPoints: 120, zone: 'beta', online: true, leader: false, class: CharacterClass.CHARACTER_CLASS_WARRIOR },
    ]);
    assert.deepEqual(ana.link.received.at(-1), bo.link.received.at(-1), 'the same bytes for every member');
    // A later invitation carries the party's size.
    const cy = f.add('Cy');
    f.parties.invite(ana.player, 'Cy');
    assert.equal(cy.link.last('partyInvitation')?.memberCount, 2);
  });

  it('declining removes the invitation and forms nothing', async () => {
    const f = new Fixture();
    const ana = f.add('Ana');
    const bo = f.add('Bo');
    f.parties.invite(ana.player, 'Bo');
    assert.equal(f.parties.respond(bo.player, ana.player.id, false), false);
    assert.equal(f.parties.partyOf(ana.player.id), undefined);
    await refused(() => f.parties.respond(bo.player, ana.player.id, true), INVITE_NOT_FOUND);
    await refused(() => f.parties.respond(bo.player, 'C999', false), INVITE_NOT_FOUND);
  });

  it('refuses an empty name, oneself, and characters that are not online', async () => {
    const f = new Fixture();
    const ana = f.add('Ana');
    const bo = f.add('Bo');
    const cy = f.add('Cy');
    await refused(() => f.parties.invite(ana.player, '   '), INVALID_ARGUMENT);
    await refused(() => f.parties.invite(ana.player, 'ANA'), INVALID_ARGUMENT);
    assert.match((await refusal(() => f.parties.invite(ana.player, 'Nobody'))).message, /no character named "Nobody" is online/);
    assert.match((await refusal(() => f.parties.invite(ana.player, '<b>x</b>'))).message, /no character by that name is online/);
    f.links.delete(bo.player.id); // dropped: inside the grace period
    await refused(() => f.parties.invite(ana.player, 'Bo'), TARGET_OFFLINE);
    const cyLink = f.links.get(cy.player.id);
    assert.ok(cyLink);
    cyLink.closed = true;
    await refused(() => f.parties.invite(ana.player, 'Cy'), TARGET_OFFLINE);
    assert.equal(cy.link.pushes('partyInvitation').length, 0);
  });

  it('lets only the leader invite, into a party that is not full, players in no party', async () => {
    const f = new Fixture();
    const [a, b, c, d, e, g] = ['Ana', 'Bo', 'Cy', 'Di', 'Ed', 'Fay'].map((name) => f.add(name));
    assert.ok(a && b && c && d && e && g);
    f.party(a, b);
    await refused(() => f.parties.invite(b.player, 'Cy'), NOT_LEADER);
    f.party(c, d);
    await refused(() => f.parties.invite(a.player, 'Di'), ALREADY_IN_PARTY);
    await refused(() => f.parties.invite(a.player, 'Bo'), ALREADY_IN_PARTY);
    f.parties.leave(d.player);
    f.join(a, c);
    f.join(a, d);
    f.join(a, e);
    assert.equal(f.parties.partyOf(a.player.id)?.memberIds.length, MAX_PARTY_SIZE);
    await refused(() => f.parties.invite(a.player, 'Fay'), PARTY_FULL);
  });

  it('bounds the invitations an inviter has open and an invitee holds; inviting again renews', async () => {
    const f = new Fixture();
    const ana = f.add('Ana');
    const invitees = Array.from({ length: MAX_PARTY_INVITES_PER_INVITER + 1 }, (_, i) => f.add(`Guest${'abcdefgh'[i] ?? 'z'}`));
    for (const invitee of invitees.slice(0, -1)) f.parties.invite(ana.player, invitee.player.name);
    const last = invitees.at(-1);
    assert.ok(last);
    await refused(() => f.parties.invite(ana.player, last.player.name), TOO_MANY_INVITES);
    // Renewing an open one is not a new one.
    f.now += 30_000;
    const first = invitees[0];
    assert.ok(first);
    assert.equal(f.parties.invite(ana.player, first.player.name).expiresAt, f.now + PARTY_INVITE_TTL_MS);
    assert.deepEqual(f.parties.invitationsOf(first.player.id), [ana.player.id]);
    assert.equal(first.link.pushes('partyInvitation').length, 2);
    // A declined invitation frees its place.
    f.parties.respond(first.player, ana.player.id, false);
    f.parties.invite(ana.player, last.player.name);

    const popular = f.add('Popular');
    const inviters = Array.from({ length: MAX_PARTY_INVITES_PER_INVITEE + 1 }, (_, i) => f.add(`Fan${'abcdefghij'[i] ?? 'z'}`));
    for (const inviter of inviters.slice(0, -1)) f.parties.invite(inviter.player, 'Popular');
    const lastFan = inviters.at(-1);
    assert.ok(lastFan);
    await refused(() => f.parties.invite(lastFan.player, 'Popular'), TOO_MANY_INVITES);
    assert.equal(f.parties.invitationsOf(popular.player.id).length, MAX_PARTY_INVITES_PER_INVITEE);
    // Lapsed invitations stop counting.
    f.now += PARTY_INVITE_TTL_MS;
    f.parties.invite(lastFan.player, 'Popular');
  });
});

describe('accepting a party invitation', () => {
  it('drops the invitee’s other invitations', async () => {
    const f = new Fixture();
    const [a, b, c] = ['Ana', 'Bo', 'Cy'].map((name) => f.add(name));
    assert.ok(a && b && c);
    f.parties.invite(a.player, 'Cy');
    f.parties.invite(b.player, 'Cy');
    f.parties.respond(c.player, a.player.id, true);
    await refused(() => f.parties.respond(c.player, b.player.id, true), INVITE_NOT_FOUND);
  });

  it('is refused when the invitee has since founded a party of its own', async () => {
    const f = new Fixture();
    const [a, b, c] = ['Ana', 'Bo', 'Cy'].map((name) => f.add(name));
    assert.ok(a && b && c);
    f.parties.invite(a.player, 'Bo');
    f.join(b, c);
    await refused(() => f.parties.respond(b.player, a.player.id, true), ALREADY_IN_PARTY);
  });

  it('is refused once the inviter left the world or no longer leads a party', async () => {
    const f = new Fixture();
    const [a, b, c, d] = ['Ana', 'Bo', 'Cy', 'Di'].map((name) => f.add(name));
    assert.ok(a && b && c && d);
    f.parties.invite(a.player, 'Bo');
    f.world.leave(a.player.id);
    await refused(() => f.parties.respond(b.player, a.player.id, true), INVITE_NOT_FOUND);

    f.parties.invite(c.player, 'Bo');
    f.join(d, c); // c joins d's party as a member
    assert.match((await refusal(() => f.parties.respond(b.player, c.player.id, true))).message, /no longer valid/);
  });

  it('is refused when the party filled up meanwhile', async () => {
    const f = new Fixture();
    const [a, b, c, d, e, g] = ['Ana', 'Bo', 'Cy', 'Di', 'Ed', 'Fay'].map((name) => f.add(name));
    assert.ok(a && b && c && d && e && g);
    f.party(a, b, c, d);
    f.parties.invite(a.player, 'Ed');
    f.parties.invite(a.player, 'Fay');
    f.parties.respond(e.player, a.player.id, true);
    await refused(() => f.parties.respond(g.player, a.player.id, true), PARTY_FULL);
    assert.equal(f.parties.partyOf(g.player.id), undefined);
  });
});

describe('leaving, kicking and promoting', () => {
  it('a leader who leaves hands the lead to the longest-standing member', async () => {
    const f = new Fixture();
    const [a, b, c] = ['Ana', 'Bo', 'Cy'].map((name) => f.add(name));
    assert.ok(a && b && c);
    await refused(() => { f.parties.leave(a.player); }, NOT_IN_PARTY);
    f.party(a, b, c);
    f.parties.leave(a.player);
    assert.deepEqual(a.link.last('partyState')?.members, []);
    assert.equal(a.link.last('partyState')?.partyId, '');
    assert.deepEqual(f.seen(c), ['*Bo', 'Cy']);
    assert.equal(f.parties.partyOf(a.player.id), undefined);
  });

  it('disbands a party when one member remains', () => {
    const f = new Fixture();
    const [a, b] = ['Ana', 'Bo'].map((name) => f.add(name));
    assert.ok(a && b);
    f.party(a, b);
    const id = f.parties.partyOf(a.player.id)?.id;
    f.parties.leave(b.player);
    assert.equal(f.parties.partyOf(a.player.id), undefined);
    assert.deepEqual(f.seen(a), []);
    assert.deepEqual(f.seen(b), []);
    assert.ok(![...f.parties.parties()].some((p) => p.id === id));
  });

  it('only the leader kicks, not itself, and only members', async () => {
    const f = new Fixture();
    const [a, b, c, d] = ['Ana', 'Bo', 'Cy', 'Di'].map((name) => f.add(name));
    assert.ok(a && b && c && d);
    await refused(() => { f.parties.kick(a.player, b.player.id); }, NOT_IN_PARTY);
    f.party(a, b, c);
    await refused(() => { f.parties.kick(b.player, c.player.id); }, NOT_LEADER);
    await refused(() => { f.parties.kick(a.player, a.player.id); }, INVALID_ARGUMENT);
    await refused(() => { f.parties.kick(a.player, d.player.id); }, MEMBER_NOT_FOUND);
    f.parties.kick(a.player, b.player.id);
    assert.deepEqual(f.seen(b), []);
    assert.deepEqual(f.seen(c), ['*Ana', 'Cy']);
    assert.equal(f.parties.partyOf(b.player.id), undefined);
  });

  it('only the leader promotes another member; the old leader’s invitations lapse', async () => {
    const f = new Fixture();
    const [a, b, c, d] = ['Ana', 'Bo', 'Cy', 'Di'].map((name) => f.add(name));
    assert.ok(a && b && c && d);
    await refused(() => { f.parties.promote(a.player, b.player.id); }, NOT_IN_PARTY);
    f.party(a, b, c);
    await refused(() => { f.parties.promote(b.player, c.player.id); }, NOT_LEADER);
    await refused(() => { f.parties.promote(a.player, a.player.id); }, INVALID_ARGUMENT);
    await refused(() => { f.parties.promote(a.player, d.player.id); }, MEMBER_NOT_FOUND);
    f.parties.invite(a.player, 'Di');
    f.parties.promote(a.player, c.player.id);
    assert.equal(f.parties.partyOf(a.player.id)?.leaderId, c.player.id);
    assert.deepEqual(f.seen(b), ['Ana', 'Bo', '*Cy']);
    await refused(() => f.parties.respond(d.player, a.player.id, true), INVITE_NOT_FOUND);
    await refused(() => f.parties.invite(a.player, 'Di'), NOT_LEADER);
    f.parties.invite(c.player, 'Di');
  });
});

describe('party presence and state', () => {
  it('keeps a dropped member (shown offline) and removes one that leaves the world', () => {
    const f = new Fixture();
    const [a, b, c] = ['Ana', 'Bo', 'Cy'].map((name) => f.add(name));
    assert.ok(a && b && c);
    f.party(a, b, c);
    const bLink = f.links.get(b.player.id);
    f.links.delete(b.player.id);
    f.parties.sweep();
    assert.deepEqual(a.link.last('partyState')?.members.map((m) => [m.name, m.online]), [['Ana', true], ['Bo', false], ['Cy', true]]);
    assert.deepEqual(f.parties.onlineMembers(a.player)?.map((p) => p.name), ['Ana', 'Cy']);
    // Resumed on a new connection: the new one is told at once on the next sweep.
    assert.ok(bLink);
    f.links.set(b.player.id, bLink);
    bLink.clear();
    f.parties.sweep();
    assert.deepEqual(bLink.last('partyState')?.members.map((m) => m.online), [true, true, true]);
    f.world.leave(b.player.id);
    assert.deepEqual(f.seen(a), ['*Ana', 'Cy']);
    f.world.leave(a.player.id);
    assert.deepEqual(f.seen(c), [], 'the last member is told the party is gone');
    assert.equal([...f.parties.parties()].length, 0);
  });

  it('pushes on the sweep only when hit points, level, zone or the connection changed', () => {
    const f = new Fixture();
    const [a, b] = ['Ana', 'Bo'].map((name) => f.add(name));
    assert.ok(a && b);
    f.party(a, b);
    const pushes = (): number => a.link.pushes('partyState').length;
    const before = pushes();
    f.parties.sweep();
    assert.equal(pushes(), before, 'nothing changed');
    b.player.setHitPoints(40);
    f.parties.sweep();
    assert.equal(pushes(), before + 1);
    assert.equal(a.link.last('partyState')?.members[1]?.hitPoints, 40);
    f.parties.sweep();
    assert.equal(pushes(), before + 1);
    b.player.setLevel(2);
    f.parties.sweep();
    b.player.setMaxHitPoints(150);
    f.parties.sweep();
    b.player.zone = 'beta';
    f.parties.sweep();
    assert.equal(pushes(), before + 4);
    const bo = a.link.last('partyState')?.members[1];
    assert.ok(bo);
    assert.deepEqual(plain(bo), {
      characterId: b.player.id, name: 'Bo', level: 2, hitPoints: 40, maxHitPoints: 150, zone: 'beta', online: true, leader: false, class: CharacterClass.CHARACTER_CLASS_WARRIOR,
    });
  });

  it('gives the party chat recipients: connected members, none outside a party', () => {
    const f = new Fixture();
    const [a, b] = ['Ana', 'Bo'].map((name) => f.add(name));
    assert.ok(a && b);
    assert.equal(f.parties.onlineMembers(a.player), undefined);
    f.party(a, b);
    assert.deepEqual(f.parties.onlineMembers(b.player)?.map((p) => p.name), ['Ana', 'Bo']);
  });
});

describe('party invariants (property)', () => {
  it('random invites, answers, leaves, kicks, promotions and departures never break a party', () => {
    const names = ['Ana', 'Bo', 'Cy', 'Di', 'Ed', 'Fay', 'Gus', 'Hal'];
    const who = fc.nat(names.length - 1);
    const operation = fc.oneof(
      { weight: 8, arbitrary: fc.record({ kind: fc.constant('invite' as const), actor: who, target: who }) },
      fc.record({ kind: fc.constant('respond' as const), actor: who, target: who, accept: fc.boolean() }),
      // The actor invites everyone and each answers yes at once: parties reach (and hit) the bound.
      fc.record({ kind: fc.constant('fill' as const), actor: who }),
      // Answers an invitation the actor holds, so parties actually grow.
      { weight: 8, arbitrary: fc.record({ kind: fc.constant('answer' as const), actor: who, pick: fc.nat(), accept: fc.boolean() }) },
      fc.record({ kind: fc.constant('leave' as const), actor: who }),
      fc.record({ kind: fc.constant('kick' as const), actor: who, target: who }),
      fc.record({ kind: fc.constant('promote' as const), actor: who, target: who }),
      fc.record({ kind: fc.constant('drop' as const), actor: who }),
      fc.record({ kind: fc.constant('depart' as const), actor: who }),
      fc.record({ kind: fc.constant('time' as const), ms: fc.integer({ min: 0, max: 40_000 }) }),
    );
    // Across all runs: the sequences must really build full parties, or the property proves little.
    let largest = 0;
    let partiesFormed = 0;
    fc.assert(
      fc.property(fc.array(operation, { minLength: 20, maxLength: 120, size: 'max' }), (operations) => {
        const f = new Fixture();
        let members = names.map((name) => f.add(name));
        for (const op of operations) {
          const actor = op.kind === 'time' ? undefined : members[op.actor];
          const target = 'target' in op ? members[op.target] : undefined;
          try {
            if (op.kind === 'time') f.now += op.ms;
            else if (actor === undefined || target === undefined && 'target' in op) continue;
            else if (op.kind === 'invite') f.parties.invite(actor.player, target?.player.name ?? '');
            else if (op.kind === 'respond') f.parties.respond(actor.player, target?.player.id ?? '', op.accept);
            else if (op.kind === 'fill') {
              for (const other of members) {
                try {
                  f.parties.invite(actor.player, other.player.name);
                  f.parties.respond(other.player, actor.player.id, true);
                } catch (error) {
                  if (!(error instanceof Error) || error.name !== 'RequestError') throw error;
                }
                checkInvariants(f);
              }
            } else if (op.kind === 'answer') {
              const held = f.parties.invitationsOf(actor.player.id);
              const inviter = held[op.pick % Math.max(1, held.length)];
              if (inviter !== undefined) f.parties.respond(actor.player, inviter, op.accept);
            }
            else if (op.kind === 'leave') f.parties.leave(actor.player);
            else if (op.kind === 'kick') f.parties.kick(actor.player, target?.player.id ?? '');
            else if (op.kind === 'promote') f.parties.promote(actor.player, target?.player.id ?? '');
            else if (op.kind === 'drop') {
              if (f.links.has(actor.player.id)) f.links.delete(actor.player.id);
              else f.links.set(actor.player.id, actor.link);
            } else {
              // Leaves the world and comes back as a fresh entity (a logout and a new login).
              f.world.leave(actor.player.id);
              const record = { id: actor.player.id, accountId: actor.player.accountId, name: actor.player.name, classId: 1, level: 1, experience: 0, zone: 'alpha', x: 20, y: 20, hitPoints: 100, maxHitPoints: 120, resource: -1, cooldowns: {}, createdAt: 0 };
              const back = { player: f.world.enter(record, undefined), link: actor.link };
              members = members.map((m) => (m === actor ? back : m));
            }
          } catch (error) {
            if (!(error instanceof Error) || error.name !== 'RequestError') throw error;
          }
          f.parties.sweep();
          checkInvariants(f);
          for (const party of f.parties.parties()) largest = Math.max(largest, party.memberIds.length);
        }
        partiesFormed += [...f.parties.parties()].length;
      }),
      { numRuns: 200 },
    );
    assert.equal(largest, MAX_PARTY_SIZE);
    assert.ok(partiesFormed > 50, `only ${partiesFormed} parties were standing at the ends of the runs`);
  });
});

/** No party over five or under two, every party led by a member, nobody in two parties, the index in step. */
function checkInvariants(f: Fixture): void {
  const seen = new Set<string>();
  for (const party of f.parties.parties()) {
    assert.ok(party.memberIds.length >= 2 && party.memberIds.length <= MAX_PARTY_SIZE, `party of ${party.memberIds.length}`);
    assert.ok(party.memberIds.includes(party.leaderId), 'the leader is a member');
    for (const id of party.memberIds) {
      assert.ok(!seen.has(id), `${id} is in two parties`);
      seen.add(id);
      assert.equal(f.parties.partyOf(id), party);
      assert.ok(f.world.get(id) !== undefined, 'members are in the world');
    }
  }
  for (const player of f.world.players()) {
    if (!seen.has(player.id)) assert.equal(f.parties.partyOf(player.id), undefined);
  }
}
