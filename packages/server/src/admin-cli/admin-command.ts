/**
 * The operator command, `npm run admin -- [config flags] <command> [options]`: lists the
 * anti-cheat's audit log and the bans in force, bans an account and lifts a ban, against the
 * database the server is configured with (the same file / environment / flag configuration as
 * `npm start`, so `--data-dir` or `--database-url` pick it). It works on the records through
 * {@link Moderation}, so every ban and lift is audited like the dashboard's; a running server
 * is not told: a ban takes effect at the player's next login (use the dashboard to remove a
 * player at once).
 * @module
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Moderation, ModerationError } from '../anticheat/moderation.ts';
import { ConfigError, loadConfig } from '../config/config.ts';
import type { ServerConfig } from '../config/config.ts';
import { defaultDatabaseFile, openStore } from '../store/open-store.ts';
import type { AccountRecord, Store } from '../store/store.ts';
import { auditReport, bansReport } from './admin-report.ts';
import type { UsernameOf } from './admin-report.ts';

/** The command's exit statuses. */
export const AdminExit = {
  /** Done. */
  ok: 0,
  /** The database could not be opened or used. */
  failed: 1,
  /** Bad command, option, value or configuration. */
  usage: 2,
  /** No account has that username or id. */
  unknownAccount: 3,
} as const;

/** One of {@link AdminExit}'s values. */
export type AdminExitCode = (typeof AdminExit)[keyof typeof AdminExit];

/** The command's usage text. */
export const ADMIN_USAGE = `usage: npm run admin -- [config flags] <command> [options]

commands:
  audit [--account <username|id>] [--limit N]   detections and sanctions, newest first (N 1-1000, default 50)
  bans                                          bans in force, ending soonest first
  ban <username|id> --for <duration> --reason <text> [--by <operator>]
                                                ban an account; duration: 90s, 30m, 12h, 7d (up to 10 years)
  unban <username|id> [--by <operator>]         lift the account's bans in force
  help                                          this text

options: --json prints JSON instead of a table; --by names the operator in the audit log
(default cli:$USER). Config flags (--config FILE, --data-dir DIR, --database-url URL, ...) and
REALMFORGE_* variables choose the database exactly as for npm start.
exit status: 0 done, 1 database failure, 2 bad usage or configuration, 3 unknown account.`;

/** Where the command writes and what it reads from its environment. */
export interface AdminCommandIo {
  /** A line of results. */
  readonly out: (line: string) => void;
  /** A line of error. */
  readonly err: (line: string) => void;
  /** Environment variables (REALMFORGE_* configuration, USER for the default operator name). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A refusal with its exit status and a message for the operator. */
class AdminCommandError extends Error {
  readonly exitCode: AdminExitCode;
  constructor(exitCode: AdminExitCode, message: string) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** The command's own options; every other `--flag` is configuration. */
const VALUE_OPTIONS = new Set(['--account', '--limit', '--for', '--reason', '--by']);
const BOOLEAN_OPTIONS = new Set(['--json', '--help']);

interface Invocation {
  readonly words: string[];
  readonly options: Map<string, string>;
  readonly configArgv: string[];
}

function usageError(message: string): AdminCommandError {
  return new AdminCommandError(AdminExit.usage, `${message}\n${ADMIN_USAGE}`);
}

function parse(argv: readonly string[]): Invocation {
  const words: string[] = [];
  const options = new Map<string, string>();
  const configArgv: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) {
      words.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    if (BOOLEAN_OPTIONS.has(flag)) {
      if (eq !== -1) throw usageError(`${flag} takes no value`);
      options.set(flag, 'true');
    } else if (VALUE_OPTIONS.has(flag)) {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined) throw usageError(`${flag} needs a value`);
      options.set(flag, value);
    } else {
      // A config flag: loadConfig names unknown ones.
      configArgv.push(arg);
      if (eq === -1 && i + 1 < argv.length) configArgv.push(argv[++i] ?? '');
    }
  }
  return { words, options, configArgv };
}

const DURATION_UNITS: Readonly<Record<string, number>> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `30m` → 1 800 000 ms. */
function parseDuration(text: string): number {
  const match = /^(\d{1,9})([smhd])$/.exec(text.trim());
  if (match === null) throw usageError(`--for takes a duration such as 90s, 30m, 12h or 7d; got "${text}"`);
  return Number(match[1]) * (DURATION_UNITS[match[2] ?? ''] ?? 0);
}

function parseLimit(text: string | undefined): number {
  if (text === undefined) return 50;
  const limit = Number(text);
  if (!/^\d+$/.test(text) || limit < 1 || limit > 1000) throw usageError(`--limit takes a whole number from 1 to 1000; got "${text}"`);
  return limit;
}

/** The command accepts only the options it uses. */
function allowOnly(invocation: Invocation, command: string, allowed: readonly string[], words: number): void {
  for (const flag of invocation.options.keys()) {
    if (flag !== '--json' && !allowed.includes(flag)) throw usageError(`${command} does not take ${flag}`);
  }
  if (invocation.words.length - 1 !== words) {
    throw usageError(words === 0 ? `${command} takes no arguments; got "${invocation.words.slice(1).join(' ')}"` : `${command} takes one account (username or id)`);
  }
}

