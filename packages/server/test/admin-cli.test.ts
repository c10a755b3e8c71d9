/**
 * The operator command (`npm run admin`) run as its own process against a temporary SQLite
 * database: lists the audit log (all, per account, limited) and bans, bans by username and by
 * id, lifts; the records it leaves are what the server's login check and the dashboard read.
 * Bad usage, an unknown account and a missing database give their messages and exit statuses.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runAdminCommand } from '../src/admin-cli/admin-command.ts';
import { Moderation } from '../src/anticheat/moderation.ts';
import { newId } from '../src/ids.ts';
import { defaultDatabaseFile } from '../src/store/open-store.ts';
import { SqliteStore } from '../src/store/sqlite-store.ts';
import { tempDir } from './helpers/test-server.ts';

const MAIN = fileURLToPath(new URL('../src/admin-cli/main.ts', import.meta.url));

interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command in a child process, as `npm run admin --` does. */
function admin(args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [MAIN, ...args], { env: { PATH: process.env.PATH ?? '', USER: 'tester', ...env }, timeout: 20_000 }, (error, stdout, stderr) => {
      // A process that did not exit by itself (killed by the timeout) has no numeric code: -1 fails every check.
      const status = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ status, stdout, stderr: status === -1 ? `${stderr}${error?.message ?? ''}` : stderr });
    });
  });
}

