/**
 * The capacity search's machine check (tools/loadtest/machine-check.ts): the floor's transport
 * for a load run's, the checked-in reference it is compared with, its sentence, and a real
 * check of a few clients.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FloorResult } from '../../../bench/floor/floor-run.ts';
import { floorReference, floorTransport, machineCheckSentence, runMachineCheck } from '../../../tools/loadtest/machine-check.ts';

const latency = { count: 100, p50: 30, p90: 45, p99: 53.1, p999: 55, max: 56 };

function floor(micros: number): FloorResult {
  return {
    transport: 'tcp', clients: 2500, connected: 2500, windowS: 10, inputsSentPerSecond: 23_000, inputsPerSecond: 23_000, writesPerSecond: 23_000, framesReceivedPerSecond: 23_000,
    serverCpuCores: 0.63, serverCpuKernelShare: 0.52, serverCpuMicrosPerInput: micros, clientCpuCores: 0.61, totalCpuCores: 1.24, closed: 0, ack: latency, tickLateness: latency,
  };
}

describe('machine check', () => {
  it('measures over the search\'s own transport: datagrams over UDP, WebSocket as itself, TCP and TLS over TCP', () => {
    assert.equal(floorTransport({ transport: 'tcp' }), 'tcp');
    assert.equal(floorTransport({ transport: 'tls' }), 'tcp');
    assert.equal(floorTransport({ transport: 'ws' }), 'ws');
    assert.equal(floorTransport({ transport: 'tcp', datagrams: true }), 'udp');
  });

  it('finds the checked-in figure for the same transport and count, and nothing where there is none', () => {
    const json = JSON.stringify({ date: '2026-11-27T06:26:16.582Z', results: [{ ...floor(26.5), clients: 1000 }, floor(19), { ...floor(12.9), transport: 'udp' }] });
    assert.deepEqual(floorReference(json, 'tcp', 2500), { serverCpuMicrosPerInput: 19, date: '2026-11-27T06:26:16.582Z' });
    assert.deepEqual(floorReference(json, 'udp', 2500), { serverCpuMicrosPerInput: 12.9, date: '2026-11-27T06:26:16.582Z' });
    assert.equal(floorReference(json, 'tcp', 1500), undefined, 'no such count');
    assert.equal(floorReference(json, 'ws', 2500), undefined, 'no such transport');
    assert.equal(floorReference('not json', 'tcp', 2500), undefined);
    assert.equal(floorReference('{"results": 3}', 'tcp', 2500), undefined);
  });

  it('says what the bare sockets cost, against the reference where there is one', () => {
    assert.equal(
      machineCheckSentence(floor(27.1), { serverCpuMicrosPerInput: 19, date: '2026-11-27T06:26:16.582Z' }),
      'Machine check before the search (the socket floor, no game in it: 2,500 of 2,500 clients over tcp, 10 s): the server\'s CPU was 27.1 µs per input, 1.43× the 19 µs of the checked-in floor results (bench/results/floor.json, 2026-11-27); the clients took 61% of a core and saw input → ack p99 53.1 ms.',
    );
    assert.match(machineCheckSentence(floor(27.1), undefined), /27\.1 µs per input, the checked-in floor results have no figure for this transport and count to compare with;/);
  });

  it('runs the socket floor with the search\'s clients and compares it', async () => {
    const check = await runMachineCheck(30, { transport: 'tcp', processes: 1 }, { warmupS: 0.5, windowS: 1 });
    assert.equal(check.floor.transport, 'tcp');
    assert.equal(check.floor.connected, 30, 'every client connected');
    assert.ok(check.floor.inputsPerSecond > 0 && check.floor.framesReceivedPerSecond > 0, 'inputs went in and frames came back');
    assert.ok(check.floor.serverCpuMicrosPerInput > 0);
    assert.equal(check.reference, undefined, 'the checked-in floor has no 30-client figure');
    assert.match(check.sentence, /^Machine check before the search \(the socket floor, no game in it: 30 of 30 clients over tcp/);
  });
});
