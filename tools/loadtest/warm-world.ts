/**
 * A warm world for a load run (`--warm-world`): before the server starts, its fresh database is
 * given every bot's account and a character standing at a spot drawn uniformly from the start
 * zone's reachable tiles, as a live world's returning players stand wherever they logged out.
 * Without it every fresh character enters at the one spawn point, and above ~1,000 players a
 * run measures a login storm into one village (ticks slow in the crowd, so the bots never
 * spread) rather than a wandering world. The bots then log in (no registration) and enter where
 * their character stands. Only the server's own store and the shipped map are used: the
 * accounts and characters are the ones registration and character creation would have made,
 * except for the position.
 * @module
 */
import { mkdirSync } from 'node:fs';
import { hash } from '@node-rs/argon2';
import { CHARACTER_CLASSES } from '../../packages/server/src/characters/character-classes.ts';
import { newId } from '../../packages/server/src/ids.ts';
import { openStore } from '../../packages/server/src/store/open-store.ts';
import type { CharacterRecord } from '../../packages/server/src/store/store.ts';
import { BOT_PASSWORD, characterNameFor, usernameFor } from '../bots/names.ts';
import { seededRandom } from '../bots/run.ts';
import type { Point } from '../bots/behaviour.ts';
import { zonePaths } from './scenarios/zone-paths.ts';
import { LOAD_ARGON2 } from './server-process.ts';

/** How a warm world is seeded. */
export interface WarmWorldPlan {
  /** Bots in the run: accounts `prefix0` … `prefix{players-1}`. */
  readonly players: number;
  /** Account name prefix of the run. */
  readonly prefix: string;
  /** Seed of the positions. */
  readonly seed: number;
  /** The zone fresh characters start in (the server's `startZone`). */
  readonly zone: string;
  /** The class of bot `index`'s character (wire value). */
  readonly classOf: (index: number) => number;
  /**
   * Where bot `index`'s character stands, given the zone's default spawn (its scenario's
   * warmSpot); a spot drawn uniformly from the reachable tiles when omitted or undefined.
   */
  readonly spotOf?: (index: number, spawn: Point) => Point | undefined;
}

/** Store calls in flight at once while seeding (the SQLite worker commits waiting calls together). */
const IN_FLIGHT = 256;

/**
 * Writes the run's accounts and characters into the database under `dataDir` (created and
 * migrated here), characters spread over the zone's reachable tiles.
 * @throws Error when the zone is not among the shipped maps or a store call fails
 */
export async function seedWarmWorld(dataDir: string, plan: WarmWorldPlan): Promise<void> {
  const paths = await zonePaths(plan.zone);
  if (paths === undefined) throw new Error(`warm world: zone "${plan.zone}" is not among the shipped maps`);
  // The load server's own parameters; the hash carries them, so the server verifies it as any other.
  const passwordHash = await hash(BOT_PASSWORD, { memoryCost: LOAD_ARGON2.memoryKiB, timeCost: LOAD_ARGON2.iterations, parallelism: 1 });
  const random = seededRandom(plan.seed ^ 0x5eed);
  mkdirSync(dataDir, { recursive: true });
  const store = await openStore({ dataDir });
  try {
    const seedOne = async (index: number): Promise<void> => {
      const definition = CHARACTER_CLASSES.get(plan.classOf(index));
      if (definition === undefined) throw new Error(`warm world: unknown class ${plan.classOf(index)} for bot ${index}`);
      // Drawn before the first await, in bot order, so the seed alone decides every position
      // (drawn for every bot, placed or not, so placing some leaves the others' spots as they were).
      const drawn = paths.centre(paths.destination(random()));
      const spot = plan.spotOf?.(index, paths.spawn) ?? drawn;
      const accountId = newId();
      const now = Date.now();
      await store.createAccount({ id: accountId, username: usernameFor(plan.prefix, index), passwordHash, createdAt: now });
      const character: CharacterRecord = {
        id: newId(),
        accountId,
        name: characterNameFor(plan.prefix, index),
        classId: definition.id,
        level: 1,
        experience: 0,
        zone: plan.zone,
        x: spot.x,
        y: spot.y,
        hitPoints: definition.baseHitPoints,
        maxHitPoints: definition.baseHitPoints,
        resource: -1,
        cooldowns: {},
        createdAt: now,
      };
      await store.createCharacter(character);
    };
    for (let first = 0; first < plan.players; first += IN_FLIGHT) {
      const batch: Promise<void>[] = [];
      for (let index = first; index < Math.min(plan.players, first + IN_FLIGHT); index++) batch.push(seedOne(index));
      await Promise.all(batch);
    }
  } finally {
    await store.close();
  }
}
