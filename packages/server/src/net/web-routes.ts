/**
 * The browser client on the HTTP port (config `webClient`, on by default): `/` is the page,
 * `/app.js` the bundle that @realmforge/web builds with esbuild at start, and `/content/...`
 * the zone maps and tileset images the page draws the world from.
 *
 * Every file that can be served is found once, at start, and kept in memory under its URL
 * path; a request is answered by an exact lookup of its path in that table, never by joining
 * it to a file-system path, so no request (`..`, `%2e%2e`, encoded slashes, absolute paths)
 * can reach a file outside the table. Served content files: the regular files `*.tmj` in the
 * content directory (`contentDir`), under `/content/zones/<zoneId>.tmj`, and the images in its
 * sibling `tilesets/` directory (where the maps' tilesets point), under
 * `/content/tilesets/<file>`; the item templates (`items.json` next to the zones directory, where
 * the economy reads them) under `/content/items.json`; and the combat content (config
 * `combatContentFile`) under `/content/combat.json`, so the page names items and skills as the
 * server defines them. Symbolic links and subdirectories are not followed.
 * @module
 */
import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A file the web routes serve. */
export interface WebFile {
  /** The Content-Type header value. */
  readonly contentType: string;
  /** The bytes. */
  readonly body: Uint8Array;
}

/** Builds the browser client: URL path → file (what `@realmforge/web/bundle` returns). */
export type WebClientBuilder = () => Promise<ReadonlyMap<string, WebFile>>;

interface Served extends WebFile {
  readonly etag: string;
  readonly gzip: Uint8Array | undefined;
}

const TILESET_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.tsj': 'application/json; charset=utf-8',
};

const PAGE_SECURITY_POLICY = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "frame-ancestors 'none'",
].join('; ');

/** Answers the HTTP port's plain requests with the web client and the content it needs. */
export class WebRoutes {
  readonly #files: ReadonlyMap<string, Served>;

  /** @param files - URL path → file; use {@link loadWebRoutes} to build it from the content directory */
  constructor(files: ReadonlyMap<string, WebFile>) {
    const served = new Map<string, Served>();
    for (const [path, file] of files) {
      const compressible = /^(text\/|application\/json)/.test(file.contentType) && file.body.length >= 1024;
      served.set(path, {
        ...file,
        etag: `"${createHash('sha256').update(file.body).digest('base64url').slice(0, 27)}"`,
        gzip: compressible ? gzipSync(file.body) : undefined,
      });
    }
    const page = served.get('/');
    if (page !== undefined) served.set('/index.html', page);
    this.#files = served;
  }

  /** The URL paths served, sorted (for logs and tests). */
  get paths(): string[] {
    return [...this.#files.keys()].sort();
  }

  /** Answers one request: the file, 304 when the client's copy is current, 404 or 405 otherwise. */
  handle(request: IncomingMessage, response: ServerResponse): void {
    let path: string;
    try {
      path = new URL(request.url ?? '/', 'http://localhost').pathname;
    } catch {
      path = '';
    }
    const file = this.#files.get(path);
    if (file === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' });
      response.end('not found\n');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      response.end('method not allowed\n');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': file.contentType,
      etag: file.etag,
      // Revalidate every time: the bundle changes whenever the server restarts with new sources.
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      vary: 'accept-encoding',
    };
    if (file.contentType.startsWith('text/html')) headers['content-security-policy'] = PAGE_SECURITY_POLICY;
    if (request.headers['if-none-match'] === file.etag) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    const acceptsGzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const gzip = acceptsGzip ? file.gzip : undefined;
    const body = gzip ?? file.body;
    if (gzip !== undefined) headers['content-encoding'] = 'gzip';
    headers['content-length'] = String(body.length);
    response.writeHead(200, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  }
}

/**
 * Builds the web client and gathers the content files into {@link WebRoutes}.
 * @param contentDir - the directory of zone maps (config `contentDir`)
 * @param builder - builds the client; by default `@realmforge/web/bundle`'s esbuild build
 * @param combatContentFile - the combat content (config `combatContentFile`); by default `combat.json` next to the zones directory
 * @throws Error naming the failure and the `webClient` key that turns the web client off
 */
export async function loadWebRoutes(contentDir: string, builder?: WebClientBuilder, combatContentFile = resolve(contentDir, '..', 'combat.json')): Promise<WebRoutes> {
  let client: ReadonlyMap<string, WebFile>;
  try {
    client = await (builder ?? (async () => (await import('@realmforge/web/bundle')).buildWebClient()))();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`the web client could not be built (set config key "webClient" to false to start without it): ${reason}`, { cause: error });
  }
  const files = new Map<string, WebFile>(client);
  for (const [name, body] of await regularFiles(contentDir, (n) => n.endsWith('.tmj'))) {
    files.set(`/content/zones/${encodeURIComponent(zoneIdOf(body) ?? name.slice(0, -'.tmj'.length))}.tmj`, {
      contentType: 'application/json; charset=utf-8',
      body,
    });
  }
  for (const [name, body] of await regularFiles(resolve(contentDir, '..', 'tilesets'), (n) => tilesetType(n) !== undefined)) {
    files.set(`/content/tilesets/${encodeURIComponent(name)}`, { contentType: tilesetType(name) ?? 'application/octet-stream', body });
  }
  for (const [path, file] of [['/content/items.json', resolve(contentDir, '..', 'items.json')], ['/content/combat.json', combatContentFile]] as const) {
    const body = await optionalFile(file);
    if (body !== undefined) files.set(path, { contentType: 'application/json; charset=utf-8', body });
  }
  return new WebRoutes(files);
}

function tilesetType(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? undefined : TILESET_TYPES[name.slice(dot).toLowerCase()];
}

/** The regular files (no links, no directories) of a directory that pass `accept`; none when it does not exist. */
async function regularFiles(directory: string, accept: (name: string) => boolean): Promise<[string, Uint8Array][]> {
  let entries: Dirent[];
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files: [string, Uint8Array][] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isFile() && accept(entry.name)) files.push([entry.name, await readFile(join(directory, entry.name))]);
  }
  return files;
}

/** A file's bytes, or undefined when it does not exist. */
async function optionalFile(file: string): Promise<Uint8Array | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The map's `zoneId` property (the id the world and the client use), if the file has one. */
function zoneIdOf(body: Uint8Array): string | undefined {
  try {
    const json = JSON.parse(new TextDecoder().decode(body)) as { properties?: { name?: unknown; value?: unknown }[] };
    const value = json.properties?.find((p) => p.name === 'zoneId')?.value;
    return typeof value === 'string' && value !== '' ? value : undefined;
  } catch {
    return undefined;
  }
}
