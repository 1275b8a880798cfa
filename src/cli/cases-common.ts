// What `sop run` and `sop test` share: the options, checking the corpus, loading the case files
// and printing their diagnostics as file:line:col lines in the reader's language.
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { VFile } from 'vfile';
import { localize } from '../diagnostics.js';
import { cliMessages } from '../i18n/cli.js';
import type { Case, Corpus, Lang } from '../model/types.js';
import { defaultThreads } from '../workers/pool.js';
import { compactDiagnostics } from '../diagnostic-lines.js';
import { corpusOption, todayOption, usageError, type Io } from './io.js';

export interface CaseOptions {
  dir: string;
  cases?: string;
  region?: string;
  format: 'text' | 'json';
  today?: string;
}

export function caseCommandOptions(command: Command, io: Io): Command {
  const t = cliMessages[io.lang];
  return command
    .addOption(corpusOption(t).default('procedures'))
    .option(`--cases <${t.help.value.folder}>`, t.cases.cases)
    .option(`--region <${t.help.value.id}>`, t.cases.region)
    .addOption(new Option(`--format <${t.help.value.format}>`, t.cases.format).choices(['text', 'json']).default('text'))
    .addOption(todayOption(t));
}

export interface Prepared {
  corpus: Corpus;
  cases: Case[];
  /** Every case file, with the diagnostics of loading and checking its ids. */
  files: VFile[];
  casesDir: string;
}

/**
 * The checked corpus and the case files, or undefined (exit 1, diagnostics printed on stderr)
 * when the corpus has errors: no case can be trusted to run through a broken procedure.
 */
export async function prepareCases(io: Io, options: CaseOptions): Promise<Prepared | undefined> {
  await io.requireDirectory(options.dir);
  const [{ check }, { loadCases, defaultCasesDir }, { checkCase }] = await Promise.all([import('../index.js'), import('../load/cases.js'), import('../cases/check.js')]);
  const result = await check(options.dir, { cwd: io.cwd, today: options.today, threads: defaultThreads() });
  if (result.errors > 0) {
    io.err(compactDiagnostics(result.files, io.color, io.lang));
    io.exitCode = 1;
    return undefined;
  }
  const { corpus } = result.loaded;
  if (options.region && !corpus.regions.has(options.region)) throw usageError(cliMessages[io.lang].cases.noRegion(options.region));
  const casesDir = options.cases ? path.resolve(io.cwd, options.cases) : defaultCasesDir(path.resolve(io.cwd, options.dir));
  if (options.cases) await io.requireDirectory(options.cases);
  const loaded = await loadCases(casesDir, io.cwd);
  const cases = loaded.cases.filter((item) => checkCase(item, corpus));
  return { corpus, cases, files: loaded.files, casesDir };
}

/** `cases/x.yaml:12:5  errore  …  cases/reaches`, one line per diagnostic, as `sop check` prints them. */
export function caseDiagnosticLines(files: readonly VFile[], lang: Lang): string {
  localize(files, lang);
  return compactDiagnostics([...files], false, lang);
}

