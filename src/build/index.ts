// `sop build`: read the corpus, and when nothing changed since the last build say so at once;
// otherwise check, render what changed and swap the output folder in atomically.
import path from 'node:path';
import type { CheckOptions, CheckResult } from '../index.js';
import { localize, tally } from '../diagnostics.js';
import { readCorpus, type CorpusFiles } from '../load/files.js';
import type { Edition, Lang } from '../model/types.js';
import { DEFAULT_TEMPLATES } from '../paths.js';
import type { RenderProgress } from '../render/index.js';
import { BuildCache } from './cache.js';
import { folderDigest } from './digest.js';
import { buildInputs, outputKey } from './inputs.js';
import { reportPdfProblems } from './pdf-problems.js';
import type { ParseCache } from './parse-cache.js';

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
  /**
   * The build cache's folder (relative to `cwd`): outputs whose inputs did not change since the
   * last build are taken over from it. Without one, everything is made afresh.
   */
  cacheDir?: string;
  onProgress?: (progress: RenderProgress) => void;
}

/** A build's diagnostics and outputs; the checked model is `check`'s (a build lets it go before rendering). */
export interface BuildResult extends Omit<CheckResult, 'loaded'> {
  /** Files in the output folder; undefined when nothing was written (errors, or unknown Regions asked for). */
  written?: string[];
  /** Of `written`, the outputs taken over unchanged from the last build. */
  reused?: string[];
  /** Nothing changed since the last build: nothing was written, its diagnostics are replayed. */
  upToDate?: boolean;
  unknownRegions?: string[];
}

/** Validates, then renders and swaps the output in atomically. Errors write nothing. */
export async function build(root: string, options: BuildOptions): Promise<BuildResult> {
  const cwd = options.cwd ?? process.cwd();
  const out = path.resolve(cwd, options.out);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const editionName = options.edition ?? 'public';
  const render = {
    edition: editionName,
    lang: options.lang,
    regions: options.regions,
    templates: options.templates ?? DEFAULT_TEMPLATES,
    national: options.national ?? true,
    html: !options.pdfOnly,
    pdf: options.pdf ?? true,
  };
  const tree = await readCorpus(path.resolve(cwd, root), cwd);
  // The case studies published with the handbooks live beside the corpus, where `sop test` finds
  // them (load/cases.ts defaultCasesDir, not imported here: a build with nothing to do must not load the YAML schemas).
  const casesDir = path.join(path.dirname(path.resolve(cwd, root)), 'cases');
  const { templates, html, pdf, ...shape } = render;
  const cache = options.cacheDir === undefined ? undefined : {
    dir: path.resolve(cwd, options.cacheDir),
    // Case pages are made from the whole corpus and their case file: any case edit counts as a change of shape.
    inputs: await buildInputs(tree, templates, { ...shape, cases: await folderDigest(casesDir) }, { today, html, pdf, keepGoing: options.keepGoing === true }),
    outputs: await BuildCache.open(path.resolve(cwd, options.cacheDir), out),
  };
  const replayed = await cache?.outputs.unchanged(cache.inputs.fingerprint, cwd);
  if (replayed) {
    localize(replayed, options.lang);
    return { files: replayed, ...tally(replayed), written: [], reused: [], upToDate: true };
  }
  // The parse cache reads Markdown trees back, so it loads the parsers: only now, as below.
  const { ParseCache, scratchParseCache } = await import('./parse-cache.js');
  const scratch = cache ? undefined : await scratchParseCache();
  try {
    return await checkAndRender(root, { ...options, today }, tree, cache ? new ParseCache(cache.dir, cache.inputs.tool) : scratch!.store, { render, out, casesDir, cwd, cache });
  } finally {
    await scratch?.remove();
  }
}

/** How a build that has something to do makes its outputs (`build` works these out first). */
interface Making {
  render: { edition: Edition; lang: Lang; regions: string[]; templates: string; national: boolean; html: boolean; pdf: boolean };
  out: string;
  casesDir: string;
  cwd: string;
  cache: { inputs: Awaited<ReturnType<typeof buildInputs>>; outputs: BuildCache } | undefined;
}

async function checkAndRender(root: string, options: BuildOptions & { today: string }, tree: CorpusFiles, parsed: ParseCache, { render, out, casesDir, cwd, cache }: Making): Promise<BuildResult> {
  // The pipeline is loaded only now: a build with nothing to do must not wait for the parsers,
  // Graphviz and Typst to load.
  const [{ checkAndPublish }, { renderHandbooks }, { StagedOutput }] = await Promise.all([
    import('./published.js'), import('../render/index.js'), import('./write.js'),
  ]);
  const { published: edition, ...result } = await checkAndPublish(root, { ...options, files: tree }, parsed, {
    edition: render.edition, lang: options.lang, regions: options.regions, casesDir, cwd, cases: render.html || render.pdf,
  });
  if (!edition) return result;
  const staged = await StagedOutput.open(out);
  try {
    const { made, reused, problems } = await renderHandbooks(edition.corpus, edition.graph, {
      ...render,
      cases: edition.cases,
      threads: options.threads ?? 0,
      emit: (file, content) => staged.write(file, content),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(cache ? { reuse: (output, making) => cache.outputs.reusable(output, outputKey(cache.inputs, making)) } : {}),
    });
    const extra = reportPdfProblems(edition.sources, problems, options.out, edition.cases);
    const outcome = { ...result, errors: result.errors + extra.errors, warnings: result.warnings + extra.warnings, files: [...result.files, ...extra.files] };
    // The PDF problems were added after the check rendered its diagnostics.
    localize(outcome.files, options.lang);
    // All or nothing, unless the editor asked to keep what could be built.
    if (extra.errors > 0 && !options.keepGoing) {
      await staged.discard();
      return outcome;
    }
    for (const file of reused) await staged.carryOver(file);
    await staged.commit();
    const written = [...made, ...reused];
    // A cache that cannot be saved only makes the next build slower.
    if (cache) await cache.outputs.save(cache.inputs.fingerprint, written, outcome.files).catch(() => undefined);
    return { ...outcome, written, reused };
  } catch (error) {
    await staged.discard();
    throw error;
  }
}
