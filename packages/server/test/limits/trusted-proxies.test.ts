/** Player addresses through a trusted reverse proxy: X-Forwarded-For parsing and per-address limits on real WebSockets. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import WebSocket from 'ws';
import { loadConfig } from '../../src/config/config.ts';
import { TrustedProxies } from '../../src/net/trusted-proxies.ts';
import { startTestServer } from '../helpers/test-server.ts';

describe('TrustedProxies', () => {
  const proxies = new TrustedProxies(['10.0.0.0/8', '127.0.0.1', 'fd00::/8']);

  it('trusts listed addresses and ranges, also IPv4-mapped, and nothing else', () => {
    assert.equal(proxies.trusts('10.1.2.3'), true);
    assert.equal(proxies.trusts('::ffff:127.0.0.1'), true);
    assert.equal(proxies.trusts('fd12::1'), true);
    assert.equal(proxies.trusts('11.0.0.1'), false);
    assert.equal(proxies.trusts('not an address'), false);
    assert.equal(new TrustedProxies([]).trusts('127.0.0.1'), false);
  });

  it('takes the right-most untrusted hop of X-Forwarded-For from a trusted peer', () => {
    assert.equal(proxies.clientAddress('127.0.0.1', '198.51.100.7'), '198.51.100.7');
    // The client wrote the left-most entry itself; only what the proxies appended counts.
    assert.equal(proxies.clientAddress('127.0.0.1', '1.1.1.1, 198.51.100.7, 10.0.0.5'), '198.51.100.7');
    assert.equal(proxies.clientAddress('127.0.0.1', ['1.1.1.1', '198.51.100.7']), '198.51.100.7');
    assert.equal(proxies.clientAddress('127.0.0.1', '10.0.0.9, 10.0.0.5'), '10.0.0.9', 'all hops trusted: the farthest one');
    assert.equal(proxies.clientAddress('127.0.0.1', undefined), '127.0.0.1');
  });

  it('stops at a malformed hop and ignores the header from an untrusted peer', () => {
    assert.equal(proxies.clientAddress('127.0.0.1', '198.51.100.7, garbage'), '127.0.0.1');
    assert.equal(proxies.clientAddress('127.0.0.1', 'garbage, 10.0.0.5'), '10.0.0.5');
    assert.equal(proxies.clientAddress('203.0.113.1', '198.51.100.7'), '203.0.113.1');
  });

  it('rejects entries that are not addresses or ranges, and the config names the key', () => {
    for (const bad of ['', 'example.com', '10.0.0.0/33', '10.0.0.0/', '10.0.0.0/8/8', '::1/129', '10.0.0.0/x']) {
      assert.throws(() => new TrustedProxies([bad]), RangeError, bad);
    }
    assert.deepEqual(loadConfig({ env: { REALMFORGE_TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8' } }).trustedProxies, ['127.0.0.1', '10.0.0.0/8']);
    assert.throws(() => loadConfig({ env: { REALMFORGE_TRUSTED_PROXIES: '127.0.0.1,nope' } }), /trustedProxies/);
  });
});

/** Opens a WebSocket with an X-Forwarded-For header; resolves 'open' or 'refused'. */
function openWs(port: number, forwardedFor: string): Promise<{ outcome: 'open' | 'refused'; ws: WebSocket }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { headers: { 'x-forwarded-for': forwardedFor } });
    ws.once('open', () => {
      resolve({ outcome: 'open', ws });
    });
    ws.once('error', () => {
      resolve({ outcome: 'refused', ws });
    });
  });
}

describe('WebSocket connections through a trusted proxy', () => {
  it('counts per-address limits by the forwarded address when the peer is trusted', async () => {
    const t = await startTestServer({ maxConnectionsPerIp: 1, trustedProxies: ['127.0.0.1'] });
    try {
      const first = await openWs(t.ports.http, '198.51.100.1');
      const second = await openWs(t.ports.http, '198.51.100.2');
      const again = await openWs(t.ports.http, '198.51.100.1');
      assert.deepEqual([first.outcome, second.outcome, again.outcome], ['open', 'open', 'refused']);
      assert.equal(t.server.connectionsRefused, 1);
      for (const { ws } of [first, second, again]) ws.terminate();
    } finally {
      await t.close();
    }
  });

  it('ignores the header when the peer is not a trusted proxy', async () => {
    const t = await startTestServer({ maxConnectionsPerIp: 1 });
    try {
      const first = await openWs(t.ports.http, '198.51.100.1');
      const second = await openWs(t.ports.http, '198.51.100.2');
      assert.deepEqual([first.outcome, second.outcome], ['open', 'refused']);
      for (const { ws } of [first, second]) ws.terminate();
    } finally {
      await t.close();
    }
  });
});
