import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from '@realmforge/server';
import { ioThreadCount } from '../../src/net/io-thread-count.ts';

describe('ioThreads: a count or auto', () => {
  it('defaults to auto, which starts none below 4 cores, one on 4 to 7, two from 8', () => {
    assert.equal(loadConfig().ioThreads, 'auto');
    const picked = [1, 2, 3, 4, 7, 8, 16, 128].map((cores) => ioThreadCount('auto', cores));
    assert.deepEqual(picked, [0, 0, 0, 1, 1, 2, 2, 2]);
  });

  it('takes a number as given, whatever the cores', () => {
    assert.equal(ioThreadCount(0, 16), 0);
    assert.equal(ioThreadCount(3, 2), 3);
  });

  it('reads a count or auto from flags and the environment, and names the key for anything else', () => {
    assert.equal(loadConfig({ argv: ['--io-threads', '3'] }).ioThreads, 3);
    assert.equal(loadConfig({ argv: ['--io-threads', 'auto'] }).ioThreads, 'auto');
    assert.equal(loadConfig({ env: { REALMFORGE_IO_THREADS: '0' } }).ioThreads, 0);
    assert.throws(() => loadConfig({ argv: ['--io-threads', 'many'] }), /ioThreads" from flag --io-threads: expected a number of threads from 0 to 64, or "auto"; got "many"/);
    assert.throws(() => loadConfig({ argv: ['--io-threads', '65'] }), /ioThreads/);
    assert.throws(() => loadConfig({ argv: ['--io-threads', '-1'] }), /ioThreads/);
  });
});
