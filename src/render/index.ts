// render: the model → every output file of the handbooks, in memory. Writing is the caller's.
import type { ReferralGraph } from '../model/graph.js';
import { mergeNational } from '../model/national.js';
import { DEFAULT_TEMPLATES } from '../paths.js';
import { PARALLEL_FROM } from '../workers/pool.js';
import type { Corpus, Edition, Lang, NationalModel } from '../model/types.js';
import { messages } from './i18n/messages.js';
import { renderPdfs, type PdfProblem } from './pdf/index.js';
import { nationalDiagram, procedureDiagram, regionDiagram } from './graph/diagrams.js';
import { withLayoutWorkers } from './graph/svg.js';
import { planHtml, regionWideSources, type OutputMaking } from './plan.js';
import type { Site } from './site.js';
import { loadTheme } from './theme.js';
import { page } from './urls.js';

export interface RenderOptions {
  lang: Lang;
  /** Region folders to build; all when empty. */
  regions: string[];
  templates?: string;
  /** Emit the national model (from the whole corpus, whatever `regions` says). */
  national: boolean;
  html: boolean;
  pdf: boolean;
  edition: Edition;
  onProgress?: (progress: RenderProgress) => void;
  /** Worker threads to lay out diagrams with, when the corpus is large enough; 0 (the default) lays out on this thread. */
  threads?: number;
  /** Where each output goes as soon as it is made; by default outputs are kept in `files`. */
  emit?: (file: string, content: string | Buffer) => Promise<void>;
  /** The build cache: whether the output the last build made in the same way can stand. */
  reuse?: (output: string, made: OutputMaking) => Promise<boolean>;
}

/** Where a long build has got to: the output being made, and how many of its kind are done. */
export interface RenderProgress {
  kind: 'pdf' | 'html';
  /** The output file about to be made. */
  path: string;
  done: number;
  total: number;
}

export type OutputFiles = Map<string, string | Buffer>;

export interface Rendered {
  /** The outputs made, unless they were emitted. */
  files: OutputFiles;
  /** Paths of the outputs made. */
  made: string[];
  /** Outputs taken over from the last build, unchanged. */
  reused: string[];
  problems: PdfProblem[];
}

export { DEFAULT_TEMPLATES };

/**
 * What every renderer shares, for one build of one edition. `merged`: the national model when
 * the caller knows it is unchanged (`sop dev` after a save that changed only prose).
 */
export async function createSite(corpus: Corpus, graph: ReferralGraph, options: Omit<RenderOptions, 'html' | 'pdf'>, merged?: NationalModel): Promise<Site> {
  const templates = options.templates ?? DEFAULT_TEMPLATES;
  const built = new Set(options.regions.length > 0 ? options.regions : corpus.regions.keys());
  const themes = new Map([['', await loadTheme(templates)]]);
  for (const region of built) themes.set(region, await loadTheme(templates, region));
  const national = options.national ? (merged ?? mergeNational(corpus)) : undefined;
  return { corpus, graph, t: messages[options.lang], themes, built, pdfs: new Set(), diagrams: new Map(), edition: options.edition, templates, ...(national ? { national } : {}) };
}

export async function renderHandbooks(corpus: Corpus, graph: ReferralGraph, options: RenderOptions): Promise<Rendered> {
  const site = await createSite(corpus, graph, options);
  const procedures = [...site.built].reduce((count, folder) => count + corpus.regions.get(folder)!.procedures.size, 0);
  if ((options.threads ?? 0) < 2 || procedures < PARALLEL_FROM) return renderSite(site, options);
  return withLayoutWorkers(options.threads!, () => {
    // Every diagram is asked for now, in the order the outputs need them: the workers lay them
    // out while this thread renders.
    for (const folder of site.built) {
      const region = corpus.regions.get(folder)!;
      for (const procedure of region.procedures.values()) void procedureDiagram(site, procedure).catch(() => undefined);
      void regionDiagram(site, region).catch(() => undefined);
    }
    if (site.national) void nationalDiagram(site).catch(() => undefined);
    return renderSite(site, options);
  });
}

async function renderSite(site: Site, options: RenderOptions): Promise<Rendered> {
  const files: OutputFiles = new Map();
  const made: string[] = [];
  const emit = async (file: string, content: string | Buffer) => {
    made.push(file);
    await (options.emit ? options.emit(file, content) : files.set(file, content));
  };
  const problems: PdfProblem[] = [];
  const reused: string[] = [];
  const reuse = options.reuse ?? (async () => false);
  const progress = options.onProgress ?? (() => undefined);
  // PDFs first: the HTML links only to the ones that were produced.
  if (options.pdf) {
    const sources = pdfSources(site);
    const wanted = new Set<string>();
    for (const [file, from] of sources) {
      if (await reuse(file, { sources: from, prose: true, pdfs: [] })) {
        reused.push(file);
        site.pdfs.add(file);
      } else wanted.add(file);
    }
    const pdfs = await renderPdfs(site, (region, done, total) => progress({ kind: 'pdf', path: region ? page.regionPdf(region) : page.nationalPdf(), done, total }), (file) => wanted.has(file));
    for (const [file, pdf] of pdfs.files) {
      await emit(file, pdf);
      site.pdfs.add(file);
    }
    problems.push(...pdfs.problems);
  }
  if (options.html) {
    const pdfs = [...site.pdfs].sort();
    const jobs = planHtml(site);
    for (const [done, job] of jobs.entries()) {
      if (await reuse(job.path, { sources: job.sources, prose: job.prose === true, pdfs })) {
        reused.push(job.path);
        continue;
      }
      progress({ kind: 'html', path: job.path, done, total: jobs.length });
      await emit(job.path, await job.render());
    }
  }
  return { files, made, reused, problems };
}

/** Each PDF handbook with what it is made from: a Region's handbook is Region-wide. */
function pdfSources(site: Site): Map<string, string[]> {
  const sources = new Map([...regionWideSources(site)].map(([folder, from]) => [page.regionPdf(folder), from]));
  if (site.national) sources.set(page.nationalPdf(), ['']);
  return sources;
}
