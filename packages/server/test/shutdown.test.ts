import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { connectTcp, GameClient } from '@realmforge/client/node';
import { ErrorCode } from '@realmforge/protocol';
import { playerInWorld, tempDir } from './helpers/test-server.ts';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));

/** Starts the real command line on an ephemeral TCP port and resolves with it. */
function startProcess(dataDir: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [main, '--tcp-port', '0', '--tls-port', '0', '--udp-port', '0', '--http-port', '0', '--admin-port', '0', '--data-dir', dataDir,
    '--argon2-memory-kib', '1024', '--argon2-iterations', '1', '--log-pretty', 'false'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /tcp (\d+), tls/.exec(out);
      if (match?.[1] !== undefined) resolve({ child, port: Number(match[1]) });
    });
    child.once('exit', (code) => {
      reject(new Error(`server exited early with ${code}: ${out}`));
    });
  });
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => {
    resolve(code);
  }));
}

describe('graceful shutdown of the real process', () => {
  const dataDir = tempDir();
  after(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('SIGTERM tells clients why, saves characters, exits 0; a restart reads them back', async () => {
    const first = await startProcess(dataDir);
    const client = new GameClient(await connectTcp('127.0.0.1', first.port));
    await client.hello();
    const { username, characterId } = await playerInWorld(client);
    client.move(1, 1);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const walked = client.world.self;
    assert.ok(walked);
    const exited = exitCode(first.child);
    const started = Date.now();
    first.child.kill('SIGTERM');
    const reason = await client.closed;
    assert.equal(reason?.code, ErrorCode.ERROR_CODE_SERVER_SHUTTING_DOWN);
    assert.equal(await exited, 0);
    assert.ok(Date.now() - started < 10_000);

    const second = await startProcess(dataDir);
    const again = new GameClient(await connectTcp('127.0.0.1', second.port));
    await again.hello();
    await again.login(username, 'correct horse');
    const characters = await again.listCharacters();
    assert.deepEqual(characters.map((c) => c.id), [characterId]);
    const entered = await again.enterWorld(characterId);
    assert.equal(entered.character?.zone, 'meadow');
    // Saved at shutdown: the walk is not lost (the client's view may trail by a tick or two).
    assert.ok(Math.abs((entered.character.position?.x ?? 0) - walked.x) < 1, `restored x ${entered.character.position?.x} vs seen ${walked.x}`);
    assert.ok((entered.character.position?.x ?? 0) > 0);
    const exitedAgain = exitCode(second.child);
    second.child.kill('SIGINT');
    assert.equal(await exitedAgain, 0);
  });

  it('refuses an invalid configuration with a message naming the key', async () => {
    const child = spawn(process.execPath, [main, '--tcp-port', 'seventy'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    assert.equal(await exitCode(child), 2);
    assert.match(err, /tcpPort/);
    assert.match(err, /--tcp-port/);
  });
});
