// Runnable procedures: the diagnostics of `when:` conditions and case files, and the words of
// `sop run` and `sop test`. Italian first; English with --lang en.
import type { FactValue, Lang } from '../model/types.js';

/** A fact and the value it takes in a combination, as an editor would write it in YAML. */
export interface Assumed {
  fact: string;
  value: FactValue;
}

/** The kinds of id a case file names. */
export type CaseIdKind = 'fact' | 'role' | 'stage' | 'action' | 'step' | 'procedure' | 'region';

/** What a case assertion looks for, described from its non-empty parts. */
export interface TargetWords {
  step?: string;
  role?: string;
  action?: string;
  stage?: string;
}

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
    `In ${p.region} il percorso può durare ${p.elapsed} (fino al passo «${p.step}»), oltre ${p.limit}${branchText('it', p.assumed)}`,
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
  tooLong: (p) => `In ${p.region} the pathway can take ${p.elapsed} (up to step "${p.step}"), more than ${p.limit}${branchText('en', p.assumed)}`,
};

export type CaseDiagnostics = typeof itDiagnostics;
export const caseDiagnostics: Record<Lang, CaseDiagnostics> = { it: itDiagnostics, en: enDiagnostics };

/** The words of `sop run` and `sop test`. */
export interface CaseOutput {
  error: string;
  warning: string;
  yes: string;
  no: string;
  otherDate: string;
  caseTitle: (title: string, file: string) => string;
  region: (name: string) => string;
  branch: (question: string, answer: string) => string;
  noAssumption: string;
  actor: string;
  localBody: string;
  contacts: string;
  legalBasis: string;
  timeLimit: string;
  noTimeLimit: string;
  elapsed: string;
  from: string;
  restricted: string;
  total: (words: string) => string;
  notRunIn: (region: string) => string;
  passed: (cases: number) => string;
  failed: (failures: number, cases: number) => string;
  coverage: string;
  coverageLine: (region: string, steps: string, referrals: string) => string;
  uncoveredStep: (id: string, title: string) => string;
  uncoveredReferral: (from: string, to: string) => string;
  noCases: (dir: string) => string;
}

export const caseOutput: Record<Lang, CaseOutput> = {
  it: {
    error: 'errore',
    warning: 'avviso',
    yes: 'sì',
    no: 'no',
    otherDate: 'un\'altra data',
    caseTitle: (title, file) => `Caso: ${title} (${file})`,
    region: (name) => `Regione: ${name}`,
    branch: (question, answer) => `se «${question}» → ${answer}`,
    noAssumption: 'percorso',
    actor: 'chi agisce',
    localBody: 'ente locale',
    contacts: 'contatti',
    legalBasis: 'base giuridica',
    timeLimit: 'termine',
    noTimeLimit: 'nessun termine',
    elapsed: 'tempo massimo trascorso',
    from: 'da',
    restricted: 'uso interno',
    total: (words) => `Durata massima del percorso: ${words}`,
    notRunIn: (region) => `Il caso non si svolge nella Regione «${region}».`,
    passed: (cases) => `${cases} ${cases === 1 ? 'caso superato' : 'casi superati'}.`,
    failed: (failures, cases) => `${failures} ${failures === 1 ? 'verifica non superata' : 'verifiche non superate'} su ${cases} ${cases === 1 ? 'caso' : 'casi'}.`,
    coverage: 'Copertura (passi e invii che nessun caso percorre):',
    coverageLine: (region, steps, referrals) => `${region}: passi ${steps}, invii ${referrals}`,
    uncoveredStep: (id, title) => `passo «${id}» (${title})`,
    uncoveredReferral: (from, to) => `invio «${from}» → «${to}»`,
    noCases: (dir) => `Nessun caso in ${dir}/ (file *.yaml).`,
  },
  en: {
    error: 'error',
    warning: 'warning',
    yes: 'yes',
    no: 'no',
    otherDate: 'another date',
    caseTitle: (title, file) => `Case: ${title} (${file})`,
    region: (name) => `Region: ${name}`,
    branch: (question, answer) => `if "${question}" → ${answer}`,
    noAssumption: 'pathway',
    actor: 'actor',
    localBody: 'local body',
    contacts: 'contacts',
    legalBasis: 'legal basis',
    timeLimit: 'time limit',
    noTimeLimit: 'no time limit',
    elapsed: 'longest time elapsed',
    from: 'from',
    restricted: 'internal use',
    total: (words) => `Longest duration of the pathway: ${words}`,
    notRunIn: (region) => `The case does not run in Region "${region}".`,
    passed: (cases) => `${cases} case${cases === 1 ? '' : 's'} passed.`,
    failed: (failures, cases) => `${failures} assertion${failures === 1 ? '' : 's'} failed in ${cases} case${cases === 1 ? '' : 's'}.`,
    coverage: 'Coverage (steps and referrals no case goes through):',
    coverageLine: (region, steps, referrals) => `${region}: steps ${steps}, referrals ${referrals}`,
    uncoveredStep: (id, title) => `step "${id}" (${title})`,
    uncoveredReferral: (from, to) => `referral "${from}" → "${to}"`,
    noCases: (dir) => `No cases in ${dir}/ (*.yaml files).`,
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
