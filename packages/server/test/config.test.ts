import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig } from '@realmforge/server';
import { envName, flagName } from '../src/config/config.ts';

describe('configuration', () => {
  it('has documented defaults', () => {
    const config = loadConfig();
    assert.equal(config.tcpPort, 7777);
    assert.equal(config.tlsPort, 7778);
    assert.equal(config.httpPort, 8080);
    assert.equal(config.tickRateHz, 20);
    assert.equal(config.maxFrameBytes, 65536);
    assert.equal(config.resumeGraceMs, 30_000);
    assert.equal(config.databaseUrl, undefined);
  });

  it('layers file < env < overrides < flags', () => {
    const dir = mkdtempSync(join(tmpdir(), 'realmforge-config-'));
    const file = join(dir, 'server.json');
    writeFileSync(file, JSON.stringify({ tcpPort: 1001, tlsPort: 1002, httpPort: 1003, serverName: 'FromFile' }));
    try {
      const config = loadConfig({
        argv: ['--config', file, '--http-port=3003'],
        env: { REALMFORGE_TLS_PORT: '2002', REALMFORGE_HTTP_PORT: '2003', REALMFORGE_TCP_PORT: '2001' },
        overrides: { tcpPort: 4001 },
      });
      assert.equal(config.serverName, 'FromFile');
      assert.equal(config.tlsPort, 2002);
      assert.equal(config.tcpPort, 4001);
      assert.equal(config.httpPort, 3003);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the key, its sources and the allowed values when a value is bad', () => {
    assert.throws(() => loadConfig({ env: { REALMFORGE_TCP_PORT: '70000' } }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.match(error.message, /config key "tcpPort" from env REALMFORGE_TCP_PORT: /);
      assert.match(error.message, /65535/);
      return true;
    });
    assert.throws(() => loadConfig({ argv: ['--log-level', 'loud'] }), /logLevel" from flag --log-level: .*"fatal"/s);
    assert.throws(() => loadConfig({ argv: ['--tls-enabled', 'maybe'] }), /tlsEnabled/);
  });

  it('refuses unknown flags, unknown file keys, missing flag values and unreadable files', () => {
    assert.throws(() => loadConfig({ argv: ['--tcp-prot', '1'] }), /unknown flag "--tcp-prot"/);
    assert.throws(() => loadConfig({ argv: ['--tcp-port'] }), /flag --tcp-port needs a value/);
    assert.throws(() => loadConfig({ argv: ['--config', '/nonexistent/realmforge.json'] }), /cannot be read/);
    const dir = mkdtempSync(join(tmpdir(), 'realmforge-config-'));
    try {
      writeFileSync(join(dir, 'a.json'), '{"tcpPrt": 1}');
      assert.throws(() => loadConfig({ argv: ['--config', join(dir, 'a.json')] }), /unknown config key\(s\) "tcpPrt"/);
      writeFileSync(join(dir, 'b.json'), '{not json');
      assert.throws(() => loadConfig({ argv: ['--config', join(dir, 'b.json')] }), /not valid JSON/);
      writeFileSync(join(dir, 'c.json'), '[1]');
      assert.throws(() => loadConfig({ argv: ['--config', join(dir, 'c.json')] }), /must hold a JSON object/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('parses booleans from text', () => {
    assert.equal(loadConfig({ env: { REALMFORGE_TLS_ENABLED: 'false' } }).tlsEnabled, false);
    assert.equal(loadConfig({ argv: ['--tls-enabled', 'yes'] }).tlsEnabled, true);
  });

  it('derives env and flag names from keys', () => {
    assert.equal(envName('maxFrameBytes'), 'REALMFORGE_MAX_FRAME_BYTES');
    assert.equal(flagName('maxFrameBytes'), '--max-frame-bytes');
  });
});
