/**
 * What machine a benchmark ran on, recorded in every results file so that numbers from
 * different machines are never compared by accident.
 * @module
 */
import { readFileSync } from 'node:fs';
import { arch, availableParallelism, cpus, platform, release, totalmem } from 'node:os';

/** The machine and runtime a benchmark ran on. */
export interface MachineDescription {
  /** CPU model name as /proc/cpuinfo (or the OS) reports it. */
  readonly cpuModel: string;
  /** Logical CPUs the OS reports. */
  readonly cores: number;
  /** CPUs this process may actually use (cgroup and affinity limits applied). */
  readonly availableParallelism: number;
  /** Installed memory, GiB, rounded. */
  readonly totalMemoryGiB: number;
  /** OS, kernel release and architecture. */
  readonly platform: string;
  /** Node.js version. */
  readonly node: string;
  /** V8 version. */
  readonly v8: string;
}

/** Describes the machine this process runs on. */
export function describeMachine(): MachineDescription {
  const cpuList = cpus();
  return {
    cpuModel: cpuModelFromProc() ?? cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    availableParallelism: availableParallelism(),
    totalMemoryGiB: Math.round(totalmem() / 2 ** 30),
    platform: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    v8: process.versions.v8,
  };
}

/** The first "model name" line of /proc/cpuinfo; undefined off Linux or when absent. */
function cpuModelFromProc(): string | undefined {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    return match?.[1]?.trim();
  } catch {
    return undefined;
  }
}
