// Runnable procedures: the words of `sop run` and `sop test` (their diagnostics are in
// diagnostics/cases.ts). Italian first; English with --lang en.
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

/** The words of `sop run` and `sop test`. */
export interface CaseOutput {
  error: string;
  warning: string;
  caseTitle: (title: string, file: string) => string;
  region: (name: string) => string;
  branch: (question: string, answer: string) => string;
  localBody: string;
  contacts: string;
  legalBasis: string;
  timeLimit: string;
  noTimeLimit: string;
  elapsed: string;
  from: string;
  restricted: string;
  total: (words: string) => string;
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
    caseTitle: (title, file) => `Caso: ${title} (${file})`,
    region: (name) => `Regione: ${name}`,
    branch: (question, answer) => `se «${question}» → ${answer}`,
    localBody: 'ente locale',
    contacts: 'contatti',
    legalBasis: 'base giuridica',
    timeLimit: 'termine',
    noTimeLimit: 'nessun termine',
    elapsed: 'tempo massimo trascorso',
    from: 'da',
    restricted: 'uso interno',
    total: (words) => `Durata massima del percorso: ${words}`,
    passed: (cases) => `${cases} ${cases === 1 ? 'caso superato' : 'casi superati'}.`,
    failed: (failures, cases) => `${failures} ${failures === 1 ? 'errore' : 'errori'} in ${cases} ${cases === 1 ? 'caso' : 'casi'}.`,
    coverage: 'Copertura: passi e invii percorsi dai casi, per Regione; sotto, quelli che nessun caso percorre:',
    coverageLine: (region, steps, referrals) => `${region}: passi ${steps}, invii ${referrals}`,
    uncoveredStep: (id, title) => `passo «${id}» (${title})`,
    uncoveredReferral: (from, to) => `invio «${from}» → «${to}»`,
    noCases: (dir) => `Nessun caso in ${dir}/ (file *.yaml).`,
  },
  en: {
    error: 'error',
    warning: 'warning',
    caseTitle: (title, file) => `Case: ${title} (${file})`,
    region: (name) => `Region: ${name}`,
    branch: (question, answer) => `if "${question}" → ${answer}`,
    localBody: 'local body',
    contacts: 'contacts',
    legalBasis: 'legal basis',
    timeLimit: 'time limit',
    noTimeLimit: 'no time limit',
    elapsed: 'longest time elapsed',
    from: 'from',
    restricted: 'internal use',
    total: (words) => `Longest duration of the pathway: ${words}`,
    passed: (cases) => `${cases} case${cases === 1 ? '' : 's'} passed.`,
    failed: (failures, cases) => `${failures} error${failures === 1 ? '' : 's'} in ${cases} case${cases === 1 ? '' : 's'}.`,
    coverage: 'Coverage: steps and referrals the cases go through, per Region; below, those no case goes through:',
    coverageLine: (region, steps, referrals) => `${region}: steps ${steps}, referrals ${referrals}`,
    uncoveredStep: (id, title) => `step "${id}" (${title})`,
    uncoveredReferral: (from, to) => `referral "${from}" → "${to}"`,
    noCases: (dir) => `No cases in ${dir}/ (*.yaml files).`,
  },
};
