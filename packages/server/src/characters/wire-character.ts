/**
 * The wire form of a character.
 * @module
 */
import { CharacterClass } from '@realmforge/protocol';
import type { CharacterInit } from '@realmforge/protocol';
import { CHARACTER_CLASSES } from './character-classes.ts';
import type { CharacterRecord } from '../store/store.ts';
import type { WorldCharacter } from '../world/world.ts';

/** A stored or live character as its owner sees it on the wire. */
export function toWireCharacter(character: CharacterRecord | WorldCharacter): CharacterInit {
  return {
    id: character.id,
    name: character.name,
    class: CHARACTER_CLASSES.get(character.classId)?.id ?? CharacterClass.CHARACTER_CLASS_UNSPECIFIED,
    level: character.level,
    experience: character.experience,
    zone: character.zone,
    position: { x: character.x, y: character.y },
    hitPoints: character.hitPoints,
    maxHitPoints: character.maxHitPoints,
  };
}
