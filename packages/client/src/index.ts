/**
 * The Realmforge client SDK (Node and browsers). Node-only transports live in
 * `@realmforge/client/node`.
 * @module
 */
export { GameClient, ServerError } from './game-client.ts';
export type { ChatListener, ChatMessage, ClientRequest, PushListener } from './game-client.ts';
export { SocialClient } from './social-client.ts';
export { EconomyClient } from './economy-client.ts';
export type { InventoryMirror, TradeStateView } from './economy-client.ts';
export type { GuildState, Invitation, PartyState } from './social-client.ts';
export type { ClientTransport, DatagramCounters, DatagramGrant, DatagramLinkState, MessageCarrier, TransportOptions } from './transport.ts';
export { connectWebSocket } from './websocket-transport.ts';
export { MovementPredictor, PositionInterpolator } from './prediction.ts';
export type { CollideFunction, Point } from './prediction.ts';
export { RenderDelay } from './render-delay.ts';
export { TickClock } from './tick-clock.ts';
export { POSITION_UNITS_PER_METRE, WorldMirror } from './world-mirror.ts';
export type { MirroredCombatEvent, MirroredEntity, MirrorEvents } from './world-mirror.ts';
