/**
 * What a character's equipment adds to its stats, for combat to apply.
 * @module
 */
import type { InventoryState } from './inventory.ts';
import type { ItemCatalog, StatName } from './item-catalog.ts';
import { STAT_NAMES } from './item-catalog.ts';

/** Every stat with the sum of the equipped items' bonuses (0 when none adds to it). */
export type EquippedStats = Record<StatName, number>;

/** Sums the stat bonuses of every equipped item. */
export function equippedStats(state: InventoryState, catalog: ItemCatalog): EquippedStats {
  const total = Object.fromEntries(STAT_NAMES.map((name) => [name, 0])) as EquippedStats;
  for (const item of Object.values(state.equipment)) {
    const stats = catalog.items.get(item.templateId)?.stats ?? {};
    for (const name of STAT_NAMES) total[name] += stats[name] ?? 0;
  }
  return total;
}
