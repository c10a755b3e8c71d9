import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, describe, it } from 'node:test';
import { DatagramLink } from '@realmforge/client/node';
import type { DatagramLinkTimings } from '@realmforge/client/node';
import {
  DATAGRAM_FLAG_RESET,
  DATAGRAM_HEADER_BYTES,
  datagramChannelId,
  DatagramKind,
  datagramMessage,
  datagramSequence,
  datagramTokenMatches,
  decodeClientMessage,
  encodeClientMessage,
  encodeFrame,
  encodeServerMessage,
  worldFrameTick,
} from '@realmforge/protocol';
import { DATAGRAM_KEY_BYTES } from '@realmforge/protocol/datagram-seal';
import { datagram, FakeServer, framesDatagram, GRANT_TOKEN, until, worldFrame } from './helpers/fake-datagram-server.ts';

/** A link to a fresh fake server, with what it delivered and asked for. */
async function linked(timings: DatagramLinkTimings = {}, key?: Uint8Array): Promise<{
  server: FakeServer; link: DatagramLink; ticks: number[]; resyncs: () => number; ended: string[]; traffic: { in: number; out: number };
}> {
  const server = new FakeServer(key);
  const grant = await server.start();
  const ticks: number[] = [];
  const ended: string[] = [];
  const traffic = { in: 0, out: 0 };
  let resyncs = 0;
  const link = new DatagramLink('127.0.0.1', grant, {
    deliver: (body) => ticks.push(worldFrameTick(body) ?? -1),
    requestResync: () => {
      resyncs++;
    },
    traffic: (direction, bytes) => {
      traffic[direction] += bytes;
    },
    ended: (state, reason) => ended.push(`${state}: ${reason}`),
  }, { helloRetryMs: 10, keepaliveMs: 20, ...timings });
  cleanups.push(() => {
    link.close();
    server.close();
  });
  return { server, link, ticks, resyncs: () => resyncs, ended, traffic };
}

const cleanups: (() => void)[] = [];
after(() => {
  for (const cleanup of cleanups) cleanup();
});

