import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, describe, it } from 'node:test';
import { ulid } from 'ulid';
import type { EventOperation } from '../../src/store/event-store.ts';
import { StreamVersionConflictError } from '../../src/store/event-store.ts';
import { SqliteStore } from '../../src/store/sqlite-store.ts';
import { atomically, commitGroup } from '../../src/store/sqlite-transaction.ts';
import type { GroupCommitStore } from '../../src/store/sqlite-worker-group-commit.ts';
import { GroupCommitQueue, maxGroupCalls } from '../../src/store/sqlite-worker-group-commit.ts';
import type { CallAnswer, StoreCall } from '../../src/store/sqlite-worker-messages.ts';
import { storeCalls } from '../../src/store/sqlite-worker-messages.ts';
import { openSqliteWorkerStore } from '../../src/store/sqlite-worker-store.ts';
import type { AccountRecord, CharacterRecord } from '../../src/store/store.ts';
import { StoreConflictError } from '../../src/store/store.ts';
import { errorFromWire } from '../../src/store/store-error-wire.ts';

const root = mkdtempSync(join(tmpdir(), 'realmforge-group-commit-'));
after(() => {
  rmSync(root, { recursive: true, force: true });
});

let databases = 0;

function freshPath(): string {
  databases += 1;
  return join(root, `db${databases}`, 'realmforge.db');
}

function account(username: string): AccountRecord {
  return { id: ulid(), username, passwordHash: 'h', createdAt: 1 };
}

function character(accountId: string, name: string): CharacterRecord {
  return {
    id: ulid(), accountId, name, classId: 1, level: 1, experience: 0, zone: 'meadow', x: 0, y: 0,
    hitPoints: 10, maxHitPoints: 10, resource: 0, cooldowns: {}, createdAt: 1,
  };
}

function append(stream: string, expectedVersion: number, operationId = ulid()): EventOperation {
  return { operationId, appends: [{ stream, expectedVersion, events: [{ type: 'GoldCreated', data: '{"amount":1}' }] }], recordedAt: 1 };
}

