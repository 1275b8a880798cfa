import path from 'node:path';
import type { Command } from 'commander';
import { caseOutput } from '../i18n/cases.js';
import { cliMessages } from '../i18n/cli.js';
import { caseCommandOptions, caseDiagnosticLines, prepareCases, type CaseOptions } from './cases-common.js';
import { toJson } from '../diagnostic-lines.js';
import type { Io } from './io.js';

export function registerTest(program: Command, io: Io): void {
  caseCommandOptions(
    program
      .command('test')
      .description(cliMessages[io.lang].cases.test),
    io,
  ).action(async (options: CaseOptions) => {
    const prepared = await prepareCases(io, options);
    if (!prepared) return;
    const [{ runCase }, { coverage }, { coverageJson, coverageText }] = await Promise.all([import('../cases/index.js'), import('../cases/coverage.js'), import('./coverage.js')]);
    const region = options.region ? { region: options.region } : {};
    const runs = prepared.cases.map((item) => runCase(item, prepared.corpus, region));
    const regions = [...prepared.corpus.regions.values()].filter((candidate) => !options.region || candidate.id === options.region);
    const covered = coverage(regions, runs);
    const problems = toJson(prepared.files);
    const failed = problems.filter((d) => d.severity === 'error').length;
    if (options.format === 'json') {
      const cases = runs.map((run) => ({ id: run.case.id, file: run.case.origin.source.file.path, regions: run.regions.map((r) => r.region.id), failures: run.failures }));
      io.out(`${JSON.stringify({ passed: failed === 0, cases, failures: problems, coverage: coverageJson(covered) }, null, 2)}\n`);
    } else {
      const t = caseOutput[io.lang];
      const files = prepared.files.length;
      io.out(caseDiagnosticLines(prepared.files, io.lang));
      io.out(`${files === 0 ? t.noCases(path.relative(io.cwd, prepared.casesDir) || '.') : failed > 0 ? t.failed(failed, files) : t.passed(files)}\n\n`);
      io.out(coverageText(covered, io.lang));
    }
    io.exitCode = failed > 0 ? 1 : 0;
  });
}
