import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { DEFAULT_MAX_FRAME_BYTES, ErrorCode, GuildRank } from '@realmforge/protocol';
import { createLogger } from '../../src/ops/logger.ts';
import { GUILD_INVITE_TTL_MS, GuildService, MAX_GUILD_INVITES_PER_INVITER, MAX_GUILD_MEMBERS } from '../../src/social/guild-service.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import type { CharacterRecord, Store } from '../../src/store/store.ts';
import { plain, refusal, refused, SocialWorld } from './social-fixture.ts';
import type { Member } from './social-fixture.ts';

const { GUILD_RANK_MASTER: MASTER, GUILD_RANK_OFFICER: OFFICER, GUILD_RANK_MEMBER: MEMBER, GUILD_RANK_INITIATE: INITIATE } = GuildRank;
const {
  ERROR_CODE_INVALID_ARGUMENT: INVALID_ARGUMENT,
  ERROR_CODE_GUILD_NAME_INVALID: NAME_INVALID,
  ERROR_CODE_GUILD_NAME_TAKEN: NAME_TAKEN,
  ERROR_CODE_GUILD_PERMISSION_DENIED: DENIED,
  ERROR_CODE_NOT_IN_GUILD: NOT_IN_GUILD,
  ERROR_CODE_ALREADY_IN_GUILD: ALREADY_IN_GUILD,
  ERROR_CODE_GUILD_FULL: GUILD_FULL,
  ERROR_CODE_GUILD_MASTER_CANNOT_LEAVE: MASTER_CANNOT_LEAVE,
  ERROR_CODE_INVITE_NOT_FOUND: INVITE_NOT_FOUND,
  ERROR_CODE_TARGET_OFFLINE: TARGET_OFFLINE,
  ERROR_CODE_TOO_MANY_INVITES: TOO_MANY_INVITES,
  ERROR_CODE_MEMBER_NOT_FOUND: MEMBER_NOT_FOUND,
} = ErrorCode;

const stores: Store[] = [];
after(async () => {
  for (const store of stores) await store.close();
});

/** A world whose characters are stored, with a guild service that follows them in and out. */
class Fixture extends SocialWorld {
  readonly guilds: GuildService;
  readonly store: Store;
  #characters = 0;

  private constructor(store: Store) {
    super();
    this.store = store;
    this.guilds = new GuildService(store, this.world, this.lookup, { log: createLogger({ logLevel: 'silent' }), now: this.clock });
    this.world.onEnter((player) => {
      this.guilds.characterEntered(player);
    });
    this.world.onLeave((player) => {
      this.guilds.characterLeft(player);
    });
  }

  static async create(): Promise<Fixture> {
    const store = await SqliteStore.open(':memory:');
    stores.push(store);
    return new Fixture(store);
  }

  /** Stores a character (and its account) without entering the world. */
  async stored(name: string): Promise<CharacterRecord> {
    const n = ++this.#characters;
    const accountId = `ACC${n}`;
    await this.store.createAccount({ id: accountId, username: `user${n}`, passwordHash: 'x', createdAt: 0 });
    const record: CharacterRecord = {
      id: `CHR${String(n).padStart(4, '0')}`, accountId, name, classId: 1, level: 3, experience: 0, zone: 'alpha', x: 20, y: 20, hitPoints: 100, maxHitPoints: 120, resource: -1, cooldowns: {}, createdAt: 0,
    };
    await this.store.createCharacter(record);
    return record;
  }

  /** Stores a character and brings it into the world, its guild loaded. */
  async player(name: string): Promise<Member> {
    const record = await this.stored(name);
    return this.enter(record);
  }

  /** Brings a stored character into the world and waits for its guild to load. */
  async enter(record: CharacterRecord): Promise<Member> {
    const member = this.add(record.name, record);
    await this.guilds.loaded(record.id);
    return member;
  }

  /** Invites and accepts. */
  async join(inviter: Member, joiner: Member): Promise<void> {
    const invitation = await this.guilds.invite(inviter.player, joiner.player.name);
    assert.equal(invitation.invitee, joiner.player);
    const guild = this.guilds.guildOf(inviter.player.id);
    assert.ok(guild);
    assert.equal(await this.guilds.respond(joiner.player, guild.id, true), true);
  }

