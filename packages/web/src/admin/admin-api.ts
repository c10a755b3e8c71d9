/**
 * The dashboard's side of the admin API (served on the admin port under `/admin/api/`; see
 * packages/server/src/admin/admin-routes.ts): typed calls that send the token as
 * `Authorization: Bearer …`. The shapes below mirror the server's JSON; the dashboard never
 * imports server code.
 * @module
 */

/** Tick timing of one zone. */
export interface ZoneVitals {
  /** Median tick duration, ms. */
  readonly p50Ms: number;
  /** 99th percentile tick duration, ms. */
  readonly p99Ms: number;
  /** Players in the zone. */
  readonly players: number;
  /** Entities in the zone. */
  readonly entities: number;
}

/** One sample of the server's figures (the server's `Vitals`). */
export interface Vitals {
  /** Sample number. */
  readonly seq: number;
  /** When, ms since the epoch. */
  readonly atMs: number;
  /** Sessions connected. */
  readonly sessions: number;
  /** Characters in the world. */
  readonly playersInWorld: number;
  /** Client messages per second. */
  readonly messagesInPerSecond: number;
  /** Server messages per second. */
  readonly messagesOutPerSecond: number;
  /** Bytes in per second. */
  readonly bytesInPerSecond: number;
  /** Bytes out per second. */
  readonly bytesOutPerSecond: number;
  /** Tick timing by zone. */
  readonly zones: Readonly<Record<string, ZoneVitals>>;
  /** Event-loop delay p99, ms. */
  readonly eventLoopLagP99Ms: number;
  /** Event-loop delay max, ms. */
  readonly eventLoopLagMaxMs: number;
  /** Resident memory, bytes. */
  readonly rssBytes: number;
  /** V8 heap used, bytes. */
  readonly heapUsedBytes: number;
  /** CPU, percent of one core. */
  readonly cpuPercent: number;
  /** The main thread's event loop busy, percent of the time. */
  readonly mainThreadBusyPercent: number;
  /** Every how many ticks the last replicated tick sent distant entities' movement (graceful degradation raises it). */
  readonly distantStride: number;
  /** Database operations per second. */
  readonly storeOperationsPerSecond: number;
  /** Their mean duration, ms (null when there were none). */
  readonly storeMeanMs: number | null;
  /** What the sample cost the server, µs. */
  readonly sampleCostUs: number;
}

/** A zone in the zone list. */
export interface ZoneSummary {
  /** Zone id. */
  readonly zone: string;
  /** Metres. */
  readonly width: number;
  /** Metres. */
  readonly height: number;
  /** Players in it. */
  readonly players: number;
  /** Entities in it. */
  readonly entities: number;
}

/** `[kind, x, y, health 0..1, name]`. */
export type EntityMark = [kind: 'player' | 'npc', x: number, y: number, health: number, name: string];

/** A zone's entities for the minimap. */
export interface ZoneSnapshot {
  /** Zone id. */
  readonly zone: string;
  /** Metres. */
  readonly width: number;
  /** Metres. */
  readonly height: number;
  /** The zone's tick. */
  readonly tick: number;
  /** Its entities. */
  readonly entities: EntityMark[];
  /** More entities than listed. */
  readonly truncated: boolean;
}

/** The player lookup's answer. */
export interface PlayerReport {
  /** Character id. */
  readonly characterId: string;
  /** Character name. */
  readonly name: string;
  /** Zone id. */
  readonly zone: string;
  /** Metres. */
  readonly x: number;
  /** Metres. */
  readonly y: number;
  /** Hit points. */
  readonly hitPoints: number;
  /** Maximum hit points. */
  readonly maxHitPoints: number;
  /** Level. */
  readonly level: number;
  /** Account id. */
  readonly accountId: string;
  /** Account name. */
  readonly username?: string;
  /** A session is connected. */
  readonly connected: boolean;
  /** Its id. */
  readonly sessionId?: string;
  /** Its address. */
  readonly address?: string;
  /** Mute end, ms since the epoch. */
  readonly mutedUntilMs?: number;
  /** Anti-cheat suspicion now. */
  readonly suspicion: number;
}

