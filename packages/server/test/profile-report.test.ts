import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { busyTree, byEngineFile, codeKind, mainThreadProfile, ProfileError, readCpuProfile, topSelf, topSelfTime } from '../../../tools/profile/cpu-profile.ts';
import type { BusyNode, CpuProfile, ProfileNode } from '../../../tools/profile/cpu-profile.ts';
import { busyStretches } from '../../../tools/profile/busy-stretches.ts';
import { fitLabel, flameGraph } from '../../../tools/profile/flame-graph.ts';
import { profileMarkdown, REPOSITORY_ROOT, summarizeProfile, writeProfileReport } from '../../../tools/profile/profile-report.ts';

const ROOT = '/repo';
const engine = (file: string, name: string, line = 1): ProfileNode['callFrame'] => ({ functionName: name, url: `file://${ROOT}/${file}`, lineNumber: line - 1 });

/**
 * A small profile: the tick (building frames, writing sockets through Node into native code),
 * a session handling a message in a library, the idle loop, GC and Node reading a socket.
 */
function sampleProfile(): CpuProfile {
  const nodes: ProfileNode[] = [
    { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 3, 4, 5, 11] },
    { id: 2, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
    { id: 3, callFrame: { functionName: '(garbage collector)', url: '', lineNumber: -1 } },
    { id: 4, callFrame: engine('packages/server/src/world/zone.ts', 'step', 10), children: [6, 7] },
    { id: 5, callFrame: engine('packages/server/src/session/session.ts', 'run', 20), children: [9] },
    { id: 6, callFrame: engine('packages/server/src/world/replication/frame-builder.ts', 'build', 30) },
    { id: 7, callFrame: engine('packages/server/src/net/stream-connection.ts', '#writeFrames', 40), children: [8] },
    { id: 8, callFrame: { functionName: 'Socket._write', url: 'node:net', lineNumber: 99 }, children: [10] },
    { id: 9, callFrame: { functionName: '', url: `file://${ROOT}/node_modules/@scope/lib/index.js`, lineNumber: 4 } },
    { id: 10, callFrame: { functionName: 'writeBuffer', url: '', lineNumber: -1 } },
    { id: 11, callFrame: { functionName: 'onStreamRead', url: 'node:internal/stream_base_commons', lineNumber: 165 } },
  ];
  // Samples: idle ×6, GC ×1, zone.step ×1, build ×3, writeBuffer ×4, Socket._write ×1, run ×1, library ×2, onStreamRead ×1.
  const samples = [2, 2, 2, 2, 2, 2, 3, 4, 6, 6, 6, 10, 10, 10, 10, 8, 5, 9, 9, 11];
  return { nodes, samples, timeDeltas: samples.map(() => 1000) };
}

function find(tree: BusyNode, name: string): BusyNode {
  const stack = [tree];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.name === name) return node;
    stack.push(...node.children);
  }
  throw new Error(`no ${name}`);
}

