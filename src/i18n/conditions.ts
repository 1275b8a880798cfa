// Referral conditions (`when:`) and case facts in words, for every place a reader or an editor
// sees them: procedure pages and PDF handbooks, `sop run`, case pages, `sop diff`, editor hovers.
import type { Lang } from '../model/types.js';

export interface ConditionMessages {
  yes: string;
  no: string;
  /** A date other than those the conditions name (see OTHER_DATE). */
  otherDate: string;
  /** "Minorenne: sì": a fact's label and the value it must have. */
  test: (label: string, value: string) => string;
  /** The values a fact may have, one of which must hold: "lavorativo o accattonaggio forzato". */
  oneOf: (values: string[]) => string;
  /** The values a fact must not have: "non sessuale", "non lavorativo né accattonaggio forzato". */
  noneOf: (values: string[]) => string;
  /** Every part must hold. */
  and: string;
  /** At least one part must hold. */
  or: string;
  /** A negated condition that is not a single fact: "non (…)". */
  not: (words: string) => string;
  /** Beside a referral's prose condition. */
  appliesIf: (words: string) => string;
}

const list = (values: string[], word: string): string =>
  values.length > 1 ? `${values.slice(0, -1).join(', ')} ${word} ${values.at(-1)}` : (values[0] ?? '');

export const conditionMessages: Record<Lang, ConditionMessages> = {
  it: {
    yes: 'sì',
    no: 'no',
    otherDate: 'un\'altra data',
    test: (label, value) => `${label}: ${value}`,
    oneOf: (values) => list(values, 'o'),
    noneOf: (values) => `non ${values.join(' né ')}`,
    and: 'e',
    or: 'oppure',
    not: (words) => `non (${words})`,
    appliesIf: (words) => `si applica se: ${words}`,
  },
  en: {
    yes: 'yes',
    no: 'no',
    otherDate: 'another date',
    test: (label, value) => `${label}: ${value}`,
    oneOf: (values) => list(values, 'or'),
    noneOf: (values) => (values.length === 1 ? `not ${values[0]}` : `neither ${values.join(' nor ')}`),
    and: 'and',
    or: 'or',
    not: (words) => `not (${words})`,
    appliesIf: (words) => `applies if: ${words}`,
  },
};
