import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ChatChannel, decodeServerMessage, ErrorCode, serverPayload, v1 } from '@realmforge/protocol';
import type { ServerPayloads } from '@realmforge/protocol';
import { ChatService, SAY_RANGE_METRES } from '../../src/chat/chat-service.ts';
import type { ChatGroups, ChatLink } from '../../src/chat/chat-service.ts';
import { RequestError } from '../../src/session/request-error.ts';
import type { CharacterRecord } from '../../src/store/store.ts';
import type { PlayerEntity } from '../../src/world/player-entity.ts';
import { World } from '../../src/world/world.ts';
import { linkedZones } from '../helpers/test-maps.ts';

const { CHAT_CHANNEL_SAY: SAY, CHAT_CHANNEL_ZONE: ZONE, CHAT_CHANNEL_GLOBAL: GLOBAL, CHAT_CHANNEL_WHISPER: WHISPER } = ChatChannel;

/** A session as chat sees it, recording what it was sent. */
class FakeLink implements ChatLink {
  closed = false;
  readonly received: Uint8Array[] = [];

  deliverUnhurriedPush(bytes: Uint8Array): void {
    this.received.push(bytes);
  }

  /** The chat messages received, decoded. */
  messages(): ServerPayloads['chatMessage'][] {
    return this.received.map((bytes) => {
      const message = decodeServerMessage(bytes);
      assert.equal(message.requestId, 0, 'chat messages are pushes');
      const payload = serverPayload(message);
      assert.ok(payload?.kind === 'chatMessage');
      return payload.value;
    });
  }
}

/** A small world (zones alpha and beta, 128 m square) with a chat service on a settable clock. */
class Fixture {
  readonly world = new World(linkedZones(), { tickRateHz: 20, viewRadius: 50, hysteresis: 5, cellSize: 10, seed: 1, startZone: 'alpha' });
  readonly links = new Map<string, FakeLink>();
  now = 1_700_000_000_000;
  readonly chat: ChatService;
  #next = 0;

  constructor(options: { burst?: number; perSecond?: number; groups?: ChatGroups } = {}) {
    this.chat = new ChatService(this.world, (player) => this.links.get(player.id), {
      burst: options.burst ?? 5,
      perSecond: options.perSecond ?? 1,
      now: () => this.now,
      ...(options.groups === undefined ? {} : { groups: options.groups }),
    });
  }

  /** Puts a connected character in the world. */
  add(name: string, zone: string, x: number, y: number): { player: PlayerEntity; link: FakeLink } {
    this.#next++;
    const record: CharacterRecord = {
      id: `C${this.#next}`, accountId: `A${this.#next}`, name, classId: 1, level: 1, experience: 0, zone, x, y, hitPoints: 100, maxHitPoints: 100, resource: -1, cooldowns: {}, createdAt: 0,
    };
    const link = new FakeLink();
    const player = this.world.enter(record, undefined);
    assert.equal(player.x, x, 'placed where asked (not inside a wall)');
    this.links.set(player.id, link);
    return { player, link };
  }
}

function ids(players: readonly PlayerEntity[]): string[] {
  return players.map((p) => p.name).sort();
}

/** The code of the RequestError fn throws. */
function refusal(fn: () => unknown): { code: ErrorCode; message: string } {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof RequestError, String(error));
    return { code: error.code, message: error.message };
  }
  throw new Error('expected a refusal');
}

