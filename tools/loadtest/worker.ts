/**
 * A load worker process: runs its share of the bots (the plan arrives as the first argument,
 * JSON), sends an interval report every second and its final numbers at the end over the IPC
 * channel, and exits. It stops by itself: at the end of the duration, on a stop message, when
 * the coordinator goes away, and at the latest 60 s after the duration (exit 3).
 * @module
 */
import { encodeIntoCompressedBase64 } from 'hdr-histogram-js';
import type { Histogram } from 'hdr-histogram-js';
import { runBots } from '../bots/run.ts';
import { CharacterClass } from '@realmforge/protocol';
import { assignScenarios, pairPartners, parseMix } from './scenario-mix.ts';
import type { Scenario } from './scenario.ts';
import type { DoneMessage, IntervalMessage, WorkerPlan } from './worker-messages.ts';

/** Slack beyond the duration before the worker gives up on itself, ms. */
const HARD_TIMEOUT_SLACK_MS = 60_000;

function encodeActions(actions: ReadonlyMap<string, Histogram>): Record<string, string> {
  return Object.fromEntries([...actions].map(([label, histogram]) => [label, encodeIntoCompressedBase64(histogram)]));
}

function send(message: IntervalMessage | DoneMessage): Promise<void> {
  return new Promise((resolve) => {
    if (process.send === undefined) {
      resolve();
      return;
    }
    process.send(message, undefined, {}, () => { resolve(); });
  });
}

async function main(): Promise<void> {
  const plan = JSON.parse(process.argv[2] ?? '{}') as WorkerPlan;
  const hardTimer = setTimeout(() => {
    process.stderr.write('loadtest worker: overran its hard limit; exiting\n');
    process.exit(3);
  }, plan.durationS * 1000 + HARD_TIMEOUT_SLACK_MS);
  hardTimer.unref();
  const stop = new AbortController();
  process.on('message', (message: { type?: string }) => {
    if (message.type === 'stop') stop.abort();
  });
  process.on('disconnect', () => {
    stop.abort();
  });
  process.on('SIGINT', () => {
    // The coordinator handles Ctrl-C and sends a stop message.
  });
  const scenarios = assignScenarios(parseMix(plan.mix), plan.firstIndex + plan.count);
  const partners = pairPartners(scenarios, plan.firstIndex, plan.count);
  const scenarioOf = (index: number): Scenario => {
    const scenario = scenarios[index];
    if (scenario === undefined) throw new Error(`no scenario for bot ${index}`);
    return scenario;
  };
  const result = await runBots({
    count: plan.count,
    host: plan.host,
    port: plan.port,
    transport: plan.transport,
    durationS: plan.durationS,
    ...(plan.holdS === undefined ? {} : { holdS: plan.holdS }),
    rampPerS: plan.rampPerS,
    prefix: plan.prefix,
    firstIndex: plan.firstIndex,
    seed: plan.seed,
    registerFirst: plan.registerFirst,
    reportIntervalS: 1,
    signal: stop.signal,
    behaviourOf: (index) => scenarioOf(index).behaviour,
    characterClassOf: (index) => scenarioOf(index).characterClass?.(index) ?? CharacterClass.CHARACTER_CLASS_WARRIOR,
    watchesWorldOf: (index) => scenarioOf(index).watchesWorld === true,
    partnerOf: (index) => partners.get(index),
    onReport: (report, histograms) => {
      void send({
        type: 'interval', report, ack: encodeIntoCompressedBase64(histograms.ack), reply: encodeIntoCompressedBase64(histograms.reply), actions: encodeActions(histograms.actions),
      });
    },
  });
  await send({
    type: 'done',
    summary: result.summary,
    problems: result.problems,
    ack: encodeIntoCompressedBase64(result.histograms.ack),
    reply: encodeIntoCompressedBase64(result.histograms.reply),
    actions: encodeActions(result.histograms.actions),
  });
  process.disconnect();
}

main().catch((error: unknown) => {
  process.stderr.write(`loadtest worker: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
