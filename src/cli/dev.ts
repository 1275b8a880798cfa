import path from 'node:path';
import type { Command } from 'commander';
import type { BuildEvent } from '../dev/index.js';
import { cliMessages, type CliMessages } from '../i18n/cli.js';
import type { Edition } from '../model/types.js';
import { corpusFolder, requireWholeCorpus } from './corpus-path.js';
import { cacheOptions, corpusArgument, corpusOption, editionOption, requireSeparateOutput, todayOption, usageError, type Io } from './io.js';

interface DevOptions {
  dir?: string;
  out: string;
  port: string;
  host: string;
  edition: Edition;
  national: boolean;
  today?: string;
  cacheDir: string;
  cache: boolean;
}

export function registerDev(program: Command, io: Io): void {
  const t = cliMessages[io.lang];
  const [cacheDir, noCache] = cacheOptions(t, t.check.afresh);
  program
    .command('dev')
    .description(t.dev.description)
    .addArgument(corpusArgument(t))
    .addOption(corpusOption(t))
    .option(`--out <${t.help.value.folder}>`, t.dev.out, 'dist')
    .option(`--port <${t.help.value.port}>`, t.dev.port, '4310')
    .option(`--host <${t.help.value.host}>`, t.dev.host, '127.0.0.1')
    .addOption(editionOption(t))
    .option('--no-national', t.dev.national)
    .addOption(todayOption(t))
    .addOption(cacheDir)
    .addOption(noCache)
    .action(async (argument: string | undefined, options: DevOptions) => {
      const dir = await corpusFolder(io, argument, options.dir);
      await requireWholeCorpus(io, 'dev', dir);
      requireSeparateOutput(io, dir, options.out);
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError(t.dev.badPort(options.port));
      const { startDev } = await import('../dev/index.js');
      const session = await startDev({
        root: path.resolve(io.cwd, dir),
        cwd: io.cwd,
        out: path.resolve(io.cwd, options.out),
        host: options.host,
        port,
        lang: io.lang,
        edition: options.edition,
        national: options.national,
        ...(options.today ? { today: options.today } : {}),
        ...(options.cache ? { cacheDir: path.resolve(io.cwd, options.cacheDir) } : {}),
        onBuild: (event) => io.err(describeBuild(event, options.out, t)),
        onProblem: (message) => io.err(`sop dev: ${message}\n`),
      }).catch((error: NodeJS.ErrnoException) => {
        // Listening is the one step the editor can fix: another server holds the port.
        if (error.code === 'EADDRINUSE') throw usageError(t.dev.portInUse(port, options.host));
        if (error.code === 'EACCES' || error.code === 'EADDRNOTAVAIL') throw usageError(t.dev.cannotListen(options.host, port));
        throw error;
      });
      io.err(`${t.dev.serving(options.out, session.url, dir)}\n`);
      if (session.keptPdfs.length > 0) io.err(`${t.dev.keptPdfs(session.keptPdfs.length, options.out)}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => void session.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}

/** One line per build, after its diagnostics: what changed, what was rewritten, how long it took. */
function describeBuild(event: BuildEvent, out: string, t: CliMessages): string {
  const cause = typeof event.changes === 'string' ? t.dev.firstBuild : t.dev.changed([...event.changes].join(', '));
  const ms = `${Math.round(event.milliseconds)} ms`;
  const { outcome } = event;
  if (!outcome.ok) return `${event.report}${cause} ${t.dev.failed(outcome.check.errors, ms)}\n`;
  const { written, removed } = outcome.change;
  return `${event.report}${cause} ${t.dev.built(outcome.rendered.length, written.size, removed.length, out, ms)}\n`;
}
