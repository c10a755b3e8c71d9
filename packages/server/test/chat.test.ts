import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import type { ChatMessage, GameClient } from '@realmforge/client';
import { ServerError } from '@realmforge/client';
import { ChatChannel, ErrorCode, v1 } from '@realmforge/protocol';
import { openStore } from '../src/store/open-store.ts';
import { PLAYER_RADIUS } from '../src/world/entity.ts';
import { loadWorldContent } from '../src/world/map/tiled-map.ts';
import type { ZoneMap } from '../src/world/map/zone-map.ts';
import { startTestServer, uniqueCharacterName, uniqueName } from './helpers/test-server.ts';
import type { TestServer } from './helpers/test-server.ts';

const { CHAT_CHANNEL_SAY: SAY, CHAT_CHANNEL_ZONE: ZONE, CHAT_CHANNEL_GLOBAL: GLOBAL, CHAT_CHANNEL_WHISPER: WHISPER } = ChatChannel;

/** A player in the world over a real socket, with every chat message it heard. */
interface Chatter {
  readonly client: GameClient;
  readonly accountId: string;
  readonly characterId: string;
  readonly name: string;
  readonly resumeToken: string;
  readonly heard: ChatMessage[];
}

interface Place {
  readonly zone: string;
  readonly x: number;
  readonly y: number;
}

function isCode(code: ErrorCode): (error: unknown) => boolean {
  return (error) => error instanceof ServerError && error.code === code && !error.fatal;
}

/** A collision-free point of a map between `min` and `max` metres from its default spawn. */
function freeSpotAway(map: ZoneMap, min: number, max: number): Place {
  const spawn = map.spawnPoints.get('default');
  assert.ok(spawn);
  for (let distance = min; distance <= max; distance += 5) {
    for (let step = 0; step < 16; step++) {
      const angle = (step / 16) * 2 * Math.PI;
      const x = spawn.x + distance * Math.cos(angle);
      const y = spawn.y + distance * Math.sin(angle);
      if (x > 1 && y > 1 && x < map.width - 1 && y < map.height - 1 && map.collision.isFree(x, y, PLAYER_RADIUS)) return { zone: map.id, x, y };
    }
  }
  throw new Error(`no free spot ${min}-${max} m from ${map.id}'s spawn`);
}

