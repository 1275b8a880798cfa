// The `when:` rules (issue 18): conditions added to a copy of test/fixtures/base, and the exact
// diagnostics they must produce; an empty list is a variant that must pass.
import type { RuleCase } from './rule-cases.js';

const A = 'alfa/adulti.md';
const MINORI = 'alfa/minori.md';

/** The two referrals of the minors' first step, each with the condition given. */
function rintraccio(toProcura: string, toAccoglienza: string): RuleCase['mutations'] {
  return [
    { file: MINORI, replace: '      - to: segnalazione-procura\n        consent: not-required\n      - to: prima-accoglienza\n', with: `      - to: segnalazione-procura\n        consent: not-required\n        when: ${toProcura}\n      - to: prima-accoglienza\n        when: ${toAccoglienza}\n` },
  ];
}

const adultCondition = (when: string): RuleCase['mutations'] => [{ file: A, replace: 'condition: indicatori presenti\n', with: `condition: indicatori presenti\n        when: ${when}\n` }];

export const conditionCases: RuleCase[] = [
  { rule: 'cases/unknown-fact', name: 'misspelt fact', mutations: adultCondition('{ minorenne: false }'), expected: [
    'alfa/adulti.md:24:17 error Unknown fact "minorenne" (did you mean "minore"?) cases/unknown-fact',
  ] },
  { rule: 'cases/unknown-fact', name: 'a fact deep in any/not', mutations: adultCondition('{ any: [ { minore: false }, { not: { vittima: true } } ] }'), expected: [
    'alfa/adulti.md:24:52 error Unknown fact "vittima". Hint: facts are defined in _national/facts.yaml cases/unknown-fact',
  ] },
  { rule: 'cases/unknown-fact', name: 'a condition without facts.yaml', mutations: [...adultCondition('{ minore: false }'), { file: '_national/facts.yaml', remove: true }], expected: [
    'alfa/adulti.md:24:17 error Unknown fact "minore". Hint: facts are defined in _national/facts.yaml, which is missing cases/unknown-fact',
  ] },
  { rule: 'cases/wrong-value', name: 'misspelt enum value in a list', mutations: adultCondition('{ sfruttamento: [sessuale, lavorative] }'), expected: [
    'alfa/adulti.md:24:42 error Invalid value "lavorative" for fact "sfruttamento": expected one of sessuale, lavorativo, accattonaggio, economie-criminali (did you mean "lavorativo"?) cases/wrong-value',
  ] },
  { rule: 'cases/wrong-value', name: 'yes/no fact given a word, date fact given no date', mutations: adultCondition('{ minore: "no", data-arrivo: 2024-02-30 }'), expected: [
    'alfa/adulti.md:24:25 error Invalid value "no" for fact "minore": expected true or false cases/wrong-value',
    'alfa/adulti.md:24:44 error Invalid value "2024-02-30" for fact "data-arrivo": expected a date YYYY-MM-DD cases/wrong-value',
  ] },
  { rule: 'cases/overlapping-branches', name: 'two branches that both hold for an adult-looking minor of uncertain age', mutations: rintraccio('{ minore: true }', '{ any: [ { minore: false }, { eta-incerta: true } ] }'), expected: [
    'alfa/minori.md:23:9 warning Referrals to "prima-accoglienza" and "segnalazione-procura" have different conditions but both hold when minore: true, eta-incerta: true. Hint: make the conditions exclusive, or give parallel referrals the same condition cases/overlapping-branches',
  ] },
  { rule: 'cases/no-way-out', name: 'no branch for an adult whose age is not in doubt', mutations: rintraccio('{ minore: true }', '{ minore: false, eta-incerta: true }'), expected: [
    'alfa/minori.md:18:5 error Step "rintraccio" refers the person nowhere when minore: false, eta-incerta: false: no condition of its referrals holds. Hint: add a referral for that case, or one without "when" cases/no-way-out',
  ] },
  { rule: 'cases/no-way-out', name: 'passes: exclusive and complete branches', mutations: rintraccio('{ minore: true }', '{ not: { minore: true } }'), expected: [] },
  { rule: 'cases/overlapping-branches', name: 'passes: parallel referrals with one condition, written in another order', mutations: rintraccio('{ minore: true, eta-incerta: false }', '{ eta-incerta: false, minore: true }'), expected: [
    'alfa/minori.md:18:5 error Step "rintraccio" refers the person nowhere when minore: true, eta-incerta: true: no condition of its referrals holds. Hint: add a referral for that case, or one without "when" cases/no-way-out',
  ] },
  { rule: 'cases/no-way-out', name: 'passes: a referral without a condition always applies', mutations: [{ file: MINORI, replace: '      - to: prima-accoglienza\n', with: '      - to: prima-accoglienza\n        when: { sfruttamento: lavorativo, data-arrivo: 2024-01-31 }\n' }], expected: [] },
];
