// A search index as the script the pages load, from plain data alone: MiniSearch's indexing was
// a twentieth of a build's main thread, so a helper thread makes it when the render has one
// (render/helpers.ts), in the same bytes.
import MiniSearch, { type Options } from 'minisearch';

/**
 * Shared with templates/assets/search.js, which loads each index with the same options. A step
 * ranks on its own words (name, action, who does it); its procedure's title is only `context`,
 * weighted low, so that "questura" finds the Questura's steps before other steps of a procedure
 * named after it.
 */
export const SEARCH_OPTIONS = {
  idField: 'id',
  fields: ['title', 'text', 'actor', 'context'],
  storeFields: ['title', 'kind', 'url', 'context'],
  searchOptions: { boost: { title: 3, actor: 2, text: 1, context: 0.1 }, prefix: true, fuzzy: 0.2 },
} satisfies Options;

export interface SearchDocument {
  id: string;
  kind: 'procedure' | 'role' | 'step' | 'stage' | 'divergence' | 'case';
  /** What the result is called: the procedure's title, the step's name, the role's name. */
  title: string;
  text: string;
  /** Who acts: the role and the Region's bodies filling it. */
  actor?: string;
  /** Where the result sits (a step's procedure), shown under it and searched with a low weight. */
  context?: string;
  /** Relative to the section's folder (the Region's, or national/); a case page is `../cases/<id>.html`. */
  url: string;
}

export interface SearchIndexTask {
  /** `folder`: where the documents' URLs start; `name`: the section searched. */
  section: { folder: string; name: string };
  /** What each kind of result is called, in the interface language. */
  labels: Record<SearchDocument['kind'], string>;
  documents: SearchDocument[];
}

export function searchIndexScript({ section, labels, documents }: SearchIndexTask): string {
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(documents);
  // `<` is escaped so that no procedure text can close the script element.
  const json = JSON.stringify({ ...section, options: SEARCH_OPTIONS, labels, index: index.toJSON() }).replace(/</g, '\\u003c');
  return `(window.SOPBOOK_SEARCH = window.SOPBOOK_SEARCH || []).push(${json});\n`;
}
