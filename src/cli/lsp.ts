import type { Command } from 'commander';
import { cliMessages } from '../i18n/cli.js';
import type { Io } from './io.js';

export function registerLsp(program: Command, io: Io): void {
  const t = cliMessages[io.lang];
  program
    .command('lsp')
    .description(t.lsp.description)
    // Editors' LSP clients pass the transport; standard input and output is the only one.
    .option('--stdio', t.lsp.stdio)
    .action(async () => {
      const { startServer } = await import('../lsp/server.js');
      // The client's `lang` initialization option, when given, wins over the program's --lang.
      startServer({ lang: io.lang, input: process.stdin, output: process.stdout });
    });
}
