// All PDF handbooks of a build, typeset with one warm compiler.
import type { Site } from '../site.js';
import { page } from '../urls.js';
import { Typesetter, type TypstSource } from './compile.js';
import { nationalHandbook } from './national.js';
import { regionalHandbook } from './regional.js';

export interface PdfProblem {
  severity: 'error' | 'warning';
  /** The Region folder the handbook belongs to ('' for the national one). */
  region: string;
  /** The procedure whose section failed, when the error is inside one. */
  procedure?: string;
  message: string;
}

export interface PdfOutput {
  files: Map<string, Buffer>;
  problems: PdfProblem[];
}

/**
 * `onPdf` hears of each handbook before it is typeset ('' is the national one); `wanted` picks
 * the handbooks to make by output path (all by default; the build cache keeps the others).
 */
export async function renderPdfs(site: Site, onPdf: (region: string, index: number, total: number) => void = () => undefined, wanted: (file: string) => boolean = () => true): Promise<PdfOutput> {
  const output: PdfOutput = { files: new Map(), problems: [] };
  const all: Array<{ region: string; path: string; source: () => Promise<TypstSource> }> = [...site.built].map((folder) => ({
    region: folder,
    path: page.regionPdf(folder),
    source: () => regionalHandbook(site, site.corpus.regions.get(folder)!),
  }));
  if (site.national) all.push({ region: '', path: page.nationalPdf(), source: () => nationalHandbook(site) });
  const jobs = all.filter((job) => wanted(job.path));
  if (jobs.length === 0) return output;
  const typesetter = await Typesetter.create();
  try {
    for (const [index, job] of jobs.entries()) {
      onPdf(job.region, index, jobs.length);
      const result = typesetter.typeset(await job.source());
      if ('error' in result) {
        const procedure = /^procedures\/(.+)\.typ$/.exec(result.error.file ?? '')?.[1];
        output.problems.push({ severity: 'error', region: job.region, ...(procedure ? { procedure } : {}), message: `Typesetting the PDF failed: ${result.error.message}` });
        continue;
      }
      if (result.warning) output.problems.push({ severity: 'warning', region: job.region, message: `The PDF is tagged but ${result.warning}` });
      output.files.set(job.path, result.pdf);
    }
  } finally {
    await typesetter.dispose();
  }
  return output;
}
