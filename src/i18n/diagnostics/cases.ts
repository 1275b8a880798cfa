// The diagnostics of runnable procedures: `when:` conditions and case files.
import type { Lang } from '../../model/types.js';
import { durationInWords } from '../format.js';
import { messages } from '../index.js';
import type { Assumed, CaseIdKind, TargetWords } from '../cases.js';

const quote = { it: (id: string) => `«${id}»`, en: (id: string) => `"${id}"` };

function combinationText(lang: Lang, combination: readonly Assumed[]): string {
  // The empty string stands for "some other date" (see model/condition.ts).
  return combination.map(({ fact, value }) => `${fact}: ${value === '' ? (lang === 'it' ? 'un\'altra data' : 'another date') : String(value)}`).join(', ');
}

function targetText(lang: Lang, target: TargetWords): string {
  const q = quote[lang];
  const parts = lang === 'it'
    ? [target.step && `il passo ${q(target.step)}`, target.role && `il ruolo ${q(target.role)}`, target.action && `il tipo di azione ${q(target.action)}`, target.stage && `la fase ${q(target.stage)}`]
    : [target.step && `step ${q(target.step)}`, target.role && `role ${q(target.role)}`, target.action && `action kind ${q(target.action)}`, target.stage && `stage ${q(target.stage)}`];
  return parts.filter(Boolean).join(lang === 'it' ? ' con ' : ' with ');
}

const branchText = (lang: Lang, assumed: readonly Assumed[]) =>
  assumed.length === 0 ? '' : lang === 'it' ? ` (nel ramo ${combinationText(lang, assumed)})` : ` (in the branch ${combinationText(lang, assumed)})`;

const suggest = { it: (s?: string) => (s ? ` (forse intendevi «${s}»?)` : ''), en: (s?: string) => (s ? ` (did you mean "${s}"?)` : '') };

const KIND_WORDS: Record<Lang, Record<CaseIdKind, string>> = {
  it: { fact: 'fatto', role: 'ruolo', stage: 'fase', action: 'tipo di azione', step: 'passo', procedure: 'procedura', region: 'Regione' },
  en: { fact: 'fact', role: 'role', stage: 'stage', action: 'action kind', step: 'step', procedure: 'procedure', region: 'Region' },
};

const itDiagnostics = {
  unknownFact: (p: { fact: string; suggestion?: string; noFacts: boolean }) =>
    `Fatto sconosciuto «${p.fact}»${suggest.it(p.suggestion)}${p.noFacts ? '. Suggerimento: i fatti si definiscono in _national/facts.yaml, che manca' : p.suggestion ? '' : '. Suggerimento: i fatti sono definiti in _national/facts.yaml'}`,
  wrongValue: (p: { fact: string; value: string; expected: 'boolean' | 'date' | string[]; suggestion?: string }) =>
    `Valore ${quote.it(p.value)} non valido per il fatto «${p.fact}»: ${p.expected === 'boolean' ? 'si aspetta true o false' : p.expected === 'date' ? 'si aspetta una data AAAA-MM-GG' : `si aspetta uno tra ${p.expected.join(', ')}`}${suggest.it(p.suggestion)}`,
  overlappingBranches: (p: { to: string; other: string; combination: Assumed[] }) =>
    `Gli invii a «${p.to}» e a «${p.other}» hanno condizioni diverse ma valgono entrambi quando ${combinationText('it', p.combination)}. Suggerimento: rendi le condizioni esclusive, o dai a invii paralleli la stessa condizione`,
  noWayOut: (p: { step: string; combination: Assumed[] }) =>
    `Il passo «${p.step}» non invia la persona da nessuna parte quando ${combinationText('it', p.combination)}: nessuna condizione dei suoi invii vale. Suggerimento: aggiungi un invio per quel caso, o un invio senza «when»`,
  unknownId: (p: { kind: CaseIdKind; id: string; suggestion?: string }) => `${capitalise(KIND_WORDS.it[p.kind])} sconosciut${p.kind === 'stage' || p.kind === 'procedure' || p.kind === 'region' ? 'a' : 'o'} «${p.id}»${suggest.it(p.suggestion)}`,
  startNeedsOne: () => '«start» indica un ruolo (con la fase, facoltativa) oppure un passo, non entrambi',
  noStart: (p: { region: string }) => `Nella Regione «${p.region}» nessun passo iniziale corrisponde a «start»`,
  noStartAnywhere: () => 'Nessuna Regione ha un passo iniziale che corrisponde a «start»',
  tooManyBranches: (p: { region: string }) => `In ${p.region} il caso si dirama in troppi modi per i fatti che non dice. Suggerimento: aggiungi a «facts» i fatti che conosci`,
  notReached: (p: { region: string; target: TargetWords; assumed: Assumed[] }) =>
    `In ${p.region} il percorso non raggiunge ${targetText('it', p.target)}${branchText('it', p.assumed)}`,
  reachedNever: (p: { region: string; target: TargetWords; step: string; assumed: Assumed[] }) =>
    `In ${p.region} il percorso raggiunge ${targetText('it', p.target)} al passo «${p.step}»${branchText('it', p.assumed)}`,
  tooLong: (p: { region: string; elapsed: string; limit: string; step: string; assumed: Assumed[] }) =>
    `In ${p.region} il percorso può durare ${durationInWords(p.elapsed, messages.it)} (fino al passo «${p.step}»), oltre ${durationInWords(p.limit, messages.it)} (${p.limit})${branchText('it', p.assumed)}`,
};

