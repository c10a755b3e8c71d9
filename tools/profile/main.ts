/**
 * `npm run profile:report -- FILE.cpuprofile [--out DIR] [--name NAME] [--title TEXT] [--long-ms MS]`:
 * turns a V8 CPU profile (`node --cpu-prof`) into a flame graph (`<name>-flame.svg`) and prints
 * where the busy time goes, by the engine's source files and by function, and how it is laid out
 * in unbroken busy stretches (busy-stretches.ts), as markdown.
 * @module
 */
import { mkdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ProfileError, readCpuProfile } from './cpu-profile.ts';
import { DEFAULT_LONG_MS, profileMarkdown, writeProfileReport } from './profile-report.ts';

const USAGE = `usage: npm run profile:report -- FILE.cpuprofile [--out DIR] [--name NAME] [--title TEXT] [--long-ms MS]

Writes <out>/<name>-flame.svg (default: next to the profile, named after it) and prints the busy
samples by source file and by function, and the unbroken busy stretches (those of at least MS
milliseconds, default ${DEFAULT_LONG_MS}: one tick at 20 Hz, by what they did), as markdown.`;

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      strict: true,
      options: { out: { type: 'string' }, name: { type: 'string' }, title: { type: 'string' }, 'long-ms': { type: 'string' }, help: { type: 'boolean' } },
    });
  } catch (error) {
    process.stderr.write(`profile: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) {
    process.stderr.write(`profile: give exactly one .cpuprofile file\n\n${USAGE}\n`);
    return 2;
  }
  const longMs = values['long-ms'] === undefined ? DEFAULT_LONG_MS : Number(values['long-ms']);
  if (!(Number.isFinite(longMs) && longMs > 0)) {
    process.stderr.write(`profile: --long-ms must be a number of milliseconds above 0, got ${values['long-ms']}\n\n${USAGE}\n`);
    return 2;
  }
  const name = values.name ?? basename(file).replace(/\.cpuprofile$/, '');
  const out = resolve(values.out ?? dirname(file));
  try {
    const profile = readCpuProfile(file);
    mkdirSync(out, { recursive: true });
    const summary = writeProfileReport(out, name, profile, values.title ?? name, undefined, longMs);
    process.stdout.write(`${profileMarkdown(summary, `\`${basename(file)}\``).join('\n')}\nprofile: wrote ${resolve(out, summary.flameGraph)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof ProfileError) {
      process.stderr.write(`profile: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main();
