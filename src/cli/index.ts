import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { cliMessages } from '../i18n/cli.js';
import { PACKAGE_DIR } from '../paths.js';
import { registerBuild } from './build.js';
import { registerCheck } from './check.js';
import { registerDev } from './dev.js';
import { registerDiff } from './diff.js';
import { registerGraph } from './graph.js';
import { createIo, UsageError, type Io } from './io.js';
import { languageOf, localError, localHelp } from './localise.js';
import { registerLsp } from './lsp.js';
import { registerNew } from './new.js';
import { registerRun } from './run.js';
import { registerSchema } from './schema.js';
import { registerTest } from './test.js';

const EXIT_USAGE = 2;

/**
 * Each command imports its pipeline when it runs, not here: loading the parsers, Graphviz and
 * Typst takes half a second, more than `sop build` needs to find that nothing changed.
 * Every text is in `io.lang`, which must be set before: commander takes help texts at registration.
 */
export function program(io: Io): Command {
  const t = cliMessages[io.lang];
  const { version } = JSON.parse(readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string };
  const cli = new Command('sop')
    .description(t.program.description)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err, outputError: (message, write) => write(localError(message, t)) })
    .configureHelp(localHelp(t))
    .helpOption('-h, --help', t.help.help)
    .helpCommand(`help [${t.help.command.slice(1, -1)}]`, t.help.helpCommand)
    .version(version, '-V, --version', t.help.version)
    // Taken wherever it stands on the command line (the language was already read from it).
    .addOption(new Option(`--lang <${t.help.value.lang}>`, t.program.lang).choices(['it', 'en']).default(io.lang))
    .showHelpAfterError();
  registerCheck(cli, io);
  registerBuild(cli, io);
  registerDev(cli, io);
  registerDiff(cli, io);
  registerGraph(cli, io);
  registerLsp(cli, io);
  registerNew(cli, io);
  registerSchema(cli, io);
  registerRun(cli, io);
  registerTest(cli, io);
  return cli;
}

/** Runs the CLI and returns its exit code: 0 ok, 1 problems found, 2 usage errors. */
export async function main(argv: string[], io: Io = createIo(), env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
  const args = argv.slice(2);
  io.lang = languageOf(args, env);
  const cli = program(io);
  // Bare `sop` (perhaps with a language): the help, as an answer rather than an error.
  if (args.length === 0 || [`--lang ${io.lang}`, `--lang=${io.lang}`].includes(args.join(' '))) {
    io.out(cli.helpInformation());
    return 0;
  }
  try {
    await cli.parseAsync(argv);
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
