/**
 * Structured JSON logging (pino), human-readable when the output is a terminal.
 * @module
 */
import { pino } from 'pino';
import type { Logger } from 'pino';
import type { ServerConfig } from '../config/config.ts';

export type { Logger };

/**
 * Creates the root logger. Passwords and tokens are redacted wherever they appear under the
 * usual field names, so a careless log call cannot leak them.
 */
export function createLogger(config: Pick<ServerConfig, 'logLevel' | 'logPretty'>): Logger {
  const pretty = config.logPretty ?? process.stdout.isTTY;
  return pino({
    level: config.logLevel,
    base: { service: 'realmforge' },
    redact: { paths: ['password', '*.password', 'resumeToken', '*.resumeToken', 'token', '*.token'], censor: '[redacted]' },
    ...(pretty ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss.l' } } } : {}),
  });
}
