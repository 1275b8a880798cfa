// What a build publishes of a checked corpus: the edition's procedures and the case studies
// that run on them. The same on the build's thread and on a thread that renders for it.
import { checkCase } from '../cases/check.js';
import { messages } from '../i18n/index.js';
import { loadCases } from '../load/cases.js';
import { forEdition } from '../model/edition.js';
import type { Case, Corpus, Edition, Lang } from '../model/types.js';

export async function published(corpus: Corpus, options: { edition: Edition; lang: Lang; casesDir: string; cwd: string; cases: boolean }) {
  const edition = forEdition(corpus, options.edition, messages[options.lang].internalUse);
  // A case file that cannot be read or names unknown ids is left out: `sop test` reports it.
  const cases: Case[] = options.cases ? (await loadCases(options.casesDir, options.cwd)).cases.filter((item) => checkCase(item, corpus)) : [];
  return { ...edition, cases };
}
