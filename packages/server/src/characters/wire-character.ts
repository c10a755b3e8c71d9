/**
 * The wire form of a character.
 * @module
 */
import { CharacterClass } from '@realmforge/protocol';
import type { CharacterInit } from '@realmforge/protocol';
import { CHARACTER_CLASSES } from './character-classes.ts';
import type { CharacterRecord } from '../store/store.ts';

/** The character fields the wire form needs; stored records and live player entities both have them. */
export type CharacterView = Pick<CharacterRecord, 'id' | 'name' | 'classId' | 'level' | 'experience' | 'zone' | 'x' | 'y' | 'hitPoints' | 'maxHitPoints'>;

/** A stored or live character as its owner sees it on the wire. */
export function toWireCharacter(character: CharacterView): CharacterInit {
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
