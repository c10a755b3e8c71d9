import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pino } from 'pino';
import { ErrorCode } from '@realmforge/protocol';
import { Realm } from '../src/session/realm.ts';
import type { PlayerLink } from '../src/session/realm.ts';
import { openStore } from '../src/store/open-store.ts';
import type { CharacterRecord, Store } from '../src/store/store.ts';
import { World } from '../src/world/world.ts';
import { linkedZones } from './helpers/test-maps.ts';

function link(id: string): PlayerLink & { reasons: ErrorCode[]; closed: boolean } {
  const l = {
    id,
    closed: false,
    reasons: [] as ErrorCode[],
    disconnect(reason: ErrorCode) {
      l.reasons.push(reason);
      l.closed = true;
    },
    deliverFrame() {
      // frames are not inspected here
    },
    deliverPush() {
      // pushes are not inspected here
    },
    deliverUnhurriedPush() {
      // pushes are not inspected here
    },
  };
  return l;
}

function world(): World {
  return new World(linkedZones(), { tickRateHz: 20, viewRadius: 50, hysteresis: 5, cellSize: 25, seed: 1, startZone: 'alpha' });
}

async function memoryStore(): Promise<Store> {
  return openStore({ databaseUrl: 'sqlite::memory:', dataDir: '.' });
}

async function seed(store: Store): Promise<CharacterRecord> {
  await store.createAccount({ id: 'A1', username: 'alice', passwordHash: 'h', createdAt: 1 });
  const record: CharacterRecord = {
    id: 'C1', accountId: 'A1', name: 'Alice', classId: 1, level: 1, experience: 0, zone: 'alpha', x: 11, y: 12, hitPoints: 100, maxHitPoints: 120, resource: -1, cooldowns: {}, createdAt: 1,
  };
  await store.createCharacter(record);
  return record;
}

const log = pino({ level: 'silent' });

