/**
 * The server as a library: `createServer(config)` wires configuration, storage, the world and
 * the transports, and returns a handle to start and stop it. The command line (main.ts) is a
 * thin shell around it; tests and embedders use it directly.
 * @module
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { ErrorCode } from '@realmforge/protocol';
import { AccountService } from './accounts/account-service.ts';
import { openAdminConsole } from './admin/admin-console.ts';
import type { AdminConsole } from './admin/admin-console.ts';
import { LoginThrottle } from './accounts/login-throttle.ts';
import { Anticheat } from './anticheat/anticheat.ts';
import { anticheatSettings } from './anticheat/anticheat-settings.ts';
import { AuditWriter } from './anticheat/audit-writer.ts';
import type { AnticheatSettings } from './anticheat/anticheat-settings.ts';
import { Moderation } from './anticheat/moderation.ts';
import { SuspicionScores } from './anticheat/suspicion-scores.ts';
import { ChatService } from './chat/chat-service.ts';
import { CharacterService } from './characters/character-service.ts';
import { loadConfig } from './config/config.ts';
import type { ServerConfig, ServerConfigInput } from './config/config.ts';
import type { Connection } from './net/connection.ts';
import { ConnectionGate } from './net/connection-gate.ts';
import { DEFAULT_HANDSHAKE_TIMEOUT_MS, listenHttp, listenTcp, listenTls } from './net/listener.ts';
import { TrustedProxies } from './net/trusted-proxies.ts';
import type { ConnectionLimits, Listener } from './net/listener.ts';
import { startIoThreads } from './net/io-threads.ts';
import { ioThreadCount } from './net/io-thread-count.ts';
import { afterContinuations } from './net/after-continuations.ts';
import { flushOutboundDue, flushOutboundNow } from './net/outbound-batch.ts';
import type { IoThreads } from './net/io-threads.ts';
import { loadTlsCredentials } from './net/tls-credentials.ts';
import { loadWebRoutes } from './net/web-routes.ts';
import type { WebRoutes } from './net/web-routes.ts';
import { createLogger } from './ops/logger.ts';
import type { Logger } from './ops/logger.ts';
import { MeasuredStore } from './ops/measured-store.ts';
import { Metrics } from './ops/metrics.ts';
import { startOpsServer } from './ops/ops-server.ts';
import type { OpsServer, ReadinessCheck } from './ops/ops-server.ts';
import { HeartbeatRounds } from './session/heartbeat-rounds.ts';
import { messageRatePolicy } from './session/message-limiter.ts';
import type { MessageRatePolicy } from './session/message-limiter.ts';
import { Realm } from './session/realm.ts';
import { Session } from './session/session.ts';
import type { SessionServices } from './session/session.ts';
import { Social } from './social/social.ts';
import { Economy, STARTER_GOLD } from './economy/economy.ts';
import { followWorld } from './economy/economy-presence.ts';
import { loadItemCatalog } from './economy/item-catalog.ts';
import { loadVendors } from './economy/vendors.ts';
import { TradeService } from './trade/trade-service.ts';
import { openStore } from './store/open-store.ts';
import type { Store } from './store/store.ts';
import { loadCombatContent } from './world/combat/combat-content.ts';
import { CombatSystem } from './world/combat/combat-system.ts';
import { loadWorldContent } from './world/map/tiled-map.ts';
import { checkSpawners, loadNpcContent } from './world/npc/npc-content.ts';
import { createNpcSystem } from './world/npc/npc-system.ts';
import { CombatForNpcs, skillIdsByName } from './world/npc/combat-for-npcs.ts';
import { DeathNotices } from './world/npc/death-notices.ts';
import { DeathAftermath } from './deaths/death-aftermath.ts';
import { movementSystem } from './world/systems/movement.ts';
import { World } from './world/world.ts';
import { DatagramPort } from './net/datagram-port.ts';

/** The ports a running server is bound to. */
export interface BoundPorts {
  /** TCP game port. */
  readonly tcp: number;
  /** TLS 1.3 game port, or undefined when TLS is off. */
  readonly tls: number | undefined;
  /** HTTP(S) port serving WebSocket at /ws. */
  readonly http: number;
  /** Admin HTTP port: /metrics, /healthz, /readyz. */
  readonly admin: number;
  /** UDP port of datagram channels, or undefined when `udpEnabled` is off. */
  readonly udp: number | undefined;
}

