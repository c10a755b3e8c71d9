import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { WebSocket } from 'ws';
import { decodeServerMessage, encodeClientMessage, PROTOCOL_VERSION } from '@realmforge/protocol';
import { loadTlsCredentials } from '../src/net/tls-credentials.ts';
import { startTestServer, tempDir } from './helpers/test-server.ts';
import type { TestServer } from './helpers/test-server.ts';

describe('WebSocket over TLS when a certificate is configured', () => {
  let t: TestServer;
  let cert: string;
  before(async () => {
    const certDir = tempDir();
    // Make a certificate the way an operator would bring one: files on disk.
    cert = (await loadTlsCredentials({ dataDir: certDir })).cert;
    t = await startTestServer({ tlsCertFile: join(certDir, 'tls', 'dev-cert.pem'), tlsKeyFile: join(certDir, 'tls', 'dev-key.pem') });
  });
  after(() => t.close());

  it('serves wss:// on the HTTP port and speaks the protocol over it', async () => {
    const ws = new WebSocket(`wss://localhost:${t.ports.http}/ws`, { ca: cert });
    const welcome = await new Promise<number>((resolve, reject) => {
      ws.once('open', () => {
        ws.send(encodeClientMessage({ requestId: 1, hello: { protocolVersion: PROTOCOL_VERSION } }));
      });
      ws.once('message', (data: Buffer) => {
        resolve(decodeServerMessage(data).welcome?.protocolVersion ?? -1);
      });
      ws.once('error', reject);
    });
    assert.equal(welcome, PROTOCOL_VERSION);
    ws.close();
  });

  it('refuses plain ws:// on the same port', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${t.ports.http}/ws`);
    await assert.rejects(new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    }));
  });

  it('refuses a configuration with only one of certificate and key', async () => {
    await assert.rejects(startTestServer({ tlsCertFile: '/nonexistent/cert.pem' }), /must be set together/);
  });
});
