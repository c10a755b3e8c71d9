/**
 * Builds the browser pages in memory (Node only). The game client: esbuild bundles the
 * TypeScript sources under `src/app/` with the client SDK and the protocol into one minified
 * ES module, `app.js`, with a linked source map; `public/index.html` is the page. The admin
 * dashboard: `src/admin/` with uPlot (and uPlot's stylesheet) into `/admin/dashboard.js` and
 * `/admin/dashboard.css`; `public/admin.html` is the page. Nothing is written to disk and no
 * built file is committed: the server builds the game client at start (about a tenth of a
 * second) and the dashboard when it is first opened, and keeps the result in memory, so a
 * bundle always matches the sources it runs with.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/** One file of the web client as served: its content type and bytes. */
export interface WebAsset {
  /** The Content-Type header value. */
  readonly contentType: string;
  /** The body. */
  readonly body: Uint8Array;
}

/** A built page: URL path (from the site root, e.g. `/app.js`) to file. */
export type WebClientBuild = ReadonlyMap<string, WebAsset>;

/** The web client could not be built; the message carries esbuild's diagnostics. */
export class WebClientBuildError extends Error {
  /** @param message - what failed, with file and line where esbuild gave them */
  constructor(message: string) {
    super(message);
    this.name = 'WebClientBuildError';
  }
}

const packageRoot = new URL('../', import.meta.url);
let cached: Promise<WebClientBuild> | undefined;
let cachedDashboard: Promise<WebClientBuild> | undefined;

/**
 * Builds the web client once per process and returns the same result afterwards (a failed
 * build is not cached, so a later call tries again).
 * @throws WebClientBuildError when esbuild reports errors or the page is missing
 */
export function buildWebClient(): Promise<WebClientBuild> {
  cached ??= build({ what: 'the web client', entry: 'src/app/main.ts', name: 'app', urlDir: '/', page: 'public/index.html' }).catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

/**
 * Builds the admin dashboard once per process (served on the admin port under `/admin/`) and
 * returns the same result afterwards; a failed build is not cached.
 * @throws WebClientBuildError when esbuild reports errors or the page is missing
 */
export function buildAdminDashboard(): Promise<WebClientBuild> {
  cachedDashboard ??= build({
    what: 'the admin dashboard',
    entry: 'src/admin/main.ts',
    name: 'dashboard',
    urlDir: '/admin/',
    page: 'public/admin.html',
    stylesheet: 'uplot/dist/uPlot.min.css',
  }).catch(
    (error: unknown) => {
      cachedDashboard = undefined;
      throw error;
    },
  );
  return cachedDashboard;
}

/** One page to build. */
interface PageBuild {
  /** For messages: "the web client". */
  readonly what: string;
  /** Entry module, relative to the package. */
  readonly entry: string;
  /** Output name: `<name>.js` (and `<name>.css` when the code imports a stylesheet). */
  readonly name: string;
  /** URL directory the files are served under, with a trailing slash. */
  readonly urlDir: string;
  /** The HTML page, relative to the package, served at `urlDir`. */
  readonly page: string;
  /** A stylesheet module (package path) bundled into `<name>.css`. */
  readonly stylesheet?: string;
}

async function build(spec: PageBuild): Promise<WebClientBuild> {
  const { build: esbuild } = await import('esbuild');
  const entryPoints = [{ in: fileURLToPath(new URL(spec.entry, packageRoot)), out: spec.name }];
  let result;
  try {
    if (spec.stylesheet !== undefined) entryPoints.push({ in: fileURLToPath(import.meta.resolve(spec.stylesheet)), out: spec.name });
    result = await esbuild({
      entryPoints,
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: ['es2022'],
      minify: true,
      sourcemap: 'linked',
      write: false,
      outdir: fileURLToPath(new URL('dist', packageRoot)),
      logLevel: 'silent',
      legalComments: 'none',
    });
  } catch (error) {
    throw new WebClientBuildError(`building ${spec.what} failed: ${describeEsbuildFailure(error)}`);
  }
  const assets = new Map<string, WebAsset>();
  for (const file of result.outputFiles) {
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    assets.set(`${spec.urlDir}${name}`, { contentType: contentTypeOf(name), body: file.contents });
  }
  if (!assets.has(`${spec.urlDir}${spec.name}.js`)) throw new WebClientBuildError(`building ${spec.what} failed: esbuild produced no ${spec.name}.js`);
  let page: Uint8Array;
  try {
    page = await readFile(new URL(spec.page, packageRoot));
  } catch (error) {
    throw new WebClientBuildError(`building ${spec.what} failed: cannot read ${spec.page}: ${String(error)}`);
  }
  assets.set(spec.urlDir, { contentType: 'text/html; charset=utf-8', body: page });
  return assets;
}

function contentTypeOf(name: string): string {
  if (name.endsWith('.map')) return 'application/json; charset=utf-8';
  if (name.endsWith('.css')) return 'text/css; charset=utf-8';
  return 'text/javascript; charset=utf-8';
}

interface EsbuildMessage {
  text?: string;
  location?: { file?: string; line?: number; column?: number } | null;
}

function describeEsbuildFailure(error: unknown): string {
  const errors = (error as { errors?: EsbuildMessage[] } | null)?.errors;
  if (!Array.isArray(errors) || errors.length === 0) return error instanceof Error ? error.message : String(error);
  return errors
    .slice(0, 5)
    .map((e) => (e.location?.file === undefined ? (e.text ?? '') : `${e.location.file}:${e.location.line ?? 0}:${e.location.column ?? 0}: ${e.text ?? ''}`))
    .join('; ');
}
