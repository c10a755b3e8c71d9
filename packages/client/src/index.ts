/**
 * The Realmforge client SDK (Node and browsers). Node-only transports live in
 * `@realmforge/client/node`.
 * @module
 */
export { GameClient, ServerError } from './game-client.ts';
export type { ClientRequest, PushListener } from './game-client.ts';
export type { ClientTransport } from './transport.ts';
export { connectWebSocket } from './websocket-transport.ts';
