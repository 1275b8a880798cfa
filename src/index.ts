// The library API the CLI uses.
import path from 'node:path';
import { VFile } from 'vfile';
import { report } from './diagnostics.js';
import type { PdfProblem } from './render/pdf/index.js';
import { writeAtomically } from './build/write.js';
import type { LoadCache } from './load/cache.js';
import { loadCorpus, type LoadResult } from './load/corpus.js';
import { forEdition } from './model/edition.js';
import type { Edition, Lang } from './model/types.js';
import { messages } from './render/i18n/messages.js';
import { renderHandbooks, type RenderProgress } from './render/index.js';
import { runRules } from './validate/index.js';

export interface CheckOptions {
  /** YYYY-MM-DD; defaults to today (UTC). */
  today?: string;
  cwd?: string;
  /** Keeps what was loaded for the next call (`sop dev`): unchanged files are not parsed again. */
  cache?: LoadCache;
}

export interface CheckResult {
  loaded: LoadResult;
  files: VFile[];
  errors: number;
  warnings: number;
}

export async function check(root: string, options: CheckOptions = {}): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd();
  const loaded = await loadCorpus(path.resolve(cwd, root), cwd, options.cache);
  runRules(loaded, options.today ?? new Date().toISOString().slice(0, 10));
  const messages = loaded.files.flatMap((file) => file.messages);
  for (const file of loaded.files) file.messages.sort(byPosition);
  return {
    loaded,
    files: loaded.files,
    errors: messages.filter((m) => m.fatal === true).length,
    warnings: messages.filter((m) => m.fatal !== true).length,
  };
}

function byPosition(a: { line?: number; column?: number }, b: { line?: number; column?: number }): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

export interface BuildOptions extends CheckOptions {
  out: string;
  lang: Lang;
  /** Region folders to build; all when empty. */
  regions: string[];
  templates?: string;
  /** Emit the national model; default true. */
  national?: boolean;
  /** Emit the PDF handbooks; default true. */
  pdf?: boolean;
  /** Emit only the PDF handbooks. */
  pdfOnly?: boolean;
  /** Write what could be built when some PDFs fail (the build still reports failure). */
  keepGoing?: boolean;
  /** `public` (default) leaves every restricted item out of every output. */
  edition?: Edition;
  onProgress?: (progress: RenderProgress) => void;
}

export interface BuildResult extends CheckResult {
  /** Files written; undefined when nothing was written (errors, or unknown Regions asked for). */
  written?: string[];
  unknownRegions?: string[];
}

/** Validates, then renders and swaps the output in atomically. Errors write nothing. */
export async function build(root: string, options: BuildOptions): Promise<BuildResult> {
  const result = await check(root, options);
  if (result.errors > 0) return result;
  const { corpus } = result.loaded;
  const unknownRegions = options.regions.filter((region) => !corpus.regions.has(region));
  if (unknownRegions.length > 0) return { ...result, unknownRegions };
  const editionName = options.edition ?? 'public';
  const edition = forEdition(corpus, editionName, messages[options.lang].internalUse);
  const { files, problems } = await renderHandbooks(edition.corpus, edition.graph, {
    edition: editionName,
    lang: options.lang,
    regions: options.regions,
    templates: options.templates,
    national: options.national ?? true,
    html: !options.pdfOnly,
    pdf: options.pdf ?? true,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const extra = reportPdfProblems(result, problems, options.out);
  const outcome = { ...result, errors: result.errors + extra.errors, warnings: result.warnings + extra.warnings, files: [...result.files, ...extra.files] };
  // All or nothing, unless the editor asked to keep what could be built.
  if (extra.errors > 0 && !options.keepGoing) return outcome;
  await writeAtomically(path.resolve(options.cwd ?? process.cwd(), options.out), files);
  return { ...outcome, written: [...files.keys()] };
}

/** Typesetting problems as diagnostics on the procedure (or Region) they come from. */
function reportPdfProblems(result: CheckResult, problems: PdfProblem[], out: string) {
  const extra = { errors: 0, warnings: 0, files: [] as VFile[] };
  for (const problem of problems) {
    const region = result.loaded.corpus.regions.get(problem.region);
    const procedure = problem.procedure ? region?.procedures.get(problem.procedure) : undefined;
    let file = procedure?.origin.source.file ?? region?.origin.source.file;
    if (!file) {
      file = new VFile({ path: path.join(out, 'national', 'national-model.pdf') });
      extra.files.push(file);
    }
    report(file, problem.severity, problem.severity === 'error' ? 'pdf/typeset' : 'pdf/not-ua', problem.message);
    if (problem.severity === 'error') extra.errors++;
    else extra.warnings++;
  }
  return extra;
}
