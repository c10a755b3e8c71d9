/**
 * Puts the admin dashboard together for a running server: resolves the admin token, starts
 * the vitals sampler, builds the moderation tools and the routes, and logs where the
 * dashboard is and where its token comes from (never the token itself).
 * @module
 */
import type { Moderation } from '../anticheat/moderation.ts';
import type { ChatService } from '../chat/chat-service.ts';
import type { Logger } from '../ops/logger.ts';
import type { Metrics } from '../ops/metrics.ts';
import type { WebClientBuilder } from '../net/web-routes.ts';
import type { PlayerLink, Realm } from '../session/realm.ts';
import type { World } from '../world/world.ts';
import { AdminRoutes } from './admin-routes.ts';
import { resolveAdminToken } from './admin-token.ts';
import { GameMaster } from './game-master.ts';
import { VitalsSampler } from './vitals-sampler.ts';

/** What the dashboard is built from. */
export interface AdminConsoleParts {
  /** `adminToken` from the configuration, if set. */
  readonly configuredToken: string | undefined;
  /** The data directory, where a generated token is kept. */
  readonly dataDir: string;
  /** The dashboard's URL, for the log line. */
  readonly url: string;
  /** The world. */
  readonly world: World;
  /** Who is online. */
  readonly realm: Realm;
  /** Chat and its mutes. */
  readonly chat: ChatService;
  /** Sanctions, bans and the audit log (the anti-cheat's moderation service). */
  readonly moderation: Moderation;
  /** Running totals for the charts. */
  readonly metrics: Metrics;
  /** Client sessions connected now. */
  readonly sessions: () => number;
  /** A connected session's client address. */
  readonly addressOf: (link: PlayerLink) => string | undefined;
  /** Builds the page and script; by default `@realmforge/web/bundle`'s dashboard build. */
  readonly dashboard?: WebClientBuilder;
  /** Logger. */
  readonly log: Logger;
}

/** A running admin dashboard. */
export interface AdminConsole {
  /** The routes the admin port hands `/admin` requests to. */
  readonly routes: AdminRoutes;
  /** Stops the sampler. */
  stop(): void;
}

/**
 * Starts the dashboard's parts.
 * @throws the file system's error when no token is configured and the generated one can be
 *   neither read nor written in the data directory
 */
export async function openAdminConsole(parts: AdminConsoleParts): Promise<AdminConsole> {
  const { token, source } = await resolveAdminToken(parts.configuredToken, parts.dataDir);
  const vitals = new VitalsSampler({ traffic: () => parts.metrics.traffic(), sessions: parts.sessions, world: parts.world });
  const gameMaster = new GameMaster({ world: parts.world, realm: parts.realm, chat: parts.chat, moderation: parts.moderation, addressOf: parts.addressOf, log: parts.log });
  const routes = new AdminRoutes({
    token,
    vitals,
    world: parts.world,
    gameMaster,
    dashboard: parts.dashboard ?? (async () => (await import('@realmforge/web/bundle')).buildAdminDashboard()),
    log: parts.log,
  });
  vitals.start();
  if (source === 'config') parts.log.info({ url: parts.url, tokenFrom: 'config key adminToken' }, 'admin dashboard');
  else parts.log.info({ url: parts.url, tokenFile: source.file, tokenCreated: source.created }, 'admin dashboard; its token is in tokenFile (config key adminToken sets one instead)');
  return {
    routes,
    stop: () => {
      vitals.stop();
    },
  };
}