describe('chat routing', () => {
  interface Member {
    readonly player: PlayerEntity;
    readonly link: FakeLink;
  }

  function populated(): Fixture & { cast: { alice: Member; near: Member; edge: Member; far: Member; other: Member } } {
    const f = new Fixture();
    const cast = {
      alice: f.add('Alice', 'alpha', 20, 20),
      near: f.add('Nearby', 'alpha', 20 + 29.9, 20),
      edge: f.add('Edge', 'alpha', 20, 20 + SAY_RANGE_METRES),
      far: f.add('Faraway', 'alpha', 20 + 30.1, 20),
      other: f.add('Betty', 'beta', 20, 20),
    };
    return Object.assign(f, { cast });
  }

  it('SAY reaches players within 30 m in the same zone, the sender included', () => {
    const f = populated();
    assert.deepEqual(ids(f.chat.recipients(f.cast.alice.player, SAY)), ['Alice', 'Edge', 'Nearby']);
    // Beta's player at the same coordinates is in another zone.
    assert.deepEqual(ids(f.chat.recipients(f.cast.other.player, SAY)), ['Betty']);
  });

  it('SAY follows positions as players move', () => {
    const f = populated();
    const zone = f.world.zones.get('alpha');
    assert.ok(zone);
    zone.moveEntity(f.cast.far.player, 25, 25);
    zone.moveEntity(f.cast.near.player, 100, 100);
    assert.deepEqual(ids(f.chat.recipients(f.cast.alice.player, SAY)), ['Alice', 'Edge', 'Faraway']);
  });

  it('SAY equals the brute-force set of players within range (property)', () => {
    const point = fc.record({ x: fc.double({ min: 3, max: 125, noNaN: true }), y: fc.double({ min: 3, max: 125, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 30 }), (points) => {
        const f = new Fixture();
        const players = points.map((p, i) => f.add(`P${String.fromCharCode(97 + (i % 26))}${i}`, 'alpha', p.x, p.y).player);
        for (const sender of players) {
          const expected = players.filter((p) => Math.hypot(p.x - sender.x, p.y - sender.y) <= SAY_RANGE_METRES);
          assert.deepEqual(ids(f.chat.recipients(sender, SAY)), ids(expected));
        }
      }),
      { numRuns: 50 },
    );
  });

  it('ZONE reaches the sender zone, GLOBAL the whole world', () => {
    const f = populated();
    assert.deepEqual(ids(f.chat.recipients(f.cast.alice.player, ZONE)), ['Alice', 'Edge', 'Faraway', 'Nearby']);
    assert.deepEqual(ids(f.chat.recipients(f.cast.other.player, ZONE)), ['Betty']);
    assert.deepEqual(ids(f.chat.recipients(f.cast.other.player, GLOBAL)), ['Alice', 'Betty', 'Edge', 'Faraway', 'Nearby']);
  });

  it('WHISPER reaches the named character in any zone, by name in any case, plus the sender', () => {
    const f = populated();
    assert.deepEqual(f.chat.recipients(f.cast.alice.player, WHISPER, 'bETTY').map((p) => p.name), ['Betty', 'Alice']);
  });

  it('WHISPER finds a character by name after it changed zones, and not after it left', () => {
    const f = populated();
    const traveller = f.add('Traveller', 'alpha', 105, 64);
    f.world.queueInput(traveller.player, { sequence: 1, directionX: 0, directionY: 0, targetX: 112, targetY: 64 });
    for (let i = 0; i < 100 && f.world.get(traveller.player.id)?.zone !== 'beta'; i++) f.world.step();
    const moved = f.world.get(traveller.player.id);
    assert.equal(moved?.zone, 'beta');
    assert.notEqual(moved, traveller.player, 'a new entity in the new zone');
    assert.equal(f.chat.recipients(f.cast.alice.player, WHISPER, 'traveller')[0], moved);
    assert.deepEqual(ids(f.chat.recipients(f.cast.other.player, ZONE)), ['Betty', 'Traveller']);
    f.world.leave(traveller.player.id);
    assert.equal(refusal(() => f.chat.recipients(f.cast.alice.player, WHISPER, 'Traveller')).code, ErrorCode.ERROR_CODE_CHAT_RECIPIENT_OFFLINE);
  });

  it('WHISPER to an unknown name, a player in the grace period or a closing connection is refused as offline', () => {
    const f = populated();
    assert.deepEqual(refusal(() => f.chat.recipients(f.cast.alice.player, WHISPER, 'Nobody')), {
      code: ErrorCode.ERROR_CODE_CHAT_RECIPIENT_OFFLINE,
      message: 'no character named "Nobody" is online',
    });
    assert.equal(refusal(() => f.chat.recipients(f.cast.alice.player, WHISPER, 'x'.repeat(500))).message, 'no character by that name is online');
    f.links.delete(f.cast.other.player.id); // dropped: in the world, no session
    assert.equal(refusal(() => f.chat.recipients(f.cast.alice.player, WHISPER, 'Betty')).code, ErrorCode.ERROR_CODE_CHAT_RECIPIENT_OFFLINE);
    f.cast.near.link.closed = true;
    assert.equal(refusal(() => f.chat.recipients(f.cast.alice.player, WHISPER, 'Nearby')).code, ErrorCode.ERROR_CODE_CHAT_RECIPIENT_OFFLINE);
  });
});

