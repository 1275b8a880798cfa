// `sop diff`: what changed in the procedures between two versions, in words for signatories.
import { messages, type Messages } from '../i18n/index.js';
import type { Lang } from '../model/types.js';
import type { CatalogueKind, Change as DiffChange, FlagField, ScalarField, SequenceField, SetField } from './types.js';

export interface DiffMessages {
  workingTree: string;
  heading: (dir: string, from: string, to: string) => string;
  summary: (added: number, removed: number, changed: number) => string;
  noChanges: string;
  /** Said under the heading of an internal-edition diff, which must not travel like a public one. */
  internalEdition: string;
  procedureAdded: (version: string, status: string) => string;
  procedureRemoved: (version: string, status: string) => string;
  procedureChanged: (from: string, to: string) => string;
  versionNotBumped: (version: string) => string;
  unreadable: (version: string) => string;
  stepList: (ids: string) => string;
  step: (id: string) => string;
  referral: (to: string) => string;
  stage: (name: string) => string;
  asRole: (actor: string, role: string) => string;
  quote: (text: string) => string;
  /** Added, removed, changed: for passo, invio, attore, contatto (masculine in Italian) … */
  item: Record<DiffChange, string>;
  /** … and for Regione, sezione, fase (feminine). */
  itemFeminine: Record<DiffChange, string>;
  changedFrom: (what: string, from: string, to: string) => string;
  before: string;
  after: string;
  more: string;
  less: string;
  unset: string;
  noTimeLimit: string;
  field: Record<ScalarField | SetField | SequenceField, string>;
  flag: Record<FlagField, [on: string, off: string]>;
  audience: Record<'public' | 'restricted', string>;
  body: string;
  section: (heading: string) => string;
  opening: string;
  region: (id: string) => string;
  actor: (id: string) => string;
  contact: (id: string) => string;
  catalogue: string;
  catalogueEntry: Record<CatalogueKind, (id: string) => string>;
  catalogueFeminine: CatalogueKind[];
  fieldsChanged: (fields: string) => string;
  loadErrors: (version: string, count: number) => string;
  missingDir: (dir: string, version: string) => string;
}

