/**
 * The command line of the bots: `npm run bots -- --count N [--host H] [--port P]
 * [--transport tcp|tls|ws] [--tls-ca FILE] [--datagrams] [--duration S] [--ramp R] [--input-hz F] [--prefix NAME]
 * [--json FILE] [--report-interval S] [--seed N]`.
 * @module
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { carriesDatagrams } from './connection.ts';
import { BotOptionError, MAX_BOTS, MAX_DURATION_S, MAX_INPUT_HZ } from './run.ts';
import type { BotRunOptions } from './run.ts';

/** Usage text for --help and for mistakes. */
export const USAGE = `usage: npm run bots -- --count N [options]

Starts N headless bots that log in (registering their accounts when needed), enter the world and
wander, then reports connections, traffic, input→ack latency, errors and disconnects.

  --count N            bots to run (1-${MAX_BOTS}; required)
  --host H             server host (default 127.0.0.1)
  --port P             server port (default 7777 for tcp, 7778 for tls, 8080 for ws)
  --transport T        tcp, tls or ws (default tcp)
  --tls-ca FILE        tls: trust this certificate authority (PEM), such as the server's self-signed
                       certificate (its data directory's tls/dev-cert.pem); default: the system's
  --datagrams          once in the world, open a datagram (UDP) channel beside each connection: moves
                       and world frames go by datagram (tcp or tls; sealed on tls by default)
  --duration S         seconds from the first connection to the logout (default 30, at most ${MAX_DURATION_S})
  --ramp R             bots started per second (default: all within about 3 s)
  --input-hz F         average move inputs per bot per second (default 1, at most ${MAX_INPUT_HZ})
  --prefix NAME        account names are NAME0, NAME1, ... (default bot)
  --json FILE          write the final numbers as JSON to FILE
  --report-interval S  seconds between progress lines (default 5)
  --seed N             seed of the bots' random walk (default 1)
  --help               this text

Exit status: 0 when every bot entered the world and no connection ended unexpectedly, 1 when not,
2 for bad options, 3 when the run overran its hard time limit.`;

/** A parsed command line. */
export interface BotCommand {
  /** The run's options. */
  readonly options: BotRunOptions;
  /** Where to write the JSON result, if anywhere. */
  readonly jsonFile: string | undefined;
  /** True when --help was asked for. */
  readonly help: boolean;
}

function number(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed)) throw new BotOptionError(`--${flag} must be a number; got "${value}"`);
  return parsed;
}

/**
 * Parses the arguments after the script name.
 * @throws BotOptionError for unknown flags, missing --count and non-numbers (ranges are checked by runBots)
 */
export function parseBotArgs(argv: readonly string[]): BotCommand {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        count: { type: 'string' },
        host: { type: 'string' },
        port: { type: 'string' },
        transport: { type: 'string' },
        'tls-ca': { type: 'string' },
        datagrams: { type: 'boolean' },
        duration: { type: 'string' },
        ramp: { type: 'string' },
        'input-hz': { type: 'string' },
        prefix: { type: 'string' },
        json: { type: 'string' },
        'report-interval': { type: 'string' },
        seed: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new BotOptionError(error instanceof Error ? error.message : String(error));
  }
  const help = values.help === true;
  const count = number('count', values.count);
  if (count === undefined && !help) throw new BotOptionError('--count is required');
  const transport = values.transport ?? 'tcp';
  if (transport !== 'tcp' && transport !== 'tls' && transport !== 'ws') throw new BotOptionError(`--transport must be tcp, tls or ws; got "${transport}"`);
  if (values.datagrams === true && !carriesDatagrams(transport)) throw new BotOptionError('--datagrams needs --transport tcp or tls (a WebSocket cannot carry datagrams)');
  if (values['tls-ca'] !== undefined && transport !== 'tls') throw new BotOptionError('--tls-ca needs --transport tls');
  if (values.json === '') throw new BotOptionError('--json needs a file name');
  const options: BotRunOptions = {
    count: count ?? 0,
    host: values.host ?? '127.0.0.1',
    transport,
    ...(values['tls-ca'] === undefined ? {} : { tlsCa: readCa(values['tls-ca']) }),
    ...(values.datagrams === true ? { datagrams: true } : {}),
    ...optional('port', number('port', values.port)),
    ...optional('durationS', number('duration', values.duration)),
    ...optional('rampPerS', number('ramp', values.ramp)),
    ...optional('inputHz', number('input-hz', values['input-hz'])),
    ...optional('reportIntervalS', number('report-interval', values['report-interval'])),
    ...optional('seed', number('seed', values.seed)),
    ...(values.prefix === undefined ? {} : { prefix: values.prefix }),
  };
  return { options, jsonFile: values.json, help };
}

/** The PEM of a --tls-ca file. @throws BotOptionError naming the file when it cannot be read */
function readCa(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new BotOptionError(`--tls-ca ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function optional<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}
