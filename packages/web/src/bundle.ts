/**
 * Builds the browser client in memory (Node only): esbuild bundles the TypeScript sources under
 * `src/app/` with the client SDK and the protocol into one minified ES module, `app.js`, with
 * a linked source map; `public/index.html` is the page. Nothing is written to disk and no
 * built file is committed: the server builds at start (about a tenth of a second) and keeps
 * the result in memory, so the bundle always matches the sources it runs with.
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

/** The built web client: URL path (from the site root, e.g. `/app.js`) to file. */
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

/**
 * Builds the web client once per process and returns the same result afterwards (a failed
 * build is not cached, so a later call tries again).
 * @throws WebClientBuildError when esbuild reports errors or the page is missing
 */
export function buildWebClient(): Promise<WebClientBuild> {
  cached ??= build().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function build(): Promise<WebClientBuild> {
  const { build: esbuild } = await import('esbuild');
  const entry = fileURLToPath(new URL('src/app/main.ts', packageRoot));
  let result;
  try {
    result = await esbuild({
      entryPoints: { app: entry },
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
    throw new WebClientBuildError(`building the web client failed: ${describeEsbuildFailure(error)}`);
  }
  const assets = new Map<string, WebAsset>();
  for (const file of result.outputFiles) {
    const name = file.path.slice(file.path.lastIndexOf('/') + 1);
    const contentType = name.endsWith('.map') ? 'application/json; charset=utf-8' : 'text/javascript; charset=utf-8';
    assets.set(`/${name}`, { contentType, body: file.contents });
  }
  if (!assets.has('/app.js')) throw new WebClientBuildError('building the web client failed: esbuild produced no app.js');
  let page: Uint8Array;
  try {
    page = await readFile(new URL('public/index.html', packageRoot));
  } catch (error) {
    throw new WebClientBuildError(`building the web client failed: cannot read public/index.html: ${String(error)}`);
  }
  assets.set('/', { contentType: 'text/html; charset=utf-8', body: page });
  return assets;
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
