/**
 * TLS key and certificate: the configured files, or a self-signed development certificate
 * generated once and kept in the data directory.
 * @module
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from 'selfsigned';

/** A PEM key and certificate pair. */
export interface TlsCredentials {
  /** PEM private key. */
  readonly key: string;
  /** PEM certificate (chain). */
  readonly cert: string;
  /** True when generated for development rather than configured. */
  readonly selfSigned: boolean;
}

/**
 * Loads the configured key and certificate, or creates (and reuses on later starts) a
 * self-signed one for localhost under `<dataDir>/tls/`.
 * @throws Error naming the file when a configured file cannot be read
 */
export async function loadTlsCredentials(options: { certFile?: string | undefined; keyFile?: string | undefined; dataDir: string }): Promise<TlsCredentials> {
  if (options.certFile !== undefined || options.keyFile !== undefined) {
    if (options.certFile === undefined || options.keyFile === undefined) {
      throw new Error('config keys "tlsCertFile" and "tlsKeyFile" must be set together');
    }
    return { cert: await readPem(options.certFile, 'tlsCertFile'), key: await readPem(options.keyFile, 'tlsKeyFile'), selfSigned: false };
  }
  const dir = join(options.dataDir, 'tls');
  const certPath = join(dir, 'dev-cert.pem');
  const keyPath = join(dir, 'dev-key.pem');
  try {
    return { cert: await readFile(certPath, 'utf8'), key: await readFile(keyPath, 'utf8'), selfSigned: true };
  } catch {
    const notAfter = new Date();
    notAfter.setFullYear(notAfter.getFullYear() + 1);
    const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
      keyType: 'ec',
      curve: 'P-256',
      algorithm: 'sha256',
      notAfterDate: notAfter,
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] }],
    });
    await mkdir(dir, { recursive: true });
    await writeFile(keyPath, pems.private, { mode: 0o600 });
    await writeFile(certPath, pems.cert);
    return { cert: pems.cert, key: pems.private, selfSigned: true };
  }
}

async function readPem(path: string, key: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new Error(`config key "${key}": cannot read ${path}: ${(error as Error).message}`);
  }
}