/** Empties the database's write-ahead log (everything in it goes to the main file). */
function truncateWal(path: string): void {
  const db = new DatabaseSync(path);
  try {
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

/**
 * Frames written to the write-ahead log since it was truncated. Every commit writes at least one
 * frame (the last one of a commit is marked as such), so this bounds the commits, and the fsyncs,
 * from above.
 */
function walFrames(path: string): number {
  const size = statSync(`${path}-wal`).size;
  return size === 0 ? 0 : (size - 32) / (24 + 4096);
}

/** A queue on an in-thread store: requests pushed by the test, the groups it answered. */
function queueOn(store: GroupCommitStore, maxCalls?: number) {
  const groups: number[][] = [];
  const waiting = new Map<number, (answer: CallAnswer) => void>();
  const queue = new GroupCommitQueue(store, (reply) => {
    assert.equal(reply.type, 'answers');
    groups.push(reply.answers.map(({ id }) => id));
    for (const answer of reply.answers) waiting.get(answer.id)?.(answer);
  }, maxCalls);
  let nextId = 1;
  const answered = (id: number) => new Promise<CallAnswer>((resolve) => waiting.set(id, resolve));
  return {
    groups,
    call: (method: StoreCall, ...args: unknown[]): Promise<CallAnswer> => {
      const id = nextId++;
      const answer = answered(id);
      queue.push({ id, method, args });
      return answer;
    },
    close: (): Promise<CallAnswer> => {
      const id = nextId++;
      const answer = answered(id);
      queue.push({ id, method: 'close' });
      return answer;
    },
  };
}

function valueOf(answer: CallAnswer): unknown {
  if (answer.type === 'failed') assert.fail(`the call failed: ${answer.error.message}`);
  return answer.value;
}

function errorOf(answer: CallAnswer): Error {
  if (answer.type === 'result') assert.fail('the call succeeded');
  return errorFromWire(answer.error);
}

describe('SQLite group commit', () => {
  it('commits the calls waiting together in one transaction, at most the bound per group, in order', async () => {
    const path = freshPath();
    const store = await SqliteStore.open(path);
    truncateWal(path);
    const { groups, call } = queueOn(store);
    const count = 2 * maxGroupCalls + 2;
    const stream = `character:${ulid()}`;
    // Nothing awaited in between: every call is queued before the queue's turn comes.
    const answers = await Promise.all(Array.from({ length: count }, (_, version) => call('appendEvents', append(stream, version))));
    assert.deepEqual(answers.map(valueOf), Array.from({ length: count }, () => 'appended'));
    assert.deepEqual(groups.map((group) => group.length), [maxGroupCalls, maxGroupCalls, 2]);
    assert.deepEqual(groups.flat(), Array.from({ length: count }, (_, index) => index + 1));
    // Three commits; one commit per call would have written at least one frame per call.
    const frames = walFrames(path);
    assert.ok(frames > 0 && frames < count / 4, `${frames} WAL frames for ${count} calls`);
    assert.equal(await store.streamVersion(stream), count);
    await store.close();
  });

  it('gives each call its own outcome: a failed call leaves nothing, the others commit', async () => {
    const path = freshPath();
    const store = await SqliteStore.open(path);
    const { groups, call, close } = queueOn(store);
    const hero = account('Hero');
    const heroOne = character(hero.id, 'HeroOne');
    const gold = `character:${ulid()}`;
    const loot = `character:${ulid()}`;
    const replayed = append(gold, 0);
    const answers = await Promise.all([
      call('createAccount', hero),
      // The same name, another case: a unique-index conflict.
      call('createAccount', account('hero')),
      call('createCharacter', heroOne),
      call('appendEvents', replayed),
      // Two streams, the second at the wrong version: the first stream's events must not stay.
      call('appendEvents', { operationId: ulid(), appends: [{ stream: loot, expectedVersion: 0, events: [{ type: 'GoldCreated', data: '{}' }] }, { stream: gold, expectedVersion: 0, events: [{ type: 'GoldCreated', data: '{}' }] }], recordedAt: 1 }),
      // The same operation again: recognised, not applied twice.
      call('appendEvents', replayed),
      // A guild whose master does not exist: the guild row written before the failure must go.
      call('createGuild', { id: ulid(), name: 'Ghosts', createdAt: 1 }, ulid()),
      call('appendEvents', append(gold, 1)),
      call('findAccountByUsername', 'HERO'),
      call('streamVersion', loot),
    ]);
    assert.equal(groups.length, 1);
    assert.equal(groups[0]?.length, answers.length);
    assert.equal(valueOf(answers[0]), undefined);
    const taken = errorOf(answers[1]);
    assert.ok(taken instanceof StoreConflictError);
    assert.equal(taken.constraint, 'username');
    assert.equal(valueOf(answers[2]), undefined);
    assert.equal(valueOf(answers[3]), 'appended');
    const conflict = errorOf(answers[4]);
    assert.ok(conflict instanceof StreamVersionConflictError);
    assert.equal(conflict.stream, gold);
    assert.equal(valueOf(answers[5]), 'duplicate');
    assert.match(errorOf(answers[6]).message, /FOREIGN KEY constraint failed/);
    assert.equal(valueOf(answers[7]), 'appended');
    assert.deepEqual(valueOf(answers[8]), hero);
    assert.equal(valueOf(answers[9]), 0);
    assert.equal(valueOf(await close()), undefined);

    // What the commit made durable, read back from the file.
    const reopened = await SqliteStore.open(path);
    try {
      assert.deepEqual(await reopened.findAccountByUsername('hero'), hero);
      assert.deepEqual((await reopened.listCharacters(hero.id)).map(({ name }) => name), ['HeroOne']);
      assert.deepEqual((await reopened.readEvents(gold, 1)).map(({ version }) => version), [1, 2]);
      assert.equal(await reopened.streamVersion(loot), 0);
      assert.deepEqual(await reopened.listStreams(), [gold]);
      // The failed guild left no row behind: its name is free.
      await reopened.createGuild({ id: ulid(), name: 'ghosts', createdAt: 1 }, heroOne.id);
    } finally {
      await reopened.close();
    }
  });

  it('fails every call of a group whose commit fails, then goes on with the next group', async () => {
    const real = await SqliteStore.open(':memory:');
    const methods = Object.fromEntries(Object.keys(storeCalls).map((method) => [method, (real[method as StoreCall] as (...args: unknown[]) => unknown).bind(real)]));
    let commits = 0;
    const failingOnce = {
      ...methods,
      close: () => real.close(),
      commitGroup: <Call>(calls: readonly Call[], run: (call: Call) => Promise<unknown>) => (commits++ === 0 ? Promise.reject(new Error('disk I/O error')) : real.commitGroup(calls, run)),
    } as GroupCommitStore;
    const { groups, call } = queueOn(failingOnce);
    const first = await Promise.all([call('createAccount', account('Ann')), call('ping'), call('findAccountByUsername', 'ann')]);
    for (const answer of first) assert.match(errorOf(answer).message, /disk I\/O error/);
    const second = await Promise.all([call('createAccount', account('Bob')), call('findAccountByUsername', 'bob')]);
    assert.equal(valueOf(second[0]), undefined);
    assert.equal((valueOf(second[1]) as AccountRecord).username, 'Bob');
    assert.deepEqual(groups.map((group) => group.length), [3, 2]);
    await real.close();
  });

  it('answers close after every call queued before it, then closes the store', async () => {
    const store = await SqliteStore.open(':memory:');
    const { groups, call, close } = queueOn(store);
    const stream = `character:${ulid()}`;
    const calls = [call('appendEvents', append(stream, 0)), call('appendEvents', append(stream, 1))];
    const closed = close();
    assert.deepEqual((await Promise.all(calls)).map(valueOf), ['appended', 'appended']);
    assert.equal(valueOf(await closed), undefined);
    assert.deepEqual(groups.map((group) => group.length), [2, 1]);
    await assert.rejects(store.ping(), /closed/);
    await assert.rejects(store.commitGroup([], () => Promise.resolve()), /closed/);
  });
});

describe('SQLite transactions (sqlite-transaction.ts)', () => {
  function ledgerTables(): DatabaseSync {
    const db = new DatabaseSync(':memory:');
    db.exec('PRAGMA foreign_keys = ON');
    db.exec('CREATE TABLE owners (id INTEGER PRIMARY KEY) STRICT');
    db.exec('CREATE TABLE items (id INTEGER PRIMARY KEY, owner INTEGER NOT NULL REFERENCES owners (id)) STRICT');
    return db;
  }

  function count(db: DatabaseSync, table: string): number {
    return Number(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get()?.n);
  }

  it('nests as a savepoint inside a transaction: a failed unit undoes only itself', () => {
    const db = ledgerTables();
    db.exec('BEGIN');
    db.exec('INSERT INTO owners VALUES (1)');
    assert.throws(() => {
      atomically(db, () => {
        db.exec('INSERT INTO owners VALUES (2)');
        db.exec('INSERT INTO items VALUES (1, 99)');
      });
    }, /FOREIGN KEY constraint failed/);
    assert.equal(db.isTransaction, true);
    assert.equal(atomically(db, () => db.prepare('INSERT INTO items VALUES (2, 1)').run().changes), 1);
    db.exec('COMMIT');
    assert.deepEqual([count(db, 'owners'), count(db, 'items')], [1, 1]);
    // On its own it is its own transaction, committed or rolled back whole.
    assert.throws(() => atomically(db, () => {
      db.exec('INSERT INTO owners VALUES (3)');
      throw new Error('refused');
    }), /refused/);
    assert.equal(db.isTransaction, false);
    assert.equal(count(db, 'owners'), 1);
    db.close();
  });

  it('rejects the whole group, with nothing applied, when its COMMIT fails', async () => {
    const db = ledgerTables();
    const write = (sql: string) => {
      db.exec(sql);
      return Promise.resolve();
    };
    // Deferred foreign keys are checked at COMMIT: the one way to make a COMMIT fail on demand.
    await assert.rejects(commitGroup(db, [
      'INSERT INTO owners VALUES (1)',
      'PRAGMA defer_foreign_keys = ON; INSERT INTO items VALUES (1, 99)',
      'INSERT INTO items VALUES (2, 1)',
    ], write), /FOREIGN KEY constraint failed/);
    assert.equal(db.isTransaction, false);
    assert.deepEqual([count(db, 'owners'), count(db, 'items')], [0, 0]);
    db.close();
  });

  it('rejects the whole group when its transaction ends midway (as SQLite ends it on an I/O error)', async () => {
    const db = ledgerTables();
    await assert.rejects(commitGroup(db, [
      () => {
        db.exec('INSERT INTO owners VALUES (1)');
        return Promise.resolve();
      },
      () => {
        db.exec('ROLLBACK');
        return Promise.reject(new Error('disk I/O error'));
      },
      () => {
        db.exec('INSERT INTO owners VALUES (2)');
        return Promise.resolve();
      },
    ], (call) => call()), (error: unknown) => {
      assert.ok(error instanceof Error);
      assert.match(error.message, /the group's transaction was rolled back by SQLite: disk I\/O error/);
      return true;
    });
    assert.equal(db.isTransaction, false);
    assert.equal(count(db, 'owners'), 0);
    db.close();
  });
});

describe('SQLite worker store: group commit', () => {
  it('commits concurrent calls with far fewer commits than calls, each with its own outcome', async () => {
    const path = freshPath();
    const store = await openSqliteWorkerStore(path, { onCrash: (error) => assert.fail(error.message) });
    try {
      truncateWal(path);
      // Another connection holds the write lock, so the calls pile up in the worker's queue.
      const holder = new DatabaseSync(path);
      holder.exec('BEGIN IMMEDIATE');
      const streams = Array.from({ length: 50 }, () => `character:${ulid()}`);
      const calls = streams.map((stream, index) => store.appendEvents(append(stream, index === 25 ? 3 : 0)));
      await sleep(100);
      holder.exec('COMMIT');
      holder.close();
      const outcomes = await Promise.allSettled(calls);
      outcomes.forEach((outcome, index) => {
        if (index === 25) assert.ok(outcome.status === 'rejected' && outcome.reason instanceof StreamVersionConflictError);
        else assert.deepEqual(outcome, { status: 'fulfilled', value: 'appended' });
      });
      const frames = walFrames(path);
      assert.ok(frames > 0 && frames < 50, `${frames} WAL frames for 50 calls`);
      assert.equal((await store.listStreams()).length, 49);
      assert.equal(await store.streamVersion(streams[25] ?? ''), 0);
    } finally {
      await store.close();
    }
  });
});
