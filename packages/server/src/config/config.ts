/**
 * The server's one typed configuration. Values come from defaults, then a JSON file, then
 * environment variables, then command-line flags; the merged result is validated once at
 * start, and a bad value fails with a message that names the key and what it accepts.
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DATAGRAM_SEALINGS } from '../net/datagram-port.ts';
import { TrustedProxies } from '../net/trusted-proxies.ts';
import { MAX_COHORT_PERIOD } from '../world/replication/cohort-schedule.ts';
import { MAX_DISTANT_STRIDE, WORLD_DEFAULTS } from '../world/world-defaults.ts';

const port = z.coerce.number().int().min(0).max(65535);
const positiveMs = z.coerce.number().int().min(1).max(86_400_000);
const bool = z.preprocess((value) => {
  if (value === 'true' || value === '1' || value === 'yes') return true;
  if (value === 'false' || value === '0' || value === 'no') return false;
  return value;
}, z.boolean());
const count = z.coerce.number().int().min(1).max(100_000_000);
const perSecond = z.coerce.number().positive().max(100_000_000);
/** A token-bucket rate: `burst` actions at once, `perSecond` sustained. */
const bucketRate = z.strictObject({ burst: z.number().int().min(1).max(100_000_000), perSecond: z.number().positive().max(100_000_000) });
/** Structured values arrive from env and flags as JSON text. */
function jsonText<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => {
    if (typeof value !== 'string') return value;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }, schema);
}

/** An IP address or a CIDR range such as `10.0.0.0/8`. */
function isProxyEntry(entry: string): boolean {
  try {
    new TrustedProxies([entry]);
    return true;
  } catch {
    return false;
  }
}

