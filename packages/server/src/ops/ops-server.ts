/**
 * The operations HTTP server on its own admin port, apart from the players' ports:
 * `GET /metrics` (Prometheus text exposition), `GET /healthz` (liveness) and `GET /readyz`
 * (readiness, for load balancers and orchestrators). It binds loopback by default.
 * @module
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BearerToken } from './bearer-token.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';

/**
 * One readiness condition: returns (or resolves with) undefined when it holds, or a short
 * reason for the /readyz body when it does not. A check that throws or outlasts the timeout
 * counts as not ready.
 */
export type ReadinessCheck = () => string | undefined | Promise<string | undefined>;

/**
 * Answers every request under `/admin` (the dashboard and its API; see src/admin/), any
 * method; it does its own authorisation.
 */
export type AdminRequestHandler = (request: IncomingMessage, response: ServerResponse, path: string) => Promise<void>;

/** What the ops server needs. */
export interface OpsServerOptions {
  /** Address to bind; loopback unless the operator chooses otherwise. */
  readonly host: string;
  /** Port to bind; 0 picks a free one. */
  readonly port: number;
  /** When set, /metrics requires `Authorization: Bearer <token>`; the probes stay open. */
  readonly token: string | undefined;
  /** The metrics /metrics exposes. */
  readonly metrics: Metrics;
  /** The readiness conditions, by name; /readyz is 200 only when every one holds. */
  readonly readiness: Readonly<Record<string, ReadinessCheck>>;
  /** How long one readiness check may take, ms. */
  readonly readinessTimeoutMs: number;
  /** Logger for failed checks and scrapes. */
  readonly log: Logger;
  /** The admin dashboard, served under `/admin`; without it those paths are 404. */
  readonly admin?: AdminRequestHandler;
}

/** A running ops server. */
export interface OpsServer {
  /** The bound port. */
  readonly port: number;
  /** Stops listening and ends its connections. */
  close(): Promise<void>;
}

/** The JSON body of /readyz. */
export interface ReadinessReport {
  /** "ready" or "not ready". */
  readonly status: 'ready' | 'not ready';
  /** Each check: "ok" or why it failed. */
  readonly checks: Readonly<Record<string, string>>;
}

/** Runs every check (in parallel, each bounded by the timeout) and reports. */
export async function checkReadiness(checks: Readonly<Record<string, ReadinessCheck>>, timeoutMs: number, log: Logger): Promise<ReadinessReport> {
  const entries = await Promise.all(Object.entries(checks).map(async ([name, check]): Promise<[string, string]> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<string>((resolve) => {
      timer = setTimeout(() => {
        resolve(`no answer within ${timeoutMs} ms`);
      }, timeoutMs);
    });
    try {
      const reason = await Promise.race([Promise.resolve().then(check), timeout]);
      return [name, reason ?? 'ok'];
    } catch (error) {
      log.warn({ err: error, check: name }, 'readiness check failed');
      return [name, 'failed'];
    } finally {
      clearTimeout(timer);
    }
  }));
  const ready = entries.every(([, result]) => result === 'ok');
  return { status: ready ? 'ready' : 'not ready', checks: Object.fromEntries(entries) };
}

function send(response: ServerResponse, status: number, contentType: string, body: string, head: boolean, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store', ...headers });
  response.end(head ? undefined : body);
}

/**
 * Starts the ops server.
 * @throws Error naming the config key when the port cannot be bound
 */
export async function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const { metrics, log } = options;
  const metricsToken = options.token === undefined ? undefined : new BearerToken(options.token);
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const method = request.method ?? 'GET';
    const head = method === 'HEAD';
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (options.admin !== undefined && (path === '/admin' || path.startsWith('/admin/'))) {
      await options.admin(request, response, path);
      return;
    }
    if (method !== 'GET' && !head) {
      send(response, 405, 'text/plain; charset=utf-8', 'method not allowed\n', false, { allow: 'GET, HEAD' });
      return;
    }
    switch (path) {
      case '/healthz':
        send(response, 200, 'text/plain; charset=utf-8', 'ok\n', head);
        return;
      case '/readyz': {
        const report = await checkReadiness(options.readiness, options.readinessTimeoutMs, log);
        send(response, report.status === 'ready' ? 200 : 503, 'application/json', `${JSON.stringify(report)}\n`, head);
        return;
      }
      case '/metrics':
        if (metricsToken !== undefined && !metricsToken.admits(request)) {
          send(response, 401, 'text/plain; charset=utf-8', 'a bearer token is required\n', head, { 'www-authenticate': 'Bearer realm="realmforge-admin"' });
          return;
        }
        send(response, 200, metrics.contentType, await metrics.scrape(), head);
        return;
      default:
        send(response, 404, 'text/plain; charset=utf-8', 'not found; try /metrics, /healthz or /readyz\n', head);
    }
  };
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log.error({ err: error, url: request.url }, 'admin request failed');
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'internal error\n', false);
      else response.destroy();
    });
  });
  const port = await listen(server, options.host, options.port);
  return {
    port,
    close: () => closeServer(server),
  };
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error) => {
      reject(new Error(`admin server cannot listen on ${host}:${port} (config keys "adminHost", "adminPort"): ${error.message}`));
    });
    server.listen(port, host, () => {
      server.removeAllListeners('error');
      server.on('error', () => undefined);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    // A scrape still running gets a moment; idle keep-alive connections go at once.
    const cut = setTimeout(() => {
      server.closeAllConnections();
    }, 1_000);
    server.close(() => {
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
}
