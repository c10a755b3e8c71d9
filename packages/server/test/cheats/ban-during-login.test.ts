/**
 * A ban written while a login of the account is between its ban check and its admission. The
 * check runs under the account's lock, which the ban's kick also takes: the login either reads
 * the ban or is admitted before the kick, which then removes its session with
 * `Disconnect{ACCOUNT_BANNED}`. With the check outside the lock, the kick found nobody online
 * and the login went on afterwards: a banned player in the game.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { ErrorCode } from '@realmforge/protocol';
import { createServer } from '@realmforge/server';
import type { RealmforgeServer } from '@realmforge/server';
import { openStore } from '../../src/store/open-store.ts';
import type { AuditRecord, BanRecord, Store } from '../../src/store/store.ts';
import { connectClient, tempDir, testConfig, uniqueName } from '../helpers/test-server.ts';
import { accountIdOf, moderationOf } from './cheat-kit.ts';

const PASSWORD = 'correct horse';

/** A login's ban check held after it read the store: it answers what it read then. */
interface HeldCheck {
  readonly read: () => void;
  readonly gate: Promise<void>;
}

/** The real store, except that the next ban check can be held and a recorded ban is signalled. */
function slowedStore(inner: Store): { store: Store; hold: (check: HeldCheck) => void; banRecorded: () => Promise<void> } {
  let held: HeldCheck | undefined;
  let recorded: (() => void) | undefined;
  const activeBan = async (accountId: string, now: number): Promise<BanRecord | undefined> => {
    const answer = await inner.activeBan(accountId, now);
    const check = held;
    held = undefined;
    if (check !== undefined) {
      check.read();
      await check.gate;
    }
    return answer;
  };
  const appendAudits = async (entries: readonly AuditRecord[]): Promise<void> => {
    await inner.appendAudits(entries);
    if (entries.some((entry) => entry.kind === 'sanction' && entry.name === 'ban')) recorded?.();
  };
  const store = new Proxy(inner, {
    get(target, property): unknown {
      if (property === 'activeBan') return activeBan;
      if (property === 'appendAudits') return appendAudits;
      const member: unknown = Reflect.get(target, property, target);
      return typeof member === 'function' ? (member as (...args: unknown[]) => unknown).bind(target) : member;
    },
  });
  return {
    store,
    hold: (check) => {
      held = check;
    },
    banRecorded: () => new Promise((resolve) => {
      recorded = resolve;
    }),
  };
}

describe('a ban written during a login of the account', () => {
  let server: RealmforgeServer;
  let dataDir: string;
  let slowed: ReturnType<typeof slowedStore>;
  before(async () => {
    dataDir = tempDir();
    slowed = slowedStore(await openStore({ dataDir }));
    server = createServer(testConfig(dataDir), { store: slowed.store });
    await server.start();
  });
  after(async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('removes the session the login admitted, with Disconnect{ACCOUNT_BANNED}', async () => {
    const client = await connectClient(server);
    const username = uniqueName('banlogin');
    await client.register(username, PASSWORD);
    const accountId = await accountIdOf(server, username);

    let read: () => void = () => undefined;
    const checked = new Promise<void>((resolve) => {
      read = resolve;
    });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    slowed.hold({ read, gate });
    const login = client.login(username, PASSWORD).then(() => 'logged in', (error: unknown) => error);
    await checked;
    // The check read "not banned"; now the ban is written in full before it answers.
    const recorded = slowed.banRecorded();
    const ban = moderationOf(server).ban(accountId, 60_000, 'caught between check and admission', 'test');
    await recorded;
    // The ban's kick has run by the next turn (it found nobody online), or waits for the login's lock.
    await new Promise((resolve) => setImmediate(resolve));
    release();
    await ban;
    await login;

    const closed = await Promise.race([client.closed, sleep(3_000, 'still online' as const)]);
    assert.ok(closed !== 'still online', 'the banned account stayed in the game');
    assert.equal(closed?.code, ErrorCode.ERROR_CODE_ACCOUNT_BANNED);
    assert.equal(server.sessionCount, 0);

    const again = await connectClient(server);
    await assert.rejects(again.login(username, PASSWORD), (error: { code?: ErrorCode }) => error.code === ErrorCode.ERROR_CODE_ACCOUNT_BANNED);
    again.close();
    await again.closed;
  });
});
