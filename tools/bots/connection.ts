/**
 * How a bot reaches the server: the SDK's TCP, TLS or WebSocket transport, wrapped so that every
 * message in and out is counted with its framed size (the varint length prefix on TCP and TLS,
 * the WebSocket frame header on WebSocket), which is what the connection carries above TCP (and
 * TLS's own records). A TCP or TLS bot may open a datagram channel beside its connection (sealed
 * on TLS by default: the server's `udpSealing`): each datagram is counted as one
 * message of its size, header included (hellos too), and the frames it brings are not counted
 * again as messages of the connection.
 * @module
 */
import { connectTcp, connectTls, connectWebSocket } from '@realmforge/client/node';
import type { ClientTransport, DatagramGrant, MessageCarrier, TransportOptions } from '@realmforge/client/node';
import type { BotStats } from './stats.ts';

/** Transports the bots speak. */
export type BotTransport = 'tcp' | 'tls' | 'ws';

/** The transports whose connection can carry a datagram channel. */
export function carriesDatagrams(transport: BotTransport): boolean {
  return transport !== 'ws';
}

/** Where the server is. */
export interface Endpoint {
  /** Host name or address. */
  readonly host: string;
  /** Port of the chosen transport. */
  readonly port: number;
  /** Which transport. */
  readonly transport: BotTransport;
  /** Open a datagram channel beside the connection once in the world (TCP or TLS); absent: no. */
  readonly datagrams?: boolean;
  /** TLS: the certificate authority (PEM) to trust, such as a server's self-signed certificate; absent: the system's. */
  readonly tlsCa?: string;
}

/** The server's default port for a transport (7777 TCP, 7778 TLS, 8080 HTTP/WebSocket). */
export function defaultPort(transport: BotTransport): number {
  return transport === 'tcp' ? 7777 : transport === 'tls' ? 7778 : 8080;
}

/** A message's size on the connection: its varint length prefix on TCP and TLS, its frame header on WebSocket (client frames masked). */
function framedSize(transport: BotTransport, masked: boolean): (length: number) => number {
  return transport === 'ws' ? (n) => n + webSocketHeaderBytes(n, masked) : (n) => n + varintBytes(n);
}

/** Opens the SDK transport an endpoint names. */
function connectTo(endpoint: Endpoint, options: TransportOptions): Promise<ClientTransport> {
  if (endpoint.transport === 'tcp') return connectTcp(endpoint.host, endpoint.port, options);
  if (endpoint.transport === 'tls') return connectTls(endpoint.host, endpoint.port, endpoint.tlsCa === undefined ? {} : { ca: endpoint.tlsCa }, options);
  return connectWebSocket(webSocketUrl(endpoint.host, endpoint.port), options);
}

/** The WebSocket URL of an endpoint. */
export function webSocketUrl(host: string, port: number): string {
  const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return `ws://${bracketed}:${port}/ws`;
}

/** Bytes of the varint that prefixes a frame of `length` bytes. */
function varintBytes(length: number): number {
  let bytes = 1;
  for (let rest = length >>> 7; rest > 0; rest >>>= 7) bytes++;
  return bytes;
}

/** Bytes of a WebSocket frame header for a payload of `length` bytes; client frames carry a 4-byte mask. */
function webSocketHeaderBytes(length: number, masked: boolean): number {
  const base = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  return masked ? base + 4 : base;
}

/**
 * Counts each message the transport sends over the connection with its framed size, and hands
 * on its datagram channel when it has one (its datagrams are counted as they go, by the
 * transport's `datagramTraffic`).
 */
function countingSends(inner: ClientTransport, transport: BotTransport, stats: BotStats): ClientTransport {
  const framedOut = framedSize(transport, true);
  return {
    send: (body) => {
      stats.countOut(framedOut(body.length));
      inner.send(body);
    },
    messages: () => inner.messages(),
    close: () => {
      inner.close();
    },
    ...(inner.attachDatagrams === undefined ? {} : {
      attachDatagrams: (grant: DatagramGrant, requestResync: () => void) => {
        inner.attachDatagrams?.(grant, requestResync);
      },
      sendDatagram: (body: Uint8Array, moveSequence: number) => inner.sendDatagram?.(body, moveSequence) ?? false,
      datagramCounters: () => inner.datagramCounters?.(),
    }),
  };
}

/**
 * Opens a connection whose messages in and out are counted with their framed size, giving up
 * after `timeoutMs`. Each message in is counted (a datagram's when it arrives, before its
 * frames), then offered to `inspect` (when given; false keeps it from the client), as it
 * arrives. A connection that opens after the timeout is closed at once, so a slow server never
 * leaves a socket behind.
 */
export async function connectCounted(endpoint: Endpoint, stats: BotStats, timeoutMs: number, inspect?: (body: Uint8Array) => boolean): Promise<ClientTransport> {
  const framedIn = framedSize(endpoint.transport, false);
  const options: TransportOptions = {
    inspect: (body: Uint8Array, carrier: MessageCarrier): boolean => {
      if (carrier === 'connection') stats.countIn(framedIn(body.length));
      return inspect === undefined || inspect(body);
    },
    datagramTraffic: (direction: 'in' | 'out', bytes: number): void => {
      if (direction === 'in') stats.countIn(bytes);
      else stats.countOut(bytes);
    },
  };
  const pending = connectTo(endpoint, options);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`connect timed out after ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    const inner = await Promise.race([pending, timeout]);
    return countingSends(inner, endpoint.transport, stats);
  } catch (error) {
    pending.then((late) => {
      late.close();
    }, () => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
