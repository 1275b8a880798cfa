// References between files: ids that must exist in the catalogue, the Region or the corpus, ids
// that must be unique, what a procedure must declare.
import { en, it } from './words.js';

/** What kind of catalogue or Region item an unknown id was meant to name. */
export type KnownKind = 'role' | 'action' | 'legal' | 'stage' | 'pathway' | 'actor' | 'procedure';
/** What kind of item a duplicate id belongs to. */
export type IdKind = KnownKind | 'step' | 'contact' | 'fact';
/** Where a step reference is written: a referral's `to`, an `entry`, a `step:` or `procedure:` link. */
type RefContext = 'referral' | 'entry' | 'link';
/** Why a reference does not resolve: the first part of it that names nothing. */
export type Unresolved = (
  | { missing: 'region'; region: string }
  | { missing: 'procedure'; region: string; procedure: string }
  | { missing: 'step'; step: string; procedure?: string }
) & {
  /** A known id close to the one written. */
  suggestion?: string;
  /** Else, the ids there are to choose from (when few enough to list). */
  known?: string[];
};

const IT_KNOWN: Record<Unresolved['missing'], string> = { region: 'le Regioni sono', procedure: 'le procedure della Regione sono', step: 'i passi della procedura sono' };
const EN_KNOWN: Record<Unresolved['missing'], string> = { region: 'the Regions are', procedure: "the Region's procedures are", step: "the procedure's steps are" };

const IT_UNKNOWN: Record<KnownKind, string> = {
  role: 'Ruolo sconosciuto', action: 'Tipo di azione sconosciuto', legal: 'Riferimento normativo sconosciuto',
  stage: 'Fase sconosciuta', pathway: 'Percorso sconosciuto', actor: 'Attore sconosciuto', procedure: 'Procedura sconosciuta',
};
const IT_WHERE: Record<KnownKind, string> = {
  role: 'i ruoli sono definiti in _national/roles.yaml', action: 'i tipi di azione sono definiti in _national/actions.yaml',
  legal: 'i riferimenti normativi sono definiti in _national/legal-references.yaml', stage: 'le fasi sono definite in _national/stages.yaml',
  pathway: 'i percorsi sono definiti in _national/stages.yaml', actor: 'gli attori della Regione sono elencati sotto «actors:» nel suo region.yaml',
  procedure: 'le procedure di una Regione sono i file .md della sua cartella, con il loro id',
};
const EN_NAME: Record<IdKind, string> = {
  role: 'role', action: 'action kind', legal: 'legal reference', stage: 'stage', pathway: 'pathway', actor: 'actor', step: 'step', contact: 'contact', procedure: 'procedure', fact: 'fact',
};
const EN_WHERE: Record<KnownKind, string> = {
  role: 'roles are defined in _national/roles.yaml', action: 'action kinds are defined in _national/actions.yaml',
  legal: 'legal references are defined in _national/legal-references.yaml', stage: 'stages are defined in _national/stages.yaml',
  pathway: 'pathways are defined in _national/stages.yaml', actor: "actors are listed under \"actors:\" in the Region's region.yaml",
  procedure: "a Region's procedures are the .md files of its folder, by their id",
};
const IT_OF: Record<IdKind, string> = {
  role: 'ruolo', action: 'tipo di azione', legal: 'riferimento normativo', stage: 'fase', pathway: 'percorso', actor: 'attore', step: 'passo', contact: 'contatto', procedure: 'procedura', fact: 'fatto',
};

function itUnresolved(problem: Unresolved): string {
  switch (problem.missing) {
    case 'region': return `la Regione ${it.q(problem.region)} non esiste${it.maybe(problem.suggestion)}`;
    case 'procedure': return `la procedura ${it.q(problem.procedure)} non esiste nella Regione ${it.q(problem.region)}${it.maybe(problem.suggestion)}`;
    case 'step': return `il passo ${it.q(problem.step)} non esiste${problem.procedure ? ` nella procedura ${it.q(problem.procedure)}` : ''}${it.maybe(problem.suggestion)}`;
  }
}

function enUnresolved(problem: Unresolved, raw: string): string {
  switch (problem.missing) {
    case 'region': return `unknown region ${en.q(problem.region)} in ${en.q(raw)}${en.maybe(problem.suggestion)}`;
    case 'procedure': return `unknown procedure ${en.q(problem.procedure)} in Region ${en.q(problem.region)}${problem.procedure === raw ? '' : ` for ${en.q(raw)}`}${en.maybe(problem.suggestion)}`;
    case 'step': return `unknown step ${en.q(problem.step)}${problem.procedure ? ` of procedure ${en.q(problem.procedure)}` : ''}${en.maybe(problem.suggestion)}`;
  }
}

const IT_CONTEXT: Record<RefContext, string> = { referral: 'Invio', entry: 'Passo iniziale («entry»)', link: 'Collegamento interrotto' };
const EN_CONTEXT: Record<RefContext, string> = { referral: 'Referral to', entry: 'Entry step:', link: 'Broken link:' };

/** Where the first of two items with one id is: a line of the same file, or another file. */
type FirstAt = { line: number; path?: string };

