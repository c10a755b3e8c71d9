/**
 * Character creation, listing and deletion for an account, with the naming rules.
 * @module
 */
import { ErrorCode } from '@realmforge/protocol';
import { newId } from '../ids.ts';
import { RequestError } from '../session/request-error.ts';
import { StoreConflictError } from '../store/store.ts';
import type { CharacterRecord, Store } from '../store/store.ts';
import { CHARACTER_CLASSES } from './character-classes.ts';

/** Character names: 3-16 letters A-Z (either case). */
export const CHARACTER_NAME_PATTERN = /^[A-Za-z]{3,16}$/;

/** Where a new character starts. */
export interface SpawnPoint {
  /** Zone id. */
  readonly zone: string;
  /** Metres. */
  readonly x: number;
  /** Metres. */
  readonly y: number;
}

/** Manages an account's characters. */
export class CharacterService {
  readonly #store: Store;
  readonly #maxPerAccount: number;
  readonly #spawn: SpawnPoint;

  /**
   * @param store - where characters live
   * @param maxPerAccount - how many characters one account may have
   * @param spawn - where new characters start
   */
  constructor(store: Store, maxPerAccount: number, spawn: SpawnPoint) {
    this.#store = store;
    this.#maxPerAccount = maxPerAccount;
    this.#spawn = spawn;
  }

  /** The account's characters, oldest first. */
  list(accountId: string): Promise<CharacterRecord[]> {
    return this.#store.listCharacters(accountId);
  }

  /**
   * Creates a character at the spawn point.
   * @throws RequestError CHARACTER_NAME_INVALID, CHARACTER_CLASS_INVALID,
   *   CHARACTER_LIMIT_REACHED or CHARACTER_NAME_TAKEN
   */
  async create(accountId: string, name: string, classId: number): Promise<CharacterRecord> {
    if (!CHARACTER_NAME_PATTERN.test(name)) {
      throw new RequestError(ErrorCode.ERROR_CODE_CHARACTER_NAME_INVALID, 'character names are 3-16 letters');
    }
    const definition = CHARACTER_CLASSES.get(classId);
    if (definition === undefined) {
      throw new RequestError(ErrorCode.ERROR_CODE_CHARACTER_CLASS_INVALID, `unknown class ${classId}`);
    }
    const existing = await this.#store.listCharacters(accountId);
    if (existing.length >= this.#maxPerAccount) {
      throw new RequestError(ErrorCode.ERROR_CODE_CHARACTER_LIMIT_REACHED, `an account may have at most ${this.#maxPerAccount} characters`);
    }
    const character: CharacterRecord = {
      id: newId(),
      accountId,
      name,
      classId: definition.id,
      level: 1,
      experience: 0,
      zone: this.#spawn.zone,
      x: this.#spawn.x,
      y: this.#spawn.y,
      hitPoints: definition.baseHitPoints,
      maxHitPoints: definition.baseHitPoints,
      resource: -1,
      cooldowns: {},
      createdAt: Date.now(),
    };
    try {
      await this.#store.createCharacter(character);
    } catch (error) {
      if (error instanceof StoreConflictError) throw new RequestError(ErrorCode.ERROR_CODE_CHARACTER_NAME_TAKEN, 'that name is taken');
      throw error;
    }
    return character;
  }

  /**
   * One of the account's characters.
   * @throws RequestError CHARACTER_NOT_FOUND when it does not exist or belongs to another account
   */
  async getOwned(accountId: string, characterId: string): Promise<CharacterRecord> {
    const character = await this.#store.getCharacter(characterId);
    if (character?.accountId !== accountId) {
      throw new RequestError(ErrorCode.ERROR_CODE_CHARACTER_NOT_FOUND, 'no such character on this account');
    }
    return character;
  }

  /**
   * Deletes one of the account's characters (and its guild membership).
   * @throws RequestError CHARACTER_NOT_FOUND; GUILD_MASTER_CANNOT_LEAVE for a guild master,
   *   whose guild must be handed over or disbanded first
   */
  async delete(accountId: string, characterId: string): Promise<void> {
    let deleted: boolean;
    try {
      deleted = await this.#store.deleteCharacter(accountId, characterId);
    } catch (error) {
      if (error instanceof StoreConflictError && error.constraint === 'guild_master') {
        throw new RequestError(ErrorCode.ERROR_CODE_GUILD_MASTER_CANNOT_LEAVE, 'this character is a guild master: hand the guild over or disband it first');
      }
      throw error;
    }
    if (!deleted) throw new RequestError(ErrorCode.ERROR_CODE_CHARACTER_NOT_FOUND, 'no such character on this account');
  }
}
