import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import type { ChatMessage, GameClient, GuildState, Invitation, PartyState } from '@realmforge/client';
import { ServerError } from '@realmforge/client';
import { ChatChannel, ErrorCode, GuildRank } from '@realmforge/protocol';
import { startTestServer, tempDir, uniqueCharacterName, uniqueName } from './helpers/test-server.ts';
import type { TestServer } from './helpers/test-server.ts';

const { CHAT_CHANNEL_PARTY: PARTY, CHAT_CHANNEL_GUILD: GUILD } = ChatChannel;
const { GUILD_RANK_MASTER: MASTER, GUILD_RANK_OFFICER: OFFICER, GUILD_RANK_INITIATE: INITIATE } = GuildRank;

/** A player in the world over a real socket, with every social push and chat message it got. */
interface Player {
  readonly client: GameClient;
  readonly username: string;
  readonly characterId: string;
  readonly name: string;
  readonly resumeToken: string;
  readonly parties: PartyState[];
  readonly guilds: GuildState[];
  readonly invitations: Invitation[];
  readonly heard: ChatMessage[];
}

async function until<T>(probe: () => T | undefined | false, what: string, timeoutMs = 4000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

function isCode(code: ErrorCode): (error: unknown) => boolean {
  return (error) => error instanceof ServerError && error.code === code && !error.fatal;
}

/** Listens for everything a player is pushed. */
function listen(client: GameClient): Pick<Player, 'parties' | 'guilds' | 'invitations' | 'heard'> {
  const recorded = { parties: [] as PartyState[], guilds: [] as GuildState[], invitations: [] as Invitation[], heard: [] as ChatMessage[] };
  client.social.onPartyState((state) => recorded.parties.push(state));
  client.social.onGuildState((state) => recorded.guilds.push(state));
  client.social.onInvitation((invitation) => recorded.invitations.push(invitation));
  client.onChat((message) => recorded.heard.push(message));
  return recorded;
}

/** Registers (or, with a username, logs in again), creates or picks a character and enters the world. */
async function player(t: TestServer, existing?: { username: string; characterId: string }): Promise<Player> {
  const client = await t.connect();
  const username = existing?.username ?? uniqueName();
  if (existing === undefined) await client.register(username, 'correct horse');
  const { resumeToken } = await client.login(username, 'correct horse');
  let characterId = existing?.characterId;
  if (characterId === undefined) {
    const { character } = await client.createCharacter(uniqueCharacterName());
    characterId = character?.id ?? '';
  }
  const recorded = listen(client);
  const entered = await client.enterWorld(characterId);
  return { client, username, characterId, name: entered.character?.name ?? '', resumeToken, ...recorded };
}

/** The member names (leader starred) and online flags of the latest PartyState. */
function party(p: Player): string[] | undefined {
  return p.parties.at(-1)?.members.map((m) => `${m.leader === true ? '*' : ''}${m.name ?? ''}${m.online === true ? '' : '(off)'}`);
}

/** "name:rank" of the latest GuildState. */
function guild(p: Player): string[] | undefined {
  return p.guilds.at(-1)?.members.map((m) => `${m.name ?? ''}:${m.rank ?? 0}`);
}

/** Waits until everything queued for these players before now has arrived (a ping answer comes after). */
async function settle(...players: Player[]): Promise<void> {
  await Promise.all(players.map((p) => p.client.ping()));
}

describe('parties over real sockets', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  after(() => t.close());

  it('invite, accept, see each other’s health, party chat, kick', async () => {
    const alice = await player(t);
    const bob = await player(t);
    const carol = await player(t);

    const sent = await alice.client.social.partyInvite(bob.name.toLowerCase());
    assert.equal(sent.characterId, bob.characterId);
    assert.equal(sent.characterName, bob.name);
    assert.ok(Math.abs(sent.expiresAtMs - (Date.now() + 60_000)) < 10_000);
    const invitation = await until(() => bob.invitations.at(-1), 'the invitation');
    assert.equal(invitation.kind, 'party');
    assert.equal(invitation.invitation.inviterName, alice.name);
    assert.equal(await bob.client.social.partyRespond(invitation.invitation.inviterCharacterId, true), true);

    await settle(alice, bob);
    for (const p of [alice, bob]) assert.deepEqual(party(p), [`*${alice.name}`, bob.name]);
    const seenByAlice = alice.parties.at(-1)?.members.find((m) => m.characterId === bob.characterId);
    assert.ok(seenByAlice);
    assert.ok((seenByAlice.maxHitPoints ?? 0) > 0 && seenByAlice.hitPoints === seenByAlice.maxHitPoints, 'bob’s health');
    assert.equal(seenByAlice.level, 1);
    assert.equal(seenByAlice.zone, 'meadow');

    await bob.client.chat(PARTY, 'for the party');
    await settle(alice, bob, carol);
    for (const p of [alice, bob]) assert.deepEqual(p.heard.map((m) => [m.channel, m.text]), [[PARTY, 'for the party']]);
    assert.equal(carol.heard.length, 0);
    await assert.rejects(carol.client.chat(PARTY, 'let me in'), isCode(ErrorCode.ERROR_CODE_NOT_IN_PARTY));

    await alice.client.social.partyInvite(carol.name);
    const toCarol = await until(() => carol.invitations.at(-1), 'carol’s invitation');
    assert.equal(toCarol.kind === 'party' && toCarol.invitation.memberCount, 2);
    assert.equal(await carol.client.social.partyRespond(alice.characterId, false), false);
    await assert.rejects(bob.client.social.partyKick(alice.characterId), isCode(ErrorCode.ERROR_CODE_PARTY_NOT_LEADER));
    await assert.rejects(alice.client.social.partyKick(carol.characterId), isCode(ErrorCode.ERROR_CODE_MEMBER_NOT_FOUND));

    await alice.client.social.partyKick(bob.characterId);
    await settle(alice, bob);
    assert.deepEqual(party(bob), []);
    assert.deepEqual(party(alice), [], 'a party of one is disbanded');
    await assert.rejects(alice.client.social.partyLeave(), isCode(ErrorCode.ERROR_CODE_NOT_IN_PARTY));
    for (const p of [alice, bob, carol]) p.client.close();
  });

  it('a dropped member shows offline and comes back on resume; leaving the world leaves the party', async () => {
    const alice = await player(t);
    const bob = await player(t);
    const carol = await player(t);
    for (const p of [bob, carol]) {
      await alice.client.social.partyInvite(p.name);
      await until(() => p.invitations.at(-1), 'the invitation');
      await p.client.social.partyRespond(alice.characterId, true);
    }
    await alice.client.social.partyPromote(bob.characterId);
    await settle(alice, bob, carol);
    assert.deepEqual(party(carol), [alice.name, `*${bob.name}`, carol.name]);

    bob.client.close();
    await until(() => party(alice)?.includes(`*${bob.name}(off)`), 'bob shown offline');
    const back = await t.connect();
    const recorded = listen(back);
    await back.resume(bob.resumeToken);
    await until(() => recorded.parties.at(-1)?.members.every((m) => m.online === true), 'the resumed session to get the party, all online');
    await back.chat(PARTY, 'back again');
    await settle(alice, carol);
    assert.equal(alice.heard.at(-1)?.text, 'back again');

    await carol.client.social.partyLeave();
    await settle(alice, carol);
    assert.deepEqual(party(carol), []);
    assert.deepEqual(party(alice), [alice.name, `*${bob.name}`]);
    await back.logout();
    await settle(alice);
    assert.deepEqual(party(alice), [], 'bob left the world, and a party of one is no party');
    for (const c of [alice.client, back, carol.client]) c.close();
  });

  it('party requests need a character in the world', async () => {
    const client = await t.connect();
    await assert.rejects(client.social.partyInvite('Someone'), isCode(ErrorCode.ERROR_CODE_NOT_AUTHENTICATED));
    const username = uniqueName();
    await client.register(username, 'correct horse');
    await client.login(username, 'correct horse');
    await assert.rejects(client.social.partyLeave(), isCode(ErrorCode.ERROR_CODE_NOT_IN_WORLD));
    await assert.rejects(client.social.guildCreate('No World Guild'), isCode(ErrorCode.ERROR_CODE_NOT_IN_WORLD));
    client.close();
  });
});

