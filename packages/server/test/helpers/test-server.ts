/**
 * Starts a real server on ephemeral loopback ports with a temporary data directory and cheap
 * password hashing, and connects real clients to it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectTcp, connectTls, connectWebSocket, GameClient } from '@realmforge/client/node';
import { createServer } from '@realmforge/server';
import type { BoundPorts, RealmforgeServer, ServerConfigInput } from '@realmforge/server';

/** A running test server and how to reach it. */
export interface TestServer {
  readonly server: RealmforgeServer;
  readonly ports: BoundPorts;
  readonly dataDir: string;
  /** Connects a client over a transport and performs the handshake. */
  connect(transport?: 'tcp' | 'tls' | 'ws', handshake?: boolean): Promise<GameClient>;
  /** Stops the server and removes the data directory. */
  close(): Promise<void>;
}

/** Config suitable for tests: loopback, ephemeral ports, fast hashing, silent logs. */
export function testConfig(dataDir: string, overrides: ServerConfigInput = {}): ServerConfigInput {
  return {
    host: '127.0.0.1',
    tcpPort: 0,
    tlsPort: 0,
    udpPort: 0,
    httpPort: 0,
    adminPort: 0,
    dataDir,
    argon2MemoryKib: 1024,
    argon2Iterations: 1,
    // Every test client is 127.0.0.1, and the bots test logs a swarm in from it (each bot's
    // first login fails before it registers): a real server's per-address failure budget
    // would throttle it. Tests of the login throttle set their own limits.
    loginIpFailureBurst: 100_000,
    logLevel: 'silent',
    // REALMFORGE_IO_THREADS=2 runs a test file with the game sockets in I/O threads (io-threads-suites.test.ts).
    ioThreads: process.env.REALMFORGE_IO_THREADS ?? 0,
    ...overrides,
  };
}

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'realmforge-test-'));
}

/** Connects a raw transport to a running server. */
export async function connectClient(server: RealmforgeServer, transport: 'tcp' | 'tls' | 'ws' = 'tcp', handshake = true): Promise<GameClient> {
  const ports = server.ports;
  if (ports === undefined) throw new Error('server not started');
  let client: GameClient;
  if (transport === 'tcp') client = new GameClient(await connectTcp('127.0.0.1', ports.tcp));
  else if (transport === 'tls') {
    if (ports.tls === undefined || server.tlsCertificate === undefined) throw new Error('TLS is off');
    client = new GameClient(await connectTls('127.0.0.1', ports.tls, { ca: server.tlsCertificate }));
  } else client = new GameClient(await connectWebSocket(`ws://127.0.0.1:${ports.http}/ws`));
  if (handshake) await client.hello();
  return client;
}

/** Starts a server for one test file. */
export async function startTestServer(overrides: ServerConfigInput = {}, dataDir = tempDir()): Promise<TestServer> {
  const server = createServer(testConfig(dataDir, overrides));
  const ports = await server.start();
  return {
    server,
    ports,
    dataDir,
    connect: (transport, handshake) => connectClient(server, transport, handshake),
    close: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let counter = 0;

/** A username unique within this process. */
export function uniqueName(prefix = 'user'): string {
  counter++;
  return `${prefix}${process.pid}x${counter}`;
}

/** A character name (letters only) unique within this process. */
export function uniqueCharacterName(): string {
  counter++;
  const letters = `${process.pid}${counter}`.replace(/\d/g, (d) => String.fromCharCode(97 + Number(d)));
  return `Hero${letters}`.slice(0, 16);
}

/** Registers, logs in, creates a character and enters the world. */
export async function playerInWorld(client: GameClient, username = uniqueName()): Promise<{ username: string; characterId: string; resumeToken: string }> {
  await client.register(username, 'correct horse');
  const { resumeToken } = await client.login(username, 'correct horse');
  const created = await client.createCharacter(uniqueCharacterName());
  const characterId = created.character?.id ?? '';
  await client.enterWorld(characterId);
  return { username, characterId, resumeToken };
}
