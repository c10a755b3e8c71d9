/**
 * Accepting connections on the three transports: TCP and TLS 1.3 (length-delimited frames)
 * and WebSocket over HTTP(S) at /ws (one binary message per protobuf message).
 * @module
 */
import { createServer as createHttpServer } from 'node:http';
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createNetServer } from 'node:net';
import type { Server as NetServer, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { createServer as createTlsServer } from 'node:tls';
import { WebSocketServer } from 'ws';
import { acceptorCount, listenAcceptors } from './acceptors.ts';
import type { Connection, TransportKind } from './connection.ts';
import { StreamConnection } from './stream-connection.ts';
import type { TlsCredentials } from './tls-credentials.ts';
import type { OutboundPolicy } from './outbound-batch.ts';
import type { TrustedProxies } from './trusted-proxies.ts';
import { WsConnection } from './ws-connection.ts';

/** Bounds applied to every accepted connection. */
export interface ConnectionLimits {
  /** Largest inbound message, bytes. */
  readonly maxFrameBytes: number;
  /** Largest outbound backlog before a client counts as too slow, bytes. */
  readonly maxOutboundBytes: number;
  /**
   * Per-address admission, asked for each raw socket before any handshake; a socket it
   * refuses it has already closed. Every socket is admitted when absent.
   */
  readonly gate?: SocketGate;
  /**
   * Reverse proxies whose `X-Forwarded-For` names the player (WebSocket only). Their sockets
   * skip the raw-socket check; each upgrade is admitted by the player's address instead.
   */
  readonly trustedProxies?: TrustedProxies;
  /** Batching on or off and the server's write count; batching on, uncounted, when absent. */
  readonly outbound?: OutboundPolicy;
  /**
   * How long a connection may take over its TLS handshake or its HTTP request head (the
   * WebSocket upgrade), ms; {@link DEFAULT_HANDSHAKE_TIMEOUT_MS} when absent. A slowloris
   * client that connects and drips bytes is closed then, before it is a session.
   */
  readonly handshakeTimeoutMs?: number;
  /**
   * Listening sockets per port (`SO_REUSEPORT`, where the platform has it; one elsewhere):
   * libuv accepts one connection per listening socket per event-loop turn, so a busy server
   * needs several to keep up with a login storm (see acceptors.ts). One when absent.
   */
  readonly acceptors?: number;
}

/** The TLS handshake and HTTP request-head deadline when none is configured, ms. */
export const DEFAULT_HANDSHAKE_TIMEOUT_MS = 10_000;

/**
 * Node's HTTP server deadlines for the request head: `headersTimeout` and `requestTimeout` at
 * the handshake deadline, checked often enough to hold it (Node checks every 30 s by default).
 */
function httpDeadlines(limits: ConnectionLimits): { headersTimeout: number; requestTimeout: number; connectionsCheckingInterval: number } {
  const ms = limits.handshakeTimeoutMs ?? DEFAULT_HANDSHAKE_TIMEOUT_MS;
  return { headersTimeout: ms, requestTimeout: ms, connectionsCheckingInterval: Math.max(25, Math.min(1_000, Math.floor(ms / 4))) };
}

/** Decides on a raw socket as it is accepted (see ConnectionGate). */
export interface SocketGate {
  /** True to go on with the socket; false when it was refused and closed. */
  admitSocket(socket: Socket, transport: TransportKind): boolean;
  /** The same for a socket attributed to `address` rather than to its peer. */
  admitSocketFrom(address: string, socket: Socket, transport: TransportKind): boolean;
}

/** Called for each accepted connection. */
export type AcceptConnection = (connection: Connection) => void;

/** Answers plain HTTP requests on the HTTP port (everything that is not a WebSocket upgrade). */
export type HttpHandler = (request: IncomingMessage, response: ServerResponse) => void;

/** A listening server of any kind. */
export interface Listener {
  /** The port actually bound (useful with port 0). */
  readonly port: number;
  /** Stops accepting; existing connections stay open. */
  close(): void;
}

/**
 * Connections the kernel may hold completed for us before we accept them (capped by the
 * kernel's somaxconn). Node's default, 511, overflows in a login storm while the event loop is
 * busy; an overflowed connection looks open to the client, but its first message waits for
 * SYN-ACK retransmissions (seconds, then tens of seconds). Found by the load harness.
 */
export const LISTEN_BACKLOG = 4096;

/** Binds the port with `limits.acceptors` servers made by `make`; closing the listener closes them all. */
async function listen(make: () => NetServer, port: number, host: string, limits: ConnectionLimits): Promise<Listener> {
  const { port: bound, servers } = await listenAcceptors(make, acceptorCount(limits.acceptors ?? 1), port, host, LISTEN_BACKLOG);
  return {
    port: bound,
    close: () => {
      for (const server of servers) server.close();
    },
  };
}

/** Listens for TCP connections. */
export function listenTcp(host: string, port: number, limits: ConnectionLimits, accept: AcceptConnection): Promise<Listener> {
  const onSocket = (socket: Socket): void => {
    if (limits.gate?.admitSocket(socket, 'tcp') === false) return;
    accept(new StreamConnection(socket, 'tcp', limits));
  };
  return listen(() => createNetServer(onSocket), port, host, limits);
}

/** Listens for TLS 1.3 connections; older protocol versions fail the handshake. */
export function listenTls(host: string, port: number, credentials: TlsCredentials, limits: ConnectionLimits, accept: AcceptConnection): Promise<Listener> {
  const make = (): NetServer => {
    const server = createTlsServer({ key: credentials.key, cert: credentials.cert, minVersion: 'TLSv1.3', handshakeTimeout: limits.handshakeTimeoutMs ?? DEFAULT_HANDSHAKE_TIMEOUT_MS }, (socket) => {
      accept(new StreamConnection(socket, 'tls', limits));
    });
    // Failed handshakes (wrong version, garbage) are the client's problem, not the server's.
    server.on('tlsClientError', (_error, socket) => {
      socket.destroy();
    });
    // The raw socket, before the TLS handshake: a refused one is destroyed and never handshakes.
    server.on('connection', (socket: Socket) => {
      limits.gate?.admitSocket(socket, 'tls');
    });
    return server;
  };
  return listen(make, port, host, limits);
}

/**
 * Listens for HTTP (or HTTPS when credentials are given): WebSocket upgrades on /ws become
 * connections; other requests go to the handler.
 */
export function listenHttp(
  host: string,
  port: number,
  credentials: TlsCredentials | undefined,
  limits: ConnectionLimits,
  accept: AcceptConnection,
  handle: HttpHandler,
): Promise<Listener> {
  const deadlines = httpDeadlines(limits);
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxFrameBytes, perMessageDeflate: false });
  // The raw socket, before any HTTP or TLS: a refused one is destroyed before its request.
  const onSocket = (socket: Socket): void => {
    if (limits.trustedProxies?.trusts(socket.remoteAddress ?? '') === true) return;
    limits.gate?.admitSocket(socket, 'ws');
  };
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== '/ws') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    socket.on('error', () => undefined);
    const peer = request.socket.remoteAddress ?? 'unknown';
    const proxies = limits.trustedProxies;
    let address = peer;
    if (proxies?.trusts(peer) === true) {
      address = proxies.clientAddress(peer, request.headers['x-forwarded-for']);
      if (limits.gate?.admitSocketFrom(address, request.socket, 'ws') === false) return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      accept(new WsConnection(ws, socket, address, limits));
    });
  };
  const make = (): HttpServer => {
    const server = credentials === undefined
      ? createHttpServer(deadlines, handle)
      : createHttpsServer({ key: credentials.key, cert: credentials.cert, minVersion: 'TLSv1.3', handshakeTimeout: deadlines.headersTimeout, ...deadlines }, handle);
    server.on('connection', onSocket);
    server.on('upgrade', onUpgrade);
    return server;
  };
  return listen(make, port, host, limits);
}
