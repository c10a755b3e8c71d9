/**
 * loadtest:compare: the order of its runs, the comparison it writes, and the command lines it
 * refuses before starting anything.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { alternation, comparisonMarkdown } from '../../../tools/loadtest/compare-markdown.ts';
import type { ComparedRun } from '../../../tools/loadtest/compare-markdown.ts';
import type { LoadTestResult } from '../../../tools/loadtest/run-load.ts';

const COMPARE = fileURLToPath(new URL('../../../tools/loadtest/compare.ts', import.meta.url));

/** The parts of a load result a comparison reads. */
function result(ackP50: number, ackP99: number, replyP99: number, writes: number, ok = true): LoadTestResult {
  const latency = (p50: number, p99: number, count = 100): unknown => ({ count, p50, p90: p99, p99, p999: p99, max: p99, mean: p50 });
  return {
    ok,
    problems: ok ? [] : ['a bot never entered the world'],
    steady: {
      fromS: 10,
      ack: latency(ackP50, ackP99),
      reply: latency(replyP99 / 2, replyP99, replyP99 === 0 ? 0 : 100),
      actions: {},
      server: { seconds: 10, cpuCoresMean: 0.5, threadsBusy: { main: 0.8, io: [] }, rates: { socketWritesPerS: writes }, messagesOut: { worldFrame: 4000 }, peakPlayersInWorld: 100 },
    },
  } as unknown as LoadTestResult;
}

function run(setting: 0 | 1, name: string, r: LoadTestResult): ComparedRun {
  return { setting, name, result: r };
}

describe('loadtest:compare', () => {
  it('alternates the settings first, second, second, first, round after round', () => {
    assert.deepEqual(alternation(1), [0, 1]);
    assert.deepEqual(alternation(2), [0, 1, 1, 0]);
    assert.deepEqual(alternation(3), [0, 1, 1, 0, 0, 1]);
  });

  it('lists every run in order with its steady figures, then each setting\'s mean and the ratio of the second to the first', () => {
    const text = comparisonMarkdown('compare-wander-100', 'npm run loadtest:compare -- …', [{ label: 'thin', serverFlags: [] }, { label: 'k8', serverFlags: ['--replication-cohorts', '8'] }], [
      run(0, 'r-thin-1', result(100, 200, 40, 1000)),
      run(1, 'r-k8-2', result(150, 300, 30, 500)),
      run(1, 'r-k8-3', result(170, 340, 34, 700, false)),
      run(0, 'r-thin-4', result(120, 220, 50, 1200)),
    ]);
    const rows = text.split('\n').filter((line) => line.startsWith('| r-'));
    assert.deepEqual(rows.map((row) => row.split(' | ')[0]), ['| r-thin-1', '| r-k8-2', '| r-k8-3', '| r-thin-4']);
    assert.match(rows[0] ?? '', /\| thin \| yes \| 100\.0 \| 200\.0 \| 40\.0 \| 0\.500 \| 0\.800 \| 1,000 \| 4\.00 \|/);
    assert.match(rows[2] ?? '', /\| k8 \| no: a bot never entered the world \|/);
    assert.match(text, /\*\*thin\*\* \(no extra server flags\) and \*\*k8\*\* \(`--replication-cohorts 8`\)/);
    assert.match(text, /\| thin \| 110\.0 \| 210\.0 \| 45\.0 \| 0\.500 \| 0\.800 \| 1,100 \| 4\.00 \|/);
    assert.match(text, /\| k8 \| 160\.0 \| 320\.0 \| 32\.0 \| 0\.500 \| 0\.800 \| 600 \| 4\.00 \|/);
    assert.match(text, /\| k8 \/ thin \| 1\.45× \| 1\.52× \| 0\.71× \| 1\.00× \| 1\.00× \| 0\.55× \| 1\.00× \|/);
  });

  it('leaves out what a run did not measure (no direct replies in a wander run)', () => {
    const text = comparisonMarkdown('c', 'cmd', [{ label: 'a', serverFlags: [] }, { label: 'b', serverFlags: [] }], [run(0, 'r-a-1', result(1, 2, 0, 10)), run(1, 'r-b-2', result(1, 2, 0, 10))]);
    assert.match(text, /\| r-a-1 \| a \| yes \| 1\.0 \| 2\.0 \| – \|/);
    assert.match(text, /\| b \/ a \| 1\.00× \| 1\.00× \| – \|/);
  });

  it('refuses a command line it cannot run, with its usage, before starting a server', () => {
    const cases: [string[], RegExp][] = [
      [['--a', '', '--b', '--frame-pacing false'], /follow a second "--"/],
      [['--a', '', '--', '--players', '10'], /--a and --b are required/],
      [['--a', '', '--b', '', '--rounds', '0', '--', '--players', '10'], /--rounds is a whole number from 1 to 10/],
      [['--a', '', '--b', '', '--label-a', 'x', '--label-b', 'x', '--', '--players', '10'], /different labels/],
      [['--a', '', '--b', '', '--label-a', 'a b', '--', '--players', '10'], /a label is letters/],
      [['--a', '', '--b', '', '--', '--players', '10', '--name', 'n'], /belong before the second "--"/],
      [['--a', '', '--b', '', '--', '--players', '0'], /players/],
      [['--a', '', '--b', '', '--what', '--', '--players', '10'], /Unknown option '--what'/],
      // A setting's flags start with a dash and are still its value (the rounds are what is wrong).
      [['--a', '--frame-pacing false', '--b', '--view-radius 40', '--rounds', '11', '--', '--players', '10'], /--rounds is a whole number from 1 to 10: got 11/],
    ];
    for (const [args, message] of cases) {
      const child = spawnSync(process.execPath, [COMPARE, ...args], { encoding: 'utf8', timeout: 30_000 });
      assert.equal(child.status, 2, `${args.join(' ')}: ${child.stderr}`);
      assert.match(child.stderr, message);
      assert.match(child.stderr, /usage: npm run loadtest:compare/);
    }
  });
});
