/**
 * The playable classes and their level-1 figures. Combat content (later) grows these into full
 * stat tables; the wire numbers come from the CharacterClass enum in the schema.
 * @module
 */
import { CharacterClass } from '@realmforge/protocol';

/** What the server needs to know about a class to create a character of it. */
export interface ClassDefinition {
  /** The CharacterClass wire value. */
  readonly id: CharacterClass;
  /** Lowercase name for logs and content files. */
  readonly name: string;
  /** Hit points at level 1. */
  readonly baseHitPoints: number;
  /** Walking speed, metres per second. */
  readonly speed: number;
}

/** Every playable class, by wire value. */
export const CHARACTER_CLASSES: ReadonlyMap<number, ClassDefinition> = new Map(
  [
    { id: CharacterClass.CHARACTER_CLASS_WARRIOR, name: 'warrior', baseHitPoints: 120, speed: 5 },
    { id: CharacterClass.CHARACTER_CLASS_MAGE, name: 'mage', baseHitPoints: 80, speed: 5 },
    { id: CharacterClass.CHARACTER_CLASS_RANGER, name: 'ranger', baseHitPoints: 100, speed: 5.5 },
  ].map((c) => [c.id, c]),
);
