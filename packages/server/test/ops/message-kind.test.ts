import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeServerMessage, ServerMessage } from '@realmforge/protocol';
import { serverMessageKind } from '../../src/ops/message-kind.ts';

describe('serverMessageKind', () => {
  const cases = Object.keys(ServerMessage.prototype).filter((name) => name !== 'requestId' && name !== 'toJSON');

  it('names the payload case of every encoded ServerMessage, with or without a request id', () => {
    assert.ok(cases.length >= 13);
    for (const kind of cases) {
      assert.equal(serverMessageKind(encodeServerMessage({ [kind]: {} })), kind);
      assert.equal(serverMessageKind(encodeServerMessage({ requestId: 300_000, [kind]: {} })), kind);
    }
    assert.equal(serverMessageKind(encodeServerMessage({ chatMessage: { text: 'hello' } })), 'chatMessage');
  });

  it('says "unknown" for bytes it cannot place', () => {
    assert.equal(serverMessageKind(new Uint8Array()), 'unknown');
    assert.equal(serverMessageKind(new Uint8Array([0x08])), 'unknown');
    assert.equal(serverMessageKind(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff])), 'unknown');
    assert.equal(serverMessageKind(new Uint8Array([0xf8, 0xff, 0x7f, 0x00])), 'unknown');
  });
});
