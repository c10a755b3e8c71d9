import assert from 'node:assert/strict';
import { createSocket } from 'node:dgram';
import type { Socket } from 'node:dgram';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { ServerError } from '@realmforge/client';
import type { GameClient } from '@realmforge/client';
import {
  ChatChannel,
  DATAGRAM_FLAG_RESET,
  DATAGRAM_HEADER_BYTES,
  datagramFlags,
  datagramKind,
  datagramSequence,
  DatagramKind,
  decodeServerMessage,
  encodeClientMessage,
  ErrorCode,
  readDatagramFrames,
  serverPayload,
  writeDatagramHeader,
} from '@realmforge/protocol';
import type { ServerMessage } from '@realmforge/protocol';
import { DatagramSeal } from '@realmforge/protocol/datagram-seal';
import { playerInWorld, startTestServer, uniqueName } from '../helpers/test-server.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { accountIdOf, auditOf } from '../cheats/cheat-kit.ts';

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

interface Grant {
  port: number;
  channelId: number;
  token: Uint8Array;
  key: Uint8Array;
  maxDatagramBytes: number;
}

/** A hand-made datagram client: what it received, and how to send. */
class RawDatagrams {
  readonly socket: Socket;
  readonly grant: Grant;
  /** Every datagram received, in order. */
  readonly received: Buffer[] = [];
  /** A sealed channel's seal (the grant had a key). */
  readonly seal: DatagramSeal | undefined;
  #sequence = 0;

  constructor(grant: Grant) {
    this.grant = grant;
    this.seal = grant.key.length === 0 ? undefined : new DatagramSeal(grant.key);
    this.socket = createSocket('udp4');
    this.socket.on('message', (datagram) => this.received.push(datagram));
  }

  async connect(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.socket.connect(this.grant.port, '127.0.0.1', resolve);
    });
  }

  /**
   * Sends a datagram of this kind with the next sequence (or a given one), token and channel as
   * granted unless overridden; sealed on a sealed channel unless `unsealed`, then with byte
   * `flip` changed if given.
   */
  send(kind: DatagramKind, body: Uint8Array = new Uint8Array(0), override: { sequence?: number; token?: Uint8Array; channelId?: number; unsealed?: boolean; flip?: number } = {}): void {
    const sequence = override.sequence ?? ++this.#sequence;
    const datagram = Buffer.alloc(DATAGRAM_HEADER_BYTES + body.length);
    writeDatagramHeader(datagram, kind, override.channelId ?? this.grant.channelId, override.token ?? this.grant.token, sequence);
    datagram.set(body, DATAGRAM_HEADER_BYTES);
    const out = this.seal === undefined || override.unsealed === true ? datagram : this.seal.seal(datagram);
    if (override.flip !== undefined) out[override.flip] = (out[override.flip] ?? 0) ^ 0x40;
    this.socket.send(out);
  }

  /** World frames received by datagram, decoded, with their datagram's flags. */
  frames(): { frame: NonNullable<ServerMessage['worldFrame']>; flags: number; sequence: number }[] {
    const out: { frame: NonNullable<ServerMessage['worldFrame']>; flags: number; sequence: number }[] = [];
    for (const datagram of this.received) {
      if (datagramKind(datagram) !== DatagramKind.frames) continue;
      const bodies: Uint8Array[] = [];
      if (this.seal === undefined) {
        readDatagramFrames(datagram, bodies);
      } else {
        const payload = this.seal.open(datagram);
        assert.ok(payload !== undefined, 'every frames datagram of a sealed channel opens');
        readDatagramFrames(payload, bodies, 0);
      }
      for (const body of bodies) {
        const frame = decodeServerMessage(body).worldFrame;
        assert.ok(frame !== null && frame !== undefined, 'frames datagrams carry world frames only');
        out.push({ frame, flags: datagramFlags(datagram), sequence: datagramSequence(datagram) });
      }
    }
    return out;
  }

  close(): void {
    this.socket.close();
  }
}

/** World frames the connection delivered, counted by a push listener. */
function streamFrames(client: GameClient): ServerMessage[] {
  const frames: ServerMessage[] = [];
  client.onPush((message) => {
    if (serverPayload(message)?.kind === 'worldFrame') frames.push(message);
  });
  return frames;
}

function metricsOf(t: TestServer): Promise<string> {
  return fetch(`http://127.0.0.1:${t.ports.admin}/metrics`).then((r) => r.text());
}

