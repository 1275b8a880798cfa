import path from 'node:path';
import type { Command } from 'commander';
import { caseCommandOptions, caseDiagnosticLines, prepareCases, type CaseOptions } from './cases-common.js';
import { cliMessages } from '../i18n/cli.js';
import { toJson } from '../diagnostic-lines.js';
import { usageError, type Io } from './io.js';

export function registerRun(program: Command, io: Io): void {
  caseCommandOptions(
    program
      .command('run')
      .description(cliMessages[io.lang].cases.run)
      .argument(`<${cliMessages[io.lang].cases.caseValue}>`, cliMessages[io.lang].cases.caseArgument),
    io,
  ).action(async (name: string, options: CaseOptions) => {
    const prepared = await prepareCases(io, options);
    if (!prepared) return;
    const [{ runCase }, { timelineJson, timelineText }] = await Promise.all([import('../cases/index.js'), import('./timeline.js')]);
    const wanted = path.resolve(io.cwd, name);
    const named = (file: { path: string; stem?: string }) => path.resolve(io.cwd, file.path) === wanted || file.stem === name;
    const file = prepared.files.find(named) ?? prepared.cases.find((item) => item.id === name)?.origin.source.file;
    if (!file) throw usageError(cliMessages[io.lang].cases.noCase(name, path.relative(io.cwd, prepared.casesDir) || '.'));
    const item = prepared.cases.find((candidate) => candidate.origin.source.file === file);
    if (!item) {
      io.err(caseDiagnosticLines([file], io.lang));
      io.exitCode = 1;
      return;
    }
    const run = runCase(item, prepared.corpus, options.region ? { region: options.region } : {});
    const { catalogue } = prepared.corpus;
    if (options.format === 'json') io.out(`${JSON.stringify({ ...timelineJson(item, run.regions, catalogue, io.lang), failures: toJson([file]) }, null, 2)}\n`);
    else {
      io.out(timelineText(item, run.regions, catalogue, io.lang));
      io.err(caseDiagnosticLines([file], io.lang));
    }
    io.exitCode = run.failures > 0 ? 1 : 0;
  });
}
