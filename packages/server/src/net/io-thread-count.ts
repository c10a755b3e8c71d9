/**
 * How many I/O threads `ioThreads: 'auto'` (the default) starts on a machine with a given number
 * of cores. The rule comes from load runs (architecture.md, I/O threads):
 *
 * - **Fewer than 4 cores: none.** On 2 cores a thread's busy time comes out of whatever else the
 *   machine runs (there, the load generator) and did not pay for itself.
 * - **4 to 7 cores: one.** The main thread (world tick, sessions) and one thread for the sockets
 *   each get a core, with the rest left to the store's and password hashing's threads and the
 *   system. Not measured on such a machine; it is the 16-core rule scaled down.
 * - **8 cores or more: two.** On 16 cores two threads took 5,000 wanderers' input→ack p99 from
 *   2.0 s to 0.48 s and 2,500's from 165 to 79 ms; four did worse than two at 5,000 (0.72 s,
 *   measured on another machine of the same kind). The main thread is the limit there, and each
 *   thread adds batches for it to send and receive.
 * @module
 */

/** The `ioThreads` setting: a number of threads, or `'auto'` to pick by the machine's cores. */
export type IoThreadsSetting = number | 'auto';

/**
 * The I/O threads to start.
 * @param setting - the configured `ioThreads`
 * @param cores - the cores the process may use (`os.availableParallelism()`)
 * @returns `setting` when it is a number, else the count the rule above gives for `cores`
 */
export function ioThreadCount(setting: IoThreadsSetting, cores: number): number {
  if (setting !== 'auto') return setting;
  if (cores >= 8) return 2;
  if (cores >= 4) return 1;
  return 0;
}