  /** A guild founded by the first member; the others join as initiates. */
  async guild(name: string, ...members: Member[]): Promise<string> {
    const [master, ...rest] = members;
    assert.ok(master);
    const record = await this.guilds.create(master.player, name);
    for (const member of rest) await this.join(master, member);
    return record.id;
  }

  /** "name:rank" of each member as the latest GuildState a member got lists them. */
  seen(member: Member): string[] | undefined {
    return member.link.last('guildState')?.members.map((m) => `${m.name}:${m.rank}${m.online ? '' : '(off)'}`);
  }

  /** "name:rank" as the store has it. */
  async stored_(characterId: string): Promise<string[] | undefined> {
    return (await this.store.loadGuildOf(characterId))?.members.map((m) => `${m.name}:${m.rank}`);
  }
}

describe('founding a guild', () => {
  it('makes the founder its master, stores it and tells the founder', async () => {
    const f = await Fixture.create();
    const ana = await f.player('Ana');
    const record = await f.guilds.create(ana.player, '  Knights of Dawn ');
    assert.equal(record.name, 'Knights of Dawn');
    assert.equal(record.createdAt, f.now);
    const state = ana.link.last('guildState');
    assert.ok(state);
    assert.deepEqual(plain(state), {
      guildId: record.id,
      name: 'Knights of Dawn',
      createdAtMs: f.now,
      members: [{ characterId: ana.player.id, name: 'Ana', rank: MASTER, online: true, level: 3, joinedAtMs: f.now }],
    });
    assert.deepEqual(await f.stored_(ana.player.id), [`Ana:${MASTER}`]);
    assert.deepEqual(f.guilds.guildOf(ana.player.id), { id: record.id, name: 'Knights of Dawn', members: [{ characterId: ana.player.id, rank: MASTER }] });
  });

  it('refuses bad names, taken names in any case, and founders already in a guild', async () => {
    const f = await Fixture.create();
    const ana = await f.player('Ana');
    const bo = await f.player('Bo');
    for (const bad of ['Ab', 'Iron  Wolves', 'Wolves 2', 'x'.repeat(25)]) await refused(() => f.guilds.create(ana.player, bad), NAME_INVALID);
    await f.guilds.create(ana.player, 'Iron Wolves');
    await refused(() => f.guilds.create(ana.player, 'Other Name'), ALREADY_IN_GUILD);
    assert.match((await refusal(() => f.guilds.create(bo.player, 'IRON WOLVES'))).message, /a guild named "IRON WOLVES" exists/);
    await refused(() => f.guilds.create(bo.player, 'iron wolves'), NAME_TAKEN);
    assert.equal(f.guilds.guildOf(bo.player.id), undefined);
  });
});

