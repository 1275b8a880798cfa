import path from 'node:path';
import type { Command } from 'commander';
import { outputWords } from '../i18n/diagnostics/output.js';
import type { Lang } from '../model/types.js';
import { defaultThreads } from '../workers/pool.js';
import { type Format, formatDiagnostics } from './format.js';
import { cacheOptions, formatOption, langOption, todayOption, type Io } from './io.js';

export function registerCheck(program: Command, io: Io): void {
  const [cacheDir, noCache] = cacheOptions('parse every file afresh');
  program
    .command('check')
    .description('validate the procedures and print every problem as file:line:column')
    .argument('[dir]', 'corpus folder', 'procedures')
    .addOption(formatOption())
    .addOption(langOption('the diagnostics'))
    .option('--strict', 'warnings fail the check too')
    .addOption(todayOption())
    .addOption(cacheDir)
    .addOption(noCache)
    .action(async (dir: string, options: { format: Format; lang: Lang; strict?: boolean; today?: string; cache: boolean; cacheDir: string }) => {
      await io.requireDirectory(dir);
      const [{ check }, { openParseCache }] = await Promise.all([import('../index.js'), import('../build/parse-cache.js')]);
      // The parses `sop build` keeps serve here too: after an edit, only the edited files are parsed.
      const parsed = options.cache ? await openParseCache(path.resolve(io.cwd, options.cacheDir)) : undefined;
      const result = await check(dir, { today: options.today, cwd: io.cwd, lang: options.lang, threads: defaultThreads(), ...(parsed ? { parsed } : {}) });
      // A cache that cannot be saved only makes the next check slower.
      await parsed?.save().catch(() => undefined);
      io.out(formatDiagnostics(result.files, options.format, io.color, options.lang));
      // Every file found counts, including those that could not be loaded.
      const { found } = result.loaded;
      if (options.format === 'compact' || options.format === 'grouped') {
        io.err(`${outputWords[options.lang].summary({ ...found, errors: result.errors, warnings: result.warnings })}\n`);
      }
      io.exitCode = result.errors > 0 || (options.strict && result.warnings > 0) ? 1 : 0;
    });
}
