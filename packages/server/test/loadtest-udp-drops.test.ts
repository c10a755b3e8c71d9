/**
 * The load harness's reading of the kernel's UDP receive-buffer drops
 * (tools/loadtest/udp-receive-drops.ts): the right column of /proc/net/snmp's Udp lines, and
 * nothing where there is none.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { receiveBufferErrorsIn, udpReceiveBufferErrors } from '../../../tools/loadtest/udp-receive-drops.ts';

const SNMP = [
  'Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens',
  'Tcp: 1 200 120000 -1 5',
  'Udp: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors',
  'Udp: 67654955 135450 13304694 81153556 13304690 0 0 0 0',
  'UdpLite: InDatagrams NoPorts InErrors OutDatagrams RcvbufErrors SndbufErrors InCsumErrors IgnoredMulti MemErrors',
  'UdpLite: 0 0 0 0 7 0 0 0 0',
  '',
].join('\n');

describe('kernel UDP receive-buffer drops', () => {
  it('are read from the Udp lines\' RcvbufErrors column, not UdpLite\'s', () => {
    assert.equal(receiveBufferErrorsIn(SNMP), 13_304_690);
  });

  it('are unknown where the column or the lines are missing', () => {
    assert.equal(receiveBufferErrorsIn(''), undefined);
    assert.equal(receiveBufferErrorsIn('Udp: InDatagrams NoPorts\nUdp: 1 2\n'), undefined);
    assert.equal(receiveBufferErrorsIn('Udp: RcvbufErrors\n'), undefined);
  });

  it('are a count on Linux, and unknown elsewhere', () => {
    const now = udpReceiveBufferErrors();
    if (process.platform === 'linux') assert.ok(Number.isInteger(now) && (now ?? -1) >= 0);
    else assert.equal(now, undefined);
  });
});