describe('guild invitations', () => {
  it('lets the master and officers invite online characters in no guild', async () => {
    const f = await Fixture.create();
    const [ana, bo, cy, di, ed] = await Promise.all(['Ana', 'Bo', 'Cy', 'Di', 'Ed'].map((n) => f.player(n)));
    assert.ok(ana && bo && cy && di && ed);
    await refused(() => f.guilds.invite(ana.player, 'Bo'), NOT_IN_GUILD);
    const guildId = await f.guild('Iron Wolves', ana, bo);
    const sent = await f.guilds.invite(ana.player, 'cy');
    assert.equal(sent.expiresAt, f.now + GUILD_INVITE_TTL_MS);
    assert.deepEqual(plain(cy.link.last('guildInvitation') ?? {}), {
      guildId, guildName: 'Iron Wolves', inviterCharacterId: ana.player.id, inviterName: 'Ana', expiresAtMs: f.now + GUILD_INVITE_TTL_MS,
    });
    // An initiate may not invite; an officer may.
    await refused(() => f.guilds.invite(bo.player, 'Di'), DENIED);
    await f.guilds.setRank(ana.player, bo.player.id, MEMBER);
    await refused(() => f.guilds.invite(bo.player, 'Di'), DENIED);
    await f.guilds.setRank(ana.player, bo.player.id, OFFICER);
    await f.guilds.invite(bo.player, 'Di');
    assert.deepEqual(f.guilds.invitationsOf(di.player.id), [guildId]);

    await refused(() => f.guilds.invite(ana.player, ' '), INVALID_ARGUMENT);
    await refused(() => f.guilds.invite(ana.player, 'ANA'), INVALID_ARGUMENT);
    await refused(() => f.guilds.invite(ana.player, 'Nobody'), TARGET_OFFLINE);
    f.links.delete(ed.player.id);
    await refused(() => f.guilds.invite(ana.player, 'Ed'), TARGET_OFFLINE);
    await refused(() => f.guilds.invite(ana.player, 'Bo'), ALREADY_IN_GUILD);
    await f.guilds.create(cy.player, 'Lone Wolf');
    await refused(() => f.guilds.invite(ana.player, 'Cy'), ALREADY_IN_GUILD);
  });

  it('bounds the invitations one inviter has open', async () => {
    const f = await Fixture.create();
    const ana = await f.player('Ana');
    await f.guilds.create(ana.player, 'Iron Wolves');
    const guests = [];
    for (const name of ['Ba', 'Ca', 'Da', 'Ea', 'Fa', 'Ga']) guests.push(await f.player(name));
    for (const guest of guests.slice(0, MAX_GUILD_INVITES_PER_INVITER)) await f.guilds.invite(ana.player, guest.player.name);
    await refused(() => f.guilds.invite(ana.player, 'Ga'), TOO_MANY_INVITES);
    f.now += GUILD_INVITE_TTL_MS;
    f.guilds.sweep();
    await f.guilds.invite(ana.player, 'Ga');
  });

  it('joins at the initiate rank on accept, stores it and tells every online member', async () => {
    const f = await Fixture.create();
    const [ana, bo, cy] = await Promise.all(['Ana', 'Bo', 'Cy'].map((n) => f.player(n)));
    assert.ok(ana && bo && cy);
    const guildId = await f.guild('Iron Wolves', ana, bo);
    await f.guilds.invite(ana.player, 'Cy');
    f.now += 1000;
    assert.equal(await f.guilds.respond(cy.player, guildId, true), true);
    for (const member of [ana, bo, cy]) assert.deepEqual(f.seen(member), [`Ana:${MASTER}`, `Bo:${INITIATE}`, `Cy:${INITIATE}`]);
    assert.deepEqual(ana.link.received.at(-1), cy.link.received.at(-1), 'the same bytes for every member');
    assert.deepEqual(await f.stored_(cy.player.id), [`Ana:${MASTER}`, `Bo:${INITIATE}`, `Cy:${INITIATE}`]);
    await refused(() => f.guilds.respond(cy.player, guildId, true), INVITE_NOT_FOUND);
  });

  it('declines, lapses, and is no longer valid when the inviter left or lost the right to invite', async () => {
    const f = await Fixture.create();
    const [ana, bo, cy, di] = await Promise.all(['Ana', 'Bo', 'Cy', 'Di'].map((n) => f.player(n)));
    assert.ok(ana && bo && cy && di);
    const guildId = await f.guild('Iron Wolves', ana, bo);
    await f.guilds.invite(ana.player, 'Cy');
    assert.equal(await f.guilds.respond(cy.player, guildId, false), false);
    assert.equal(f.guilds.guildOf(cy.player.id), undefined);

    await f.guilds.invite(ana.player, 'Cy');
    f.now += GUILD_INVITE_TTL_MS;
    await refused(() => f.guilds.respond(cy.player, guildId, true), INVITE_NOT_FOUND);

    await f.guilds.setRank(ana.player, bo.player.id, OFFICER);
    await f.guilds.invite(bo.player, 'Cy');
    await f.guilds.setRank(ana.player, bo.player.id, MEMBER);
    assert.match((await refusal(() => f.guilds.respond(cy.player, guildId, true))).message, /no longer valid/);

    await f.guilds.invite(ana.player, 'Di');
    f.world.leave(ana.player.id);
    await refused(() => f.guilds.respond(di.player, guildId, true), INVITE_NOT_FOUND);
  });

  it('is refused when the invitee founded a guild meanwhile, and the other invitations go on joining', async () => {
    const f = await Fixture.create();
    const [ana, bo, cy] = await Promise.all(['Ana', 'Bo', 'Cy'].map((n) => f.player(n)));
    assert.ok(ana && bo && cy);
    const wolves = await f.guild('Iron Wolves', ana);
    const bears = await f.guild('Iron Bears', bo);
    await f.guilds.invite(ana.player, 'Cy');
    await f.guilds.invite(bo.player, 'Cy');
    await f.guilds.respond(cy.player, wolves, true);
    await refused(() => f.guilds.respond(cy.player, bears, true), INVITE_NOT_FOUND);

    const di = await f.player('Di');
    await f.guilds.invite(ana.player, 'Di');
    await f.guilds.create(di.player, 'Solo Act');
    await refused(() => f.guilds.respond(di.player, wolves, true), ALREADY_IN_GUILD);
  });

  it('refuses a guild that is full', async () => {
    const f = await Fixture.create();
    const ana = await f.player('Ana');
    const guildId = await f.guild('Crowded', ana);
    // Fill the roster in the store, then reload it by re-entering.
    for (let i = 1; i < MAX_GUILD_MEMBERS; i++) {
      const record = await f.stored(`Filler${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
      await f.store.addGuildMember(guildId, record.id, INITIATE, i);
    }
    f.world.leave(ana.player.id);
    const stored = await f.store.getCharacter(ana.player.id);
    assert.ok(stored);
    const back = await f.enter(stored);
    assert.equal(f.guilds.guildOf(back.player.id)?.members.length, MAX_GUILD_MEMBERS);
    await f.player('Bo');
    await refused(() => f.guilds.invite(back.player, 'Bo'), GUILD_FULL);
    // A full roster, sent whole, stays far below the 64 KiB frame limit even with the longest names.
    f.guilds.sweep();
    const bytes = back.link.received.at(-1);
    assert.equal(back.link.last('guildState')?.members.length, MAX_GUILD_MEMBERS);
    assert.ok(bytes !== undefined && bytes.length + MAX_GUILD_MEMBERS * 8 < DEFAULT_MAX_FRAME_BYTES / 2, `${bytes?.length ?? 0} bytes`);
  });
});

describe('leaving, kicking, ranks and disbanding', () => {
  it('a member leaves; the master may leave only as the last member, which disbands the guild', async () => {
    const f = await Fixture.create();
    const [ana, bo] = await Promise.all(['Ana', 'Bo'].map((n) => f.player(n)));
    assert.ok(ana && bo);
    await refused(() => f.guilds.leave(bo.player), NOT_IN_GUILD);
    await f.guild('Iron Wolves', ana, bo);
    await refused(() => f.guilds.leave(ana.player), MASTER_CANNOT_LEAVE);
    await f.guilds.leave(bo.player);
    assert.equal(bo.link.last('guildState')?.guildId, '');
    assert.deepEqual(f.seen(ana), [`Ana:${MASTER}`]);
    assert.equal(await f.store.loadGuildOf(bo.player.id), undefined);
    await f.guilds.leave(ana.player);
    assert.equal(ana.link.last('guildState')?.guildId, '');
    assert.equal(await f.store.loadGuildOf(ana.player.id), undefined);
    await f.guilds.create(bo.player, 'Iron Wolves'); // the name is free again
  });

  it('kicks by rank: the master anyone, officers members below them, nobody themselves', async () => {
    const f = await Fixture.create();
    const [ana, bo, cy, di, ed] = await Promise.all(['Ana', 'Bo', 'Cy', 'Di', 'Ed'].map((n) => f.player(n)));
    assert.ok(ana && bo && cy && di && ed);
    await refused(() => f.guilds.kick(ana.player, bo.player.id), NOT_IN_GUILD);
    await f.guild('Iron Wolves', ana, bo, cy, di);
    await f.guilds.setRank(ana.player, bo.player.id, OFFICER);
    await f.guilds.setRank(ana.player, cy.player.id, OFFICER);
    await refused(() => f.guilds.kick(bo.player, cy.player.id), DENIED);
    await refused(() => f.guilds.kick(bo.player, ana.player.id), DENIED);
    await refused(() => f.guilds.kick(di.player, bo.player.id), DENIED);
    await refused(() => f.guilds.kick(bo.player, bo.player.id), INVALID_ARGUMENT);
    await refused(() => f.guilds.kick(bo.player, ed.player.id), MEMBER_NOT_FOUND);
    await f.guilds.kick(bo.player, di.player.id);
    assert.equal(di.link.last('guildState')?.guildId, '');
    assert.equal(f.guilds.guildOf(di.player.id), undefined);
    assert.deepEqual(f.seen(ana), [`Ana:${MASTER}`, `Bo:${OFFICER}`, `Cy:${OFFICER}`]);
    // A member who is not in the world can be kicked too.
    f.world.leave(cy.player.id);
    await f.guilds.kick(ana.player, cy.player.id);
    assert.deepEqual(await f.stored_(ana.player.id), [`Ana:${MASTER}`, `Bo:${OFFICER}`]);
  });

  it('sets ranks within the rules and hands the guild over', async () => {
    const f = await Fixture.create();
    const [ana, bo, cy] = await Promise.all(['Ana', 'Bo', 'Cy'].map((n) => f.player(n)));
    assert.ok(ana && bo && cy);
    await refused(() => f.guilds.setRank(ana.player, bo.player.id, MEMBER), NOT_IN_GUILD);
    await f.guild('Iron Wolves', ana, bo, cy);
    await refused(() => f.guilds.setRank(ana.player, bo.player.id, GuildRank.GUILD_RANK_UNSPECIFIED), INVALID_ARGUMENT);
    await refused(() => f.guilds.setRank(ana.player, bo.player.id, 9), INVALID_ARGUMENT);
    await refused(() => f.guilds.setRank(ana.player, ana.player.id, OFFICER), INVALID_ARGUMENT);
    await refused(() => f.guilds.setRank(ana.player, 'CHR9999', OFFICER), MEMBER_NOT_FOUND);
    await refused(() => f.guilds.setRank(cy.player, bo.player.id, MEMBER), DENIED);
    await f.guilds.setRank(ana.player, bo.player.id, OFFICER);
    await f.guilds.setRank(bo.player, cy.player.id, MEMBER);
    await refused(() => f.guilds.setRank(bo.player, cy.player.id, OFFICER), DENIED);
    await refused(() => f.guilds.setRank(bo.player, ana.player.id, OFFICER), DENIED);
    const pushes = ana.link.pushes('guildState').length;
    await f.guilds.setRank(bo.player, cy.player.id, MEMBER); // no change, no push
    assert.equal(ana.link.pushes('guildState').length, pushes);
    await f.guilds.setRank(ana.player, cy.player.id, MASTER);
    assert.deepEqual(f.seen(bo), [`Cy:${MASTER}`, `Ana:${OFFICER}`, `Bo:${OFFICER}`]);
    assert.deepEqual(await f.stored_(ana.player.id), [`Cy:${MASTER}`, `Ana:${OFFICER}`, `Bo:${OFFICER}`]);
    await refused(() => f.guilds.disband(ana.player), DENIED);
    await f.guilds.leave(ana.player); // no longer the master: free to go
  });

  it('disbands (master only): every online member is told, the store forgets, invitations lapse', async () => {
    const f = await Fixture.create();
    const [ana, bo, cy] = await Promise.all(['Ana', 'Bo', 'Cy'].map((n) => f.player(n)));
    assert.ok(ana && bo && cy);
    await refused(() => f.guilds.disband(ana.player), NOT_IN_GUILD);
    const guildId = await f.guild('Iron Wolves', ana, bo);
    await f.guilds.setRank(ana.player, bo.player.id, OFFICER);
    await refused(() => f.guilds.disband(bo.player), DENIED);
    await f.guilds.invite(bo.player, 'Cy');
    await f.guilds.disband(ana.player);
    for (const member of [ana, bo]) assert.equal(member.link.last('guildState')?.guildId, '');
    assert.equal(f.guilds.guildOf(ana.player.id), undefined);
    assert.equal(f.guilds.loadedCount, 0);
    assert.equal(await f.store.loadGuildOf(bo.player.id), undefined);
    await refused(() => f.guilds.respond(cy.player, guildId, true), INVITE_NOT_FOUND);
  });
});

describe('guild presence', () => {
  it('loads a member’s guild on entering the world and drops it from memory when the last member leaves', async () => {
    const f = await Fixture.create();
    const ana = await f.player('Ana');
    const bo = await f.player('Bo');
    await f.guild('Iron Wolves', ana, bo);
    f.world.leave(ana.player.id);
    f.world.leave(bo.player.id);
    assert.equal(f.guilds.loadedCount, 0);
    const anaRecord = await f.store.getCharacter(ana.player.id);
    assert.ok(anaRecord);
    const back = await f.enter(anaRecord);
    assert.equal(f.guilds.guildOf(back.player.id)?.name, 'Iron Wolves');
    f.guilds.sweep();
    assert.deepEqual(f.seen(back), [`Ana:${MASTER}`, `Bo:${INITIATE}(off)`]);
    assert.deepEqual(f.guilds.onlineMembers(back.player)?.map((p) => p.name), ['Ana']);
    // Not loaded yet (or in no guild): no guild chat.
    const cy = await f.player('Cy');
    assert.equal(f.guilds.onlineMembers(cy.player), undefined);
  });

  it('shows drops, resumes and arrivals on the next sweep, once per guild', async () => {
    const f = await Fixture.create();
    const [ana, bo] = await Promise.all(['Ana', 'Bo'].map((n) => f.player(n)));
    assert.ok(ana && bo);
    await f.guild('Iron Wolves', ana, bo);
    const count = (): number => ana.link.pushes('guildState').length;
    const before = count();
    f.guilds.sweep();
    assert.equal(count(), before, 'nothing changed');
    f.links.delete(bo.player.id);
    f.guilds.sweep();
    assert.deepEqual(f.seen(ana), [`Ana:${MASTER}`, `Bo:${INITIATE}(off)`]);
    f.links.set(bo.player.id, bo.link);
    f.guilds.sweep();
    f.guilds.sweep();
    assert.equal(count(), before + 2);
    assert.deepEqual(f.seen(bo), [`Ana:${MASTER}`, `Bo:${INITIATE}`]);
    bo.player.setLevel(9);
    f.world.leave(bo.player.id);
    f.guilds.sweep();
    assert.deepEqual(ana.link.last('guildState')?.members.map((m) => [m.name, m.level, m.online]), [['Ana', 3, true], ['Bo', 9, false]]);
  });

  it('takes a deleted character off the roster in memory', async () => {
    const f = await Fixture.create();
    const ana = await f.player('Ana');
    const bo = await f.stored('Bo');
    const guildId = await f.guild('Iron Wolves', ana);
    await f.store.addGuildMember(guildId, bo.id, MEMBER, 1);
    f.world.leave(ana.player.id);
    const stored = await f.store.getCharacter(ana.player.id);
    assert.ok(stored);
    const back = await f.enter(stored);
    assert.equal(f.guilds.guildOf(back.player.id)?.members.length, 2);
    assert.equal(await f.store.deleteCharacter(bo.accountId, bo.id), true);
    await f.guilds.characterDeleted(bo.id);
    f.guilds.sweep();
    assert.deepEqual(f.seen(back), [`Ana:${MASTER}`]);
  });

  it('a member who left the world while its guild was loading is not kept', async () => {
    const f = await Fixture.create();
    const ana = await f.player('Ana');
    await f.guild('Iron Wolves', ana);
    f.world.leave(ana.player.id);
    const record = await f.store.getCharacter(ana.player.id);
    assert.ok(record);
    f.add(record.name, record); // starts a load...
    f.world.leave(record.id); // ...and leaves before it finishes
    await f.guilds.loaded(record.id);
    assert.equal(f.guilds.loadedCount, 0);
  });
});