export const diffMessages: Record<Lang, DiffMessages> = {
  it: {
  workingTree: 'copia di lavoro',
  heading: (dir, from, to) => `Modifiche alle procedure in ${dir}: da ${from} a ${to}`,
  summary: (added, removed, changed) => `Procedure aggiunte: ${added}; rimosse: ${removed}; modificate: ${changed}.`,
  noChanges: 'Nessuna procedura è cambiata.',
  internalEdition: 'Edizione interna: comprende procedure, passi, contatti e testi per uso interno; da non diffondere.',
  procedureAdded: (version, status) => `aggiunta: versione ${version}, ${status}`,
  procedureRemoved: (version, status) => `rimossa (era la versione ${version}, ${status})`,
  procedureChanged: (from, to) => (from === to ? `modificata: versione ${to}` : `modificata: versione ${from} → ${to}`),
  versionNotBumped: (version) => `Attenzione: il contenuto è cambiato ma la versione è ancora ${version}`,
  unreadable: (version) => `non confrontabile: il file non si carica in ${version}`,
  stepList: (ids) => `Passi: ${ids}`,
  step: (id) => `Passo \`${id}\``,
  referral: (to) => `invio a \`${to}\``,
  stage: (name) => `fase «${name}»`,
  asRole: (actor, role) => `${actor}, come ${role}`,
  quote: (text) => `«${text}»`,
  item: { added: 'aggiunto', removed: 'rimosso', changed: 'modificato' },
  itemFeminine: { added: 'aggiunta', removed: 'rimossa', changed: 'modificata' },
  changedFrom: (what, from, to) => `${what} da ${from} a ${to}`,
  before: 'prima',
  after: 'ora',
  more: 'in più',
  less: 'in meno',
  unset: 'nessuno',
  noTimeLimit: 'nessun termine',
  field: {
    title: 'titolo cambiato',
    status: 'stato cambiato',
    'approval.date': 'data di approvazione cambiata',
    review_by: 'data di revisione cambiata',
    stage: 'fase cambiata',
    actor: 'attore cambiato',
    local_actor: 'attore locale cambiato',
    action: 'azione cambiata',
    action_kind: 'tipo di azione cambiato',
    time_limit: 'tempi cambiati',
    condition: 'condizione cambiata',
    when: 'condizione sui fatti del caso (when) cambiata',
    consent: 'consenso cambiato',
    consent_note: 'nota sul consenso cambiata',
    name: 'nome cambiato',
    'project.name': 'nome del progetto cambiato',
    'project.lead': 'ente capofila cambiato',
    network: 'descrizione della rete cambiata',
    role: 'ruolo cambiato',
    area: 'area cambiata',
    label: 'denominazione cambiata',
    phone: 'telefono cambiato',
    email: 'email cambiata',
    url: 'sito web cambiato',
    hours: 'orari cambiati',
    audience: 'visibilità cambiata',
    'approval.bodies': 'enti che approvano',
    population: 'destinatari',
    stages: 'fasi',
    pathways: 'percorsi speciali',
    roles: 'ruoli',
    legal_basis: 'base giuridica',
    entry: 'passi di ingresso',
    working_group: 'gruppo di lavoro',
    step_order: 'ordine dei passi cambiato',
  },
  flag: {
    restricted: ['ora per uso interno', 'non più per uso interno'],
    terminal: ['ora conclude il percorso', 'non conclude più il percorso'],
    illustrative: ['ora indicata come illustrativa', 'non più indicata come illustrativa'],
    registered: ['ora iscritto nel registro (art. 52 DPR 394/1999)', 'non più iscritto nel registro (art. 52 DPR 394/1999)'],
  },
  audience: { public: 'pubblico', restricted: 'uso interno' },
  body: 'Testo della procedura',
  section: (heading) => `sezione «${heading}»`,
  opening: 'sezione iniziale (prima del primo titolo)',
  region: (id) => `Regione ${id} (region.yaml)`,
  actor: (id) => `Attore \`${id}\``,
  contact: (id) => `Contatto \`${id}\``,
  catalogue: 'Catalogo nazionale (_national)',
  catalogueEntry: {
    roles: (id) => `Ruolo \`${id}\``,
    actions: (id) => `Tipo di azione \`${id}\``,
    legal_references: (id) => `Riferimento normativo \`${id}\``,
    stages: (id) => `Fase \`${id}\``,
    pathways: (id) => `Percorso speciale \`${id}\``,
  },
  catalogueFeminine: ['stages'],
  fieldsChanged: (fields) => `campi cambiati: ${fields}`,
  loadErrors: (version, count) => `${version} ha ${count === 1 ? '1 errore' : `${count} errori`}: il confronto riguarda solo ciò che si carica`,
  missingDir: (dir, version) => `${dir} non esiste in ${version}: tutte le procedure risultano aggiunte o rimosse`,
  },
  en: {
  workingTree: 'working tree',
  heading: (dir, from, to) => `Changes to the procedures in ${dir}: from ${from} to ${to}`,
  summary: (added, removed, changed) => `Procedures added: ${added}; removed: ${removed}; changed: ${changed}.`,
  noChanges: 'No procedure changed.',
  internalEdition: 'Internal edition: includes restricted procedures, steps, contacts and prose; not for circulation.',
  procedureAdded: (version, status) => `added: version ${version}, ${status}`,
  procedureRemoved: (version, status) => `removed (was version ${version}, ${status})`,
  procedureChanged: (from, to) => (from === to ? `changed: version ${to}` : `changed: version ${from} → ${to}`),
  versionNotBumped: (version) => `Warning: the content changed but the version is still ${version}`,
  unreadable: (version) => `cannot be compared: the file does not load in ${version}`,
  stepList: (ids) => `Steps: ${ids}`,
  step: (id) => `Step \`${id}\``,
  referral: (to) => `referral to \`${to}\``,
  stage: (name) => `stage "${name}"`,
  asRole: (actor, role) => `${actor}, as ${role}`,
  quote: (text) => `"${text}"`,
  item: { added: 'added', removed: 'removed', changed: 'changed' },
  itemFeminine: { added: 'added', removed: 'removed', changed: 'changed' },
  changedFrom: (what, from, to) => `${what} from ${from} to ${to}`,
  before: 'before',
  after: 'now',
  more: 'added',
  less: 'removed',
  unset: 'none',
  noTimeLimit: 'no time limit',
  field: {
    title: 'title changed',
    status: 'status changed',
    'approval.date': 'approval date changed',
    review_by: 'review date changed',
    stage: 'stage changed',
    actor: 'actor changed',
    local_actor: 'local actor changed',
    action: 'action changed',
    action_kind: 'action kind changed',
    time_limit: 'time limit changed',
    condition: 'condition changed',
    when: 'condition on the case facts (when) changed',
    consent: 'consent changed',
    consent_note: 'consent note changed',
    name: 'name changed',
    'project.name': 'project name changed',
    'project.lead': 'lead body changed',
    network: 'network description changed',
    role: 'role changed',
    area: 'area changed',
    label: 'label changed',
    phone: 'phone changed',
    email: 'email changed',
    url: 'website changed',
    hours: 'hours changed',
    audience: 'audience changed',
    'approval.bodies': 'approving bodies',
    population: 'population',
    stages: 'stages',
    pathways: 'special pathways',
    roles: 'roles',
    legal_basis: 'legal basis',
    entry: 'entry steps',
    working_group: 'working group',
    step_order: 'order of the steps changed',
  },
  flag: {
    restricted: ['now for internal use only', 'no longer for internal use only'],
    terminal: ['now ends the pathway', 'no longer ends the pathway'],
    illustrative: ['now marked as illustrative', 'no longer marked as illustrative'],
    registered: ['now listed in the register (DPR 394/1999 art. 52)', 'no longer listed in the register (DPR 394/1999 art. 52)'],
  },
  audience: { public: 'public', restricted: 'internal use' },
  body: 'Procedure text',
  section: (heading) => `section "${heading}"`,
  opening: 'opening section (before the first heading)',
  region: (id) => `Region ${id} (region.yaml)`,
  actor: (id) => `Actor \`${id}\``,
  contact: (id) => `Contact \`${id}\``,
  catalogue: 'National catalogue (_national)',
  catalogueEntry: {
    roles: (id) => `Role \`${id}\``,
    actions: (id) => `Action kind \`${id}\``,
    legal_references: (id) => `Legal reference \`${id}\``,
    stages: (id) => `Stage \`${id}\``,
    pathways: (id) => `Special pathway \`${id}\``,
  },
  catalogueFeminine: [],
  fieldsChanged: (fields) => `fields changed: ${fields}`,
  loadErrors: (version, count) => `${version} has ${count === 1 ? '1 error' : `${count} errors`}: only what loads is compared`,
  missingDir: (dir, version) => `${dir} does not exist in ${version}: every procedure counts as added or removed`,
  },
};

