/**
 * The web client on the HTTP port: the page, the esbuild bundle and the content files are
 * served with their content types; nothing outside the table of served files can be reached,
 * whatever the path; `webClient: false` keeps the plain text answer.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { loadWebRoutes, WebRoutes } from '../src/net/web-routes.ts';
import { startTestServer } from './helpers/test-server.ts';
import type { TestServer } from './helpers/test-server.ts';

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

/** A raw request: the path is sent exactly as given (no URL normalisation of `..`). */
function get(port: number, path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

const contentDir = new URL('../../../content/zones/', import.meta.url);

describe('web client routes on the HTTP port', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  after(() => t.close());

  it('serves the page, the bundle and its source map with their content types', async () => {
    const page = await get(t.ports.http, '/');
    assert.equal(page.status, 200);
    assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(page.body.toString(), /<canvas id="world-canvas"/);
    assert.match(page.body.toString(), /<script type="module" src="app.js">/);
    assert.match(String(page.headers['content-security-policy']), /default-src 'self'/);
    assert.equal(page.headers['x-content-type-options'], 'nosniff');
    assert.deepEqual((await get(t.ports.http, '/index.html')).body, page.body);

    const script = await get(t.ports.http, '/app.js');
    assert.equal(script.status, 200);
    assert.equal(script.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.ok(script.body.length > 10_000, 'the bundle holds the client, the SDK and the protocol');
    assert.match(script.body.toString(), /__realmforge/);
    assert.match(script.body.toString(), /sourceMappingURL=app\.js\.map/);
    const map = await get(t.ports.http, '/app.js.map');
    assert.equal(map.status, 200);
    assert.ok((JSON.parse(map.body.toString()) as { sources: string[] }).sources.some((s) => s.endsWith('main.ts')));
  });

  it('compresses text for clients that accept gzip, and answers 304 to a current ETag', async () => {
    const plain = await get(t.ports.http, '/app.js');
    const zipped = await get(t.ports.http, '/app.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.ok(zipped.body.length < plain.body.length / 3);
    assert.deepEqual(gunzipSync(zipped.body), plain.body);
    assert.equal(zipped.headers.vary, 'accept-encoding');
    const etag = String(plain.headers.etag);
    const again = await get(t.ports.http, '/app.js', { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.body.length, 0);
    const head = await get(t.ports.http, '/app.js', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.headers['content-length'], String(plain.body.length));
    assert.equal(head.body.length, 0);
  });

  it('serves the zone maps by zone id and the tileset images', async () => {
    const meadow = await get(t.ports.http, '/content/zones/meadow.tmj');
    assert.equal(meadow.status, 200);
    assert.equal(meadow.headers['content-type'], 'application/json; charset=utf-8');
    assert.deepEqual(meadow.body, readFileSync(new URL('meadow.tmj', contentDir)));
    assert.equal((await get(t.ports.http, '/content/zones/ironwood.tmj')).status, 200);
    const tileset = await get(t.ports.http, '/content/tilesets/basic.png');
    assert.equal(tileset.status, 200);
    assert.equal(tileset.headers['content-type'], 'image/png');
    assert.deepEqual(tileset.body.subarray(0, 8), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    assert.equal(tileset.headers['content-encoding'], undefined, 'images are not gzipped');
    for (const name of ['items.json', 'combat.json']) {
      const file = await get(t.ports.http, `/content/${name}`);
      assert.equal(file.status, 200, name);
      assert.deepEqual(file.body, readFileSync(new URL(`../${name}`, contentDir)), name);
    }
  });

  it('answers 404 to every other path, traversal attempts included', async () => {
    const paths = [
      '/nope',
      '/app.js/',
      '/content/zones/',
      '/content/zones/nowhere.tmj',
      '/content/zones/meadow.json',
      '/content/zones/../../package.json',
      '/content/zones/..%2F..%2Fpackage.json',
      '/content/zones/%2e%2e/%2e%2e/package.json',
      '/content/tilesets/../zones/meadow.tmj',
      '/content/tilesets/..%2fzones%2fmeadow.tmj',
      '/content/tilesets/%2E%2E%5Czones%5Cmeadow.tmj',
      '/content/zones/meadow.tmj%00.png',
      '/content/../package.json',
      '/../../../../etc/passwd',
      '//etc/passwd',
      '/content/zones/./meadow.tmj/..',
      '/packages/server/src/server.ts',
      '/node_modules/esbuild/package.json',
    ];
    for (const path of paths) {
      const answer = await get(t.ports.http, path);
      // The URL parser resolves plain `..` segments before the lookup; what they resolve to
      // must still be a served path or nothing.
      const resolved = new URL(path, 'http://localhost').pathname;
      if (resolved === '/content/zones/meadow.tmj') {
        assert.equal(answer.status, 200, path);
        continue;
      }
      assert.equal(answer.status, 404, `${path} → ${answer.status}`);
      assert.equal(answer.body.toString(), 'not found\n', path);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const answer = await get(t.ports.http, '/', { method: 'POST' });
    assert.equal(answer.status, 405);
    assert.equal(answer.headers.allow, 'GET, HEAD');
  });

  it('the WebSocket endpoint still works beside the page', async () => {
    const client = await t.connect('ws');
    assert.ok((await client.ping()) >= 0);
    client.close();
  });
});

describe('web client routes: what is served from the content directory', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'realmforge-web-'));
    mkdirSync(join(root, 'content', 'zones'), { recursive: true });
    mkdirSync(join(root, 'content', 'tilesets', 'nested'), { recursive: true });
    writeFileSync(join(root, 'secret.txt'), 'secret');
    writeFileSync(join(root, 'content', 'zones', 'file-name.tmj'), JSON.stringify({ properties: [{ name: 'zoneId', value: 'vale' }] }));
    writeFileSync(join(root, 'content', 'zones', 'no-id.tmj'), '{}');
    writeFileSync(join(root, 'content', 'zones', 'notes.txt'), 'not a map');
    writeFileSync(join(root, 'content', 'tilesets', 'a.png'), 'png');
    writeFileSync(join(root, 'content', 'tilesets', 'nested', 'b.png'), 'png');
    writeFileSync(join(root, 'content', 'tilesets', 'readme.md'), 'text');
    symlinkSync(join(root, 'secret.txt'), join(root, 'content', 'tilesets', 'link.png'));
    symlinkSync(join(root, 'secret.txt'), join(root, 'content', 'zones', 'link.tmj'));
  });
  after(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('only regular map and image files, no links, no subdirectories', async () => {
    const routes = await loadWebRoutes(join(root, 'content', 'zones'), () => Promise.resolve(new Map([['/', { contentType: 'text/html; charset=utf-8', body: new TextEncoder().encode('<p>hi</p>') }]])));
    assert.deepEqual(routes.paths, ['/', '/content/tilesets/a.png', '/content/zones/no-id.tmj', '/content/zones/vale.tmj', '/index.html']);
  });

  it('serves the item templates and the combat content the server reads, from where it reads them', async () => {
    writeFileSync(join(root, 'content', 'items.json'), '{"items":[]}');
    writeFileSync(join(root, 'combat-elsewhere.json'), '{"skills":[]}');
    try {
      const routes = await loadWebRoutes(join(root, 'content', 'zones'), () => Promise.resolve(new Map()), join(root, 'combat-elsewhere.json'));
      assert.deepEqual(routes.paths, ['/content/combat.json', '/content/items.json', '/content/tilesets/a.png', '/content/zones/no-id.tmj', '/content/zones/vale.tmj']);
      const defaulted = await loadWebRoutes(join(root, 'content', 'zones'), () => Promise.resolve(new Map()));
      assert.ok(!defaulted.paths.includes('/content/combat.json'), 'no combat.json next to the zones: none served');
    } finally {
      rmSync(join(root, 'content', 'items.json'));
      rmSync(join(root, 'combat-elsewhere.json'));
    }
  });

  it('a content directory without tilesets serves its maps only', async () => {
    rmSync(join(root, 'content', 'tilesets'), { recursive: true });
    const routes = await loadWebRoutes(join(root, 'content', 'zones'), () => Promise.resolve(new Map()));
    assert.deepEqual(routes.paths, ['/content/zones/no-id.tmj', '/content/zones/vale.tmj']);
    assert.ok(routes instanceof WebRoutes);
  });

  it('a failed build is an error that names the config key turning the web client off', async () => {
    await assert.rejects(
      loadWebRoutes(join(root, 'content', 'zones'), () => Promise.reject(new Error('app.ts:1:1: Expected ";"'))),
      /web client could not be built \(set config key "webClient" to false to start without it\): app\.ts:1:1/,
    );
  });
});

describe('webClient: false', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ webClient: false });
  });
  after(() => t.close());

  it('keeps the plain answer and serves no files', async () => {
    for (const path of ['/', '/app.js', '/content/zones/meadow.tmj']) {
      const answer = await get(t.ports.http, path);
      assert.equal(answer.status, 200);
      assert.equal(answer.headers['content-type'], 'text/plain; charset=utf-8');
      assert.match(answer.body.toString(), /connect a game client over WebSocket at \/ws/);
    }
  });
});
