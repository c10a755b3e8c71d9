/**
 * `npm run admin -- [config flags] <command> [options]`: the operator command (see
 * {@link runAdminCommand}); prints its results and exits with its status.
 * @module
 */
import { runAdminCommand } from './admin-command.ts';

process.exitCode = await runAdminCommand(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
});
