/**
 * The view cap's visibility rule written plainly, for tests to check InterestGrid against: one
 * observer at a time, by sorting, from what it saw before and its priority entities.
 */
import type { InterestOptions } from '../../src/world/interest-grid.ts';

/** The grid tuning the cap's model tests use. */
export const CAPPED_OPTIONS: InterestOptions = { cellSize: 16, viewRadius: 50, hysteresis: 5 };

/** Ids in ascending order. */
export function sorted(ids: Iterable<number>): number[] {
  return [...ids].sort((a, b) => a - b);
}

/**
 * What `observer` sees after an update under {@link CAPPED_OPTIONS} and `cap`: the qualifying
 * entities (within the view radius, or within the hysteresis band if seen `before`); when more
 * than the cap qualify, its qualifying `priorities` first (the nearest of them when they alone
 * fill the cap) and then the nearest others, an entity seen before counting as the hysteresis
 * nearer, ties to the lower id.
 */
export function expectedCappedView(positions: ReadonlyMap<number, readonly [number, number]>, observer: number, before: ReadonlySet<number>, cap: number, priorities: ReadonlySet<number> = new Set()): Set<number> {
  const [ox, oy] = positions.get(observer) ?? [0, 0];
  const r = CAPPED_OPTIONS.viewRadius;
  const outer = CAPPED_OPTIONS.viewRadius + CAPPED_OPTIONS.hysteresis;
  const candidates: { id: number; key: number; priority: boolean }[] = [];
  for (const [id, [x, y]] of positions) {
    if (id === observer) continue;
    const dx = x - ox;
    const dy = y - oy;
    const d2 = dx * dx + dy * dy;
    const was = before.has(id);
    if (d2 <= r * r || (was && d2 <= outer * outer)) candidates.push({ id, key: was ? Math.sqrt(d2) - CAPPED_OPTIONS.hysteresis : Math.sqrt(d2), priority: priorities.has(id) });
  }
  if (candidates.length <= cap) return new Set(candidates.map((c) => c.id));
  const nearest = (list: typeof candidates, k: number): number[] => [...list].sort((a, b) => a.key - b.key || a.id - b.id).slice(0, k).map((c) => c.id);
  const first = candidates.filter((c) => c.priority);
  if (first.length >= cap) return new Set(nearest(first, cap));
  return new Set([...first.map((c) => c.id), ...nearest(candidates.filter((c) => !c.priority), cap - first.length)]);
}