describe('guilds over real sockets', () => {
  it('create, invite, accept, promote, guild chat, kick, disband, and the guild survives a restart', async () => {
    const dataDir = tempDir();
    let t = await startTestServer({}, dataDir);
    let closed = false;
    try {
      const alice = await player(t);
      const bob = await player(t);
      const carol = await player(t);
      const guildName = `Order ${uniqueCharacterName().slice(4)}`.slice(0, 24);
      const created = await alice.client.social.guildCreate(guildName);
      assert.equal(created.name, guildName);
      await until(() => guild(alice)?.length === 1, 'the founder’s guild state');
      assert.deepEqual(guild(alice), [`${alice.name}:${MASTER}`]);
      await assert.rejects(bob.client.social.guildCreate(guildName.toUpperCase()), isCode(ErrorCode.ERROR_CODE_GUILD_NAME_TAKEN));
      await assert.rejects(bob.client.social.guildCreate('No'), isCode(ErrorCode.ERROR_CODE_GUILD_NAME_INVALID));

      await alice.client.social.guildInvite(bob.name);
      const invitation = await until(() => bob.invitations.at(-1), 'the guild invitation');
      assert.ok(invitation.kind === 'guild');
      assert.equal(invitation.invitation.guildName, guildName);
      assert.equal(invitation.invitation.guildId, created.guildId);
      assert.equal(await bob.client.social.guildRespond(created.guildId, true), true);
      await settle(alice, bob);
      for (const p of [alice, bob]) assert.deepEqual(guild(p), [`${alice.name}:${MASTER}`, `${bob.name}:${INITIATE}`]);

      await assert.rejects(bob.client.social.guildInvite(carol.name), isCode(ErrorCode.ERROR_CODE_GUILD_PERMISSION_DENIED));
      await alice.client.social.guildSetRank(bob.characterId, OFFICER);
      await bob.client.social.guildInvite(carol.name);
      await until(() => carol.invitations.at(-1), 'carol’s invitation');
      await carol.client.social.guildRespond(created.guildId, true);
      await settle(alice, bob, carol);
      assert.deepEqual(guild(carol), [`${alice.name}:${MASTER}`, `${bob.name}:${OFFICER}`, `${carol.name}:${INITIATE}`]);

      await carol.client.chat(GUILD, 'hello, guild');
      await settle(alice, bob, carol);
      for (const p of [alice, bob, carol]) assert.deepEqual(p.heard.map((m) => [m.channel, m.text]), [[GUILD, 'hello, guild']]);

      await assert.rejects(carol.client.social.guildKick(bob.characterId), isCode(ErrorCode.ERROR_CODE_GUILD_PERMISSION_DENIED));
      await bob.client.social.guildKick(carol.characterId);
      await settle(alice, carol);
      assert.equal(carol.guilds.at(-1)?.guildId, '');
      assert.deepEqual(guild(alice), [`${alice.name}:${MASTER}`, `${bob.name}:${OFFICER}`]);
      await assert.rejects(carol.client.chat(GUILD, 'still here?'), isCode(ErrorCode.ERROR_CODE_NOT_IN_GUILD));
      await assert.rejects(alice.client.social.guildLeave(), isCode(ErrorCode.ERROR_CODE_GUILD_MASTER_CANNOT_LEAVE));
      await assert.rejects(alice.client.deleteCharacter(alice.characterId), isCode(ErrorCode.ERROR_CODE_ALREADY_IN_WORLD));

      // Restart on the same data directory: the guild, its members and their ranks are still there.
      for (const p of [alice, bob, carol]) p.client.close();
      await t.server.stop();
      t = await startTestServer({}, dataDir);
      const alice2 = await player(t, alice);
      const bob2 = await player(t, bob);
      await until(() => guild(alice2)?.length === 2 && alice2.guilds.at(-1)?.members.every((m) => m.online === true), 'the reloaded guild, both online');
      assert.deepEqual(guild(alice2), [`${alice.name}:${MASTER}`, `${bob.name}:${OFFICER}`]);
      assert.equal(alice2.guilds.at(-1)?.guildId, created.guildId);
      assert.equal(alice2.guilds.at(-1)?.name, guildName);
      await bob2.client.chat(GUILD, 'we remain');
      await settle(alice2, bob2);
      assert.equal(alice2.heard.at(-1)?.text, 'we remain');

      await assert.rejects(bob2.client.social.guildDisband(), isCode(ErrorCode.ERROR_CODE_GUILD_PERMISSION_DENIED));
      await alice2.client.social.guildDisband();
      await settle(alice2, bob2);
      for (const p of [alice2, bob2]) assert.equal(p.guilds.at(-1)?.guildId, '');
      // The master's character may be deleted once the guild is gone.
      await alice2.client.logout();
      await alice2.client.login(alice.username, 'correct horse');
      await alice2.client.deleteCharacter(alice.characterId);
      for (const p of [alice2, bob2]) p.client.close();
      await t.close();
      closed = true;
    } finally {
      if (!closed) await t.close();
    }
  });

  it('a guild master’s character cannot be deleted', async () => {
    const t = await startTestServer();
    try {
      const alice = await player(t);
      await alice.client.social.guildCreate(`Keep ${uniqueCharacterName().slice(4)}`.slice(0, 24));
      await alice.client.logout();
      await alice.client.login(alice.username, 'correct horse');
      await assert.rejects(alice.client.deleteCharacter(alice.characterId), isCode(ErrorCode.ERROR_CODE_GUILD_MASTER_CANNOT_LEAVE));
      alice.client.close();
    } finally {
      await t.close();
    }
  });
});
