/**
 * A Colyseus bot worker process of the peer benchmark: runs its share of the bots (the plan is
 * the first argument, JSON) at a steady ramp, and speaks the load harness's worker protocol
 * (tools/loadtest/worker-messages.ts): an interval report with its latency histograms every
 * second and its final numbers at the end, so the coordinator merges both engines' bots the same
 * way. It stops by itself at the end of the duration, on a stop message, when the coordinator
 * goes away, and at the latest 60 s after the duration (exit 3).
 * @module
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from '@colyseus/sdk';
import { encodeIntoCompressedBase64 } from 'hdr-histogram-js';
import { AlarmClock } from '../../tools/bots/alarm-clock.ts';
import { problemsOf, seededRandom } from '../../tools/bots/run.ts';
import { BotStats, latencyHistogram } from '../../tools/bots/stats.ts';
import { sendToCoordinator, workerStopSignal } from '../../tools/loadtest/worker-lifetime.ts';
import { ColyseusBot } from './colyseus-bot.ts';
import type { RoomType } from './room-types.ts';

/** One worker's share of a Colyseus run: bots `firstIndex` to `firstIndex + count - 1`. */
export interface ColyseusWorkerPlan {
  /** The Colyseus server's port on 127.0.0.1. */
  readonly port: number;
  /** Room type to join. */
  readonly roomType: RoomType;
  /** Number of this worker's first bot. */
  readonly firstIndex: number;
  /** Bots this worker runs. */
  readonly count: number;
  /** Seconds from the first join to the leave. */
  readonly durationS: number;
  /** This worker's bots started per second. */
  readonly rampPerS: number;
  /** Seed of the bots' random numbers (the same streams as Realmforge's bots of the same index). */
  readonly seed: number;
}

/** Longest wait for one join, ms. */
const JOIN_TIMEOUT_MS = 10_000;
/** Longest wait for the leaves at the end, ms. */
const LEAVE_TIMEOUT_MS = 10_000;

async function main(): Promise<void> {
  const plan = JSON.parse(process.argv[2] ?? '{}') as ColyseusWorkerPlan;
  const end = new AbortController();
  workerStopSignal(plan.durationS, 'colyseus worker').addEventListener('abort', () => {
    end.abort();
  }, { once: true });
  const endTimer = setTimeout(() => {
    end.abort();
  }, plan.durationS * 1000);

  const stats = new BotStats(plan.count);
  const report = (): void => {
    const current = stats.intervalHistograms();
    const ack = latencyHistogram();
    const reply = latencyHistogram();
    ack.add(current.ack);
    reply.add(current.reply);
    // Colyseus bots only wander: no timed scenario actions. They count no entities in view
    // (a room is the view: in rooms of 50, 49 others), so the view samples stay empty.
    void sendToCoordinator({ type: 'interval', report: stats.snapshot(), ack: encodeIntoCompressedBase64(ack), reply: encodeIntoCompressedBase64(reply), actions: {}, view: encodeIntoCompressedBase64(current.view) });
  };
  const reportTimer = setInterval(report, 1000);
  const client = new Client(`http://127.0.0.1:${plan.port}`);
  const bots: ColyseusBot[] = [];
  const lives: Promise<void>[] = [];
  const clock = new AlarmClock();
  while (bots.length < plan.count && !end.signal.aborted) {
    const due = Math.min(plan.count, Math.floor(stats.elapsedMs() * (plan.rampPerS / 1000)) + 1);
    while (bots.length < due) {
      const index = plan.firstIndex + bots.length;
      const bot = new ColyseusBot({
        index, client, roomType: plan.roomType, joinTimeoutMs: JOIN_TIMEOUT_MS,
        random: seededRandom((plan.seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0), clock, stats,
      });
      bots.push(bot);
      lives.push(bot.run(end.signal));
    }
    if (bots.length >= plan.count) break;
    try {
      await sleep(Math.max(1, (bots.length * 1000) / plan.rampPerS - stats.elapsedMs()), undefined, { signal: end.signal });
    } catch {
      // The run ended during the ramp-up.
    }
  }
  for (let i = bots.length; i < plan.count; i++) stats.setupFailure('not started: the run ended during the ramp-up');
  await Promise.all(lives);
  clearTimeout(endTimer);
  clearInterval(reportTimer);
  report();
  stats.markEnd();
  await Promise.all(bots.map((bot) => bot.leave(LEAVE_TIMEOUT_MS)));
  const summary = stats.summary();
  const totals = stats.totalHistograms();
  await sendToCoordinator({
    type: 'done', summary, problems: problemsOf(summary),
    ack: encodeIntoCompressedBase64(totals.ack), reply: encodeIntoCompressedBase64(totals.reply), actions: {}, view: encodeIntoCompressedBase64(totals.view),
  });
  process.disconnect?.();
}

main().catch((error: unknown) => {
  process.stderr.write(`colyseus worker: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
