/**
 * Fan-out benchmark (`npm run bench:fanout [-- --clients N --window S --quick --profile]`): a
 * server in a child process delivers entity updates to many connected clients over real TCP
 * sockets. All clients stand in one view radius at the spawn point and jostle there with
 * move-to inputs at 10 Hz, so every client sees every other move every tick: real encoding,
 * interest management and replication are in the path. Measured over a window after a warm-up:
 * delivered game messages (entity enters/updates/leaves, counted by the clients with a wire
 * skim, no decoding) per second and per second of the server's own CPU time (its /metrics
 * process CPU, so the load generator's share does not count), world frames and socket writes
 * per second, with outbound batching on and off; and inbound: client messages decoded,
 * validated and applied per server CPU-second in the same runs. `--profile` also runs the
 * batching-on case under `node --cpu-prof` and lists the server's heaviest functions.
 * Writes bench/results/fanout.json.
 * @module
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { characterNameFor } from '../tools/bots/names.ts';
import { startServerProcess } from '../tools/loadtest/server-process.ts';
import { ServerWatch } from '../tools/loadtest/server-watch.ts';
import { topSelfTime } from '../tools/profile/cpu-profile.ts';
import type { ProfileEntry } from '../tools/profile/cpu-profile.ts';
import { enterFanoutClient } from './fanout/fanout-client.ts';
import type { DeliveryCount, FanoutClient } from './fanout/fanout-client.ts';
import { describeMachine } from './machine.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const RESULTS = new URL('./results/fanout.json', import.meta.url);
/** Move inputs per client per second. */
const INPUT_HZ = 10;
/** How far from the spawn point a client aims, metres. */
const JOSTLE_M = 4;
/** Clients logging in at once. */
const LOGIN_CONCURRENCY = 50;
/** The target: delivered game messages per server core-second. */
const TARGET_PER_CORE_SECOND = 3_000_000;

interface CaseResult {
  readonly batching: boolean;
  readonly clients: number;
  readonly windowS: number;
  readonly deliveredPerSecond: number;
  readonly deliveredPerServerCoreSecond: number;
  readonly framesPerSecond: number;
  readonly socketWritesPerSecond: number;
  readonly deliveredPerWrite: number;
  readonly frameBytesPerSecond: number;
  readonly serverCpuCores: number;
  readonly serverCpuKernelShare: number;
  readonly serverTickP50Ms: number | undefined;
  readonly serverTickP99Ms: number | undefined;
  readonly inboundMessagesPerSecond: number;
  readonly inboundPerServerCoreSecond: number;
  readonly loadGeneratorCpuCores: number;
  readonly profile?: { readonly samples: number; readonly top: readonly ProfileEntry[] };
}

