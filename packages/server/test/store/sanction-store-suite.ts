/**
 * The anti-cheat tables every Store backend must keep alike: the audit log (newest first, per
 * account, paged) and bans (active until they end or are lifted). Called from the shared store
 * suite, so it runs on SQLite and PostgreSQL.
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ulid } from 'ulid';
import type { AuditRecord, BanRecord, Store } from '../../src/store/store.ts';

/** Runs one test body with a fresh store. */
export type WithStore = (work: (store: Store) => Promise<void>) => Promise<void>;

const t0 = 1_767_225_600_000;
let accounts = 0;

async function newAccountId(store: Store): Promise<string> {
  accounts += 1;
  const id = ulid();
  await store.createAccount({ id, username: `Suspect${accounts}`, passwordHash: '$argon2id$x', createdAt: t0 });
  return id;
}

function entry(accountId: string, at: number, overrides: Partial<AuditRecord> = {}): AuditRecord {
  return {
    id: ulid(),
    at,
    accountId,
    characterId: undefined,
    kind: 'detection',
    name: 'clock_drift',
    suspicion: 12.5,
    sent: 'client_time_ms 9000 after 1000 ms',
    expected: 'within 2000 ms of 1000',
    occurrences: 1,
    actor: 'anticheat',
    ...overrides,
  };
}

function ban(accountId: string, createdAt: number, endsAt: number): BanRecord {
  return { id: ulid(), accountId, reason: 'speed hack', createdBy: 'anticheat', createdAt, endsAt, liftedAt: undefined, liftedBy: undefined };
}

/** Defines the audit log and ban tests. */
export function sanctionStoreSuite(withStore: WithStore): void {
  describe('audit log and bans', () => {
    it('keeps audit entries with every field and lists them newest first, per account and paged', async () => {
      await withStore(async (store) => {
        const a = await newAccountId(store);
        const b = await newAccountId(store);
        const first = entry(a, t0, { characterId: ulid(), occurrences: 3 });
        const second = entry(b, t0 + 10, { kind: 'sanction', name: 'kick', suspicion: 61.25, sent: 'suspicion 61.25', expected: 'below 60', actor: 'op:alice' });
        const third = entry(a, t0 + 20, { name: 'sequence_jump', sent: "sequence 'x' \u00e9\u{1F600}" });
        await store.appendAudits([first, second]);
        await store.appendAudits([third]);
        assert.deepEqual(await store.listAudit({ limit: 10 }), [third, second, first]);
        assert.deepEqual(await store.listAudit({ limit: 10, accountId: a }), [third, first]);
        assert.deepEqual(await store.listAudit({ limit: 1 }), [third]);
        assert.deepEqual(await store.listAudit({ limit: 10, before: t0 + 20 }), [second, first]);
        assert.deepEqual(await store.listAudit({ limit: 10, accountId: b, before: t0 + 10 }), []);
        // Out-of-range limits are clamped, never an error.
        assert.equal((await store.listAudit({ limit: 0 })).length, 1);
        assert.equal((await store.listAudit({ limit: Number.NaN })).length, 3);
      });
    });

    it('orders entries of the same millisecond by id', async () => {
      await withStore(async (store) => {
        const a = await newAccountId(store);
        const ids = [ulid(), ulid(), ulid()].sort();
        await store.appendAudits(ids.map((id) => entry(a, t0, { id })));
        assert.deepEqual((await store.listAudit({ limit: 10 })).map((r) => r.id), [...ids].reverse());
      });
    });

    it('refuses an audit entry for an unknown account or with no occurrence', async () => {
      await withStore(async (store) => {
        await assert.rejects(store.appendAudits([entry(ulid(), t0)]));
        const a = await newAccountId(store);
        await assert.rejects(store.appendAudits([entry(a, t0, { occurrences: 0 })]));
        // A batch is all or none: one bad entry keeps the good ones out too.
        await assert.rejects(store.appendAudits([entry(a, t0), entry(a, t0, { occurrences: 0 })]));
        await store.appendAudits([]);
        assert.deepEqual(await store.listAudit({ limit: 10 }), []);
      });
    });

    it('holds a ban active from its start until it ends', async () => {
      await withStore(async (store) => {
        const a = await newAccountId(store);
        const b = await newAccountId(store);
        const short = ban(a, t0, t0 + 1000);
        const long = ban(a, t0, t0 + 5000);
        const other = ban(b, t0, t0 + 3000);
        for (const record of [short, long, other]) await store.createBan(record);
        assert.deepEqual(await store.activeBan(a, t0), long);
        assert.equal(await store.activeBan(a, t0 - 1), undefined);
        assert.deepEqual(await store.activeBan(a, t0 + 4999), long);
        assert.equal(await store.activeBan(a, t0 + 5000), undefined);
        assert.deepEqual(await store.listActiveBans(t0 + 500), [short, other, long]);
        assert.deepEqual(await store.listActiveBans(t0 + 2000), [other, long]);
        assert.deepEqual(await store.listActiveBans(t0 + 6000), []);
      });
    });

    it('lifts only the account\'s active bans, recording who and when', async () => {
      await withStore(async (store) => {
        const a = await newAccountId(store);
        const b = await newAccountId(store);
        const ended = ban(a, t0, t0 + 10);
        const active = ban(a, t0, t0 + 5000);
        const others = ban(b, t0, t0 + 5000);
        for (const record of [ended, active, others]) await store.createBan(record);
        assert.equal(await store.liftBans(a, t0 + 100, 'op:alice'), 1);
        assert.equal(await store.activeBan(a, t0 + 100), undefined);
        assert.deepEqual(await store.activeBan(b, t0 + 100), others);
        assert.equal(await store.liftBans(a, t0 + 200, 'op:alice'), 0);
        assert.deepEqual(await store.listActiveBans(t0 + 100), [others]);
      });
    });

    it('refuses a ban that ends before it starts or names an unknown account', async () => {
      await withStore(async (store) => {
        const a = await newAccountId(store);
        await assert.rejects(store.createBan(ban(a, t0, t0)));
        await assert.rejects(store.createBan(ban(ulid(), t0, t0 + 10)));
        assert.deepEqual(await store.listActiveBans(t0), []);
      });
    });
  });
}
