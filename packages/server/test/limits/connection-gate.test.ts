import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '@realmforge/server';
import { addressKey } from '../../src/net/address-key.ts';
import { ConnectionGate } from '../../src/net/connection-gate.ts';

describe('addressKey', () => {
  it('keeps IPv4, unwraps IPv4-mapped IPv6 and groups IPv6 by /64', () => {
    assert.equal(addressKey('10.1.2.3'), '10.1.2.3');
    assert.equal(addressKey('::ffff:10.1.2.3'), '10.1.2.3');
    assert.equal(addressKey('::FFFF:127.0.0.1'), '127.0.0.1');
    assert.equal(addressKey('2001:db8:0:1:aaaa:bbbb:cccc:dddd'), '2001:db8:0:1::/64');
    assert.equal(addressKey('2001:0db8:0000:0001::1'), '2001:db8:0:1::/64');
    assert.equal(addressKey('2001:db8:0:1::2'), addressKey('2001:db8:0:1:ffff::'), 'one /64, one key');
    assert.notEqual(addressKey('2001:db8:0:1::1'), addressKey('2001:db8:0:2::1'));
    assert.equal(addressKey('::1'), '0:0:0:0::/64');
    assert.equal(addressKey('fe80::1%eth0'), 'fe80:0:0:0::/64');
    assert.equal(addressKey('64:ff9b::1.2.3.4'), '64:ff9b:0:0::/64');
  });

  it('leaves what it cannot parse as it is (lowercased)', () => {
    assert.equal(addressKey('unknown'), 'unknown');
    assert.equal(addressKey('1::2::3'), '1::2::3');
    assert.equal(addressKey('1:2:3:4:5:6:7:8:9'), '1:2:3:4:5:6:7:8:9');
    assert.equal(addressKey('GGGG::1'), 'gggg::1');
  });
});

describe('ConnectionGate', () => {
  it('admits up to maxPerAddress open connections per address and counts the rest', () => {
    const gate = new ConnectionGate({ maxPerAddress: 3, rate: { burst: 100, perSecond: 100 } });
    for (let i = 0; i < 3; i++) assert.equal(gate.admit('10.0.0.1', 0), 'admitted');
    assert.equal(gate.admit('10.0.0.1', 0), 'too-many-open');
    assert.equal(gate.admit('::ffff:10.0.0.1', 0), 'too-many-open', 'the mapped form is the same address');
    assert.equal(gate.admit('10.0.0.2', 0), 'admitted', 'other addresses are not affected');
    assert.equal(gate.openFrom('10.0.0.1'), 3);
    gate.release('10.0.0.1');
    assert.equal(gate.admit('10.0.0.1', 0), 'admitted', 'a closed connection frees its place');
    assert.equal(gate.refusedTooMany, 2);
    gate.release('10.9.9.9'); // unknown: harmless
  });

  it('limits new connections per address by a token bucket', () => {
    const gate = new ConnectionGate({ maxPerAddress: 1000, rate: { burst: 2, perSecond: 1 } });
    assert.equal(gate.admit('10.0.0.1', 0), 'admitted');
    assert.equal(gate.admit('10.0.0.1', 0), 'admitted');
    assert.equal(gate.admit('10.0.0.1', 10), 'too-fast');
    assert.equal(gate.admit('10.0.0.1', 1000), 'admitted');
    assert.equal(gate.refusedTooFast, 1);
  });

  it('stays bounded: idle addresses are forgotten, busy ones never', () => {
    const gate = new ConnectionGate({ maxPerAddress: 10, rate: { burst: 1, perSecond: 1 }, maxTracked: 2_000 });
    for (let i = 0; i < 100; i++) assert.equal(gate.admit(`192.168.0.${i}`, 0), 'admitted');
    // Thousands of one-off addresses that closed again.
    for (let i = 0; i < 20_000; i++) {
      const address = `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`;
      gate.admit(address, i);
      gate.release(address);
    }
    assert.ok(gate.trackedAddresses <= 2_000 + 100, `${gate.trackedAddresses} tracked`);
    for (let i = 0; i < 100; i++) assert.equal(gate.openFrom(`192.168.0.${i}`), 1, 'open connections are still counted');
  });

  it('at the bound, drops the oldest idle addresses even before their buckets refill', () => {
    const gate = new ConnectionGate({ maxPerAddress: 10, rate: { burst: 1, perSecond: 0.001 }, maxTracked: 1_000 });
    for (let i = 0; i < 10; i++) gate.admit(`192.168.1.${i}`, 0);
    for (let i = 0; i < 5_000; i++) {
      const address = `10.1.${i >> 8}.${i & 255}`;
      assert.equal(gate.admit(address, 0), 'admitted');
      gate.release(address);
      assert.ok(gate.trackedAddresses <= 1_000, `${gate.trackedAddresses} tracked after ${i + 1}`);
    }
    // The latest addresses are remembered (their spent buckets refuse a reconnection); the oldest were dropped.
    assert.equal(gate.admit('10.1.19.135', 0), 'too-fast');
    assert.equal(gate.admit('10.1.0.0', 0), 'admitted');
    for (let i = 0; i < 10; i++) assert.equal(gate.openFrom(`192.168.1.${i}`), 1, 'busy addresses are never dropped');
  });

  it('has documented defaults', () => {
    const config = loadConfig();
    assert.equal(config.maxConnectionsPerIp, 50);
    assert.equal(config.connectionsPerSecondPerIp, 20);
    assert.equal(config.connectionBurstPerIp, 40);
  });

  it('refuses nonsense limits', () => {
    assert.throws(() => new ConnectionGate({ maxPerAddress: 0, rate: { burst: 1, perSecond: 1 } }), RangeError);
    assert.throws(() => new ConnectionGate({ maxPerAddress: 1, rate: { burst: 1, perSecond: 0 } }), RangeError);
  });
});
