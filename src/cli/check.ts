import path from 'node:path';
import type { Command } from 'commander';
import { cliMessages } from '../i18n/cli.js';
import { outputWords } from '../i18n/diagnostics/output.js';
import { defaultThreads } from '../workers/pool.js';
import { corpusToCheck, diagnosticsOf } from './corpus-path.js';
import { type Format, formatDiagnostics } from './format.js';
import { cacheOptions, corpusArgument, corpusOption, formatOption, todayOption, type Io } from './io.js';

export function registerCheck(program: Command, io: Io): void {
  const t = cliMessages[io.lang];
  const [cacheDir, noCache] = cacheOptions(t, t.check.afresh);
  program
    .command('check')
    .description(t.check.description)
    .addArgument(corpusArgument(t))
    .addOption(corpusOption(t, true))
    .addOption(formatOption(t, t.check.format))
    .option('--strict', t.check.strict)
    .addOption(todayOption(t))
    .addOption(cacheDir)
    .addOption(noCache)
    .action(async (argument: string | undefined, options: { dir?: string; format: Format; strict?: boolean; today?: string; cache: boolean; cacheDir: string }) => {
      const target = await corpusToCheck(io, argument, options.dir);
      const [{ check }, { openParseCache, scratchParseCache }] = await Promise.all([import('../index.js'), import('../build/parse-cache.js')]);
      // The parses `sop build` keeps serve here too: after an edit, only the edited files are parsed.
      // Without the cache they go to a folder of their own, so that the check need not hold every tree.
      const scratch = options.cache ? undefined : await scratchParseCache();
      const parsed = scratch?.store ?? (await openParseCache(path.resolve(io.cwd, options.cacheDir)));
      const result = await check(target.root, { today: options.today, cwd: io.cwd, lang: io.lang, threads: defaultThreads(), parsed }).finally(() => scratch?.remove());
      // A cache that cannot be saved only makes the next check slower.
      if (!scratch) await parsed.save().catch(() => undefined);
      // A Region folder or a file: the whole corpus is checked, what concerns the part is shown.
      const shown = diagnosticsOf(result.files, target.part);
      io.out(await formatDiagnostics(shown.files, options.format, io.color, io.lang));
      // Every file found counts, including those that could not be loaded.
      const human = options.format === 'compact' || options.format === 'grouped';
      if (human) io.err(`${outputWords[io.lang].summary({ ...result.loaded.found, errors: shown.errors, warnings: shown.warnings })}\n`);
      if (shown.elsewhere > 0 && human) io.err(`${t.check.elsewhere(shown.elsewhere, target.root)}\n`);
      io.exitCode = shown.errors > 0 || (options.strict && shown.warnings > 0) ? 1 : 0;
    });
}
