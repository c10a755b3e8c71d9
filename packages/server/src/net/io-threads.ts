/**
 * Game sockets in I/O worker threads (`ioThreads` ≥ 1): the TCP and TLS game listeners move into
 * N threads that share each port with `reusePort`, so the kernel spreads accepts among them and
 * the reads, framing, TLS and socket writes run beside the main thread instead of on it. The
 * world tick, the sessions and admission stay on the main thread. See docs/architecture.md,
 * "I/O threads".
 * @module
 */
import { Worker } from 'node:worker_threads';
import type { IoThreadData } from './io-thread-messages.ts';
import { IoThreadClient } from './io-thread-client.ts';
import type { AddressGate } from './io-thread-client.ts';
import type { AcceptConnection, Listener } from './listener.ts';
import type { OutboundPolicy } from './outbound-batch.ts';
import type { TlsCredentials } from './tls-credentials.ts';

/** How the I/O threads are started. */
export interface IoThreadsOptions {
  /** How many threads (at least 1). */
  readonly threads: number;
  /** Address to bind. */
  readonly host: string;
  /** TCP game port (0 for any). */
  readonly tcpPort: number;
  /** TLS 1.3 game port and credentials, when TLS is on. */
  readonly tls?: { readonly port: number; readonly credentials: TlsCredentials } | undefined;
  /** Largest inbound message, bytes. */
  readonly maxFrameBytes: number;
  /** Largest outbound backlog before a client counts as too slow, bytes. */
  readonly maxOutboundBytes: number;
  /** How long a TLS handshake may take, ms. */
  readonly handshakeTimeoutMs: number;
  /** Batching on or off and the server's write count; batching on, uncounted, when absent. */
  readonly outbound?: OutboundPolicy | undefined;
  /** Per-address admission; every socket is admitted when absent. */
  readonly gate?: AddressGate | undefined;
  /** Called for each connection once admitted (and, on TLS, handshaken). */
  readonly accept: AcceptConnection;
  /**
   * Told once per thread that dies other than by close; its connections have ended with the
   * reason by then. The other threads go on.
   */
  readonly onCrash: (error: Error) => void;
  /** Starts a thread; {@link startIoThread} unless a test wants to hold the thread. */
  readonly start?: ((data: IoThreadData) => Worker) | undefined;
}

/** How long a refused or closed TCP socket may linger while its last bytes go out, ms. */
const LINGER_MS = 2_000;

/** Starts one I/O thread (io-thread.ts). */
export function startIoThread(data: IoThreadData): Worker {
  return new Worker(new URL('./io-thread.ts', import.meta.url), { workerData: data });
}

/** Running I/O threads: their listeners, their health, and how to end them. */
export interface IoThreads {
  /** The TCP game listener (every thread). */
  readonly tcp: Listener;
  /** The TLS game listener, when TLS is on. */
  readonly tls: Listener | undefined;
  /** Why a thread died (the first one), or undefined while all run: readiness fails on it. */
  readonly failure: Error | undefined;
  /** Connections open through the threads. */
  readonly connectionCount: number;
  /** Milliseconds each thread's event loop has been busy since it started, by thread index. */
  busyMs(): number[];
  /** Posts each thread what is queued for it now rather than at the end of the event-loop turn (after a tick's frames). */
  flush(): void;
  /** Sends what is queued, destroys every socket the threads hold and ends them. */
  close(): Promise<void>;
}

/**
 * Starts the threads: the first binds the configured ports (0 picks free ones), the others the
 * ports it bound. Rejects, with every started thread ended, if a port cannot be bound.
 */
export async function startIoThreads(options: IoThreadsOptions): Promise<IoThreads> {
  if (!Number.isInteger(options.threads) || options.threads < 1) throw new RangeError(`I/O threads must be a whole number of at least 1, got ${options.threads}`);
  const clients: IoThreadClient[] = [];
  const outbound = options.outbound ?? { batching: true, writes: 0 };
  const start = options.start ?? startIoThread;
  let ports = { tcp: options.tcpPort, tls: options.tls?.port };
  try {
    for (let index = 0; index < options.threads; index++) {
      const tls = options.tls === undefined || ports.tls === undefined ? undefined : { port: ports.tls, key: options.tls.credentials.key, cert: options.tls.credentials.cert };
      const worker = start({ index, host: options.host, tcpPort: ports.tcp, tls, maxFrameBytes: options.maxFrameBytes, handshakeTimeoutMs: options.handshakeTimeoutMs, lingerMs: LINGER_MS });
      const client = new IoThreadClient(worker, { index, gate: options.gate, accept: options.accept, maxOutboundBytes: options.maxOutboundBytes, outbound, onDeath: options.onCrash });
      clients.push(client);
      const bound = await client.listening();
      ports = { tcp: bound.tcpPort, tls: bound.tlsPort };
    }
  } catch (error) {
    await Promise.all(clients.map((client) => client.close()));
    throw error;
  }
  const listener = (port: number): Listener => ({
    port,
    close: () => {
      for (const client of clients) client.stopListening();
    },
  });
  return {
    tcp: listener(ports.tcp),
    tls: ports.tls === undefined ? undefined : listener(ports.tls),
    get failure() {
      return clients.find((client) => client.failure !== undefined)?.failure;
    },
    get connectionCount() {
      return clients.reduce((sum, client) => sum + client.connectionCount, 0);
    },
    busyMs: () => clients.map((client) => client.busyMs),
    flush: () => {
      for (const client of clients) client.flush();
    },
    close: async () => {
      await Promise.all(clients.map((client) => client.close()));
    },
  };
}