describe('Realm', () => {
  it('shutdown saves the live state of every character, also those in their grace period', async () => {
    const store = await memoryStore();
    const record = await seed(store);
    const theWorld = world();
    const realm = new Realm(store, theWorld, log, { resumeGraceMs: 60_000, saveIntervalMs: 60_000 });
    const l = link('s1');
    const { presence } = await realm.login(l, 'A1');
    const live = realm.enterWorld(presence, record);
    live.setPosition(32.5, 40.25, 1);
    live.experience = 77;
    realm.dropped(presence, l);
    await realm.shutdown('bye');
    const saved = await store.getCharacter('C1');
    assert.equal(saved?.x, 32.5);
    assert.equal(saved.y, 40.25);
    assert.equal(saved.experience, 77);
    assert.equal(theWorld.population, 0);
    assert.equal(realm.presenceCount, 0);
    await store.close();
  });

  it('a failed save on logout keeps the player online and the character in the world', async () => {
    const store = await memoryStore();
    const record = await seed(store);
    const failing: Store = {
      ...store,
      kind: store.kind,
      saveCharacters: () => Promise.reject(new Error('disk full')),
    };
    const theWorld = world();
    const realm = new Realm(failing, theWorld, log, { resumeGraceMs: 60_000, saveIntervalMs: 60_000 });
    const { presence } = await realm.login(link('s1'), 'A1');
    realm.enterWorld(presence, record);
    await assert.rejects(realm.logout(presence), /disk full/);
    assert.equal(theWorld.population, 1);
    assert.equal(realm.presenceCount, 1);
    // A second login must not evict the unsaved character either.
    await assert.rejects(realm.login(link('s2'), 'A1'), /disk full/);
    assert.equal(theWorld.population, 1);
    await store.close();
  });

  it('a login whose admission check refuses changes nothing; the check runs under the lock a kick takes', async () => {
    const store = await memoryStore();
    await seed(store);
    const realm = new Realm(store, world(), log, { resumeGraceMs: 60_000, saveIntervalMs: 60_000 });
    const first = link('s1');
    await realm.login(first, 'A1');
    await assert.rejects(realm.login(link('s2'), 'A1', () => Promise.reject(new Error('banned'))), /banned/);
    assert.deepEqual(first.reasons, [], 'the session online is not replaced');
    assert.equal(realm.sessionOf('A1'), first);
    // A kick asked for while a login's check is under way comes after that login: it removes the new session.
    let answer: () => void = () => undefined;
    const second = link('s3');
    const login = realm.login(second, 'A1', () => new Promise((resolve) => {
      answer = resolve;
    }));
    await new Promise((resolve) => setImmediate(resolve));
    const kick = realm.kick('A1', ErrorCode.ERROR_CODE_ACCOUNT_BANNED, 'banned');
    answer();
    await login;
    assert.equal(await kick, true);
    assert.deepEqual(second.reasons, [ErrorCode.ERROR_CODE_ACCOUNT_BANNED]);
    assert.deepEqual(first.reasons, [ErrorCode.ERROR_CODE_SESSION_REPLACED]);
    assert.equal(realm.sessionOf('A1'), undefined);
    await store.close();
  });

  it('concurrent logins to one account end with exactly one presence', async () => {
    const store = await memoryStore();
    await seed(store);
    const realm = new Realm(store, world(), log, { resumeGraceMs: 60_000, saveIntervalMs: 60_000 });
    const links = [link('a'), link('b'), link('c')];
    await Promise.all(links.map((l) => realm.login(l, 'A1')));
    assert.equal(realm.presenceCount, 1);
    assert.equal(links.filter((l) => l.reasons.includes(ErrorCode.ERROR_CODE_SESSION_REPLACED)).length, 2);
    await store.close();
  });

  it('saves the world in batches, one store call after the other, and a failed batch does not stop the rest', async () => {
    const store = await memoryStore();
    const records: CharacterRecord[] = [];
    for (let i = 0; i < 5; i++) {
      await store.createAccount({ id: `A${i}`, username: `user${i}`, passwordHash: 'h', createdAt: 1 });
      const record: CharacterRecord = { id: `C${i}`, accountId: `A${i}`, name: `Hero${i}`, classId: 1, level: 1, experience: 0, zone: 'alpha', x: 11, y: 12, hitPoints: 100, maxHitPoints: 120, resource: -1, cooldowns: {}, createdAt: 1 };
      await store.createCharacter(record);
      records.push(record);
    }
    const batches: string[][] = [];
    let inFlight = 0;
    const spy: Store = Object.create(store, {
      saveCharacters: {
        value: async (states: readonly { id: string }[]): Promise<void> => {
          assert.equal(inFlight, 0, 'one batch at a time');
          inFlight++;
          batches.push(states.map((c) => c.id));
          try {
            if (batches.length === 2) throw new Error('disk full');
            await store.saveCharacters(states as Parameters<Store['saveCharacters']>[0]);
          } finally {
            inFlight--;
          }
        },
      },
    }) as Store;
    const realm = new Realm(spy, world(), log, { resumeGraceMs: 60_000, saveIntervalMs: 60_000, saveBatch: 2 });
    for (const [i, record] of records.entries()) {
      const { presence } = await realm.login(link(`s${i}`), record.accountId);
      realm.enterWorld(presence, record).setPosition(20 + i, 30, 1);
    }
    await assert.rejects(realm.saveAll(), /disk full/);
    assert.deepEqual(batches.map((b) => b.length), [2, 2, 1]);
    assert.deepEqual(batches.flat().sort(), records.map((r) => r.id));
    const saved = await Promise.all(records.map((r) => store.getCharacter(r.id)));
    const failedIds = new Set(batches[1]);
    // The failed batch kept the stored position; the batches before and after it saved theirs.
    for (const [i, c] of saved.entries()) assert.equal(c?.x, failedIds.has(`C${i}`) ? 11 : 20 + i);
    await store.close();
  });

  it('periodic save writes characters in the world', async () => {
    const store = await memoryStore();
    const record = await seed(store);
    const realm = new Realm(store, world(), log, { resumeGraceMs: 60_000, saveIntervalMs: 20 });
    const { presence } = await realm.login(link('s'), 'A1');
    realm.enterWorld(presence, record).setPosition(20, 99, 1);
    realm.start();
    await new Promise((resolve) => setTimeout(resolve, 80));
    assert.equal((await store.getCharacter('C1'))?.y, 99);
    await realm.shutdown('bye');
    await store.close();
  });
});