/** The handbook's words (status, durations) and the diff's own. */
export interface DiffWords extends Messages {
  diff: DiffMessages;
}

export const diffWords = (lang: Lang): DiffWords => ({ ...messages[lang], diff: diffMessages[lang] });

/** What stops `sop diff` before it compares: usage errors. */
export interface GitWords {
  noGit: string;
  notInGit: (dir: string) => string;
  outside: (dir: string, top: string) => string;
  refusedRef: (ref: string) => string;
  unknownRef: (ref: string) => string;
}

export const gitWords: Record<Lang, GitWords> = {
  it: {
    noGit: 'sop diff ha bisogno di git, e git non si trova nel PATH',
    notInGit: (dir) => `${dir} non è in una copia di lavoro git. Suggerimento: sop diff confronta versioni registrate con git`,
    outside: (dir, top) => `${dir} è fuori dalla copia di lavoro git ${top}`,
    refusedRef: (ref) => `Versione git "${ref}" rifiutata: non può essere vuota né cominciare con "-"`,
    unknownRef: (ref) => `Versione git sconosciuta "${ref}". Suggerimento: indica un ramo, un tag o un commit, es. HEAD~1`,
  },
  en: {
    noGit: 'sop diff needs git, and git was not found on the PATH',
    notInGit: (dir) => `${dir} is not inside a git work tree. Hint: sop diff compares versions committed with git`,
    outside: (dir, top) => `${dir} is outside the git work tree ${top}`,
    refusedRef: (ref) => `Refusing git ref "${ref}": a ref may not be empty or start with "-"`,
    unknownRef: (ref) => `Unknown git ref "${ref}". Hint: give a branch, a tag or a commit, e.g. HEAD~1`,
  },
};
