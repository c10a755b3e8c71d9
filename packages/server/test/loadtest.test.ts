/**
 * The load harness (tools/loadtest, `npm run loadtest`). A smoke run: a few hundred bots of
 * every scenario, split over two worker processes, against a server the harness starts as a
 * child process, for a few seconds. Behaviour only, never timings: everyone connects and enters
 * the world, everyone receives frames, nobody is disconnected, the combat bots got replies and
 * killed, the traders completed trades, the server's metrics were read. The
 * server plays the crash test's content (rats beside the spawn point) so that fighters find
 * foes within the few seconds of the run; the default maps' spawners are 200 m away.
 * Plus the pure parts: scenario mixes, ramp parsing, Prometheus text and bucket quantiles, plots.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CharacterClass, encodeServerMessage, v1 } from '@realmforge/protocol';
import { skimWorldFrame } from '../../../tools/bots/frame-skim.ts';
import { WorldSight } from '../../../tools/bots/world-sight.ts';
import type { SeenCombatEvent } from '../../../tools/bots/world-sight.ts';
import { defaultName, LoadCliError, parseLoadArgs, parseRamp } from '../../../tools/loadtest/cli.ts';
import { bucketQuantile, bucketsOf, parseSamples, total } from '../../../tools/loadtest/prometheus-text.ts';
import { writeLoadResult } from '../../../tools/loadtest/result-files.ts';
import { LoadOptionError, runLoadTest } from '../../../tools/loadtest/run-load.ts';
import { DEFAULT_BOT_NICE } from '../../../tools/loadtest/bot-priority.ts';
import { replicatedTicksPerSecond, worldTicksPerSecond } from '../../../tools/loadtest/world-tick-rate.ts';
import { assignScenarios, describeMix, MixError, pairPartners, parseMix } from '../../../tools/loadtest/scenario-mix.ts';
import { COMBAT_REPLY } from '../../../tools/loadtest/scenarios/combat.ts';
import { INVENTORY_REPLY, TRADE_COMPLETED, TRADE_STEP_REPLY } from '../../../tools/loadtest/scenarios/traders.ts';
import { writeCrashContent } from './crash/crash-content.ts';
import { linePlot, niceStep } from '../../../tools/loadtest/svg-plot.ts';
import { busyTree, readCpuProfile } from '../../../tools/profile/cpu-profile.ts';
import { REPOSITORY_ROOT } from '../../../tools/profile/profile-report.ts';
import type { ProfileSummary } from '../../../tools/profile/profile-report.ts';

describe('load harness smoke run', () => {
  it('240 bots of every scenario in two worker processes all play without a disconnect', async () => {
    const players = 240;
    const harnessNice = getPriority();
    const content = mkdtempSync(join(tmpdir(), 'realmforge-loadtest-content-'));
    const zones = writeCrashContent(content);
    const result = await runLoadTest({
      mix: 'wander:40,crowd:15,combat:15,chatter:10,traders:10,churn:10',
      players,
      // A few hundred registrations and logins (two password hashes each) take seconds, many
      // on a busy 2-core machine running other tests: play 6 s once everyone is in, whenever
      // that is (a trader's first round starts 3-6 s after it entered), with 60 s as the limit.
      durationS: 60,
      holdS: 6,
      rampPerS: 120,
      transport: 'tcp',
      processes: 2,
      serverFlags: ['--content-dir', zones, '--combat-content-file', join(content, 'combat.json')],
      profile: true,
    }).finally(() => {
      rmSync(content, { recursive: true, force: true });
    });
    const b = result.bots;
    assert.deepEqual(result.problems, []);
    assert.equal(result.ok, true);
    assert.equal(b.target, players);
    assert.equal(b.enteredWorld, players, 'everyone entered the world');
    assert.equal(b.botsWithFrames, players, 'everyone received world frames');
    assert.deepEqual(b.disconnects, {}, 'nobody was disconnected');
    assert.deepEqual(b.setupFailures, {});
    assert.deepEqual(b.errors, {});
    assert.ok(b.inputsAcked > 0 && b.latency.count === b.inputsAcked);
    assert.ok(b.replyLatency.count > 0, 'chatter bots got ChatSent replies');
    assert.ok((b.actionLatency[COMBAT_REPLY]?.count ?? 0) > 0, 'combat bots got replies');
    assert.ok((b.outcomes.kills ?? 0) > 0, 'combat bots killed rats');
    assert.ok((b.actionLatency[INVENTORY_REPLY]?.count ?? 0) > 0, 'traders bought and sold');
    assert.ok((b.actionLatency[TRADE_STEP_REPLY]?.count ?? 0) > 0, 'traders got trade replies');
    assert.ok((b.outcomes['trades completed'] ?? 0) > 0 && b.actionLatency[TRADE_COMPLETED]?.count === b.outcomes['trades completed'], 'traders completed trades');
    assert.deepEqual(Object.keys(b.handledErrors).filter((reason) => reason.includes('REVISION_STALE')), [], 'traders confirm once both offers are in, never a stale revision');
    assert.ok(b.entityChanges > b.worldFrames, 'frames carried entity changes');
    assert.ok(b.view.samples >= players && b.view.mean > 0 && b.view.max >= b.view.p99, 'the bots counted the entities in their view');
    assert.ok(result.timeline.bots.some((second) => second.view.mean > 0), 'entities in view in the per-second timeline');
    assert.equal(b.botProcesses.length, 2);
    assert.equal(result.options.botNice, Math.max(getPriority(), DEFAULT_BOT_NICE));
    assert.deepEqual(b.botProcesses.map((p) => p.nice), [result.options.botNice, result.options.botNice], 'the bots yielded the cores to the server');
    assert.equal(getPriority(), harnessNice, 'the harness itself keeps its priority');
    assert.ok(result.steady !== undefined && result.steady.ack.count > 0, 'latency once everyone was in');
    assert.ok(result.steady.view.samples > 0 && result.steady.view.mean > 0, 'entities in view in the steady window');
    const s = result.server;
    assert.ok(s !== undefined, 'the started server\'s metrics were scraped');
    assert.ok(s.peakPlayersInWorld > 0 && s.peakPlayersInWorld <= players);
    assert.ok(s.cpuSeconds > 0 && s.rates.socketWritesPerS > 0 && s.rates.messagesInPerS > 0);
    assert.ok(Object.keys(s.tickP99Ms).includes('meadow'), 'tick durations of the start zone');
    assert.ok(s.threadsBusy !== undefined && s.threadsBusy.main > 0 && s.threadsBusy.main <= 1.05, `the main thread's busy share: ${JSON.stringify(s.threadsBusy)}`);
    for (const reason of Object.keys(s.disconnects)) assert.equal(reason, 'closed', 'the server ended sessions only when clients left');
    assert.ok(result.timeline.bots.length >= 3 && result.timeline.server.length >= 3);
    const steadyServer = result.steady.server;
    assert.ok(steadyServer !== undefined && steadyServer.seconds > 0 && steadyServer.seconds < s.seconds, 'the server\'s steady state is a part of the run');
    assert.ok(steadyServer.cpuSeconds > 0 && steadyServer.cpuSeconds < s.cpuSeconds && Object.keys(steadyServer.tickP99Ms).includes('meadow'));
    const chat = steadyServer.requestMs.sendChat;
    assert.ok(chat !== undefined && chat.p50 > 0 && chat.p99 >= chat.p50, `the server timed its chat answers: ${JSON.stringify(steadyServer.requestMs)}`);
    assert.ok(Object.keys(s.storeMs).length > 0, 'store operations timed');
    const dir = mkdtempSync(join(tmpdir(), 'realmforge-loadtest-'));
    try {
      const written = writeLoadResult(dir, 'smoke', result);
      assert.equal(written.plots.length, 3);
      assert.match(readFileSync(written.markdown, 'utf8'), /\*\*Result: OK\*\*/);
      assert.match(readFileSync(written.markdown, 'utf8'), /other entities in view per player .*: whole run mean \d/);
      assert.match(readFileSync(written.markdown, 'utf8'), /skipped \d+, caught up \(run without replication\) \d+, degraded .* \d+; the world ran [\d.]+ of its 20 ticks a second, [\d.]+ of them replicated/);
      assert.match(readFileSync(written.markdown, 'utf8'), /- steady \(from [\d.]+ s\): CPU [\d.]+ cores .*tick p50: .*meadow/);
      assert.match(readFileSync(written.markdown, 'utf8'), /- steady, requests handled by the server, p50\/p99 ms .*: .*sendChat [\d.]+\/[\d.]+/);
      assert.match(readFileSync(written.markdown, 'utf8'), /- event loops busy \(over the whole run; event-loop utilization\): the main thread \(world, sessions\) \d+%; /);
      const json = JSON.parse(readFileSync(written.json, 'utf8')) as { ok: boolean; timeline: { bots: unknown[] }; options: { profile?: boolean }; profile?: ProfileSummary; serverProfile?: unknown };
      assert.equal(json.ok, true);
      // The run was profiled: the server's main thread, summarised and drawn; the raw profile kept beside.
      assert.equal(json.options.profile, true);
      assert.equal(json.serverProfile, undefined, 'the raw profile is its own file, not part of the JSON');
      assert.ok(json.profile !== undefined && json.profile.busySamples > 0 && json.profile.busyShare > 0 && json.profile.busyShare <= 1, 'where the server\'s time went');
      assert.equal(json.profile.flameGraph, 'smoke-flame.svg');
      assert.ok(json.profile.files.some((f) => f.file.startsWith('packages/server/src/') && f.share > 0), `engine files by share: ${JSON.stringify(json.profile.files)}`);
      assert.ok(json.profile.functions.length > 0);
      assert.ok(written.profile !== undefined);
      assert.match(readFileSync(written.profile.flameGraph, 'utf8'), /^<svg [^>]*>[\s\S]*<title>[\s\S]*<\/svg>\n$/);
      assert.equal(busyTree(readCpuProfile(written.profile.cpuProfile), REPOSITORY_ROOT).total, json.profile.busySamples, 'the raw profile kept is the one summarised');
      assert.match(readFileSync(written.markdown, 'utf8'), /## Where the time goes \(CPU profile\)[\s\S]*\| packages\/server\/src\/[\s\S]*!\[Flame graph\]\(smoke-flame\.svg\)/);
      for (const plot of written.plots) assert.match(readFileSync(plot, 'utf8'), /^<svg [^>]*>[\s\S]*<path d="M[\s\S]*<\/svg>\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses options out of range before starting anything', async () => {
    const base = { mix: 'wander', players: 10, durationS: 5, rampPerS: 10, transport: 'tcp', processes: 1 } as const;
    await assert.rejects(runLoadTest({ ...base, players: 0 }), LoadOptionError);
    await assert.rejects(runLoadTest({ ...base, processes: 11 }), /processes \(11\) must not exceed players/);
    await assert.rejects(runLoadTest({ ...base, mix: 'dance' }), MixError);
    await assert.rejects(runLoadTest({ ...base, host: '127.0.0.1' }), /--host needs --port/);
    await assert.rejects(runLoadTest({ ...base, botNice: 20 }), /bot-nice must be an integer from 0 to 19; got 20/);
    await assert.rejects(runLoadTest({ ...base, botNice: 2.5 }), /bot-nice/);
    await assert.rejects(runLoadTest({ ...base, host: '127.0.0.1', port: 1, profile: true }), /--profile profiles a server the run starts/);
  });

  it('refuses a TLS run whose started server has TLS turned off, after stopping that server', async () => {
    await assert.rejects(
      runLoadTest({ mix: 'wander', players: 1, durationS: 5, rampPerS: 10, transport: 'tls', processes: 1, serverFlags: ['--tls-enabled', 'false'] }),
      /the started server has no TLS port/,
    );
  });
});