/** Options that are objects rather than configuration values. */
export interface ServerOptions {
  /** Logger to use instead of one built from the configuration. */
  readonly logger?: Logger;
  /** An open store to use instead of opening the configured one (tests, embedders); closed by stop. */
  readonly store?: Store;
}

/** A created server. */
export interface RealmforgeServer {
  /** The validated configuration. */
  readonly config: ServerConfig;
  /** Starts storage, world and listeners; resolves once every port is bound. */
  start(): Promise<BoundPorts>;
  /**
   * Graceful shutdown: stop accepting, tell every client why, save every character, close
   * the database. Bounded by `shutdownTimeoutMs`; connections still open then are cut.
   */
  stop(reason?: string): Promise<void>;
  /** The bound ports (after start). */
  readonly ports: BoundPorts | undefined;
  /** The TLS certificate in PEM (after start), so a client can trust a self-signed one. */
  readonly tlsCertificate: string | undefined;
  /** Chat (after start): moderation tools such as `mute(accountId, untilMs)` and `unmute`. */
  readonly chat: ChatService | undefined;
  /**
   * The economy (after start): `grantLoot(characterId, lootTableId, random)` for the NPC death
   * path, `equippedStats(characterId)` for combat, inventories for admin tools.
   */
  readonly economy: Economy | undefined;
  /** Trades (after start): `cancelFor(characterId, 'died')` for the death path. */
  readonly trades: TradeService | undefined;
  /**
   * Moderation (after start): the audit log of cheat detections and sanctions, bans (list,
   * ban for a duration, lift), mutes and kicks. The admin interface calls it.
   */
  readonly moderation: Moderation | undefined;
  /** Sessions currently connected. */
  readonly sessionCount: number;
  /** Connections refused by the per-address limits since start. */
  readonly connectionsRefused: number;
  /** The world (after start): embedders and tests reach zones and entities through it. */
  readonly world: World | undefined;
  /** True between a completed start and the beginning of stop. */
  readonly ready: boolean;
}

/**
 * Creates a server. Accepts a validated config or raw values (validated here, throwing a
 * ConfigError naming the key).
 */
export function createServer(config: ServerConfigInput = {}, options: ServerOptions = {}): RealmforgeServer {
  return new GameServer(loadConfig({ overrides: config }), options);
}

/**
 * With I/O threads, a replicated tick's frames go to the threads this many at a time as they are
 * built (about a millisecond of building at a few µs a frame), so the threads write the first
 * players' frames while the main thread builds the rest, rather than all of them after the tick.
 */
const FRAME_BATCH = 256;

