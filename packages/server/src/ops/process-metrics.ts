/**
 * The process and runtime metrics (`process_*`, `nodejs_*`): prom-client's defaults, less what
 * costs the main thread in proportion to the connections at every scrape.
 *
 * With 5,000 sockets open a scrape took 14-17 ms of the main thread (p50 17.3 ms, measured by
 * opening idle TCP connections to a server and timing GET /metrics), all of it a busy stretch
 * that every message arriving meanwhile waits behind. The profile put most of it in three
 * defaults: `process_open_fds` lists /proc/self/fd synchronously (a name per socket), and
 * `nodejs_active_handles{,_total}` and `nodejs_active_resources{,_total}` build an array of every
 * libuv handle (an object or a string per socket) and group it. The handles and resources are
 * left out (the engine's own `realmforge_connections` counts what they mostly count);
 * `process_open_fds` stays, listed asynchronously: the listing runs on libuv's thread pool, and
 * the main thread only takes the names.
 * @module
 */
import { readdir } from 'node:fs/promises';
import { collectDefaultMetrics, Gauge } from 'prom-client';
import type { Registry } from 'prom-client';

/** Default metrics whose collection walks every handle or file descriptor of the process. */
const PER_CONNECTION_DEFAULTS = ['process_open_fds', 'nodejs_active_handles', 'nodejs_active_handles_total', 'nodejs_active_resources', 'nodejs_active_resources_total'];

/** Registers the process and runtime metrics in `registry`. */
export function registerProcessMetrics(registry: Registry): void {
  collectDefaultMetrics({ register: registry });
  for (const name of PER_CONNECTION_DEFAULTS) registry.removeSingleMetric(name);
  if (process.platform !== 'linux') return;
  new Gauge({
    name: 'process_open_fds',
    help: 'Number of open file descriptors.',
    registers: [registry],
    async collect() {
      try {
        // Less the descriptor the listing itself holds open.
        this.set((await readdir('/proc/self/fd')).length - 1);
      } catch {
        // No /proc: the gauge keeps its last value.
      }
    },
  });
}
