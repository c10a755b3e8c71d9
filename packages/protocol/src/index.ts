/**
 * The Realmforge wire protocol: generated schema classes, envelope codec and stream framing.
 * Shared by the server and every client; holds no server code.
 * @module
 */
export * from './codec.ts';
export * from './datagram.ts';
export * from './framing.ts';
export * from './inbound-queue.ts';
export * from './move-input-decoder.ts';
export * from './payload.ts';
export { isProtocolError, ProtocolError } from './protocol-error.ts';
export * from './schema.ts';
