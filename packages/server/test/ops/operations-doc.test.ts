/**
 * Keeps docs/operations.md honest about configuration: every key of the schema has a row with
 * its exact flag and environment variable, every row names a real key, and a default written as
 * a literal is the schema's default.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configSchema, envName, flagName, loadConfig } from '../../src/config/config.ts';
import { documentedConfigKeys } from './scrape.ts';

describe('docs/operations.md configuration table', () => {
  const rows = documentedConfigKeys();
  const keys = Object.keys(configSchema.shape);
  const defaults = loadConfig({}) as Record<string, unknown>;

  it('documents every configuration key with its flag and environment variable', () => {
    const documented = new Map(rows.map((row) => [row.key, row]));
    for (const key of keys) {
      const row = documented.get(key);
      assert.ok(row !== undefined, `config key ${key} is not documented in docs/operations.md`);
      assert.equal(row.flag, flagName(key), `${key} flag`);
      assert.equal(row.env, envName(key), `${key} environment variable`);
    }
    for (const row of rows) assert.ok(keys.includes(row.key), `docs/operations.md documents ${row.key}, which is not a config key`);
  });

  it('states the schema defaults', () => {
    let checked = 0;
    for (const row of rows) {
      const literal = /^`([^`]*)`/.exec(row.defaultCell)?.[1];
      if (literal === undefined) continue;
      const actual = defaults[row.key];
      const shown = typeof actual === 'string' ? actual : JSON.stringify(actual);
      assert.equal(literal, shown, `default of ${row.key}`);
      checked++;
    }
    assert.ok(checked >= 30, `only ${checked} defaults were checked`);
  });
});
