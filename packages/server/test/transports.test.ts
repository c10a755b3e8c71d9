import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { connect as tlsConnect } from 'node:tls';
import { CharacterClass, PROTOCOL_VERSION } from '@realmforge/protocol';
import { startTestServer, uniqueCharacterName, uniqueName } from './helpers/test-server.ts';
import type { TestServer } from './helpers/test-server.ts';

describe('transports: the full account flow over real sockets', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ tickRateHz: 25 });
  });
  after(() => t.close());

  for (const transport of ['tcp', 'tls', 'ws'] as const) {
    it(`${transport}: handshake, register, login, create, list, enter world`, async () => {
      const client = await t.connect(transport, false);
      const welcome = await client.hello();
      assert.equal(welcome.protocolVersion, PROTOCOL_VERSION);
      assert.equal(welcome.tickRateHz, 25);
      const username = uniqueName(transport);
      const accountId = await client.register(username, 'correct horse');
      assert.match(accountId, /^[0-9A-HJKMNP-TV-Z]{26}$/);
      const login = await client.login(username, 'correct horse');
      assert.equal(login.accountId, accountId);
      assert.equal(Buffer.from(login.resumeToken, 'base64url').length, 32);
      const name = uniqueCharacterName();
      const created = await client.createCharacter(name, CharacterClass.CHARACTER_CLASS_MAGE);
      assert.equal(created.character?.name, name);
      assert.equal(created.character.level, 1);
      const list = await client.listCharacters();
      assert.deepEqual(list.map((c) => c.name), [name]);
      const entered = await client.enterWorld(created.character.id ?? '');
      assert.equal(entered.character?.id, created.character.id);
      assert.equal(entered.character?.class, CharacterClass.CHARACTER_CLASS_MAGE);
      client.close();
    });
  }

  it('tls: a TLS 1.2-only client is refused', async () => {
    const { tls } = t.ports;
    assert.ok(tls !== undefined);
    await assert.rejects(
      new Promise((resolve, reject) => {
        const socket = tlsConnect({ host: '127.0.0.1', port: tls, maxVersion: 'TLSv1.2', ca: t.server.tlsCertificate, servername: 'localhost' }, () => {
          resolve(socket.getProtocol());
        });
        socket.once('error', reject);
      }),
      /protocol version|alert|handshake|ECONNRESET/i,
    );
  });

  it('tls: the negotiated protocol is TLS 1.3', async () => {
    const { tls } = t.ports;
    assert.ok(tls !== undefined);
    const protocol = await new Promise<string | null>((resolve, reject) => {
      const socket = tlsConnect({ host: '127.0.0.1', port: tls, ca: t.server.tlsCertificate, servername: 'localhost' }, () => {
        resolve(socket.getProtocol());
        socket.end();
      });
      socket.once('error', reject);
    });
    assert.equal(protocol, 'TLSv1.3');
  });
});