const enDiagnostics: typeof itDiagnostics = {
  unknownFact: (p) => `Unknown fact "${p.fact}"${suggest.en(p.suggestion)}${p.noFacts ? '. Hint: facts are defined in _national/facts.yaml, which is missing' : p.suggestion ? '' : '. Hint: facts are defined in _national/facts.yaml'}`,
  wrongValue: (p) =>
    `Invalid value ${quote.en(p.value)} for fact "${p.fact}": ${p.expected === 'boolean' ? 'expected true or false' : p.expected === 'date' ? 'expected a date YYYY-MM-DD' : `expected one of ${p.expected.join(', ')}`}${suggest.en(p.suggestion)}`,
  overlappingBranches: (p) =>
    `Referrals to "${p.to}" and "${p.other}" have different conditions but both hold when ${combinationText('en', p.combination)}. Hint: make the conditions exclusive, or give parallel referrals the same condition`,
  noWayOut: (p) =>
    `Step "${p.step}" refers the person nowhere when ${combinationText('en', p.combination)}: no condition of its referrals holds. Hint: add a referral for that case, or one without "when"`,
  unknownId: (p) => `Unknown ${KIND_WORDS.en[p.kind]} "${p.id}"${suggest.en(p.suggestion)}`,
  startNeedsOne: () => '"start" names a role (with an optional stage) or a step, not both',
  noStart: (p) => `No entry step in Region "${p.region}" matches "start"`,
  noStartAnywhere: () => 'No Region has an entry step that matches "start"',
  tooManyBranches: (p) => `In ${p.region} the case branches too many ways on the facts it does not state. Hint: add the facts you know to "facts"`,
  notReached: (p) => `In ${p.region} the pathway does not reach ${targetText('en', p.target)}${branchText('en', p.assumed)}`,
  reachedNever: (p) => `In ${p.region} the pathway reaches ${targetText('en', p.target)} at step "${p.step}"${branchText('en', p.assumed)}`,
  tooLong: (p) => `In ${p.region} the pathway can take ${durationInWords(p.elapsed, messages.en)} (up to step "${p.step}"), more than ${durationInWords(p.limit, messages.en)} (${p.limit})${branchText('en', p.assumed)}`,
};

export const caseMessages = { it: itDiagnostics, en: enDiagnostics };

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
