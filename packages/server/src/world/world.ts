/**
 * The world as the foundation knows it: which characters are in it and the world clock.
 * Zones, movement and replication build on this.
 * @module
 */
import type { CharacterRecord, CharacterState } from '../store/store.ts';

/** A character while it is in the world; the world owns and mutates it. */
export interface WorldCharacter {
  /** Character id. */
  readonly id: string;
  /** Owning account. */
  readonly accountId: string;
  /** Display name. */
  readonly name: string;
  /** CharacterClass wire value. */
  readonly classId: number;
  /** Current level. */
  level: number;
  /** Experience points. */
  experience: number;
  /** Zone id. */
  zone: string;
  /** Metres. */
  x: number;
  /** Metres. */
  y: number;
  /** Current hit points. */
  hitPoints: number;
  /** Hit points at full health. */
  maxHitPoints: number;
}

/** The state of a world character that persistence saves. */
export function characterState(character: WorldCharacter): CharacterState {
  return {
    id: character.id,
    level: character.level,
    experience: character.experience,
    zone: character.zone,
    x: character.x,
    y: character.y,
    hitPoints: character.hitPoints,
  };
}

/** The characters in the world and the fixed-rate world clock. */
export class World {
  /** Ticks per second. */
  readonly tickRateHz: number;
  readonly #characters = new Map<string, WorldCharacter>();
  #tick = 0;
  #timer: NodeJS.Timeout | undefined;

  /** @param tickRateHz - ticks per second */
  constructor(tickRateHz: number) {
    this.tickRateHz = tickRateHz;
  }

  /** The current tick number. */
  get tick(): number {
    return this.#tick;
  }

  /** How many characters are in the world. */
  get population(): number {
    return this.#characters.size;
  }

  /** Starts the clock. */
  start(): void {
    this.#timer ??= setInterval(() => {
      this.#tick++;
    }, 1000 / this.tickRateHz);
  }

  /** Stops the clock. */
  stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** Places a stored character in the world and returns the live character. */
  enter(record: CharacterRecord): WorldCharacter {
    const character: WorldCharacter = {
      id: record.id,
      accountId: record.accountId,
      name: record.name,
      classId: record.classId,
      level: record.level,
      experience: record.experience,
      zone: record.zone,
      x: record.x,
      y: record.y,
      hitPoints: record.hitPoints,
      maxHitPoints: record.maxHitPoints,
    };
    this.#characters.set(character.id, character);
    return character;
  }

  /** Removes a character; returns it, or undefined if it was not in the world. */
  leave(id: string): WorldCharacter | undefined {
    const character = this.#characters.get(id);
    this.#characters.delete(id);
    return character;
  }

  /** The live character with this id, if in the world. */
  get(id: string): WorldCharacter | undefined {
    return this.#characters.get(id);
  }

  /** Every character in the world. */
  characters(): IterableIterator<WorldCharacter> {
    return this.#characters.values();
  }
}