/** The configuration schema; its shape is the documented set of keys. */
export const configSchema = z.strictObject({
  serverName: z.string().min(1).max(64).default('Realmforge'),
  host: z.string().min(1).default('127.0.0.1'),
  tcpPort: port.default(7777),
  tlsPort: port.default(7778),
  httpPort: port.default(8080),
  udpEnabled: bool.default(true),
  udpPort: port.default(7779),
  udpMaxDatagramBytes: z.coerce.number().int().min(512).max(65_507).default(1200),
  udpIdleTimeoutMs: positiveMs.default(10_000),
  udpBufferBytes: z.coerce.number().int().min(16_384).max(1024 * 1024 * 1024).default(32 * 1024),
  udpSockets: z.coerce.number().int().min(1).max(64).default(64),
  udpSealing: z.enum(DATAGRAM_SEALINGS).default('tls'),
  webClient: bool.default(true),
  tlsEnabled: bool.default(true),
  tlsCertFile: z.string().min(1).optional(),
  tlsKeyFile: z.string().min(1).optional(),
  dataDir: z.string().min(1).default('./data'),
  databaseUrl: z.string().min(1).optional(),
  tickRateHz: z.coerce.number().int().min(1).max(120).default(20),
  contentDir: z.string().min(1).default(fileURLToPath(new URL('../../../../content/zones', import.meta.url))),
  startZone: z.string().min(1).default('meadow'),
  combatContentFile: z.string().min(1).default(fileURLToPath(new URL('../../../../content/combat.json', import.meta.url))),
  viewRadius: z.coerce.number().min(5).max(500).default(50),
  interestHysteresis: z.coerce.number().min(0).max(100).default(5),
  interestCellSize: z.coerce.number().min(1).max(500).default(25),
  interestPeriod: z.coerce.number().int().min(1).max(8).default(WORLD_DEFAULTS.interestPeriod),
  viewCap: z.coerce.number().int().min(0).max(100_000).default(WORLD_DEFAULTS.viewCap),
  worldSeed: z.coerce.number().int().min(0).max(2 ** 32 - 1).default(1),
  maxFrameBytes: z.coerce.number().int().min(64).max(16 * 1024 * 1024).default(64 * 1024),
  maxOutboundBytes: z.coerce.number().int().min(1024).max(256 * 1024 * 1024).default(1024 * 1024),
  outboundBatching: bool.default(true),
  framePacing: bool.default(WORLD_DEFAULTS.framePacing),
  distantUpdateStride: z.coerce.number().int().min(1).max(MAX_DISTANT_STRIDE).default(WORLD_DEFAULTS.distantUpdateStride),
  replicationCohorts: z.coerce.number().int().min(1).max(MAX_COHORT_PERIOD).default(WORLD_DEFAULTS.replicationCohorts),
  ioThreads: z.union([z.literal('auto'), z.coerce.number().int().min(0).max(64)], { error: 'expected a number of threads from 0 to 64, or "auto"' }).default('auto'),
  acceptors: z.coerce.number().int().min(1).max(64).default(64),
  heartbeatIntervalMs: positiveMs.default(5_000),
  idleTimeoutMs: positiveMs.default(30_000),
  resumeGraceMs: positiveMs.default(30_000),
  shutdownTimeoutMs: positiveMs.default(10_000),
  saveIntervalMs: positiveMs.default(30_000),
  maxCharactersPerAccount: z.coerce.number().int().min(1).max(50).default(8),
  argon2MemoryKib: z.coerce.number().int().min(1024).max(1024 * 1024).default(19_456),
  argon2Iterations: z.coerce.number().int().min(1).max(10).default(2),
  passwordHashConcurrency: z.coerce.number().int().min(1).max(64).default(1),
  passwordHashQueue: z.coerce.number().int().min(0).max(100_000).default(500),
  messageRateLimits: jsonText(z.record(z.string(), bucketRate)).default({}),
  maxRateLimitRejections: count.default(20),
  rateLimitRejectionWindowMs: positiveMs.default(10_000),
  maxConnectionsPerIp: count.default(50),
  connectionsPerSecondPerIp: perSecond.default(20),
  connectionBurstPerIp: count.default(40),
  trustedProxies: z.preprocess(
    (value) => (typeof value === 'string' ? value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '') : value),
    z.array(z.string().refine((entry) => isProxyEntry(entry), { message: 'expected IP addresses or CIDR ranges, comma separated' })).max(1000),
  ).default([]),
  loginFreeFailures: z.coerce.number().int().min(0).max(1000).default(3),
  loginBackoffBaseMs: positiveMs.default(1_000),
  loginBackoffMaxMs: positiveMs.default(300_000),
  loginFailureMemoryMs: positiveMs.default(3_600_000),
  loginIpFailureBurst: count.default(20),
  loginIpFailuresPerMinute: perSecond.default(5),
  loginAccountFailureBurst: count.default(50),
  loginAccountFailuresPerMinute: perSecond.default(10),
  loginThrottleMaxEntries: z.coerce.number().int().min(100).max(10_000_000).default(100_000),
  chatBurst: z.coerce.number().int().min(1).max(1000).default(5),
  chatPerSecond: z.coerce.number().min(0.001).max(1000).default(1),
  anticheatWeights: jsonText(z.record(z.string(), z.number().min(0).max(1_000_000))).default({}),
  anticheatHalfLifeMs: positiveMs.default(300_000),
  anticheatWarnAt: z.coerce.number().positive().max(1_000_000).default(20),
  anticheatMuteAt: z.coerce.number().positive().max(1_000_000).default(40),
  anticheatKickAt: z.coerce.number().positive().max(1_000_000).default(60),
  anticheatBanAt: z.coerce.number().positive().max(1_000_000).default(100),
  anticheatMuteMs: positiveMs.default(600_000),
  anticheatBanMs: z.coerce.number().int().min(1).max(365 * 86_400_000).default(3_600_000),
  anticheatReportIntervalMs: z.coerce.number().int().min(0).max(60_000).default(1_000),
  anticheatMaxInputsPerTick: z.coerce.number().int().min(1).max(1000).default(2),
  anticheatClockDriftMs: positiveMs.default(2_000),
  anticheatMaxSequenceJump: count.default(1_000),
  adminHost: z.string().min(1).default('127.0.0.1'),
  adminPort: port.default(9090),
  adminToken: z.string().min(1).optional(),
  readyTimeoutMs: positiveMs.default(1_000),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  logPretty: bool.optional(),
});

