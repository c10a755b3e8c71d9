/** ThreadedConnection's reading through the shared inbound queue: what it asks of its thread. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ErrorCode, isProtocolError } from '@realmforge/protocol';
import { IoOp } from '../../src/net/io-thread-messages.ts';
import type { IoOpCode } from '../../src/net/io-thread-messages.ts';
import { ThreadedConnection } from '../../src/net/threaded-connection.ts';
import type { ThreadOutbox } from '../../src/net/threaded-connection.ts';

function recordingOutbox(): ThreadOutbox & { ops: [IoOpCode, number][] } {
  const ops: [IoOpCode, number][] = [];
  return {
    ops,
    queued: () => undefined,
    operate: (op: IoOpCode, id: number) => {
      ops.push([op, id]);
    },
  };
}

describe('ThreadedConnection reading', () => {
  it('asks the thread to stop reading when the session leaves its loop early, and nothing once closed', async () => {
    const outbox = recordingOutbox();
    const connection = new ThreadedConnection(4, 'tcp', '10.0.0.5', outbox, 4096);
    connection.deliver(Uint8Array.of(1));
    connection.deliver(Uint8Array.of(2));
    for await (const body of connection.messages()) {
      assert.equal(body[0], 1);
      break;
    }
    assert.deepEqual(outbox.ops, [[IoOp.pause, 4]]);
    assert.ok(!connection.closed, 'the session still sends its last message and closes');

    const closedOutbox = recordingOutbox();
    const closed = new ThreadedConnection(5, 'tcp', '10.0.0.6', closedOutbox, 4096);
    closed.deliver(Uint8Array.of(1));
    closed.close();
    for await (const body of closed.messages()) {
      assert.equal(body[0], 1);
      break;
    }
    assert.deepEqual(closedOutbox.ops, [[IoOp.end, 5]]);
  });

  it('hands over the bodies before a framing failure, then throws it; later bodies are dropped', async () => {
    const connection = new ThreadedConnection(6, 'tcp', '10.0.0.7', recordingOutbox(), 4096);
    connection.deliver(Uint8Array.of(1));
    connection.failed('frame declares 70000 bytes', ErrorCode.ERROR_CODE_FRAME_TOO_LARGE);
    connection.deliver(Uint8Array.of(2));
    connection.socketClosed();
    const seen: number[] = [];
    await assert.rejects(
      (async () => {
        for await (const body of connection.messages()) seen.push(body[0] ?? -1);
      })(),
      (error: unknown) => isProtocolError(error) && error.code === ErrorCode.ERROR_CODE_FRAME_TOO_LARGE,
    );
    assert.deepEqual(seen, [1]);
  });

  it('ends the read loop cleanly when the peer ends, even if the socket then closes with an error', async () => {
    const connection = new ThreadedConnection(8, 'tcp', '10.0.0.8', recordingOutbox(), 4096);
    connection.deliver(Uint8Array.of(3));
    connection.peerEnded();
    connection.socketClosed(new Error('thread gone'));
    const seen: number[] = [];
    for await (const body of connection.messages()) seen.push(body[0] ?? -1);
    assert.deepEqual(seen, [3]);
  });
});
