import path from 'node:path';
import type { Command } from 'commander';
import { defaultThreads } from '../workers/pool.js';
import { type Format, formatDiagnostics } from './format.js';
import { cacheOptions, formatOption, todayOption, type Io } from './io.js';

export function registerCheck(program: Command, io: Io): void {
  const [cacheDir, noCache] = cacheOptions('parse every file afresh');
  program
    .command('check')
    .description('validate the procedures and print every problem as file:line:column')
    .argument('[dir]', 'corpus folder', 'procedures')
    .addOption(formatOption())
    .option('--strict', 'warnings fail the check too')
    .addOption(todayOption())
    .addOption(cacheDir)
    .addOption(noCache)
    .action(async (dir: string, options: { format: Format; strict?: boolean; today?: string; cache: boolean; cacheDir: string }) => {
      await io.requireDirectory(dir);
      const [{ check }, { openParseCache }] = await Promise.all([import('../index.js'), import('../build/parse-cache.js')]);
      // The parses `sop build` keeps serve here too: after an edit, only the edited files are parsed.
      const parsed = options.cache ? await openParseCache(path.resolve(io.cwd, options.cacheDir)) : undefined;
      const result = await check(dir, { today: options.today, cwd: io.cwd, threads: defaultThreads(), ...(parsed ? { parsed } : {}) });
      // A cache that cannot be saved only makes the next check slower.
      await parsed?.save().catch(() => undefined);
      io.out(formatDiagnostics(result.files, options.format, io.color));
      const { regions } = result.loaded.corpus;
      const procedures = [...regions.values()].reduce((n, region) => n + region.procedures.size, 0);
      if (options.format === 'pretty') io.err(
        `${regions.size} Region${regions.size === 1 ? '' : 's'}, ${procedures} procedure${procedures === 1 ? '' : 's'} checked: ` +
          `${result.errors} error${result.errors === 1 ? '' : 's'}, ${result.warnings} warning${result.warnings === 1 ? '' : 's'}\n`,
      );
      io.exitCode = result.errors > 0 || (options.strict && result.warnings > 0) ? 1 : 0;
    });
}
