// The diagnostics catalogue. A diagnostic carries a message id and its parameters as plain data
// (`DiagnosticText`), not a sentence: it is rendered in the reader's language only when printed
// (see `localize` in src/diagnostics.ts). So the parse cache, the rule cache, `sop dev`'s memory
// and the worker threads keep one language-free copy, and no cache key needs the language.
import type { Lang } from '../../model/types.js';
import { caseMessages } from './cases.js';
import { domainMessages } from './domain.js';
import { graphMessages } from './graph.js';
import { loadMessages } from './load.js';
import { refsMessages } from './refs.js';
import { schemaMessages } from './schema.js';

type Prefixed<P extends string, T> = { [K in keyof T & string as `${P}.${K}`]: T[K] };
type Catalogue = Prefixed<'load', typeof loadMessages.it> & Prefixed<'schema', typeof schemaMessages.it> & Prefixed<'refs', typeof refsMessages.it>
  & Prefixed<'graph', typeof graphMessages.it> & Prefixed<'domain', typeof domainMessages.it> & Prefixed<'cases', typeof caseMessages.it>;

export type MessageId = keyof Catalogue;
type ParamsOf<K extends MessageId> = Parameters<Catalogue[K]> extends [infer P] ? P : Record<string, never>;

/** A diagnostic's text as plain data: kept in caches, sent between threads, rendered when printed. */
export interface DiagnosticText {
  id: MessageId;
  params: unknown;
}

/** The text of message `id` with `params`, in no language yet. */
export function text<K extends MessageId>(id: K, ...params: Parameters<Catalogue[K]> extends [] ? [] : [ParamsOf<K>]): DiagnosticText {
  return { id, params: params[0] ?? {} };
}

function prefixed<P extends string, T extends object>(prefix: P, messages: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${prefix}.${key}`, value]));
}

const catalogue = Object.fromEntries((['it', 'en'] as const).map((lang) => [lang, {
  ...prefixed('load', loadMessages[lang]), ...prefixed('schema', schemaMessages[lang]), ...prefixed('refs', refsMessages[lang]),
  ...prefixed('graph', graphMessages[lang]), ...prefixed('domain', domainMessages[lang]), ...prefixed('cases', caseMessages[lang]),
}])) as Record<Lang, Record<string, (params: unknown) => string>>;

export function render({ id, params }: DiagnosticText, lang: Lang): string {
  const message = catalogue[lang][id];
  // A message id from another version of sopbook (an old cache entry) is a bug, not user input.
  if (!message) throw new Error(`Unknown diagnostic message "${id}"`);
  return message(params);
}

export { ITALIAN_VALUES, type JsonType, type Label, type ValueShape } from './schema.js';
export type { IdKind, KnownKind, Unresolved } from './refs.js';
