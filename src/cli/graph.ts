import { Option, type Command } from 'commander';
import { GRAPH_FORMATS, type GraphFormat } from '../render/graph/formats.js';
import { defaultThreads } from '../workers/pool.js';
import { formatDiagnostics } from './format.js';
import { langOption, todayOption, usageError, type Io } from './io.js';

export function registerGraph(program: Command, io: Io): void {
  program
    .command('graph')
    .description('export the referral graph of a procedure (region/procedure) or a Region')
    .argument('<target>', 'a Region id, or region/procedure')
    .option('--dir <dir>', 'corpus folder', 'procedures')
    .addOption(new Option('--format <format>', 'output format').choices([...GRAPH_FORMATS]).default('dot'))
    .addOption(langOption('labels'))
    .addOption(todayOption())
    .action(async (target: string, options: { dir: string; format: GraphFormat; lang: 'it' | 'en'; today?: string }) => {
      await io.requireDirectory(options.dir);
      const [{ check }, { exportGraph }, { messages }] = await Promise.all([import('../index.js'), import('../render/graph/export.js'), import('../i18n/index.js')]);
      const result = await check(options.dir, { cwd: io.cwd, today: options.today, lang: options.lang, threads: defaultThreads() });
      if (result.errors > 0) {
        io.err(formatDiagnostics(result.files, 'compact', io.color, options.lang));
        io.exitCode = 1;
        return;
      }
      const [regionId, procedureId] = target.split('/') as [string, string | undefined];
      const region = result.loaded.corpus.regions.get(regionId);
      const procedure = procedureId ? region?.procedures.get(procedureId) : undefined;
      if (!region || (procedureId && !procedure)) throw usageError(`No such ${procedureId ? 'procedure' : 'Region'}: ${target}`);
      io.out(await exportGraph(result.loaded.corpus, { region, ...(procedure ? { procedure } : {}) }, options.format, messages[options.lang]));
    });
}
