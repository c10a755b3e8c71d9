import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DATAGRAM_FLAG_RESET, datagramFlags, datagramSequence, decodeServerMessage, encodeServerMessage, readDatagramFrames } from '@realmforge/protocol';
import { DatagramRoute } from '../../src/net/datagram-route.ts';
import type { DatagramOwner, DatagramSender } from '../../src/net/datagram-route.ts';

const owner: DatagramOwner = {
  receiveDatagram: () => undefined,
  datagramsBound: () => undefined,
};

/** A route bound to a fake address, and the datagrams it sent. */
function boundRoute(maxBytes: number): { route: DatagramRoute; sent: Buffer[] } {
  const sent: Buffer[] = [];
  const sender: DatagramSender = {
    sendDatagram: (datagram) => sent.push(datagram),
    due: () => undefined,
  };
  const route = new DatagramRoute(7, new Uint8Array(16).fill(3), undefined, owner, sender, maxBytes);
  route.address = '127.0.0.1';
  route.remotePort = 9;
  return { route, sent };
}

function frame(tick: number, updates: number, reset = false): Uint8Array {
  return encodeServerMessage({ worldFrame: { tick, reset, updates: Array.from({ length: updates }, (_, i) => ({ entityId: i + 1, x: 1000 + i, y: 2000 + i })) } });
}

function ticksIn(datagram: Buffer): number[] {
  const bodies: Uint8Array[] = [];
  readDatagramFrames(datagram, bodies);
  return bodies.map((body) => decodeServerMessage(body).worldFrame?.tick ?? -1);
}

describe('DatagramRoute', () => {
  it('packs one turn\'s frames into as few datagrams as fit, numbered from 1', () => {
    const { route, sent } = boundRoute(1200);
    for (let tick = 1; tick <= 3; tick++) assert.ok(route.sendFrame(frame(tick, 5), false));
    route.flush();
    assert.equal(sent.length, 1);
    assert.deepEqual(ticksIn(sent[0] as Buffer), [1, 2, 3]);
    assert.equal(datagramSequence(sent[0] as Buffer), 1);
    route.sendFrame(frame(4, 5), false);
    route.flush();
    assert.equal(datagramSequence(sent[1] as Buffer), 2);
  });

  it('starts a flagged datagram for a reset', () => {
    const { route, sent } = boundRoute(1200);
    route.sendFrame(frame(1, 2), false);
    route.sendFrame(frame(2, 2, true), true);
    route.flush();
    assert.equal(sent.length, 2);
    assert.equal(datagramFlags(sent[0] as Buffer), 0);
    assert.equal(datagramFlags(sent[1] as Buffer), DATAGRAM_FLAG_RESET);
    assert.deepEqual(ticksIn(sent[1] as Buffer), [2]);
  });

  it('splits a frame larger than a datagram into pieces that each fit; only the first is flagged', () => {
    const { route, sent } = boundRoute(512);
    const big = frame(9, 300, true);
    assert.ok(big.length > 512 * 4);
    assert.ok(route.sendFrame(big, true));
    route.flush();
    assert.ok(sent.length >= 5);
    for (const datagram of sent) assert.ok(datagram.length <= 512, `${datagram.length} bytes`);
    assert.deepEqual(sent.map((d) => datagramFlags(d)), sent.map((_, i) => (i === 0 ? DATAGRAM_FLAG_RESET : 0)));
    const updates = sent.flatMap((datagram) => {
      const bodies: Uint8Array[] = [];
      readDatagramFrames(datagram, bodies);
      return bodies.flatMap((body) => decodeServerMessage(body).worldFrame?.updates ?? []);
    });
    assert.equal(updates.length, 300);
    assert.deepEqual(updates.map((u) => u.entityId), Array.from({ length: 300 }, (_, i) => i + 1));
  });

  it('refuses a frame with an entry larger than a datagram, queueing nothing', () => {
    const { route, sent } = boundRoute(512);
    const huge = encodeServerMessage({ worldFrame: { tick: 1, enters: [{ entityId: 1, name: 'n'.repeat(600) }] } });
    assert.equal(route.sendFrame(huge, false), false);
    route.flush();
    assert.equal(sent.length, 0);
  });

  it('drops what was packed when it is let go', () => {
    const { route, sent } = boundRoute(1200);
    route.sendFrame(frame(1, 2), false);
    route.unbind();
    route.flush();
    assert.equal(sent.length, 0);
    assert.equal(route.bound, false);
  });
});