describe('chat delivery', () => {
  it('encodes a message once and queues the same bytes on every recipient, skipping players without a session', () => {
    const f = new Fixture();
    const a = f.add('Alice', 'alpha', 20, 20);
    const b = f.add('Bob', 'alpha', 30, 20);
    const c = f.add('Carol', 'beta', 30, 20);
    const dropped = f.add('Dora', 'alpha', 25, 20);
    f.links.delete(dropped.player.id);
    const result = f.chat.send(a.player, GLOBAL, '  hello, world  ');
    assert.deepEqual(result, { text: 'hello, world', delivered: 3 });
    const [bytes] = a.link.received;
    assert.ok(bytes);
    assert.equal(b.link.received[0], bytes, 'the very same buffer');
    assert.equal(c.link.received[0], bytes);
    const [message] = b.link.messages();
    assert.deepEqual(
      { channel: message?.channel, senderName: message?.senderName, senderCharacterId: message?.senderCharacterId, text: message?.text, sentAtMs: message?.sentAtMs, recipientName: message?.recipientName },
      { channel: GLOBAL, senderName: 'Alice', senderCharacterId: a.player.id, text: 'hello, world', sentAtMs: f.now, recipientName: '' },
    );
  });

  it('SAY and ZONE deliver only to their sets', () => {
    const f = new Fixture();
    const a = f.add('Alice', 'alpha', 20, 20);
    const near = f.add('Bob', 'alpha', 40, 20);
    const far = f.add('Carol', 'alpha', 100, 100);
    const beta = f.add('Dora', 'beta', 20, 20);
    f.chat.send(a.player, SAY, 'psst');
    assert.deepEqual([a, near, far, beta].map((p) => p.link.received.length), [1, 1, 0, 0]);
    f.chat.send(a.player, ZONE, 'hear ye');
    assert.deepEqual([a, near, far, beta].map((p) => p.link.received.length), [2, 2, 1, 0]);
    assert.equal(far.link.messages()[0]?.channel, ZONE);
  });

  it('a whisper reaches exactly the recipient, and the sender gets the echo; both name the recipient', () => {
    const f = new Fixture();
    const a = f.add('Alice', 'alpha', 20, 20);
    const b = f.add('Bob', 'beta', 20, 20);
    const c = f.add('Carol', 'alpha', 21, 20);
    assert.equal(f.chat.send(a.player, WHISPER, 'meet me at the bridge', ' bob ').delivered, 2);
    assert.equal(c.link.received.length, 0);
    for (const link of [a.link, b.link]) {
      const [message] = link.messages();
      assert.equal(message?.channel, WHISPER);
      assert.equal(message.text, 'meet me at the bridge');
      assert.equal(message.senderName, 'Alice');
      assert.equal(message.recipientName, 'Bob');
    }
  });

  it('refuses whispers without a recipient or to oneself', () => {
    const f = new Fixture();
    const a = f.add('Alice', 'alpha', 20, 20);
    assert.deepEqual(refusal(() => f.chat.send(a.player, WHISPER, 'hi', '')), { code: ErrorCode.ERROR_CODE_INVALID_ARGUMENT, message: 'a whisper needs a recipient name' });
    assert.deepEqual(refusal(() => f.chat.send(a.player, WHISPER, 'hi', 'ALICE')), { code: ErrorCode.ERROR_CODE_INVALID_ARGUMENT, message: 'you cannot whisper to yourself' });
    assert.equal(a.link.received.length, 0);
  });

  it('refuses the unspecified channel, and party, guild and unknown channels as unavailable', () => {
    const f = new Fixture();
    const a = f.add('Alice', 'alpha', 20, 20);
    assert.equal(refusal(() => f.chat.send(a.player, ChatChannel.CHAT_CHANNEL_UNSPECIFIED, 'hi')).code, ErrorCode.ERROR_CODE_INVALID_ARGUMENT);
    assert.deepEqual(refusal(() => f.chat.send(a.player, ChatChannel.CHAT_CHANNEL_PARTY, 'hi')), {
      code: ErrorCode.ERROR_CODE_CHAT_CHANNEL_UNAVAILABLE,
      message: 'party chat is not available: this server runs without parties',
    });
    assert.match(refusal(() => f.chat.send(a.player, ChatChannel.CHAT_CHANNEL_GUILD, 'hi')).message, /guild chat is not available/);
    // A channel number from a newer schema, as the decoder would hand it over (proto3 enums are open).
    const unknown = v1.SendChat.decode(Uint8Array.of(0x08, 99)).channel;
    assert.equal(unknown, 99);
    assert.equal(refusal(() => f.chat.send(a.player, unknown, 'hi')).code, ErrorCode.ERROR_CODE_CHAT_CHANNEL_UNAVAILABLE);
    assert.equal(refusal(() => f.chat.recipients(a.player, ChatChannel.CHAT_CHANNEL_PARTY)).code, ErrorCode.ERROR_CODE_CHAT_CHANNEL_UNAVAILABLE);
    assert.equal(a.link.received.length, 0);
  });

  it('routes PARTY and GUILD to the groups the service is given, without a token for non-members', () => {
    const party = new Map<string, PlayerEntity[]>();
    const guild = new Map<string, PlayerEntity[]>();
    const f = new Fixture({
      burst: 2,
      groups: { partyOf: (player) => party.get(player.id), guildOf: (player) => guild.get(player.id) },
    });
    const a = f.add('Alice', 'alpha', 20, 20);
    const b = f.add('Bob', 'beta', 20, 20);
    const c = f.add('Carol', 'alpha', 22, 20);
    // Not in a party or guild: refused, and no token taken.
    for (let i = 0; i < 3; i++) {
      assert.deepEqual(refusal(() => f.chat.send(a.player, ChatChannel.CHAT_CHANNEL_PARTY, 'hi')), { code: ErrorCode.ERROR_CODE_NOT_IN_PARTY, message: 'you are not in a party' });
      assert.equal(refusal(() => f.chat.send(a.player, ChatChannel.CHAT_CHANNEL_GUILD, 'hi')).code, ErrorCode.ERROR_CODE_NOT_IN_GUILD);
    }
    party.set(a.player.id, [a.player, b.player]);
    guild.set(a.player.id, [a.player, c.player]);
    assert.deepEqual(ids(f.chat.recipients(a.player, ChatChannel.CHAT_CHANNEL_PARTY)), ['Alice', 'Bob']);
    assert.equal(f.chat.send(a.player, ChatChannel.CHAT_CHANNEL_PARTY, 'to the party').delivered, 2);
    assert.equal(f.chat.send(a.player, ChatChannel.CHAT_CHANNEL_GUILD, 'to the guild').delivered, 2);
    assert.deepEqual(b.link.messages().map((m) => [m.channel, m.text]), [[ChatChannel.CHAT_CHANNEL_PARTY, 'to the party']]);
    assert.deepEqual(c.link.messages().map((m) => [m.channel, m.text]), [[ChatChannel.CHAT_CHANNEL_GUILD, 'to the guild']]);
    assert.equal(a.link.messages().length, 2, 'the sender hears itself');
    assert.equal(refusal(() => f.chat.send(a.player, ChatChannel.CHAT_CHANNEL_PARTY, 'third')).code, ErrorCode.ERROR_CODE_RATE_LIMITED);
  });

  it('refuses invalid text with CHAT_TEXT_INVALID', () => {
    const f = new Fixture();
    const a = f.add('Alice', 'alpha', 20, 20);
    assert.equal(refusal(() => f.chat.send(a.player, SAY, 'two\nlines')).code, ErrorCode.ERROR_CODE_CHAT_TEXT_INVALID);
    assert.equal(refusal(() => f.chat.send(a.player, SAY, '   ')).code, ErrorCode.ERROR_CODE_CHAT_TEXT_INVALID);
  });
});

