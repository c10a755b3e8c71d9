/**
 * Rolling a loot table. Randomness is passed in, so the same generator state gives the same
 * drop: deterministic in tests and replayable in the simulation.
 * @module
 */
import type { LootTable } from './item-catalog.ts';

/** A source of uniform floats in [0, 1), e.g. the zone's SeededRandom. */
export interface LootRandom {
  /** A float in [0, 1). */
  next(): number;
}

/** What one roll dropped: item templates with counts, and gold. */
export interface LootDrop {
  /** Items, in table order. */
  readonly items: readonly { readonly templateId: string; readonly count: number }[];
  /** Gold, ≥ 0. */
  readonly gold: number;
}

function between(random: LootRandom, min: number, max: number): number {
  return min + Math.floor(random.next() * (max - min + 1));
}

/** Rolls each entry against its chance, then its count, then the table's gold. */
export function rollLoot(table: LootTable, random: LootRandom): LootDrop {
  const items: { templateId: string; count: number }[] = [];
  for (const entry of table.entries) {
    if (random.next() < entry.chance) items.push({ templateId: entry.item, count: between(random, entry.count.min, entry.count.max) });
  }
  return { items, gold: between(random, table.gold.min, table.gold.max) };
}
