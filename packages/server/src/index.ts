/**
 * The Realmforge server as a library.
 * @module
 */
export { ConfigError, loadConfig } from './config/config.ts';
export type { ConfigSources, ServerConfig, ServerConfigInput } from './config/config.ts';
export { createServer } from './server.ts';
export type { ChatService } from './chat/chat-service.ts';
export type { Moderation, ModerationError, LiveGame, ModerationOptions, SanctionContext } from './anticheat/moderation.ts';
export type { BoundPorts, RealmforgeServer, ServerOptions } from './server.ts';
