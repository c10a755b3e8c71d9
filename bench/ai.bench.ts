/**
 * NPC AI benchmark: the cost of the NPC system per NPC per tick, and how many NPCs one zone
 * sustains at 20 Hz within half the tick budget (25 ms), with a mix of idle NPCs (nobody sees
 * them) and active ones (players near: they run their trees, wander, aggro, chase, path-find).
 *
 * Setup per case: the default Meadow map (1024 m square), N NPCs from the default templates
 * (wolves, bandits, deer, guards) on spawners at seeded random free spots, and 100 players
 * walking between seeded random points (observers without a connection: replication builds no
 * frames for them, so the zone tick is AI + movement + interest). Warm-up 100 ticks, then 200
 * measured ticks; the NPC system and the whole zone step are timed separately.
 *
 * Run: `npm run bench:ai` (`-- --quick` for a short run that writes nothing). Writes
 * bench/results/ai.json; asserts nothing.
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CharacterClass } from '@realmforge/protocol';
import { loadZoneMap } from '../packages/server/src/world/map/tiled-map.ts';
import type { NpcSpawner } from '../packages/server/src/world/map/npc-spawners.ts';
import { loadCombatContent } from '../packages/server/src/world/combat/combat-content.ts';
import { skillIdsByName } from '../packages/server/src/world/npc/combat-for-npcs.ts';
import { loadNpcContent } from '../packages/server/src/world/npc/npc-content.ts';
import { createNpcSystem } from '../packages/server/src/world/npc/npc-system.ts';
import { SeededRandom } from '../packages/server/src/world/random.ts';
import { movementSystem } from '../packages/server/src/world/systems/movement.ts';
import type { ZoneSystem } from '../packages/server/src/world/systems/zone-system.ts';
import { Zone } from '../packages/server/src/world/zone.ts';
import { describeMachine } from './machine.ts';

const quick = process.argv.includes('--quick');
const COUNTS = quick ? [1000, 5000] : [1000, 2500, 5000, 10_000, 15_000, 20_000];
const PLAYERS = 100;
const WARMUP = quick ? 20 : 100;
const MEASURED = quick ? 50 : 200;
const BUDGET_MS = 50;
const TEMPLATES = ['grey-wolf', 'grey-wolf', 'deer', 'bandit', 'camp-guard'];

const content = join(import.meta.dirname, '..', 'content');
const npcContent = await loadNpcContent(content, { skills: skillIdsByName(await loadCombatContent(join(content, 'combat.json'))) });
const map = await loadZoneMap(join(content, 'zones', 'meadow.tmj'));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

interface CaseResult {
  npcs: number;
  players: number;
  thinkingPerTick: number;
  idlePerTick: number;
  pathNodesPerTick: number;
  aiMsPerTick: { median: number; p99: number; mean: number };
  aiNsPerNpc: number;
  aiNsPerThinkingNpc: number;
  zoneTickMs: { median: number; p99: number; mean: number };
  withinHalfBudget: boolean;
}

function runCase(count: number): CaseResult {
  const random = new SeededRandom(count);
  const spawners: NpcSpawner[] = [];
  while (spawners.length < count / 4) {
    const x = random.next() * map.width;
    const y = random.next() * map.height;
    if (!map.collision.isFree(x, y, 0.5)) continue;
    spawners.push({ id: `s${spawners.length}`, template: TEMPLATES[spawners.length % TEMPLATES.length] ?? 'deer', x, y, count: 4, radius: 6, respawnSeconds: undefined });
  }
  const system = createNpcSystem(npcContent);
  let aiMs = 0;
  const timed: ZoneSystem = {
    name: 'npc-ai',
    step(zone, dt) {
      const start = performance.now();
      system.step(zone, dt);
      aiMs = performance.now() - start;
    },
  };
  const zone = new Zone({ ...map, spawners }, { tickRateHz: 20, viewRadius: 50, hysteresis: 5, cellSize: 25, seed: 1, systems: [timed, movementSystem] });
  const players = [];
  for (let i = 0; i < PLAYERS; i++) {
    let x = 0;
    let y = 0;
    do {
      x = random.next() * map.width;
      y = random.next() * map.height;
    } while (!map.collision.isFree(x, y, 0.5));
    players.push(zone.addPlayer({ characterId: `p${i}`, accountId: `a${i}`, name: `P${i}`, classId: CharacterClass.CHARACTER_CLASS_WARRIOR, level: 1, experience: 0, hitPoints: 100, maxHitPoints: 100, speed: 5 }, x, y));
  }
  const ai: number[] = [];
  const ticks: number[] = [];
  let thinking = 0;
  let idle = 0;
  let nodes = 0;
  for (let t = 0; t < WARMUP + MEASURED; t++) {
    for (const player of players) {
      if (!player.moving) {
        player.targetX = player.x + (random.next() - 0.5) * 80;
        player.targetY = player.y + (random.next() - 0.5) * 80;
      }
    }
    const start = performance.now();
    zone.step();
    const elapsed = performance.now() - start;
    if (t < WARMUP) continue;
    ticks.push(elapsed);
    ai.push(aiMs);
    const counts = system.zoneState(zone)?.counts;
    thinking += counts?.thinking ?? 0;
    idle += counts?.idle ?? 0;
    nodes += counts?.pathNodes ?? 0;
  }
  const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length;
  const aiMean = mean(ai);
  ai.sort((a, b) => a - b);
  const tickMean = mean(ticks);
  ticks.sort((a, b) => a - b);
  const zoneTickMs = { median: percentile(ticks, 0.5), p99: percentile(ticks, 0.99), mean: tickMean };
  return {
    npcs: count,
    players: PLAYERS,
    thinkingPerTick: thinking / MEASURED,
    idlePerTick: idle / MEASURED,
    pathNodesPerTick: nodes / MEASURED,
    aiMsPerTick: { median: percentile(ai, 0.5), p99: percentile(ai, 0.99), mean: aiMean },
    aiNsPerNpc: (aiMean * 1e6) / count,
    aiNsPerThinkingNpc: thinking === 0 ? 0 : (aiMean * 1e6) / (thinking / MEASURED),
    zoneTickMs,
    withinHalfBudget: zoneTickMs.p99 <= BUDGET_MS / 2,
  };
}

const machine = describeMachine();
console.log(`AI benchmark: ${machine.cpuModel}, ${machine.cores} cores, Node ${machine.node}`);
console.log('npcs    thinking  idle     path nodes  AI ms p50/p99   ns/NPC  ns/thinking  zone tick ms p50/p99  ≤25 ms');
const results: CaseResult[] = [];
for (const count of COUNTS) {
  const r = runCase(count);
  results.push(r);
  console.log(
    `${String(r.npcs).padEnd(8)}${r.thinkingPerTick.toFixed(0).padEnd(10)}${r.idlePerTick.toFixed(0).padEnd(9)}${r.pathNodesPerTick.toFixed(0).padEnd(12)}` +
      `${r.aiMsPerTick.median.toFixed(2)}/${r.aiMsPerTick.p99.toFixed(2)}`.padEnd(16) +
      `${r.aiNsPerNpc.toFixed(0).padEnd(8)}${r.aiNsPerThinkingNpc.toFixed(0).padEnd(13)}${`${r.zoneTickMs.median.toFixed(2)}/${r.zoneTickMs.p99.toFixed(2)}`.padEnd(22)}${r.withinHalfBudget ? 'yes' : 'no'}`,
  );
}
const sustained = results.filter((r) => r.withinHalfBudget).reduce((best, r) => Math.max(best, r.npcs), 0);
console.log(`\nlargest NPC count with zone tick p99 within half the 20 Hz budget (25 ms): ${sustained}`);
if (quick) {
  console.log('--quick: results not written');
} else {
  const outDir = new URL('./results/', import.meta.url);
  mkdirSync(outDir, { recursive: true });
  const out = new URL('ai.json', outDir);
  const report = {
    benchmark: 'ai',
    date: new Date().toISOString(),
    machine,
    parameters: { tickRateHz: 20, budgetMs: BUDGET_MS, players: PLAYERS, warmupTicks: WARMUP, measuredTicks: MEASURED, map: 'meadow (1024 m square)', templates: TEMPLATES, viewRadiusM: 50 },
    method: 'wall clock per tick (performance.now) of the NPC system alone and of the whole zone step (NPC AI, movement, interest; players have no connection, so no frames are built); p50/p99 over the measured ticks',
    sustainedNpcs: sustained,
    results,
  };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${out.pathname}`);
}
