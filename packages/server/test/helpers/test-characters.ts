/**
 * Stored characters for world tests: player number `n` (ids `C<n>`, account `A<n>`, name `P<n>`)
 * of class 1 at level 1, standing at (x, y) in `zone` with 100 of 120 hit points.
 * @module
 */
import type { CharacterRecord } from '../../src/store/store.ts';

/** The stored character of test player `n`, standing at (x, y) in `zone`. */
export function characterRecord(n: number, zone: string, x: number, y: number): CharacterRecord {
  return { id: `C${n}`, accountId: `A${n}`, name: `P${n}`, classId: 1, level: 1, experience: 0, zone, x, y, hitPoints: 100, maxHitPoints: 120, resource: -1, cooldowns: {}, createdAt: 0 };
}
