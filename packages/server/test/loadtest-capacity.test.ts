/**
 * loadtest:capacity: its ladder, its bisection (the largest count a monotone verdict passes, in
 * about log2 of the ladder's runs), the verdict it gives a run against the bounds, the markdown it
 * writes, and the command lines it refuses before starting anything.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { capacityMarkdown, capacitySentence } from '../../../tools/loadtest/capacity-markdown.ts';
import type { CapacityRun } from '../../../tools/loadtest/capacity-markdown.ts';
import { capacityLadder, CapacityLadderError, CapacitySearch, MAX_LADDER } from '../../../tools/loadtest/capacity-search.ts';
import { defaultBounds, judgeRun } from '../../../tools/loadtest/capacity-verdict.ts';
import type { LoadTestResult } from '../../../tools/loadtest/run-load.ts';
import { startServerProcess } from '../../../tools/loadtest/server-process.ts';

const CAPACITY = fileURLToPath(new URL('../../../tools/loadtest/capacity.ts', import.meta.url));

/** The parts of a load result a capacity search reads. */
function result(ackP99: number, replyP99: number, options: { ok?: boolean; cpu?: number; steady?: boolean; ackCount?: number } = {}): LoadTestResult {
  const latency = (p99: number, count: number): unknown => ({ count, p50: p99 / 2, p90: p99, p99, p999: p99, max: p99 });
  const ok = options.ok ?? true;
  return {
    ok,
    problems: ok ? [] : ['3 unexpected disconnects (DROP ×3)'],
    steady: options.steady === false ? undefined : {
      fromS: 10,
      ack: latency(ackP99, options.ackCount ?? 100),
      reply: latency(replyP99, replyP99 === 0 ? 0 : 100),
      actions: {},
      view: { samples: 10, mean: 42.5, p50: 40, p99: 80, max: 90 },
      server: { seconds: 10, cpuCoresMean: options.cpu ?? 0.5, threadsBusy: { main: 0.8, io: [] }, rates: { socketWritesPerS: 1000 }, messagesOut: { worldFrame: 4000 }, peakPlayersInWorld: 100 },
    },
  } as unknown as LoadTestResult;
}

/** Runs a search to its end with a verdict per count. */
function search(ladder: readonly number[], met: (players: number) => boolean): ReturnType<CapacitySearch['finding']> {
  const s = new CapacitySearch(ladder);
  for (let players = s.next(); players !== undefined; players = s.next()) s.record(players, met(players));
  return s.finding();
}