/** Opens the configured database, refusing to create an empty one where the operator mistyped a path. */
async function openConfiguredStore(config: ServerConfig): Promise<Store> {
  const file = config.databaseUrl === undefined ? join(config.dataDir, defaultDatabaseFile) : config.databaseUrl.startsWith('sqlite:') ? config.databaseUrl.slice('sqlite:'.length) : undefined;
  if (file === ':memory:') throw new AdminCommandError(AdminExit.usage, 'an in-memory database (sqlite::memory:) has nothing to administer; point --database-url or --data-dir at the server\'s database');
  if (file !== undefined && file !== '' && !existsSync(file)) {
    throw new AdminCommandError(AdminExit.failed, `no database at ${file}; point --data-dir (or --database-url) at the server's data`);
  }
  try {
    return await openStore(config);
  } catch (error) {
    throw new AdminCommandError(AdminExit.failed, `the database cannot be opened: ${(error as Error).message}`);
  }
}

async function requireAccount(moderation: Moderation, account: string): Promise<AccountRecord> {
  const found = await moderation.findAccount(account);
  if (found === undefined) throw new AdminCommandError(AdminExit.unknownAccount, `no account has the username or id "${account}"`);
  return found;
}

/** A checked command, ready to run against the opened database; resolves with its output lines. */
type Task = (moderation: Moderation, usernameOf: UsernameOf) => Promise<string[]>;

/** Checks the command and its options before anything is opened. */
function plan(invocation: Invocation, io: AdminCommandIo): Task {
  const [command, target = ''] = invocation.words;
  const json = invocation.options.has('--json');
  const actor = invocation.options.get('--by') ?? `cli:${io.env.USER ?? 'operator'}`;
  switch (command) {
    case 'audit': {
      allowOnly(invocation, 'audit', ['--account', '--limit'], 0);
      const limit = parseLimit(invocation.options.get('--limit'));
      const account = invocation.options.get('--account');
      return async (moderation, usernameOf) => {
        const accountId = account === undefined ? undefined : (await requireAccount(moderation, account)).id;
        const entries = await moderation.recentAudit({ limit, accountId });
        return json ? [JSON.stringify({ entries })] : await auditReport(entries, usernameOf);
      };
    }
    case 'bans':
      allowOnly(invocation, 'bans', [], 0);
      return async (moderation, usernameOf) => {
        const bans = await moderation.activeBans();
        return json ? [JSON.stringify({ bans })] : await bansReport(bans, usernameOf);
      };
    case 'ban': {
      allowOnly(invocation, 'ban', ['--for', '--reason', '--by'], 1);
      const duration = invocation.options.get('--for');
      const reason = invocation.options.get('--reason');
      if (duration === undefined || reason === undefined) throw usageError('ban needs --for <duration> and --reason <text>');
      const durationMs = parseDuration(duration);
      return async (moderation) => {
        const account = await requireAccount(moderation, target);
        const ban = await moderation.ban(account.id, durationMs, reason, actor, { cause: `banned by ${actor}: ${reason.trim()}` });
        return json ? [JSON.stringify({ ban })] : [`banned ${account.username} (${account.id}) until ${new Date(ban.endsAt).toISOString()}: ${ban.reason}`];
      };
    }
    case 'unban':
      allowOnly(invocation, 'unban', ['--by'], 1);
      return async (moderation) => {
        const account = await requireAccount(moderation, target);
        const lifted = await moderation.liftBan(account.id, actor);
        if (json) return [JSON.stringify({ lifted })];
        return [lifted === 0 ? `${account.username} (${account.id}) had no ban in force` : `lifted ${lifted} ban(s) of ${account.username} (${account.id}); the account may log in`];
      };
    default:
      throw usageError(command === undefined ? 'no command given' : `unknown command "${command}"`);
  }
}

/**
 * Runs one operator command.
 * @param argv - the arguments after `npm run admin --`
 * @param io - where output goes, and the environment
 * @returns the exit status (see {@link AdminExit})
 */
export async function runAdminCommand(argv: readonly string[], io: AdminCommandIo): Promise<AdminExitCode> {
  let store: Store | undefined;
  try {
    const invocation = parse(argv);
    if (invocation.options.has('--help') || invocation.words[0] === 'help') {
      io.out(ADMIN_USAGE);
      return AdminExit.ok;
    }
    let config: ServerConfig;
    try {
      config = loadConfig({ argv: invocation.configArgv, env: io.env });
    } catch (error) {
      if (error instanceof ConfigError) throw new AdminCommandError(AdminExit.usage, error.message);
      throw error;
    }
    const task = plan(invocation, io);
    store = await openConfiguredStore(config);
    const opened = store;
    const names = new Map<string, string | undefined>();
    const usernameOf: UsernameOf = async (accountId) => {
      if (!names.has(accountId)) names.set(accountId, (await opened.findAccountById(accountId))?.username);
      return names.get(accountId);
    };
    for (const line of await task(new Moderation({ store }), usernameOf)) io.out(line);
    return AdminExit.ok;
  } catch (error) {
    if (error instanceof AdminCommandError) {
      io.err(`realmforge admin: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof ModerationError) {
      io.err(`realmforge admin: ${error.message}`);
      return AdminExit.usage;
    }
    io.err(`realmforge admin: ${error instanceof Error ? error.message : String(error)}`);
    return AdminExit.failed;
  } finally {
    await store?.close();
  }
}
