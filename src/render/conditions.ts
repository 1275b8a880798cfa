// A referral's machine condition (`when:`) in plain words, built from the facts' labels and value
// labels: the one wording shared by the procedure pages, the PDF handbooks, `sop run`, the case
// pages, `sop diff` and the editor's hover, so a reader meets the same sentence everywhere.
import { conditionMessages } from '../i18n/conditions.js';
import { dateInWords } from '../i18n/format.js';
import { messages } from '../i18n/index.js';
import { OTHER_DATE } from '../model/condition.js';
import type { Condition, Fact, FactValue, Lang } from '../model/types.js';

/** "sì", "sessuale", "18 giugno 2024": a fact's value as a reader says it. */
export function factValueInWords(fact: Fact | undefined, value: FactValue, lang: Lang): string {
  const t = conditionMessages[lang];
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  const choice = fact?.values.find((candidate) => candidate.id === value);
  if (choice) return choice.label[lang];
  if (value === OTHER_DATE) return t.otherDate;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? dateInWords(value, messages[lang]) : value;
}

/**
 * "Minorenne: sì oppure Età incerta: sì"; "Tipo di sfruttamento: lavorativo o accattonaggio
 * forzato". A fact the catalogue lacks (an error `sop check` reports) is named by its id.
 */
export function conditionInWords(condition: Condition, facts: ReadonlyMap<string, Fact>, lang: Lang): string {
  return words(condition, facts, lang, false);
}

/** `nested`: the words stand inside an "e"/"oppure" of another condition, so groups need brackets. */
function words(condition: Condition, facts: ReadonlyMap<string, Fact>, lang: Lang, nested: boolean): string {
  const t = conditionMessages[lang];
  switch (condition.kind) {
    case 'fact':
      return factTest(condition, facts, lang, false);
    case 'not':
      // A negated single fact reads as the fact's other answer ("Vuole rientrare: no"), never as a double negation.
      return condition.of.kind === 'fact' ? factTest(condition.of, facts, lang, true) : t.not(words(condition.of, facts, lang, false));
    case 'all':
    case 'any': {
      const parts = condition.of.map((part) => words(part, facts, lang, true));
      const joined = parts.join(` ${condition.kind === 'all' ? t.and : t.or} `);
      return nested && parts.length > 1 ? `(${joined})` : joined;
    }
  }
}

function factTest(test: Extract<Condition, { kind: 'fact' }>, facts: ReadonlyMap<string, Fact>, lang: Lang, negated: boolean): string {
  const t = conditionMessages[lang];
  const fact = facts.get(test.fact);
  const label = fact?.label[lang] ?? test.fact;
  if (fact?.type === 'boolean' && negated) {
    const remaining = [true, false].filter((value) => !test.values.includes(value));
    if (remaining.length === 1) return t.test(label, factValueInWords(fact, remaining[0]!, lang));
  }
  const values = test.values.map((value) => factValueInWords(fact, value, lang));
  return t.test(label, negated ? t.noneOf(values) : t.oneOf(values));
}