/** A validated configuration. */
export type ServerConfig = z.infer<typeof configSchema>;

/** Configuration as a caller may give it: every key optional, values not yet validated. */
export type ServerConfigInput = z.input<typeof configSchema>;

/** Where configuration comes from; every part is optional. */
export interface ConfigSources {
  /** Command-line arguments after the script name, e.g. `--tcp-port 7000`. */
  readonly argv?: readonly string[];
  /** Environment variables; keys are read as REALMFORGE_<SNAKE_CASE_KEY>. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Values set in code (highest precedence after flags), e.g. by tests and embedders. */
  readonly overrides?: ServerConfigInput;
}

/** A configuration value was missing, unknown or out of range. The message names the key. */
export class ConfigError extends Error {
  /** @param message - what is wrong, naming the key */
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const keys = Object.keys(configSchema.shape) as (keyof ServerConfig)[];

/** `tcpPort` → `REALMFORGE_TCP_PORT`. */
export function envName(key: string): string {
  return `REALMFORGE_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}`;
}

/** `tcpPort` → `--tcp-port`. */
export function flagName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * Merges the sources and validates the result.
 * @throws ConfigError naming the key, where it came from and what it accepts
 */
export function loadConfig(sources: ConfigSources = {}): ServerConfig {
  const env = sources.env ?? {};
  const flags = parseFlags(sources.argv ?? []);
  const configFile = flags.config ?? env.REALMFORGE_CONFIG;
  const merged: Record<string, unknown> = {};
  const origin: Record<string, string> = {};
  if (configFile !== undefined) {
    for (const [key, value] of Object.entries(readConfigFile(configFile))) {
      merged[key] = value;
      origin[key] = `file ${configFile}`;
    }
  }
  for (const key of keys) {
    const value = env[envName(key)];
    if (value !== undefined && value !== '') {
      merged[key] = value;
      origin[key] = `env ${envName(key)}`;
    }
  }
  for (const [key, value] of Object.entries(sources.overrides ?? {})) {
    merged[key] = value;
    origin[key] = 'overrides';
  }
  for (const [key, value] of Object.entries(flags)) {
    if (key === 'config') continue;
    merged[key] = value;
    origin[key] = `flag ${flagName(key)}`;
  }
  const result = configSchema.safeParse(merged);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return `unknown config key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; known keys: ${keys.join(', ')}`;
    }
    const key = issue.path.join('.');
    const top = String(issue.path[0] ?? key);
    const from = origin[top] ?? 'default';
    return `config key "${key}" from ${from}: ${issue.message}; got ${JSON.stringify(merged[top])} (set it with env ${envName(top)} or flag ${flagName(top)})`;
  });
  throw new ConfigError(`invalid configuration:\n  ${problems.join('\n  ')}`);
}

function readConfigFile(path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`config file ${path} cannot be read: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`config file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigError(`config file ${path} must hold a JSON object`);
  }
  return parsed as Record<string, unknown>;
}

function parseFlags(argv: readonly string[]): Record<string, string> {
  const byFlag = new Map<string, string>(keys.map((key) => [flagName(key), key]));
  byFlag.set('--config', 'config');
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const key = byFlag.get(flag);
    if (key === undefined) {
      throw new ConfigError(`unknown flag "${arg}"; known flags: --config, ${keys.map(flagName).join(', ')}`);
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i++;
    }
    if (value === undefined) throw new ConfigError(`flag ${flag} needs a value`);
    out[key] = value;
  }
  return out;
}
