/**
 * The behaviour every Store backend must show. Each backend's test file calls {@link storeSuite}
 * with a factory for fresh, empty databases, so the backends cannot drift apart.
 * @module
 */

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ulid } from 'ulid';
import type {
  AccountRecord,
  CharacterRecord,
  CharacterState,
  GuildMemberRecord,
  GuildRecord,
  GuildRoster,
  Store,
  StoreConstraint,
} from '../../src/store/store.ts';
import { GUILD_RANKS, StoreConflictError } from '../../src/store/store.ts';
import { eventStoreSuite } from './event-store-suite.ts';
import { sanctionStoreSuite } from './sanction-store-suite.ts';

/** A store on a fresh, empty database, with a way to reopen that database and to dispose of it. */
export interface StoreFixture {
  /** The store under test, migrated and empty. */
  readonly store: Store;
  /** Opens another store on the same database; the caller closes it. */
  readonly reopen: () => Promise<Store>;
  /** Closes the store if still open and deletes the database. */
  readonly cleanup: () => Promise<void>;
}

let sequence = 0;

/** A name unique within this process, for usernames and character names. */
function uniqueName(prefix: string): string {
  sequence += 1;
  return `${prefix}${sequence}`;
}

function newAccount(overrides: Partial<AccountRecord> = {}): AccountRecord {
  return {
    id: ulid(),
    username: uniqueName('Player'),
    passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA',
    createdAt: 1_767_225_600_123,
    ...overrides,
  };
}

function newCharacter(accountId: string, overrides: Partial<CharacterRecord> = {}): CharacterRecord {
  return {
    id: ulid(),
    accountId,
    name: uniqueName('Hero'),
    classId: 2,
    level: 1,
    experience: 0,
    zone: 'meadow',
    x: 12.5,
    y: -40.25,
    hitPoints: 80,
    maxHitPoints: 100,
    resource: -1,
    cooldowns: {},
    createdAt: 1_767_225_600_000,
    ...overrides,
  };
}

function stateOf(character: CharacterRecord): CharacterState {
  const { id, level, experience, zone, x, y, hitPoints, maxHitPoints, resource, cooldowns } = character;
  return { id, level, experience, zone, x, y, hitPoints, maxHitPoints, resource, cooldowns };
}

/**
 * Matches a StoreConflictError for `constraint` (or for any of several, when a write breaks
 * more than one rule and the database may name either), for assert.rejects.
 */
function conflict(...constraints: StoreConstraint[]): (error: unknown) => boolean {
  return (error) => {
    assert.ok(error instanceof StoreConflictError, `expected StoreConflictError, got ${String(error)}`);
    assert.ok(constraints.includes(error.constraint), `expected ${constraints.join(' or ')}, got ${error.constraint}`);
    return true;
  };
}

function newGuild(overrides: Partial<GuildRecord> = {}): GuildRecord {
  return { id: ulid(), name: uniqueName('Guild of '), createdAt: 1_767_225_700_000, ...overrides };
}

/** A roster entry for a character, as loadGuildOf reports it. */
function memberOf(character: CharacterRecord, rank: number, joinedAt: number): GuildMemberRecord {
  return { characterId: character.id, name: character.name, level: character.level, rank, joinedAt };
}

/** Roster order: rank, then joining time, then character id. */
function byRank(a: GuildMemberRecord, b: GuildMemberRecord): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.joinedAt !== b.joinedAt) return a.joinedAt - b.joinedAt;
  return a.characterId < b.characterId ? -1 : 1;
}

/** Matches a rejection that is a plain driver error, not a StoreConflictError. */
function plainError(error: unknown): boolean {
  assert.ok(error instanceof Error);
  assert.ok(!(error instanceof StoreConflictError), `expected a plain error, got ${String(error)}`);
  return true;
}

function byAge(a: CharacterRecord, b: CharacterRecord): number {
  if (a.createdAt !== b.createdAt) return a.createdAt - b.createdAt;
  return a.id < b.id ? -1 : 1;
}

