/**
 * Node-only transports of the client SDK (TCP and TLS) and their datagram (UDP) channel, plus
 * everything in the main entry.
 * @module
 */
export * from './index.ts';
export { connectTcp, connectTls } from './stream-transport.ts';
export { DatagramLink } from './datagram-link.ts';
export type { DatagramLinkEvents, DatagramLinkTimings } from './datagram-link.ts';
export { DatagramSequencer, RESYNC_RETRY_MS } from './datagram-sequencer.ts';
