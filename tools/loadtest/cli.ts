/**
 * The command line of the load harness: `npm run loadtest -- --scenario wander:80,chatter:20
 * --players 500 [--duration S] [--ramp 100/s|burst] [--transport tcp|tls|ws] [--tls-ca FILE] [--datagrams]
 * [--processes N] ...`.
 * @module
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MAX_DURATION_S, MAX_PLAYERS, MAX_PROCESSES } from './run-load.ts';
import type { LoadTestOptions } from './run-load.ts';
import { DEFAULT_BOT_NICE, MAX_BOT_NICE } from './bot-priority.ts';
import { SCENARIOS } from './scenario-table.ts';

/** Where results go unless --out says otherwise (relative to the repository). */
export const DEFAULT_RESULTS_DIR = 'bench/results/loadtest';

/** Usage text for --help and for mistakes. */
export const USAGE = `usage: npm run loadtest -- --players N [options]

Starts a server (child process, fresh SQLite database) unless --host is given, runs N bots over
real sockets in one or more worker processes, scrapes the server's /metrics once a second, and
writes <out>/<name>.json, <name>.md and SVG plots.

  --scenario MIX       scenarios by percentage, e.g. wander:80,chatter:10,churn:10 (default wander)
                       ${[...SCENARIOS.values()].map((s) => `${s.name}: ${s.summary}`).join('\n                       ')}
  --players N          bots in total (1-${MAX_PLAYERS}; required)
  --duration S         seconds from the first connection to the logout (default 60, at most ${MAX_DURATION_S})
  --hold S             end S seconds after every bot is in the world (--duration stays the limit)
  --ramp R             bots started per second: 100 or 100/s, or "burst" for everyone at once (default 100/s)
  --transport T        tcp, tls or ws (default tcp); tls: a started server gets TLS on, with its
                       self-signed certificate, which the bots trust
  --tls-ca FILE        tls against a running server (--host): the certificate authority (PEM) to trust
  --datagrams          once in the world, each bot opens a datagram (UDP) channel beside its connection:
                       moves and world frames go by datagram (tcp or tls; sealed on tls by default)
  --processes N        worker processes for the bots (default 1, at most ${MAX_PROCESSES})
  --host H --port P    target a running server instead (the game port of the transport)
  --admin-port P       that server's admin port on 127.0.0.1, to scrape its /metrics
  --tick-rate-hz F     the started server's tick rate (default 20); also the latency reference line
  --server-arg A       an extra flag for the started server (repeat: --server-arg=--view-radius --server-arg=40)
  --server-node-arg A  a flag for the started server's Node (repeat: --server-node-arg=--cpu-prof)
  --profile            run the started server under node --cpu-prof: a flame graph (<name>-flame.svg) and
                       where its time goes in the results; the raw profile as <name>.cpuprofile
  --warm-world         seed the started server's database with every bot's account and a character at a
                       random reachable spot of the start zone (a live world's returning players), not the spawn
  --name NAME          result file name (default: the mix and player count, e.g. wander-1000)
  --out DIR            results directory (default ${DEFAULT_RESULTS_DIR})
  --seed N             seed of the bots' random numbers (default 1)
  --bot-nice N         niceness of the bot processes, 0-${MAX_BOT_NICE} (default ${DEFAULT_BOT_NICE}): on shared cores the server gets a core first
  --help               this text

Exit status: 0 when every bot entered the world and no connection ended unexpectedly, 1 when not,
2 for bad options, 3 when the run overran its hard time limit.`;

/** A parsed command line. */
export interface LoadCommand {
  /** The run's options. */
  readonly options: LoadTestOptions;
  /** Result file name. */
  readonly name: string;
  /** Results directory. */
  readonly outDir: string;
  /** Tick interval of the server, ms (the latency plots' reference). */
  readonly tickMs: number;
  /** True when --help was asked for. */
  readonly help: boolean;
}

/** A command line that cannot be run; the message says why. */
export class LoadCliError extends Error {
  /** @param message - what is wrong */
  constructor(message: string) {
    super(message);
    this.name = 'LoadCliError';
  }
}