class GameServer implements RealmforgeServer {
  readonly config: ServerConfig;
  ports: BoundPorts | undefined;
  tlsCertificate: string | undefined;
  chat: ChatService | undefined;
  moderation: Moderation | undefined;
  ready = false;
  readonly #anticheatSettings: AnticheatSettings;
  readonly #log: Logger;
  readonly #messageRates: MessageRatePolicy;
  readonly #gate: ConnectionGate;
  #refusalsLoggedAt = Number.NEGATIVE_INFINITY;
  readonly #metrics = new Metrics();
  readonly #givenStore: Store | undefined;
  #ops: OpsServer | undefined;
  readonly #sessions = new Map<Session, Connection>();
  readonly #listeners: Listener[] = [];
  /** How many I/O threads hold the game sockets: `ioThreads`, or what `'auto'` picks for this machine. */
  readonly #ioThreads: number;
  /** The I/O threads holding the TCP and TLS game sockets when there are any. */
  #io: IoThreads | undefined;
  /** The UDP port of datagram channels (udpEnabled). */
  #datagrams: DatagramPort | undefined;
  #store: Store | undefined;
  #world: World | undefined;
  #realm: Realm | undefined;
  #social: Social | undefined;
  economy: Economy | undefined;
  trades: TradeService | undefined;
  #tradeSweep: NodeJS.Timeout | undefined;
  #aftermath: DeathAftermath | undefined;
  /** Registration and login (its password-hashing thread is stopped at shutdown). */
  #accounts: AccountService | undefined;
  #audit: AuditWriter | undefined;
  #web: WebRoutes | undefined;
  #admin: AdminConsole | undefined;
  /** Pings every session once per heartbeat interval, a slice at a time. */
  readonly #heartbeat: HeartbeatRounds<Session>;
  #statsTimer: NodeJS.Timeout | undefined;
  #loopPressureTimer: NodeJS.Timeout | undefined;
  #lateTicksLogged = 0;
  /** Writes what every transport has queued now: a tick's frames, and the replies and pushes beside them. */
  readonly #flushTick = (): void => {
    flushOutboundNow();
    this.#io?.flush();
    this.#datagrams?.flush();
  };
  /**
   * Writes what is due before a turn of ticks: answers to the requests read since the last flush,
   * which would otherwise wait for the ticks (world-clock.ts). Unhurried bodies wait on for the
   * frames; the datagram port carries nothing but frames, which only ticks make.
   */
  readonly #flushBeforeTurn = (): void => {
    flushOutboundDue();
    this.#io?.flush();
  };
  #stopping: Promise<void> | undefined;

  constructor(config: ServerConfig, options: ServerOptions) {
    this.config = config;
    this.#log = options.logger ?? createLogger(config);
    this.#messageRates = messageRatePolicy(config);
    this.#anticheatSettings = anticheatSettings(config);
    this.#ioThreads = ioThreadCount(config.ioThreads, availableParallelism());
    this.#gate = new ConnectionGate({
      maxPerAddress: config.maxConnectionsPerIp,
      rate: { burst: config.connectionBurstPerIp, perSecond: config.connectionsPerSecondPerIp },
    });
    this.#gate.onRefused = (address, verdict, transport) => {
      this.#logRefusal(address, verdict, transport);
    };
    this.#givenStore = options.store;
    this.#heartbeat = new HeartbeatRounds(Math.min(config.heartbeatIntervalMs, config.idleTimeoutMs));
  }

  get world(): World | undefined {
    return this.#world;
  }

  get sessionCount(): number {
    return this.#sessions.size;
  }

  get connectionsRefused(): number {
    return this.#gate.refusedTooMany + this.#gate.refusedTooFast;
  }

  async start(): Promise<BoundPorts> {
    const { config } = this;
    const ops = await startOpsServer({
      host: config.adminHost,
      port: config.adminPort,
      token: config.adminToken,
      metrics: this.#metrics,
      readiness: this.#readinessChecks(),
      readinessTimeoutMs: config.readyTimeoutMs,
      log: this.#log,
      admin: (request, response, path) => this.#serveAdmin(request, response, path),
    });
    this.#ops = ops;
    let store: Store;
    try {
      store = new MeasuredStore(this.#givenStore ?? await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log: this.#log }), this.#metrics);
    } catch (error) {
      await ops.close();
      throw error;
    }
    this.#store = store;
    try {
      const maps = await loadWorldContent(config.contentDir);
      if (config.webClient) this.#web = await loadWebRoutes(config.contentDir, undefined, config.combatContentFile);
      const combat = new CombatSystem(await loadCombatContent(config.combatContentFile));
      const catalog = await loadItemCatalog(resolve(config.contentDir, '..'));
      const npcs = await loadNpcContent(resolve(config.contentDir, '..'), { skills: skillIdsByName(combat.content), lootTables: new Set(catalog.lootTables.keys()) });
      checkSpawners(maps.values(), npcs);
      const deaths = new DeathNotices();
      const world = new World(maps, {
        tickRateHz: config.tickRateHz,
        viewRadius: config.viewRadius,
        hysteresis: config.interestHysteresis,
        cellSize: config.interestCellSize,
        interestPeriod: config.interestPeriod,
        viewCap: config.viewCap,
        seed: config.worldSeed,
        startZone: config.startZone,
        framePacing: config.framePacing,
        distantUpdateStride: config.distantUpdateStride,
        replicationCohorts: config.replicationCohorts,
        systems: [movementSystem, combat, createNpcSystem(npcs, { combat: new CombatForNpcs(combat.content, npcs) }), deaths],
        // A tick's frames leave as soon as it has handed them out, not after the turn's reads;
        // and the answers it settled (combat requests, queued by the awaiting sessions'
        // continuations after this callback returns) once those have run, not after the next
        // turn's reads.
        afterDelivery: () => {
          this.#flushTick();
          afterContinuations(this.#flushTick);
        },
        beforeTurn: this.#flushBeforeTurn,
        // With I/O threads, which write in parallel, the first frames leave while the rest are built.
        ...(this.#ioThreads > 0 ? { frameBatches: { frames: FRAME_BATCH, flush: () => this.#io?.flush() } } : {}),
      });
      const spawn = maps.get(config.startZone)?.spawnPoints.get('default');
      if (spawn === undefined) throw new Error(`start zone "${config.startZone}" has no "default" spawn point`);
      const realm = new Realm(store, world, this.#log, { resumeGraceMs: config.resumeGraceMs, saveIntervalMs: config.saveIntervalMs });
      const social = new Social(world, store, (player) => realm.linkOf(player), { log: this.#log });
      this.#social = social;
      const vendors = await loadVendors(config.contentDir, catalog);
      const economy = new Economy(store, catalog, { log: this.#log, starterGold: STARTER_GOLD });
      const trades = new TradeService(world, economy, (player) => realm.linkOf(player));
      followWorld(world, economy, trades, (player) => realm.linkOf(player), this.#log);
      this.#aftermath = new DeathAftermath({ notices: deaths, economy, trades, log: this.#log });
      this.economy = economy;
      this.trades = trades;
      const chat = new ChatService(world, (player) => realm.linkOf(player), {
        burst: config.chatBurst,
        perSecond: config.chatPerSecond,
        groups: { partyOf: (player) => social.parties.onlineMembers(player), guildOf: (player) => social.guilds.onlineMembers(player) },
      });
      this.#world = world;
      this.#realm = realm;
      this.#metrics.observeWorld(world);
      this.chat = chat;
      const scores = new SuspicionScores(this.#anticheatSettings.halfLifeMs);
      const moderation = new Moderation({ store, live: { realm, chat, scores }, log: this.#log });
      this.moderation = moderation;
      const audit = new AuditWriter({ write: (records) => store.appendAudits(records), log: this.#log });
      this.#audit = audit;
      const anticheat = new Anticheat(this.#anticheatSettings, scores, moderation, audit, this.#log);
      this.#admin = await openAdminConsole({
        configuredToken: config.adminToken,
        dataDir: config.dataDir,
        url: `http://${config.adminHost.includes(':') ? `[${config.adminHost}]` : config.adminHost}:${ops.port}/admin/`,
        world,
        realm,
        chat,
        moderation,
        metrics: this.#metrics,
        sessions: () => this.#sessions.size,
        addressOf: (link) => (link instanceof Session ? link.remoteAddress : undefined),
        log: this.#log,
      });
      const accounts = new AccountService(store, {
        memoryKiB: config.argon2MemoryKib,
        iterations: config.argon2Iterations,
        concurrency: config.passwordHashConcurrency,
        queue: config.passwordHashQueue,
      });
      this.#accounts = accounts;
      if (config.udpEnabled) {
        const datagrams = await DatagramPort.open({ host: config.host, port: config.udpPort, maxDatagramBytes: config.udpMaxDatagramBytes, idleMs: config.udpIdleTimeoutMs, bufferBytes: config.udpBufferBytes, sockets: config.udpSockets, sealing: config.udpSealing });
        this.#datagrams = datagrams;
        if (datagrams.sockets < config.udpSockets) this.#log.warn({ udpSockets: config.udpSockets }, 'this system cannot share a UDP port between sockets (SO_REUSEPORT): the datagram port has one socket, which a busy main thread reads only 32 datagrams a turn from');
        this.#metrics.observeDatagrams(datagrams);
        // Linux reports twice the size it was asked for, capped at net.core.rmem_max.
        if (datagrams.receiveBufferBytes < config.udpBufferBytes) {
          this.#log.warn({ asked: config.udpBufferBytes, granted: datagrams.receiveBufferBytes }, 'the kernel granted the UDP port a smaller receive buffer than udpBufferBytes: inputs may be dropped while a tick runs; raise net.core.rmem_max (and wmem_max)');
        }
      }
      const services: SessionServices = {
        config,
        log: this.#log,
        accounts,
        characters: new CharacterService(store, config.maxCharactersPerAccount, { zone: config.startZone, x: spawn.x, y: spawn.y }),
        realm,
        world,
        messageRates: this.#messageRates,
        logins: new LoginThrottle({
          freeFailures: config.loginFreeFailures,
          backoffBaseMs: config.loginBackoffBaseMs,
          backoffMaxMs: config.loginBackoffMaxMs,
          failureMemoryMs: config.loginFailureMemoryMs,
          addressFailures: { burst: config.loginIpFailureBurst, perSecond: config.loginIpFailuresPerMinute / 60 },
          accountFailures: { burst: config.loginAccountFailureBurst, perSecond: config.loginAccountFailuresPerMinute / 60 },
          maxEntries: config.loginThrottleMaxEntries,
        }),
        chat,
        social,
        economy,
        vendors,
        trades,
        combat,
        anticheat,
        moderation,
        metrics: this.#metrics,
        datagrams: this.#datagrams,
      };
      const accept = (connection: Connection): void => {
        this.#accept(connection, services);
      };
      const outbound = { batching: config.outboundBatching, writes: 0 };
      this.#metrics.observeOutbound(outbound);
      const limits = {
        maxFrameBytes: config.maxFrameBytes,
        maxOutboundBytes: config.maxOutboundBytes,
        outbound,
        gate: this.#gate,
        trustedProxies: new TrustedProxies(config.trustedProxies),
        // A connection still in its TLS handshake or HTTP upgrade has sent nothing complete either.
        handshakeTimeoutMs: Math.min(DEFAULT_HANDSHAKE_TIMEOUT_MS, config.idleTimeoutMs),
        acceptors: config.acceptors,
      };
      const { tcp, tls } = await this.#listenGame(limits, accept);
      const httpCredentials = config.tlsEnabled && config.tlsCertFile !== undefined
        ? await loadTlsCredentials({ certFile: config.tlsCertFile, keyFile: config.tlsKeyFile, dataDir: config.dataDir })
        : undefined;
      const http = await listenHttp(config.host, config.httpPort, httpCredentials, limits, accept, (req, res) => {
        this.#serveHttp(req, res);
      });
      this.#listeners.push(http);
      world.start();
      realm.start();
      social.start();
      this.#tradeSweep = setInterval(() => {
        trades.sweep();
      }, 1000);
      this.#tradeSweep.unref();
      this.#heartbeat.start();
      this.#statsTimer = setInterval(() => {
        this.#logWorldStats(world);
      }, 30_000);
      this.#statsTimer.unref();
      this.#watchLoopPressure(world);
      this.ports = { tcp: tcp.port, tls: tls?.port, http: http.port, admin: ops.port, udp: this.#datagrams?.port };
      this.ready = true;
      this.#log.info({ ports: this.ports, store: store.kind, host: config.host, ioThreads: this.#ioThreads }, 'server started');
      return this.ports;
    } catch (error) {
      for (const listener of this.#listeners) listener.close();
      await this.#io?.close();
      await this.#datagrams?.stop();
      await this.#accounts?.close();
      await store.close();
      await ops.close();
      throw error;
    }
  }

  stop(reason = 'the server is shutting down'): Promise<void> {
    this.#stopping ??= this.#shutdown(reason);
    return this.#stopping;
  }

  async #shutdown(reason: string): Promise<void> {
    this.ready = false;
    const deadline = AbortSignal.timeout(this.config.shutdownTimeoutMs);
    this.#log.info({ reason }, 'shutting down');
    for (const listener of this.#listeners) listener.close();
    this.#heartbeat.stop();
    clearInterval(this.#statsTimer);
    clearInterval(this.#loopPressureTimer);
    this.#admin?.stop();
    this.#social?.stop();
    clearInterval(this.#tradeSweep);
    try {
      await this.#realm?.shutdown(reason);
    } catch (error) {
      this.#log.error({ err: error }, 'saving characters at shutdown failed');
    }
    for (const session of this.#sessions.keys()) session.disconnect(ErrorCode.ERROR_CODE_SERVER_SHUTTING_DOWN, reason);
    await Promise.race([
      Promise.all([...this.#sessions.values()].map((c) => c.done)),
      new Promise((resolve) => {
        deadline.addEventListener('abort', resolve, { once: true });
      }),
    ]);
    for (const connection of this.#sessions.values()) connection.destroy();
    await this.#io?.close();
    await this.#datagrams?.stop();
    this.#world?.stop();
    try {
      await this.#aftermath?.close();
      await this.#accounts?.close();
      await this.#audit?.flush();
      await this.#store?.close();
    } finally {
      // Last, so /readyz answers "shutting down" for as long as the shutdown runs.
      await this.#ops?.close();
    }
    this.#log.info('stopped');
  }

  /**
   * The TCP and TLS game listeners: in this thread, or in `ioThreads` I/O threads sharing each
   * port (net/io-threads.ts). Each listener is in {@link GameServer.#listeners} as soon as it is bound.
   */
  async #listenGame(limits: ConnectionLimits & { readonly handshakeTimeoutMs: number }, accept: (connection: Connection) => void): Promise<{ tcp: Listener; tls: Listener | undefined }> {
    const { config } = this;
    const credentials = config.tlsEnabled ? await loadTlsCredentials({ certFile: config.tlsCertFile, keyFile: config.tlsKeyFile, dataDir: config.dataDir }) : undefined;
    this.tlsCertificate = credentials?.cert;
    if (this.#ioThreads > 0) {
      this.#io = await startIoThreads({
        threads: this.#ioThreads,
        host: config.host,
        tcpPort: config.tcpPort,
        tls: credentials === undefined ? undefined : { port: config.tlsPort, credentials },
        maxFrameBytes: limits.maxFrameBytes,
        maxOutboundBytes: limits.maxOutboundBytes,
        handshakeTimeoutMs: limits.handshakeTimeoutMs,
        outbound: limits.outbound,
        gate: this.#gate,
        accept,
        onCrash: (error) => {
          this.#log.error({ err: error }, 'an I/O thread died; its connections were closed and /readyz fails until a restart');
        },
      });
      const io = this.#io;
      this.#metrics.observeIoThreads(() => io.busyMs());
      this.#listeners.push(io.tcp, ...(io.tls === undefined ? [] : [io.tls]));
      return { tcp: this.#io.tcp, tls: this.#io.tls };
    }
    const tcp = await listenTcp(config.host, config.tcpPort, limits, accept);
    this.#listeners.push(tcp);
    const tls = credentials === undefined ? undefined : await listenTls(config.host, config.tlsPort, credentials, limits, accept);
    if (tls !== undefined) this.#listeners.push(tls);
    return { tcp, tls };
  }

  /** What /readyz checks: started and not stopping, the world loaded, the database answering. */
  #readinessChecks(): Record<string, ReadinessCheck> {
    return {
      server: () => {
        if (this.ready) return undefined;
        return this.#stopping === undefined ? 'starting' : 'shutting down';
      },
      world: () => (this.#world === undefined ? 'not loaded' : undefined),
      // Only with I/O threads, so the default body is unchanged.
      ...(this.#ioThreads > 0 ? { io: () => (this.#io === undefined ? 'not started' : this.#io.failure?.message) } : {}),
      store: async () => {
        if (this.#store === undefined) return 'not open';
        await this.#store.ping();
        return undefined;
      },
    };
  }

  /** Refusals can come by the thousand in a flood: logged at most every 10 s, with totals. */
  #logRefusal(address: string, verdict: string, transport: string): void {
    const now = performance.now();
    if (now - this.#refusalsLoggedAt < 10_000) return;
    this.#refusalsLoggedAt = now;
    this.#log.warn(
      { address, verdict, transport, refusedTooMany: this.#gate.refusedTooMany, refusedTooFast: this.#gate.refusedTooFast },
      'refusing connections over the per-address limits',
    );
  }

  #accept(connection: Connection, services: SessionServices): void {
    if (!this.ready) {
      connection.destroy();
      return;
    }
    const session = new Session(connection, services);
    this.#sessions.set(session, connection);
    this.#heartbeat.add(session);
    this.#metrics.sessionOpened(connection);
    void session.run().finally(() => {
      this.#sessions.delete(session);
      this.#heartbeat.delete(session);
      this.#metrics.sessionClosed(connection, session.endReason);
    });
  }

  /**
   * Tells the world each second how busy the main thread's event loop was (graceful
   * degradation under a saturated thread, LoopPressure), and logs when that changes the
   * distant stride.
   */
  #watchLoopPressure(world: World): void {
    let before = performance.eventLoopUtilization();
    let factor = 1;
    let thin = false;
    let cohorts = 1;
    this.#loopPressureTimer = setInterval(() => {
      const now = performance.eventLoopUtilization();
      const busy = performance.eventLoopUtilization(now, before).utilization;
      before = now;
      const next = world.observeLoopBusy(busy);
      const nextThin = world.thinReplication;
      const nextCohorts = world.requestedCohorts;
      if (next === factor && nextThin === thin && nextCohorts === cohorts) return;
      factor = next;
      thin = nextThin;
      cohorts = nextCohorts;
      const message = cohorts > 1
        ? `main thread saturated: players served in ${cohorts} cohorts, a share at every tick`
        : thin
          ? 'main thread saturated: distant entities replicated less often, and frames at most every other tick'
          : factor > 1 ? 'main thread saturated: distant entities replicated less often' : 'main thread no longer saturated: distant entities at the configured rate';
      this.#log.info({ mainThreadBusy: Math.round(busy * 1000) / 1000, distantStrideFactor: factor, thinReplication: thin, replicationCohorts: cohorts }, message);
    }, 1000);
    this.#loopPressureTimer.unref();
  }

  /** Tick timing per zone, overruns and degradation: visible in the logs until metrics exist. */
  #logWorldStats(world: World): void {
    const zones = Object.fromEntries([...world.zones.values()].map((zone) => {
      const stats = world.zoneStats(zone.id);
      return [zone.id, { players: zone.playerCount, entities: zone.population, p50Ms: stats?.quantile(0.5), p99Ms: stats?.quantile(0.99) }];
    }));
    const { stats } = world;
    const summary = { tick: world.tick, p50Ms: stats.quantile(0.5), p99Ms: stats.quantile(0.99), overruns: stats.overruns, skipped: stats.skipped, caughtUp: stats.caughtUp, degraded: stats.degraded, sessions: this.#sessions.size, zones };
    // The counters only grow: warn when they grew since the last line, not forever after one.
    const late = stats.overruns + stats.skipped;
    if (late > this.#lateTicksLogged) this.#log.warn(summary, 'world ticks ran long');
    else this.#log.info(summary, 'world stats');
    this.#lateTicksLogged = late;
  }

  /** The admin port's `/admin` paths: the dashboard once the world is up, 503 before. */
  async #serveAdmin(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    if (this.#admin === undefined) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '1' });
      response.end('the server is starting; the admin dashboard is not up yet\n');
      return;
    }
    await this.#admin.routes.handle(request, response, path);
  }

  #serveHttp(request: IncomingMessage, response: ServerResponse): void {
    if (this.#web !== undefined) {
      this.#web.handle(request, response);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(`${this.config.serverName}: connect a game client over WebSocket at /ws\n`);
  }
}