/** realmforge_datagrams_dropped_total for one reason, from a /metrics text. */
function droppedOf(metrics: string, reason: string): number {
  const match = new RegExp(`realmforge_datagrams_dropped_total\\{reason="${reason}"\\} (\\d+)`).exec(metrics);
  return Number(match?.[1] ?? 0);
}

/** Opens a channel; `keyBytes` 32 where it must be sealed (TLS, by default), 0 where it has a token. */
async function openChannel(client: GameClient, keyBytes = 0): Promise<Grant> {
  const answer = serverPayload(await client.request({ openDatagramChannel: {} }));
  assert.equal(answer?.kind, 'datagramChannel');
  const grant = answer.value as Grant;
  assert.equal(grant.token.length, 16);
  assert.equal(grant.key.length, keyBytes, 'sealed on TLS, with a token on TCP (udpSealing tls)');
  return grant;
}

describe('the datagram channel', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ udpIdleTimeoutMs: 600 });
  });
  after(() => t.close());

  it('is refused before login and over WebSocket', async () => {
    const guest = await t.connect('tcp');
    await assert.rejects(guest.request({ openDatagramChannel: {} }), (e) => e instanceof ServerError && e.code === ErrorCode.ERROR_CODE_NOT_AUTHENTICATED);
    guest.close();
    const web = await t.connect('ws');
    const name = uniqueName();
    await web.register(name, 'correct horse');
    await web.login(name, 'correct horse');
    await assert.rejects(web.request({ openDatagramChannel: {} }), (e) => e instanceof ServerError && e.code === ErrorCode.ERROR_CODE_DATAGRAMS_UNAVAILABLE);
    web.close();
  });

  it('binds on hello, then carries world frames (a reset first) and acknowledges moves sent by datagram', async () => {
    const client = await t.connect('tcp');
    const overStream = streamFrames(client);
    await playerInWorld(client);
    await until(() => overStream.length > 0, 'a first frame over the connection');
    const grant = await openChannel(client);
    assert.equal(grant.port, t.ports.udp);
    const udp = new RawDatagrams(grant);
    await udp.connect();
    udp.send(DatagramKind.hello);
    await until(() => udp.received.some((d) => datagramKind(d) === DatagramKind.bound), 'the bound answer');
    const bound = udp.received.find((d) => datagramKind(d) === DatagramKind.bound);
    assert.ok(bound !== undefined);
    assert.equal(bound.length, DATAGRAM_HEADER_BYTES);
    assert.equal(datagramSequence(bound), 0, 'no frames datagram sent before binding');
    await until(() => udp.frames().length > 0, 'a frame by datagram');
    const first = udp.frames()[0];
    assert.ok(first !== undefined);
    assert.equal(first.frame.reset, true, 'the first frame by datagram is a reset');
    assert.equal(first.flags, DATAGRAM_FLAG_RESET);
    assert.equal(first.sequence, 1);
    const streamCount = overStream.length;
    udp.send(DatagramKind.message, encodeClientMessage({ moveInput: { sequence: 5, directionX: 1, clientTimeMs: Date.now() } }));
    await until(() => udp.frames().some((f) => f.frame.ackSequence === 5), 'the move to be acknowledged by datagram');
    const sequences = udp.received.filter((d) => datagramKind(d) === DatagramKind.frames).map((d) => datagramSequence(d));
    assert.deepEqual(sequences, sequences.map((_, i) => i + 1), 'frames datagrams are numbered 1, 2, 3 …');
    assert.equal(overStream.length, streamCount, 'no world frame came over the connection once bound');
    udp.close();
    client.close();
  });

  it('drops forged, stale and malformed datagrams, refuses other messages, and sends a reset on resync', async () => {
    const client = await t.connect('tcp');
    const pushes: ServerMessage[] = [];
    client.onPush((message) => pushes.push(message));
    await playerInWorld(client);
    const grant = await openChannel(client);
    const udp = new RawDatagrams(grant);
    await udp.connect();
    udp.send(DatagramKind.hello);
    await until(() => udp.frames().length > 0, 'frames by datagram');
    const forged = new Uint8Array(16).fill(9);
    udp.send(DatagramKind.message, encodeClientMessage({ moveInput: { sequence: 40, directionX: 1 } }), { token: forged });
    udp.send(DatagramKind.message, encodeClientMessage({ moveInput: { sequence: 41, directionX: 1 } }), { channelId: grant.channelId ^ 1 });
    udp.send(DatagramKind.message, encodeClientMessage({ moveInput: { sequence: 42, directionX: 1 } }), { sequence: 1 });
    udp.socket.send(Buffer.from('not a datagram of ours'));
    udp.send(DatagramKind.frames, new Uint8Array(3));
    await sleep(150);
    assert.ok(!udp.frames().some((f) => (f.frame.ackSequence ?? 0) >= 40), 'no forged or stale move was applied');
    udp.send(DatagramKind.message, encodeClientMessage({ sendChat: { channel: ChatChannel.CHAT_CHANNEL_SAY, text: 'by datagram' } }));
    await until(() => pushes.some((m) => m.error?.code === ErrorCode.ERROR_CODE_UNEXPECTED_MESSAGE), 'the refusal of a chat by datagram');
    const resets = (): number => udp.frames().filter((f) => f.frame.reset).length;
    const before = resets();
    client.send({ resyncFrames: {} });
    await until(() => resets() > before, 'a reset after the resync');
    const metrics = await fetch(`http://127.0.0.1:${t.ports.admin}/metrics`).then((r) => r.text());
    for (const reason of ['bad_token', 'unknown_channel', 'stale_sequence', 'malformed', 'unexpected_kind']) {
      assert.match(metrics, new RegExp(`realmforge_datagrams_dropped_total\\{reason="${reason}"\\} [1-9]`), reason);
    }
    udp.close();
    client.close();
  });

  it('drops a move repeated by datagram as a copy (counted, not a replay), while a replay over the connection is reported', async () => {
    const client = await t.connect('tcp');
    const { username } = await playerInWorld(client);
    const accountId = await accountIdOf(t.server, username);
    const udp = new RawDatagrams(await openChannel(client));
    await udp.connect();
    udp.send(DatagramKind.hello);
    await until(() => udp.frames().length > 0, 'frames by datagram');
    const stop = encodeClientMessage({ moveInput: { sequence: 5, directionX: 0, directionY: 0, clientTimeMs: Date.now() } });
    udp.send(DatagramKind.message, stop);
    await until(() => udp.frames().some((f) => f.frame.ackSequence === 5), 'the stop acknowledged');
    const repeatedBefore = droppedOf(await metricsOf(t), 'repeated_input');
    for (let i = 0; i < 3; i++) udp.send(DatagramKind.message, stop);
    udp.send(DatagramKind.message, encodeClientMessage({ moveInput: { sequence: 3, directionX: 1, clientTimeMs: Date.now() } }));
    await until(async () => droppedOf(await metricsOf(t), 'repeated_input') >= repeatedBefore + 4, 'the copies counted');
    client.send({ moveInput: { sequence: 4, directionX: 1, directionY: 0, clientTimeMs: Date.now() } });
    await until(async () => (await auditOf(t.server, accountId)).some((entry) => entry.name === 'sequence_replay'), 'the replay over the connection recorded');
    const replays = (await auditOf(t.server, accountId)).filter((entry) => entry.name === 'sequence_replay');
    assert.deepEqual(replays.map((entry) => entry.sent), ['MoveInput sequence 4'], 'only the replay over the connection is reported');
    assert.ok(!udp.frames().some((f) => (f.frame.ackSequence ?? 0) > 5), 'no copy or older move was applied');
    udp.close();
    client.close();
  });

  it('survives random datagrams, with and without a valid header, and keeps serving', async () => {
    const client = await t.connect('tcp');
    await playerInWorld(client);
    const udp = new RawDatagrams(await openChannel(client));
    await udp.connect();
    udp.send(DatagramKind.hello);
    await until(() => udp.frames().length > 0, 'frames by datagram');
    // Unframed noise is dropped by the port; framed noise reaches the session, within the
    // movement rate's burst (beyond it, a flood ends in a disconnect like any other).
    for (const bytes of fc.sample(fc.uint8Array({ maxLength: 1400 }), 300)) udp.socket.send(bytes);
    for (const bytes of fc.sample(fc.uint8Array({ minLength: 1, maxLength: 1100 }), 40)) udp.send(DatagramKind.message, bytes);
    await sleep(200);
    assert.ok(await client.ping() >= 0, 'the session still answers');
    udp.send(DatagramKind.message, encodeClientMessage({ moveInput: { sequence: 1_000, directionX: 1, clientTimeMs: Date.now() } }));
    await until(() => udp.frames().some((f) => f.frame.ackSequence === 1_000), 'a move after the noise');
    udp.close();
    client.close();
  });

  it('seals the channel of a TLS connection: both ways encrypted and authenticated, anything else dropped', async () => {
    const client = await t.connect('tls');
    await playerInWorld(client);
    const udp = new RawDatagrams(await openChannel(client, 32));
    const seal = udp.seal;
    assert.ok(seal !== undefined);
    await udp.connect();
    const before = await metricsOf(t);
    udp.send(DatagramKind.hello, undefined, { unsealed: true });
    await sleep(150);
    assert.equal(udp.received.length, 0, 'a hello with the token instead of a seal is not answered');
    udp.send(DatagramKind.hello);
    await until(() => udp.frames().length > 0, 'frames by datagram');
    const bound = udp.received.find((d) => datagramKind(d) === DatagramKind.bound);
    assert.ok(bound !== undefined && seal.open(bound) !== undefined, 'the bound answer is sealed');
    assert.equal(udp.frames()[0]?.frame.reset, true, 'the first frame by datagram is a reset');
    udp.send(DatagramKind.message, encodeClientMessage({ moveInput: { sequence: 8, directionX: 1, clientTimeMs: Date.now() } }), { flip: DATAGRAM_HEADER_BYTES + 1 });
    udp.send(DatagramKind.message, encodeClientMessage({ moveInput: { sequence: 9, directionX: 1, clientTimeMs: Date.now() } }), { flip: 26 });
    await sleep(150);
    assert.ok(!udp.frames().some((f) => (f.frame.ackSequence ?? 0) >= 8), 'no changed datagram was applied');
    udp.send(DatagramKind.message, encodeClientMessage({ moveInput: { sequence: 10, directionX: 1, clientTimeMs: Date.now() } }));
    await until(() => udp.frames().some((f) => f.frame.ackSequence === 10), 'the sealed move acknowledged by datagram');
    const after = await metricsOf(t);
    assert.equal(droppedOf(after, 'bad_seal') - droppedOf(before, 'bad_seal'), 3, 'the unsealed hello and the two changed moves');
    udp.close();
    client.close();
  });

  it('carries the client SDK\'s moves and frames over a sealed channel (TLS)', async () => {
    const client = await t.connect('tls');
    const acks: number[] = [];
    client.onPush((message) => {
      const ack = message.worldFrame?.ackSequence ?? 0;
      if (ack > 0) acks.push(ack);
    });
    await playerInWorld(client);
    const grant = await client.openDatagramChannel();
    assert.equal(grant.key.length, 32);
    await until(() => client.datagrams?.state === 'bound', 'the SDK\'s link bound');
    const sequence = client.move(1, 0);
    await until(() => acks.includes(sequence), 'the move acknowledged');
    const counters = client.datagrams;
    assert.ok(counters !== undefined && counters.messagesSent >= 1 && counters.taken > 0, 'the move went by datagram and frames came that way');
    assert.equal(counters.rejected, 0, 'every datagram from the server opened');
    client.close();
  });

  it('falls back to the connection, with a reset, when the client falls silent, and binds again at its next datagram', async () => {
    const client = await t.connect('tcp');
    const overStream = streamFrames(client);
    await playerInWorld(client);
    const udp = new RawDatagrams(await openChannel(client));
    await udp.connect();
    udp.send(DatagramKind.hello);
    await until(() => udp.frames().length > 0, 'frames by datagram');
    const streamCount = overStream.length;
    client.move(1, 0);
    // Nothing more by datagram: after udpIdleTimeoutMs (600 ms here) the frames come back over the connection.
    await until(() => overStream.length > streamCount, 'frames over the connection again', 5000);
    assert.equal(overStream[streamCount]?.worldFrame?.reset, true, 'the first frame back is a reset');
    // A move by datagram brings the channel back: bound again, frames by datagram from a reset.
    const resetsBefore = udp.frames().filter((f) => f.frame.reset).length;
    udp.send(DatagramKind.message, encodeClientMessage({ moveInput: { sequence: 77, directionX: -1, clientTimeMs: Date.now() } }));
    await until(() => udp.frames().filter((f) => f.frame.reset).length > resetsBefore, 'a reset by datagram after the move');
    await until(() => udp.frames().some((f) => f.frame.ackSequence === 77), 'the move acknowledged by datagram');
    udp.close();
    client.close();
  });
});