/** Runs the command in this process (for the refusals, which open nothing). */
async function adminHere(args: readonly string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runAdminCommand(args, { out: (line) => out.push(line), err: (line) => err.push(line), env: {} });
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('npm run admin', () => {
  let dataDir: string;
  const accounts = { mallory: newId(), trudy: newId() };
  const started = Date.now();

  before(async () => {
    dataDir = tempDir();
    const store = await SqliteStore.open(join(dataDir, defaultDatabaseFile));
    try {
      for (const [username, id] of Object.entries(accounts)) await store.createAccount({ id, username, passwordHash: 'x', createdAt: started });
      for (let i = 0; i < 3; i++) {
        await store.appendAudits([{ id: newId(), at: started + i, accountId: accounts.mallory, characterId: undefined, kind: 'detection', name: 'sequence_replay', suspicion: 4 * (i + 1), sent: `MoveInput sequence ${10 - i}`, expected: 'a sequence above 11', occurrences: 1, actor: 'anticheat' }]);
      }
      await store.appendAudits([{ id: newId(), at: started + 5, accountId: accounts.trudy, characterId: undefined, kind: 'detection', name: 'input_flood', suspicion: 4, sent: '9 MoveInputs within one tick', expected: 'at most 4 per tick', occurrences: 2, actor: 'anticheat' }]);
    } finally {
      await store.close();
    }
  });
  after(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists the audit log newest first, per account and limited', async () => {
    const all = await admin(['--data-dir', dataDir, 'audit']);
    assert.equal(all.status, 0, all.stderr);
    const lines = all.stdout.trim().split('\n');
    assert.match(lines[0] ?? '', /^TIME\s+KIND\s+NAME\s+ACCOUNT\s+SUSPICION\s+TIMES\s+BY\s+EVIDENCE$/);
    assert.equal(lines.length, 5);
    assert.match(lines[1] ?? '', /detection\s+input_flood\s+trudy\s+4\s+2\s+anticheat\s+sent: 9 MoveInputs within one tick \| expected: at most 4 per tick$/);
    assert.match(lines[2] ?? '', /sequence_replay\s+mallory\s+12\s+1\s+anticheat\s+sent: MoveInput sequence 8/);

    const mine = await admin(['audit', '--account', 'MALLORY', '--limit', '2', '--data-dir', dataDir]);
    assert.equal(mine.status, 0, mine.stderr);
    const rows = mine.stdout.trim().split('\n').slice(1);
    assert.deepEqual(rows.map((row) => /sequence (\d+)/.exec(row)?.[1]), ['8', '9']);

    // The database can come from the environment too, and --json gives the records.
    const json = await admin(['audit', '--json', '--account', accounts.trudy], { REALMFORGE_DATA_DIR: dataDir });
    assert.equal(json.status, 0, json.stderr);
    const parsed = JSON.parse(json.stdout) as { entries: { name: string; accountId: string }[] };
    assert.deepEqual(parsed.entries.map((e) => [e.name, e.accountId]), [['input_flood', accounts.trudy]]);
  });

  it('bans by username and by id, lists the bans, lifts one; every step is audited and seen by the login check', async () => {
    assert.equal((await admin(['bans', '--data-dir', dataDir])).stdout.trim(), 'no bans in force');

    const byName = await admin(['--data-dir', dataDir, 'ban', 'mallory', '--for', '2h', '--reason', 'speed hacking', '--by', 'op:alice']);
    assert.equal(byName.status, 0, byName.stderr);
    assert.match(byName.stdout, new RegExp(`^banned mallory \\(${accounts.mallory}\\) until \\d{4}-\\d\\d-\\d\\dT.*: speed hacking\\n$`));
    const byId = await admin(['--data-dir', dataDir, 'ban', accounts.trudy, '--for', '30m', '--reason', 'flooding']);
    assert.equal(byId.status, 0, byId.stderr);

    const bans = await admin(['bans', '--data-dir', dataDir]);
    const rows = bans.stdout.trim().split('\n');
    assert.match(rows[0] ?? '', /^USERNAME\s+ACCOUNT\s+SINCE\s+UNTIL\s+BY\s+REASON$/);
    // Ending soonest first: trudy's 30 minutes, then mallory's two hours.
    assert.match(rows[1] ?? '', new RegExp(`^trudy\\s+${accounts.trudy}\\s+\\S+\\s+\\S+\\s+cli:tester\\s+flooding$`));
    assert.match(rows[2] ?? '', new RegExp(`^mallory\\s+${accounts.mallory}\\s+\\S+\\s+\\S+\\s+op:alice\\s+speed hacking$`));

    const lift = await admin(['unban', 'trudy', '--by', 'op:bob', '--data-dir', dataDir]);
    assert.equal(lift.status, 0, lift.stderr);
    assert.equal(lift.stdout, `lifted 1 ban(s) of trudy (${accounts.trudy}); the account may log in\n`);
    const again = await admin(['unban', 'trudy', '--data-dir', dataDir]);
    assert.equal(again.stdout, `trudy (${accounts.trudy}) had no ban in force\n`);

    const store = await SqliteStore.open(join(dataDir, defaultDatabaseFile));
    try {
      const moderation = new Moderation({ store });
      await assert.rejects(moderation.refuseIfBanned(accounts.mallory), /banned until .*: speed hacking/);
      await moderation.refuseIfBanned(accounts.trudy);
      const sanctions = (await store.listAudit({ limit: 10, accountId: accounts.trudy })).filter((e) => e.kind === 'sanction');
      assert.deepEqual(sanctions.map((e) => [e.name, e.actor]), [['unban', 'op:bob'], ['ban', 'cli:tester']]);
      assert.match(sanctions[1]?.sent ?? '', /^banned by cli:tester: flooding$/);
    } finally {
      await store.close();
    }
  });

  it('refuses an unknown account (3), bad usage (2) and a missing database (1) with a message', async () => {
    const unknown = await admin(['--data-dir', dataDir, 'ban', 'nobody', '--for', '1h', '--reason', 'x']);
    assert.equal(unknown.status, 3);
    assert.match(unknown.stderr, /no account has the username or id "nobody"/);

    const missing = await admin(['--data-dir', join(dataDir, 'elsewhere'), 'bans']);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no database at .*elsewhere.*realmforge\.db; point --data-dir/);

    const refusals: [string[], RegExp][] = [
      [[], /no command given/],
      [['pardon', 'mallory'], /unknown command "pardon"/],
      [['ban', 'mallory', '--reason', 'x'], /ban needs --for <duration> and --reason <text>/],
      [['ban', 'mallory', '--for', 'forever', '--reason', 'x'], /--for takes a duration such as 90s, 30m, 12h or 7d; got "forever"/],
      [['ban', '--for', '1h', '--reason', 'x'], /ban takes one account/],
      [['bans', '--limit', '3'], /bans does not take --limit/],
      [['audit', '--limit', '0'], /--limit takes a whole number from 1 to 1000; got "0"/],
      [['audit', '--account'], /--account needs a value/],
      [['bans', '--tcp-port', '99999'], /config key "tcpPort" from flag --tcp-port/],
      [['bans', '--colour', 'red'], /unknown flag "--colour"/],
      [['bans', '--database-url', 'sqlite::memory:'], /in-memory database/],
    ];
    for (const [args, message] of refusals) {
      const run = await adminHere(args);
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message, args.join(' '));
    }
    // A ban longer than ten years is the moderation rule's refusal.
    const tooLong = await adminHere(['--data-dir', dataDir, 'ban', 'mallory', '--for', '4000d', '--reason', 'x']);
    assert.equal(tooLong.status, 2);
    assert.match(tooLong.stderr, /a ban lasts a whole number of ms/);

    const help = await adminHere(['help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^usage: npm run admin --/);
  });
});