describe('chat over real sockets', () => {
  let t: TestServer;
  let maps: Map<string, ZoneMap>;
  before(async () => {
    t = await startTestServer();
    maps = await loadWorldContent(t.server.config.contentDir);
  });
  after(() => t.close());

  /**
   * Registers, creates a character, optionally saves it at a chosen place (through a second
   * connection to the server's database, as an earlier session's save would have), and
   * enters the world.
   */
  async function chatter(place?: Place, transport: 'tcp' | 'ws' = 'tcp'): Promise<Chatter> {
    const client = await t.connect(transport);
    const username = uniqueName();
    const accountId = await client.register(username, 'correct horse');
    const { resumeToken } = await client.login(username, 'correct horse');
    const { character } = await client.createCharacter(uniqueCharacterName());
    assert.ok(character?.id && character.name);
    if (place !== undefined) {
      const store = await openStore({ dataDir: t.dataDir });
      try {
        await store.saveCharacters([{ id: character.id, level: 1, experience: 0, zone: place.zone, x: place.x, y: place.y, hitPoints: character.hitPoints ?? 1, maxHitPoints: character.maxHitPoints ?? 1, resource: -1, cooldowns: {} }]);
      } finally {
        await store.close();
      }
    }
    const entered = await client.enterWorld(character.id);
    if (place !== undefined) {
      assert.equal(entered.character?.zone, place.zone);
      assert.ok(Math.abs((entered.character.position?.x ?? 0) - place.x) < 0.01, 'entered where it was placed');
    }
    const heard: ChatMessage[] = [];
    client.onChat((message) => heard.push(message));
    return { client, accountId, characterId: character.id, name: character.name, resumeToken, heard };
  }

  /**
   * Waits until everything the server queued for these clients before now has arrived: a ping
   * answer is queued after any chat push sent before it, on the same connection.
   */
  async function settle(...chatters: Chatter[]): Promise<void> {
    await Promise.all(chatters.map((c) => c.client.ping()));
  }

  function counts(...chatters: Chatter[]): number[] {
    return chatters.map((c) => c.heard.length);
  }

  it('SAY reaches players nearby and not a far one or another zone; ZONE and GLOBAL reach their sets', async () => {
    const meadow = maps.get('meadow');
    const ironwood = maps.get('ironwood');
    assert.ok(meadow && ironwood);
    const a = await chatter();
    const b = await chatter(undefined, 'ws');
    const far = await chatter(freeSpotAway(meadow, 40, 200));
    const elsewhere = await chatter(freeSpotAway(ironwood, 0, 50));

    await a.client.chat(SAY, '  hello, neighbours  ');
    // Others' copies may wait for a write to share; the sender's own goes with its ChatSent, before it.
    assert.equal(a.heard.length, 1, 'the sender heard itself by the time ChatSent came');
    await settle(a, b, far, elsewhere);
    assert.deepEqual(counts(a, b, far, elsewhere), [1, 1, 0, 0]);
    const heard = b.heard[0];
    assert.ok(heard);
    assert.equal(heard.channel, SAY);
    assert.equal(heard.text, 'hello, neighbours');
    assert.equal(heard.senderName, a.name);
    assert.equal(heard.senderCharacterId, a.characterId);
    assert.equal(heard.recipientName, '');
    assert.ok(Math.abs(heard.sentAtMs - Date.now()) < 10_000);
    assert.deepEqual(a.heard[0], heard, 'the sender hears itself');

    await a.client.chat(ZONE, 'hear ye, meadow');
    await settle(a, b, far, elsewhere);
    assert.deepEqual(counts(a, b, far, elsewhere), [2, 2, 1, 0]);
    assert.equal(far.heard[0]?.channel, ZONE);

    await elsewhere.client.chat(GLOBAL, 'hello, world');
    await settle(a, b, far, elsewhere);
    assert.deepEqual(counts(a, b, far, elsewhere), [3, 3, 2, 1]);
    assert.ok([a, b, far, elsewhere].every((c) => c.heard.at(-1)?.text === 'hello, world' && c.heard.at(-1)?.channel === GLOBAL));
    for (const c of [a, b, far, elsewhere]) c.client.close();
  });

  it('a whisper reaches exactly the recipient, by name in any case, and echoes to the sender', async () => {
    const a = await chatter();
    const b = await chatter();
    const c = await chatter();
    await a.client.chat(WHISPER, 'meet me at the bridge', c.name.toUpperCase());
    await settle(a, b, c);
    assert.deepEqual(counts(a, b, c), [1, 0, 1]);
    for (const message of [a.heard[0], c.heard[0]]) {
      assert.equal(message?.channel, WHISPER);
      assert.equal(message.text, 'meet me at the bridge');
      assert.equal(message.senderName, a.name);
      assert.equal(message.recipientName, c.name);
    }
    await assert.rejects(a.client.chat(WHISPER, 'talking to myself', a.name), isCode(ErrorCode.ERROR_CODE_INVALID_ARGUMENT));
    for (const x of [a, b, c]) x.client.close();
  });

  it('a whisper to someone offline, or dropped and inside the grace period, is refused until they resume', async () => {
    const a = await chatter();
    const b = await chatter();
    await assert.rejects(a.client.chat(WHISPER, 'anyone?', 'Nobodyhere'), isCode(ErrorCode.ERROR_CODE_CHAT_RECIPIENT_OFFLINE));
    const sessions = t.server.sessionCount;
    b.client.close();
    for (let i = 0; i < 200 && t.server.sessionCount >= sessions; i++) await sleep(10);
    assert.equal(t.server.sessionCount, sessions - 1);
    // b's character is still in the world (grace period), but nobody is there to read.
    await assert.rejects(a.client.chat(WHISPER, 'are you there?', b.name), isCode(ErrorCode.ERROR_CODE_CHAT_RECIPIENT_OFFLINE));
    const back = await t.connect();
    const resumed = await back.resume(b.resumeToken);
    assert.equal(resumed.character?.id, b.characterId);
    const heard: ChatMessage[] = [];
    back.onChat((message) => heard.push(message));
    await a.client.chat(WHISPER, 'welcome back', b.name);
    await back.ping();
    assert.deepEqual(heard.map((m) => m.text), ['welcome back']);
    a.client.close();
    back.close();
  });

  it('more messages than the rate limit allows are refused with RATE_LIMITED; the session carries on', async () => {
    const a = await chatter();
    const b = await chatter();
    for (let i = 0; i < 5; i++) await a.client.chat(SAY, `spam ${i}`);
    await assert.rejects(a.client.chat(SAY, 'spam 5'), (error) => isCode(ErrorCode.ERROR_CODE_RATE_LIMITED)(error) && /send again in/.test((error as Error).message));
    await settle(a, b);
    assert.equal(b.heard.filter((m) => m.senderName === a.name).length, 5);
    await b.client.chat(SAY, 'the limit is per player');
    a.client.close();
    b.client.close();
  });

  it('a muted player is refused with CHAT_MUTED and the time left, until unmuted', async () => {
    const chat = t.server.chat;
    assert.ok(chat);
    const a = await chatter();
    chat.mute(a.accountId, Date.now() + 90_000);
    await assert.rejects(a.client.chat(SAY, 'let me speak'), (error) => isCode(ErrorCode.ERROR_CODE_CHAT_MUTED)(error) && /muted for another (89|90) s/.test((error as Error).message));
    assert.equal(chat.unmute(a.accountId), true);
    await a.client.chat(SAY, 'thank you');
    a.client.close();
  });

  it('chat needs a character in the world, a known channel and valid text', async () => {
    const client = await t.connect();
    await assert.rejects(client.chat(SAY, 'hi'), isCode(ErrorCode.ERROR_CODE_NOT_AUTHENTICATED));
    const username = uniqueName();
    await client.register(username, 'correct horse');
    await client.login(username, 'correct horse');
    await assert.rejects(client.chat(SAY, 'hi'), isCode(ErrorCode.ERROR_CODE_NOT_IN_WORLD));
    client.close();

    const a = await chatter();
    await assert.rejects(a.client.chat(ChatChannel.CHAT_CHANNEL_PARTY, 'hi'), isCode(ErrorCode.ERROR_CODE_NOT_IN_PARTY));
    await assert.rejects(a.client.chat(ChatChannel.CHAT_CHANNEL_GUILD, 'hi'), isCode(ErrorCode.ERROR_CODE_NOT_IN_GUILD));
    await assert.rejects(a.client.chat(v1.SendChat.decode(Uint8Array.of(0x08, 99)).channel, 'hi'), isCode(ErrorCode.ERROR_CODE_CHAT_CHANNEL_UNAVAILABLE));
    await assert.rejects(a.client.chat(ChatChannel.CHAT_CHANNEL_UNSPECIFIED, 'hi'), isCode(ErrorCode.ERROR_CODE_INVALID_ARGUMENT));
    await assert.rejects(a.client.chat(SAY, 'ring \u0007 the bell'), isCode(ErrorCode.ERROR_CODE_CHAT_TEXT_INVALID));
    await assert.rejects(a.client.chat(SAY, 'x'.repeat(256)), isCode(ErrorCode.ERROR_CODE_CHAT_TEXT_INVALID));
    await settle(a);
    assert.equal(a.heard.length, 0);
    a.client.close();
  });
});
