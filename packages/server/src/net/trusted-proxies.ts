/**
 * Seeing a player's own address through a reverse proxy. A WebSocket that arrives from an
 * address the operator listed as a trusted proxy is attributed to the address that proxy put in
 * `X-Forwarded-For`: the right-most entry that is not itself a trusted proxy (entries to its left
 * were written by the client and prove nothing). Sockets from any other address are attributed
 * to that address, whatever their headers say, so a client cannot forge its way past per-address
 * limits.
 * @module
 */
import { BlockList, isIP } from 'node:net';

/** Addresses and CIDR ranges whose X-Forwarded-For header is believed. */
export class TrustedProxies {
  readonly #list = new BlockList();
  readonly #empty: boolean;

  /**
   * @param entries - IPv4/IPv6 addresses and CIDR ranges, e.g. `10.0.0.0/8`, `::1`
   * @throws RangeError naming an entry that is neither
   */
  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const [address = '', bits, extra] = entry.split('/');
      const family = isIP(address);
      const prefix = bits === undefined ? undefined : Number(bits);
      const maxPrefix = family === 4 ? 32 : 128;
      const badPrefix = bits !== undefined && !(/^\d{1,3}$/.test(bits) && prefix !== undefined && prefix <= maxPrefix);
      if (family === 0 || extra !== undefined || badPrefix) {
        throw new RangeError(`trusted proxy "${entry}" is not an IP address or CIDR range`);
      }
      const type = family === 4 ? 'ipv4' : 'ipv6';
      if (prefix === undefined) this.#list.addAddress(address, type);
      else this.#list.addSubnet(address, prefix, type);
    }
    this.#empty = entries.length === 0;
  }

  /** True when the address (as a socket reports it) is a trusted proxy. */
  trusts(address: string): boolean {
    if (this.#empty) return false;
    const plain = unmapped(address);
    const family = isIP(plain);
    if (family === 0) return false;
    return this.#list.check(plain, family === 4 ? 'ipv4' : 'ipv6');
  }

  /**
   * The client's address for a request that came from `socketAddress` carrying this
   * `X-Forwarded-For` header (absent, one value, or repeated headers).
   */
  clientAddress(socketAddress: string, forwardedFor: string | string[] | undefined): string {
    if (!this.trusts(socketAddress) || forwardedFor === undefined) return socketAddress;
    const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',').map((hop) => hop.trim());
    let client = socketAddress;
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = unmapped(hops[i] ?? '');
      // A malformed hop ends the chain: the last believable address is the proxy that passed it on.
      if (isIP(hop) === 0) return client;
      client = hop;
      if (!this.trusts(hop)) return hop;
    }
    return client;
  }
}

/** `::ffff:10.0.0.1` → `10.0.0.1`; other addresses as they are. */
function unmapped(address: string): string {
  const lower = address.toLowerCase();
  return lower.startsWith('::ffff:') && lower.includes('.') ? lower.slice(7) : address;
}
