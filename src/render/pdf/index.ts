// All PDF handbooks of a build, typeset with one warm compiler.
import type { Site } from '../site.js';
import { page } from '../urls.js';
import { caseHandout } from './case.js';
import { Typesetter, type TypstSource } from './compile.js';
import { nationalHandbook } from './national.js';
import { regionalHandbook } from './regional.js';

export interface PdfProblem {
  severity: 'error' | 'warning';
  /** The Region folder the handbook belongs to ('' for the national one). */
  region: string;
  /** The procedure whose section failed, when the error is inside one. */
  procedure?: string;
  /** The case whose handout failed (region is then ''). */
  case?: string;
  message: string;
}

export interface PdfOutput {
  files: Map<string, Buffer>;
  problems: PdfProblem[];
}

/**
 * `onPdf` hears of each PDF (by output path) before it is typeset; `wanted` picks the PDFs to
 * make by output path (all by default; the build cache keeps the others).
 */
export async function renderPdfs(site: Site, onPdf: (file: string, index: number, total: number) => void = () => undefined, wanted: (file: string) => boolean = () => true): Promise<PdfOutput> {
  const output: PdfOutput = { files: new Map(), problems: [] };
  const all: Array<{ region: string; case?: string; path: string; source: () => Promise<TypstSource> }> = [...site.built].map((folder) => ({
    region: folder,
    path: page.regionPdf(folder),
    source: () => regionalHandbook(site, site.corpus.regions.get(folder)!),
  }));
  if (site.national) all.push({ region: '', path: page.nationalPdf(), source: () => nationalHandbook(site) });
  // The handouts of the case studies, for training days.
  for (const item of site.cases ?? []) all.push({ region: '', case: item.id, path: page.casePdf(item.id), source: () => caseHandout(site, item) });
  const jobs = all.filter((job) => wanted(job.path));
  if (jobs.length === 0) return output;
  const typesetter = await Typesetter.create();
  try {
    for (const [index, job] of jobs.entries()) {
      onPdf(job.path, index, jobs.length);
      const result = typesetter.typeset(await job.source());
      if ('error' in result) {
        const procedure = /^procedures\/(.+)\.typ$/.exec(result.error.file ?? '')?.[1];
        output.problems.push({ severity: 'error', region: job.region, ...(procedure ? { procedure } : {}), ...(job.case ? { case: job.case } : {}), message: `Typesetting the PDF failed: ${result.error.message}` });
        continue;
      }
      if (result.warning) output.problems.push({ severity: 'warning', region: job.region, ...(job.case ? { case: job.case } : {}), message: `The PDF is tagged but ${result.warning}` });
      output.files.set(job.path, result.pdf);
    }
  } finally {
    await typesetter.dispose();
  }
  return output;
}
