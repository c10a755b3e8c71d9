/**
 * The transport and session suites that go through real sockets, run again with the TCP and TLS
 * game sockets in two I/O threads (`ioThreads: 2`, net/io-threads.ts): login, enter world, moves
 * and their acknowledgements, chat, resume after a dropped connection, slow readers cut at the
 * outbound bound, per-address limits, protocol errors and graceful shutdown of the real process.
 * Each file also runs on its own with `ioThreads: 0`; test-server.ts and the spawned process read
 * REALMFORGE_IO_THREADS.
 */
process.env.REALMFORGE_IO_THREADS = '2';
await import('./transports.test.ts');
await import('./session.test.ts');
await import('./lifecycle.test.ts');
await import('./resume-movement.test.ts');
await import('./world-session.test.ts');
await import('./chat.test.ts');
await import('./connection-limits.test.ts');
await import('./shutdown.test.ts');
