import type { Command } from 'commander';
import { build } from '../build/index.js';
import { cliMessages } from '../i18n/cli.js';
import type { Edition } from '../model/types.js';
import { defaultThreads } from '../workers/pool.js';
import { corpusFolder, requireWholeCorpus } from './corpus-path.js';
import { compactDiagnostics } from '../diagnostic-lines.js';
import { cacheOptions, corpusArgument, corpusOption, editionOption, requireSeparateOutput, todayOption, usageError, type Io } from './io.js';

interface BuildOptions {
  dir?: string;
  out: string;
  region?: string[];
  today?: string;
  edition: Edition;
  national: boolean;
  pdf: boolean;
  pdfOnly?: boolean;
  keepGoing?: boolean;
  cache: boolean;
  cacheDir: string;
}

export function registerBuild(program: Command, io: Io): void {
  const t = cliMessages[io.lang];
  const [cacheDir, noCache] = cacheOptions(t, t.build.afresh);
  program
    .command('build')
    .description(t.build.description)
    .addArgument(corpusArgument(t))
    .addOption(corpusOption(t))
    .option(`--out <${t.help.value.folder}>`, t.build.out, 'dist')
    .option(`--region <${t.help.value.id}...>`, t.build.region)
    .option('--no-national', t.build.national)
    .option('--no-pdf', t.build.noPdf)
    .option('--pdf-only', t.build.pdfOnly)
    .option('--keep-going', t.build.keepGoing)
    .addOption(cacheDir)
    .addOption(noCache)
    .addOption(editionOption(t))
    .addOption(todayOption(t))
    .action(async (argument: string | undefined, options: BuildOptions) => {
      const dir = await corpusFolder(io, argument, options.dir);
      await requireWholeCorpus(io, 'build', dir);
      requireSeparateOutput(io, dir, options.out);
      if (options.pdfOnly && !options.pdf) throw usageError(t.usage.pdfOnlyNoPdf);
      const started = performance.now();
      io.progress(t.build.checking(dir));
      const result = await build(dir, { cwd: io.cwd, today: options.today, out: options.out, lang: io.lang, regions: options.region ?? [], national: options.national, pdf: options.pdf, pdfOnly: options.pdfOnly ?? false, keepGoing: options.keepGoing ?? false, edition: options.edition, threads: defaultThreads(), ...(options.cache ? { cacheDir: options.cacheDir } : {}), onProgress: ({ kind, path, done, total }) => io.progress(`${kind === 'pdf' ? 'PDF' : 'HTML'} ${done + 1}/${total} — ${path}`) });
      io.progress(undefined);
      if (result.unknownRegions) throw usageError(t.usage.unknownRegions(result.unknownRegions.join(', ')));
      io.out(compactDiagnostics(result.files, io.color, io.lang));
      if (!result.written) {
        io.err(`${t.build.stopped(result.errors, options.out)}\n`);
        io.exitCode = 1;
        return;
      }
      const took = `${Math.round(performance.now() - started)} ms`;
      if (result.upToDate) io.err(`${t.build.upToDate(options.out, took)}\n`);
      else {
        const pages = result.written.filter((file) => file.endsWith('.html')).length;
        const pdfs = result.written.filter((file) => file.endsWith('.pdf')).length;
        io.err(`${t.build.built(pages, pdfs, options.out, took, result.reused?.length ?? 0)}\n`);
      }
      if (result.errors > 0) io.exitCode = 1;
    });
}