describe('loadtest:capacity', () => {
  it('lays the ladder out from --from to --to, --step apart, --to included off the step', () => {
    assert.deepEqual(capacityLadder(500, 1500, 250), [500, 750, 1000, 1250, 1500]);
    assert.deepEqual(capacityLadder(500, 1600, 250), [500, 750, 1000, 1250, 1500, 1600]);
    assert.deepEqual(capacityLadder(800, 800, 100), [800]);
    assert.throws(() => capacityLadder(0, 100, 10), /--from must be a whole number of at least 1/);
    assert.throws(() => capacityLadder(100, 50, 10), /--to \(50\) must not be below --from \(100\)/);
    assert.throws(() => capacityLadder(100, 200, 1.5), /--step must be a whole number/);
    assert.throws(() => capacityLadder(1, 100_000, 1), CapacityLadderError);
    assert.equal(capacityLadder(1, MAX_LADDER, 1).length, MAX_LADDER);
    assert.throws(() => capacityLadder(1, MAX_LADDER + 1, 1), /more than 400 counts/);
    assert.equal(capacityLadder(1, 2 * MAX_LADDER - 2, 2).length, MAX_LADDER);
  });

  it('finds the largest count a monotone verdict passes and the smallest it fails, in about log2 of the ladder\'s runs', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 6000 }),
      (from, span, step, threshold) => {
        fc.pre(Math.ceil(span / step) + 1 <= MAX_LADDER);
        const ladder = capacityLadder(from, from + span, step);
        const finding = search(ladder, (players) => players <= threshold);
        const passing = ladder.filter((players) => players <= threshold);
        assert.equal(finding.capacity, passing[passing.length - 1]);
        assert.equal(finding.firstFailure, ladder.find((players) => players > threshold));
        // The first count first; then bisection.
        assert.equal(finding.probes[0]?.players, ladder[0]);
        assert.ok(finding.probes.length <= Math.ceil(Math.log2(ladder.length + 1)) + 1, `${finding.probes.length} runs for ${ladder.length} counts`);
        assert.equal(new Set(finding.probes.map((p) => p.players)).size, finding.probes.length, 'no count runs twice');
      },
    ), { numRuns: 300 });
  });

  it('stops at once when the first count fails, and says so when the last one holds', () => {
    const below = search([500, 750, 1000], () => false);
    assert.deepEqual(below, { capacity: undefined, firstFailure: 500, probes: [{ players: 500, met: false }] });
    const above = search([500, 750, 1000], () => true);
    assert.equal(above.capacity, 1000);
    assert.equal(above.firstFailure, undefined);
  });

  it('wants each count\'s verdict before the next, and for the count it handed out', () => {
    const s = new CapacitySearch([100, 200, 300]);
    assert.equal(s.next(), 100);
    assert.throws(() => s.next(), /100 players have no verdict yet/);
    assert.throws(() => {
      s.record(200, true);
    }, /200 players were not the count to run/);
    s.record(100, true);
    assert.throws(() => new CapacitySearch([]), /holds no count/);
    assert.throws(() => new CapacitySearch([2, 1]), /must rise/);
  });

  it('holds a run to one tick + 15 ms for movement, 50 ms for direct replies where it timed some, and its own verdict', () => {
    const bounds = defaultBounds(20);
    assert.deepEqual(bounds, { ackP99Ms: 65, replyP99Ms: 50 });
    assert.deepEqual(judgeRun(result(64.9, 0), bounds), { met: true, reasons: [] });
    assert.deepEqual(judgeRun(result(65, 49), bounds), { met: true, reasons: [] });
    assert.deepEqual(judgeRun(result(72.14, 0), bounds).reasons, ['input → ack p99 72.1 ms, over 65 ms']);
    assert.deepEqual(judgeRun(result(60, 54.7), bounds).reasons, ['direct replies p99 54.7 ms, over 50 ms']);
    assert.deepEqual(judgeRun(result(60, 0, { ok: false }), bounds).reasons, ['3 unexpected disconnects (DROP ×3)']);
    assert.deepEqual(judgeRun(result(60, 0, { steady: false }), bounds), { met: false, reasons: ['no steady state: not every bot was in the world at once'] });
    assert.deepEqual(judgeRun(result(60, 0, { ackCount: 0 }), bounds).reasons, ['no movement input was acknowledged in the steady state']);
    assert.equal(defaultBounds(30).ackP99Ms, 1000 / 30 + 15);
  });

  it('holds the server\'s CPU to a bound only when one is given', () => {
    const bounds = { ...defaultBounds(20), serverCpuCores: 0.7 };
    assert.equal(judgeRun(result(60, 0, { cpu: 0.95 }), defaultBounds(20)).met, true);
    assert.deepEqual(judgeRun(result(60, 0, { cpu: 0.95 }), bounds).reasons, ['server CPU 0.95 cores, over 0.7']);
    assert.equal(judgeRun(result(60, 0, { cpu: 0.7 }), bounds).met, true);
  });

  it('writes the finding first, then every run in the order it ran, with its figures and why it failed', () => {
    const bounds = defaultBounds(20);
    const runs: CapacityRun[] = [
      { players: 500, name: 'c-500', result: result(55, 0), verdict: judgeRun(result(55, 0), bounds) },
      { players: 1500, name: 'c-1500', result: result(180, 0), verdict: judgeRun(result(180, 0), bounds) },
      { players: 1000, name: 'c-1000', result: result(64, 0), verdict: judgeRun(result(64, 0), bounds) },
      { players: 1250, name: 'c-1250', result: result(70, 0), verdict: judgeRun(result(70, 0), bounds) },
    ];
    const ladder = [500, 750, 1000, 1250, 1500];
    const finding = { capacity: 1000, firstFailure: 1250, probes: runs.map((r) => ({ players: r.players, met: r.verdict.met })) };
    const text = capacityMarkdown('capacity-wander', { command: 'npm run loadtest:capacity -- …', machine: 'a box', bounds, ladder }, finding, runs);
    assert.match(text, /\*\*1,000 players\*\*: the largest count run that met every bound; 1,250 failed: input → ack p99 70 ms, over 65 ms\./);
    assert.match(text, /bisection over 5 counts from 500 to 1,500/);
    const rows = text.split('\n').filter((line) => /^\| [\d,]+ \| c-/.test(line));
    assert.deepEqual(rows.map((row) => row.split(' | ')[1]), ['c-500', 'c-1500', 'c-1000', 'c-1250']);
    assert.match(rows[0] ?? '', /^\| 500 \| c-500 \| yes \| 27\.5 \| 55\.0 \| – \| 0\.50 \| 0\.80 \| 4\.0 \| 42\.5 \| – \|$/);
    assert.match(rows[1] ?? '', /\| no \|.*\| input → ack p99 180 ms, over 65 ms \|$/);
    const failedFirst: CapacityRun = { players: 500, name: 'c-500', result: result(90, 0), verdict: judgeRun(result(90, 0), bounds) };
    assert.equal(capacitySentence({ capacity: undefined, firstFailure: 500, probes: [] }, ladder, [failedFirst]), '**Below 500 players**: the ladder\'s first count failed: input → ack p99 90 ms, over 65 ms.');
    assert.match(capacitySentence({ capacity: 1500, firstFailure: undefined, probes: [] }, ladder, []), /^\*\*At least 1,500 players\*\*: the ladder's last count met every bound/);
    assert.match(text, /Each count ran once/);
  });

  it('held to several runs a count, cites the run that failed it and says how many it needed', () => {
    const bounds = defaultBounds(20);
    const ran = (players: number, k: number, ackP99: number): CapacityRun => ({ players, name: `c-${players}-${k}`, result: result(ackP99, 0), verdict: judgeRun(result(ackP99, 0), bounds) });
    const runs = [ran(500, 1, 55), ran(500, 2, 56), ran(1000, 1, 60), ran(1000, 2, 66.2)];
    const finding = { capacity: 500, firstFailure: 1000, probes: [{ players: 500, met: true }, { players: 1000, met: false }] };
    const text = capacityMarkdown('c', { command: 'cmd', machine: 'a box', bounds, ladder: [500, 750, 1000], repeat: 2 }, finding, runs);
    assert.match(text, /\*\*500 players\*\*: the largest count run that met every bound; 1,000 failed: input → ack p99 66\.2 ms, over 65 ms\./);
    assert.match(text, /Each count ran up to 2 times in a row, in the order above, and held only when every one of its runs met every bound/);
    assert.deepEqual(text.split('\n').filter((line) => /^\| [\d,]+ \| c-/.test(line)).map((row) => row.split(' | ')[1]), ['c-500-1', 'c-500-2', 'c-1000-1', 'c-1000-2']);
  });

  it('refuses a command line it cannot run, with its usage, before starting a server', () => {
    const cases: [string[], RegExp][] = [
      [['--from', '500', '--to', '1000'], /follow a second "--"/],
      [['--to', '1000', '--', '--scenario', 'wander'], /--from is required/],
      [['--from', '1000', '--to', '500', '--'], /--to \(500\) must not be below --from \(1000\)/],
      [['--from', '500', '--to', '1000', '--step', 'x', '--'], /--step must be a whole number/],
      [['--from', '500', '--to', '1000', '--', '--players', '700'], /--players is what the search varies/],
      [['--from', '500', '--to', '1000', '--', '--host', '127.0.0.1'], /--host needs --port/],
      [['--from', '500', '--to', '1000', '--ack-bound', '0', '--'], /--ack-bound must be a positive number/],
      [['--from', '500', '--to', '1000', '--repeat', '0', '--'], /--repeat must be from 1 to 5; got 0/],
      [['--from', '500', '--to', '1000', '--repeat', '6', '--'], /--repeat must be from 1 to 5; got 6/],
      [['--from', '500', '--to', '1000', '--what', '--'], /Unknown option '--what'/],
      [['--from', '500', '--to', '30000', '--'], /players/],
      [['--from', '500', '--to', '1000', '--', '--scenario', 'nope:100'], /nope/],
      [['--from', '500', '--to', '1000', '--floor', '0', '--'], /--floor must be from 1 to 20000 clients; got 0/],
      [['--from', '500', '--to', '1000', '--floor', 'many', '--'], /--floor must be a whole number/],
      [['--from', '500', '--to', '1000', '--floor', '100', '--', '--host', '127.0.0.1', '--port', '7777'], /--floor measures this machine as the server's; with --host the server runs elsewhere/],
    ];
    for (const [args, message] of cases) {
      const child = spawnSync(process.execPath, [CAPACITY, ...args], { encoding: 'utf8', timeout: 30_000 });
      assert.equal(child.status, 2, `${args.join(' ')}: ${child.stderr}`);
      assert.match(child.stderr, message);
      assert.match(child.stderr, /usage: npm run loadtest:capacity/);
    }
  });

  it('with --floor, checks the machine\'s bare sockets first and says so in the finding', () => {
    const out = mkdtempSync(join(tmpdir(), 'realmforge-capacity-'));
    try {
      const child = spawnSync(process.execPath, [CAPACITY, '--from', '4', '--to', '4', '--floor', '20', '--ack-bound', '60000', '--name', 'checked', '--out', out, '--', '--scenario', 'wander', '--hold', '2', '--duration', '40', '--ramp', '50/s'], { encoding: 'utf8', timeout: 180_000 });
      assert.equal(child.status, 0, child.stderr);
      const summary = JSON.parse(readFileSync(join(out, 'checked.json'), 'utf8')) as { machineCheck?: { floor: { transport: string; connected: number; inputsPerSecond: number }; sentence: string }; finding: { capacity?: number } };
      assert.equal(summary.machineCheck?.floor.transport, 'tcp');
      assert.equal(summary.machineCheck.floor.connected, 20);
      assert.ok(summary.machineCheck.floor.inputsPerSecond > 0);
      assert.equal(summary.finding.capacity, 4);
      const markdown = readFileSync(join(out, 'checked.md'), 'utf8');
      assert.ok(markdown.includes(summary.machineCheck.sentence), 'the markdown carries the check');
      assert.match(markdown, /Machine check before the search \(the socket floor, no game in it: 20 of 20 clients over tcp/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('searches a running server end to end, each count held to two runs: every count held under a loose bound, the first one failing at its first run under an impossible one', async () => {
    const server = await startServerProcess();
    const out = mkdtempSync(join(tmpdir(), 'realmforge-capacity-'));
    try {
      const load = ['--', '--host', '127.0.0.1', '--port', String(server.ports.tcp), '--admin-port', String(server.ports.admin), '--scenario', 'wander', '--hold', '3', '--duration', '40', '--ramp', '50/s'];
      const search = (name: string, ackBound: string): { finding: { capacity?: number; firstFailure?: number; probes: { players: number; met: boolean }[] }; runs: { reasons: string[] }[]; markdown: string } => {
        const child = spawnSync(process.execPath, [CAPACITY, '--from', '4', '--to', '8', '--step', '4', '--repeat', '2', '--ack-bound', ackBound, '--name', name, '--out', out, ...load], { encoding: 'utf8', timeout: 180_000 });
        assert.equal(child.status, 0, child.stderr);
        const summary = JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8')) as { finding: { capacity?: number; firstFailure?: number; probes: { players: number; met: boolean }[] }; runs: { reasons: string[] }[] };
        return { ...summary, markdown: readFileSync(join(out, `${name}.md`), 'utf8') };
      };
      const loose = search('loose', '60000');
      assert.deepEqual(loose.finding.probes, [{ players: 4, met: true }, { players: 8, met: true }]);
      assert.equal(loose.finding.capacity, 8);
      assert.equal(loose.finding.firstFailure, undefined);
      assert.match(loose.markdown, /\*\*At least 8 players\*\*/);
      assert.match(loose.markdown, new RegExp(`Machine: the bots' machine: .*; the server: 127\\.0\\.0\\.1:${server.ports.tcp}\\.`));
      for (const run of ['4-1', '4-2', '8-1', '8-2']) assert.ok(existsSync(join(out, `loose-${run}.json`)), `run ${run}'s own result file`);
      assert.equal(loose.runs.length, 4);
      const strict = search('strict', '0.001');
      assert.deepEqual(strict.finding.probes, [{ players: 4, met: false }]);
      // The count's first failure ends its runs.
      assert.equal(strict.runs.length, 1);
      assert.equal(strict.finding.capacity, undefined);
      assert.match(strict.runs[0]?.reasons.join('; ') ?? '', /^input → ack p99 [\d.,]+ ms, over 0 ms$/);
      assert.match(strict.markdown, /\*\*Below 4 players\*\*: the ladder's first count failed: input → ack p99/);
    } finally {
      await server.stop();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