async function runCase(batching: boolean, clients: number, warmupS: number, windowS: number, profile: boolean): Promise<CaseResult> {
  const profileDir = profile ? mkdtempSync(join(tmpdir(), 'realmforge-fanout-prof-')) : undefined;
  const server = await startServerProcess(['--outbound-batching', String(batching)], profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
  const count: DeliveryCount = { frames: 0, entityChanges: 0, frameBytes: 0 };
  const players: FanoutClient[] = [];
  let moving: NodeJS.Timeout | undefined;
  try {
    for (let i = 0; i < clients; i += LOGIN_CONCURRENCY) {
      const batch = Array.from({ length: Math.min(LOGIN_CONCURRENCY, clients - i) }, (_, k) => enterFanoutClient(server.ports.tcp, `fan${i + k}`, characterNameFor('fan', i + k), count));
      players.push(...(await Promise.all(batch)));
    }
    let turn = 0;
    moving = setInterval(() => {
      // Every client once per 1/INPUT_HZ s, spread over ten slices of it.
      for (let k = turn % 10; k < players.length; k += 10) {
        const p = players[k];
        if (p === undefined) continue;
        const angle = Math.random() * 2 * Math.PI;
        const distance = Math.random() * JOSTLE_M;
        p.client.moveTo(p.entry.x + Math.cos(angle) * distance, p.entry.y + Math.sin(angle) * distance);
      }
      turn++;
    }, 1000 / INPUT_HZ / 10);
    await sleep(warmupS * 1000);
    const watch = new ServerWatch(server.ports.admin);
    await watch.start();
    const before = { ...count };
    const cpuBefore = process.cpuUsage();
    const startedAt = performance.now();
    await sleep(windowS * 1000);
    const seconds = (performance.now() - startedAt) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const delivered = count.entityChanges - before.entityChanges;
    const summary = await watch.stop();
    if (summary === undefined) throw new Error('the server\'s /metrics could not be read');
    const serverCpuSeconds = summary.cpuSeconds;
    const writesPerSecond = summary.rates.socketWritesPerS;
    const zone = Object.keys(summary.tickP50Ms)[0];
    return {
      batching,
      clients,
      windowS: Math.round(seconds * 10) / 10,
      deliveredPerSecond: Math.round(delivered / seconds),
      deliveredPerServerCoreSecond: Math.round(delivered / serverCpuSeconds),
      framesPerSecond: Math.round((count.frames - before.frames) / seconds),
      socketWritesPerSecond: Math.round(writesPerSecond),
      deliveredPerWrite: writesPerSecond > 0 ? Math.round((delivered / seconds / writesPerSecond) * 10) / 10 : 0,
      frameBytesPerSecond: Math.round((count.frameBytes - before.frameBytes) / seconds),
      serverCpuCores: summary.cpuCoresMean,
      serverCpuKernelShare: summary.cpuSystemShare,
      serverTickP50Ms: zone === undefined ? undefined : summary.tickP50Ms[zone],
      serverTickP99Ms: zone === undefined ? undefined : summary.tickP99Ms[zone],
      inboundMessagesPerSecond: Math.round(summary.rates.messagesInPerS),
      inboundPerServerCoreSecond: Math.round((summary.rates.messagesInPerS * summary.seconds) / serverCpuSeconds),
      loadGeneratorCpuCores: Math.round(((cpu.user + cpu.system) / 1e6 / seconds) * 1000) / 1000,
    };
  } finally {
    clearInterval(moving);
    for (const p of players) p.client.close();
    await server.stop();
    if (profileDir !== undefined) {
      const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
      if (file !== undefined) profiles.set(batching, topSelfTime(join(profileDir, file), ROOT, 20));
      rmSync(profileDir, { recursive: true, force: true });
    }
  }
}

const profiles = new Map<boolean, { samples: number; entries: ProfileEntry[] }>();

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { clients: { type: 'string' }, window: { type: 'string' }, quick: { type: 'boolean' }, profile: { type: 'boolean' } },
  });
  const quick = values.quick === true;
  const clients = Number(values.clients ?? (quick ? 150 : 300));
  const windowS = Number(values.window ?? (quick ? 5 : 10));
  const warmupS = quick ? 2 : 3;
  if (!Number.isInteger(clients) || clients < 2 || clients > 2000) throw new Error(`--clients must be an integer from 2 to 2000; got ${values.clients ?? ''}`);
  if (!(windowS >= 1 && windowS <= 120)) throw new Error(`--window must be 1-120 seconds; got ${values.window ?? ''}`);
  const results: CaseResult[] = [];
  for (const batching of [true, false]) {
    console.log(`fanout: ${clients} clients in one view, batching ${batching ? 'on' : 'off'}, ${windowS} s window...`);
    const result = await runCase(batching, clients, warmupS, windowS, values.profile === true && batching);
    const profile = profiles.get(batching);
    const row = profile === undefined ? result : { ...result, profile: { samples: profile.samples, top: profile.entries } };
    results.push(row);
    console.log(`  delivered ${row.deliveredPerSecond.toLocaleString('en-US')}/s = ${row.deliveredPerServerCoreSecond.toLocaleString('en-US')} per server core-s (server ${(row.serverCpuCores * 100).toFixed(0)}% of a core, ${(row.serverCpuKernelShare * 100).toFixed(0)}% kernel); frames ${row.framesPerSecond}/s, socket writes ${row.socketWritesPerSecond}/s (${row.deliveredPerWrite} per write); inbound ${row.inboundMessagesPerSecond}/s = ${row.inboundPerServerCoreSecond.toLocaleString('en-US')} per server core-s; load generator ${(row.loadGeneratorCpuCores * 100).toFixed(0)}% of a core`);
    if (profile !== undefined) for (const e of profile.entries.slice(0, 12)) console.log(`    ${(e.selfShare * 100).toFixed(1).padStart(5)}%  ${e.name}  ${e.where}`);
  }
  const on = results.find((r) => r.batching);
  const output = {
    benchmark: 'fanout',
    date: new Date().toISOString(),
    machine: describeMachine(),
    method: `${clients} TCP clients stand within one view radius at the spawn point and send move-to inputs at ${INPUT_HZ} Hz each, so each sees every other move every tick (20 Hz). Clients count entity enters/updates/leaves per world frame with a wire skim (no decoding). Server CPU is the server process's own (its /metrics process_cpu_*), over a ${windowS} s window after a ${warmupS} s warm-up. Inbound figures are from the same runs: client messages per server CPU-second while the server also does all the fan-out, so they bound the inbound cost from above. Server and clients share the machine's cores.`,
    targetPerCoreSecond: TARGET_PER_CORE_SECOND,
    shareOfTarget: on === undefined ? undefined : Math.round((on.deliveredPerServerCoreSecond / TARGET_PER_CORE_SECOND) * 1000) / 1000,
    results,
  };
  writeFileSync(RESULTS, `${JSON.stringify(output, null, 2)}\n`);
  console.log(`fanout: wrote ${fileURLToPath(RESULTS)}`);
}

await main();