/** A ban in force. */
export interface Ban {
  /** Ban id. */
  readonly id: string;
  /** The banned account. */
  readonly accountId: string;
  /** Why. */
  readonly reason: string;
  /** Who banned it (`admin@<address>`, or `anticheat`). */
  readonly createdBy: string;
  /** When, ms since the epoch. */
  readonly createdAt: number;
  /** When it ends, ms since the epoch. */
  readonly endsAt: number;
}

/** An anti-cheat audit entry: a detection or a sanction. */
export interface AuditEntry {
  /** Entry id. */
  readonly id: string;
  /** When, ms since the epoch. */
  readonly at: number;
  /** The account. */
  readonly accountId: string;
  /** `detection` or `sanction`. */
  readonly kind: string;
  /** Detection name (`clock_drift`, …) or sanction (`kick`, `ban`, …). */
  readonly name: string;
  /** Suspicion at the time. */
  readonly suspicion: number;
  /** What the client sent (or what led to a sanction). */
  readonly sent: string;
  /** What the server expected (or what was done). */
  readonly expected: string;
  /** Occurrences folded into the entry. */
  readonly occurrences: number;
  /** Who recorded it. */
  readonly actor: string;
}

/** The API refused a call: HTTP status, the server's code and message. */
export class AdminApiError extends Error {
  /** HTTP status (401: the token is wrong or missing). */
  readonly status: number;
  /** The server's stable code, e.g. `player_not_found`. */
  readonly code: string;

  /**
   * @param status - HTTP status
   * @param code - the server's code
   * @param message - the server's message
   */
  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'AdminApiError';
    this.status = status;
    this.code = code;
  }
}

/** The admin API with one token. */
export class AdminApi {
  readonly #token: string;

  /** @param token - the admin token */
  constructor(token: string) {
    this.#token = token;
  }

  /** Samples after `afterSeq`. */
  vitals(afterSeq: number): Promise<{ intervalMs: number; samples: Vitals[] }> {
    return this.#call('GET', `vitals?after=${afterSeq}`);
  }

  /** Every zone. */
  async zones(): Promise<ZoneSummary[]> {
    return (await this.#call<{ zones: ZoneSummary[] }>('GET', 'zones')).zones;
  }

  /** A zone's entities. */
  zone(id: string): Promise<ZoneSnapshot> {
    return this.#call('GET', `zones/${encodeURIComponent(id)}`);
  }

  /** Looks a character up by name. */
  player(name: string): Promise<PlayerReport> {
    return this.#call('GET', `players/${encodeURIComponent(name)}`);
  }

  /** Kicks a character's player. */
  kick(name: string, reason: string): Promise<{ kicked: boolean }> {
    return this.#call('POST', `players/${encodeURIComponent(name)}/kick`, { reason });
  }

  /** Mutes a character's account. */
  mute(name: string, minutes: number, reason: string): Promise<{ mutedUntilMs: number }> {
    return this.#call('POST', `players/${encodeURIComponent(name)}/mute`, { minutes, reason });
  }

  /** Lifts a mute. */
  unmute(name: string): Promise<{ wasMuted: boolean }> {
    return this.#call('POST', `players/${encodeURIComponent(name)}/unmute`, {});
  }

  /** Bans in force. */
  async bans(): Promise<Ban[]> {
    return (await this.#call<{ bans: Ban[] }>('GET', 'bans')).bans;
  }

  /** Bans an account (username or id) for some minutes. */
  ban(account: string, minutes: number, reason: string): Promise<{ ban: Ban }> {
    return this.#call('POST', 'bans', { account, minutes, reason });
  }

  /** Lifts an account's bans. */
  lift(account: string): Promise<{ lifted: number }> {
    return this.#call('POST', `bans/${encodeURIComponent(account)}/lift`, {});
  }

  /** Recent detections and sanctions, newest first. */
  async audit(limit: number): Promise<AuditEntry[]> {
    return (await this.#call<{ entries: AuditEntry[] }>('GET', `audit?limit=${limit}`)).entries;
  }

  /** Sends a server notice to every player. */
  broadcast(text: string): Promise<{ delivered: number }> {
    return this.#call('POST', 'broadcast', { text });
  }

  async #call<T>(method: 'GET' | 'POST', route: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.#token}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`/admin/api/${route}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
    const json = (await response.json().catch(() => ({}))) as { error?: string; message?: string };
    if (!response.ok) throw new AdminApiError(response.status, json.error ?? 'error', json.message ?? response.statusText);
    return json as T;
  }
}