describe('DatagramLink against a fake server', () => {
  it('binds with a hello, keeps the channel alive, and delivers frames in order', async () => {
    const { server, link, ticks, traffic } = await linked();
    await until(() => link.state === 'bound', 'bound');
    const [hello] = server.of(DatagramKind.hello);
    assert.ok(hello !== undefined);
    assert.equal(hello.length, DATAGRAM_HEADER_BYTES);
    assert.equal(datagramChannelId(hello), 7);
    assert.ok(datagramTokenMatches(hello, GRANT_TOKEN));
    assert.equal(datagramSequence(hello), 1);
    server.sendFrames(1, [worldFrame(10, true)], DATAGRAM_FLAG_RESET);
    server.sendFrames(2, [worldFrame(11), worldFrame(12)]);
    server.sendFrames(3, [worldFrame(13)]);
    await until(() => ticks.length === 4, 'four frames');
    assert.deepEqual(ticks, [10, 11, 12, 13]);
    const hellos = server.of(DatagramKind.hello).length;
    await until(() => server.of(DatagramKind.hello).length >= hellos + 2, 'keepalive hellos');
    const sequences = server.received.map(datagramSequence);
    assert.deepEqual(sequences, [...sequences].sort((a, b) => a - b), 'client datagrams number up');
    assert.equal(new Set(sequences).size, sequences.length);
    const counters = link.counters();
    assert.equal(counters.state, 'bound');
    assert.equal(counters.wasBound, true);
    assert.deepEqual([counters.taken, counters.dropped, counters.lost, counters.resyncs, counters.rejected], [3, 0, 0, 0, 0]);
    assert.ok(traffic.out >= DATAGRAM_HEADER_BYTES * server.received.length, 'every datagram sent is counted, header included');
    assert.ok(traffic.in > 0);
  });

  it('after a skipped sequence asks for one resync and delivers nothing until a reset datagram', async () => {
    const { server, link, ticks, resyncs } = await linked();
    await until(() => link.state === 'bound', 'bound');
    server.sendFrames(1, [worldFrame(10, true)], DATAGRAM_FLAG_RESET);
    server.sendFrames(3, [worldFrame(12)]);
    server.sendFrames(4, [worldFrame(13)]);
    server.sendFrames(2, [worldFrame(11)]);
    await until(() => link.counters().dropped === 3, 'three dropped');
    assert.equal(resyncs(), 1);
    assert.deepEqual(ticks, [10]);
    server.sendFrames(5, [worldFrame(20, true), worldFrame(21)], DATAGRAM_FLAG_RESET);
    server.sendFrames(6, [worldFrame(22)]);
    await until(() => ticks.length === 4, 'the reset and after');
    assert.deepEqual(ticks, [10, 20, 21, 22]);
    assert.equal(resyncs(), 1, 'within the retry interval: asked once');
    assert.deepEqual([link.counters().lost, link.counters().resyncs], [1, 1]);
  });

  it('asks again on its keepalive timer while no reset comes', async () => {
    const { server, link, resyncs } = await linked({ resyncRetryMs: 30 });
    await until(() => link.state === 'bound', 'bound');
    server.sendFrames(2, [worldFrame(11)]);
    await until(() => resyncs() >= 3, 'retries');
    server.sendFrames(3, [worldFrame(20, true)], DATAGRAM_FLAG_RESET);
    await until(() => link.counters().taken === 1, 'the reset');
    const asked = resyncs();
    await sleep(100);
    assert.equal(resyncs(), asked, 'no more asks once the reset came');
  });

  it('asks for a resync when a bound answer names a frames datagram it never got', async () => {
    const { server, link, ticks, resyncs } = await linked();
    await until(() => link.state === 'bound', 'bound');
    server.sendFrames(1, [worldFrame(10, true)], DATAGRAM_FLAG_RESET);
    await until(() => ticks.length === 1, 'the first frame');
    server.lastFramesSent = 2;
    await until(() => resyncs() === 1, 'a resync after the keepalive answer');
    assert.equal(link.counters().lost, 1);
  });

  it('drops and counts garbage, foreign and unreadable datagrams without throwing', async () => {
    const { server, link, ticks, resyncs } = await linked();
    await until(() => link.state === 'bound', 'bound');
    const badToken = GRANT_TOKEN.map((b) => b ^ 1);
    const junk = [
      Buffer.from([1, 2, 3]),
      Buffer.alloc(64, 0xff),
      datagram(DatagramKind.frames, 1, encodeFrame(worldFrame(10, true)), DATAGRAM_FLAG_RESET, 7, badToken),
      datagram(DatagramKind.frames, 1, encodeFrame(worldFrame(10, true)), DATAGRAM_FLAG_RESET, 8),
      datagram(DatagramKind.hello, 1),
      datagram(DatagramKind.message, 1, encodeClientMessage({ ping: { nonce: 1 } })),
    ];
    for (const d of junk) server.send(d);
    await until(() => link.counters().rejected === junk.length, 'every bad datagram refused');
    assert.deepEqual(ticks, []);
    server.sendFrames(1, [worldFrame(10, true)], DATAGRAM_FLAG_RESET);
    await until(() => ticks.length === 1, 'a good one after them');
    server.send(datagram(DatagramKind.frames, 2, Uint8Array.of(0x05, 1, 2)));
    server.send(datagram(DatagramKind.frames, 3, encodeFrame(encodeServerMessage({ pong: { nonce: 1 } }))));
    await until(() => resyncs() === 1, 'an unreadable datagram is a loss');
    assert.equal(link.counters().rejected, junk.length + 2);
    assert.equal(link.state, 'bound');
  });

  it('sends moves once bound, with sequences above every hello, and only those that fit', async () => {
    const { server, link } = await linked();
    const move = encodeClientMessage({ moveInput: { sequence: 1, directionX: 1, directionY: 0, clientTimeMs: 1 } });
    assert.equal(link.sendMessage(move), false, 'not bound yet');
    await until(() => link.state === 'bound', 'bound');
    for (let i = 0; i < 5; i++) assert.equal(link.sendMessage(encodeClientMessage({ moveInput: { sequence: i + 2, directionX: 0, directionY: 1 } })), true);
    assert.equal(link.sendMessage(new Uint8Array(1200 - DATAGRAM_HEADER_BYTES + 1)), false, 'one byte over the grant');
    assert.equal(link.sendMessage(new Uint8Array(1200 - DATAGRAM_HEADER_BYTES)), true, 'just fits');
    await until(() => server.of(DatagramKind.message).length === 6, 'the moves');
    const moves = server.of(DatagramKind.message).slice(0, 5);
    assert.deepEqual(moves.map((d) => decodeClientMessage(datagramMessage(d)).moveInput?.sequence), [2, 3, 4, 5, 6]);
    const sequences = server.received.map(datagramSequence);
    for (let i = 1; i < sequences.length; i++) assert.ok((sequences[i] ?? 0) > (sequences[i - 1] ?? 0), 'one counter for hellos and messages, always up');
    assert.equal(link.counters().messagesSent, 6);
  });

  it('repeats the newest move, each time in a new datagram, until a frame acknowledges it', async () => {
    const { server, link } = await linked({ moveRepeatMs: 20, moveRepeats: 50 });
    await until(() => link.state === 'bound', 'bound');
    server.sendFrames(1, [worldFrame(10, true)], DATAGRAM_FLAG_RESET);
    const movesOf = (sequence: number): Buffer[] => server.of(DatagramKind.message).filter((d) => decodeClientMessage(datagramMessage(d)).moveInput?.sequence === sequence);
    link.sendMessage(encodeClientMessage({ moveInput: { sequence: 1, directionX: 1 } }), 1);
    link.sendMessage(encodeClientMessage({ moveInput: { sequence: 2, directionX: 0 } }), 2);
    await until(() => movesOf(2).length >= 3, 'the stop repeated');
    assert.equal(movesOf(1).length, 1, 'a superseded move is not repeated');
    const copies = movesOf(2);
    assert.equal(new Set(copies.map(datagramSequence)).size, copies.length, 'each copy has a datagram sequence of its own');
    server.sendFrames(2, [worldFrame(11, false, 1)]);
    const before = movesOf(2).length;
    await until(() => movesOf(2).length > before, 'an older acknowledgement does not stop it');
    server.sendFrames(3, [worldFrame(12, false, 1), worldFrame(13, false, 2)]);
    await until(() => link.counters().taken === 3, 'the acknowledgement');
    await sleep(30);
    const acknowledged = movesOf(2).length;
    await sleep(100);
    assert.equal(movesOf(2).length, acknowledged, 'no repeat once acknowledged');
    assert.equal(link.counters().moveRepeats, acknowledged - 1);
    assert.equal(link.counters().messagesSent, acknowledged + 1);
  });

  it('gives up repeating a move after moveRepeats times', async () => {
    const { server, link } = await linked({ moveRepeatMs: 5, moveRepeats: 4 });
    await until(() => link.state === 'bound', 'bound');
    link.sendMessage(encodeClientMessage({ moveInput: { sequence: 7 } }), 7);
    await until(() => link.counters().moveRepeats === 4, 'four repeats');
    await until(() => server.of(DatagramKind.message).length === 5, 'the move and its four copies');
    await sleep(50);
    assert.equal(link.counters().moveRepeats, 4);
    assert.equal(server.of(DatagramKind.message).length, 5);
  });

  it('after 20 unanswered hellos keeps saying hello at the keepalive pace, and binds when the server answers', async () => {
    const { server, link, ended } = await linked({ helloRetryMs: 5, keepaliveMs: 200 });
    server.answering = false;
    await until(() => server.of(DatagramKind.hello).length >= 20, 'the fast hellos');
    await sleep(80);
    // At the fast pace, 80 ms would have brought 16 more.
    const afterFast = server.of(DatagramKind.hello).length;
    assert.ok(afterFast <= 22, `hellos slow down after 20 (${afterFast} sent)`);
    await until(() => server.of(DatagramKind.hello).length >= afterFast + 1, 'a slow hello');
    assert.equal(link.state, 'binding');
    assert.equal(link.sendMessage(encodeClientMessage({ moveInput: { sequence: 1 } })), false, 'moves go over the connection meanwhile');
    server.answering = true;
    await until(() => link.state === 'bound', 'bound at last');
    assert.deepEqual(ended, []);
    link.close();
  });

  it('falls back when the server falls silent, and stops its hellos so the server falls back too', async () => {
    const { server, link, ended } = await linked({ silenceMs: 80 });
    await until(() => link.state === 'bound', 'bound');
    server.answering = false;
    await until(() => link.state === 'fellBack', 'falling back');
    assert.equal(ended.length, 1);
    assert.match(ended[0] ?? '', /^fellBack: no datagram from the server for \d+ ms$/);
    const sent = server.received.length;
    await sleep(60);
    assert.equal(server.received.length, sent);
  });

  it('counts socket errors (a closed port) instead of throwing, and keeps trying', async () => {
    const closed = createSocket('udp4');
    await new Promise<void>((resolve) => {
      closed.bind(0, '127.0.0.1', resolve);
    });
    const port = closed.address().port;
    await new Promise<void>((resolve) => {
      closed.close(resolve);
    });
    const ended: string[] = [];
    const link = new DatagramLink('127.0.0.1', { port, channelId: 7, token: GRANT_TOKEN, maxDatagramBytes: 1200 }, {
      deliver: () => undefined,
      requestResync: () => undefined,
      ended: (state) => ended.push(state),
    }, { helloRetryMs: 5 });
    await until(() => link.counters().socketErrors > 0, 'a socket error');
    assert.equal(link.state, 'binding');
    assert.deepEqual(ended, []);
    link.close();
    assert.equal(link.state, 'closed');
  });

  it('refuses a grant it cannot use', () => {
    const events = { deliver: () => undefined, requestResync: () => undefined };
    assert.throws(() => new DatagramLink('127.0.0.1', { port: 9, channelId: 1, token: new Uint8Array(15), maxDatagramBytes: 1200 }, events), RangeError);
    assert.throws(() => new DatagramLink('127.0.0.1', { port: 0, channelId: 1, token: GRANT_TOKEN, maxDatagramBytes: 1200 }, events), RangeError);
    assert.throws(() => new DatagramLink('127.0.0.1', { port: 9, channelId: 1, token: GRANT_TOKEN, key: new Uint8Array(16), maxDatagramBytes: 1200 }, events), RangeError);
  });

  it('on a sealed channel seals every datagram it sends and takes only sealed ones from the server', async () => {
    const { server, link, ticks } = await linked({}, randomBytes(DATAGRAM_KEY_BYTES));
    const seal = server.seal;
    assert.ok(seal !== undefined);
    await until(() => link.state === 'bound', 'bound by a sealed answer');
    server.send(framesDatagram(1, [worldFrame(10, true)], DATAGRAM_FLAG_RESET), true);
    const tampered = seal.seal(framesDatagram(1, [worldFrame(11, true)], DATAGRAM_FLAG_RESET));
    tampered[DATAGRAM_HEADER_BYTES] = (tampered[DATAGRAM_HEADER_BYTES] ?? 0) ^ 1;
    server.send(tampered, true);
    await until(() => link.counters().rejected === 2, 'the unsealed and the changed datagram rejected');
    server.sendFrames(1, [worldFrame(12, true)], DATAGRAM_FLAG_RESET);
    await until(() => ticks.length === 1, 'the sealed frame');
    assert.deepEqual(ticks, [12]);
    const move = encodeClientMessage({ moveInput: { sequence: 1, directionX: 1 } });
    assert.ok(link.sendMessage(move, 1));
    await until(() => server.of(DatagramKind.message).length === 1, 'the move');
    for (const sent of server.received) {
      assert.ok(!datagramTokenMatches(sent, GRANT_TOKEN), 'no token in a sealed datagram');
      assert.ok(seal.open(sent) !== undefined, 'every datagram sent opens with the key');
    }
    const [message] = server.of(DatagramKind.message);
    assert.ok(message !== undefined);
    assert.deepEqual(seal.open(message), Buffer.from(move));
  });

  it('stops at close: no more hellos, nothing delivered', async () => {
    const { server, link, ticks } = await linked();
    await until(() => link.state === 'bound', 'bound');
    link.close();
    assert.equal(link.state, 'closed');
    assert.equal(link.counters().wasBound, true);
    const sent = server.received.length;
    server.sendFrames(1, [worldFrame(10, true)], DATAGRAM_FLAG_RESET);
    await sleep(50);
    assert.equal(server.received.length, sent);
    assert.deepEqual(ticks, []);
  });
});
