import { Command, CommanderError } from 'commander';
import { registerBuild } from './build.js';
import { registerCheck } from './check.js';
import { registerDev } from './dev.js';
import { registerDiff } from './diff.js';
import { registerGraph } from './graph.js';
import { registerNew } from './new.js';
import { registerRun } from './run.js';
import { registerSchema } from './schema.js';
import { registerTest } from './test.js';
import { createIo, UsageError, type Io } from './io.js';

const EXIT_USAGE = 2;

/**
 * Each command imports its pipeline when it runs, not here: loading the parsers, Graphviz and
 * Typst takes half a second, more than `sop build` needs to find that nothing changed.
 */
export function program(io: Io): Command {
  const cli = new Command('sop')
    .description('Write, check and publish anti-trafficking Standard Operating Procedures')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError();
  registerCheck(cli, io);
  registerBuild(cli, io);
  registerDev(cli, io);
  registerDiff(cli, io);
  registerGraph(cli, io);
  registerNew(cli, io);
  registerSchema(cli, io);
  registerRun(cli, io);
  registerTest(cli, io);
  return cli;
}

/** Runs the CLI and returns its exit code: 0 ok, 1 problems found, 2 usage errors. */
export async function main(argv: string[], io: Io = createIo()): Promise<number> {
  try {
    await program(io).parseAsync(argv);
    return io.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
    if (error instanceof UsageError) {
      io.err(`sop: ${error.message}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
