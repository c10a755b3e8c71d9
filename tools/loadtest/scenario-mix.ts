/**
 * A mix of scenarios by percentage (`wander:80,chatter:10,churn:10`) and which bot plays which:
 * bot i gets the scenario furthest behind its share after i bots, so any prefix of the bots
 * (the ones started so far during a ramp, a worker process's range) is mixed in proportion.
 * @module
 */
import { SCENARIOS } from './scenario-table.ts';
import type { Scenario } from './scenario.ts';

/** One scenario and its share of the bots. */
export interface MixPart {
  /** The scenario. */
  readonly scenario: Scenario;
  /** Its share, 0-1; the shares of a mix add up to 1. */
  readonly share: number;
}

/** A scenario mix on the command line was not understood; the message says why. */
export class MixError extends Error {
  /** @param message - what is wrong */
  constructor(message: string) {
    super(message);
    this.name = 'MixError';
  }
}

/**
 * Parses `name[:weight],...`. Weights are positive numbers (percentages, or any proportions;
 * a lone name is weight 100) and are normalised to shares.
 * @throws MixError for unknown names, repeated names and bad weights
 */
export function parseMix(text: string): MixPart[] {
  const parts: { scenario: Scenario; weight: number }[] = [];
  for (const item of text.split(',')) {
    const [name = '', weightText, extra] = item.trim().split(':');
    if (extra !== undefined) throw new MixError(`"${item}" is not name:weight`);
    const scenario = SCENARIOS.get(name);
    if (scenario === undefined) throw new MixError(`unknown scenario "${name}"; known: ${[...SCENARIOS.keys()].join(', ')}`);
    if (parts.some((p) => p.scenario === scenario)) throw new MixError(`scenario "${name}" is listed twice`);
    const weight = weightText === undefined ? 100 : Number(weightText);
    if (weightText?.trim() === '' || !Number.isFinite(weight) || weight <= 0) throw new MixError(`weight of "${name}" must be a positive number; got "${weightText ?? ''}"`);
    parts.push({ scenario, weight });
  }
  const total = parts.reduce((sum, p) => sum + p.weight, 0);
  return parts.map((p) => ({ scenario: p.scenario, share: p.weight / total }));
}

/** The mix written back as `name:percent,...` (for names of result files and reports). */
export function describeMix(mix: readonly MixPart[]): string {
  return mix.map((p) => `${p.scenario.name}:${Number((p.share * 100).toFixed(1))}`).join(',');
}

/**
 * Partners for the scenarios whose bots play in pairs (traders): among bots `firstIndex` to
 * `firstIndex + count - 1` (one worker's range, so partners share a process and start close
 * together in a ramp), the bots of each pairing scenario pair up in order: its 1st with its 2nd,
 * 3rd with 4th, ... An odd one out has no partner. Returns bot → partner, both ways.
 */
export function pairPartners(scenarios: readonly Scenario[], firstIndex: number, count: number): Map<number, number> {
  const partners = new Map<number, number>();
  const waiting = new Map<Scenario, number>();
  for (let index = firstIndex; index < firstIndex + count; index++) {
    const scenario = scenarios[index];
    if (scenario?.pairs !== true) continue;
    const other = waiting.get(scenario);
    if (other === undefined) {
      waiting.set(scenario, index);
      continue;
    }
    waiting.delete(scenario);
    partners.set(other, index);
    partners.set(index, other);
  }
  return partners;
}

/** The scenario of each of the first `count` bots. */
export function assignScenarios(mix: readonly MixPart[], count: number): Scenario[] {
  const assigned = new Array<number>(mix.length).fill(0);
  const out: Scenario[] = [];
  for (let i = 0; i < count; i++) {
    let best = 0;
    let bestDeficit = -Infinity;
    mix.forEach((part, k) => {
      const deficit = part.share * (i + 1) - (assigned[k] ?? 0);
      if (deficit > bestDeficit + 1e-12) {
        best = k;
        bestDeficit = deficit;
      }
    });
    assigned[best] = (assigned[best] ?? 0) + 1;
    const part = mix[best];
    if (part !== undefined) out.push(part.scenario);
  }
  return out;
}