/** The PEM of a --tls-ca file. @throws LoadCliError naming the file when it cannot be read */
function readCa(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new LoadCliError(`--tls-ca ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function number(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed)) throw new LoadCliError(`--${flag} must be a number; got "${value}"`);
  return parsed;
}

/**
 * Checks a result file name (`--name`).
 * @throws LoadCliError unless it is letters, digits, '.', '_' or '-' (at most 81, not starting with '.', '_' or '-')
 */
export function checkResultName(name: string): void {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}$/.test(name)) throw new LoadCliError(`--name must be letters, digits, '.', '_' or '-'; got "${name}"`);
}

function optionalHold(holdS: number | undefined): { holdS?: number } {
  return holdS === undefined ? {} : { holdS };
}

/** `100`, `100/s` or `burst` → bots per second (Infinity for a burst). */
export function parseRamp(text: string): number {
  if (text === 'burst') return Infinity;
  const rate = number('ramp', text.endsWith('/s') ? text.slice(0, -2) : text);
  if (rate === undefined || rate <= 0) throw new LoadCliError(`--ramp must be a positive rate (100 or 100/s) or "burst"; got "${text}"`);
  return rate;
}

/**
 * The default result name: the mix's scenario names and the player count (none when undefined:
 * a capacity search, whose runs vary it), then `-ws` or `-tls`, and `-udp` (datagrams), when not
 * plain TCP.
 */
export function defaultName(mix: string, players: number | undefined, transport: string, datagrams = false): string {
  const names = mix.split(',').map((part) => part.split(':')[0]?.trim() ?? '');
  const stem = names.length === 1 ? (names[0] ?? 'run') : 'mixed';
  return `${stem}${players === undefined ? '' : `-${players}`}${transport === 'tcp' ? '' : `-${transport}`}${datagrams ? '-udp' : ''}`;
}

/**
 * Parses the arguments after the script name.
 * @throws LoadCliError for unknown flags, missing --players and malformed values
 */
export function parseLoadArgs(argv: readonly string[]): LoadCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        scenario: { type: 'string' },
        players: { type: 'string' },
        duration: { type: 'string' },
        hold: { type: 'string' },
        ramp: { type: 'string' },
        transport: { type: 'string' },
        'tls-ca': { type: 'string' },
        datagrams: { type: 'boolean' },
        processes: { type: 'string' },
        host: { type: 'string' },
        port: { type: 'string' },
        'admin-port': { type: 'string' },
        'tick-rate-hz': { type: 'string' },
        'server-arg': { type: 'string', multiple: true },
        'server-node-arg': { type: 'string', multiple: true },
        name: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string' },
        'bot-nice': { type: 'string' },
        'warm-world': { type: 'boolean' },
        profile: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new LoadCliError(error instanceof Error ? error.message : String(error));
  }
  const help = values.help === true;
  const players = number('players', values.players);
  if (players === undefined && !help) throw new LoadCliError('--players is required');
  const transport = values.transport ?? 'tcp';
  if (transport !== 'tcp' && transport !== 'tls' && transport !== 'ws') throw new LoadCliError(`--transport must be tcp, tls or ws; got "${transport}"`);
  const tlsCaFile = values['tls-ca'];
  if (tlsCaFile !== undefined && (transport !== 'tls' || values.host === undefined)) throw new LoadCliError('--tls-ca is for --transport tls against a running server (--host); a started server\'s own certificate is trusted');
  const datagrams = values.datagrams === true;
  const mix = values.scenario ?? 'wander';
  const tickRateHz = number('tick-rate-hz', values['tick-rate-hz']);
  if (tickRateHz !== undefined && values.host !== undefined) throw new LoadCliError('--tick-rate-hz sets the started server; a running server (--host) keeps its own');
  const serverFlags = [...(values['server-arg'] ?? []), ...(tickRateHz === undefined ? [] : ['--tick-rate-hz', String(tickRateHz)])];
  const serverNodeFlags = values['server-node-arg'] ?? [];
  if (serverNodeFlags.length > 0 && values.host !== undefined) throw new LoadCliError('--server-node-arg sets the started server; a running server (--host) keeps its own');
  if (values.profile === true && values.host !== undefined) throw new LoadCliError('--profile profiles the started server; a running server (--host) is not started by the run');
  const name = values.name ?? defaultName(mix, players ?? 0, transport, datagrams);
  checkResultName(name);
  const port = number('port', values.port);
  const adminPort = number('admin-port', values['admin-port']);
  const seed = number('seed', values.seed);
  const botNice = number('bot-nice', values['bot-nice']);
  const options: LoadTestOptions = {
    mix,
    players: players ?? 0,
    durationS: number('duration', values.duration) ?? 60,
    ...optionalHold(number('hold', values.hold)),
    rampPerS: parseRamp(values.ramp ?? '100/s'),
    transport,
    ...(tlsCaFile === undefined ? {} : { tlsCa: readCa(tlsCaFile) }),
    ...(datagrams ? { datagrams } : {}),
    processes: number('processes', values.processes) ?? 1,
    ...(values.host === undefined ? {} : { host: values.host }),
    ...(port === undefined ? {} : { port }),
    ...(adminPort === undefined ? {} : { adminPort }),
    ...(serverFlags.length === 0 ? {} : { serverFlags }),
    ...(serverNodeFlags.length === 0 ? {} : { serverNodeFlags }),
    ...(seed === undefined ? {} : { seed }),
    ...(botNice === undefined ? {} : { botNice }),
    ...(values['warm-world'] === true ? { warmWorld: true } : {}),
    ...(values.profile === true ? { profile: true } : {}),
  };
  return { options, name, outDir: values.out ?? DEFAULT_RESULTS_DIR, tickMs: 1000 / (tickRateHz ?? 20), help };
}
