/**
 * The key per-address limits count by. An IPv4 address is itself (also when it arrives as an
 * IPv4-mapped IPv6 address, `::ffff:1.2.3.4`, as it does on a dual-stack socket). An IPv6
 * address is its /64 prefix: one subscriber is routinely given a whole /64, so counting single
 * IPv6 addresses would let one client rotate through 2^64 of them.
 * @module
 */

/** `::ffff:10.0.0.1` → `10.0.0.1`; `2001:db8:1:2:3:4:5:6` → `2001:db8:1:2::/64`; anything else as is. */
export function addressKey(address: string): string {
  if (!address.includes(':')) return address;
  const lower = address.toLowerCase();
  if (lower.startsWith('::ffff:') && lower.includes('.')) return lower.slice(7);
  const zone = lower.indexOf('%');
  const groups = ipv6Groups(zone === -1 ? lower : lower.slice(0, zone));
  if (groups === undefined) return lower;
  return `${groups.slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, normalised (no leading zeros), or undefined if it is not one. */
function ipv6Groups(address: string): string[] | undefined {
  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] === '' || halves[0] === undefined ? [] : halves[0].split(':');
  const tail = halves.length === 2 && halves[1] !== '' && halves[1] !== undefined ? halves[1].split(':') : [];
  // An embedded IPv4 tail (::1.2.3.4 and similar) counts as two groups.
  const last = tail.length > 0 ? tail : head;
  const dotted = last.at(-1)?.includes('.') === true;
  const count = head.length + tail.length + (dotted ? 1 : 0);
  if (halves.length === 1 ? count !== 8 : count > 7) return undefined;
  const fill = new Array<string>(8 - count).fill('0');
  const groups = [...head, ...fill, ...tail];
  const out: string[] = [];
  for (const group of groups.slice(0, 4)) {
    if (!/^[0-9a-f]{1,4}$/.test(group)) return undefined;
    out.push(Number.parseInt(group, 16).toString(16));
  }
  return out;
}
