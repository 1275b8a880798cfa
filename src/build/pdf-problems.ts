// Typesetting problems as diagnostics: found after the check, reported on the file they come from.
import path from 'node:path';
import { VFile } from 'vfile';
import { report, text } from '../diagnostics.js';
import type { Case, Corpus } from '../model/types.js';
import type { PdfProblem } from '../render/pdf/index.js';

/** The file each Region (`region`) and procedure (`region/procedure`) was written in. */
export function sourceFiles(corpus: Corpus): Map<string, VFile> {
  const sources = new Map<string, VFile>();
  for (const region of corpus.regions.values()) {
    sources.set(region.folder, region.origin.source.file);
    for (const procedure of region.procedures.values()) sources.set(`${region.folder}/${procedure.id}`, procedure.origin.source.file);
  }
  return sources;
}

/**
 * Each problem on the procedure, Region or case file it comes from (`sources` is `sourceFiles`);
 * the national handbook's on its output file.
 */
export function reportPdfProblems(sources: ReadonlyMap<string, VFile>, problems: PdfProblem[], out: string, cases: readonly Case[]) {
  const extra = { errors: 0, warnings: 0, files: [] as VFile[] };
  for (const problem of problems) {
    // A case's handout is reported on its case file, which the check did not report on.
    const handout = problem.case ? cases.find((item) => item.id === problem.case)?.origin.source.file : undefined;
    if (handout && !extra.files.includes(handout)) extra.files.push(handout);
    let file = handout ?? (problem.procedure ? sources.get(`${problem.region}/${problem.procedure}`) : undefined) ?? sources.get(problem.region);
    if (!file) {
      file = new VFile({ path: path.join(out, 'national', 'national-model.pdf') });
      extra.files.push(file);
    }
    const error = problem.severity === 'error';
    report(file, problem.severity, error ? 'pdf/typeset' : 'pdf/not-ua', text(error ? 'domain.pdfTypeset' : 'domain.pdfNotUa', { detail: problem.message }));
    if (problem.severity === 'error') extra.errors++;
    else extra.warnings++;
  }
  return extra;
}