const itRefs = {
  unknown: (p: { kind: KnownKind; value: string; suggestion?: string }) => `${IT_UNKNOWN[p.kind]} ${it.q(p.value)}${it.maybe(p.suggestion)}${it.hint(IT_WHERE[p.kind])}`,
  unknownInLink: (p: { kind: KnownKind; value: string; suggestion?: string }) => `${IT_UNKNOWN[p.kind]} ${it.q(p.value)} nel collegamento${it.maybe(p.suggestion)}${it.hint(IT_WHERE[p.kind])}`,
  duplicate: (p: { kind: IdKind; id: string; first: FirstAt }) =>
    `Id di ${IT_OF[p.kind]} duplicato ${it.q(p.id)}: compare già ${p.first.path ? `in ${p.first.path}:${p.first.line}` : `alla riga ${p.first.line}`}` +
    it.hint(p.kind === 'procedure' ? 'se questo file è una copia, dagli un id nuovo e rinominalo allo stesso modo' : `dai a questo ${IT_OF[p.kind]} un id diverso`),
  unresolved: (p: { context: RefContext; raw: string; problem: Unresolved }) =>
    `${IT_CONTEXT[p.context]}: ${itUnresolved(p.problem)}${p.problem.known ? it.hint(`${IT_KNOWN[p.problem.missing]} ${it.list(p.problem.known)}`) : ''}`,
  undeclaredRole: (p: { role: string; step: string }) =>
    `Il ruolo ${it.q(p.role)} agisce nel passo ${it.q(p.step)} ma non è elencato nei «roles» della procedura${it.hint(`aggiungi ${it.q(p.role)} a «roles»`)}`,
  undeclaredStage: (p: { stage: string; step: string; stages: string[] }) =>
    `La fase ${it.q(p.stage)} del passo ${it.q(p.step)} non è tra le «stages» della procedura (${it.list(p.stages)})${it.hint(`aggiungi ${it.q(p.stage)} a «stages»`)}`,
  roleWithoutActor: (p: { region: string; role: string; file: string }) =>
    `Nessun attore della Regione ${it.q(p.region)} ricopre il ruolo ${it.q(p.role)}${it.hint(`aggiungine uno sotto «actors:» in ${p.file}`)}`,
  repealed: (p: { id: string; citation: string; article?: string; by: string; instead?: string }) =>
    `Il riferimento normativo ${it.q(p.id)} (${p.citation}${p.article ? `, ${p.article}` : ''}) è stato abrogato da ${it.q(p.by)}${p.instead ? it.hint(`cita invece ${it.q(p.instead)}`) : ''}`,
  repealedLink: (p: { id: string; citation: string; article?: string; by: string; instead?: string }) =>
    `Il collegamento rimanda al riferimento normativo ${it.q(p.id)} (${p.citation}${p.article ? `, ${p.article}` : ''}), abrogato da ${it.q(p.by)}${p.instead ? it.hint(`collega invece «legal:${p.instead}»`) : ''}`,
};

const enRefs: typeof itRefs = {
  unknown: (p) => `Unknown ${EN_NAME[p.kind]} ${en.q(p.value)}${en.maybe(p.suggestion)}${en.hint(EN_WHERE[p.kind])}`,
  unknownInLink: (p) => `Unknown ${EN_NAME[p.kind]} ${en.q(p.value)} in link${en.maybe(p.suggestion)}${en.hint(EN_WHERE[p.kind])}`,
  duplicate: (p) =>
    `Duplicate ${EN_NAME[p.kind]} id ${en.q(p.id)}: it is already defined ${p.first.path ? `in ${p.first.path}:${p.first.line}` : `at line ${p.first.line}`}` +
    en.hint(p.kind === 'procedure' ? 'if this file is a copy, give it a new id and rename it to match' : `give this ${EN_NAME[p.kind]} another id`),
  unresolved: (p) => {
    const text = enUnresolved(p.problem, p.raw) + (p.problem.known ? en.hint(`${EN_KNOWN[p.problem.missing]} ${en.list(p.problem.known)}`) : '');
    return p.context === 'entry' ? `Entry step: ${text.charAt(0).toUpperCase()}${text.slice(1)}` : `${EN_CONTEXT[p.context]} ${text}`;
  },
  undeclaredRole: (p) => `Role ${en.q(p.role)} acts in step ${en.q(p.step)} but is not listed in the procedure's "roles"${en.hint(`add ${en.q(p.role)} to "roles"`)}`,
  undeclaredStage: (p) => `Stage ${en.q(p.stage)} of step ${en.q(p.step)} is not among the procedure's "stages" (${en.list(p.stages)})${en.hint(`add ${en.q(p.stage)} to "stages"`)}`,
  roleWithoutActor: (p) => `No actor of Region ${en.q(p.region)} fills role ${en.q(p.role)}${en.hint(`add one under "actors:" in ${p.file}`)}`,
  repealed: (p) => `Legal reference ${en.q(p.id)} (${p.citation}${p.article ? `, ${p.article}` : ''}) was repealed by ${en.q(p.by)}${p.instead ? en.hint(`cite ${en.q(p.instead)} instead`) : ''}`,
  repealedLink: (p) => `Link to legal reference ${en.q(p.id)} (${p.citation}${p.article ? `, ${p.article}` : ''}), which was repealed by ${en.q(p.by)}${p.instead ? en.hint(`link to "legal:${p.instead}" instead`) : ''}`,
};

export const refsMessages = { it: itRefs, en: enRefs };
