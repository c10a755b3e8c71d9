/**
 * The kernel's count of UDP datagrams it dropped because a socket's receive buffer was full,
 * for the whole machine: `RcvbufErrors` on the `Udp:` lines of Linux's /proc/net/snmp (IPv4;
 * load runs use 127.0.0.1). The datagram port counts what it drops itself, but a datagram the
 * kernel drops never reaches it, so a load run reads this before and after, and over each
 * second. Machine-wide: it counts the bots' sockets (world frames) as well as the server's
 * (inputs), and anything else on the machine using UDP at the time.
 * @module
 */
import { readFileSync } from 'node:fs';

/** `RcvbufErrors` from the text of /proc/net/snmp, or undefined when it has no such column. */
export function receiveBufferErrorsIn(snmp: string): number | undefined {
  const [names, values] = snmp.split('\n').filter((line) => line.startsWith('Udp: '));
  const column = names?.split(' ').indexOf('RcvbufErrors') ?? -1;
  const value = column < 0 ? undefined : Number(values?.split(' ')[column]);
  return value === undefined || !Number.isInteger(value) ? undefined : value;
}

/** The counter now, or undefined where there is none to read (not Linux, or no such column). */
export function udpReceiveBufferErrors(): number | undefined {
  let text: string;
  try {
    text = readFileSync('/proc/net/snmp', 'utf8');
  } catch {
    return undefined;
  }
  return receiveBufferErrorsIn(text);
}
