/**
 * Sanctions end to end over real sockets: a cheater's detections add up to a warning, a chat
 * mute, a kick and a persisted ban; the banned account cannot log in until the ban is lifted
 * or ends; every step is in the audit log.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ChatChannel, ErrorCode, SanctionKind } from '@realmforge/protocol';
import type { ServerMessage } from '@realmforge/protocol';
import type { GameClient } from '@realmforge/client/node';
import { playerInWorld, startTestServer } from '../helpers/test-server.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { accountIdOf, auditOf, moderationOf, until } from './cheat-kit.ts';

const PASSWORD = 'correct horse';

describe('sanctions', () => {
  let t: TestServer;
  before(async () => {
    // Each replayed input adds 4 (less what decayed meanwhile): warn at the 1st, mute at the
    // 2nd, kick at the 3rd, ban at the 4th.
    t = await startTestServer({
      anticheatWeights: { sequence_replay: 4 },
      anticheatWarnAt: 3,
      anticheatMuteAt: 7,
      anticheatKickAt: 11,
      anticheatBanAt: 15,
      anticheatReportIntervalMs: 0,
      anticheatBanMs: 60_000,
    });
  });
  after(async () => {
    await t.close();
  });

  function notices(client: GameClient): ServerMessage[] {
    const seen: ServerMessage[] = [];
    client.onPush((message) => {
      if (message.sanctionNotice != null || message.disconnect != null) seen.push(message);
    });
    return seen;
  }

  function replay(client: GameClient, sequence: number): void {
    client.send({ moveInput: { sequence, directionX: 0, directionY: 0, clientTimeMs: Date.now() } });
  }

  it('warns, mutes, kicks and bans as suspicion grows; the ban holds across logins until lifted or over', async () => {
    const client = await t.connect();
    const { username } = await playerInWorld(client);
    const accountId = await accountIdOf(t.server, username);
    const seen = notices(client);
    replay(client, 7);
    await until(() => client.world.ackSequence === 7, 'first input applied');

    replay(client, 7);
    await until(() => seen.length === 1, 'a warning');
    assert.equal(seen[0]?.sanctionNotice?.kind, SanctionKind.SANCTION_KIND_WARN);

    replay(client, 7);
    await until(() => seen.length === 2, 'a mute');
    const mute = seen[1]?.sanctionNotice;
    assert.ok(mute != null);
    assert.equal(mute.kind, SanctionKind.SANCTION_KIND_MUTE);
    assert.ok(Number(mute.untilMs) > Date.now(), 'the mute ends in the future');
    await assert.rejects(client.chat(ChatChannel.CHAT_CHANNEL_SAY, 'hello'), (e: { code?: number }) => e.code === ErrorCode.ERROR_CODE_CHAT_MUTED);

    replay(client, 7);
    const closed = await client.closed;
    assert.equal(closed?.code, ErrorCode.ERROR_CODE_KICKED);
    assert.equal(seen[2]?.sanctionNotice?.kind, SanctionKind.SANCTION_KIND_KICK);

    // Back in after the kick, the cheater keeps at it and is banned.
    const again = await t.connect();
    const seenAgain = notices(again);
    await again.login(username, PASSWORD);
    const characters = await again.listCharacters();
    await again.enterWorld(characters[0]?.id ?? '');
    replay(again, 1);
    await until(() => again.world.ackSequence === 1, 'input applied after the kick');
    replay(again, 1);
    const banned = await again.closed;
    assert.equal(banned?.code, ErrorCode.ERROR_CODE_ACCOUNT_BANNED);
    assert.equal(seenAgain.find((m) => m.sanctionNotice != null)?.sanctionNotice?.kind, SanctionKind.SANCTION_KIND_BAN);

    const moderation = moderationOf(t.server);
    const bans = await moderation.activeBans();
    assert.deepEqual(bans.map((b) => [b.accountId, b.createdBy]), [[accountId, 'anticheat']]);

    const refused = await t.connect();
    await assert.rejects(refused.login(username, PASSWORD), (e: { code?: number; message?: string }) => e.code === ErrorCode.ERROR_CODE_ACCOUNT_BANNED && /banned until/.test(e.message ?? ''));

    assert.equal(await moderation.liftBan(accountId, 'op:test'), 1);
    await refused.login(username, PASSWORD);
    refused.close();

    // An operator's short ban ends by itself.
    await moderation.ban(accountId, 800, 'cooling off', 'op:test');
    const during = await t.connect();
    await assert.rejects(during.login(username, PASSWORD), (e: { code?: number }) => e.code === ErrorCode.ERROR_CODE_ACCOUNT_BANNED);
    await sleep(900);
    await during.login(username, PASSWORD);
    during.close();

    const audit = await auditOf(t.server, accountId);
    const sanctions = audit.filter((e) => e.kind === 'sanction').map((e) => e.name).reverse();
    assert.deepEqual(sanctions, ['warn', 'mute', 'kick', 'ban', 'unban', 'ban']);
    const detections = audit.filter((e) => e.kind === 'detection');
    assert.equal(detections.length, 4);
    assert.ok(detections.every((e) => e.name === 'sequence_replay' && /MoveInput sequence/.test(e.sent) && e.actor === 'anticheat'));
  });

  it('an impossible action reported by any feature counts: moving outside the world', async () => {
    const client = await t.connect();
    const { username } = await playerInWorld(client);
    const accountId = await accountIdOf(t.server, username);
    await client.logout();
    await client.login(username, PASSWORD);
    await assert.rejects(client.request({ moveInput: { sequence: 1, directionX: 1, directionY: 0 } }), (e: { code?: number }) => e.code === ErrorCode.ERROR_CODE_NOT_IN_WORLD);
    await until(async () => (await auditOf(t.server, accountId)).some((e) => e.name === 'impossible_action'), 'impossible_action recorded');
    const entry = (await auditOf(t.server, accountId)).find((e) => e.name === 'impossible_action');
    assert.match(entry?.sent ?? '', /^moveInput /);
    assert.match(entry?.expected ?? '', /NOT_IN_WORLD/);
    client.close();
  });
});
