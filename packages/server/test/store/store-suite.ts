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
  Store,
  StoreConstraint,
} from '../../src/store/store.ts';
import { StoreConflictError } from '../../src/store/store.ts';

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
    createdAt: 1_767_225_600_000,
    ...overrides,
  };
}

function stateOf(character: CharacterRecord): CharacterState {
  const { id, level, experience, zone, x, y, hitPoints } = character;
  return { id, level, experience, zone, x, y, hitPoints };
}

/** Matches a StoreConflictError for `constraint`, for assert.rejects. */
function conflict(constraint: StoreConstraint): (error: unknown) => boolean {
  return (error) => {
    assert.ok(error instanceof StoreConflictError, `expected StoreConflictError, got ${String(error)}`);
    assert.equal(error.constraint, constraint);
    return true;
  };
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

          const movedA = { ...a, level: 17, experience: 2 ** 41 + 3, zone: 'harbor', x: 1234.0625, y: -0.5, hitPoints: 3 };
          const movedB = { ...b, level: 2, experience: 150, zone: 'crypt', x: -77.75, y: 9e6, hitPoints: 100 };
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
          for (const bad of [{ level: Number.NaN }, { experience: 1.5 }, { x: Number.POSITIVE_INFINITY }]) {
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
          ];
          for (const call of calls) await assert.rejects(call(), /closed/);
        });
      });
    });
  });
}
