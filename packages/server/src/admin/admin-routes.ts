/**
 * The admin dashboard on the admin port, under `/admin`: the page and its script (public:
 * they hold no secret, and the page asks for the token), and the JSON API under `/admin/api/`,
 * where every route requires `Authorization: Bearer <admin token>` (compared in constant time)
 * and answers 401 without it. Request bodies are small JSON objects validated with zod; bad
 * input gets 400 with a code and a message, an unknown player 404, and nothing half-applies.
 *
 * | method | path | what |
 * | --- | --- | --- |
 * | GET | `/admin/api/vitals?after=<seq>` | the sampler's samples after `seq` |
 * | GET | `/admin/api/zones` | every zone: id, size, counts |
 * | GET | `/admin/api/zones/<zone>` | the zone's entities for the minimap |
 * | GET | `/admin/api/players/<name>` | player lookup |
 * | POST | `/admin/api/players/<name>/kick` | `{reason}` |
 * | POST | `/admin/api/players/<name>/mute` | `{minutes, reason}` |
 * | POST | `/admin/api/players/<name>/unmute` | |
 * | GET | `/admin/api/bans` | bans in force |
 * | POST | `/admin/api/bans` | `{account, minutes, reason}`: ban an account (username or id) |
 * | POST | `/admin/api/bans/<account>/lift` | lift the account's bans |
 * | GET | `/admin/api/audit?limit=<n>&account=<account>` | anti-cheat detections and sanctions, newest first |
 * | POST | `/admin/api/broadcast` | `{text}`: a ServerNotice to every player |
 * @module
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { BearerToken } from '../ops/bearer-token.ts';
import type { Logger } from '../ops/logger.ts';
import { WebRoutes } from '../net/web-routes.ts';
import type { WebClientBuilder } from '../net/web-routes.ts';
import type { World } from '../world/world.ts';
import { AdminRefusal } from './admin-refusal.ts';
import type { GameMaster } from './game-master.ts';
import type { VitalsSampler } from './vitals-sampler.ts';
import { zoneSnapshot, zoneSummaries } from './zone-snapshot.ts';

/** Largest request body the API reads, bytes. */
const MAX_BODY_BYTES = 16 * 1024;

/** What the routes serve from. */
export interface AdminRoutesOptions {
  /** The admin token. */
  readonly token: string;
  /** The live figures. */
  readonly vitals: VitalsSampler;
  /** The world, for zones and the minimap. */
  readonly world: World;
  /** The operator's tools. */
  readonly gameMaster: GameMaster;
  /** Builds the dashboard page and script (on first use). */
  readonly dashboard: WebClientBuilder;
  /** Where failures are logged. */
  readonly log: Logger;
}

/** Sanctions last whole minutes, up to ten years (the anti-cheat's longest ban). */
const minutes = z.number().int().min(1).max(10 * 365 * 24 * 60);
const reason = z.string().trim().min(1).max(200);
const kickBody = z.strictObject({ reason });
const muteBody = z.strictObject({ minutes, reason });
const banBody = z.strictObject({ account: z.string().trim().min(1).max(64), minutes, reason });
const broadcastBody = z.strictObject({ text: z.string().max(4096) });
const emptyBody = z.strictObject({});
const afterQuery = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).catch(0);
const limitQuery = z.coerce.number().int().min(1).max(1000).catch(100);

/** Serves `/admin`: the dashboard page and its API. */
export class AdminRoutes {
  readonly #options: AdminRoutesOptions;
  readonly #token: BearerToken;
  #pages: Promise<WebRoutes> | undefined;

  /** @param options - token, sources and tools */
  constructor(options: AdminRoutesOptions) {
    this.#options = options;
    this.#token = new BearerToken(options.token);
  }

  /** Answers one request under `/admin`. */
  async handle(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    if (!path.startsWith('/admin/api/')) {
      await this.#servePage(request, response, path);
      return;
    }
    if (!this.#token.admits(request)) {
      sendJson(response, 401, { error: 'unauthorized', message: 'an admin token is required: Authorization: Bearer <token>' }, { 'www-authenticate': 'Bearer realm="realmforge-admin"' });
      return;
    }
    try {
      const result = await this.#api(request, path.slice('/admin/api/'.length));
      sendJson(response, 200, result);
    } catch (error) {
      if (error instanceof AdminRefusal) {
        sendJson(response, error.status, { error: error.code, message: error.message });
        return;
      }
      throw error;
    }
  }

