/**
 * The load harness's warm world (tools/loadtest/warm-world.ts): the seeded database holds every
 * bot's account, with the bots' password, and a character of the planned class standing on a
 * reachable tile of the start zone, spread out rather than at the spawn.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { verify } from '@node-rs/argon2';
import { CharacterClass } from '@realmforge/protocol';
import { BOT_PASSWORD, characterNameFor, usernameFor } from '../../../tools/bots/names.ts';
import { checkLoadOptions, LoadOptionError } from '../../../tools/loadtest/run-load.ts';
import { traders } from '../../../tools/loadtest/scenarios/traders.ts';
import { zonePaths } from '../../../tools/loadtest/scenarios/zone-paths.ts';
import { seedWarmWorld } from '../../../tools/loadtest/warm-world.ts';
import { openStore } from '../src/store/open-store.ts';

describe('load harness: warm world', () => {
  it('seeds every bot an account with the bots\' password and a character of its class spread over the start zone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'realmforge-warm-'));
    try {
      const players = 40;
      const classOf = (index: number): number => (index % 2 === 0 ? CharacterClass.CHARACTER_CLASS_MAGE : CharacterClass.CHARACTER_CLASS_WARRIOR);
      await seedWarmWorld(join(dir, 'data'), { players, prefix: 'wt', seed: 7, zone: 'meadow', classOf });
      const paths = await zonePaths('meadow');
      assert.ok(paths !== undefined);
      const store = await openStore({ dataDir: join(dir, 'data') });
      try {
        const spots = new Set<string>();
        for (let index = 0; index < players; index++) {
          const account = await store.findAccountByUsername(usernameFor('wt', index));
          assert.ok(account !== undefined, `account ${index}`);
          if (index === 0) assert.equal(await verify(account.passwordHash, BOT_PASSWORD), true, 'the bots log in with their password');
          const [character, ...more] = await store.listCharacters(account.id);
          assert.ok(character !== undefined);
          assert.equal(more.length, 0);
          assert.equal(character.name, characterNameFor('wt', index));
          assert.equal(character.classId, classOf(index));
          assert.equal(character.zone, 'meadow');
          const tile = paths.tileAt(character);
          assert.ok(tile !== undefined && paths.path(character, tile) !== undefined, `character ${index} stands on a reachable tile`);
          spots.add(`${character.x},${character.y}`);
        }
        assert.ok(spots.size > players * 0.9, `characters spread out: ${spots.size} spots for ${players}`);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stands a scenario\'s characters where its warmSpot says (traders at the market), the others where they would have stood', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'realmforge-warm-'));
    try {
      const players = 12;
      const classOf = (): number => CharacterClass.CHARACTER_CLASS_WARRIOR;
      const isTrader = (index: number): boolean => index % 3 === 0;
      const paths = await zonePaths('meadow');
      assert.ok(paths !== undefined);
      const market = traders.warmSpot?.('meadow', paths.spawn);
      assert.ok(market !== undefined, 'meadow has a market');
      const marketTile = paths.tileAt(market);
      assert.ok(marketTile !== undefined && paths.path(market, marketTile) !== undefined, 'the market is a reachable spot');
      await seedWarmWorld(join(dir, 'placed'), { players, prefix: 'wt', seed: 7, zone: 'meadow', classOf, spotOf: (index, spawn) => (isTrader(index) ? traders.warmSpot?.('meadow', spawn) : undefined) });
      await seedWarmWorld(join(dir, 'spread'), { players, prefix: 'wt', seed: 7, zone: 'meadow', classOf });
      const positions = async (dataDir: string): Promise<{ x: number; y: number }[]> => {
        const store = await openStore({ dataDir });
        try {
          const out: { x: number; y: number }[] = [];
          for (let index = 0; index < players; index++) {
            const account = await store.findAccountByUsername(usernameFor('wt', index));
            const [character] = account === undefined ? [] : await store.listCharacters(account.id);
            assert.ok(character !== undefined);
            out.push({ x: character.x, y: character.y });
          }
          return out;
        } finally {
          await store.close();
        }
      };
      const placed = await positions(join(dir, 'placed'));
      const spread = await positions(join(dir, 'spread'));
      for (let index = 0; index < players; index++) {
        if (isTrader(index)) assert.deepEqual(placed[index], market, `trader ${index} at the market`);
        else assert.deepEqual(placed[index], spread[index], `bot ${index} where the seed put it`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a warm world for a server the run does not start', () => {
    assert.throws(() => {
      checkLoadOptions({ mix: 'wander', players: 10, durationS: 10, rampPerS: 10, transport: 'tcp', processes: 1, host: '127.0.0.1', port: 7777, warmWorld: true });
    }, LoadOptionError);
  });
});
