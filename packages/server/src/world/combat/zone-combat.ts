/**
 * The combat content a zone fights by, attached to the zone when the combat system first runs
 * it (a component keyed by zone, so the zone itself stays free of combat code).
 * @module
 */
import type { Zone } from '../zone.ts';
import type { CombatContent } from './combat-content.ts';

const contents = new WeakMap<Zone, CombatContent>();

/** Attaches the content to the zone. */
export function attachCombatContent(zone: Zone, content: CombatContent): void {
  contents.set(zone, content);
}

/** The content the zone fights by; undefined when no combat system runs it. */
export function combatContentOf(zone: Zone): CombatContent | undefined {
  return contents.get(zone);
}
