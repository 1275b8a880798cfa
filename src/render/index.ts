// render: the model → every output file of the handbooks, in memory. Writing is the caller's.
import type { ReferralGraph } from '../model/graph.js';
import { mergeNational } from '../model/national.js';
import { DEFAULT_TEMPLATES } from '../paths.js';
import { settle } from '../workers/heap.js';
import { PARALLEL_FROM } from '../workers/pool.js';
import type { Case, Corpus, Edition, Lang, NationalModel } from '../model/types.js';
import { messages } from '../i18n/index.js';
import { renderPdfs, type PdfProblem } from './pdf/index.js';
import { nationalDiagrams, procedureDiagram } from './graph/diagrams.js';
import { withHelpers } from './helpers.js';
import { planHtml, regionWideSources, type OutputJob, type OutputMaking } from './plan.js';
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
  /** The case studies to publish; none when the project has no cases folder. */
  cases?: readonly Case[];
  onProgress?: (progress: RenderProgress) => void;
  /** Threads to use: this one makes the outputs, the others help (helpers.ts) when there is much to do; 0 (the default) or 1 does all here. */
  threads?: number;
  /** Where each output goes as soon as it is made; by default outputs are kept in `files`. */
  emit?: (file: string, content: OutputContent) => Promise<void>;
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

/** An output's bytes, or a large page's HTML in pieces to be written one after another (html.ts). */
export type OutputContent = string | Buffer | Iterable<string>;

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


/**
 * What every renderer shares, for one build of one edition. `merged`: the national model when
 * the caller knows it is unchanged (`sop dev` after a save that changed only prose).
 */
export async function createSite(corpus: Corpus, graph: ReferralGraph, options: Omit<RenderOptions, 'html' | 'pdf'>, merged?: NationalModel): Promise<Site> {
  const templates = options.templates ?? DEFAULT_TEMPLATES;
  const built = new Set(options.regions.length > 0 ? options.regions : corpus.regions.keys());
  const themes = new Map([['', await loadTheme(templates)]]);
  for (const region of built) themes.set(region, await loadTheme(templates, region));
  let made = merged;
  const national = options.national ? () => (made ??= mergeNational(corpus)) : undefined;
  return { corpus, graph, t: messages[options.lang], themes, built, pdfs: new Set(), edition: options.edition, templates, ...(national ? { national } : {}), ...(options.cases ? { cases: options.cases } : {}) };
}

export async function renderHandbooks(corpus: Corpus, graph: ReferralGraph, options: RenderOptions): Promise<Rendered> {
  const site = await createSite(corpus, graph, options);
  const files: OutputFiles = new Map();
  const made: string[] = [];
  const emit = async (file: string, content: OutputContent) => {
    made.push(file);
    await (options.emit ? options.emit(file, content) : files.set(file, typeof content === 'string' || Buffer.isBuffer(content) ? content : [...content].join('')));
  };
  const problems: PdfProblem[] = [];
  const reused: string[] = [];
  const reuse = options.reuse ?? (async () => false);
  const progress = options.onProgress ?? (() => undefined);
  const threads = options.threads ?? 0;
  // PDFs first: the HTML links only to the ones that were produced.
  if (options.pdf) {
    const wanted = new Map<string, Array<() => Promise<unknown>>>();
    for (const [file, from] of pdfSources(site)) {
      if (await reuse(file, { sources: from.sources, prose: from.prose, pdfs: [] })) {
        reused.push(file);
        site.pdfs.add(file);
      } else wanted.set(file, from.diagrams);
    }
    const pdfs = await helpedAhead(threads, [...wanted.values()], PDFS_AHEAD, (ahead) =>
      renderPdfs(site, (file, done, total) => {
        ahead(done);
        progress({ kind: 'pdf', path: file, done, total });
      }, (file) => wanted.has(file)));
    for (const [file, pdf] of pdfs.files) {
      await emit(file, pdf);
      site.pdfs.add(file);
    }
    problems.push(...pdfs.problems);
  }
  if (options.html) {
    const pdfs = [...site.pdfs].sort();
    const jobs: OutputJob[] = [];
    for (const job of planHtml(site)) {
      if (await reuse(job.path, { sources: job.sources, prose: job.prose === true, pdfs })) reused.push(job.path);
      else jobs.push(job);
    }
    // The garbage of checking and planning goes before the rendering adds its own: left to V8,
    // the heap of a build of 5,000 procedures grew to 530 MB here, 491 MB of it in use, of which
    // a collection kept 210, and the build's peak was set here.
    settle();
    await helpedAhead(threads, jobs.map((job) => job.ahead ?? []), PAGES_AHEAD, async (ahead) => {
      for (const [done, job] of lettingGo(jobs)) {
        ahead(done);
        progress({ kind: 'html', path: job.path, done, total: jobs.length });
        await emit(job.path, job.pieces ? await job.pieces() : await job.render());
        settle();
      }
    });
  }
  return { files, made, reused, problems };
}

