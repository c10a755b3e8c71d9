/**
 * A server process's CPU time and resident memory read from /proc, so both engines of the peer
 * benchmark are measured the same way and from outside: utime and stime of all the process's
 * threads (the kernel's own accounting, what `process.cpuUsage()` reports inside it), and VmRSS.
 * @module
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** CPU seconds spent so far, user and kernel, and resident memory now. */
export interface ProcessReading {
  /** User-mode CPU seconds. */
  readonly userS: number;
  /** Kernel CPU seconds (socket work, mostly). */
  readonly systemS: number;
  /** Resident memory, MiB. */
  readonly rssMiB: number;
}

/** Clock ticks per second of /proc's CPU times. */
const CLK_TCK = ((): number => {
  try {
    const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    return Number.isInteger(ticks) && ticks > 0 ? ticks : 100;
  } catch {
    return 100;
  }
})();

/**
 * Reads process `pid`'s CPU times and memory.
 * @throws Error naming the process when /proc has no such process (it exited)
 */
export function readProcess(pid: number): ProcessReading {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after "(comm)": state is field 3, utime field 14, stime field 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const rssKiB = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return { userS: Number(fields[11]) / CLK_TCK, systemS: Number(fields[12]) / CLK_TCK, rssMiB: Number(rssKiB ?? 0) / 1024 };
  } catch (error) {
    throw new Error(`cannot read process ${pid} in /proc (has it exited?): ${error instanceof Error ? error.message : String(error)}`);
  }
}
