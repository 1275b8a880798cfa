// Shared words of the diagnostics: how an id is quoted, a suggestion offered, a hint introduced.
// Ids, keys and values stay literal inside the quotes; only the words around them are translated.
import type { Lang } from '../../model/types.js';

export interface Words {
  /** An id, key or value as written: «x» in Italian, "x" in English. */
  q(value: string | number): string;
  /** ` (forse intendevi «x»?)`, or '' when there is nothing close. */
  maybe(suggestion: string | undefined): string;
  /** `. Suggerimento: …` */
  hint(text: string): string;
  list(values: readonly string[]): string;
}

const words: Record<Lang, Words> = {
  it: {
    q: (value) => `«${value}»`,
    maybe: (suggestion) => (suggestion ? ` (forse intendevi «${suggestion}»?)` : ''),
    hint: (text) => `. Suggerimento: ${text}`,
    list: (values) => values.join(', '),
  },
  en: {
    q: (value) => `"${value}"`,
    maybe: (suggestion) => (suggestion ? ` (did you mean "${suggestion}"?)` : ''),
    hint: (text) => `. Hint: ${text}`,
    list: (values) => values.join(', '),
  },
};

export const it = words.it;
export const en = words.en;
