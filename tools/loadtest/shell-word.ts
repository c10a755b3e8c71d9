/**
 * Command lines as a shell would need them written, for the commands that result files quote.
 * @module
 */

/** An argument as a shell would need it written (quoted when empty or holding anything unusual). */
export function shellWord(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
}
