import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GameClient, ServerError } from '@realmforge/client';
import type { ClientTransport, DatagramCounters, DatagramGrant } from '@realmforge/client';
import { clientPayload, decodeClientMessage, encodeServerMessage, ErrorCode, InboundQueue } from '@realmforge/protocol';
import type { ClientPayload } from '@realmforge/protocol';

const GRANT = { port: 7778, channelId: 3, token: new Uint8Array(16).fill(9), maxDatagramBytes: 1200 };

const COUNTERS: DatagramCounters = {
  state: 'bound', wasBound: true, taken: 4, dropped: 1, lost: 1, resyncs: 2, rejected: 0, lateFrames: 0, socketErrors: 0, messagesSent: 3, moveRepeats: 0,
};

/**
 * A transport the test plays the server for: it answers OpenDatagramChannel with `answer` and
 * records what goes over the connection and by datagram (taken only while `datagramsTaken`).
 */
function scripted(canCarryDatagrams: boolean, answer: 'grant' | 'unavailable' = 'grant'): {
  transport: ClientTransport; connection: { requestId: number; payload: ClientPayload | undefined }[]; datagrams: ClientPayload[];
  attached: { grant: DatagramGrant; requestResync: () => void }[]; datagramsTaken: { on: boolean };
} {
  const inbound = new InboundQueue({ pause: () => undefined, resume: () => undefined, stopped: () => undefined }, { maxMessages: Infinity, maxBytes: Infinity });
  const connection: { requestId: number; payload: ClientPayload | undefined }[] = [];
  const datagrams: ClientPayload[] = [];
  const attached: { grant: DatagramGrant; requestResync: () => void }[] = [];
  const datagramsTaken = { on: false };
  const transport: ClientTransport = {
    send: (body) => {
      const message = decodeClientMessage(body);
      const payload = clientPayload(message);
      connection.push({ requestId: message.requestId, payload });
      if (payload?.kind !== 'openDatagramChannel') return;
      inbound.push(encodeServerMessage(answer === 'grant'
        ? { requestId: message.requestId, datagramChannel: GRANT }
        : { requestId: message.requestId, error: { code: ErrorCode.ERROR_CODE_DATAGRAMS_UNAVAILABLE, message: 'no UDP port' } }));
    },
    messages: () => inbound,
    close: () => {
      inbound.end();
    },
    ...(canCarryDatagrams ? {
      attachDatagrams: (grant: DatagramGrant, requestResync: () => void) => {
        attached.push({ grant, requestResync });
      },
      sendDatagram: (body: Uint8Array, moveSequence: number) => {
        if (!datagramsTaken.on) return false;
        const payload = clientPayload(decodeClientMessage(body));
        assert.equal(payload?.kind === 'moveInput' ? payload.value.sequence : undefined, moveSequence, 'the link is told the move\'s sequence, to repeat it until acknowledged');
        if (payload !== undefined) datagrams.push(payload);
        return true;
      },
      datagramCounters: () => COUNTERS,
    } : {}),
  };
  return { transport, connection, datagrams, attached, datagramsTaken };
}

describe('GameClient with a datagram channel', () => {
  it('refuses to open one on a transport that cannot carry datagrams, asking the server nothing', async () => {
    const { transport, connection } = scripted(false);
    const client = new GameClient(transport);
    await assert.rejects(client.openDatagramChannel(), { message: 'this transport cannot carry datagrams (WebSocket)' });
    assert.equal(connection.length, 0);
    assert.equal(client.datagrams, undefined);
    for (const sequence of [client.move(1, 0), client.moveTo(3, 4)]) assert.ok(sequence > 0);
    assert.deepEqual(connection.map((m) => m.payload?.kind), ['moveInput', 'moveInput'], 'moves go over the connection');
    client.close();
    await client.closed;
  });

  it('asks for a channel, attaches the grant, and asks for resyncs with pushes over the connection', async () => {
    const { transport, connection, attached } = scripted(true);
    const client = new GameClient(transport);
    const grant = await client.openDatagramChannel();
    assert.deepEqual([grant.port, grant.channelId, [...grant.token], grant.maxDatagramBytes], [GRANT.port, GRANT.channelId, [...GRANT.token], GRANT.maxDatagramBytes]);
    assert.equal(attached.length, 1);
    assert.equal(attached[0]?.grant, grant);
    assert.equal(connection[0]?.payload?.kind, 'openDatagramChannel');
    attached[0].requestResync();
    assert.deepEqual(connection.slice(1).map((m) => [m.requestId, m.payload?.kind]), [[0, 'resyncFrames']]);
    assert.equal(client.datagrams, COUNTERS);
    client.close();
    await client.closed;
  });

  it('sends moves by datagram when the channel takes them, over the connection when not, numbered as one series', async () => {
    const { transport, connection, datagrams, datagramsTaken } = scripted(true);
    const client = new GameClient(transport);
    await client.openDatagramChannel();
    const sequences = [client.move(1, 0)];
    datagramsTaken.on = true;
    sequences.push(client.move(0, 1), client.moveTo(5, 6));
    datagramsTaken.on = false;
    sequences.push(client.move(0, 0));
    assert.deepEqual(sequences, [1, 2, 3, 4]);
    const moveSequence = (p: ClientPayload | undefined): number | undefined => (p?.kind === 'moveInput' ? p.value.sequence : undefined);
    assert.deepEqual(connection.slice(1).map((m) => [m.requestId, moveSequence(m.payload)]), [[0, 1], [0, 4]]);
    assert.deepEqual(datagrams.map(moveSequence), [2, 3]);
    const target = datagrams[1]?.kind === 'moveInput' ? datagrams[1].value.target : undefined;
    assert.deepEqual([target?.x, target?.y], [5, 6]);
    client.close();
    await client.closed;
  });

  it('rejects with the server\'s DATAGRAMS_UNAVAILABLE and attaches nothing', async () => {
    const { transport, attached } = scripted(true, 'unavailable');
    const client = new GameClient(transport);
    await assert.rejects(client.openDatagramChannel(), (error: unknown) => error instanceof ServerError && error.code === ErrorCode.ERROR_CODE_DATAGRAMS_UNAVAILABLE);
    assert.deepEqual(attached, []);
    client.close();
    await client.closed;
  });
});