describe('CPU profiles: the busy call tree and where its time goes', () => {
  it('leaves idle samples out and totals each node over its callees', () => {
    const tree = busyTree(sampleProfile(), ROOT);
    assert.equal(tree.total, 14, 'the 20 samples less the 6 idle');
    assert.ok(!tree.children.some((c) => c.name === '(idle)'));
    const step = find(tree, 'step');
    assert.deepEqual([step.self, step.total], [1, 9]);
    assert.equal(step.where, 'packages/server/src/world/zone.ts:10');
    assert.deepEqual(step.children.map((c) => c.name), ['#writeFrames', 'build'], 'heaviest callee first');
    assert.deepEqual(tree.children.map((c) => c.total), [9, 3, 1, 1], 'the root\'s callees, heaviest first');
    assert.equal(find(tree, '(anonymous)').kind, 'library', 'an unnamed function is (anonymous)');
  });

  it('tells the kinds of code apart', () => {
    assert.equal(codeKind(engine('packages/server/src/x.ts', 'f'), ROOT), 'engine');
    assert.equal(codeKind({ functionName: 'f', url: `file://${ROOT}/node_modules/ws/index.js`, lineNumber: 0 }, ROOT), 'library');
    assert.equal(codeKind({ functionName: 'f', url: 'file:///elsewhere/app.js', lineNumber: 0 }, ROOT), 'library', 'outside the repository is not the engine');
    assert.equal(codeKind({ functionName: 'f', url: 'node:net', lineNumber: 0 }, ROOT), 'node');
    assert.equal(codeKind({ functionName: 'writeBuffer', url: '', lineNumber: 0 }, ROOT), 'native');
    assert.equal(codeKind({ functionName: '(garbage collector)', url: '', lineNumber: 0 }, ROOT), 'gc');
    assert.equal(codeKind({ functionName: '(program)', url: '', lineNumber: 0 }, ROOT), 'v8');
  });

  it('lists the heaviest functions by self time', () => {
    const top = topSelf(busyTree(sampleProfile(), ROOT), 3);
    assert.deepEqual(top, [
      { name: 'writeBuffer', where: '', selfShare: Math.round((4 / 14) * 1000) / 1000 },
      { name: 'build', where: 'packages/server/src/world/replication/frame-builder.ts:30', selfShare: Math.round((3 / 14) * 1000) / 1000 },
      { name: '(anonymous)', where: 'node_modules/@scope/lib/index.js:5', selfShare: Math.round((2 / 14) * 1000) / 1000 },
    ]);
  });

  it('counts each sample for the innermost engine file on its stack, and the rest by their own kind', () => {
    const files = byEngineFile(busyTree(sampleProfile(), ROOT));
    const byFile = Object.fromEntries(files.map((f) => [f.file, [f.share, f.ownShare]]));
    const r = (n: number): number => Math.round((n / 14) * 1000) / 1000;
    assert.deepEqual(byFile, {
      // The socket write's Node and native frames count for the code that wrote.
      'packages/server/src/net/stream-connection.ts': [r(5), 0],
      'packages/server/src/world/replication/frame-builder.ts': [r(3), r(3)],
      // The library it called counts for the session.
      'packages/server/src/session/session.ts': [r(3), r(1)],
      'packages/server/src/world/zone.ts': [r(1), r(1)],
      '(garbage collector)': [r(1), 0],
      'Node.js': [r(1), 0],
    });
    assert.equal(files[0]?.file, 'packages/server/src/net/stream-connection.ts', 'heaviest first');
    assert.equal(byEngineFile(busyTree(sampleProfile(), ROOT), 2).length, 2, 'only the top ones');
  });

  it('names a library bucket after its package when no engine frame is on the stack', () => {
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 3] },
        { id: 2, callFrame: { functionName: 'h', url: `file://${ROOT}/node_modules/@scope/lib/x.js`, lineNumber: 0 } },
        { id: 3, callFrame: { functionName: 'g', url: `file://${ROOT}/node_modules/plain/y.js`, lineNumber: 0 }, children: [4] },
        { id: 4, callFrame: { functionName: 'readdir', url: '', lineNumber: -1 } },
      ],
      samples: [2, 4, 4],
      timeDeltas: [1, 1, 1],
    };
    assert.deepEqual(byEngineFile(busyTree(profile, ROOT)).map((f) => f.file), ['native', '@scope/lib']);
  });

  it('draws a flame graph: boxes as wide as their share, standing on their callers, labels that fit, text escaped', () => {
    const tree = busyTree(sampleProfile(), ROOT);
    const svg = flameGraph(tree, { title: 'a <run> & more', subtitle: '14 samples', width: 1420, minWidth: 1 });
    assert.match(svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" [^>]*>\n[\s\S]*<\/svg>\n$/);
    assert.ok(svg.includes('a &lt;run&gt; &amp; more'), 'the title is escaped');
    const rects = [...svg.matchAll(/<g><title>([^<]*)<\/title><rect x="([\d.]+)" y="(\d+)" width="([\d.]+)"/g)].map((m) => ({ tip: m[1] ?? '', x: Number(m[2]), y: Number(m[3]), w: Number(m[4]) }));
    assert.equal(rects.length, 10, 'every busy node is drawn (each is at least a sample, 100 px wide)');
    const box = (name: string) => rects.find((r) => r.tip.startsWith(`${name} `) || r.tip.startsWith(`${name}:`)) ?? assert.fail(`no box for ${name}`);
    const all = box('all busy samples');
    assert.equal(all.w, 1400);
    const step = box('step');
    const build = box('build');
    const write = box('#writeFrames');
    assert.equal(step.w, 900, '9 of 14 samples at 100 px a sample');
    assert.equal(step.y, all.y - 16, 'a callee stands on its caller');
    assert.equal(write.x, step.x, 'the heaviest callee starts at its caller\'s left edge');
    assert.equal(build.x, write.x + write.w);
    assert.ok(step.tip.includes('packages/server/src/world/zone.ts:10') && step.tip.includes('64.29% of busy samples, 7.14% in itself'), step.tip);
    assert.ok(svg.includes('>(anonymous)</text>'), 'an unnamed function is labelled');
    // Boxes narrower than the minimum are left out.
    const narrow = flameGraph(tree, { title: 't', width: 34, minWidth: 2 });
    assert.equal([...narrow.matchAll(/<g><title>/g)].length, 8, 'at 1 px a sample only nodes of 2 or more samples');
  });

  it('fits a label to its box or leaves it out', () => {
    assert.equal(fitLabel('build', 200), 'build');
    assert.equal(fitLabel('processTicksAndRejections', 60), 'proces..');
    assert.equal(fitLabel('anything', 20), '');
  });

  it('picks a process\'s main-thread profile out of a --cpu-prof directory', () => {
    assert.equal(mainThreadProfile(['CPU.20261126.233139.3151.1.002.cpuprofile', 'CPU.20261126.233139.3151.0.001.cpuprofile', 'notes.txt']), 'CPU.20261126.233139.3151.0.001.cpuprofile');
    assert.equal(mainThreadProfile(['CPU.20261126.233139.3151.2.003.cpuprofile']), undefined, 'worker threads only');
    assert.equal(mainThreadProfile([]), undefined);
  });

  it('refuses a file that is not a CPU profile, with a clear error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'realmforge-profile-'));
    try {
      writeFileSync(join(dir, 'bad.cpuprofile'), '{"nodes": 1}');
      writeFileSync(join(dir, 'text.cpuprofile'), 'not json');
      writeFileSync(join(dir, 'empty.cpuprofile'), '{"nodes": [], "samples": [], "timeDeltas": []}');
      assert.throws(() => readCpuProfile(join(dir, 'bad.cpuprofile')), (e: unknown) => e instanceof ProfileError && /not a V8 CPU profile/.test(e.message));
      assert.throws(() => readCpuProfile(join(dir, 'text.cpuprofile')), /not a readable JSON file/);
      assert.throws(() => readCpuProfile(join(dir, 'empty.cpuprofile')), /has no nodes/);
      assert.throws(() => readCpuProfile(join(dir, 'missing.cpuprofile')), ProfileError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads what node --cpu-prof writes, and the report tool turns it into a flame graph and tables', () => {
    const dir = mkdtempSync(join(tmpdir(), 'realmforge-profile-'));
    try {
      const script = join(dir, 'busy.mjs');
      writeFileSync(script, 'function spin(){let x=0;for(let i=0;i<3e7;i++)x+=i%7;return x}\nfor(let k=0;k<5;k++)spin();\n');
      const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, script], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      const file = mainThreadProfile(readdirSync(dir));
      assert.ok(file !== undefined);
      const profile = readCpuProfile(join(dir, file));
      const summary = summarizeProfile(profile, 'busy-flame.svg', dir);
      assert.ok(summary.busySamples > 0 && summary.seconds > 0);
      assert.ok(summary.files.some((f) => f.file === 'busy.mjs'), `the script is the engine here: ${JSON.stringify(summary.files)}`);
      assert.equal(summary.functions[0]?.name, 'spin');
      assert.equal(topSelfTime(join(dir, file), dir, 1).entries[0]?.name, 'spin');
      const written = writeProfileReport(dir, 'busy', profile, 'busy loop', dir);
      assert.match(readFileSync(join(dir, written.flameGraph), 'utf8'), /<title>spin \(busy\.mjs:1\)/);
      const markdown = profileMarkdown(written, 'a busy loop', 'A note.').join('\n');
      assert.match(markdown, /on a busy loop: [\d,]+ busy samples over [\d.]+ s, busy [\d.]+% of the time .* A note\./);
      assert.match(markdown, /\| busy\.mjs \| [\d.]+% \| [\d.]+% \|/);
      assert.match(markdown, /!\[Flame graph\]\(busy-flame\.svg\)/);
      // The command line: the same report for a file, and clear errors.
      const cli = join(REPOSITORY_ROOT, 'tools/profile/main.ts');
      const ok = spawnSync(process.execPath, [cli, join(dir, file), '--out', join(dir, 'out'), '--name', 'cli'], { encoding: 'utf8' });
      assert.equal(ok.status, 0, ok.stderr);
      assert.match(ok.stdout, /## Where the time goes \(CPU profile\)[\s\S]*profile: wrote .*cli-flame\.svg/);
      assert.ok(readdirSync(join(dir, 'out')).includes('cli-flame.svg'));
      const bad = spawnSync(process.execPath, [cli, script], { encoding: 'utf8' });
      assert.equal(bad.status, 1);
      assert.match(bad.stderr, /not a readable JSON file/);
      const none = spawnSync(process.execPath, [cli], { encoding: 'utf8' });
      assert.equal(none.status, 2);
      assert.match(none.stderr, /give exactly one \.cpuprofile file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * A profile laid out in time: the process starting, then a session handling a message (2 ms), the
 * world's turn building frames and writing them, with a GC in it (9 ms: its last sample is
 * followed by a 3 ms gap), the session again (3 ms) and a last build the profile ends in (1 ms).
 */
function timedProfile(): CpuProfile {
  const nodes: ProfileNode[] = [
    { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 3, 4, 9, 11] },
    { id: 2, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
    { id: 3, callFrame: { functionName: '(garbage collector)', url: '', lineNumber: -1 } },
    // A timer's arrow function, then the named functions it calls.
    { id: 4, callFrame: engine('packages/server/src/world/world-clock.ts', '', 90), children: [5] },
    { id: 5, callFrame: engine('packages/server/src/world/world-clock.ts', '#turn', 100), children: [6] },
    { id: 6, callFrame: engine('packages/server/src/world/world.ts', 'step', 383), children: [7] },
    { id: 7, callFrame: engine('packages/server/src/world/replication/frame-builder.ts', 'build', 134), children: [8] },
    { id: 8, callFrame: { functionName: 'writeBuffer', url: '', lineNumber: -1 } },
    { id: 9, callFrame: engine('packages/server/src/session/session.ts', 'run', 216), children: [10] },
    { id: 10, callFrame: { functionName: 'decode', url: `file://${ROOT}/node_modules/protobufjs/index.js`, lineNumber: 0 } },
    { id: 11, callFrame: { functionName: 'runMain', url: 'node:internal/modules/run_main', lineNumber: 0 } },
  ];
  const samples = [11, 11, 11, 2, 9, 10, 2, 2, 4, 5, 6, 7, 7, 8, 3, 2, 9, 9, 9, 2, 7];
  const timeDeltas = samples.map(() => 1000);
  timeDeltas[15] = 3000;
  return { nodes, samples, timeDeltas };
}

describe('CPU profiles: busy stretches, and what the long ones did', () => {
  it('measures each unbroken run of busy samples from the first wait on, by the time until the next sample', () => {
    const s = busyStretches(timedProfile(), ROOT, 3);
    // 2, 9, 3 and 1 ms (the last sample gets the typical interval); the startup is left out.
    assert.deepEqual([s.count, s.p50Ms, s.p90Ms, s.p99Ms, s.maxMs], [4, 2, 9, 9, 9]);
    assert.deepEqual([s.longMs, s.longCount, s.longShare], [3, 2, 0.8], 'the 9 and 3 ms stretches: 12 of 15 busy ms');
    assert.equal(s.longPerSecond, Math.round((2 / 0.023) * 100) / 100, '23 ms of profile: 21 samples, one 3 ms apart');
  });

  it('names what the long stretches did by the outermost named engine functions, or the sample\'s own bucket', () => {
    const s = busyStretches(timedProfile(), ROOT, 3);
    assert.deepEqual(s.longTasks, [
      // The native write counts for the engine path that called it; the library for the session.
      { name: '#turn (world-clock.ts) › step (world.ts) › build (frame-builder.ts)', where: 'packages/server/src/world/replication/frame-builder.ts:134', share: 0.3 },
      { name: 'run (session.ts)', where: 'packages/server/src/session/session.ts:216', share: 0.3 },
      // The arrow function alone names its samples; a named function below it starts the path.
      { name: '(anonymous) (world-clock.ts)', where: 'packages/server/src/world/world-clock.ts:90', share: 0.1 },
      { name: '#turn (world-clock.ts)', where: 'packages/server/src/world/world-clock.ts:100', share: 0.1 },
      { name: '#turn (world-clock.ts) › step (world.ts)', where: 'packages/server/src/world/world.ts:383', share: 0.1 },
      { name: '(garbage collector)', where: '', share: 0.1 },
    ]);
    const shallow = busyStretches(timedProfile(), ROOT, 3, 2, 2);
    assert.deepEqual(shallow.longTasks.map((t) => [t.name, t.share]), [['#turn (world-clock.ts) › step (world.ts)', 0.4], ['run (session.ts)', 0.3]], 'two levels deep, the two heaviest');
  });

  it('reports no long stretch when none reaches the bound, and none at all for a thread that never waited', () => {
    const s = busyStretches(timedProfile(), ROOT, 10);
    assert.deepEqual([s.longCount, s.longShare, s.longTasks], [0, 0, []]);
    const never: CpuProfile = { ...timedProfile(), samples: [11, 11, 9], timeDeltas: [1000, 1000, 1000] };
    assert.deepEqual(busyStretches(never, ROOT), { count: 0, p50Ms: 0, p90Ms: 0, p99Ms: 0, maxMs: 0, longMs: 50, longCount: 0, longPerSecond: 0, longShare: 0, longTasks: [] });
  });

  it('puts them in the summary and its markdown, and the command line takes the bound', () => {
    const summary = summarizeProfile(timedProfile(), 'timed-flame.svg', ROOT, 3);
    assert.equal(summary.stretches?.longCount, 2);
    const markdown = profileMarkdown(summary, 'a timed profile').join('\n');
    assert.match(markdown, /Unbroken busy stretches .*: 4, p50 2 ms, p90 9 ms, p99 9 ms, max 9 ms\. 2 lasted 3 ms or more \([\d.]+ a second\), 80\.0% of the busy time/);
    assert.match(markdown, /\| 30\.0% \| `#turn \(world-clock\.ts\) › step \(world\.ts\) › build \(frame-builder\.ts\)` \| packages\/server\/src\/world\/replication\/frame-builder\.ts:134 \|/);
    const quiet = profileMarkdown(summarizeProfile(timedProfile(), 'timed-flame.svg', ROOT), 'a timed profile').join('\n');
    assert.match(quiet, /max 9 ms\. None lasted 50 ms or more\./);
    assert.doesNotMatch(quiet, /\| share \| task \|/);
    // A summary from before stretches were measured renders without them.
    const older = { ...summary, stretches: undefined };
    assert.doesNotMatch(profileMarkdown(older, 'an older run').join('\n'), /Unbroken/);
    const dir = mkdtempSync(join(tmpdir(), 'realmforge-profile-'));
    try {
      const file = join(dir, 'timed.cpuprofile');
      writeFileSync(file, JSON.stringify(timedProfile()));
      const cli = join(REPOSITORY_ROOT, 'tools/profile/main.ts');
      const ok = spawnSync(process.execPath, [cli, file, '--long-ms', '3'], { encoding: 'utf8' });
      assert.equal(ok.status, 0, ok.stderr);
      assert.match(ok.stdout, /2 lasted 3 ms or more/);
      const bad = spawnSync(process.execPath, [cli, file, '--long-ms', 'soon'], { encoding: 'utf8' });
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /--long-ms must be a number of milliseconds above 0, got soon/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
