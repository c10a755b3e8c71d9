import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PartyService } from '../../src/social/party-service.ts';
import { SocialWorld } from './social-fixture.ts';
import type { Member } from './social-fixture.ts';

/** A world whose party service follows characters leaving it, as the server wires it. */
class Fixture extends SocialWorld {
  readonly parties = new PartyService(this.world, this.lookup, { now: this.clock });

  constructor() {
    super();
    this.world.onLeave((player) => {
      this.parties.characterLeft(player.id);
    });
  }

  join(leader: Member, joiner: Member): void {
    this.parties.invite(leader.player, joiner.player.name);
    assert.equal(this.parties.respond(joiner.player, leader.player.id, true), true);
  }

  /** The party id combat sees on the character's current entity. */
  fightsFor(member: Member): string | undefined {
    return this.world.get(member.player.id)?.combat.party;
  }
}

describe('party allegiance in combat', () => {
  it('members carry their party id on their entities while in the party, and lose it when they leave, are kicked or the party disbands', () => {
    const f = new Fixture();
    const [ana, bo, cy, di] = ['Ana', 'Bo', 'Cy', 'Di'].map((name) => f.add(name)) as [Member, Member, Member, Member];
    f.join(ana, bo);
    const id = f.parties.partyOf(ana.player.id)?.id;
    assert.ok(id);
    assert.deepEqual([f.fightsFor(ana), f.fightsFor(bo), f.fightsFor(cy)], [id, id, undefined]);
    f.join(ana, cy);
    f.join(ana, di);
    assert.equal(f.fightsFor(di), id);
    f.parties.kick(ana.player, cy.player.id);
    assert.equal(f.fightsFor(cy), undefined);
    f.parties.leave(di.player);
    assert.equal(f.fightsFor(di), undefined);
    assert.equal(f.fightsFor(ana), id);
    f.world.leave(bo.player.id);
    assert.equal(f.fightsFor(ana), undefined, 'bo left the world and the party; a party of one is disbanded');
  });

  it('a member who changes zones keeps fighting for the party', () => {
    const f = new Fixture();
    const traveller = f.add('Ana', { x: 100, y: 64 });
    const friend = f.add('Bo');
    f.join(traveller, friend);
    const id = f.parties.partyOf(friend.player.id)?.id;
    f.world.queueInput(traveller.player, { sequence: 1, directionX: 1, directionY: 0, targetX: Number.NaN, targetY: Number.NaN });
    for (let i = 0; i < 60 && f.world.get(traveller.player.id)?.zone === 'alpha'; i++) f.world.step();
    const moved = f.world.get(traveller.player.id);
    assert.equal(moved?.zone, 'beta');
    assert.notEqual(moved, traveller.player, 'a new entity in the new zone');
    assert.equal(moved.combat.party, id);
    f.parties.leave(friend.player);
    assert.equal(moved.combat.party, undefined, 'the disband reaches the entity in the new zone');
  });
});
