/**
 * The wire form of a character.
 * @module
 */
import type { CharacterInit } from '@realmforge/protocol';
import type { CharacterRecord } from '../store/store.ts';
import type { WorldCharacter } from '../world/world.ts';

/** A stored or live character as its owner sees it on the wire. */
export function toWireCharacter(character: CharacterRecord | WorldCharacter): CharacterInit {
  return {
    id: character.id,
    name: character.name,
    class: character.classId,
    level: character.level,
    experience: character.experience,
    zone: character.zone,
    position: { x: character.x, y: character.y },
    hitPoints: character.hitPoints,
    maxHitPoints: character.maxHitPoints,
  };
}
