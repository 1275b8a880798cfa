// What the server knows of an open document of the corpus: its text, what it is to the corpus,
// the last model of that corpus and the language to explain it in.
import type { Document } from 'yaml';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LoadResult } from '../load/corpus.js';
import type { Lang, LinkKind, YamlPath } from '../model/types.js';
import type { IdKind } from './fields.js';
import type { IdContext, Live } from './ids.js';
import type { CorpusFile } from './workspace.js';

export interface Served {
  document: TextDocument;
  file: CorpusFile;
  model: LoadResult | undefined;
  lang: Lang;
}

/** The schema a corpus file is written against: `procedure`, `region`, or a catalogue file's own name. */
export const schemaNameOf = (file: CorpusFile): string => (file.kind === 'catalogue' ? file.name : file.kind);

/** What each kind of body link names (`[testo](step:…)` takes any referral target). */
export const BODY_LINK_KINDS: Record<LinkKind, IdKind> = { role: 'role', step: 'target', legal: 'legal', procedure: 'procedure' };
const LINK = `\\]\\((${Object.keys(BODY_LINK_KINDS).join('|')}):([^)\\s]*)`;
/** A body link being typed, up to the cursor. */
export const TYPED_LINK = new RegExp(`${LINK}$`);
/** Body links written out. */
export const WRITTEN_LINK = new RegExp(`${LINK}\\)`, 'g');

/** The document as plain data, as far as it parses. */
export function liveData(doc: Document): Live {
  try {
    const data: unknown = doc.toJS({ maxAliasCount: 0 });
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Live) : {};
  } catch {
    return {};
  }
}

export function idContext(served: Served, live: Live, path: YamlPath): IdContext {
  const { file, model, lang } = served;
  return { model, lang, live, path, ...(file.kind === 'catalogue' ? {} : { folder: file.folder }), regionFile: file.kind === 'region' };
}
