import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ServerError } from '@realmforge/client';
import { CharacterClass, decodeServerMessage, encodeClientMessage, encodeFrame, ErrorCode, FrameDecoder } from '@realmforge/protocol';
import type { ServerMessage } from '@realmforge/protocol';
import { playerInWorld, startTestServer, uniqueCharacterName, uniqueName } from './helpers/test-server.ts';
import type { TestServer } from './helpers/test-server.ts';

/** Sends raw bytes over TCP and collects every ServerMessage until the server closes. */
function rawExchange(port: number, bytes: Uint8Array): Promise<ServerMessage[]> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => socket.write(bytes));
    const decoder = new FrameDecoder();
    const received: ServerMessage[] = [];
    socket.on('data', (chunk) => {
      for (const body of decoder.push(chunk)) received.push(decodeServerMessage(body));
    });
    socket.on('close', () => {
      resolve(received);
    });
    socket.on('error', reject);
  });
}

const hello = encodeFrame(encodeClientMessage({ requestId: 1, hello: { protocolVersion: 1 } }));

function codeOf(error: unknown): ErrorCode | undefined {
  return error instanceof ServerError ? error.code : undefined;
}

describe('sessions', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ maxCharactersPerAccount: 2 });
  });
  after(() => t.close());

  it('rejects a wrong password and an unknown user alike', async () => {
    const client = await t.connect();
    const username = uniqueName();
    await client.register(username, 'correct horse');
    await assert.rejects(client.login(username, 'wrong horse'), (e) => codeOf(e) === ErrorCode.ERROR_CODE_AUTH_FAILED);
    await assert.rejects(client.login(uniqueName('ghost'), 'correct horse'), (e) => codeOf(e) === ErrorCode.ERROR_CODE_AUTH_FAILED);
    // The session stays usable after a failed login.
    assert.ok((await client.login(username, 'correct horse')).resumeToken.length > 0);
    client.close();
  });

  it('validates registration input and refuses a username taken in another case', async () => {
    const client = await t.connect();
    await assert.rejects(client.register('a', 'correct horse'), (e) => codeOf(e) === ErrorCode.ERROR_CODE_USERNAME_INVALID);
    await assert.rejects(client.register(uniqueName(), 'short'), (e) => codeOf(e) === ErrorCode.ERROR_CODE_PASSWORD_INVALID);
    const username = uniqueName('Case');
    await client.register(username, 'correct horse');
    await assert.rejects(client.register(username.toUpperCase(), 'correct horse'), (e) => codeOf(e) === ErrorCode.ERROR_CODE_USERNAME_TAKEN);
    client.close();
  });

  it('refuses an unsupported protocol version with a fatal error and closes', async () => {
    const client = await t.connect('tcp', false);
    await assert.rejects(client.hello(99), (e) => codeOf(e) === ErrorCode.ERROR_CODE_PROTOCOL_VERSION_UNSUPPORTED);
    const reason = await client.closed;
    assert.equal(reason?.code, ErrorCode.ERROR_CODE_PROTOCOL_VERSION_UNSUPPORTED);
  });

  it('requires the handshake first', async () => {
    const messages = await rawExchange(t.ports.tcp, encodeFrame(encodeClientMessage({ requestId: 7, login: { username: 'x', password: 'y' } })));
    assert.equal(messages.length, 1);
    assert.equal(messages[0]?.error?.code, ErrorCode.ERROR_CODE_HANDSHAKE_REQUIRED);
    assert.equal(messages[0].error.fatal, true);
  });

  it('requires a login before character requests', async () => {
    const client = await t.connect();
    await assert.rejects(client.listCharacters(), (e) => codeOf(e) === ErrorCode.ERROR_CODE_NOT_AUTHENTICATED);
    await assert.rejects(client.enterWorld('x'), (e) => codeOf(e) === ErrorCode.ERROR_CODE_NOT_AUTHENTICATED);
    client.close();
  });

  it('enforces character rules: name, class, uniqueness, limit, ownership', async () => {
    const a = await t.connect();
    const b = await t.connect();
    const ua = uniqueName();
    const ub = uniqueName();
    await a.register(ua, 'correct horse');
    await b.register(ub, 'correct horse');
    await a.login(ua, 'correct horse');
    await b.login(ub, 'correct horse');
    await assert.rejects(a.createCharacter('ab'), (e) => codeOf(e) === ErrorCode.ERROR_CODE_CHARACTER_NAME_INVALID);
    await assert.rejects(a.createCharacter('Bad1Name'), (e) => codeOf(e) === ErrorCode.ERROR_CODE_CHARACTER_NAME_INVALID);
    await assert.rejects(a.createCharacter('Averyveryverylongname'), (e) => codeOf(e) === ErrorCode.ERROR_CODE_CHARACTER_NAME_INVALID);
    await assert.rejects(a.createCharacter(uniqueCharacterName(), CharacterClass.CHARACTER_CLASS_UNSPECIFIED), (e) => codeOf(e) === ErrorCode.ERROR_CODE_CHARACTER_CLASS_INVALID);
    const name = uniqueCharacterName();
    const first = await a.createCharacter(name);
    await assert.rejects(b.createCharacter(name.toLowerCase()), (e) => codeOf(e) === ErrorCode.ERROR_CODE_CHARACTER_NAME_TAKEN);
    await a.createCharacter(uniqueCharacterName());
    await assert.rejects(a.createCharacter(uniqueCharacterName()), (e) => codeOf(e) === ErrorCode.ERROR_CODE_CHARACTER_LIMIT_REACHED);
    const id = first.character?.id ?? '';
    await assert.rejects(b.deleteCharacter(id), (e) => codeOf(e) === ErrorCode.ERROR_CODE_CHARACTER_NOT_FOUND);
    await assert.rejects(b.enterWorld(id), (e) => codeOf(e) === ErrorCode.ERROR_CODE_CHARACTER_NOT_FOUND);
    await a.deleteCharacter(id);
    assert.equal((await a.listCharacters()).length, 1);
    a.close();
    b.close();
  });

  it('a duplicate login disconnects the older session after saving it', async () => {
    const older = await t.connect();
    const { username, characterId } = await playerInWorld(older);
    const newer = await t.connect('ws');
    await newer.login(username, 'correct horse');
    const reason = await older.closed;
    assert.equal(reason?.code, ErrorCode.ERROR_CODE_SESSION_REPLACED);
    // The character left the world, so the new session can enter with it.
    const entered = await newer.enterWorld(characterId);
    assert.equal(entered.character?.id, characterId);
    newer.close();
  });

  it('cannot enter the world twice or create characters while in it', async () => {
    const client = await t.connect();
    const { characterId } = await playerInWorld(client);
    await assert.rejects(client.enterWorld(characterId), (e) => codeOf(e) === ErrorCode.ERROR_CODE_ALREADY_IN_WORLD);
    await assert.rejects(client.createCharacter(uniqueCharacterName()), (e) => codeOf(e) === ErrorCode.ERROR_CODE_ALREADY_IN_WORLD);
    await assert.rejects(client.login('someone', 'correct horse'), (e) => codeOf(e) === ErrorCode.ERROR_CODE_ALREADY_AUTHENTICATED);
    await client.logout();
    // After logout the session is a guest again and may log in.
    await assert.rejects(client.listCharacters(), (e) => codeOf(e) === ErrorCode.ERROR_CODE_NOT_AUTHENTICATED);
    client.close();
  });

  it('answers pings with the payload echoed', async () => {
    const client = await t.connect('ws');
    const rtt = await client.ping(new Uint8Array([1, 2, 3]));
    assert.ok(rtt >= 0);
    const answer = await client.request({ ping: { nonce: 9, sentAtMs: 123.5, payload: new Uint8Array([4, 5]) } });
    assert.equal(answer.pong?.nonce, 9);
    assert.equal(answer.pong.sentAtMs, 123.5);
    assert.deepEqual([...(answer.pong.payload ?? [])], [4, 5]);
    client.close();
  });

  describe('bad bytes close only the offending connection', () => {
    it('garbage after the handshake gets MALFORMED_MESSAGE', async () => {
      const bystander = await t.connect();
      const garbage = encodeFrame(new Uint8Array([0xff, 0xff, 0xff, 0xff]));
      const bytes = Buffer.concat([hello, garbage]);
      const messages = await rawExchange(t.ports.tcp, bytes);
      assert.ok(messages[0]?.welcome);
      assert.equal(messages[1]?.error?.code, ErrorCode.ERROR_CODE_MALFORMED_MESSAGE);
      assert.equal(messages[1].error.fatal, true);
      assert.ok((await bystander.ping()) >= 0);
      bystander.close();
    });

    it('an oversized frame gets FRAME_TOO_LARGE from its length prefix alone', async () => {
      const prefix = new Uint8Array([0x80, 0x80, 0x80, 0x01]); // declares 2 MiB
      const messages = await rawExchange(t.ports.tcp, Buffer.concat([hello, prefix]));
      assert.equal(messages[1]?.error?.code, ErrorCode.ERROR_CODE_FRAME_TOO_LARGE);
    });

    it('an unknown payload case gets UNKNOWN_MESSAGE', async () => {
      const unknown = encodeFrame(new Uint8Array([0xf8, 0x06, 0x01])); // field 111, varint 1
      const messages = await rawExchange(t.ports.tcp, Buffer.concat([hello, unknown]));
      assert.equal(messages[1]?.error?.code, ErrorCode.ERROR_CODE_UNKNOWN_MESSAGE);
    });

    it('an oversized WebSocket message is refused', async () => {
      const client = await t.connect('ws');
      client.send({ ping: { nonce: 1, sentAtMs: 0, payload: new Uint8Array(70 * 1024) } });
      await client.closed;
      await assert.rejects(client.ping());
    });
  });
});
