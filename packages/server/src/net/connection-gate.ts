/**
 * Per-address admission of new connections, for every transport: at most `maxPerAddress`
 * connections open at once from one address, and new ones at most at `perSecond` (bursts of
 * `burst`). It is checked on the raw socket as the listener accepts it, before a TLS or
 * WebSocket handshake costs anything. A refused TCP socket gets a best-effort fatal
 * RATE_LIMITED frame and is closed; a refused TLS or WebSocket socket is destroyed at once (it
 * has not finished the handshake a frame would need).
 *
 * Addresses are counted by {@link addressKey} (IPv6 by /64). The table of addresses is bounded:
 * an address with nothing open and a full bucket is forgotten (it is then no different from a
 * new one), and beyond `maxTracked` the oldest idle addresses are dropped. Addresses with open
 * connections are never dropped, so the table is at most the larger of `maxTracked` and the
 * number of open sockets.
 * @module
 */
import type { Socket } from 'node:net';
import { encodeFrame, encodeServerMessage, ErrorCode } from '@realmforge/protocol';
import { checkRate, TokenBucket } from '../limits/token-bucket.ts';
import type { BucketRate } from '../limits/token-bucket.ts';
import { addressKey } from './address-key.ts';
import type { TransportKind } from './connection.ts';

/** Per-address connection limits. */
export interface ConnectionGateLimits {
  /** Connections open at once from one address. */
  readonly maxPerAddress: number;
  /** New connections from one address: burst and sustained rate per second. */
  readonly rate: BucketRate;
  /** Addresses remembered before idle ones are dropped (default 65,536). */
  readonly maxTracked?: number;
}

/** Why a connection was refused, or that it was admitted. */
export type GateVerdict = 'admitted' | 'too-many-open' | 'too-fast';

interface AddressState {
  open: number;
  readonly bucket: TokenBucket;
}

/** Called for each refused connection (for counting and throttled logging). */
export type RefusalListener = (address: string, verdict: Exclude<GateVerdict, 'admitted'>, transport: TransportKind) => void;

const MIN_SWEEP_SIZE = 1024;

/** How long a refused TCP socket may linger while its error frame goes out, ms. */
const REFUSED_LINGER_MS = 1_000;

/** Counts connections per address and admits or refuses new ones. */
export class ConnectionGate {
  readonly #limits: ConnectionGateLimits;
  readonly #maxTracked: number;
  readonly #addresses = new Map<string, AddressState>();
  #sweepAt = MIN_SWEEP_SIZE;
  #refusedTooMany = 0;
  #refusedTooFast = 0;
  /** Told about every refusal. */
  onRefused: RefusalListener | undefined;

  /** @param limits - per-address limits */
  constructor(limits: ConnectionGateLimits) {
    if (!(limits.maxPerAddress >= 1)) throw new RangeError(`maxPerAddress must be at least 1, got ${limits.maxPerAddress}`);
    checkRate(limits.rate, 'connection rate per address');
    this.#limits = limits;
    this.#maxTracked = limits.maxTracked ?? 65_536;
    this.#sweepAt = Math.min(MIN_SWEEP_SIZE, this.#maxTracked);
  }

  /** Connections refused because the address had too many open. */
  get refusedTooMany(): number {
    return this.#refusedTooMany;
  }

  /** Connections refused because the address opened them too fast. */
  get refusedTooFast(): number {
    return this.#refusedTooFast;
  }

  /** Addresses currently remembered. */
  get trackedAddresses(): number {
    return this.#addresses.size;
  }

  /** Connections open from an address (raw or already keyed). */
  openFrom(address: string): number {
    return this.#addresses.get(addressKey(address))?.open ?? 0;
  }