/**
 * Outputs whose helper work (diagrams, search indexes) is asked for ahead of the one being made:
 * enough to keep the helper threads busy, few enough that the answers waiting for their output
 * stay a small part of memory (a PDF handbook shows a whole Region's diagrams).
 */
const PAGES_AHEAD = 16;
const PDFS_AHEAD = 2;

/**
 * Runs `render` with helper threads when there is much for them to do: `ahead(index)` starts
 * the helper work of outputs `index` to `index + window`, so that it is done when its output
 * awaits it. Graphviz alone was a seventh of a build of 1,000 procedures on this thread, which
 * meanwhile makes pages instead. With little to do, or one thread, it is all done here, when asked.
 */
function helpedAhead<T>(threads: number, work: Array<Array<() => Promise<unknown>>>, window: number, render: (ahead: (index: number) => void) => Promise<T>): Promise<T> {
  if (threads < 2 || work.flat().length < PARALLEL_FROM) return render(() => undefined);
  let asked = 0;
  const ahead = (index: number) => {
    for (; asked < Math.min(work.length, index + window); asked++) {
      // A failure surfaces where the output awaits the work, not as an unhandled rejection here.
      for (const start of work[asked]!) start().catch(() => undefined);
      work[asked] = [];
    }
  };
  return withHelpers(threads - 1, () => render(ahead));
}

/**
 * Each item with its index, its place emptied as it is handed out: the planned outputs of 5,000
 * procedures, their closures and what those hold, were 5 MB of live heap, all kept to the end.
 */
function* lettingGo<T>(items: Array<T | undefined>): Generator<[number, T]> {
  for (let index = 0; index < items.length; index++) {
    const item = items[index]!;
    items[index] = undefined;
    yield [index, item];
  }
}

interface PdfMaking {
  sources: string[];
  /** Shows procedures' Markdown prose (the handbooks do, the case handouts do not). */
  prose: boolean;
  diagrams: Array<() => Promise<unknown>>;
}

/** Each PDF handbook with what it is made from (a Region's handbook is Region-wide) and the diagrams it shows. */
function pdfSources(site: Site): Map<string, PdfMaking> {
  const handbooks = new Map([...regionWideSources(site)].map(([folder, sources]): [string, PdfMaking] => {
    const procedures = [...site.corpus.regions.get(folder)!.procedures.values()];
    return [page.regionPdf(folder), { sources, prose: true, diagrams: procedures.map((procedure) => () => procedureDiagram(site, procedure)) }];
  }));
  if (site.national) handbooks.set(page.nationalPdf(), { sources: [''], prose: true, diagrams: [() => Promise.all(nationalDiagrams(site).map((d) => d.svg()))] });
  // A case's handout follows the case through the whole corpus, as its page does (plan.ts); its
  // case file counts in the build's shape. It prints no procedure prose, only front-matter.
  for (const item of site.cases ?? []) handbooks.set(page.casePdf(item.id), { sources: [''], prose: false, diagrams: [] });
  return handbooks;
}
