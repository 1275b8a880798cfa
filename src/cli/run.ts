import path from 'node:path';
import type { Command } from 'commander';
import { caseCommandOptions, caseDiagnosticLines, prepareCases, type CaseOptions } from './cases-common.js';
import { toJson } from './format.js';
import { usageError, type Io } from './io.js';

export function registerRun(program: Command, io: Io): void {
  caseCommandOptions(
    program
      .command('run')
      .description('follow a case study through the procedures and print its path in each Region as a timeline')
      .argument('<case>', 'a case id, or its file (cases/<file>.yaml)'),
  ).action(async (name: string, options: CaseOptions) => {
    const prepared = await prepareCases(io, options);
    if (!prepared) return;
    const [{ runCase }, { timelineJson, timelineText }] = await Promise.all([import('../cases/index.js'), import('./timeline.js')]);
    const wanted = path.resolve(io.cwd, name);
    const named = (file: { path: string; stem?: string }) => path.resolve(io.cwd, file.path) === wanted || file.stem === name;
    const file = prepared.files.find(named) ?? prepared.cases.find((item) => item.id === name)?.origin.source.file;
    if (!file) throw usageError(`No such case: ${name} (in ${path.relative(io.cwd, prepared.casesDir) || '.'})`);
    const item = prepared.cases.find((candidate) => candidate.origin.source.file === file);
    if (!item) {
      io.err(caseDiagnosticLines([file], options.lang));
      io.exitCode = 1;
      return;
    }
    const run = runCase(item, prepared.corpus, { lang: options.lang, ...(options.region ? { region: options.region } : {}) });
    const { catalogue } = prepared.corpus;
    if (options.format === 'json') io.out(`${JSON.stringify({ ...timelineJson(item, run.regions, catalogue, options.lang), failures: toJson([file]) }, null, 2)}\n`);
    else {
      io.out(timelineText(item, run.regions, catalogue, options.lang));
      io.err(caseDiagnosticLines([file], options.lang));
    }
    io.exitCode = run.failures > 0 ? 1 : 0;
  });
}
