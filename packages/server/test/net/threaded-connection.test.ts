/** ThreadedConnection without a thread: what it asks of its outbox, and its outbound bound. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IoOp } from '../../src/net/io-thread-messages.ts';
import type { IoOpCode } from '../../src/net/io-thread-messages.ts';
import { ThreadedConnection } from '../../src/net/threaded-connection.ts';
import type { ThreadOutbox } from '../../src/net/threaded-connection.ts';

function recordingOutbox(): ThreadOutbox & { ops: [IoOpCode, number][]; queuedCount: number } {
  const outbox = {
    ops: [] as [IoOpCode, number][],
    queuedCount: 0,
    queued: () => {
      outbox.queuedCount++;
    },
    operate: (op: IoOpCode, id: number) => {
      outbox.ops.push([op, id]);
    },
  };
  return outbox;
}

describe('ThreadedConnection', () => {
  it('asks the thread to stop reading past 64 KiB unread and to read again once a quarter is left', async () => {
    const outbox = recordingOutbox();
    const connection = new ThreadedConnection(7, 'tcp', '10.0.0.1', outbox, 1 << 20);
    const body = new Uint8Array(1024);
    for (let i = 0; i < 63; i++) connection.deliver(body);
    assert.deepEqual(outbox.ops, []);
    connection.deliver(body);
    assert.deepEqual(outbox.ops, [[IoOp.pause, 7]]);
    for (let i = 0; i < 10; i++) connection.deliver(body);
    assert.equal(outbox.ops.length, 1, 'asked once');
    const reader = connection.messages()[Symbol.asyncIterator]();
    for (let read = 0; read < 74 - 16; read++) await reader.next();
    assert.deepEqual(outbox.ops, [[IoOp.pause, 7], [IoOp.resume, 7]]);
    assert.equal(connection.bytesReceived, 74 * (2 + 1024));
  });

  it('counts what waits here, in flight and in the socket against the outbound bound', () => {
    const outbox = recordingOutbox();
    const connection = new ThreadedConnection(3, 'tls', '10.0.0.2', outbox, 4096);
    let overflowed = 0;
    connection.onOverflow = () => overflowed++;
    assert.equal(connection.send(new Uint8Array(1000)), true);
    assert.equal(outbox.queuedCount, 1);
    assert.equal(connection.take(1002).length, 1);
    assert.equal(connection.inFlight, 1002);
    connection.backlog = 2000;
    assert.equal(connection.send(new Uint8Array(1000)), true);
    assert.equal(connection.send(new Uint8Array(200)), false, '1002 + 2000 + 1000 + 200 > 4096');
    assert.equal(overflowed, 1);
    assert.equal(connection.closed, true);
    assert.equal(connection.pendingBytes, 0, 'what was queued is dropped');
    assert.deepEqual(outbox.ops, [[IoOp.destroy, 3]]);
    connection.destroy();
    assert.equal(outbox.ops.length, 1, 'destroyed once');
  });

  it('close asks for an end after the queued writes; the socket closing resolves done and ends the reader', async () => {
    const outbox = recordingOutbox();
    const connection = new ThreadedConnection(1, 'tcp', '10.0.0.3', outbox, 4096);
    assert.equal(connection.send(new Uint8Array([1])), true);
    connection.close();
    assert.equal(connection.pendingBytes, 1, 'still goes out in this turn');
    assert.equal(connection.send(new Uint8Array([2])), false);
    assert.deepEqual(outbox.ops, [[IoOp.end, 1]]);
    const reading = (async () => {
      const bodies: Uint8Array[] = [];
      for await (const body of connection.messages()) bodies.push(body);
      return bodies;
    })();
    connection.socketClosed();
    await connection.done;
    assert.deepEqual(await reading, []);
  });

  it('a socket error ends the reader with it and closes the connection', async () => {
    const connection = new ThreadedConnection(2, 'tcp', '10.0.0.4', recordingOutbox(), 4096);
    connection.deliver(new Uint8Array([5]));
    connection.failed('read ECONNRESET', undefined);
    assert.equal(connection.closed, true);
    const bodies: number[][] = [];
    await assert.rejects(async () => {
      for await (const body of connection.messages()) bodies.push([...body]);
    }, /ECONNRESET/);
    assert.deepEqual(bodies, [[5]]);
  });
});
