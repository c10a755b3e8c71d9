/**
 * Where the admin token comes from. A studio normally sets `adminToken` (from a secret store,
 * through the environment). When it is not set, the server still protects the dashboard: it
 * uses the token in `<dataDir>/admin-token`, creating that file with 256 random bits
 * (mode 0600, readable only by the server's user) on the first start, and logs the file's
 * path (never the token). Keeping the file means a restart does not log the operator out.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The admin token and where it came from. */
export interface AdminToken {
  /** The secret requests present as `Authorization: Bearer <token>`. */
  readonly token: string;
  /** `config` when `adminToken` is set, else the file it was read from or written to. */
  readonly source: 'config' | { readonly file: string; readonly created: boolean };
}

/** Shortest token accepted from the generated file; a shorter one is replaced. */
const MIN_FILE_TOKEN_LENGTH = 32;

/**
 * The configured token, or the data directory's generated one (created when missing or
 * unusable).
 * @throws the file system's error when the file can be neither read nor written
 */
export async function resolveAdminToken(configured: string | undefined, dataDir: string): Promise<AdminToken> {
  if (configured !== undefined) return { token: configured, source: 'config' };
  const file = join(dataDir, 'admin-token');
  try {
    const token = (await readFile(file, 'utf8')).trim();
    if (token.length >= MIN_FILE_TOKEN_LENGTH && !/\s/.test(token)) return { token, source: { file, created: false } };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const token = randomBytes(32).toString('base64url');
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, `${token}\n`, { mode: 0o600 });
  // The mode above applies only to a new file; an unusable old one may have had another.
  await chmod(file, 0o600);
  return { token, source: { file, created: true } };
}
