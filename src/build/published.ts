// What a build publishes: it checks the corpus, then makes its edition and picks the case
// studies that run on it.
import type { VFile } from 'vfile';
import { checkCase } from '../cases/check.js';
import { messages } from '../i18n/index.js';
import { check, type CheckOptions, type CheckResult } from '../index.js';
import { loadCases } from '../load/cases.js';
import { corpusVFiles } from '../load/files.js';
import { packTexts } from '../load/held-texts.js';
import { forEdition } from '../model/edition.js';
import type { ReferralGraph } from '../model/graph.js';
import type { Case, Corpus, Edition, Lang } from '../model/types.js';
import type { ParseCache } from './parse-cache.js';
import { sourceFiles } from './pdf-problems.js';

export interface Publishing {
  edition: Edition;
  lang: Lang;
  /** Region folders asked for; all when empty. */
  regions: string[];
  casesDir: string;
  cwd: string;
  cases: boolean;
}

export interface Published {
  corpus: Corpus;
  graph: ReferralGraph;
  cases: Case[];
  /** Where typesetting problems are reported (`sourceFiles`). */
  sources: Map<string, VFile>;
}

/** The check's diagnostics; the edition when the corpus has no errors and every Region asked for exists. */
export type Checked = Omit<CheckResult, 'loaded'> & { published?: Published; unknownRegions?: string[] };

/**
 * Checks the corpus and makes its edition. The checked corpus is let go here: a build renders
 * from the edition, and keeping both held two referral graphs and two sets of procedures while
 * rendering: at 1,000 procedures, 88 MB were live when rendering started, now 77.
 */
export async function checkAndPublish(root: string, options: CheckOptions & { files: NonNullable<CheckOptions['files']> }, parsed: ParseCache | undefined, publishing: Publishing): Promise<Checked> {
  const { loaded, ...result } = await check(root, { ...options, ...(parsed ? { parsed } : {}) });
  // Kept even when the corpus has errors: the next build parses only what the editor fixes.
  await parsed?.save().catch(() => undefined);
  if (result.errors > 0) return result;
  packTexts(corpusVFiles(options.files));
  const { corpus } = loaded;
  const unknownRegions = publishing.regions.filter((region) => !corpus.regions.has(region));
  if (unknownRegions.length > 0) return { ...result, unknownRegions };
  return { ...result, published: { ...(await editionOf(corpus, publishing)), sources: sourceFiles(corpus) } };
}

async function editionOf(corpus: Corpus, options: Publishing) {
  const edition = forEdition(corpus, options.edition, messages[options.lang].internalUse);
  // A case file that cannot be read or names unknown ids is left out: `sop test` reports it.
  const cases: Case[] = options.cases ? (await loadCases(options.casesDir, options.cwd)).cases.filter((item) => checkCase(item, corpus)) : [];
  return { ...edition, cases };
}
