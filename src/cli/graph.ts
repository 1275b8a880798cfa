import { Option, type Command } from 'commander';
import { cliMessages } from '../i18n/cli.js';
import { GRAPH_FORMATS, type GraphFormat } from '../render/graph/formats.js';
import { defaultThreads } from '../workers/pool.js';
import { corpusFolder } from './corpus-path.js';
import { compactDiagnostics } from '../diagnostic-lines.js';
import { corpusOption, todayOption, usageError, type Io } from './io.js';

export function registerGraph(program: Command, io: Io): void {
  const t = cliMessages[io.lang];
  program
    .command('graph')
    .description(t.graph.description)
    .argument(`<${t.help.value.target}>`, t.graph.target)
    .addOption(corpusOption(t, true))
    .addOption(new Option(`--format <${t.help.value.format}>`, t.graph.format).choices([...GRAPH_FORMATS]).default('dot'))
    .addOption(todayOption(t))
    .action(async (target: string, options: { dir?: string; format: GraphFormat; today?: string }) => {
      const dir = await corpusFolder(io, undefined, options.dir, 'around');
      await io.requireDirectory(dir);
      const [{ check }, { exportGraph }, { messages }] = await Promise.all([import('../index.js'), import('../render/graph/export.js'), import('../i18n/index.js')]);
      const result = await check(dir, { cwd: io.cwd, today: options.today, lang: io.lang, threads: defaultThreads() });
      if (result.errors > 0) {
        io.err(compactDiagnostics(result.files, io.color, io.lang));
        io.exitCode = 1;
        return;
      }
      const [regionId, procedureId] = target.split('/') as [string, string | undefined];
      const region = result.loaded.corpus.regions.get(regionId);
      const procedure = procedureId ? region?.procedures.get(procedureId) : undefined;
      if (!region || (procedureId && !procedure)) throw usageError(t.graph.noSuch(procedureId !== undefined, target));
      io.out(await exportGraph(result.loaded.corpus, { region, ...(procedure ? { procedure } : {}) }, options.format, messages[io.lang]));
    });
}