describe('chat rate limit', () => {
  it('allows the burst, then refuses with RATE_LIMITED until the bucket refills', () => {
    const f = new Fixture({ burst: 5, perSecond: 1 });
    const a = f.add('Alice', 'alpha', 20, 20);
    const b = f.add('Bob', 'alpha', 21, 20);
    for (let i = 0; i < 5; i++) f.chat.send(a.player, SAY, `message ${i}`);
    assert.deepEqual(refusal(() => f.chat.send(a.player, SAY, 'one too many')), {
      code: ErrorCode.ERROR_CODE_RATE_LIMITED,
      message: 'too many chat messages; you can send again in 1.0 s',
    });
    assert.equal(b.link.received.length, 5, 'the refused message reached nobody');
    f.chat.send(b.player, SAY, 'others are not limited by Alice');
    f.now += 1000;
    f.chat.send(a.player, SAY, 'one more after a second');
    assert.equal(refusal(() => f.chat.send(a.player, SAY, 'but not two')).code, ErrorCode.ERROR_CODE_RATE_LIMITED);
  });

  it('takes no token for messages refused by earlier rules, but does for an offline whisper', () => {
    const f = new Fixture({ burst: 1, perSecond: 1 });
    const a = f.add('Alice', 'alpha', 20, 20);
    refusal(() => f.chat.send(a.player, SAY, ''));
    refusal(() => f.chat.send(a.player, ChatChannel.CHAT_CHANNEL_PARTY, 'x'));
    f.chat.mute(a.player.accountId, f.now + 1000);
    refusal(() => f.chat.send(a.player, SAY, 'muted'));
    f.chat.unmute(a.player.accountId);
    assert.equal(refusal(() => f.chat.send(a.player, WHISPER, 'hi', 'Nobody')).code, ErrorCode.ERROR_CODE_CHAT_RECIPIENT_OFFLINE);
    assert.equal(refusal(() => f.chat.send(a.player, SAY, 'hi')).code, ErrorCode.ERROR_CODE_RATE_LIMITED);
  });

  it('is per account, so switching characters does not reset it', () => {
    const f = new Fixture({ burst: 1, perSecond: 1 });
    const a = f.add('Alice', 'alpha', 20, 20);
    f.chat.send(a.player, SAY, 'hi');
    f.world.leave(a.player.id);
    const alt = f.world.enter({ id: 'ALT', accountId: a.player.accountId, name: 'Altchar', classId: 1, level: 1, experience: 0, zone: 'alpha', x: 20, y: 20, hitPoints: 1, maxHitPoints: 1, resource: -1, cooldowns: {}, createdAt: 0 }, undefined);
    f.links.set(alt.id, new FakeLink());
    assert.equal(refusal(() => f.chat.send(alt, SAY, 'hi again')).code, ErrorCode.ERROR_CODE_RATE_LIMITED);
  });
});

