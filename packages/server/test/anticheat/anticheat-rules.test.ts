import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ErrorCode } from '@realmforge/protocol';
import { anticheatSettings } from '../../src/anticheat/anticheat-settings.ts';
import { isImpossibleAction } from '../../src/anticheat/impossible-actions.ts';
import { MovementInspector } from '../../src/anticheat/movement-inspector.ts';
import { PlayerWatch } from '../../src/anticheat/player-watch.ts';
import type { Detection } from '../../src/anticheat/detections.ts';
import { SanctionLadder } from '../../src/anticheat/sanction-ladder.ts';
import { SuspicionScores } from '../../src/anticheat/suspicion-scores.ts';
import { ConfigError, loadConfig } from '../../src/config/config.ts';

const tolerances = { tickMs: 50, maxInputsPerTick: 4, clockDriftMs: 2000, maxSequenceJump: 1000 };

describe('SuspicionScores', () => {
  it('adds weights and halves every half-life', () => {
    const scores = new SuspicionScores(1000);
    assert.deepEqual(scores.add('a', 10, 0), { before: 0, after: 10 });
    assert.equal(scores.score('a', 1000), 5);
    assert.equal(scores.score('a', 3000), 1.25);
    assert.deepEqual(scores.add('a', 4, 1000), { before: 5, after: 9 });
    assert.equal(scores.score('b', 0), 0);
    scores.reset('a');
    assert.equal(scores.score('a', 1000), 0);
  });

  it('never grows past its bound, dropping decayed then oldest scores', () => {
    const scores = new SuspicionScores(10, 3);
    for (let i = 0; i < 10; i++) scores.add(`a${i}`, 5, i * 1000);
    assert.ok(scores.size <= 3);
    assert.equal(scores.score('a9', 9000), 5);
  });

  it('decays monotonically and never below zero (property)', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.float({ min: 0, max: 100, noNaN: true }), fc.integer({ min: 0, max: 10_000 })), { maxLength: 20 }), (steps) => {
      const scores = new SuspicionScores(500);
      let now = 0;
      for (const [weight, wait] of steps) {
        now += wait;
        const { before, after } = scores.add('a', weight, now);
        assert.ok(before >= 0 && after >= before);
        assert.ok(scores.score('a', now + 100) <= after);
      }
    }));
  });
});

describe('SanctionLadder', () => {
  const ladder = new SanctionLadder({ warn: 20, mute: 40, kick: 60, ban: 100 });
  it('fires a sanction once, when the score crosses its threshold, the heaviest when several', () => {
    assert.equal(ladder.crossed(0, 19), undefined);
    assert.equal(ladder.crossed(19, 20), 'warn');
    assert.equal(ladder.crossed(20, 39), undefined);
    assert.equal(ladder.crossed(39, 45), 'mute');
    assert.equal(ladder.crossed(59, 61), 'kick');
    assert.equal(ladder.crossed(61, 99), undefined);
    assert.equal(ladder.crossed(0, 150), 'ban');
  });
  it('refuses thresholds out of order', () => {
    assert.throws(() => new SanctionLadder({ warn: 20, mute: 10, kick: 60, ban: 100 }), RangeError);
  });
});

describe('impossible actions', () => {
  it('holds NOT_IN_WORLD and the combat and economy ranges, not ordinary refusals', () => {
    assert.equal(isImpossibleAction(ErrorCode.ERROR_CODE_NOT_IN_WORLD), true);
    for (const code of [800, 815, 829, 900, 949]) assert.equal(isImpossibleAction(code), true, String(code));
    for (const code of [ErrorCode.ERROR_CODE_AUTH_FAILED, ErrorCode.ERROR_CODE_CHAT_MUTED, ErrorCode.ERROR_CODE_RATE_LIMITED, 830, 899, 912, 950]) {
      assert.equal(isImpossibleAction(code), false, String(code));
    }
  });
});

