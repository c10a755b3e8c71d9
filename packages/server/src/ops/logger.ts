/**
 * Structured JSON logging (pino), human-readable when the output is a terminal.
 * @module
 */
import { pino } from 'pino';
import type { DestinationStream, Logger } from 'pino';
import type { ServerConfig } from '../config/config.ts';

export type { Logger };

/** Field names whose values never reach a log line, at the top level or one object down. */
export const REDACTED_FIELDS = ['password', 'resumeToken', 'token', 'adminToken', 'authorization', 'databaseUrl'] as const;

/**
 * Creates the root logger. Passwords and tokens are redacted wherever they appear under the
 * usual field names, so a careless log call cannot leak them.
 * @param config - level and format
 * @param destination - where JSON lines go instead of stdout (tests); disables pretty output
 */
export function createLogger(config: Pick<ServerConfig, 'logLevel' | 'logPretty'>, destination?: DestinationStream): Logger {
  const pretty = destination === undefined && (config.logPretty ?? process.stdout.isTTY);
  const options = {
    level: config.logLevel,
    base: { service: 'realmforge' },
    redact: { paths: REDACTED_FIELDS.flatMap((field) => [field, `*.${field}`]), censor: '[redacted]' },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss.l' } } } : {}),
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