describe('load harness parts', () => {
  it('mixes scenarios in proportion for every prefix of the bots', () => {
    const mix = parseMix('wander:80,chatter:10,churn:10');
    assert.equal(describeMix(mix), 'wander:80,chatter:10,churn:10');
    const assigned = assignScenarios(mix, 1000).map((s) => s.name);
    for (const n of [10, 100, 1000]) {
      const head = assigned.slice(0, n);
      assert.equal(head.filter((x) => x === 'wander').length, n * 0.8);
      assert.equal(head.filter((x) => x === 'churn').length, n * 0.1);
    }
    assert.deepEqual(parseMix('crowd').map((p) => [p.scenario.name, p.share]), [['crowd', 1]]);
    assert.throws(() => parseMix('wander:0'), MixError);
    assert.throws(() => parseMix('wander:50,wander:50'), /listed twice/);
    assert.throws(() => parseMix('wander:x'), /positive number/);
  });

  it('parses the command line', () => {
    const c = parseLoadArgs(['--scenario', 'wander:80,churn:20', '--players', '500', '--ramp', 'burst', '--transport', 'ws', '--processes', '2', '--tick-rate-hz', '25']);
    assert.equal(c.options.rampPerS, Infinity);
    assert.equal(c.options.transport, 'ws');
    assert.deepEqual(c.options.serverFlags, ['--tick-rate-hz', '25']);
    assert.equal(c.tickMs, 40);
    assert.equal(c.name, 'mixed-500-ws');
    assert.equal(defaultName('wander', 1000, 'tcp'), 'wander-1000');
    assert.equal(defaultName('wander', 1000, 'tls', true), 'wander-1000-tls-udp');
    assert.equal(parseLoadArgs(['--players', '5', '--transport', 'tls', '--datagrams']).options.transport, 'tls');
    assert.throws(() => parseLoadArgs(['--players', '5', '--transport', 'tls', '--tls-ca', 'ca.pem']), /--tls-ca is for --transport tls against a running server/);
    assert.throws(() => parseLoadArgs(['--players', '5', '--transport', 'quic']), /--transport must be tcp, tls or ws/);
    assert.equal(parseRamp('100/s'), 100);
    assert.equal(parseRamp('25'), 25);
    assert.throws(() => parseRamp('fast'), LoadCliError);
    assert.throws(() => parseLoadArgs([]), /--players is required/);
    assert.equal(parseLoadArgs(['--players', '5', '--bot-nice', '0']).options.botNice, 0);
    assert.equal(parseLoadArgs(['--players', '5']).options.botNice, undefined, 'the run fills in the default');
    assert.throws(() => parseLoadArgs(['--players', '5', '--bot-nice', 'low']), /--bot-nice must be a number/);
    assert.throws(() => parseLoadArgs(['--players', '5', '--name', '../x']), /--name/);
    assert.deepEqual(parseLoadArgs(['--players', '5', '--server-node-arg=--cpu-prof', '--server-node-arg=--cpu-prof-dir=p']).options.serverNodeFlags, ['--cpu-prof', '--cpu-prof-dir=p']);
    assert.throws(() => parseLoadArgs(['--players', '5', '--host', '127.0.0.1', '--server-node-arg=--cpu-prof']), /--server-node-arg/);
    assert.equal(parseLoadArgs(['--players', '5', '--profile']).options.profile, true);
    assert.equal(parseLoadArgs(['--players', '5']).options.profile, undefined);
    assert.throws(() => parseLoadArgs(['--players', '5', '--host', 'h', '--port', '1', '--profile']), /--profile profiles the started server/);
    assert.throws(() => parseLoadArgs(['--players', '5', '--host', 'h', '--port', '1', '--tick-rate-hz', '30']), /running server/);
  });

  it('reads Prometheus text and interpolates bucket quantiles as histogram_quantile does', () => {
    const samples = parseSamples([
      '# HELP t tick',
      't_bucket{zone="a",le="0.01"} 50',
      't_bucket{zone="a",le="0.02"} 90',
      't_bucket{zone="a",le="+Inf"} 100',
      't_count{zone="a"} 100',
      'c{reason="x \\"y\\""} 3',
      'c{reason="z"} 4',
      'g 2.5',
    ].join('\n'));
    assert.equal(total(samples, 'c'), 7);
    assert.equal(total(samples, 'c', { reason: 'x "y"' }), 3);
    assert.equal(total(samples, 'g'), 2.5);
    const buckets = bucketsOf(samples, 't', { zone: 'a' });
    assert.equal(bucketQuantile(buckets, 0.5), 0.01);
    assert.ok(Math.abs((bucketQuantile(buckets, 0.7) ?? 0) - 0.015) < 1e-12);
    assert.equal(bucketQuantile(buckets, 0.99), 0.02, 'in the +Inf bucket: the largest finite bound');
    assert.equal(bucketQuantile(new Map([[Infinity, 0]]), 0.5), undefined);
  });

  it('derives the ticks a world ran from the ticks its clock skipped, and those it replicated from the caught-up ones', () => {
    assert.equal(worldTicksPerSecond(20, 0, 60), 20);
    assert.ok(Math.abs(worldTicksPerSecond(20, 8993, 600.1) - 5.014) < 0.001);
    assert.equal(worldTicksPerSecond(20, 500, 10), 0, 'never below zero');
    assert.equal(worldTicksPerSecond(30, 5, 0), 30, 'no span: the configured rate');
    // Of the ticks run, the caught-up ones sent no frames.
    assert.equal(replicatedTicksPerSecond(20, 0, 0, 60), 20);
    assert.equal(replicatedTicksPerSecond(20, 600, 600, 60), 0, '10 run a second, all caught up');
    assert.ok(Math.abs(replicatedTicksPerSecond(20, 120, 540, 60) - 9) < 1e-9, '18 run a second, 9 of them caught up');
    assert.equal(replicatedTicksPerSecond(20, 0, 5, 0), 20, 'no span: the configured rate');
  });

  it('pairs the bots of a pairing scenario within one worker\'s range, in order', () => {
    const scenarios = assignScenarios(parseMix('traders:50,wander:50'), 12);
    const traderIndexes = scenarios.flatMap((s, i) => (s.name === 'traders' ? [i] : []));
    assert.deepEqual(traderIndexes, [0, 2, 4, 6, 8, 10]);
    const partners = pairPartners(scenarios, 2, 10);
    assert.deepEqual([...partners].sort((a, b) => a[0] - b[0]), [[2, 4], [4, 2], [6, 8], [8, 6]], 'bot 10 is the odd one out; bot 0 is outside the range');
    assert.equal(pairPartners(assignScenarios(parseMix('wander'), 4), 0, 4).size, 0);
  });

  it('reads what a fighter needs from world frames without decoding them', () => {
    const sight = new WorldSight();
    const events: SeenCombatEvent[] = [];
    sight.onCombatEvent = (event) => events.push(event);
    const { ENTITY_KIND_PLAYER: PLAYER, ENTITY_KIND_NPC: NPC } = v1.EntityKind;
    const frame = (init: Parameters<typeof encodeServerMessage>[0]['worldFrame']): Uint8Array => encodeServerMessage({ worldFrame: init });
    sight.read(frame({ tick: 1, reset: true, zone: 'ironwood', selfEntityId: 3, enters: [
      { entityId: 3, kind: PLAYER, name: 'Ann', x: 160, y: 320, hitPoints: 80, class: CharacterClass.CHARACTER_CLASS_MAGE, resource: 120 },
      { entityId: 9, kind: NPC, name: 'Wolf', x: 16, y: 8, hitPoints: 70 },
    ] }));
    assert.equal(sight.zone, 'ironwood');
    assert.deepEqual(sight.self, { id: 3, kind: PLAYER, x: 10, y: 20, classId: CharacterClass.CHARACTER_CLASS_MAGE, hitPoints: 80, resource: 120, dead: false });
    assert.deepEqual(sight.entities.get(9), { id: 9, kind: NPC, x: 1, y: 0.5, classId: 0, hitPoints: 70, resource: 0, dead: false });
    sight.read(frame({ tick: 2, updates: [{ entityId: 9, hitPoints: 0, dead: true }, { entityId: 3, x: 32, resource: 100 }, { entityId: 77, x: 1 }], events: [{ kind: v1.CombatEventKind.COMBAT_EVENT_KIND_DAMAGE, sourceEntityId: 3, targetEntityId: 9, amount: 70, skillId: 10 }] }));
    assert.equal(sight.entities.get(9)?.dead, true);
    assert.equal(sight.entities.get(9)?.x, 1, 'absent fields are unchanged');
    assert.deepEqual([sight.self.x, sight.self.y, sight.self.resource], [2, 20, 100]);
    assert.equal(sight.entities.has(77), false, 'an update of an entity never seen is ignored');
    assert.deepEqual(events, [{ kind: v1.CombatEventKind.COMBAT_EVENT_KIND_DAMAGE, sourceId: 3, targetId: 9, amount: 70, skillId: 10 }]);
    sight.read(frame({ tick: 3, leaves: [9] }));
    assert.equal(sight.entities.has(9), false);
    sight.read(encodeServerMessage({ requestId: 4, pong: { nonce: 1 } }));
    sight.read(frame({ tick: 4, reset: true, zone: 'meadow', selfEntityId: 5, enters: [{ entityId: 5, kind: PLAYER }] }));
    assert.deepEqual([sight.zone, sight.selfId, [...sight.entities.keys()]], ['meadow', 5, [5]], 'a reset frame forgets everything');
    const whole = frame({ tick: 5, enters: [{ entityId: 6, kind: NPC }] });
    assert.throws(() => { sight.read(whole.subarray(0, whole.length - 2)); }, RangeError);
  });

  it('skims a world frame\'s ack, reset flag and entity changes without decoding it', () => {
    const frame = encodeServerMessage({ worldFrame: { tick: 9, ackSequence: 300, reset: true, zone: 'meadow', enters: [{ entityId: 1, name: 'Ann' }], updates: [{ entityId: 2, x: 5 }, { entityId: 3, y: 400 }], leaves: [7, 300, 9] } });
    assert.deepEqual(skimWorldFrame(frame), { ackSequence: 300, reset: true, entityChanges: 6, enters: 1, leaves: 3 });
    const twoIn = encodeServerMessage({ worldFrame: { tick: 10, enters: [{ entityId: 4 }, { entityId: 5 }], leaves: [128] } });
    assert.deepEqual(skimWorldFrame(twoIn), { ackSequence: 0, reset: false, entityChanges: 3, enters: 2, leaves: 1 }, 'a two-byte id is one leave');
    assert.deepEqual(skimWorldFrame(encodeServerMessage({ worldFrame: { tick: 1 } })), { ackSequence: 0, reset: false, entityChanges: 0, enters: 0, leaves: 0 });
    assert.equal(skimWorldFrame(encodeServerMessage({ requestId: 4, pong: { nonce: 1 } })), undefined);
    assert.throws(() => skimWorldFrame(frame.subarray(0, frame.length - 3)), RangeError);
  });

  it('skims any world frame as the protocol decoder reads it (values of every varint length)', () => {
    const uint32 = fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 0xffffffff }));
    const frames = fc.record({
      tick: uint32,
      ackSequence: uint32,
      reset: fc.boolean(),
      enters: fc.array(fc.record({ entityId: uint32, x: uint32, name: fc.string({ maxLength: 3 }) }), { maxLength: 4 }),
      updates: fc.array(fc.record({ entityId: uint32, x: uint32, y: uint32 }), { maxLength: 6 }),
      leaves: fc.array(uint32, { maxLength: 5 }),
    });
    fc.assert(fc.property(frames, (worldFrame) => {
      const skimmed = skimWorldFrame(encodeServerMessage({ requestId: 0, worldFrame }));
      const changes = worldFrame.enters.length + worldFrame.updates.length + worldFrame.leaves.length;
      assert.deepEqual(skimmed, { ackSequence: worldFrame.ackSequence, reset: worldFrame.reset, entityChanges: changes, enters: worldFrame.enters.length, leaves: worldFrame.leaves.length });
    }));
  });

  it('draws plots with nice ticks, gaps and reference lines', () => {
    assert.equal(niceStep(100), 20);
    assert.equal(niceStep(7), 2);
    const svg = linePlot({ title: 'a < b', xLabel: 's', yLabel: 'ms', series: [{ label: 'p99', points: [[0, 1], [1, undefined], [2, 3]] }], references: [{ label: 'target', y: 65 }] });
    assert.match(svg, /a &lt; b/);
    assert.equal((svg.match(/<path /g) ?? []).length, 1);
    assert.match(svg, /d="M[\d.]+ [\d.]+ M[\d.]+ [\d.]+"/, 'the gap lifts the pen');
    assert.match(svg, /stroke-dasharray/);
  });
});
