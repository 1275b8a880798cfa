import path from 'node:path';
import type { Command } from 'commander';
import type { BuildEvent } from '../dev/index.js';
import { editionOption, langOption, requireSeparateOutput, todayOption, usageError, type Io } from './io.js';

export function registerDev(program: Command, io: Io): void {
  program
    .command('dev')
    .description('build, serve the handbooks on localhost and rebuild what each save changes (HTML only)')
    .argument('[dir]', 'corpus folder', 'procedures')
    .option('--out <dir>', 'output folder: what is served, written as each output is made', 'dist')
    .option('--port <port>', 'port to listen on (0: any free port)', '4310')
    .option('--host <host>', 'address to listen on; other machines can reach the server only if you widen it', '127.0.0.1')
    .addOption(langOption('the interface'))
    .addOption(editionOption())
    .option('--no-national', 'do not build the national model')
    .addOption(todayOption())
    .action(async (dir: string, options: { out: string; port: string; host: string; lang: 'it' | 'en'; edition: 'public' | 'internal'; national: boolean; today?: string }) => {
      await io.requireDirectory(dir);
      requireSeparateOutput(io.cwd, dir, options.out);
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError(`--port takes a port number, not "${options.port}"`);
      const { startDev } = await import('../dev/index.js');
      const session = await startDev({
        root: path.resolve(io.cwd, dir),
        cwd: io.cwd,
        out: path.resolve(io.cwd, options.out),
        host: options.host,
        port,
        lang: options.lang,
        edition: options.edition,
        national: options.national,
        ...(options.today ? { today: options.today } : {}),
        onBuild: (event) => io.err(describeBuild(event, options.out)),
        onProblem: (message) => io.err(`sop dev: ${message}\n`),
      }).catch((error: NodeJS.ErrnoException) => {
        // Listening is the one step the editor can fix: another server holds the port.
        if (error.code === 'EADDRINUSE') throw usageError(`Port ${port} on ${options.host} is already in use (another sop dev?). Hint: stop it, or choose another port with --port`);
        if (error.code === 'EACCES' || error.code === 'EADDRNOTAVAIL') throw usageError(`Cannot listen on ${options.host}:${port}. Hint: choose another --host or --port`);
        throw error;
      });
      io.err(`Serving ${options.out}/ at ${session.url} — watching ${dir}/ (Ctrl+C to stop)\n`);
      if (session.keptPdfs.length > 0) io.err(`${options.out}/ keeps ${session.keptPdfs.length} PDF${session.keptPdfs.length === 1 ? '' : 's'} of the last sop build: sop dev does not update them, so they may be out of date (sop build makes them anew)\n`);
      await new Promise<void>((resolve) => {
        const stop = () => void session.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}

/** One line per build, after its diagnostics: what changed, what was rewritten, how long it took. */
function describeBuild(event: BuildEvent, out: string): string {
  const cause = typeof event.changes === 'string' ? 'Built' : `${[...event.changes].join(', ')} changed:`;
  const ms = `${Math.round(event.milliseconds)} ms`;
  const { outcome } = event;
  if (!outcome.ok) return `${event.report}${cause} ${outcome.check.errors} error${outcome.check.errors === 1 ? '' : 's'}; still serving the last good build (${ms})\n`;
  const { written, removed } = outcome.change;
  return `${event.report}${cause} ${outcome.rendered.length} rendered, ${written.size} written, ${removed.length} removed in ${out}/ (${ms})\n`;
}
