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

  it('refuses a warm world for a server the run does not start', () => {
    assert.throws(() => {
      checkLoadOptions({ mix: 'wander', players: 10, durationS: 10, rampPerS: 10, transport: 'tcp', processes: 1, host: '127.0.0.1', port: 7777, warmWorld: true });
    }, LoadOptionError);
  });
});
