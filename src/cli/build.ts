import type { Command } from 'commander';
import { build } from '../build/index.js';
import { defaultThreads } from '../workers/pool.js';
import { formatDiagnostics } from './format.js';
import { cacheOptions, editionOption, langOption, requireSeparateOutput, todayOption, usageError, type Io } from './io.js';

export function registerBuild(program: Command, io: Io): void {
  const [cacheDir, noCache] = cacheOptions('make every output afresh');
  program
    .command('build')
    .description('validate, then build the HTML handbooks (nothing is written when there are errors)')
    .argument('[dir]', 'corpus folder', 'procedures')
    .option('--out <dir>', 'output folder', 'dist')
    .option('--region <id...>', 'build only these Regions')
    .addOption(langOption('the interface'))
    .option('--no-national', 'do not build the national model (built from the whole corpus otherwise)')
    .option('--no-pdf', 'do not build the PDF handbooks')
    .option('--pdf-only', 'build only the PDF handbooks')
    .option('--keep-going', 'when a PDF fails, still write everything else (the build still fails)')
    .addOption(cacheDir)
    .addOption(noCache)
    .addOption(editionOption())
    .addOption(todayOption())
    .action(async (dir: string, options: { out: string; region?: string[]; lang: 'it' | 'en'; today?: string; edition: 'public' | 'internal'; national: boolean; pdf: boolean; pdfOnly?: boolean; keepGoing?: boolean; cache: boolean; cacheDir: string }) => {
      await io.requireDirectory(dir);
      requireSeparateOutput(io.cwd, dir, options.out);
      if (options.pdfOnly && !options.pdf) throw usageError('--pdf-only and --no-pdf exclude each other');
      const started = performance.now();
      io.progress(`Checking ${dir}/`);
      const result = await build(dir, { cwd: io.cwd, today: options.today, out: options.out, lang: options.lang, regions: options.region ?? [], national: options.national, pdf: options.pdf, pdfOnly: options.pdfOnly ?? false, keepGoing: options.keepGoing ?? false, edition: options.edition, threads: defaultThreads(), ...(options.cache ? { cacheDir: options.cacheDir } : {}), onProgress: ({ kind, path, done, total }) => io.progress(`${kind === 'pdf' ? 'PDF' : 'HTML'} ${done + 1}/${total} — ${path}`) });
      io.progress(undefined);
      if (result.unknownRegions) throw usageError(`Unknown region: ${result.unknownRegions.join(', ')}`);
      io.out(formatDiagnostics(result.files, 'compact', io.color, options.lang));
      if (!result.written) {
        io.err(`Build stopped: ${result.errors} error${result.errors === 1 ? '' : 's'}; ${options.out}/ was left as it was\n`);
        io.exitCode = 1;
        return;
      }
      const took = `${Math.round(performance.now() - started)} ms`;
      if (result.upToDate) io.err(`Up to date: nothing changed since the last build of ${options.out}/ (${took})\n`);
      else {
        const pages = result.written.filter((file) => file.endsWith('.html')).length;
        const pdfs = result.written.filter((file) => file.endsWith('.pdf')).length;
        const reused = result.reused?.length ? `; ${result.reused.length} outputs unchanged since the last build` : '';
        io.err(`Built ${pages} pages and ${pdfs} PDFs in ${options.out}/ (${took}${reused})\n`);
      }
      if (result.errors > 0) io.exitCode = 1;
    });
}
