// render: the model → every output file of the handbooks, in memory. Writing is the caller's.
import { fileURLToPath } from 'node:url';
import type { ReferralGraph } from '../model/graph.js';
import { mergeNational } from '../model/national.js';
import type { Corpus, Edition, Lang, NationalModel } from '../model/types.js';
import { messages } from './i18n/messages.js';
import { renderPdfs, type PdfProblem } from './pdf/index.js';
import { planHtml } from './plan.js';
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
  files: OutputFiles;
  problems: PdfProblem[];
}

export const DEFAULT_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

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
  const files: OutputFiles = new Map();
  // PDFs first: the HTML links only to the ones that were produced.
  const progress = options.onProgress ?? (() => undefined);
  const pdfs = options.pdf
    ? await renderPdfs(site, (region, done, total) => progress({ kind: 'pdf', path: region ? page.regionPdf(region) : page.nationalPdf(), done, total }))
    : { files: new Map<string, Buffer>(), problems: [] };
  for (const [file, pdf] of pdfs.files) {
    files.set(file, pdf);
    site.pdfs.add(file);
  }
  if (options.html) {
    const jobs = planHtml(site);
    for (const [done, job] of jobs.entries()) {
      progress({ kind: 'html', path: job.path, done, total: jobs.length });
      files.set(job.path, await job.render());
    }
  }
  return { files, problems: pdfs.problems };
}