describe('chat mutes', () => {
  it('refuse a muted account with the time left, and end on their own at expiry', () => {
    const f = new Fixture();
    const a = f.add('Alice', 'alpha', 20, 20);
    const b = f.add('Bob', 'alpha', 21, 20);
    f.chat.mute(a.player.accountId, f.now + 42_000);
    assert.equal(f.chat.mutedUntil(a.player.accountId), f.now + 42_000);
    assert.deepEqual(refusal(() => f.chat.send(a.player, SAY, 'hi')), { code: ErrorCode.ERROR_CODE_CHAT_MUTED, message: 'you are muted for another 42 s' });
    f.now += 41_500;
    assert.equal(refusal(() => f.chat.send(a.player, WHISPER, 'hi', 'Bob')).message, 'you are muted for another 1 s');
    f.chat.send(b.player, SAY, 'Bob is not muted');
    f.now += 500;
    assert.equal(f.chat.mutedUntil(a.player.accountId), undefined);
    f.chat.send(a.player, SAY, 'free again');
    assert.equal(b.link.received.length, 2);
  });

  it('say long mutes in minutes and hours', () => {
    const f = new Fixture();
    const a = f.add('Alice', 'alpha', 20, 20);
    f.chat.mute(a.player.accountId, f.now + 10 * 60_000);
    assert.match(refusal(() => f.chat.send(a.player, SAY, 'hi')).message, /another 10 min$/);
    f.chat.mute(a.player.accountId, f.now + 24 * 3_600_000);
    assert.match(refusal(() => f.chat.send(a.player, SAY, 'hi')).message, /another 24 h$/);
  });

  it('can be lifted, and a mute that ends in the past is no mute', () => {
    const f = new Fixture();
    const a = f.add('Alice', 'alpha', 20, 20);
    f.chat.mute(a.player.accountId, f.now + 60_000);
    assert.equal(f.chat.unmute(a.player.accountId), true);
    assert.equal(f.chat.unmute(a.player.accountId), false);
    f.chat.send(a.player, SAY, 'unmuted');
    f.chat.mute(a.player.accountId, f.now - 1);
    assert.equal(f.chat.mutedUntil(a.player.accountId), undefined);
    f.chat.send(a.player, SAY, 'never muted');
    assert.equal(a.link.received.length, 2);
  });
});
