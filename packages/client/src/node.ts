/**
 * Node-only transports of the client SDK (TCP and TLS), plus everything in the main entry.
 * @module
 */
export * from './index.ts';
export { connectTcp, connectTls } from './stream-transport.ts';
