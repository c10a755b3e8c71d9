/**
 * Command line: `npm start -- [--tcp-port N] [--data-dir DIR] ...`. Validates configuration,
 * starts the server, prints where it listens, and shuts down gracefully on SIGINT/SIGTERM.
 * @module
 */
import { ConfigError, loadConfig } from './config/config.ts';
import { createLogger } from './ops/logger.ts';
import { createServer } from './server.ts';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig({ argv: process.argv.slice(2), env: process.env });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`realmforge: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config);
  const server = createServer(config, { logger });
  const ports = await server.start();
  const tls = ports.tls === undefined ? 'off' : String(ports.tls);
  const udp = ports.udp === undefined ? 'off' : `${ports.udp} (datagram channels)`;
  logger.info(`listening on ${config.host}: tcp ${ports.tcp}, tls ${tls}, http/ws ${ports.http} (ws path /ws), udp ${udp}, admin ${config.adminHost}:${ports.admin} (/metrics /healthz /readyz); data in ${config.dataDir}`);
  if (config.webClient) {
    const scheme = config.tlsEnabled && config.tlsCertFile !== undefined ? 'https' : 'http';
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host.includes(':') ? `[${config.host}]` : config.host;
    logger.info(`play in the browser: ${scheme}://${host}:${ports.http}/`);
  }
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      logger.warn(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal} received`);
    server.stop('the server is shutting down').then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

main().catch((error: unknown) => {
  process.stderr.write(`realmforge: failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
