import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GuildRank } from '@realmforge/protocol';
import { acceptGuildName } from '../../src/social/guild-name.ts';
import { canKick, canSetRank, GUILD_PERMISSIONS, isGuildRank, permissionsOf, rankName } from '../../src/social/guild-ranks.ts';
import { GUILD_RANKS } from '../../src/store/store.ts';

const { GUILD_RANK_MASTER: MASTER, GUILD_RANK_OFFICER: OFFICER, GUILD_RANK_MEMBER: MEMBER, GUILD_RANK_INITIATE: INITIATE } = GuildRank;
const RANKS = [MASTER, OFFICER, MEMBER, INITIATE];

describe('guild ranks', () => {
  it('are stored as the wire numbers', () => {
    assert.deepEqual(GUILD_RANKS, { master: MASTER, officer: OFFICER, member: MEMBER, initiate: INITIATE });
  });

  it('grant what the permissions table says, and nothing to a number that is not a rank', () => {
    assert.deepEqual([...GUILD_PERMISSIONS.keys()], RANKS);
    assert.deepEqual(RANKS.map((rank) => Object.entries(permissionsOf(rank)).filter(([, allowed]) => allowed).map(([what]) => what)), [
      ['invite', 'kick', 'setRank', 'disband', 'chat'],
      ['invite', 'kick', 'setRank', 'chat'],
      ['chat'],
      ['chat'],
    ]);
    for (const notARank of [0, 5, -1, 1.5]) {
      assert.equal(isGuildRank(notARank), false);
      assert.ok(Object.values(permissionsOf(notARank)).every((allowed) => !allowed));
    }
    assert.ok(RANKS.every(isGuildRank));
  });

  it('let the master kick anyone, officers only members below officer, the rest nobody', () => {
    const allowed = RANKS.flatMap((actor) => RANKS.filter((target) => canKick(actor, target)).map((target) => `${rankName(actor)}>${rankName(target)}`));
    assert.deepEqual(allowed, ['guild master>officer', 'guild master>member', 'guild master>initiate', 'officer>member', 'officer>initiate']);
  });

  it('let the master set any rank on anyone else, officers move members below officer among the lower ranks', () => {
    const allowed: string[] = [];
    for (const actor of RANKS) for (const target of RANKS) for (const to of [0, ...RANKS, 5]) {
      if (canSetRank(actor, target, to)) allowed.push(`${rankName(actor)}: ${rankName(target)}→${rankName(to)}`);
    }
    const byMaster = [OFFICER, MEMBER, INITIATE].flatMap((target) => RANKS.map((to) => `guild master: ${rankName(target)}→${rankName(to)}`));
    const byOfficer = [MEMBER, INITIATE].flatMap((target) => [MEMBER, INITIATE].map((to) => `officer: ${rankName(target)}→${rankName(to)}`));
    assert.deepEqual(allowed, [...byMaster, ...byOfficer]);
    assert.equal(rankName(9), 'rank 9');
  });
});

describe('guild names', () => {
  it('are 3-24 letters in words separated by single spaces, trimmed', () => {
    assert.equal(acceptGuildName('  Knights of Dawn '), 'Knights of Dawn');
    assert.equal(acceptGuildName('Abc'), 'Abc');
    assert.equal(acceptGuildName('A'.repeat(24)), 'A'.repeat(24));
    for (const bad of ['', 'Ab', 'A'.repeat(25), 'Iron  Wolves', 'Iron-Wolves', 'Wolves 2', 'Wölfe', 'Tab\tName', ' a ']) {
      assert.equal(acceptGuildName(bad), undefined, JSON.stringify(bad));
    }
  });
});