  async #api(request: IncomingMessage, route: string): Promise<unknown> {
    const method = request.method ?? 'GET';
    const parts = route.split('/').map(decodePart);
    const actor = `admin@${request.socket.remoteAddress ?? 'unknown'}`;
    const { gameMaster } = this.#options;
    const query = new URL(request.url ?? '', 'http://localhost').searchParams;
    const [first, second, third] = parts;
    if (method === 'GET' && parts.length === 1 && first === 'vitals') {
      const after = afterQuery.parse(query.get('after') ?? 0);
      return { intervalMs: this.#options.vitals.intervalMs, samples: this.#options.vitals.since(after) };
    }
    if (method === 'GET' && parts.length === 1 && first === 'zones') return { zones: zoneSummaries(this.#options.world) };
    if (method === 'GET' && parts.length === 2 && first === 'zones' && second !== undefined) {
      const snapshot = zoneSnapshot(this.#options.world, second);
      if (snapshot === undefined) throw new AdminRefusal(404, 'zone_not_found', `no zone "${second.slice(0, 64)}"`);
      return snapshot;
    }
    if (first === 'players' && second !== undefined) {
      if (method === 'GET' && parts.length === 2) return gameMaster.lookup(second);
      if (method === 'POST' && parts.length === 3) {
        switch (third) {
          case 'kick': {
            const body = await readBody(request, kickBody);
            return { kicked: await gameMaster.kick(second, body.reason, actor) };
          }
          case 'mute': {
            const body = await readBody(request, muteBody);
            return { mutedUntilMs: await gameMaster.mute(second, body.minutes, body.reason, actor) };
          }
          case 'unmute':
            await readBody(request, emptyBody);
            return { wasMuted: await gameMaster.unmute(second, actor) };
          default:
            break;
        }
      }
    }
    if (first === 'bans') {
      if (method === 'GET' && parts.length === 1) return { bans: await gameMaster.bans() };
      if (method === 'POST' && parts.length === 1) {
        const body = await readBody(request, banBody);
        return { ban: await gameMaster.ban(body.account, body.minutes, body.reason, actor) };
      }
      if (method === 'POST' && parts.length === 3 && second !== undefined && third === 'lift') {
        await readBody(request, emptyBody);
        return { lifted: await gameMaster.unban(second, actor) };
      }
    }
    if (method === 'GET' && parts.length === 1 && first === 'audit') {
      const account = query.get('account') ?? '';
      return { entries: await gameMaster.audit(limitQuery.parse(query.get('limit') ?? 100), account === '' ? undefined : account) };
    }
    if (method === 'POST' && parts.length === 1 && first === 'broadcast') {
      const body = await readBody(request, broadcastBody);
      return { delivered: gameMaster.broadcast(body.text, actor) };
    }
    throw new AdminRefusal(404, 'no_such_route', `no admin API route ${method} /admin/api/${route.slice(0, 100)}`);
  }

  async #servePage(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    if (path === '/admin') {
      response.writeHead(308, { location: '/admin/' });
      response.end();
      return;
    }
    this.#pages ??= this.#options.dashboard().then(
      (files) => new WebRoutes(files),
      (error: unknown) => {
        this.#pages = undefined;
        throw error;
      },
    );
    let pages: WebRoutes;
    try {
      pages = await this.#pages;
    } catch (error) {
      this.#options.log.error({ err: error }, 'the admin dashboard could not be built');
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`the admin dashboard could not be built: ${error instanceof Error ? error.message : String(error)}\n`);
      return;
    }
    pages.handle(request, response);
  }
}

function decodePart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new AdminRefusal(400, 'bad_path', 'the path is not valid percent-encoding');
  }
}

/** Reads and validates a JSON body (an empty body counts as `{}`). */
async function readBody<T extends z.ZodType>(request: IncomingMessage, schema: T): Promise<z.infer<T>> {
  const type = request.headers['content-type'] ?? '';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new AdminRefusal(413, 'body_too_large', `the body is over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  let value: unknown = {};
  if (text.trim() !== '') {
    if (!/^application\/json\b/i.test(type)) throw new AdminRefusal(415, 'unsupported_media_type', 'send the body as application/json');
    try {
      value = JSON.parse(text);
    } catch {
      throw new AdminRefusal(400, 'bad_json', 'the body is not valid JSON');
    }
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    throw new AdminRefusal(400, 'invalid_argument', `${field === '' ? 'body' : `"${field}"`}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  response.end(JSON.stringify(body));
}