describe('MovementInspector', () => {
  const names = (found: Detection[]): string[] => found.map((d) => d.name);

  it('lets an honest client through: one input per tick, its clock in step, sequences rising by one', () => {
    const inspector = new MovementInspector(tolerances);
    for (let i = 1; i <= 200; i++) {
      const now = 1_000_000 + i * 50;
      assert.deepEqual(inspector.inspect({ sequence: i, clientTimeMs: 5_000 + i * 50 + (i % 7) * 20 }, i - 1, now), []);
    }
  });

  it('raises input_flood past one second of the per-tick allowance, sustained or at once, not for a stall\'s backlog', () => {
    // 4 per tick at 20 Hz: 80 per second, 80 at once.
    const inspector = new MovementInspector(tolerances);
    const backlog = Array.from({ length: 80 }, (_, i) => names(inspector.inspect({ sequence: i + 1, clientTimeMs: 0 }, i, 1000)));
    assert.deepEqual(backlog.filter((found) => found.length > 0), [], 'a second of inputs delivered together is tolerated');
    assert.deepEqual(names(inspector.inspect({ sequence: 81, clientTimeMs: 0 }, 80, 1000)), ['input_flood']);
    assert.deepEqual(names(inspector.inspect({ sequence: 82, clientTimeMs: 0 }, 81, 1050)), [], 'the allowance refills: 4 per tick');
    const steady = new MovementInspector(tolerances);
    let flagged = 0;
    for (let i = 1; i <= 400; i++) flagged += steady.inspect({ sequence: i, clientTimeMs: 0 }, i - 1, i * 10).length;
    assert.ok(flagged > 0, '100 inputs a second (5 per tick) is flagged once the burst is spent');
  });

  it('raises sequence_replay for a used sequence and sequence_jump for a far jump, not for a first input', () => {
    const inspector = new MovementInspector(tolerances);
    assert.deepEqual(names(inspector.inspect({ sequence: 5, clientTimeMs: 0 }, 5, 0)), ['sequence_replay']);
    assert.deepEqual(names(inspector.inspect({ sequence: 3, clientTimeMs: 0 }, 5, 100)), ['sequence_replay']);
    assert.deepEqual(names(inspector.inspect({ sequence: 1006, clientTimeMs: 0 }, 5, 200)), ['sequence_jump']);
    assert.deepEqual(names(inspector.inspect({ sequence: 1005, clientTimeMs: 0 }, 5, 300)), []);
    assert.deepEqual(names(inspector.inspect({ sequence: 90_000, clientTimeMs: 0 }, 0, 400)), []);
  });

  it('measures clock drift from the first input whatever the offset, re-anchoring after a report', () => {
    const inspector = new MovementInspector(tolerances);
    const offset = -123_456_789;
    assert.deepEqual(names(inspector.inspect({ sequence: 1, clientTimeMs: 1_000_000 + offset }, 0, 1_000_000)), []);
    assert.deepEqual(names(inspector.inspect({ sequence: 2, clientTimeMs: 1_001_900 + offset }, 1, 1_000_100)), []);
    const drift = inspector.inspect({ sequence: 3, clientTimeMs: 1_005_000 + offset }, 2, 1_000_200);
    assert.deepEqual(names(drift), ['clock_drift']);
    assert.match(drift[0]?.sent ?? '', /advanced 3100 ms/, 'measured from the least-delayed input, the second');
    assert.deepEqual(names(inspector.inspect({ sequence: 4, clientTimeMs: 1_005_100 + offset }, 3, 1_000_300)), [], 'measured afresh');
    assert.deepEqual(names(inspector.inspect({ sequence: 5, clientTimeMs: Number.POSITIVE_INFINITY }, 4, 1_000_400)), ['clock_drift']);
    assert.deepEqual(names(inspector.inspect({ sequence: 6, clientTimeMs: 0 }, 5, 1_900_000)), [], 'an unreported clock is not checked');
  });

  it('never reports a network stall: late inputs make the client look behind, not ahead', () => {
    const inspector = new MovementInspector(tolerances);
    let flagged = 0;
    for (let i = 1; i <= 100; i++) {
      const sent = 50_000 + i * 100;
      // Inputs 30-39 are held up by a 5 s stall and arrive together; the rest take 20-60 ms.
      const arrived = i >= 30 && i < 40 ? 50_000 + 40 * 100 + 5_000 : sent + 20 + (i % 5) * 10;
      flagged += inspector.inspect({ sequence: i, clientTimeMs: sent - 7_777 }, i - 1, arrived).length;
    }
    assert.equal(flagged, 0);
  });
});

describe('PlayerWatch', () => {
  function watched(accountId: string | undefined) {
    const recorded: { detection: string; occurrences: number }[] = [];
    const presence = accountId === undefined ? undefined : { accountId, characterId: 'c1', link: undefined, tokenHash: '', graceTimer: undefined };
    const settings = anticheatSettings(loadConfig({ overrides: { anticheatReportIntervalMs: 1000 } }));
    const watch = new PlayerWatch({ presence }, {
      record: (_suspect, detection, occurrences) => {
        recorded.push({ detection: detection.name, occurrences });
        return Promise.resolve();
      },
    }, settings);
    return { watch, recorded };
  }
  const replay: Detection = { name: 'sequence_replay', sent: 's', expected: 'e' };

  it('counts a detection at most once per interval, folding repeats into the next counted one', async () => {
    const { watch, recorded } = watched('acc');
    for (const now of [0, 100, 200, 999, 1000, 1500]) await watch.report(replay, now);
    await watch.report({ name: 'clock_drift', sent: 's', expected: 'e' }, 1500);
    assert.deepEqual(recorded, [
      { detection: 'sequence_replay', occurrences: 1 },
      { detection: 'sequence_replay', occurrences: 4 },
      { detection: 'clock_drift', occurrences: 1 },
    ]);
  });

  it('ignores detections before a login', async () => {
    const { watch, recorded } = watched(undefined);
    await watch.report(replay, 0);
    assert.deepEqual(recorded, []);
  });
});

describe('anticheat settings', () => {
  it('lays configured weights over the defaults', () => {
    const settings = anticheatSettings(loadConfig({ overrides: { anticheatWeights: { clock_drift: 50 }, tickRateHz: 10 } }));
    assert.equal(settings.weights.clock_drift, 50);
    assert.equal(settings.weights.sequence_jump, 8);
    assert.equal(settings.movement.tickMs, 100);
  });
  it('names the key of an unknown detection or thresholds out of order', () => {
    assert.throws(() => anticheatSettings(loadConfig({ overrides: { anticheatWeights: { wallhack: 1 } } })), (e) => e instanceof ConfigError && /anticheatWeights\.wallhack/.test(e.message));
    assert.throws(() => anticheatSettings(loadConfig({ overrides: { anticheatKickAt: 200 } })), (e) => e instanceof ConfigError && /anticheatKickAt/.test(e.message));
    assert.throws(() => loadConfig({ env: { REALMFORGE_ANTICHEAT_WEIGHTS: '{"clock_drift":-1}' } }), ConfigError);
  });
});