  /**
   * Decides on a new connection from an address and, when admitted, counts it as open: the
   * caller must {@link ConnectionGate.release} it when it closes.
   */
  admit(address: string, nowMs: number): GateVerdict {
    const key = addressKey(address);
    let state = this.#addresses.get(key);
    if (state === undefined) {
      if (this.#addresses.size >= this.#sweepAt) this.#sweep(nowMs);
      state = { open: 0, bucket: new TokenBucket(this.#limits.rate, nowMs) };
      this.#addresses.set(key, state);
    }
    if (state.open >= this.#limits.maxPerAddress) {
      this.#refusedTooMany++;
      return 'too-many-open';
    }
    if (!state.bucket.take(nowMs)) {
      this.#refusedTooFast++;
      return 'too-fast';
    }
    state.open++;
    return 'admitted';
  }

  /** A connection admitted from the address has closed. */
  release(address: string): void {
    const state = this.#addresses.get(addressKey(address));
    if (state !== undefined && state.open > 0) state.open--;
  }

  /**
   * Admits or refuses a socket the listener just accepted. A refused socket is closed here:
   * TCP gets a fatal RATE_LIMITED frame first (best effort), TLS and WebSocket sockets are
   * destroyed. An admitted one is released when it closes.
   * @returns true when admitted
   */
  admitSocket(socket: Socket, transport: TransportKind): boolean {
    return this.admitSocketFrom(socket.remoteAddress ?? 'unknown', socket, transport);
  }

  /**
   * {@link ConnectionGate.admitSocket} for a socket attributed to another address than its
   * peer's: a player behind a trusted reverse proxy (see TrustedProxies).
   * @returns true when admitted
   */
  admitSocketFrom(address: string, socket: Socket, transport: TransportKind): boolean {
    const verdict = this.admitFrom(address, transport);
    if (verdict === 'admitted') {
      socket.once('close', () => {
        this.release(address);
      });
      return true;
    }
    socket.on('error', () => undefined);
    if (transport === 'tcp') {
      socket.end(refusalFrame(verdict));
      setTimeout(() => socket.destroy(), REFUSED_LINGER_MS).unref();
    } else {
      socket.destroy();
    }
    return false;
  }

  /**
   * Decides on a connection by its address alone, for a socket held elsewhere (an I/O thread,
   * io-threads.ts): a refusal is counted and told to {@link ConnectionGate.onRefused}, and the
   * holder closes the socket as {@link ConnectionGate.admitSocket} would (TCP with
   * {@link refusalFrame}); an admitted one must be {@link ConnectionGate.release}d when it closes.
   */
  admitFrom(address: string, transport: TransportKind): GateVerdict {
    const verdict = this.admit(address, performance.now());
    if (verdict !== 'admitted') this.onRefused?.(address, verdict, transport);
    return verdict;
  }

  /**
   * Forgets idle addresses with full buckets; then, at the bound, the oldest idle ones down to
   * three quarters of it, so the next sweep is a quarter of the bound of new addresses away.
   */
  #sweep(nowMs: number): void {
    for (const [key, state] of this.#addresses) {
      if (state.open === 0 && state.bucket.isFull(nowMs)) this.#addresses.delete(key);
    }
    if (this.#addresses.size >= this.#maxTracked) {
      const target = Math.floor((this.#maxTracked * 3) / 4);
      for (const [key, state] of this.#addresses) {
        if (this.#addresses.size <= target) break;
        if (state.open === 0) this.#addresses.delete(key);
      }
    }
    // Amortised: the next sweep waits until the table has doubled (or reaches the bound).
    const size = this.#addresses.size;
    this.#sweepAt = size >= this.#maxTracked ? 2 * size : Math.min(this.#maxTracked, Math.max(MIN_SWEEP_SIZE, 2 * size));
  }
}

function rateLimitedFrame(message: string): Uint8Array {
  return encodeFrame(encodeServerMessage({ requestId: 0, error: { code: ErrorCode.ERROR_CODE_RATE_LIMITED, message, fatal: true } }));
}

const TOO_MANY_FRAME = rateLimitedFrame('too many connections from your address; close some and try again');
const TOO_FAST_FRAME = rateLimitedFrame('connecting too fast from your address; wait a moment and try again');

/** The fatal RATE_LIMITED frame a refused TCP socket gets before it is closed. */
export function refusalFrame(verdict: Exclude<GateVerdict, 'admitted'>): Uint8Array {
  return verdict === 'too-many-open' ? TOO_MANY_FRAME : TOO_FAST_FRAME;
}