/** Defines the shared Store tests under `name`; `makeStore` gives each test its own database. */
export function storeSuite(name: string, makeStore: () => Promise<StoreFixture>): void {
  async function withStore(work: (store: Store, fixture: StoreFixture) => Promise<void>): Promise<void> {
    const fixture = await makeStore();
    try {
      await work(fixture.store, fixture);
    } finally {
      await fixture.cleanup();
    }
  }

  describe(name, () => {
    it('answers ping', async () => {
      await withStore(async (store) => {
        await store.ping();
      });
    });

    describe('accounts', () => {
      it('finds an account by username in any case, and by id', async () => {
        await withStore(async (store) => {
          const account = newAccount({ username: 'MixedCase_Ana' });
          await store.createAccount(account);
          assert.deepEqual(await store.findAccountByUsername('mixedcase_ana'), account);
          assert.deepEqual(await store.findAccountByUsername('MIXEDCASE_ANA'), account);
          assert.deepEqual(await store.findAccountById(account.id), account);
          assert.equal(await store.findAccountByUsername('someone_else'), undefined);
          assert.equal(await store.findAccountById(ulid()), undefined);
        });
      });

      it('rejects a username taken in another case and keeps the first account', async () => {
        await withStore(async (store) => {
          const first = newAccount({ username: 'Borin' });
          await store.createAccount(first);
          await assert.rejects(store.createAccount(newAccount({ username: 'bORIN' })), conflict('username'));
          assert.deepEqual(await store.findAccountByUsername('borin'), first);
        });
      });
    });

    describe('characters', () => {
      it('stores every field and lists an account’s characters oldest first', async () => {
        await withStore(async (store) => {
          const owner = newAccount();
          const other = newAccount();
          await store.createAccount(owner);
          await store.createAccount(other);
          const middle = newCharacter(owner.id, { createdAt: 2_000, experience: 2 ** 40 + 7, x: -0.125 });
          const newest = newCharacter(owner.id, { createdAt: 3_000, classId: 5, zone: 'crypt' });
          const oldest = newCharacter(owner.id, { createdAt: 1_000, level: 60, hitPoints: 1 });
          const elsewhere = newCharacter(other.id, { createdAt: 500 });
          for (const character of [middle, newest, oldest, elsewhere]) await store.createCharacter(character);

          assert.deepEqual(await store.listCharacters(owner.id), [oldest, middle, newest]);
          assert.deepEqual(await store.listCharacters(other.id), [elsewhere]);
          assert.deepEqual(await store.listCharacters(ulid()), []);
          assert.deepEqual(await store.getCharacter(middle.id), middle);
          assert.equal(await store.getCharacter(ulid()), undefined);
        });
      });

      it('rejects a character name taken in another case, even by another account', async () => {
        await withStore(async (store) => {
          const a = newAccount();
          const b = newAccount();
          await store.createAccount(a);
          await store.createAccount(b);
          const first = newCharacter(a.id, { name: 'Thalia' });
          await store.createCharacter(first);
          await assert.rejects(store.createCharacter(newCharacter(b.id, { name: 'THALIA' })), conflict('character_name'));
          await assert.rejects(store.createCharacter(newCharacter(a.id, { name: 'thalia' })), conflict('character_name'));
          assert.deepEqual(await store.listCharacters(a.id), [first]);
          assert.deepEqual(await store.listCharacters(b.id), []);
        });
      });

      it('rejects a character for an account that does not exist, as a plain error', async () => {
        await withStore(async (store) => {
          const orphan = newCharacter(ulid());
          await assert.rejects(store.createCharacter(orphan), (error: unknown) => {
            assert.ok(error instanceof Error);
            assert.ok(!(error instanceof StoreConflictError), 'a missing account is not a name conflict');
            return true;
          });
          assert.equal(await store.getCharacter(orphan.id), undefined);
        });
      });

      it('deletes a character only for its owner', async () => {
        await withStore(async (store) => {
          const owner = newAccount();
          const intruder = newAccount();
          await store.createAccount(owner);
          await store.createAccount(intruder);
          const character = newCharacter(owner.id);
          await store.createCharacter(character);

          assert.equal(await store.deleteCharacter(intruder.id, character.id), false);
          assert.deepEqual(await store.getCharacter(character.id), character);
          assert.equal(await store.deleteCharacter(owner.id, character.id), true);
          assert.equal(await store.getCharacter(character.id), undefined);
          assert.equal(await store.deleteCharacter(owner.id, character.id), false);
          // The name is free again once its character is gone.
          await store.createCharacter(newCharacter(owner.id, { name: character.name.toUpperCase() }));
        });
      });

      it('matches an in-memory model under random creates and deletes', async () => {
        await withStore(async (store) => {
          const names = ['Ayla', 'AYLA', 'Bors', 'bors', 'Cato', 'Dain'];
          const operation = fc.oneof(
            fc.record({
              kind: fc.constant('create' as const),
              name: fc.constantFrom(...names),
              owner: fc.integer({ min: 0, max: 1 }),
              createdAt: fc.integer({ min: 0, max: 4 }),
            }),
            fc.record({ kind: fc.constant('delete' as const), pick: fc.nat(), owner: fc.integer({ min: 0, max: 1 }) }),
          );
          await fc.assert(
            fc.asyncProperty(fc.array(operation, { maxLength: 20 }), async (operations) => {
              // Names are unique across the whole database, so each run gets its own namespace.
              const namespace = uniqueName('run');
              const owners = [newAccount(), newAccount()];
              for (const owner of owners) await store.createAccount(owner);
              const model = new Map<string, CharacterRecord>();

              for (const op of operations) {
                const owner = owners[op.owner];
                assert.ok(owner);
                if (op.kind === 'create') {
                  const character = newCharacter(owner.id, { name: namespace + op.name, createdAt: op.createdAt });
                  const taken = [...model.values()].some((c) => c.name.toLowerCase() === character.name.toLowerCase());
                  if (taken) {
                    await assert.rejects(store.createCharacter(character), conflict('character_name'));
                  } else {
                    await store.createCharacter(character);
                    model.set(character.id, character);
                  }
                } else {
                  const candidates = [...model.keys(), ulid()];
                  const id = candidates[op.pick % candidates.length] ?? '';
                  const owned = model.get(id)?.accountId === owner.id;
                  assert.equal(await store.deleteCharacter(owner.id, id), owned);
                  if (owned) model.delete(id);
                }
                for (const { id } of owners) {
                  const expected = [...model.values()].filter((c) => c.accountId === id).sort(byAge);
                  assert.deepEqual(await store.listCharacters(id), expected);
                }
              }
            }),
            { numRuns: 40 },
          );
        });
      });
    });

    describe('saveCharacters', () => {
      it('saves every changing field and leaves the rest alone', async () => {
        await withStore(async (store) => {
          const account = newAccount();
          await store.createAccount(account);
          const a = newCharacter(account.id);
          const b = newCharacter(account.id);
          const untouched = newCharacter(account.id);
          for (const character of [a, b, untouched]) await store.createCharacter(character);

          const movedA = {
            ...a, level: 17, experience: 2 ** 41 + 3, zone: 'harbor', x: 1234.0625, y: -0.5, hitPoints: 3, maxHitPoints: 324,
            resource: 57, cooldowns: { 5: 1_767_225_720_000, 112: 1_767_225_601_999 },
          };
          const movedB = { ...b, level: 2, experience: 150, zone: 'crypt', x: -77.75, y: 9e6, hitPoints: 100, maxHitPoints: 112, resource: 0 };
          await store.saveCharacters([stateOf(movedA), stateOf(movedB)]);

          assert.deepEqual(await store.getCharacter(a.id), movedA);
          assert.deepEqual(await store.getCharacter(b.id), movedB);
          assert.deepEqual(await store.getCharacter(untouched.id), untouched);
          await store.saveCharacters([]);
          assert.deepEqual(await store.getCharacter(a.id), movedA);
        });
      });

      it('applies nothing when one state in the batch is rejected', async () => {
        await withStore(async (store) => {
          const account = newAccount();
          await store.createAccount(account);
          const a = newCharacter(account.id);
          const b = newCharacter(account.id);
          await store.createCharacter(a);
          await store.createCharacter(b);

          // The good state comes first, so a backend that saved row by row without a
          // transaction would already have written it when the bad one fails.
          const good = stateOf({ ...a, level: 9, zone: 'harbor' });
          const badStates: Partial<CharacterState>[] = [
            { level: Number.NaN }, { experience: 1.5 }, { x: Number.POSITIVE_INFINITY }, { maxHitPoints: 0.5 }, { resource: -2 }, { resource: 2.5 },
            { cooldowns: { fireball: 1 } }, { cooldowns: { 5: 1.5 } }, { cooldowns: { 5: -1 } },
          ];
          for (const bad of badStates) {
            await assert.rejects(store.saveCharacters([good, { ...stateOf(b), ...bad }]), `bad state ${JSON.stringify(bad)}`);
            assert.deepEqual(await store.getCharacter(a.id), a);
            assert.deepEqual(await store.getCharacter(b.id), b);
          }
        });
      });

      it('skips characters that no longer exist and keeps the last state of a repeated one', async () => {
        await withStore(async (store) => {
          const account = newAccount();
          await store.createAccount(account);
          const a = newCharacter(account.id);
          await store.createCharacter(a);

          const earlier = { ...a, level: 3, x: 1 };
          const later = { ...a, level: 4, x: 2 };
          await store.saveCharacters([stateOf(earlier), stateOf(newCharacter(account.id)), stateOf(later)]);
          assert.deepEqual(await store.getCharacter(a.id), later);
        });
      });

      it('saves a large batch', async () => {
        await withStore(async (store) => {
          const account = newAccount();
          await store.createAccount(account);
          const characters = Array.from({ length: 60 }, (_, i) => newCharacter(account.id, { createdAt: i }));
          for (const character of characters) await store.createCharacter(character);
          const moved = characters.map((c, i) => ({ ...c, x: i * 1.5, y: -i - 0.25, experience: i * 1000 }));
          await store.saveCharacters(moved.map(stateOf));
          assert.deepEqual(await store.listCharacters(account.id), moved);
        });
      });
    });

    describe('guilds', () => {
      /** An account with `count` characters, created in the store. */
      async function characters(store: Store, count: number): Promise<CharacterRecord[]> {
        const account = newAccount();
        await store.createAccount(account);
        const made = Array.from({ length: count }, (_, i) => newCharacter(account.id, { createdAt: i, level: i + 1 }));
        for (const character of made) await store.createCharacter(character);
        return made;
      }

      it('founds a guild with its master and loads the roster through any member', async () => {
        await withStore(async (store) => {
          const [master, officer, initiate, outsider] = await characters(store, 4);
          assert.ok(master && officer && initiate && outsider);
          const guild = newGuild({ name: 'Knights of Dawn' });
          await store.createGuild(guild, master.id);
          await store.addGuildMember(guild.id, initiate.id, GUILD_RANKS.initiate, guild.createdAt + 5);
          await store.addGuildMember(guild.id, officer.id, GUILD_RANKS.officer, guild.createdAt + 10);

          const expected: GuildRoster = {
            guild,
            members: [
              memberOf(master, GUILD_RANKS.master, guild.createdAt),
              memberOf(officer, GUILD_RANKS.officer, guild.createdAt + 10),
              memberOf(initiate, GUILD_RANKS.initiate, guild.createdAt + 5),
            ],
          };
          for (const member of [master, officer, initiate]) assert.deepEqual(await store.loadGuildOf(member.id), expected);
          assert.equal(await store.loadGuildOf(outsider.id), undefined);
          assert.equal(await store.loadGuildOf(ulid()), undefined);
        });
      });

      it('shows the characters’ saved name and level in the roster', async () => {
        await withStore(async (store) => {
          const [master] = await characters(store, 1);
          assert.ok(master);
          const guild = newGuild();
          await store.createGuild(guild, master.id);
          await store.saveCharacters([stateOf({ ...master, level: 42 })]);
          assert.deepEqual((await store.loadGuildOf(master.id))?.members, [{ ...memberOf(master, GUILD_RANKS.master, guild.createdAt), level: 42 }]);
        });
      });

      it('rejects a guild name taken in another case and writes nothing for it', async () => {
        await withStore(async (store) => {
          const [a, b] = await characters(store, 2);
          assert.ok(a && b);
          const first = newGuild({ name: 'Iron Wolves' });
          await store.createGuild(first, a.id);
          await assert.rejects(store.createGuild(newGuild({ name: 'IRON wolves' }), b.id), conflict('guild_name'));
          // The master of the refused guild was not left in a half-made guild.
          assert.equal(await store.loadGuildOf(b.id), undefined);
          assert.deepEqual((await store.loadGuildOf(a.id))?.guild, first);
        });
      });

      it('keeps a character in at most one guild, atomically', async () => {
        await withStore(async (store) => {
          const [a, b] = await characters(store, 2);
          assert.ok(a && b);
          const first = newGuild();
          await store.createGuild(first, a.id);
          await store.addGuildMember(first.id, b.id, GUILD_RANKS.member, 1);
          const second = newGuild({ name: 'Second Guild' });
          // The guild row goes in first, so a store without a transaction would keep it.
          await assert.rejects(store.createGuild(second, a.id), conflict('guild_member'));
          await assert.rejects(store.addGuildMember(first.id, b.id, GUILD_RANKS.initiate, 2), conflict('guild_member'));
          // The refused guild's name is free: nothing of it was written.
          const [c] = await characters(store, 1);
          assert.ok(c);
          await store.createGuild({ ...second, id: ulid() }, c.id);
          assert.equal((await store.loadGuildOf(b.id))?.members.find((m) => m.characterId === b.id)?.rank, GUILD_RANKS.member);
        });
      });

      it('refuses a second master, a missing guild or character, and a rank out of range', async () => {
        await withStore(async (store) => {
          const [a, b] = await characters(store, 2);
          assert.ok(a && b);
          const guild = newGuild();
          await store.createGuild(guild, a.id);
          await assert.rejects(store.addGuildMember(guild.id, b.id, GUILD_RANKS.master, 1), conflict('guild_master'));
          await assert.rejects(store.addGuildMember(ulid(), b.id, GUILD_RANKS.member, 1), plainError);
          await assert.rejects(store.addGuildMember(guild.id, ulid(), GUILD_RANKS.member, 1), plainError);
          await assert.rejects(store.addGuildMember(guild.id, b.id, 0, 1), plainError);
          await assert.rejects(store.addGuildMember(guild.id, b.id, 5, 1), plainError);
          await store.addGuildMember(guild.id, b.id, GUILD_RANKS.member, 1);
          await assert.rejects(store.setGuildRank(guild.id, b.id, 9), plainError);
          assert.deepEqual((await store.loadGuildOf(b.id))?.members.map((m) => m.rank), [GUILD_RANKS.master, GUILD_RANKS.member]);
        });
      });

      it('removes members, who may then join another guild', async () => {
        await withStore(async (store) => {
          const [a, b, c] = await characters(store, 3);
          assert.ok(a && b && c);
          const guild = newGuild();
          await store.createGuild(guild, a.id);
          await store.addGuildMember(guild.id, b.id, GUILD_RANKS.initiate, 1);
          assert.equal(await store.removeGuildMember(guild.id, b.id), true);
          assert.equal(await store.removeGuildMember(guild.id, b.id), false);
          assert.equal(await store.removeGuildMember(ulid(), a.id), false, 'only from the guild it is in');
          assert.equal(await store.loadGuildOf(b.id), undefined);
          assert.deepEqual((await store.loadGuildOf(a.id))?.members.map((m) => m.characterId), [a.id]);
          const other = newGuild();
          await store.createGuild(other, c.id);
          await store.addGuildMember(other.id, b.id, GUILD_RANKS.initiate, 2);
          assert.equal((await store.loadGuildOf(b.id))?.guild.id, other.id);
        });
      });

      it('sets ranks, and hands the guild over in one step', async () => {
        await withStore(async (store) => {
          const [a, b, c] = await characters(store, 3);
          assert.ok(a && b && c);
          const guild = newGuild();
          await store.createGuild(guild, a.id);
          await store.addGuildMember(guild.id, b.id, GUILD_RANKS.initiate, 1);
          assert.equal(await store.setGuildRank(guild.id, b.id, GUILD_RANKS.member), true);
          assert.equal(await store.setGuildRank(guild.id, c.id, GUILD_RANKS.member), false, 'not a member');
          assert.equal(await store.setGuildRank(ulid(), b.id, GUILD_RANKS.member), false, 'another guild');
          assert.equal(await store.setGuildRank(guild.id, b.id, GUILD_RANKS.master), true);
          const roster = await store.loadGuildOf(a.id);
          assert.deepEqual(roster?.members.map((m) => [m.characterId, m.rank]), [[b.id, GUILD_RANKS.master], [a.id, GUILD_RANKS.officer]]);
          // Naming the master again changes nothing.
          assert.equal(await store.setGuildRank(guild.id, b.id, GUILD_RANKS.master), true);
          assert.deepEqual(await store.loadGuildOf(a.id), roster);
        });
      });

      it('disbands a guild with every membership, freeing its name', async () => {
        await withStore(async (store) => {
          const [a, b] = await characters(store, 2);
          assert.ok(a && b);
          const guild = newGuild({ name: 'Short Lived' });
          await store.createGuild(guild, a.id);
          await store.addGuildMember(guild.id, b.id, GUILD_RANKS.member, 1);
          assert.equal(await store.disbandGuild(guild.id), true);
          assert.equal(await store.disbandGuild(guild.id), false);
          assert.equal(await store.loadGuildOf(a.id), undefined);
          assert.equal(await store.loadGuildOf(b.id), undefined);
          await store.createGuild(newGuild({ name: 'SHORT LIVED' }), b.id);
        });
      });

      it('deletes a member’s membership with the character but refuses to delete a master', async () => {
        await withStore(async (store) => {
          const [a, b] = await characters(store, 2);
          assert.ok(a && b);
          const guild = newGuild();
          await store.createGuild(guild, a.id);
          await store.addGuildMember(guild.id, b.id, GUILD_RANKS.officer, 1);
          assert.equal(await store.deleteCharacter(b.accountId, b.id), true);
          assert.deepEqual((await store.loadGuildOf(a.id))?.members.map((m) => m.characterId), [a.id]);

          await assert.rejects(store.deleteCharacter(a.accountId, a.id), conflict('guild_master'));
          assert.deepEqual(await store.getCharacter(a.id), a);
          // Another account's attempt is not found, whatever the character's rank.
          assert.equal(await store.deleteCharacter(ulid(), a.id), false);
          await store.disbandGuild(guild.id);
          assert.equal(await store.deleteCharacter(a.accountId, a.id), true);
        });
      });

      it('matches an in-memory model, with one master per guild, under random changes', async () => {
        await withStore(async (store) => {
          const operation = fc.oneof(
            fc.record({ kind: fc.constant('add' as const), guild: fc.nat(1), who: fc.nat(5), rank: fc.integer({ min: 1, max: 4 }) }),
            fc.record({ kind: fc.constant('remove' as const), guild: fc.nat(1), who: fc.nat(5) }),
            fc.record({ kind: fc.constant('rank' as const), guild: fc.nat(1), who: fc.nat(5), rank: fc.integer({ min: 1, max: 4 }) }),
          );
          await fc.assert(
            fc.asyncProperty(fc.array(operation, { maxLength: 16 }), async (operations) => {
              const cast = await characters(store, 8);
              const guilds = [newGuild(), newGuild()];
              /** character id → [guild index, rank, joinedAt] */
              const model = new Map<string, [number, number, number]>();
              for (const [i, guild] of guilds.entries()) {
                const master = cast[6 + i];
                assert.ok(master);
                await store.createGuild(guild, master.id);
                model.set(master.id, [i, GUILD_RANKS.master, guild.createdAt]);
              }
              let clock = 0;
              for (const op of operations) {
                const character = cast[op.who];
                const guild = guilds[op.guild];
                assert.ok(character && guild);
                const current = model.get(character.id);
                if (op.kind === 'add') {
                  clock += 1;
                  const masterTaken = [...model.values()].some(([g, rank]) => g === op.guild && rank === GUILD_RANKS.master);
                  if (current !== undefined) {
                    // A master already in a guild breaks both rules; either may be named.
                    const broken: StoreConstraint[] = op.rank === GUILD_RANKS.master && masterTaken ? ['guild_member', 'guild_master'] : ['guild_member'];
                    await assert.rejects(store.addGuildMember(guild.id, character.id, op.rank, clock), conflict(...broken));
                  }
                  else if (op.rank === GUILD_RANKS.master && masterTaken) await assert.rejects(store.addGuildMember(guild.id, character.id, op.rank, clock), conflict('guild_master'));
                  else {
                    await store.addGuildMember(guild.id, character.id, op.rank, clock);
                    model.set(character.id, [op.guild, op.rank, clock]);
                  }
                } else if (op.kind === 'remove') {
                  const member = current?.[0] === op.guild;
                  assert.equal(await store.removeGuildMember(guild.id, character.id), member);
                  if (member) model.delete(character.id);
                } else {
                  const member = current?.[0] === op.guild;
                  assert.equal(await store.setGuildRank(guild.id, character.id, op.rank), member);
                  if (member) {
                    if (op.rank === GUILD_RANKS.master) {
                      for (const [id, entry] of model) if (id !== character.id && entry[0] === op.guild && entry[1] === GUILD_RANKS.master) entry[1] = GUILD_RANKS.officer;
                    }
                    current[1] = op.rank;
                  }
                }
              }
              for (const character of cast) {
                const entry = model.get(character.id);
                const roster = await store.loadGuildOf(character.id);
                if (entry === undefined) {
                  assert.equal(roster, undefined);
                  continue;
                }
                const expected = [...model.entries()]
                  .filter(([, [g]]) => g === entry[0])
                  .map(([id, [, rank, joinedAt]]) => {
                    const member = cast.find((c) => c.id === id);
                    assert.ok(member);
                    return memberOf(member, rank, joinedAt);
                  })
                  .sort(byRank);
                assert.deepEqual(roster, { guild: guilds[entry[0]], members: expected });
                assert.ok(roster.members.filter((m) => m.rank === GUILD_RANKS.master).length <= 1);
              }
            }),
            { numRuns: 25 },
          );
        });
      });
    });

    eventStoreSuite((work) => withStore((store) => work(store)));
    sanctionStoreSuite((work) => withStore((store) => work(store)));

    describe('lifecycle', () => {
      it('reopens a migrated database without error and with its data', async () => {
        await withStore(async (store, fixture) => {
          const account = newAccount();
          const character = newCharacter(account.id);
          await store.createAccount(account);
          await store.createCharacter(character);
          await store.close();

          for (let i = 0; i < 2; i += 1) {
            const reopened = await fixture.reopen();
            try {
              assert.deepEqual(await reopened.findAccountById(account.id), account);
              assert.deepEqual(await reopened.listCharacters(account.id), [character]);
            } finally {
              await reopened.close();
            }
          }
        });
      });

      it('rejects every call after close', async () => {
        await withStore(async (store) => {
          const account = newAccount();
          const character = newCharacter(account.id);
          await store.createAccount(account);
          await store.close();
          await store.close(); // closing twice is harmless

          const calls: readonly (() => Promise<unknown>)[] = [
            () => store.ping(),
            () => store.createAccount(newAccount()),
            () => store.findAccountByUsername(account.username),
            () => store.findAccountById(account.id),
            () => store.createCharacter(character),
            () => store.listCharacters(account.id),
            () => store.getCharacter(character.id),
            () => store.deleteCharacter(account.id, character.id),
            () => store.saveCharacters([stateOf(character)]),
            () => store.createGuild(newGuild(), character.id),
            () => store.disbandGuild(ulid()),
            () => store.addGuildMember(ulid(), character.id, GUILD_RANKS.member, 0),
            () => store.removeGuildMember(ulid(), character.id),
            () => store.setGuildRank(ulid(), character.id, GUILD_RANKS.member),
            () => store.loadGuildOf(character.id),
            () => store.appendEvents({ operationId: ulid(), recordedAt: 0, appends: [{ stream: 's', expectedVersion: 0, events: [{ type: 'A', data: '{}' }] }] }),
            () => store.readEvents('s', 1),
            () => store.streamVersion('s'),
            () => store.listStreams(),
            () => store.hasOperation('op'),
            () => store.saveSnapshot({ stream: 's', version: 1, state: '{}' }),
            () => store.loadSnapshot('s'),
            () => store.appendAudits([{ id: ulid(), at: 0, accountId: account.id, characterId: undefined, kind: 'detection', name: 'x', suspicion: 0, sent: '', expected: '', occurrences: 1, actor: 'a' }]),
            () => store.listAudit({ limit: 1 }),
            () => store.createBan({ id: ulid(), accountId: account.id, reason: '', createdBy: 'a', createdAt: 0, endsAt: 1, liftedAt: undefined, liftedBy: undefined }),
            () => store.activeBan(account.id, 0),
            () => store.listActiveBans(0),
            () => store.liftBans(account.id, 0, 'a'),
          ];
          for (const call of calls) await assert.rejects(call(), /closed/);
        });
      });
    });
  });
}
