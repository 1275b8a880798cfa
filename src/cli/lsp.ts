import { Option, type Command } from 'commander';
import type { Lang } from '../model/types.js';

export function registerLsp(program: Command): void {
  program
    .command('lsp')
    .description('language server for editors: diagnostics, completion and hover in procedures and corpus YAML files')
    // Editors' LSP clients pass the transport; standard input and output is the only one.
    .option('--stdio', 'talk over standard input and output (the default)')
    .addOption(new Option('--lang <lang>', 'language of completion and hover texts').choices(['it', 'en']).default('it'))
    .action(async (options: { lang: Lang }) => {
      const { startServer } = await import('../lsp/server.js');
      startServer({ lang: options.lang, input: process.stdin, output: process.stdout });
    });
}
