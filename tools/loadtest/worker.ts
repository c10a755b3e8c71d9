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
import type { WorkerPlan } from './worker-messages.ts';
import { sendToCoordinator, workerStopSignal } from './worker-lifetime.ts';

function encodeActions(actions: ReadonlyMap<string, Histogram>): Record<string, string> {
  return Object.fromEntries([...actions].map(([label, histogram]) => [label, encodeIntoCompressedBase64(histogram)]));
}

async function main(): Promise<void> {
  const plan = JSON.parse(process.argv[2] ?? '{}') as WorkerPlan;
  const stop = workerStopSignal(plan.durationS, 'loadtest worker');
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
    ...(plan.tlsCa === undefined ? {} : { tlsCa: plan.tlsCa }),
    datagrams: plan.datagrams,
    durationS: plan.durationS,
    ...(plan.holdS === undefined ? {} : { holdS: plan.holdS }),
    rampPerS: plan.rampPerS,
    prefix: plan.prefix,
    firstIndex: plan.firstIndex,
    seed: plan.seed,
    registerFirst: plan.registerFirst,
    reportIntervalS: 1,
    signal: stop,
    behaviourOf: (index) => scenarioOf(index).behaviour,
    characterClassOf: (index) => scenarioOf(index).characterClass?.(index) ?? CharacterClass.CHARACTER_CLASS_WARRIOR,
    watchesWorldOf: (index) => scenarioOf(index).watchesWorld === true,
    partnerOf: (index) => partners.get(index),
    onReport: (report, histograms) => {
      void sendToCoordinator({
        type: 'interval', report, ack: encodeIntoCompressedBase64(histograms.ack), reply: encodeIntoCompressedBase64(histograms.reply), actions: encodeActions(histograms.actions),
        view: encodeIntoCompressedBase64(histograms.view),
      });
    },
  });
  await sendToCoordinator({
    type: 'done',
    summary: result.summary,
    problems: result.problems,
    ack: encodeIntoCompressedBase64(result.histograms.ack),
    reply: encodeIntoCompressedBase64(result.histograms.reply),
    actions: encodeActions(result.histograms.actions),
    view: encodeIntoCompressedBase64(result.histograms.view),
  });
  process.disconnect();
}

main().catch((error: unknown) => {
  process.stderr.write(`loadtest worker: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
